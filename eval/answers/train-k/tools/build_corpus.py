#!/usr/bin/env python3
"""Build corpus/ from tools/src/*.src. Prints word counts of article text."""
import os, re, glob, html, datetime
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'corpus')
os.makedirs(OUT, exist_ok=True)

def parse(path):
    raw = open(path, encoding='utf-8').read()
    head, rest = raw.split('\n---\n', 1)
    meta = {}
    for line in head.splitlines():
        k, v = line.split(':', 1); meta[k.strip()] = v.strip()
    comments = []
    if '===comments' in rest:
        rest, c = rest.split('===comments', 1)
        for line in c.strip().splitlines():
            if '|' in line:
                n, t = line.split('|', 1); comments.append((n.strip(), t.strip()))
    lines = [l for l in rest.strip().split('\n')]
    return meta, lines, comments

def fmt_date(d):
    dt = datetime.date.fromisoformat(d)
    return dt.strftime('%B ') + str(dt.day) + dt.strftime(', %Y'), dt.strftime('%A')

SIDE_RELATED = ["Ten one-pot dinners for busy weeknights", "Are carbon-plated running shoes worth it?",
                "How we tested 12 heat pumps this winter", "A beginner's guide to sourdough starters"]
SIDE_TREND = ["The best hiking trails in the Dolomites", "Why your houseplants hate radiators",
              "Review: three budget mechanical keyboards", "What to pack for a city break with kids"]

def body_text_lines(lines):
    """Article text lines (excluding caption, reader question, tip)."""
    out = []
    for l in lines:
        if l.startswith(('caption:', 'Reader question:', 'Our tip:')):
            continue
        out.append(l)
    return out

def words(lines):
    return sum(len(re.sub(r'^##\s*', '', l).split()) for l in lines)

def esc(s): return html.escape(s, quote=False)

def render_html(name, meta, lines, comments):
    title = meta['title']; date = meta['date']; src = meta['source']; shape = meta.get('shape', 'news')
    slug = name[:-5]
    url = f"https://{re.sub(r'[^a-z]', '', src.lower())[:20]}.example.org/{slug}"
    d, wd = fmt_date(date)
    parts = []
    parts.append(f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(title)} | {esc(src)}</title>
<meta name="date" content="{date}">
<meta name="description" content="{esc(title)}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{date}T08:00:00Z">
<link rel="canonical" href="{url}">
</head>
<body>
<div id="cookie-banner" class="cookie">We use cookies to improve your experience and for analytics. <button>Accept all</button> <button>Manage preferences</button></div>
<header class="site-header">
<a class="logo" href="/">{esc(src)}</a>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/markets">Markets</a></li><li><a href="/policy">Policy</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/about">About</a></li></ul></nav>
<form class="search"><input type="search" placeholder="Search..."><button>Go</button></form>
</header>
<main>
<article>
<h1>{esc(title)}</h1>
<p class="meta">{('By ' + esc(meta['author']) + ' | ') if meta.get('author') else ''}<time datetime="{date}">{wd}, {d}</time></p>
<div class="share">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>
""")
    if shape == 'forum':
        parts.append('<div class="thread">')
        first = True
        for l in lines:
            if ':' in l and re.match(r'^[A-Za-z0-9_]+: ', l):
                u, t = l.split(': ', 1)
                parts.append(f'<div class="post"><span class="user">{esc(u)}</span> <span class="rank">Member</span><p>{esc(t)}</p><a class="reply" href="#">Reply</a> <a class="like" href="#">Like</a></div>')
            elif l.strip():
                parts.append(f'<p class="thread-info">{esc(l)}</p>')
        parts.append('</div>')
    else:
        for l in lines:
            if not l.strip(): continue
            if l.startswith('## '):
                tag = 'h3' if shape == 'faq' else 'h2'
                parts.append(f'<{tag}>{esc(l[3:])}</{tag}>')
            else:
                parts.append(f'<p>{esc(l)}</p>')
    parts.append('<div class="share bottom">Share this article: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Copy link</a></div>')
    if shape == 'blog':
        parts.append('<nav class="post-nav"><a href="#">&laquo; Previous: My 2021 dividend review</a> | <a href="#">Next: Why I finally opened a Roth IRA &raquo;</a></nav>')
        parts.append('<aside class="also"><h4>You might also like</h4><ul><li>How I track spending with a spreadsheet</li><li>Index funds vs. ETFs for beginners</li></ul></aside>')
    parts.append('</article>')
    if comments:
        parts.append(f'<section class="comments"><h3>{len(comments)} Comments</h3>')
        for n, t in comments:
            cls = 'comment author-reply' if n == meta.get('author') else 'comment'
            parts.append(f'<div class="{cls}"><span class="comment-author">{esc(n)}</span> <span class="comment-date">{d}</span><p>{esc(t)}</p><a href="#">Reply</a></div>')
        parts.append('</section>')
    if shape != 'press':
        parts.append('<section class="reply-form"><h3>Leave a Reply</h3><p>Your email address will not be published. Required fields are marked *</p><form><textarea name="comment"></textarea><input name="author" placeholder="Name *"><input name="email" placeholder="Email *"><button>Post Comment</button></form></section>')
    parts.append('</main>\n<aside class="sidebar">')
    parts.append('<div class="newsletter"><h4>Get our morning newsletter</h4><input type="email" placeholder="you@example.org"><button>Subscribe</button></div>')
    parts.append('<h4>Related posts</h4><ul>' + ''.join(f'<li><a href="#">{esc(x)}</a></li>' for x in SIDE_RELATED) + '</ul>')
    parts.append('<h4>Trending</h4><ol>' + ''.join(f'<li><a href="#">{esc(x)}</a></li>' for x in SIDE_TREND) + '</ol>')
    parts.append(f"""</aside>
<footer><p>&copy; {date[:4]} {esc(src)}. All rights reserved.</p><p><a href="/privacy">Privacy</a> | <a href="/terms">Terms</a> | <a href="/cookies">Cookie settings</a> | <a href="/contact">Contact</a></p></footer>
</body>
</html>
""")
    return '\n'.join(parts)

def render_md(name, meta, lines):
    slug = name[:-3]
    url = f"https://{re.sub(r'[^a-z]', '', meta['source'].lower())[:20]}.example.org/{slug}"
    out = ['---', f'title: "{meta["title"]}"', f"date: {meta['date']}", f'url: "{url}"', f'source: "{meta["source"]}"', '---', '',
           f"# {meta['title']}", '', f"*By {meta.get('author','Staff')}, {meta['source']}*", '']
    for l in lines:
        if not l.strip(): continue
        out.append(l); out.append('')
    return '\n'.join(out)

def render_txt(name, meta, lines, comments):
    d, wd = fmt_date(meta['date'])
    out = [meta['title'], '']
    shape = meta.get('shape', 'news')
    first = True
    for l in lines:
        if not l.strip(): continue
        if first and shape != 'forum':
            place = meta.get('place', '')
            out.append(f"{meta['source']}, {place + ', ' if place else ''}{d}. {l}"); out.append(''); first = False; continue
        if first and shape == 'forum':
            out.append(f"{meta['source']}, {d}."); out.append(''); first = False
        if l.startswith('caption:'):
            cap = l[len('caption:'):].strip(); out.append('[Photo] ' + cap.split(' | ')[0]); out.append('caption | ' + cap.split(' | ')[1]); out.append(''); continue
        if l.startswith('## '):
            out.append(l[3:].upper()); out.append(''); continue
        if shape == 'forum' and re.match(r'^[A-Za-z0-9_]+: ', l):
            u, t = l.split(': ', 1)
            out.append(f"[{u}] {t}"); out.append(''); continue
        out.append(l); out.append('')
    out.append('---')
    out.append('Leave a Reply')
    out.append('Comments are moderated. Your email address will not be published.')
    out.append('')
    return '\n'.join(out)

def main():
    counts = {}
    for p in sorted(glob.glob(os.path.join(HERE, 'src', '*.src'))):
        base = os.path.basename(p)[:-4]
        meta, lines, comments = parse(p)
        ext = EXT[base]
        name = base + '.' + ext
        if ext == 'html': text = render_html(name, meta, lines, comments)
        elif ext == 'md': text = render_md(name, meta, lines)
        else: text = render_txt(name, meta, lines, comments)
        open(os.path.join(OUT, name), 'w', encoding='utf-8').write(text)
        w = words(body_text_lines(lines))
        counts[name] = w
        flag = '' if 350 <= w <= 520 else '  <-- OUT OF RANGE'
        print(f"{w:4d} {name}{flag}")
    return counts

EXT = {}
for p in glob.glob(os.path.join(HERE, 'src', '*.src')):
    b = os.path.basename(p)[:-4]
    EXT[b] = None
EXT_MAP = os.path.join(HERE, 'src', 'EXT')
for line in open(EXT_MAP):
    if line.strip():
        b, e = line.split(); EXT[b] = e
if __name__ == '__main__':
    main()
