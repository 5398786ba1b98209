"""Write corpus/ from articles1-3 and print word counts of the article text.

Paths are relative to this file. Word count = title + body blocks (subheads, paragraphs, forum posts, FAQ answers,
blog comments); HTML boilerplate, txt teasers and txt comments are not counted.
"""
import html
import os
import re
import sys
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
CORPUS = os.path.join(HERE, "..", "corpus")

import articles1, articles2, articles3  # noqa: E402

ARTICLES = articles1.ARTICLES + articles2.ARTICLES + articles3.ARTICLES
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def words(a):
    text = a["title"] + " " + " ".join(b[3:] if b.startswith("## ") else b for b in a["body"])
    return len(re.findall(r"\S+", text))


def human_date(d):
    y, m, dd = map(int, d.split("-"))
    return f"{MONTHS[m - 1]} {dd}, {y}"


def slug(a):
    return a["fname"].rsplit(".", 1)[0]


def render_md(a):
    out = ["---", f'title: "{a["title"]}"', f"date: {a['date']}",
           f"url: https://example.org/{slug(a)}", f'source: "{a["outlet"]}"', "---", "", f"# {a['title']}", "",
           f"*By staff writers, {a['outlet']}, {human_date(a['date'])}*", ""]
    for b in a["body"]:
        out += [b if not b.startswith("## ") else b, ""]
    return "\n".join(out)


def render_txt(a):
    out = [a["title"], ""]
    body = list(a["body"])
    lede = body.pop(0)
    out += [f"{a['outlet']}, {a['place']}, {human_date(a['date'])}. {lede}", ""]
    if a.get("shape") != "forum":
        out += ["[Photo] File image for illustration | Source: agency pool", ""]
    for b in body:
        if b.startswith("## "):
            out += [b[3:].upper(), ""]
        else:
            out += [b, ""]
    out += ["---", a.get("teaser", "Our tip: Subscribe for the morning briefing."), "", "Leave a Reply"]
    for who, text in a.get("comments", []):
        out += [f"{who}: {text}"]
    return "\n".join(out) + "\n"


def esc(s):
    return html.escape(s, quote=True)


def render_html(a):
    y, m, d = map(int, a["date"].split("-"))
    weekday = date(y, m, d).strftime("%A")
    shape = a.get("shape", "news")
    related = a.get("related", ["How to brew better coffee at home", "The ten best city parks in Europe",
                                "Smartphone battery myths, tested"])
    body_html = []
    for b in a["body"]:
        if b.startswith("## "):
            body_html.append(f"<h2>{html.escape(b[3:], quote=False)}</h2>")
        else:
            body_html.append(f"<p>{html.escape(b, quote=False)}</p>")
    comment_form = ""
    if shape in ("blog", "news"):
        comment_form = """
<section class="comment-respond" id="respond">
  <h3>Leave a Reply</h3>
  <p class="note">Your email address will not be published. Required fields are marked *</p>
  <form><label>Comment *</label><textarea></textarea><label>Name *</label><input type="text">
  <label>Email *</label><input type="email"><button>Post Comment</button></form>
</section>"""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} | {esc(a['outlet'])}</title>
<meta name="date" content="{a['date']}">
<meta name="description" content="{esc(a.get('description', a['title']))}">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="article:published_time" content="{a['date']}T09:00:00Z">
<link rel="canonical" href="https://example.org/{slug(a)}">
</head>
<body>
<div class="cookie-banner">We use cookies to improve your experience and for analytics. <button>Accept all</button> <button>Manage preferences</button></div>
<header><nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/business">Business</a> | <a href="/tech">Tech</a> | <a href="/opinion">Opinion</a> <form class="search"><input type="search" placeholder="Search"></form></nav></header>
<div class="share-bar">Share: <a>Facebook</a> <a>X</a> <a>LinkedIn</a> <a>Email</a></div>
<main>
<article>
<h1>{html.escape(a['title'], quote=False)}</h1>
<p class="byline">{esc(a['outlet'])} &middot; <time datetime="{a['date']}">{weekday}, {human_date(a['date'])}</time></p>
{chr(10).join(body_html)}
</article>
<div class="share-bar bottom">Share this: <a>Facebook</a> <a>X</a> <a>WhatsApp</a> <a>Copy link</a></div>
{comment_form}
</main>
<aside class="sidebar">
<div class="ad-slot">Advertisement</div>
<h3>Related posts</h3><ul>{''.join(f'<li>{esc(r)}</li>' for r in related)}</ul>
<h3>Trending</h3><ul><li>Ten kitchen gadgets worth the counter space</li><li>Why your router needs a reboot</li><li>The marathon training plan that actually works</li></ul>
<div class="newsletter"><h3>Get our newsletter</h3><p>The morning briefing, in your inbox at 7am.</p><input type="email" placeholder="Your email"><button>Sign up</button></div>
</aside>
<footer><p>&copy; {y} {esc(a['outlet'])}. All rights reserved. | <a>Privacy</a> | <a>Terms</a> | <a>Contact</a></p></footer>
</body>
</html>
"""


def main():
    os.makedirs(CORPUS, exist_ok=True)
    for f in os.listdir(CORPUS):
        if f.startswith("q-"):
            os.remove(os.path.join(CORPUS, f))
    bad = 0
    for a in ARTICLES:
        r = {"md": render_md, "txt": render_txt, "html": render_html}[a["fmt"]](a)
        assert a["fname"].endswith("." + a["fmt"]), a["fname"]
        with open(os.path.join(CORPUS, a["fname"]), "w", encoding="utf-8") as fh:
            fh.write(r)
        n = words(a)
        flag = "" if 350 <= n <= 450 else "  OUT OF RANGE"
        bad += bool(flag)
        print(f"{n:4d}  {a['fname']}{flag}")
    print(f"{len(ARTICLES)} articles, {bad} out of range")


if __name__ == "__main__":
    main()
