"""Render tools/articles.py into ../corpus (md front matter, html chrome, txt layout) and print word counts."""
import datetime
import html
import os
import re
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from articles import ARTICLES  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "corpus")


def long_date(iso):
    d = datetime.date.fromisoformat(iso)
    return f"{d.strftime('%A')}, {d.strftime('%B')} {d.day}, {d.year}"


def slug(name):
    return re.sub(r"\.(txt|md|html)$", "", name)


def article_words(a):
    parts = []
    for b in a["body"]:
        if b == "---":
            break
        parts.append(b[3:] if b.startswith("## ") else b)
    for p in a.get("posts", []):
        parts.append(p[2])
    for c in a.get("comments", []):
        parts.append(c[2])
    return len(" ".join(parts).split())


# ---------------------------------------------------------------- md
def render_md(a):
    out = ["---", f'title: "{a["title"]}"', f"date: {a['date']}",
           f"url: https://{slug_domain(a)}.example.org/{slug(a['name']).lower()}", f'source: "{a["outlet"]}"',
           "---", "", f"# {a['title']}", "", f"*{a['outlet']} | {long_date(a['date'])}*", ""]
    prev_bullet = False
    for b in a["body"]:
        if b.startswith("## "):
            out += ["", b, ""]
        elif b.startswith("- "):
            out.append(b)
            prev_bullet = True
            continue
        else:
            if prev_bullet:
                out.append("")
            out += [b, ""]
        prev_bullet = False
    return "\n".join(out).replace("\n\n\n", "\n\n").rstrip() + "\n"


def slug_domain(a):
    return re.sub(r"[^a-z]", "", a["outlet"].lower())[:20] or "news"


# ---------------------------------------------------------------- txt
def render_txt(a):
    out = [a["title"], f"{a['outlet']} | {long_date(a['date'])}", ""]
    for b in a["body"]:
        if b.startswith("## "):
            out += [b[3:].upper(), ""]
        elif b.startswith("- "):
            out.append(b)
        else:
            out += [b, ""]
    if a.get("posts"):
        out.append(f"Thread started {long_date(a['date'])}. {len(a['posts'])} posts.")
        out.append("")
        for user, when, text in a["posts"]:
            d, t = when.split(" ")
            out += [f"[{user}] wrote on {long_date(d)} at {t}:", text, ""]
        out.append("This thread has been archived. Replies are closed.")
    return "\n".join(out).rstrip() + "\n"


# ---------------------------------------------------------------- html
TEASERS = [
    ("Five budget laptops for students, tested", "/reviews/budget-laptops"),
    ("Port congestion eases in Rotterdam as winter schedules begin", "/shipping/rotterdam-congestion"),
    ("Interview: the economist who wants to abolish the penny", "/opinion/penny-interview"),
    ("How to read a central bank's minutes in ten minutes", "/guides/central-bank-minutes"),
    ("Weekend reading: the history of the shipping container", "/culture/shipping-container"),
    ("Photo essay: night markets of the Gulf", "/culture/night-markets"),
]


def esc(s):
    return html.escape(s, quote=False)


def render_html(a, idx):
    d = a["date"]
    dom = slug_domain(a)
    canon = f"https://{dom}.example.org/{slug(a['name']).lower()}"
    desc = esc(a["body"][0][:150]) if a["body"] else esc(a["posts"][0][2][:150])
    forum = bool(a.get("posts"))
    h = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
         f"<title>{esc(a['title'])} | {esc(a['outlet'])}</title>",
         f'<meta name="date" content="{d}">',
         f'<meta name="description" content="{desc}">',
         f'<meta property="og:title" content="{esc(a["title"])}">',
         f'<meta property="article:published_time" content="{d}T08:00:00Z">',
         f'<link rel="canonical" href="{canon}">',
         "<style>body{font-family:Georgia,serif;max-width:780px;margin:auto}.cookie{background:#eee;padding:8px}"
         "</style>", "</head>", "<body>",
         '<div class="cookie-banner cookie" id="cookie-consent">We use cookies to improve your experience and for '
         'analytics. <button>Accept all</button> <button>Reject non-essential</button> '
         '<a href="/privacy">Privacy policy</a></div>',
         f'<header><a class="logo" href="/">{esc(a["outlet"])}</a>',
         '<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/markets">Markets</a>'
         '</li><li><a href="/policy">Policy</a></li><li><a href="/about">About</a></li></ul>',
         '<form class="search" action="/search"><input type="search" name="q" placeholder="Search">'
         '<button>Go</button></form></nav></header>', "<main>", "<article>",
         f"<h1>{esc(a['title'])}</h1>",
         f'<p class="byline">By {esc(byline(a))} | <time datetime="{d}">{long_date(d)}</time></p>']
    if not forum:
        h.append('<div class="share top">Share: <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a>'
                 '</div>')
    in_list = False
    for b in a["body"]:
        if b.startswith("- "):
            if not in_list:
                h.append("<ul>")
                in_list = True
            h.append(f"<li>{esc(b[2:])}</li>")
            continue
        if in_list:
            h.append("</ul>")
            in_list = False
        if b.startswith("## "):
            h.append(f"<h2>{esc(b[3:])}</h2>")
        else:
            h.append(f"<p>{esc(b)}</p>")
    if in_list:
        h.append("</ul>")
    if forum:
        h.append(f'<p class="thread-meta">{len(a["posts"])} posts in this thread</p>')
        for i, (user, when, text) in enumerate(a["posts"], 1):
            dd, t = when.split(" ")
            h.append(f'<div class="post" id="post-{i}"><div class="post-head"><span class="user">{esc(user)}'
                     f'</span> <time datetime="{dd}T{t}">{long_date(dd)} {t}</time> #{i}</div>'
                     f'<div class="post-body"><p>{esc(text)}</p></div></div>')
        h.append('<p class="locked">This thread is locked. New replies are disabled.</p>')
    else:
        h.append('<div class="share bottom">Share this article: <a href="#">X</a> <a href="#">Facebook</a> '
                 '<a href="#">Copy link</a></div>')
    h.append("</article>")
    h.append('<aside class="newsletter"><h3>Get our morning briefing</h3><form><input type="email" '
             'placeholder="Your email"><button>Subscribe</button></form></aside>')
    h.append('<aside class="related"><h3>Related stories</h3><ul>')
    for j in range(3):
        t, href = TEASERS[(idx + j) % len(TEASERS)]
        h.append(f'<li><a href="{href}">{esc(t)}</a></li>')
    h.append("</ul></aside>")
    if not forum:
        h.append('<section class="comments"><h3>Comments</h3>')
        for name, cd, text in a.get("comments", []):
            h.append(f'<div class="comment"><span class="author">{esc(name)}</span> '
                     f'<time datetime="{cd}">{long_date(cd)}</time><p>{esc(text)}</p></div>')
        h.append('<div id="respond"><h3>Leave a Reply</h3><p>Your email address will not be published. Required '
                 'fields are marked *</p><form><textarea name="comment" placeholder="Comment *"></textarea>'
                 '<input name="author" placeholder="Name *"><input name="email" placeholder="Email *">'
                 '<button>Post Comment</button></form></div></section>')
    h += ["</main>", f'<footer><p>&copy; {d[:4]} {esc(a["outlet"])}. All rights reserved.</p>'
          '<a href="/terms">Terms</a> | <a href="/privacy">Privacy</a> | <a href="/contact">Contact</a></footer>',
          "</body>", "</html>"]
    return "\n".join(h) + "\n"


BYLINES = ["Staff reporter", "Mara Lindqvist", "Jae-won Park", "Hiro Tanaka", "Layla Haddad", "Erik Solberg",
           "Forum moderators", "Sofia Reyes"]


def byline(a):
    if a.get("posts"):
        return "Forum moderators"
    return BYLINES[sum(map(ord, a["name"])) % 6]


def main():
    if os.path.isdir(CORPUS):
        shutil.rmtree(CORPUS)
    os.makedirs(CORPUS)
    counts = {}
    for i, a in enumerate(ARTICLES):
        fmt = a["fmt"]
        assert a["name"].endswith("." + fmt) and a["name"].startswith("ZF-")
        text = {"md": render_md, "txt": render_txt}.get(fmt, lambda x: render_html(x, i))(a)
        with open(os.path.join(CORPUS, a["name"]), "w", encoding="utf-8") as f:
            f.write(text)
        counts[fmt] = counts.get(fmt, 0) + 1
        flag = " (distractor)" if a.get("distractor") else ""
        print(f"{article_words(a):4d} words  {a['date']}  {a['name']}{flag}")
    print("formats:", counts, "total:", len(ARTICLES))


if __name__ == "__main__":
    main()
