"""Writes ../corpus from articles1-3.py; prints word counts of article text."""
import os, html, datetime, re
from articles1 import A
from articles2 import B
from articles3 import C, D, E
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'corpus')
ARTS = A + B + C + D + E
from padding import PAD
for _a in ARTS:
    if _a['file'] in PAD:
        sec, extra = PAD[_a['file']]
        if sec == 'posts': _a['posts'] = _a['posts'] + extra
        elif sec is None: _a['body'][-1] = (_a['body'][-1][0], _a['body'][-1][1] + extra)
        else:
            i = [h for h, _ in _a['body']].index(sec); _a['body'][i] = (sec, _a['body'][i][1] + extra)

def words(a):
    t = [a['title'], a.get('lede', '')]
    for h, ps in a.get('body', []):
        t.append(h); t += ps
    for p in a.get('posts', []):
        t.append(p[2])
    return len(' '.join(t).split())

def longdate(d):
    dt = datetime.date.fromisoformat(d)
    return dt.strftime('%B ') + str(dt.day) + dt.strftime(', %Y'), dt.strftime('%A')

def md(a):
    slug = a['file'][:-3]
    o = ['---', f"title: \"{a['title']}\"", f"date: {a['date']}", f"url: https://news.example.org/{slug}", f"source: {a['source']}", '---', '',
         f"# {a['title']}", '', f"*{a['byline']} | {a['source']} | {longdate(a['date'])[0]}*", '', a['lede'], '']
    for h, ps in a['body']:
        o += [f'## {h}', '']
        for p in ps: o += [p, '']
    return '\n'.join(o)

def txt(a):
    ld = longdate(a['date'])[0]
    o = [a['title'], '']
    if a.get('forum'):
        o += [f"{a['source']} > Compliance & Grants > {a['title']}", '']
        for u, d, t in a['posts']:
            o += [f"{u} wrote on {d}:", t, '']
        o += ['---', 'Our tip: how to run a board meeting in under an hour.', '']
        return '\n'.join(o)
    place = (a['place'] + ', ') if a.get('place') else ''
    o += [f"{a['source']}, {place}{ld}. {a['lede']}", '', f"[Photo] {a['caption']} | Source: {a['source']}", '']
    for h, ps in a['body']:
        o += [h, '']
        for p in ps: o += [p, '']
    o += ['---', a['teaser'], '', 'Leave a Reply', '']
    for u, c in a['comments']:
        o += [f"{u} says:", c, '']
    return '\n'.join(o)

E_ = html.escape
HEAD = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{t}</title>
<meta name="date" content="{d}">
<meta name="description" content="{desc}">
<meta property="og:title" content="{t}">
<meta property="article:published_time" content="{d}T08:00:00Z">
<link rel="canonical" href="https://www.example.com/{slug}">
</head>
<body>
<div id="cookie-banner" class="cookie">We use cookies to improve your experience and for analytics. <button>Accept all</button> <button>Manage preferences</button></div>
<header><a class="logo" href="/">{src}</a>
<nav><ul><li><a href="/news">News</a></li><li><a href="/business">Business</a></li><li><a href="/tech">Tech</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/newsletters">Newsletters</a></li></ul>
<form class="search" action="/search"><input type="text" name="q" placeholder="Search"><button>Go</button></form></nav></header>
<main>
"""
SIDEBAR = """<aside class="sidebar">
<section class="related"><h3>Related posts</h3><ul>
<li><a href="/life/one-pot-dinners">Three one-pot dinners for busy weeknights</a></li>
<li><a href="/life/running-shoes">The best road running shoes of the year</a></li>
<li><a href="/home/heat-pumps">Are heat pumps worth it in an old house?</a></li></ul></section>
<section class="trending"><h3>Trending</h3><ol>
<li><a href="/food/sourdough">Sourdough for beginners: a week-by-week guide</a></li>
<li><a href="/travel/e-bikes">E-bike commuting: what we learned in a year</a></li>
<li><a href="/home/houseplants">Houseplants that survive a dark flat</a></li></ol></section>
<div class="ad-slot">Advertisement</div>
<div class="newsletter"><h3>Get our morning briefing</h3><form><input type="email" placeholder="Your email"><button>Sign up</button></form></div>
</aside>
"""
FOOT = """<footer><p>&copy; {y} {src}. All rights reserved.</p><ul><li><a href="/about">About</a></li><li><a href="/privacy">Privacy policy</a></li><li><a href="/cookies">Cookie settings</a></li><li><a href="/contact">Contact</a></li></ul></footer>
</body>
</html>
"""
SHARE = '<div class="share">Share: <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a> <a href="#">Copy link</a></div>\n'
COMMENT_FORM = """<section class="comment-form"><h3>Leave a Reply</h3><p>Your email address will not be published. Required fields are marked *</p>
<form><label>Comment *</label><textarea name="comment"></textarea><label>Name *</label><input name="author"><label>Email *</label><input name="email"><button>Post Comment</button></form></section>
"""

def htm(a):
    slug = a['file'][:-5]
    ld, wd = longdate(a['date'])
    o = [HEAD.format(t=E_(a['title']), d=a['date'], desc=E_(a.get('lede', a['title'])[:150]), slug=slug, src=E_(a['source']))]
    if a.get('forum'):
        o.append(f'<div class="breadcrumbs"><a href="/">Forums</a> &gt; <a href="/f/markets">Markets &amp; Stocks</a> &gt; Thread</div>\n')
        o.append(f'<article class="thread"><h1>{E_(a["title"])}</h1>\n<div class="pinned">Pinned by moderator: keep it factual, cite official notices.</div>\n')
        for i, (u, d, t) in enumerate(a['posts'], 1):
            o.append(f'<div class="post" id="post-{i}"><div class="author">{E_(u)}</div><time datetime="{d.replace(" ","T")}">{E_(d)}</time><div class="post-body"><p>{E_(t)}</p></div><div class="post-actions"><a href="#">Reply</a> <a href="#">Quote</a> <a href="#">Like</a></div></div>\n')
        o.append('</article>\n<section class="quick-reply"><h3>Quick reply</h3><textarea></textarea><button>Post reply</button></section>\n')
        o.append('<section class="similar"><h3>Similar threads</h3><ul><li><a href="#">Best dividend ETFs for 2018?</a></li><li><a href="#">How do you track cost basis after a spin-off?</a></li></ul></section>\n')
    else:
        o.append(f'<article><h1>{E_(a["title"])}</h1>\n<div class="meta"><span class="byline">{E_(a["byline"])}</span> <time datetime="{a["date"]}">{wd}, {ld}</time></div>\n' + SHARE)
        o.append(f'<p class="lede">{E_(a["lede"])}</p>\n')
        for h, ps in a['body']:
            tag = 'h3' if a.get('faq') else 'h2'
            o.append(f'<{tag}>{E_(h)}</{tag}>\n')
            for p in ps: o.append(f'<p>{E_(p)}</p>\n')
        o.append(SHARE + '</article>\n')
        if a.get('blog'):
            o.append('<section class="comments"><h3>4 Comments</h3>\n')
            for u, d, c in a['comments']:
                o.append(f'<div class="comment"><span class="comment-author">{E_(u)}</span> <time>{d}</time><p>{E_(c)}</p><a href="#">Reply</a></div>\n')
            o.append('</section>\n')
        if not a.get('press') and not a.get('faq'):
            o.append(COMMENT_FORM)
    o.append('</main>\n' + SIDEBAR + FOOT.format(y=a['date'][:4], src=E_(a['source'])))
    return ''.join(o)

if __name__ == '__main__':
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT): os.remove(os.path.join(OUT, f))
    for a in ARTS:
        ext = a['file'].rsplit('.', 1)[1]
        s = {'md': md, 'txt': txt, 'html': htm}[ext](a)
        open(os.path.join(OUT, a['file']), 'w').write(s)
        w = words(a)
        print(f"{w:4d} {'' if 350 <= w <= 400 else '!!'} {a['file']}")
    print(len(ARTS), 'files')
