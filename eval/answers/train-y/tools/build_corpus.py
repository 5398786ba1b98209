#!/usr/bin/env python3
"""Render articles.py into corpus/ as .md (front matter), .html (page chrome), .txt (plain layout)."""
import datetime, html, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
from articles import A
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "corpus")
os.makedirs(OUT, exist_ok=True)
TEASERS = ["Ten slow-cooker recipes for busy weeknights", "Are folding e-bikes worth it?",
           "How to pick a carry-on that fits every airline", "Mechanical keyboards for beginners",
           "The return of the sourdough starter", "Pickleball courts: where to play this summer"]

def slug(s): return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")

def paras(body): return [p.strip() for p in body.split("\n\n") if p.strip()]

def longdate(d):
    dt = datetime.date.fromisoformat(d)
    return dt.strftime("%A, %B ") + str(dt.day) + dt.strftime(", %Y")

def inline(s):
    s = html.escape(s, quote=False)
    return re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", s)

def md(a):
    out = ["---", f'title: "{a["title"]}"', f"date: {a['date']}",
           f"url: https://example.org/{slug(a['outlet'])}/{a['file'][2:-3]}", f'source: "{a["outlet"]}"', "---", "",
           f"# {a['title']}", ""]
    for p in paras(a["body"]):
        out += [p, ""]
    return "\n".join(out)

def txt(a):
    out = [a["title"], f"{a['outlet']} | {longdate(a['date'])}", ""]
    for p in paras(a["body"]):
        out += [("" + p[3:].upper()) if p.startswith("## ") else p, ""]
    return "\n".join(out)

def htmlpage(a, i):
    body = []
    for p in paras(a["body"]):
        if p.startswith("## "):
            body.append(f"<h2>{inline(p[3:])}</h2>")
        elif p.startswith("@@"):
            user, date, text = p[2:].split("|", 2)
            body.append(f'<div class="post"><div class="post-meta"><span class="user">{html.escape(user)}</span> '
                        f'<time datetime="{date}">{date}</time></div><p>{inline(text)}</p>'
                        f'<a class="reply" href="#">Reply</a> <a class="report" href="#">Report</a></div>')
        else:
            body.append(f"<p>{inline(p)}</p>")
    teasers = "".join(f'<li><a href="/lifestyle/{slug(t)}">{t}</a></li>' for t in (TEASERS[i % 6], TEASERS[(i + 2) % 6], TEASERS[(i + 4) % 6]))
    comment = "" if a["shape"] in ("faq", "press", "forum") else (
        '<section class="comments"><h3>Leave a Reply</h3><form><label>Name*</label><input name="n">'
        '<label>Email*</label><input name="e"><label>Comment</label><textarea></textarea>'
        '<button>Post Comment</button></form></section>')
    t = html.escape(a["title"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{t} | {html.escape(a['outlet'])}</title>
<meta name="date" content="{a['date']}"><meta name="description" content="{t}">
<meta property="og:title" content="{t}"><meta property="article:published_time" content="{a['date']}T08:00:00Z">
<link rel="canonical" href="https://example.org/{slug(a['outlet'])}/{a['file'][2:-5]}"></head>
<body>
<div id="cookie-banner">We use cookies to improve your experience and show relevant ads. <button>Accept all</button> <button>Manage preferences</button></div>
<header><a class="logo" href="/">{html.escape(a['outlet'])}</a>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/sanctions">Sanctions</a> <a href="/opinion">Opinion</a>
<form class="search"><input placeholder="Search"><button>Go</button></form></nav></header>
<main><article>
<h1>{t}</h1>
<p class="byline">By Staff Writer · <time datetime="{a['date']}">{longdate(a['date'])}</time></p>
<div class="share"><a href="#">Share</a> <a href="#">Post</a> <a href="#">Email</a></div>
{chr(10).join(body)}
<div class="share"><a href="#">Share</a> <a href="#">Post</a> <a href="#">Email</a></div>
</article>
<aside class="newsletter"><h3>Get the morning briefing</h3><input placeholder="Your email"><button>Subscribe</button></aside>
<aside class="related"><h3>Related stories</h3><ul>{teasers}</ul></aside>
{comment}
</main>
<footer><p>&copy; {a['date'][:4]} {html.escape(a['outlet'])}. All rights reserved.</p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a> <a href="/contact">Contact</a></footer>
</body></html>
"""

def words(a):
    return len(re.sub(r"@@[^|]*\|[^|]*\|", "", a["body"]).replace("## ", "").split())

for f in os.listdir(OUT):
    if f.startswith("Y-"): os.remove(os.path.join(OUT, f))
for i, a in enumerate(A):
    ext = a["file"].rsplit(".", 1)[1]
    text = md(a) if ext == "md" else txt(a) if ext == "txt" else htmlpage(a, i)
    with open(os.path.join(OUT, a["file"]), "w") as fh:
        fh.write(text)
    print(f"{words(a):4d} words  {a['date']}  {a['file']}")
print(len(A), "files")
