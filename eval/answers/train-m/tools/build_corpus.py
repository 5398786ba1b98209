#!/usr/bin/env python3
"""Write corpus/ from articles1-3.py; print word counts of article text."""
import os, re, html, datetime
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "corpus")
import articles1, articles2, articles3
ARTS = articles1.A + articles2.A + articles3.A
import pads
for _a in ARTS:
    if _a.get("forum") is None and pads.PAD.get(_a["fn"]):
        _a["body"] = _a["body"].rstrip() + "\n\n" + pads.PAD[_a["fn"]] + "\n"
    if _a["fn"] in pads.EXTRA_FAQ:
        _a["faq"] = _a["faq"] + pads.EXTRA_FAQ[_a["fn"]]
    if _a["fn"] in pads.EXTRA_POSTS:
        _a["posts"] = _a["posts"] + pads.EXTRA_POSTS[_a["fn"]]

def paras(body):
    return [p.strip() for p in body.strip().split("\n\n") if p.strip()]

def longdate(d):
    dt = datetime.date.fromisoformat(d)
    return dt.strftime("%B ") + str(dt.day) + dt.strftime(", %Y")

def words(t):
    return len(re.findall(r"[A-Za-z0-9$£€][\w'.,%$-]*", t))

def build_md(a):
    out = ["---", f'title: "{a["title"]}"', f"date: {a['date']}",
           f"url: https://example.org/{a['fn'][:-3]}", f'source: "{a["source"]}"', "---", "",
           f"# {a['title']}", "", f"*By {a['author']}, {a['source']}*", ""]
    for p in paras(a["body"]):
        out += [p, ""]
    return "\n".join(out), a["body"]

def build_txt(a):
    ld = longdate(a["date"])
    out = [a["title"], "", f"{a['source']}, {a['place']}, {ld}. {a['lede']}", "", a["caption"], ""]
    text = a["lede"]
    if a.get("forum"):
        for u, d, t in a["posts"]:
            out += [f"{u} wrote on {d}:", t, ""]
            text += " " + t
    else:
        for p in paras(a["body"]):
            if p.startswith("## "):
                out += [p[3:].upper(), ""]
            else:
                out += [p, ""]
        text += " " + a["body"]
    out += ["---", a["reader_q"], "", a["teaser"], "", "Leave a Reply", ""]
    for u, c in a.get("comments", []):
        out += [f"{u}: {c}", ""]
    out += ["Your email address will not be published. Required fields are marked *", ""]
    return "\n".join(out), text

HEAD = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{t} | {src}</title>
<meta name="date" content="{d}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="{t}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{d}T08:00:00Z">
<link rel="canonical" href="https://example.org/{slug}">
</head>
<body>
<div class="cookie-banner" id="cookie-consent">We use cookies to improve your experience and to show personalised ads. <button>Accept all</button> <button>Manage preferences</button></div>
<header class="site-header"><a class="logo" href="/">{src}</a>
<nav><ul><li><a href="/news">News</a></li><li><a href="/markets">Markets</a></li><li><a href="/policy">Policy</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/about">About</a></li></ul></nav>
<form class="search" action="/search"><input type="search" name="q" placeholder="Search"><button>Go</button></form>
</header>
"""
SHARE = '<div class="share"><span>Share:</span> <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a> <a href="#">Copy link</a></div>\n'
SIDEBAR = """<aside class="sidebar">
<section class="newsletter"><h3>Get our morning briefing</h3><p>The stories that matter, in your inbox before 7am.</p><form><input type="email" placeholder="Your email"><button>Subscribe</button></form></section>
<section class="related"><h3>Related posts</h3><ul><li><a href="/r1">{r1}</a></li><li><a href="/r2">{r2}</a></li><li><a href="/r3">{r3}</a></li></ul></section>
<section class="trending"><h3>Trending</h3><ol><li><a href="/t1">{t1}</a></li><li><a href="/t2">{t2}</a></li><li><a href="/t3">{t3}</a></li></ol></section>
<div class="ad-slot">Advertisement</div>
</aside>
"""
SIDE_TOPICS = [
 ("Ten one-pot dinners for busy weeknights", "Are standing desks worth it?", "How to repot a fiddle-leaf fig", "Best running shoes for flat feet", "Why egg prices keep moving", "Our favourite robot vacuums tested"),
 ("A beginner's guide to sourdough", "The quiet comeback of film cameras", "Heat pumps: what installers won't tell you", "Weekend hikes near the coast", "Pickleball paddles compared", "How to clean a cast-iron pan"),
 ("The science of a good night's sleep", "Budget e-bikes reviewed", "Five houseplants that survive neglect", "Is it worth fixing an old dishwasher?", "Best noise-cancelling headphones", "Meal-prep containers that don't leak"),
]
COMMENT_FORM = """<section class="comment-form"><h3>Leave a Reply</h3><p>Your email address will not be published. Required fields are marked *</p>
<form><label>Comment *</label><textarea></textarea><label>Name *</label><input type="text"><label>Email *</label><input type="email"><button>Post Comment</button></form></section>
"""
FOOT = """<footer class="site-footer"><p>&copy; {y} {src}. All rights reserved.</p><ul><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms</a></li><li><a href="/contact">Contact</a></li><li><a href="/careers">Careers</a></li></ul></footer>
</body>
</html>
"""

def body_html(body):
    out = []
    for p in paras(body):
        if p.startswith("## "):
            out.append(f"<h2>{html.escape(p[3:], quote=False)}</h2>")
        elif p.startswith("- "):
            items = "".join(f"<li>{html.escape(l[2:], quote=False)}</li>" for l in p.split("\n"))
            out.append(f"<ul>{items}</ul>")
        else:
            out.append(f"<p>{html.escape(p, quote=False)}</p>")
    return "\n".join(out) + "\n"

def build_html(a, i):
    kind = a.get("kind", "news")
    slug = a["fn"][:-5]
    tp = SIDE_TOPICS[i % 3]
    h = HEAD.format(t=html.escape(a["title"], quote=False), src=a["source"], d=a["date"], slug=slug)
    dt = datetime.date.fromisoformat(a["date"])
    timeel = f'<time datetime="{a["date"]}">{dt.strftime("%A")}, {longdate(a["date"])}</time>'
    text = ""
    h += '<main class="content">\n'
    if kind == "forum":
        h += f'<nav class="breadcrumbs"><a href="/">Forums</a> &rsaquo; <a href="/f/sanctions">Sanctions &amp; Compliance</a> &rsaquo; Thread</nav>\n'
        h += f'<h1 class="thread-title">{html.escape(a["title"], quote=False)}</h1>\n<p class="thread-meta">Started {timeel}</p>\n'
        for n, (u, d, t) in enumerate(a["posts"], 1):
            h += f'<div class="post" id="post-{n}"><div class="post-author"><span class="username">{html.escape(u, quote=False)}</span></div><div class="post-date">{d}</div><div class="post-body"><p>{html.escape(t, quote=False)}</p></div><div class="post-actions"><a href="#">Reply</a> <a href="#">Quote</a> <a href="#">Like</a></div></div>\n'
            text += " " + t
        h += '<div class="quick-reply"><h3>Quick reply</h3><textarea placeholder="Write your reply..."></textarea><button>Post reply</button></div>\n'
        h += '<section class="similar"><h3>Similar threads</h3><ul><li><a href="#">Best hardware wallet for beginners?</a></li><li><a href="#">Tax reporting for staking rewards</a></li><li><a href="#">Is anyone else getting KYC emails from their bank?</a></li></ul></section>\n'
    else:
        h += f'<article>\n<h1>{html.escape(a["title"], quote=False)}</h1>\n'
        if kind == "press":
            h += f'<p class="meta">Agency action summary &middot; {timeel}</p>\n'
        else:
            h += f'<p class="byline">By {html.escape(a.get("author", "Staff"), quote=False)} &middot; {timeel}</p>\n'
        h += SHARE
        if kind == "faq":
            h += f"<p>{html.escape(a['intro'], quote=False)}</p>\n"
            text = a["intro"]
            for q, ans in a["faq"]:
                h += f"<h2>{html.escape(q, quote=False)}</h2>\n<p>{html.escape(ans, quote=False)}</p>\n"
                text += " " + q + " " + ans
        else:
            h += body_html(a["body"])
            text = a["body"]
        h += SHARE
        if kind == "blog":
            h += '<div class="post-tags">Posted in <a href="#">Sanctions</a>, <a href="#">Russia</a> &middot; Tags: <a href="#">EU</a> <a href="#">delisting</a></div>\n'
            h += '<div class="post-nav"><a href="#">&laquo; Previous: Why OFAC licences expire</a> | <a href="#">Next: A quiet week in Brussels &raquo;</a></div>\n'
            h += '<section class="you-might-like"><h3>You might also like</h3><ul><li><a href="#">My favourite podcasts about economics</a></li><li><a href="#">A weekend in Ghent on a budget</a></li></ul></section>\n'
            h += f'<section class="comments"><h3>{len(a["comments"])} Comments</h3>\n'
            for u, d, c in a["comments"]:
                h += f'<div class="comment"><span class="comment-author">{html.escape(u, quote=False)}</span> <span class="comment-date">{d}</span><p>{html.escape(c, quote=False)}</p><a href="#">Reply</a></div>\n'
            h += "</section>\n"
        h += "</article>\n"
        if kind != "press":
            h += COMMENT_FORM
    h += "</main>\n" + SIDEBAR.format(r1=tp[0], r2=tp[1], r3=tp[2], t1=tp[3], t2=tp[4], t3=tp[5])
    if kind == "blog":
        h += '<aside class="widgets"><section><h3>Recent posts</h3><ul><li>Why OFAC licences expire</li><li>A quiet week in Brussels</li></ul></section><section><h3>Archives</h3><ul><li>August 2023</li><li>July 2023</li></ul></section></aside>\n'
    h += FOOT.format(y=a["date"][:4], src=a["source"])
    return h, text

def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    names = set()
    for i, a in enumerate(ARTS):
        fn = a["fn"]
        assert fn not in names, fn
        names.add(fn)
        if fn.endswith(".md"):
            s, t = build_md(a)
        elif fn.endswith(".txt"):
            s, t = build_txt(a)
        else:
            s, t = build_html(a, i)
        open(os.path.join(OUT, fn), "w", encoding="utf-8").write(s)
        print(f"{words(t):4d}  {fn}")
    print(len(ARTS), "articles")

if __name__ == "__main__":
    main()
