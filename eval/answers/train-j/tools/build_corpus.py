#!/usr/bin/env python3
"""Build corpus/ from tools/src/*.src (answers-j). Usage: python3 tools/build_corpus.py"""
import html, os, re, datetime, random

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, 'src')
OUT = os.path.join(os.path.dirname(HERE), 'corpus')

UNRELATED = [
    "Ten easy weeknight pasta recipes", "The best budget running shoes of the year", "How to choose a family-friendly SUV",
    "Why sourdough starters fail, and how to fix them", "Our favourite hiking trails within two hours of the city",
    "Five podcasts to listen to on your commute", "Is a heat pump right for your home?", "Travel insurance: what the small print means",
    "Review: a mid-range robot vacuum that actually works", "How to negotiate a better rent", "The science of a good night's sleep",
    "Ranking this season's streaming dramas", "Beginner's guide to indoor climbing", "What to plant in a small balcony garden",
    "How to spot a phishing text message", "Our picks for kids' birthday gifts under 30", "Electric bikes: a buyer's checklist",
    "The return of the vinyl record", "Learning a language after forty", "Six tips for better smartphone photos at night",
]

def parse(path):
    raw = open(path, encoding='utf-8').read()
    head, body = raw.split('\n---\n', 1)
    meta = {}
    for line in head.splitlines():
        if ':' in line:
            k, v = line.split(':', 1)
            meta[k.strip()] = v.strip()
    comments = []
    if '\n=== comments\n' in body:
        body, ctext = body.split('\n=== comments\n', 1)
        for line in ctext.strip().splitlines():
            n, d, t = [x.strip() for x in line.split('|', 2)]
            comments.append((n, d, t))
    meta['body'] = body.strip()
    meta['comments'] = comments
    return meta

def longdate(iso):
    d = datetime.date.fromisoformat(iso)
    return d.strftime('%B ') + str(d.day) + d.strftime(', %Y')

def blocks(body):
    """Yield (type, text) blocks: h2, h3, li (list of strings), p, post."""
    out = []
    for chunk in re.split(r'\n\s*\n', body.strip()):
        chunk = chunk.strip()
        if not chunk:
            continue
        if chunk.startswith('## '):
            out.append(('h2', chunk[3:]))
        elif chunk.startswith('### '):
            out.append(('h3', chunk[4:]))
        elif chunk.startswith('- '):
            out.append(('ul', [l[2:] for l in chunk.splitlines()]))
        elif chunk.startswith('@'):
            for line in chunk.splitlines():
                u, d, t = [x.strip() for x in line[1:].split('|', 2)]
                out.append(('post', (u, d, t)))
        else:
            out.append(('p', ' '.join(chunk.splitlines())))
    return out

def inline_html(t):
    t = html.escape(t, quote=False)
    return re.sub(r'\*\*(.+?)\*\*', r'<strong>\1</strong>', t)

def plain(t):
    return re.sub(r'\*\*(.+?)\*\*', r'\1', t)

def slugify(s):
    return re.sub(r'[^a-z0-9]+', '-', s.lower()).strip('-')

def write_md(m):
    src = m['source']
    url = f"https://example.org/{slugify(src)}/{m['date'].replace('-', '/')}/{m['slug']}"
    lines = ['---', f'title: "{m["title"]}"', f"date: {m['date']}", f'url: {url}', f'source: "{src}"', '---', '',
             f"# {m['title']}", '', f"*By {m.get('author', src + ' staff')}*", '', m['body'], '']
    return '\n'.join(lines)

def write_txt(m):
    src = m['source']
    out = []
    bl = blocks(m['body'])
    if m['shape'] == 'forum':
        out.append(m['title'])
        out.append('')
        out.append(f"{src}, {m.get('place', 'online')}, {longdate(m['date'])}. A thread in the {src} compliance board; posts are lightly edited.")
        out.append('')
        out.append(m['caption'])
        out.append(f"{m['caption']} | Source: {src}")
        out.append('')
        for typ, val in bl:
            if typ == 'post':
                u, d, t = val
                out.append(f'{u} wrote ({d}):')
                out.append(t)
                out.append('')
    else:
        out.append(m['title'])
        out.append('')
        first = True
        cap_done = False
        for typ, val in bl:
            if typ == 'p' and first:
                out.append(f"{src}, {m['place']}, {longdate(m['date'])}. {plain(val)}")
                out.append('')
                out.append(m['caption'])
                out.append(f"{m['caption']} | Source: {src}")
                out.append('')
                first = False
                continue
            if typ == 'h2':
                out.append(val)
            elif typ == 'ul':
                out.extend('* ' + plain(x) for x in val)
            elif typ == 'p':
                out.append(plain(val))
            out.append('')
        if m.get('reader_q'):
            out.append('Reader question')
            out.append('')
            out.append(m['reader_q'])
            out.append('')
    out.append('Our tip')
    out.append('')
    out.append('Our tip: ' + m.get('tip', 'how to back up your phone photos'))
    out.append('')
    out.append('Leave a Reply')
    out.append('')
    out.append('Your email address will not be published. Required fields are marked *')
    out.append('')
    out.extend(['Comment *', 'Name *', 'Email *', 'Website', '',
                'Save my name, email, and website in this browser for the next time I comment.', '', 'Post Comment', ''])
    return '\n'.join(out)

def write_html(m):
    rnd = random.Random(m['slug'])
    src = m['source']
    url = f"https://example.org/{slugify(src)}/{m['date'].replace('-', '/')}/{m['slug']}"
    title = m['title']
    et = html.escape(title)
    shape = m['shape']
    related = rnd.sample(UNRELATED, 4)
    trending = rnd.sample([x for x in UNRELATED if x not in related], 4)
    author = m.get('author', src + ' staff')
    h = []
    h.append('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">')
    h.append('<meta name="viewport" content="width=device-width, initial-scale=1">')
    h.append(f'<title>{et} | {html.escape(src)}</title>')
    h.append(f'<meta name="date" content="{m["date"]}">')
    h.append(f'<meta name="description" content="{et}">')
    h.append(f'<meta property="og:title" content="{et}">')
    h.append('<meta property="og:type" content="article">')
    h.append(f'<meta property="og:site_name" content="{html.escape(src)}">')
    h.append(f'<meta property="og:url" content="{url}">')
    h.append(f'<meta property="article:published_time" content="{m["date"]}T08:30:00+00:00">')
    h.append(f'<link rel="canonical" href="{url}">')
    h.append('<link rel="stylesheet" href="/assets/css/site.css">\n<script async src="/assets/js/analytics.js"></script>\n</head>')
    h.append(f'<body class="{shape}">')
    h.append('<div id="cookie-notice" class="cookie-banner" role="dialog" aria-label="Cookie notice">\n  <p>We use cookies to personalise content and ads, to provide social media features and to analyse our traffic. You can accept all cookies or manage your preferences.</p>\n  <button type="button">Accept all</button> <button type="button">Reject non-essential</button> <a href="/privacy/cookies/">Cookie settings</a>\n</div>')
    nav = ['Home', 'News', 'Policy', 'Markets', 'Analysis', 'Opinion', 'About'] if shape != 'forum' else ['Forums', 'Latest', 'Unanswered', 'Members', 'Rules', 'Log in']
    h.append(f'<header class="site-header">\n  <a class="brand" href="/">{html.escape(src)}</a>')
    h.append('  <nav class="primary-nav"><ul>' + ''.join(f'<li><a href="/{slugify(n)}/">{n}</a></li>' for n in nav) + '</ul></nav>')
    h.append('  <form class="search" action="/search"><input type="search" name="q" placeholder="Search..."><button>Search</button></form>\n</header>')
    h.append('<main id="content">')
    share = '<div class="share-bar">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Reddit</a> <a href="#">WhatsApp</a> <a href="#">Email</a> <a href="#" class="copy-link">Copy link</a></div>'
    bl = blocks(m['body'])
    if shape == 'forum':
        h.append('<div class="forum-thread">')
        h.append('<p class="breadcrumbs"><a href="/forums/">Forums</a> &rsaquo; <a href="/forums/compliance/">Trade compliance</a></p>')
        h.append(f'<h1 class="thread-title">{et}</h1>')
        h.append(f'<p class="thread-meta">Started by {html.escape(bl[0][1][0])} &middot; <time datetime="{m["date"]}">{longdate(m["date"])}</time> &middot; {sum(1 for b in bl if b[0]=="post")} replies</p>')
        h.append(share)
        for i, (typ, val) in enumerate(bl):
            if typ != 'post':
                continue
            u, d, t = val
            h.append(f'<div class="post" id="post-{i+1}"><div class="post-author"><span class="username">{html.escape(u)}</span> <span class="post-date">{html.escape(d)}</span></div>')
            h.append(f'<div class="post-body"><p>{inline_html(t)}</p></div><div class="post-actions"><a href="#">Quote</a> <a href="#">Like</a> <a href="#">Report</a></div></div>')
        h.append('<div class="reply-box"><h3>Reply to this thread</h3><p>You must be logged in to reply.</p><textarea name="reply" rows="5"></textarea><button>Post reply</button></div>')
        h.append('</div>')
    else:
        cls = {'blog': 'post-blog', 'faq': 'post-faq', 'press': 'press-summary'}.get(shape, 'post-news')
        h.append(f'<article class="{cls}">')
        cat = {'blog': 'Blog', 'faq': 'FAQ', 'press': 'Official summaries'}.get(shape, 'News')
        h.append(f'<p class="category"><a href="#">{cat}</a></p>')
        h.append(f'<h1 class="entry-title">{et}</h1>')
        h.append(f'<p class="entry-meta">By {html.escape(author)} &middot; <time datetime="{m["date"]}">{longdate(m["date"])}</time></p>')
        h.append(share)
        h.append('<div class="entry-content">')
        i = 0
        while i < len(bl):
            typ, val = bl[i]
            if typ == 'h3' and shape == 'faq':
                ans = []
                i += 1
                while i < len(bl) and bl[i][0] == 'p':
                    ans.append(f'<p>{inline_html(bl[i][1])}</p>')
                    i += 1
                h.append(f'<div class="faq-item"><h3 class="faq-q">{inline_html(val)}</h3>\n<div class="faq-a">{"".join(ans)}</div></div>')
                continue
            if typ == 'h2':
                h.append(f'<h2>{inline_html(val)}</h2>')
            elif typ == 'h3':
                h.append(f'<h3>{inline_html(val)}</h3>')
            elif typ == 'ul':
                h.append('<ul>' + ''.join(f'<li>{inline_html(x)}</li>' for x in val) + '</ul>')
            elif typ == 'p':
                h.append(f'<p>{inline_html(val)}</p>')
            i += 1
        h.append('</div>')
        if shape == 'press':
            h.append('<p class="press-note">Source documents: Commission press release and Official Journal. Contact: press office.</p>')
        h.append(share)
        if shape == 'blog':
            h.append('<nav class="post-nav"><a rel="prev" href="#">&laquo; Previous: Year-end checklist for export licence renewals</a> <a rel="next" href="#">Next: Why your screening software misses aliases &raquo;</a></nav>')
            h.append('<section class="you-might-like"><h3>You might also like</h3><ul>' + ''.join(f'<li><a href="#">{html.escape(x)}</a></li>' for x in related[:3]) + '</ul></section>')
            h.append(f'<section class="comments"><h3>{len(m["comments"])} Comments</h3>')
            for n, d, t in m['comments']:
                h.append(f'<div class="comment"><p class="comment-author">{html.escape(n)} <span class="comment-date">{html.escape(d)}</span></p><p>{html.escape(t)}</p><a class="reply" href="#">Reply</a></div>')
            h.append('</section>')
        h.append('</article>')
        if shape != 'press':
            h.append('<section id="respond" class="comment-form"><h3>Leave a Reply</h3><p>Your email address will not be published. Required fields are marked *</p><form><label>Comment *</label><textarea></textarea><label>Name *</label><input><label>Email *</label><input><label>Website</label><input><label><input type="checkbox"> Save my name, email, and website in this browser for the next time I comment.</label><button>Post Comment</button></form></section>')
        h.append('<div class="newsletter"><h3>Get our daily briefing</h3><form><input type="email" placeholder="Your email"><button>Subscribe</button></form></div>')
    h.append('</main>')
    h.append('<aside class="sidebar">')
    h.append('<section class="widget related"><h3>Related posts</h3><ul>' + ''.join(f'<li><a href="#">{html.escape(x)}</a></li>' for x in related) + '</ul></section>')
    h.append('<section class="widget trending"><h3>Trending</h3><ol>' + ''.join(f'<li><a href="#">{html.escape(x)}</a></li>' for x in trending) + '</ol></section>')
    h.append('<section class="widget ad"><p>Advertisement</p></section>')
    h.append('</aside>')
    h.append(f'<footer class="site-footer"><p>&copy; {m["date"][:4]} {html.escape(src)}. All rights reserved.</p><p><a href="/about/">About us</a> | <a href="/contact/">Contact</a> | <a href="/privacy/">Privacy policy</a> | <a href="/terms/">Terms of use</a> | <a href="/privacy/cookies/">Cookie settings</a></p></footer>')
    h.append('</body>\n</html>\n')
    return '\n'.join(h)

def article_words(m):
    text = m['body']
    text = re.sub(r'^@([^|]+)\|[^|]+\|', '', text, flags=re.M)
    return len(re.findall(r"[A-Za-z0-9][A-Za-z0-9'.,%$-]*", text))

def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    for name in sorted(os.listdir(SRC)):
        m = parse(os.path.join(SRC, name))
        ext = m['ext']
        fn = f"{m['slug']}.{ext}"
        text = {'md': write_md, 'txt': write_txt, 'html': write_html}[ext](m)
        open(os.path.join(OUT, fn), 'w', encoding='utf-8').write(text)
        print(f'{fn:70s} {article_words(m):4d} words')

if __name__ == '__main__':
    main()
