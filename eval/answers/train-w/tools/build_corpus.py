import os, sys, datetime, html, re
sys.path.insert(0, os.path.dirname(__file__))
from articles import A
OUT = os.path.join(os.path.dirname(__file__), "..", "corpus")
os.makedirs(OUT, exist_ok=True)
def nice(d):
    x = datetime.date.fromisoformat(d); return x.strftime("%A, %B ") + str(x.day) + x.strftime(", %Y")
def short(d):
    x = datetime.date.fromisoformat(d); return x.strftime("%B ") + str(x.day) + x.strftime(", %Y")
TEASERS = ["Ten houseplants that survive winter", "Why city cycling lanes divide opinion", "Review: the new budget e-reader", "Five ways to cut your grocery bill"]
def md(stem, a):
    slug = stem.rsplit(".", 1)[0]
    lines = ["---", f'title: "{a["title"]}"', f"date: {a['date']}", f"url: https://example.org/{slug}", f'source: "{a["outlet"]}"', "---", "", f"# {a['title']}", "", f"*By staff reporters, {a['outlet']}, {short(a['date'])}*", ""]
    paras = a["body"].split("\n")
    first = True
    for p in paras:
        if p.startswith("## "): lines += [p, ""]
        else:
            if first and a["city"]: p = f"**{a['city']}, {short(a['date'])}** - " + p
            first = False; lines += [p, ""]
    return "\n".join(lines)
def txt(stem, a):
    lines = [a["title"], f"{a['outlet']} | {nice(a['date'])}", ""]
    first = True
    for p in a["body"].split("\n"):
        if p.startswith("## "): lines += [p[3:].upper(), ""]
        else:
            if first: p = f"{a['city']}, {short(a['date'])} - " + p; first = False
            lines += [p, ""]
    return "\n".join(lines)
def h(stem, a):
    e = html.escape; slug = stem.rsplit(".", 1)[0]
    body = []; first = True; in_list = False
    for p in a["body"].split("\n"):
        if p.startswith("- "):
            if not in_list: body.append("<ul>"); in_list = True
            body.append(f"<li>{e(p[2:])}</li>"); continue
        if in_list: body.append("</ul>"); in_list = False
        if p.startswith("## "): body.append(f"<h2>{e(p[3:])}</h2>")
        else:
            p2 = e(p); p2 = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", p2)
            if first and a["city"]: p2 = f"<strong>{e(a['city'])}, {short(a['date'])}</strong> - " + p2
            first = False; body.append(f"<p>{p2}</p>")
    if in_list: body.append("</ul>")
    comment = "" if any(w in stem for w in ("faq", "press-release", "review")) else """
<section class="comments"><h3>Leave a Reply</h3><form action="#" method="post"><label>Name <input name="name"></label><label>Email <input name="email"></label><textarea name="comment"></textarea><button>Post Comment</button></form></section>"""
    share = '<div class="share"><a href="#">Share on X</a> <a href="#">Share on LinkedIn</a> <a href="#">Email</a></div>'
    teas = "".join(f"<li><a href='#'>{t}</a></li>" for t in TEASERS)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{e(a['title'])} | {e(a['outlet'])}</title>
<meta name="date" content="{a['date']}">
<meta name="description" content="{e(a['title'])}">
<meta property="og:title" content="{e(a['title'])}">
<meta property="article:published_time" content="{a['date']}T09:00:00Z">
<link rel="canonical" href="https://example.org/{slug}">
</head><body>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button> <button>Manage preferences</button></div>
<header><nav><a href="#">Home</a> | <a href="#">News</a> | <a href="#">Markets</a> | <a href="#">Compliance</a> | <a href="#">About</a> <form class="search"><input placeholder="Search"></form></nav></header>
<main><article>
<h1>{e(a['title'])}</h1>
<p class="byline">{e(a['outlet'])} - <time datetime="{a['date']}">{nice(a['date'])}</time></p>
{share}
{chr(10).join(body)}
{share}
</article>
<aside class="newsletter"><h3>Get our newsletter</h3><p>The week's top stories in your inbox every Friday.</p><input placeholder="Your email"><button>Subscribe</button></aside>
<aside class="related"><h3>Related stories</h3><ul>{teas}</ul></aside>{comment}
</main>
<footer><p>&copy; {a['date'][:4]} {e(a['outlet'])}. All rights reserved. <a href="#">Privacy</a> | <a href="#">Terms</a> | <a href="#">Contact</a></p></footer>
</body></html>
"""
cnt = {}
for stem, a in A.items():
    ext = stem.rsplit(".", 1)[1]
    out = {"md": md, "txt": txt, "html": h}[ext](stem, a)
    open(os.path.join(OUT, stem), "w").write(out)
    cnt[ext] = cnt.get(ext, 0) + 1
    print(len([w for w in a["body"].split() if w != "##"]), stem)
print(cnt)
