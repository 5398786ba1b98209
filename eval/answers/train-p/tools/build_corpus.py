import html, os, re, datetime, sys
sys.path.insert(0, os.path.dirname(__file__))
import articles1, articles2, articles3, padding
ARTS = articles1.A + articles2.A + articles3.A
for _a in ARTS:
    if _a['fname'] in padding.PAD:
        _m, _t = _a['body'].strip().split('\n---\n', 1) if '\n---\n' in _a['body'] else (_a['body'].strip(), None)
        _a['body'] = _m.rstrip() + '\n\n' + padding.PAD[_a['fname']] + ('\n---\n' + _t if _t else '')
OUT = os.path.join(os.path.dirname(__file__), '..', 'corpus')
BYLINES = ["Maya Lindqvist", "Tomas Herrera", "Grace Achebe", "Ravi Menon", "Eleanor Park", "Jonas Weber"]

def ddate(d):
    dt = datetime.date.fromisoformat(d)
    return dt, f"{dt.strftime('%B')} {dt.day}, {dt.year}"

def split_trailer(body):
    body = body.strip()
    if "\n---\n" in body:
        main, trailer = body.split("\n---\n", 1)
        return main.strip(), trailer.strip()
    return body, ""

def words(text):
    text = re.sub(r"^## ", "", text, flags=re.M)
    return len(re.findall(r"[A-Za-z0-9$£€][\w'’.,%$-]*", text))

def to_md(a, i):
    main, trailer = split_trailer(a['body'])
    slug = a['fname'][:-3]
    out = ["---", f'title: "{a["title"]}"', f"date: {a['date']}", f"url: https://example.org/news/{slug}", f"source: {a['outlet']}", "---", "",
           f"# {a['title']}", "", f"*By {BYLINES[i % len(BYLINES)]} | {a['outlet']}, {a['place']}*", "", main, ""]
    return "\n".join(out)

def para_html(main):
    parts = []
    for block in main.split("\n\n"):
        block = block.strip()
        if not block: continue
        if block.startswith("## "):
            parts.append(f"<h2>{html.escape(block[3:])}</h2>")
        elif block.startswith("- "):
            items = [l[2:] for l in block.split("\n") if l.startswith("- ")]
            parts.append("<ul>" + "".join(f"<li>{html.escape(x)}</li>" for x in items) + "</ul>")
        else:
            lines = block.split("\n")
            if len(lines) > 1 and all(re.match(r"^\S+ wrote on ", l) or not l for l in lines[:1]):
                parts.append(f'<div class="post"><p class="post-meta">{html.escape(lines[0])}</p><p>{html.escape(" ".join(lines[1:]))}</p></div>')
            else:
                parts.append(f"<p>{html.escape(' '.join(lines))}</p>")
    return "\n".join(parts)

def to_html(a, i):
    main, trailer = split_trailer(a['body'])
    dt, human = ddate(a['date'])
    shape = a.get('shape', 'news')
    comment_form = shape not in ('faq', 'agency', 'court', 'forum')
    slug = a['fname'][:-5]
    t = html.escape(a['title'])
    first = html.escape(re.sub(r"^## .*\n", "", main.split("\n\n")[0] if not main.startswith("## ") else main.split("\n\n")[1]).strip()[:150])
    h = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{t} | {html.escape(a['outlet'])}</title>
<meta name="date" content="{a['date']}">
<meta name="description" content="{first}">
<meta property="og:title" content="{t}">
<meta property="article:published_time" content="{a['date']}T08:00:00Z">
<link rel="canonical" href="https://example.org/{slug}">
</head>
<body>
<div id="cookie-banner" class="cookie">We use cookies to improve your experience and to show relevant ads. <button>Accept all</button> <button>Manage preferences</button></div>
<header class="site-header"><a class="logo" href="/">{html.escape(a['outlet'])}</a>
<nav><ul><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/tech">Tech</a></li><li><a href="/law">Law</a></li><li><a href="/opinion">Opinion</a></li></ul>
<form class="search" action="/search"><input type="search" name="q" placeholder="Search"><button>Go</button></form></nav></header>
<main>
<article>
<h1>{t}</h1>
<p class="byline">By {BYLINES[(i+2) % len(BYLINES)]} &middot; <time datetime="{a['date']}">{dt.strftime('%A')}, {human}</time></p>
<div class="share-bar top"><a href="#">Share on X</a> <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">Email</a> <a href="#">Print</a></div>
{para_html(main)}
<div class="share-bar bottom"><a href="#">Share</a> <a href="#">Copy link</a> <a href="#">Save for later</a></div>
</article>
<aside class="sidebar">
<section class="related"><h3>Related posts</h3><ul><li><a href="#">Port of Rotterdam posts record container volumes</a></li><li><a href="#">Why copper prices are climbing again</a></li><li><a href="#">Five budget laptops tested for battery life</a></li></ul></section>
<section class="trending"><h3>Trending</h3><ol><li><a href="#">The best commuter e-bikes of the year</a></li><li><a href="#">Central banks and the summer rate pause</a></li><li><a href="#">Inside the world's biggest data centre campus</a></li></ol></section>
<div class="ad-slot">Advertisement</div>
<section class="newsletter"><h3>Get the morning briefing</h3><p>Our editors' picks, in your inbox every weekday.</p><form><input type="email" placeholder="Your email"><button>Subscribe</button></form></section>
</aside>
</main>
"""
    if comment_form:
        h += """<section id="respond"><h3>Leave a Reply</h3><p>Your email address will not be published. Required fields are marked *</p><form><textarea name="comment" placeholder="Comment *"></textarea><input name="author" placeholder="Name *"><input name="email" placeholder="Email *"><button>Post Comment</button></form></section>
"""
    h += f"""<footer class="site-footer"><p>&copy; {dt.year} {html.escape(a['outlet'])}. All rights reserved.</p><ul><li><a href="/about">About us</a></li><li><a href="/privacy">Privacy policy</a></li><li><a href="/terms">Terms</a></li><li><a href="/contact">Contact</a></li></ul></footer>
</body>
</html>
"""
    return h

def to_txt(a, i):
    main, trailer = split_trailer(a['body'])
    dt, human = ddate(a['date'])
    blocks = [b.strip() for b in main.split("\n\n") if b.strip()]
    out = [a['title'], ""]
    lede = blocks[0]
    out.append(f"{a['outlet']}, {a['place']}, {human}. {lede}")
    out.append("")
    if a.get('caption'):
        out.append(f"[Photo] {a['caption']}")
        out.append("")
    for b in blocks[1:]:
        if b.startswith("## "):
            out.append(b[3:].upper())
        else:
            out.append(b)
        out.append("")
    if trailer:
        out.append("---")
        out.append(trailer)
        out.append("")
    return "\n".join(out)

os.makedirs(OUT, exist_ok=True)
for f in os.listdir(OUT):
    os.remove(os.path.join(OUT, f))
for i, a in enumerate(ARTS):
    ext = a['fname'].rsplit('.', 1)[1]
    text = {'md': to_md, 'html': to_html, 'txt': to_txt}[ext](a, i)
    open(os.path.join(OUT, a['fname']), 'w').write(text)
    main, _ = split_trailer(a['body'])
    n = words(a['title'] + "\n" + main)
    flag = "" if 350 <= n <= 450 else "  <-- OUT OF RANGE"
    print(f"{n:4d} {a['date']} {a['fname']}{flag}")
print(len(ARTS), "files")
