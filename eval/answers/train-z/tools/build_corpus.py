#!/usr/bin/env python3
"""Build corpus/ from articles.py: md front matter, html chrome, txt layout. Prints word counts."""
import os, re, html, datetime, shutil
from articles import A
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'corpus')

def nice(d):
    t = datetime.date.fromisoformat(d)
    return t.strftime('%A, %B ') + str(t.day) + t.strftime(', %Y')

def slug(a): return a['file'].rsplit('.', 1)[0]

def words(a):
    txt = a['lede'] + ' ' + ' '.join(b for _, b in a['sections'])
    return len(re.findall(r"\S+", txt))

def md(a):
    o = ['---', f'title: "{a["title"]}"', f'date: {a["date"]}',
         f'url: https://example.org/{slug(a).lower()}', f'source: {a["outlet"]}', '---', '',
         f'# {a["title"]}', '', a['lede'], '']
    for h, b in a['sections']:
        o += [f'## {h}', '', b, '']
    return '\n'.join(o)

def txt(a):
    o = [a['title'], f'{a["outlet"]} | {nice(a["date"])}', '', a['lede'], '']
    for h, b in a['sections']:
        o += [h.upper(), b, '']
    if a['opts'].get('teaser'):
        o += ['---', a['opts']['teaser'], '']
    if a['opts'].get('reply'):
        o += ['Leave a Reply', 'Your email address will not be published. Required fields are marked *', 'Comment', 'Name *', 'Email *', 'Post Comment', '']
    return '\n'.join(o)

RELATED = ['Ten houseplants that survive a dark flat', 'Why egg prices keep swinging', 'Pickleball courts: the new turf war',
           'Our favourite trail-running shoes of the year', 'How to descale a kettle with vinegar', 'A beginner guide to sourdough starters']

def h(s): return html.escape(s, quote=True)

def page(a, i):
    sh = a['opts'].get('shape', 'news')
    e = h
    head = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{e(a["title"])} | {e(a["outlet"])}</title>
<meta name="date" content="{a["date"]}">
<meta name="description" content="{e(a["lede"][:150])}">
<meta property="og:title" content="{e(a["title"])}">
<meta property="article:published_time" content="{a["date"]}T09:00:00Z">
<link rel="canonical" href="https://example.org/{slug(a).lower()}">
</head>
<body>
<div class="cookie-banner" id="cookies"><p>We use cookies to improve your experience and for analytics. <a href="/privacy">Privacy policy</a></p><button>Accept all</button><button>Manage settings</button></div>
<header class="site-header"><a class="logo" href="/">{e(a["outlet"])}</a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/policy">Policy</a></li><li><a href="/opinion">Opinion</a></li></ul>
<form class="search" action="/search"><input type="search" name="q" placeholder="Search"><button>Go</button></form></nav></header>
<main>
<article>
<h1>{e(a["title"])}</h1>
<p class="byline">By Staff Writer &middot; <time datetime="{a["date"]}">{nice(a["date"])}</time></p>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Share on LinkedIn</a> <a href="#">Email</a></div>
'''
    body = [f'<p class="lede">{e(a["lede"])}</p>']
    if sh == 'forum':
        for user, post in a['sections']:
            body.append(f'<div class="post"><div class="user">{e(user)}</div><div class="post-body"><p>{e(post)}</p></div><div class="post-actions"><a href="#">Reply</a> <a href="#">Quote</a> <a href="#">Report</a></div></div>')
    elif sh == 'faq':
        body.append('<section class="faq">')
        for q, b in a['sections']:
            body.append(f'<h2>{e(q)}</h2>\n<p>{e(b)}</p>')
        body.append('</section>')
    else:
        if sh == 'press':
            body.insert(0, '<p class="label">PRESS RELEASE</p>')
        for q, b in a['sections']:
            body.append(f'<h2>{e(q)}</h2>\n<p>{e(b)}</p>')
        if sh == 'press':
            body.append('<p class="contact">Media contact: press office. ###</p>')
    rel = RELATED[i % len(RELATED):] + RELATED[:i % len(RELATED)]
    tail = '''
<div class="share share-bottom"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Share on LinkedIn</a> <a href="#">Copy link</a></div>
</article>
<aside class="newsletter"><h3>Get our daily briefing</h3><p>Sign up for the newsletter. Unsubscribe at any time.</p><form><input type="email" placeholder="Your email"><button>Subscribe</button></form></aside>
<aside class="related"><h3>Related stories</h3><ul>''' + ''.join(f'<li><a href="#">{r}</a></li>' for r in rel[:3]) + '</ul></aside>\n'
    if a['opts'].get('reply'):
        tail += '''<section class="comments"><h3>Leave a Reply</h3><p>Your email address will not be published. Required fields are marked *</p>
<form><label>Comment</label><textarea></textarea><label>Name *</label><input><label>Email *</label><input><label>Website</label><input><button>Post Comment</button></form></section>
'''
    tail += f'''</main>
<footer><p>&copy; {a["date"][:4]} {e(a["outlet"])}. All rights reserved.</p><ul><li><a href="/about">About</a></li><li><a href="/contact">Contact</a></li><li><a href="/terms">Terms</a></li><li><a href="/privacy">Privacy</a></li></ul></footer>
</body>
</html>
'''
    return head + '\n'.join(body) + tail

if __name__ == '__main__':
    if os.path.isdir(OUT): shutil.rmtree(OUT)
    os.makedirs(OUT)
    for i, a in enumerate(A):
        ext = a['file'].rsplit('.', 1)[1]
        s = {'md': md, 'txt': txt}.get(ext, lambda x: page(x, i))(a)
        open(os.path.join(OUT, a['file']), 'w', encoding='utf-8').write(s)
        w = words(a)
        print(f'{w:4d} {"OK " if 120 <= w <= 250 else "BAD"} {a["file"]}')
    print('files:', len(os.listdir(OUT)))
