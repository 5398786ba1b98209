#!/usr/bin/env python3
"""Render tools/articles.py into ../corpus (10 md, 10 html, 10 txt). Prints word counts."""
import datetime, html, os, re, shutil, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from articles import ARTICLES

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "corpus")


def long_date(iso):
    d = datetime.date.fromisoformat(iso)
    return f"{d.strftime('%A')}, {d.strftime('%B')} {d.day}, {d.year}"


def slug(a):
    return a["file"].rsplit(".", 1)[0].lower()


def article_words(a):
    parts = [p[3:] if p.startswith("## ") else p for p in a["body"]]
    for q, ans in a["faq"]:
        parts += [q, ans]
    for n, t in a["comments"]:
        parts.append(t)
    for u, t in a["posts"]:
        parts.append(t)
    return len(" ".join(parts).split())


def render_md(a):
    out = ["---", f'title: "{a["title"]}"', f"date: {a['date']}",
           f"url: https://example.org/{a['outlet'].lower().replace(' ', '-')}/{slug(a)}",
           f'source: "{a["outlet"]}"', "---", "", f"# {a['title']}", "",
           f"*{a['outlet']} | {long_date(a['date'])}*", "", f"**{a['byline']}**", ""]
    for p in a["body"]:
        out.append(p)
        out.append("")
    if a["teaser"]:
        out += ["---", "", f"*{a['teaser']}*", ""]
    return "\n".join(out)


def render_txt(a):
    out = [a["title"], f"{a['outlet']} | {long_date(a['date'])}", a["byline"], ""]
    first = True
    for p in a["body"]:
        if p.startswith("## "):
            out.append(p[3:].upper())
        else:
            if first and a["place"]:
                p = f"{a['place']} - {p}"
            first = False
            out.append(p)
        out.append("")
    if a["shape"] == "court":
        out.append(f"(c) {datetime.date.fromisoformat(a['date']).year} {a['outlet']}. "
                   "This summary is for information only and is not legal advice.")
    else:
        out += ["---", a["teaser"] or "Our tip: more sanctions coverage in our archive",
                "Reply to this story: use the comment form at the bottom of our website or write to letters@example.org"]
    return "\n".join(out) + "\n"


RELATED = ["Ten cheap weekend breaks by train", "Local council approves new cycle lanes",
           "Recipe: Baltic herring three ways", "Football: late winner settles derby"]


def render_html(a):
    e = html.escape
    forum = a["shape"] == "forum"
    ld = long_date(a["date"])
    h = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
         f"<title>{e(a['title'])} | {e(a['outlet'])}</title>",
         f'<meta name="date" content="{a["date"]}">',
         f'<meta name="description" content="{e(a["title"])}">',
         f'<meta property="og:title" content="{e(a["title"])}">',
         f'<meta property="article:published_time" content="{a["date"]}T08:00:00Z">',
         f'<link rel="canonical" href="https://example.org/{slug(a)}">', "</head>", "<body>",
         '<div class="cookie-banner" id="cookie-banner"><p>We use cookies to improve your experience and for analytics. '
         '<button>Accept all</button> <button>Reject non-essential</button> <a href="/privacy">Privacy settings</a></p></div>',
         f'<header><div class="logo">{e(a["outlet"])}</div><nav class="main-nav"><a href="/">Home</a> <a href="/news">News</a> '
         '<a href="/shipping">Shipping</a> <a href="/sanctions">Sanctions</a> <a href="/opinion">Opinion</a> '
         '<form class="search" action="/search"><input type="search" name="q" placeholder="Search"><button>Search</button></form></nav></header>',
         "<main>", "<article>", f"<h1>{e(a['title'])}</h1>",
         f'<p class="byline">{e(a["byline"])} | <time datetime="{a["date"]}">{ld}</time></p>']
    if not forum:
        h.append('<div class="share-buttons"><a href="#share-x">Share on X</a> <a href="#share-fb">Facebook</a> '
                 '<a href="#share-li">LinkedIn</a> <a href="#share-mail">Email</a></div>')
    for p in a["body"]:
        if p.startswith("## "):
            h.append(f"<h2>{e(p[3:])}</h2>")
        else:
            h.append(f"<p>{e(p)}</p>")
    if a["faq"]:
        h.append('<section class="faq">')
        for q, ans in a["faq"]:
            h.append(f"<h3>{e(q)}</h3>")
            h.append(f"<p>{e(ans)}</p>")
        h.append("</section>")
    if forum:
        h.append('<section class="thread">')
        for i, (u, t) in enumerate(a["posts"], 1):
            h.append(f'<div class="post" id="post-{i}"><p class="post-author">{e(u)} wrote:</p><p>{e(t)}</p></div>')
        h.append('<p class="archived">This thread has been archived and is closed for new replies.</p></section>')
    h.append("</article>")
    if not forum:
        h.append('<aside class="newsletter"><h3>Get the morning briefing</h3><p>Sanctions, shipping and trade news in your inbox every weekday.</p>'
                 '<form><input type="email" placeholder="Your email"><button>Sign up</button></form></aside>')
        h.append('<section class="comments"><h3>Comments</h3>')
        for n, t in a["comments"]:
            h.append(f'<div class="comment"><p class="comment-author">{e(n)}</p><p>{e(t)}</p></div>')
        h.append('<div class="reply-form"><h4>Leave a Reply</h4><form><textarea name="comment"></textarea>'
                 '<input name="name" placeholder="Name"><input name="email" placeholder="Email"><button>Post comment</button></form></div></section>')
    h.append('<aside class="related"><h3>Related stories</h3><ul>' +
             "".join(f"<li><a href='#'>{e(r)}</a></li>" for r in RELATED) + "</ul></aside>")
    if a["teaser"]:
        h.append(f'<p class="teaser">{e(a["teaser"])}</p>')
    h += ["</main>", f'<footer><p>&copy; {a["date"][:4]} {e(a["outlet"])}. All rights reserved. '
          '<a href="/about">About</a> <a href="/contact">Contact</a> <a href="/privacy">Privacy</a></p></footer>',
          "</body>", "</html>"]
    return "\n".join(h) + "\n"


def main():
    if os.path.isdir(CORPUS):
        shutil.rmtree(CORPUS)
    os.makedirs(CORPUS)
    counts = {}
    for a in ARTICLES:
        fn = a["file"]
        text = {"md": render_md, "txt": render_txt, "html": render_html}[a["fmt"]](a)
        with open(os.path.join(CORPUS, fn), "w", encoding="utf-8") as f:
            f.write(text)
        counts[a["fmt"]] = counts.get(a["fmt"], 0) + 1
        print(f"{article_words(a):4d} words  {fn}{'  [distractor]' if a['distractor'] else ''}")
    print("formats:", dict(sorted(counts.items())), "total:", len(ARTICLES))


if __name__ == "__main__":
    main()
