import os, re, html
from articles import A, BG, EXTRA, DEXTRA, NOTE, GLOSS
for a in A:
    ex = [(None, t) for t in DEXTRA.get(a['fn'], [])]
    if a['bg']: ex += [(None, BG[a['story']]), (None, EXTRA[a['story']])]
    elif a['story']=='X': ex += [(None, EXTRA['X'])]
    a['paras'] = a['paras'] + ex + [(None, NOTE)]
    if len(' '.join(x for p in a['paras'] for x in p if x).split()) < 300: a['paras'].insert(len(a['paras'])-1, (None, GLOSS[a['story']]))
    a['bg'] = False
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'corpus')
os.makedirs(OUT, exist_ok=True)
OUTLET = {'P': 'Skyline Aviation Desk', 'K': 'Kyiv Business Wire', 'B': 'Levant Ledger', 'N': 'Central America Monitor', 'X': 'Compliance Notebook'}
TEASERS = ["Ten budget travel apps compared", "Why coffee prices hit a record this spring", "Review: the best noise-cancelling headphones", "Five rules for a better home office"]
def slug(fn): return fn.rsplit('.',1)[0]
def md(a):
    out = ["---", f'title: "{a["title"]}"', f"date: {a['date']}", f"url: https://example.org/{slug(a['fn'])}", f"source: {OUTLET[a['story']]}", "---", "", f"# {a['title']}", "", f"*By staff, {OUTLET[a['story']]}*", ""]
    for h, t in a['paras']:
        if h: out += [f"## {h}", ""]
        out += [t, ""]
    if a['bg']: out += [BG[a['story']], ""]
    return "\n".join(out)
def txt(a):
    out = [a['title'], ""]
    for h, t in a['paras']:
        if h: out += [h, ""]
        out += [t, ""]
    if a['bg']: out += [BG[a['story']], ""]
    out += ["Our tip: " + TEASERS[len(a['fn']) % 4], "", "Leave a Reply", "Your email address will not be published."]
    return "\n".join(out)
def htmlpage(a):
    e = html.escape
    body = []
    for h, t in a['paras']:
        if h: body.append(f"<h2>{e(h)}</h2>")
        body.append(f"<p>{e(t)}</p>")
    if a['bg']: body.append(f"<p>{e(BG[a['story']])}</p>")
    kind = 'forum' if 'forum' in a['fn'] else 'blog' if 'blog' in a['fn'] else 'faq' if 'faq' in a['fn'] else 'article'
    comments = ""
    if kind in ('blog', 'article'):
        comments = '<section class="comments"><h3>Leave a Reply</h3><form><textarea name="comment"></textarea><input name="author" placeholder="Name*"><input name="email" placeholder="Email*"><button>Post Comment</button></form></section>'
    if kind == 'forum':
        comments = '<div class="forum-reply"><textarea placeholder="Write a reply..."></textarea><button>Reply</button></div>'
    teasers = "".join(f"<li><a href='https://example.org/{i}'>{e(t)}</a></li>" for i, t in enumerate(TEASERS))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{e(a['title'])}</title>
<meta name="date" content="{a['date']}"><meta property="og:title" content="{e(a['title'])}">
<meta property="article:published_time" content="{a['date']}"><link rel="canonical" href="https://example.org/{slug(a['fn'])}"></head>
<body><div class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button> <button>Manage</button></div>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/business">Business</a> | <a href="/travel">Travel</a> | <a href="/{kind}">{kind.title()}</a></nav>
<main><article class="{kind}"><h1>{e(a['title'])}</h1><p class="meta">{OUTLET[a['story']]} &middot; <time datetime="{a['date']}">{a['date']}</time></p>
<div class="share">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>
{chr(10).join(body)}
</article>{comments}</main>
<aside><div class="newsletter"><h3>Get our morning briefing</h3><input placeholder="Your email"><button>Subscribe</button></div>
<h3>Related stories</h3><ul>{teasers}</ul></aside>
<footer>&copy; 2025 {OUTLET[a['story']]}. <a href="/privacy">Privacy</a> | <a href="/terms">Terms</a> | <a href="/contact">Contact</a></footer></body></html>
"""
def words(a):
    t = " ".join(x for p in a['paras'] for x in p if x) + (" " + BG[a['story']] if a['bg'] else "")
    return len(t.split())
if __name__ == '__main__':
    for a in A:
        ext = a['fn'].rsplit('.',1)[1]
        s = {'md': md, 'txt': txt, 'html': htmlpage}[ext](a)
        open(os.path.join(OUT, a['fn']), 'w').write(s)
        print(a['fn'], words(a))
    from collections import Counter
    print(len(A), Counter(a['fn'].rsplit('.',1)[1] for a in A))
