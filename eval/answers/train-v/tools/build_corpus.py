#!/usr/bin/env python3
"""Render tools/articles.py into corpus/ (md with YAML front matter, html with page chrome, txt with dateline)."""
import datetime, html, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from articles import ARTICLES

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "corpus")
MONTHS = "January February March April May June July August September October November December".split()

def human(d):
    y, m, dd = map(int, d.split("-"))
    return f"{MONTHS[m-1]} {dd}, {y}"

def slug(f):
    return re.sub(r"\.(md|txt|html)$", "", f)

def paras(body):
    return [p.strip() for p in body.split("\n\n") if p.strip()]

def words(body):
    return len(re.findall(r"\S+", body.replace("## ", "")))

def render_md(a):
    out = ["---", f'title: "{a["title"]}"', f"date: {a['date']}",
           f"url: https://example.org/{a['source'].lower().replace(' ', '-').replace('(', '').replace(')', '')}/{slug(a['file'])}",
           f'source: "{a["source"]}"', "---", "", f"# {a['title']}", "",
           f"*By staff writers, {a['source']}, {a['place']}, {human(a['date'])}*", ""]
    for p in paras(a["body"]):
        out += [p, ""]
    return "\n".join(out)

def render_txt(a):
    ps = paras(a["body"])
    wd = datetime.date.fromisoformat(a["date"]).strftime("%A")
    out = [a["title"], "", f"{a['source']} | {wd}, {human(a['date'])}", ""]
    first = True
    for p in ps:
        if p.startswith("## "):
            out += [p[3:].upper(), ""]
        elif first:
            out += [f"{a['place']}, {human(a['date'])} - {p}", ""]
            first = False
        else:
            out += [p, ""]
    if a["shape"] in ("news", "politics", "culture"):
        out += ["---", "Our tip: Five winter soups that take less than 30 minutes. Read it in our Food section.", "",
                "Leave a Reply", "Your email address will not be published."]
    return "\n".join(out) + "\n"

TEASERS = ["How to choose a standing desk that lasts", "Ten quiet beaches for a spring break",
           "Review: the budget earbuds that surprised us", "Gardening: when to prune fruit trees"]

def render_html(a):
    e = html.escape
    ps = paras(a["body"])
    body = []
    for p in ps:
        if p.startswith("## "):
            body.append(f"<h2>{e(p[3:])}</h2>")
        elif a["shape"] == "forum" and p.startswith("Posted by "):
            m = re.match(r"Posted by (\S+) on ([^:]+): (.*)", p, re.S)
            body.append(f'<div class="post"><div class="post-meta"><span class="user">{e(m.group(1))}</span> '
                        f'<span class="post-date">{e(m.group(2))}</span></div><p>{e(m.group(3))}</p></div>')
        elif a["shape"] == "blog" and p.startswith("Posted by "):
            body.append(f'<div class="comment"><p>{e(p)}</p></div>')
        else:
            body.append(f"<p>{e(p)}</p>")
    comment_form = ""
    if a["shape"] in ("news", "blog", "court"):
        comment_form = ('<section class="comment-form"><h3>Leave a Reply</h3><form><label>Name</label><input name="n">'
                        '<label>Email</label><input name="e"><label>Comment</label><textarea></textarea>'
                        '<button>Post Comment</button></form></section>')
    share = '<div class="share"><a href="#">Share on X</a> <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>'
    teasers = "".join(f'<li><a href="#">{t}</a></li>' for t in TEASERS)
    byline = "" if a["shape"] == "forum" else f'<p class="byline">{e(a["source"])}{", " + e(a["place"]) if a["place"] else ""}</p>'
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{e(a['title'])} | {e(a['source'])}</title>
<meta name="date" content="{a['date']}">
<meta name="description" content="{e(a['title'])}">
<meta property="og:title" content="{e(a['title'])}">
<meta property="article:published_time" content="{a['date']}T09:00:00Z">
<link rel="canonical" href="https://example.org/{slug(a['file'])}">
</head>
<body>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button> <button>Manage preferences</button></div>
<header><nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/business">Business</a> | <a href="/sanctions">Sanctions</a> | <a href="/opinion">Opinion</a> <form class="search"><input placeholder="Search"></form></nav></header>
<main>
<article>
<h1>{e(a['title'])}</h1>
{byline}
<time datetime="{a['date']}">{datetime.date.fromisoformat(a['date']).strftime('%A')}, {human(a['date'])}</time>
{share}
{chr(10).join(body)}
{share}
</article>
<aside class="newsletter"><h3>Get our weekly briefing</h3><p>Sign up for the newsletter. No spam, unsubscribe at any time.</p><input placeholder="Your email"><button>Subscribe</button></aside>
<aside class="related"><h3>Related stories</h3><ul>{teasers}</ul></aside>
{comment_form}
</main>
<footer><p>&copy; {a['date'][:4]} {e(a['source'])}. All rights reserved. <a href="#">Privacy</a> | <a href="#">Terms</a> | <a href="#">Contact</a></p></footer>
</body>
</html>
"""

def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    for a in ARTICLES:
        ext = a["file"].rsplit(".", 1)[1]
        text = {"md": render_md, "txt": render_txt, "html": render_html}[ext](a)
        with open(os.path.join(OUT, a["file"]), "w", encoding="utf-8") as fh:
            fh.write(text)
        print(f"{words(a['body']):4d}  {a['file']}")
    print(len(ARTICLES), "articles")

if __name__ == "__main__":
    main()
