"""Render tools/articles.py into corpus/ (md, html, txt) and print word counts."""
import datetime
import html
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from articles import ARTICLES  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "corpus")


def nice_date(iso):
    d = datetime.date.fromisoformat(iso)
    return f"{d.strftime('%A')}, {d.strftime('%B')} {d.day}, {d.year}"


def slug(a):
    return a["file"].rsplit(".", 1)[0]


def text_blocks(a):
    """The article text that counts as words (not title, subheads, chrome or teaser)."""
    out = []
    for b in a["body"]:
        kind = b[0]
        if kind == "p":
            out.append(b[1])
        elif kind in ("li", "num"):
            out.extend(b[1])
        elif kind == "qa":
            out.extend([b[1], b[2]])
        elif kind == "post":
            out.append(b[2])
    for c in a.get("comments", []):
        out.append(c[1])
    return out


def word_count(a):
    return sum(len(t.split()) for t in text_blocks(a))


# ------------------------------------------------------------------ md
def render_md(a):
    L = ["---", f'title: "{a["title"]}"', f"date: {a['date']}",
         f"url: https://example.org/{a['outlet'].lower().replace(' ', '-').replace('(', '').replace(')', '')}/{slug(a)}",
         f'source: "{a["outlet"]}"', "---", "", f"# {a['title']}", "",
         f"*{a['outlet']} | {nice_date(a['date'])}*", "", f"**By {a['byline']}**", ""]
    for b in a["body"]:
        if b[0] == "p":
            L += [b[1], ""]
        elif b[0] == "h":
            L += [f"## {b[1]}", ""]
        elif b[0] == "li":
            L += [f"- {x}" for x in b[1]] + [""]
        elif b[0] == "num":
            L += [f"{i}. {x}" for i, x in enumerate(b[1], 1)] + [""]
        elif b[0] == "qa":
            L += [f"**{b[1]}**", "", b[2], ""]
    L += ["---", "", a["teaser"], ""]
    return "\n".join(L)


# ------------------------------------------------------------------ txt
def render_txt(a):
    L = [a["title"], f"{a['outlet']} | {nice_date(a['date'])}", f"By {a['byline']}", ""]
    for b in a["body"]:
        if b[0] == "p":
            L += [b[1], ""]
        elif b[0] == "h":
            L += [b[1].upper(), ""]
        elif b[0] == "li":
            L += [f"* {x}" for x in b[1]] + [""]
        elif b[0] == "num":
            L += [f"{i}) {x}" for i, x in enumerate(b[1], 1)] + [""]
        elif b[0] == "qa":
            L += [f"Q: {b[1]}", f"A: {b[2]}", ""]
    if a.get("footer"):
        L += [a["footer"], ""]
    else:
        L += ["---", a["tip"], f"Reply: letters@{a['outlet'].lower().replace(' ', '')}.example.org", ""]
    return "\n".join(L)


# ------------------------------------------------------------------ html
RELATED = [
    ("Five budget laptops for students, tested", "/tech/budget-laptops"),
    ("The best hiking trails within an hour of the city", "/life/hiking-trails"),
    ("Why sourdough needs a warm kitchen", "/food/sourdough-warmth"),
    ("Ranking this season's football kits", "/sport/football-kits"),
]


def e(s):
    return html.escape(s, quote=True)


def render_html(a):
    forum = a["shape"] == "forum"
    site = a["outlet"]
    canon = f"https://example.org/{slug(a)}"
    H = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
         f"<title>{e(a['title'])} | {e(site)}</title>",
         f'<meta name="date" content="{a["date"]}">',
         f'<meta name="description" content="{e(a["description"])}">',
         f'<meta property="og:title" content="{e(a["title"])}">',
         f'<meta property="article:published_time" content="{a["date"]}T09:00:00Z">',
         f'<link rel="canonical" href="{canon}">', "</head>", "<body>",
         '<div class="cookie-banner" role="dialog">We use cookies to improve your experience and measure traffic. '
         '<button>Accept all</button> <button>Manage settings</button></div>',
         '<header class="site-header"><a class="logo" href="/">' + e(site) + "</a>",
         '<nav><ul><li><a href="/news">News</a></li><li><a href="/markets">Markets</a></li>'
         '<li><a href="/policy">Policy</a></li><li><a href="/about">About</a></li></ul>'
         '<form class="search" action="/search"><input type="search" name="q" placeholder="Search">'
         '<button type="submit">Go</button></form></nav></header>',
         "<main>", '<article class="' + ("forum-thread" if forum else "story") + '">',
         f"<h1>{e(a['title'])}</h1>",
         f'<p class="byline">{e(a["byline"])} &middot; <time datetime="{a["date"]}">{nice_date(a["date"])}</time></p>']
    if not forum:
        H.append('<div class="share"><a href="#">Share on X</a> <a href="#">Share on LinkedIn</a> '
                 '<a href="#">Email</a> <a href="#">Copy link</a></div>')
    H.append('<div class="article-body">')
    for b in a["body"]:
        if b[0] == "p":
            H.append(f"<p>{e(b[1])}</p>")
        elif b[0] == "h":
            H.append(f"<h2>{e(b[1])}</h2>")
        elif b[0] == "li":
            H.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + "</ul>")
        elif b[0] == "num":
            H.append("<ol>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + "</ol>")
        elif b[0] == "qa":
            H.append(f'<div class="faq-item"><h3>{e(b[1])}</h3><p>{e(b[2])}</p></div>')
        elif b[0] == "post":
            H.append(f'<div class="post"><p class="post-author">{e(b[1])}</p><p>{e(b[2])}</p></div>')
    H.append("</div>")
    if not forum:
        H.append('<aside class="newsletter"><h3>Get the weekly briefing</h3><form><input type="email" '
                 'placeholder="Your email"><button>Subscribe</button></form></aside>')
        H.append('<section class="comments"><h3>Comments</h3>')
        for who, txt in a.get("comments", []):
            H.append(f'<div class="comment"><p class="comment-author">{e(who)}</p><p>{e(txt)}</p></div>')
        H.append('<div class="reply-form"><h4>Leave a Reply</h4><form><textarea name="comment"></textarea>'
                 '<input type="text" name="name" placeholder="Name"><button>Post Comment</button></form></div>')
        H.append("</section>")
    else:
        H.append('<p class="thread-note">This thread is archived and closed to new replies.</p>')
    H.append("</article>")
    H.append('<aside class="related"><h3>Related stories</h3><ul>' +
             "".join(f'<li><a href="{u}">{e(t)}</a></li>' for t, u in RELATED) + "</ul></aside>")
    H.append("</main>")
    H.append(f'<footer><p>&copy; {a["date"][:4]} {e(site)}. All rights reserved.</p>'
             '<p><a href="/privacy">Privacy</a> | <a href="/terms">Terms</a> | <a href="/contact">Contact</a></p></footer>')
    H += ["</body>", "</html>", ""]
    return "\n".join(H)


RENDER = {"md": render_md, "txt": render_txt, "html": render_html}


def main():
    os.makedirs(CORPUS, exist_ok=True)
    for f in os.listdir(CORPUS):
        os.remove(os.path.join(CORPUS, f))
    bad = 0
    for a in ARTICLES:
        assert a["file"].endswith("." + a["fmt"]), a["file"]
        with open(os.path.join(CORPUS, a["file"]), "w", encoding="utf-8") as fh:
            fh.write(RENDER[a["fmt"]](a))
        n = word_count(a)
        flag = "" if 150 <= n <= 250 else "  <-- OUT OF RANGE"
        bad += bool(flag)
        print(f"{n:4d}  {a['file']}{'  [distractor]' if a['distractor'] else ''}{flag}")
    print(f"{len(ARTICLES)} files written; {bad} out of the 150-250 word range")


if __name__ == "__main__":
    main()
