import os, sys, datetime, html, re
sys.path.insert(0, os.path.dirname(__file__))
from articles import A
OUT = os.path.join(os.path.dirname(__file__), "..", "corpus")
os.makedirs(OUT, exist_ok=True)
for f in os.listdir(OUT): os.remove(os.path.join(OUT, f))

def longdate(d):
    dt = datetime.date.fromisoformat(d)
    return dt.strftime("%A, %B ") + str(dt.day) + dt.strftime(", %Y")

def slug(f): return f.rsplit(".", 1)[0]

def md(a):
    out = [f"---\ntitle: \"{a['title']}\"\ndate: {a['date']}\nurl: https://example.org/{slug(a['file'])}\nsource: {a['outlet']}\n---\n", f"# {a['title']}\n"]
    out.append(a["body"] + "\n")
    return "\n".join(out)

def txt(a):
    lines = [a["title"], f"{a['outlet']} | {longdate(a['date'])}", ""]
    for p in a["body"].split("\n"):
        if p.startswith("## "): lines += ["", p[3:].upper()]
        else: lines.append(p)
    if a["shape"] == "news":
        lines += ["", "---", "Our tip: Five walking routes to try before winter sets in.", "", "Leave a Reply", "Your email address will not be published. Required fields are marked *"]
    return "\n".join(lines) + "\n"

TEASERS = ["Ten easy weeknight pasta recipes", "Why city cyclists are switching to e-bikes", "Review: the best budget noise-cancelling headphones", "How to read your electricity bill"]
def htmlpage(a):
    body = []
    for p in a["body"].split("\n"):
        p = p.strip()
        if not p: continue
        if p.startswith("## "): body.append(f"<h2>{html.escape(p[3:])}</h2>")
        else: body.append(f"<p>{html.escape(p)}</p>")
    comments = "" if a["shape"] in ("faq", "press", "court") else """
<section class="comments"><h3>Leave a Reply</h3>
<form action="/comments" method="post"><label>Name*</label><input name="name"><label>Email*</label><input name="email"><label>Comment</label><textarea name="comment"></textarea><button>Post Comment</button></form></section>"""
    t = html.escape(a["title"])
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{t} | {html.escape(a['outlet'])}</title>
<meta name="date" content="{a['date']}">
<meta name="description" content="{t}">
<meta property="og:title" content="{t}">
<meta property="article:published_time" content="{a['date']}T08:00:00Z">
<link rel="canonical" href="https://example.org/{slug(a['file'])}">
</head><body>
<div id="cookie-banner">We use cookies to improve your experience. <button>Accept all</button> <button>Manage preferences</button></div>
<header><nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/business">Business</a> | <a href="/law">Law</a> | <a href="/opinion">Opinion</a> <form action="/search"><input name="q" placeholder="Search"></form></nav></header>
<main><article>
<h1>{t}</h1>
<p class="meta">{html.escape(a['outlet'])} - <time datetime="{a['date']}">{longdate(a['date'])}</time></p>
<div class="share">Share: Facebook | X | LinkedIn | Email</div>
{chr(10).join(body)}
<div class="share">Share: Facebook | X | LinkedIn | Email</div>
</article>
<aside class="newsletter"><h3>Get our daily briefing</h3><form><input name="email" placeholder="Your email"><button>Subscribe</button></form></aside>
<aside class="related"><h3>Related stories</h3><ul>{''.join(f'<li><a href="#">{x}</a></li>' for x in TEASERS)}</ul></aside>{comments}
</main>
<footer><p>&copy; {a['date'][:4]} {html.escape(a['outlet'])}. All rights reserved. <a href="/privacy">Privacy</a> | <a href="/terms">Terms</a> | <a href="/contact">Contact</a></p></footer>
</body></html>
"""

for a in A:
    ext = a["file"].rsplit(".", 1)[1]
    s = {"md": md, "txt": txt, "html": htmlpage}[ext](a)
    open(os.path.join(OUT, a["file"]), "w").write(s)
    print(a["file"], len(a["body"].split()), "words")
