"""Render tools/articles.py into ../corpus/ (md, html, txt) and print word counts."""
import datetime
import html
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from articles import ARTICLES  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "corpus")


def long_date(iso):
    d = datetime.date.fromisoformat(iso)
    return d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y")


def counted_text(block):
    """The counted words of one body block, or '' for subheads / teasers / reply lines."""
    if block.startswith("## ") or block.startswith("*More from") or block == "---":
        return ""
    if block.startswith("Our tip:") or block.startswith("Replies to") or block.startswith("This summary is"):
        return ""
    if block.isupper():
        return ""
    if block.startswith("- "):
        return block[2:]
    if block.startswith("Q: ") or block.startswith("A: "):
        return block[3:]
    if block.startswith("@"):
        return block.split("|", 2)[2]
    return block


def word_count(art):
    return sum(len(counted_text(b).split()) for b in art["body"])


def render_md(a):
    out = ["---", f"title: \"{a['title']}\"", f"date: {a['date']}", f"url: {a['url']}",
           f"source: {a['outlet']}", "---", "", f"# {a['title']}", "",
           f"*{a['outlet']} | {long_date(a['date'])}*", "", f"**By {a['author']}**", ""]
    for b in a["body"]:
        if b.startswith("Q: "):
            out += [f"**{b[3:]}**", ""]
        elif b.startswith("A: "):
            out += [b[3:], ""]
        else:
            out += [b, ""]
    return "\n".join(out)


def render_txt(a):
    who = a["author"][0].upper() + a["author"][1:] if a["shape"] == "forum" else "By " + a["author"]
    out = [a["title"], f"{a['outlet']} | {long_date(a['date'])}", who, ""]
    for b in a["body"]:
        if b.startswith("@"):
            user, when, text = b[1:].split("|", 2)
            out += [f"[{user}] posted {when}:", text, ""]
        elif b.startswith("- "):
            out += ["* " + b[2:]]
        else:
            out += [b, ""]
    return "\n".join(out).rstrip() + "\n"


def slug(name):
    return re.sub(r"\.(md|html|txt)$", "", name)


def render_html(a):
    e = html.escape
    site = a["outlet"]
    host = re.sub(r"[^a-z]", "", site.lower()) + ".example.org"
    canon = f"https://{host}/{a['date'][:4]}/{slug(a['name'])}"
    forum = a["shape"] == "forum"
    desc = counted_text(a["body"][0])[:150]
    head = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{e(a['title'])} | {e(site)}</title>
<meta name="date" content="{a['date']}">
<meta name="description" content="{e(desc)}">
<meta property="og:title" content="{e(a['title'])}">
<meta property="article:published_time" content="{a['date']}T08:00:00Z">
<link rel="canonical" href="{canon}">
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
</head>
<body>
<div class="cookie-banner" id="cookie-banner"><p>We use cookies to improve your experience and measure traffic. <a href="/privacy">Privacy policy</a></p><button>Accept all</button><button>Manage settings</button></div>
<header class="site-header"><a class="logo" href="/">{e(site)}</a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/policy">Policy</a></li><li><a href="/procurement">Procurement</a></li><li><a href="/energy">Energy</a></li><li><a href="/tech">Tech</a></li><li><a href="/about">About</a></li></ul>
<form class="search" action="/search"><input type="search" name="q" placeholder="Search"><button>Go</button></form></nav></header>
<main>
<article>
<h1>{e(a['title'])}</h1>
<p class="byline">By {e(a['author'])} | <time datetime="{a['date']}">{long_date(a['date'])}</time></p>
"""
    parts = [head]
    if not forum:
        parts.append('<div class="share"><a href="#">Share on X</a> <a href="#">Share on Facebook</a> <a href="#">Share on LinkedIn</a> <a href="#">Email</a></div>\n')
    comments = []
    in_list = False
    for b in a["body"]:
        if b.startswith("- "):
            if not in_list:
                parts.append("<ul>\n")
                in_list = True
            parts.append(f"<li>{e(b[2:])}</li>\n")
            continue
        if in_list:
            parts.append("</ul>\n")
            in_list = False
        if b.startswith("## "):
            parts.append(f"<h2>{e(b[3:])}</h2>\n")
        elif b.startswith("Q: "):
            parts.append(f"<h3 class=\"faq-q\">{e(b[3:])}</h3>\n")
        elif b.startswith("A: "):
            parts.append(f"<p class=\"faq-a\">{e(b[3:])}</p>\n")
        elif b.startswith("@"):
            comments.append(b[1:].split("|", 2))
        else:
            parts.append(f"<p>{e(b)}</p>\n")
    if in_list:
        parts.append("</ul>\n")
    parts.append("</article>\n")
    if comments:
        cls = "posts" if forum else "comments"
        parts.append(f'<section class="{cls}"><h2>{"Replies" if forum else str(len(comments)) + " Comments"}</h2>\n')
        for user, when, text in comments:
            parts.append(f'<div class="comment"><p class="comment-meta"><strong>{e(user)}</strong> <span>{e(when)}</span></p><p>{e(text)}</p></div>\n')
        parts.append("</section>\n")
    if not forum:
        parts.append('<aside class="newsletter"><h3>Get the morning briefing</h3><form><input type="email" placeholder="Your email"><button>Subscribe</button></form></aside>\n')
        parts.append('<section class="reply"><h3>Leave a Reply</h3><form><input name="name" placeholder="Name"><input name="email" placeholder="Email"><textarea name="comment"></textarea><button>Post Comment</button></form></section>\n')
    parts.append('<aside class="related"><h3>Related stories</h3><ul><li><a href="#">Five tips for a safer home office network</a></li><li><a href="#">Why airport parking prices keep rising</a></li><li><a href="#">The week in photos</a></li></ul></aside>\n')
    parts.append(f'</main>\n<footer><p>&copy; {a["date"][:4]} {e(site)}. All rights reserved.</p><p><a href="/terms">Terms</a> | <a href="/privacy">Privacy</a> | <a href="/contact">Contact</a></p></footer>\n</body>\n</html>\n')
    return "".join(parts)


def main():
    os.makedirs(CORPUS, exist_ok=True)
    for f in os.listdir(CORPUS):
        os.remove(os.path.join(CORPUS, f))
    for a in ARTICLES:
        ext = a["name"].rsplit(".", 1)[1]
        text = {"md": render_md, "txt": render_txt, "html": render_html}[ext](a)
        with open(os.path.join(CORPUS, a["name"]), "w", encoding="utf-8") as fh:
            fh.write(text)
        print(f"{word_count(a):4d}  {a['name']}")
    print("files:", len(ARTICLES))


if __name__ == "__main__":
    main()
