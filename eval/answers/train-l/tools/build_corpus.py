#!/usr/bin/env python3
"""Build corpus/ from articles1-3.py. Prints word counts of article text."""
import os, sys, re, html, datetime
sys.path.insert(0, os.path.dirname(__file__))
import articles1, articles2, articles3  # noqa
from articles1 import A
from pads import PAD, POSTS, PAD2
for _a in A:
    if _a['slug'] in PAD: _a['body'] = _a['body'].rstrip() + '\n\n' + PAD[_a['slug']] + '\n'
    if _a['slug'] in PAD2: _a['body'] = _a['body'].rstrip() + '\n\n' + PAD2[_a['slug']] + '\n'
    if _a['slug'] in POSTS: _a['posts'] = _a['posts'] + POSTS[_a['slug']]
OUT = os.path.join(os.path.dirname(__file__), '..', 'corpus')

def dt(s): return datetime.date.fromisoformat(s)
def long(s): d = dt(s); return f"{d.strftime('%B')} {d.day}, {d.year}"
def wlong(s): d = dt(s); return f"{d.strftime('%A')}, {long(s)}"

def paras(body):
    return [p.strip() for p in body.strip().split('\n\n') if p.strip()]

def md(a):
    out = ["---", f"title: \"{a['title']}\"", f"date: {a['date']}",
           f"url: https://example.org/{a['source'].lower().replace(' ', '-').replace('(','').replace(')','')}/{a['slug']}",
           f"source: {a['source']}", "---", "", f"# {a['title']}", "",
           f"*By the {a['source']} staff, {a['place']}*", ""]
    out.append(a['body'].strip()); out.append("")
    return "\n".join(out)

def txt(a):
    out = [a['title'], ""]
    if a.get('kind') == 'forum':
        out += [a['lede'], "", "[Photo] " + a['caption'], ""]
        for u, t in a['posts']:
            out += [f"[{u}] {t}", ""]
    else:
        out += [f"{a['source']}, {a['place']}, {long(a['date'])}. {a['lede']}", "",
                "[Photo] " + a['caption'], ""]
        for p in paras(a['body']):
            if p.startswith('## '): out += [p[3:].upper(), ""]
            else: out += [p, ""]
    q, ans = a['rq']
    out += ["----------------------------------------", "READER QUESTION", f"Q: {q}", f"A: {ans}",
            "----------------------------------------", "", a['teaser'], "",
            "Leave a Reply", "Comments (%d)" % len(a['comments'])]
    for u, t in a['comments']:
        out.append(f"  {u}: {t}")
    out += ["Your name:", "Your comment:", "[Post comment]", ""]
    return "\n".join(out)

RELATED = ["Five one-pot dinners for busy weeknights", "Are carbon-plated running shoes worth it?",
           "We tested six robot vacuums on pet hair", "How to repot a fiddle-leaf fig", "The best budget e-bikes of the year"]
TRENDING = ["Why sourdough starters fail (and how to fix yours)", "Ten cosy reads for a rainy weekend",
            "Is a heat pump right for an old house?", "Pickleball etiquette, explained"]

def h(s): return html.escape(s, quote=True)

def body_html(body):
    out = []
    lst = []
    for p in paras(body):
        lines = p.split('\n')
        if p.startswith('## '): out.append(f"<h2>{h(p[3:])}</h2>")
        elif all(l.startswith('- ') for l in lines):
            out.append("<ul>" + "".join(f"<li>{h(l[2:])}</li>" for l in lines) + "</ul>")
        else: out.append(f"<p>{h(p)}</p>")
    return "\n".join(out)

def page(a, inner, comment_form=True):
    src = a['source']; url = f"https://example.org/{a['slug']}"
    share = '<div class="share"><a href="#">Share on X</a> <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">Email</a> <button>Copy link</button></div>'
    cf = '''<section class="comment-form"><h3>Leave a Reply</h3><p>Your email address will not be published. Required fields are marked *</p>
<form><label>Comment *</label><textarea></textarea><label>Name *</label><input><label>Email *</label><input><button>Post Comment</button></form></section>''' if comment_form else ''
    return f'''<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{h(a['title'])} | {h(src)}</title>
<meta name="date" content="{a['date']}">
<meta property="og:title" content="{h(a['title'])}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{a['date']}T08:00:00Z">
<link rel="canonical" href="{url}">
</head><body>
<div id="cookie-banner">We use cookies to improve your experience and for analytics. <button>Accept all</button> <button>Manage preferences</button></div>
<header><div class="logo">{h(src)}</div><nav><a href="#">Home</a> | <a href="#">News</a> | <a href="#">Policy</a> | <a href="#">Markets</a> | <a href="#">Opinion</a> | <a href="#">About</a></nav>
<form class="search"><input placeholder="Search..."><button>Go</button></form></header>
<main><article>
<h1>{h(a['title'])}</h1>
<p class="meta">By {h(src)} staff &middot; <time datetime="{a['date']}">{wlong(a['date'])}</time></p>
{share}
{inner}
{share}
</article>
<aside class="newsletter"><h3>Get our weekly briefing</h3><p>The week's top stories in your inbox every Friday.</p><input placeholder="Email address"><button>Subscribe</button></aside>
<aside class="related"><h3>Related posts</h3><ul>{''.join(f'<li><a href="#">{h(r)}</a></li>' for r in RELATED)}</ul></aside>
<aside class="trending"><h3>Trending</h3><ol>{''.join(f'<li><a href="#">{h(r)}</a></li>' for r in TRENDING)}</ol></aside>
{cf}
</main>
<footer><p>&copy; {dt(a['date']).year} {h(src)}. All rights reserved.</p><a href="#">Privacy</a> | <a href="#">Terms</a> | <a href="#">Contact</a> | <a href="#">Advertise</a></footer>
</body></html>
'''

def htmlpage(a):
    k = a.get('kind', 'news')
    if k == 'forum':
        inner = '<div class="thread">' + "\n".join(
            f'<div class="post" id="p{i+1}"><div class="author">{h(u)}</div><div class="posted">{h(t)}</div><div class="content"><p>{h(x)}</p></div><a href="#">Reply</a> <a href="#">Like</a></div>'
            for i, (u, t, x) in enumerate(a['posts'])) + '</div><p class="pager">Page 1 of 1</p>'
    elif k == 'faq':
        inner = '<p>Answers to the questions we are asked most often, updated for the new law.</p>\n' + "\n".join(
            f'<div class="faq-item"><h2>{h(q)}</h2><p>{h(x)}</p></div>' for q, x in a['faq'])
    elif k == 'blog':
        inner = body_html(a['body']) + '<nav class="post-nav"><a href="#">&larr; Previous post: Remote ID one year on</a> | <a href="#">Next post: Thermal cameras compared &rarr;</a></nav>'
        inner += '<section class="you-might"><h3>You might also like</h3><ul><li><a href="#">Choosing a drone for a small fire department</a></li><li><a href="#">Battery care for cold-weather flying</a></li></ul></section>'
        inner += '<section class="comments"><h3>%d Comments</h3>' % len(a['comments']) + "".join(
            f'<div class="comment"><b>{h(u)}</b> <span>{h(d)}</span><p>{h(x)}</p><a href="#">Reply</a></div>' for u, d, x in a['comments']) + '</section>'
    elif k == 'press':
        inner = '<p class="kicker">AGENCY ACTION SUMMARY</p>' + body_html(a['body']) + '<p>###</p>'
    else:
        inner = body_html(a['body'])
    return page(a, inner, comment_form=(k != 'press'))

def words_of(a):
    if a.get('posts'):
        t = " ".join(p[-1] for p in a['posts'])
    elif a.get('faq'):
        t = " ".join(q + " " + x for q, x in a['faq'])
    else:
        t = a['body'] + " " + a.get('lede', '')
    return len(re.findall(r"\S+", t))

os.makedirs(OUT, exist_ok=True)
for f in os.listdir(OUT): os.remove(os.path.join(OUT, f))
for a in A:
    fn = f"{a['slug']}.{a['ext']}"
    text = {'md': md, 'txt': txt, 'html': htmlpage}[a['ext']](a)
    open(os.path.join(OUT, fn), 'w').write(text)
    print(f"{words_of(a):4d} {a['date']} {fn}")
print(len(A), "articles")
