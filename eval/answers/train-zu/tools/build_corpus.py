"""Render articles.py into ../corpus (md / html / txt) and print word counts of the article text."""
import datetime
import html
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from articles import ARTICLES  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "corpus")


def nice_date(d):
    dt = datetime.date.fromisoformat(d)
    return dt.strftime("%A, %B ") + str(dt.day) + dt.strftime(", %Y")


def slug(name):
    return re.sub(r"\.(md|html|txt)$", "", name)[3:]


def counted_text(a):
    parts = []
    for p in a["body"]:
        if p.startswith("## ") or (p.startswith("<b>") and p.endswith("</b>")):
            continue
        if a["fmt"] == "txt" and p.isupper():
            continue
        parts.append(re.sub(r"<[^>]+>", " ", p))
    for c in a["comments"]:
        parts.append(c[2])
    return " ".join(parts)


def words(a):
    return len(re.findall(r"[A-Za-z0-9$][\w'$.,%-]*", counted_text(a)))


def render_md(a):
    out = ["---", f"title: \"{a['title']}\"", f"date: {a['date']}",
           f"url: https://example.org/{slug(a['name'])}", f"source: {a['outlet']}", "---", "",
           f"# {a['title']}", "", f"*{a['outlet']} | {nice_date(a['date'])}*", "", f"**By {a['byline']}**", ""]
    for p in a["body"]:
        out.append(p)
        out.append("")
    if a["teaser"]:
        out.append(f"*{a['teaser']}*")
        out.append("")
    return "\n".join(out)


def render_txt(a):
    out = [a["title"], f"{a['outlet']} | {nice_date(a['date'])}", f"By {a['byline']}", ""]
    for p in a["body"]:
        out.append(p)
        out.append("")
    out.append("---")
    if a["teaser"]:
        out.append(a["teaser"])
    if "not legal advice" not in a["teaser"]:
        out.append("Reply to the editors: letters@example.org")
    out.append("")
    return "\n".join(out)


def e(s):
    return html.escape(s, quote=False)


def render_html(a):
    d = a["date"]
    shape = a["shape"]
    head = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{e(a['title'])} | {e(a['outlet'])}</title>
<meta name="date" content="{d}">
<meta name="description" content="{html.escape(a['desc'])}">
<meta property="og:title" content="{html.escape(a['title'])}">
<meta property="article:published_time" content="{d}T09:00:00Z">
<link rel="canonical" href="https://example.org/{slug(a['name'])}">
</head>
<body>
<div class="cookie-banner" id="cookie-banner">We use cookies to improve your experience and for analytics. <button>Accept all</button> <button>Manage preferences</button></div>
<header class="site-header"><a class="logo" href="/">{e(a['outlet'])}</a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/analysis">Analysis</a></li><li><a href="/about">About</a></li></ul>
<form class="search" action="/search"><input type="search" name="q" placeholder="Search"><button>Go</button></form></nav></header>
<main>
"""
    parts = [head]
    if shape == "forum":
        parts.append(f"<div class=\"breadcrumbs\">Forums &rsaquo; Shipping &amp; Forwarders &rsaquo; Thread</div>\n")
        parts.append(f"<article class=\"thread\">\n<h1>{e(a['title'])}</h1>\n<p class=\"thread-meta\">Archived thread, last post <time datetime=\"{d}\">{nice_date(d)}</time></p>\n")
        for user, when, text in a["comments"]:
            parts.append(f"<div class=\"post\"><div class=\"post-author\">{e(user)}</div><div class=\"post-date\">{e(when)}</div>\n<div class=\"post-body\"><p>{e(text)}</p></div></div>\n")
        parts.append("<p class=\"thread-closed\">This thread is archived and closed to new replies.</p>\n</article>\n")
    else:
        parts.append(f"<article>\n<h1>{e(a['title'])}</h1>\n<p class=\"byline\">By {e(a['byline'])} | <time datetime=\"{d}\">{nice_date(d)}</time></p>\n")
        parts.append("<div class=\"share\"><a href=\"#\">Share on X</a> <a href=\"#\">Share on LinkedIn</a> <a href=\"#\">Email</a></div>\n")
        body = a["body"]
        i = 0
        while i < len(body):
            p = body[i]
            if p.startswith("Q: "):
                parts.append(f"<h3 class=\"faq-q\">{e(p[3:])}</h3>\n")
            elif p.startswith("A: "):
                parts.append(f"<p class=\"faq-a\">{e(p[3:])}</p>\n")
            elif p.startswith("<b>") and p.endswith("</b>"):
                parts.append(f"<h2>{e(p[3:-4])}</h2>\n")
            elif p.startswith("- "):
                parts.append("<ul>\n")
                while i < len(body) and body[i].startswith("- "):
                    parts.append(f"<li>{e(body[i][2:])}</li>\n")
                    i += 1
                parts.append("</ul>\n")
                continue
            else:
                parts.append(f"<p>{e(p)}</p>\n")
            i += 1
        parts.append("<aside class=\"newsletter\"><h3>Get our weekly briefing</h3><form><input type=\"email\" placeholder=\"Your email\"><button>Subscribe</button></form></aside>\n")
        parts.append("</article>\n<section class=\"comments\">\n")
        parts.append(f"<h2>Comments ({len(a['comments'])})</h2>\n")
        for user, when, text in a["comments"]:
            parts.append(f"<div class=\"comment\"><span class=\"comment-author\">{e(user)}</span> <span class=\"comment-date\">{e(when)}</span><p>{e(text)}</p></div>\n")
        parts.append("<h3>Leave a Reply</h3>\n<form class=\"comment-form\"><textarea name=\"comment\"></textarea><input name=\"author\" placeholder=\"Name\"><input name=\"email\" placeholder=\"Email\"><button>Post Comment</button></form>\n</section>\n")
    parts.append("<aside class=\"related\"><h3>Related stories</h3><ul>\n")
    for r in a["related"]:
        parts.append(f"<li><a href=\"#\">{e(r)}</a></li>\n")
    parts.append("</ul></aside>\n</main>\n")
    parts.append(f"<footer><p>&copy; {d[:4]} {e(a['outlet'])}. All rights reserved.</p><p><a href=\"/privacy\">Privacy</a> | <a href=\"/terms\">Terms</a> | <a href=\"/contact\">Contact</a></p></footer>\n</body>\n</html>\n")
    return "".join(parts)


def main():
    os.makedirs(CORPUS, exist_ok=True)
    for f in os.listdir(CORPUS):
        os.remove(os.path.join(CORPUS, f))
    for a in ARTICLES:
        text = {"md": render_md, "txt": render_txt, "html": render_html}[a["fmt"]](a)
        with open(os.path.join(CORPUS, a["name"]), "w", encoding="utf-8") as fh:
            fh.write(text)
        print(f"{words(a):4d}  {a['name']}{'  [distractor]' if a['distractor'] else ''}")
    print(f"{len(ARTICLES)} files written")


if __name__ == "__main__":
    main()
