#!/usr/bin/env python3
"""Build corpus/ from tools/src/*.src.

Source format: header lines `key: value` (name, title, date, outlet, place, shape, teaser, related, trending),
a blank line, then the body. Body conventions:
  ## Heading          -> heading
  - item              -> list item
  CAPTION: text       -> photo caption
  POST user | when | text      -> forum post (shape forum)
  COMMENT user | when | text   -> reader comment (shape blog)
  Q: question / A: answer      -> FAQ entry (shape faq)
Everything else is a paragraph (one paragraph per line).
"""
import html, os, re, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
OUT = os.path.join(os.path.dirname(HERE), "corpus")

def parse(path):
    text = open(path, encoding="utf-8").read()
    head, body = text.split("\n\n", 1)
    meta = {}
    for line in head.splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = v.strip()
    return meta, [l.rstrip() for l in body.strip().splitlines() if l.strip()]

def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")

def human(d):
    dt = datetime.date.fromisoformat(d)
    return dt.strftime("%B ") + str(dt.day) + dt.strftime(", %Y")

def url(meta):
    d = meta["date"].replace("-", "/")
    return f"https://example.org/{slug(meta['outlet'])}/{d}/{meta['name'].split('.')[0]}"

def md(meta, lines):
    out = ["---", f'title: "{meta["title"]}"', f"date: {meta['date']}", f"url: {url(meta)}",
           f'source: "{meta["outlet"]}"', "---", "", f"# {meta['title']}", ""]
    for l in lines:
        if l.startswith("CAPTION:"):
            out += [f"*{l[8:].strip()}*", ""]
        elif l.startswith("- "):
            out.append(l)
        elif l.startswith("Q: "):
            out += [f"**{l[3:]}**", ""]
        elif l.startswith("A: "):
            out += [l[3:], ""]
        else:
            if out and out[-1].startswith("- "):
                out.append("")
            out += [l, ""]
    return "\n".join(out).rstrip() + "\n"

def txt(meta, lines):
    out = [meta["title"], ""]
    for l in lines:
        if l.startswith("CAPTION:"):
            c = l[8:].strip()
            out += [c, f"{c} | Source: {meta['outlet']}", ""]
        elif l.startswith("## "):
            out += [l[3:], ""]
        elif l.startswith("- "):
            out.append(l)
        elif l.startswith("POST "):
            user, when, t = [x.strip() for x in l[5:].split("|", 2)]
            out += [f"{user} wrote ({when}):", t, ""]
        else:
            if out and out[-1].startswith("- "):
                out.append("")
            out += [l, ""]
    out += ["Our tip", "", meta.get("teaser", "Five easy weeknight soups"), "", "Leave a Reply", "",
            "Your email address will not be published. Required fields are marked *", "", "Comment *", "Name *",
            "Email *", "Website", "", "Save my name, email, and website in this browser for the next time I comment.",
            "", "Post Comment"]
    return "\n".join(out) + "\n"

def esc(s):
    return html.escape(s, quote=False)

def html_page(meta, lines):
    shape = meta.get("shape", "news")
    t = esc(meta["title"]); o = esc(meta["outlet"]); u = url(meta); d = meta["date"]
    body = []
    inlist = False
    faq = False
    for l in lines:
        if l.startswith("- "):
            if not inlist:
                body.append("<ul>"); inlist = True
            body.append(f"  <li>{esc(l[2:])}</li>"); continue
        if inlist:
            body.append("</ul>"); inlist = False
        if l.startswith("## "):
            body.append(f"<h2>{esc(l[3:])}</h2>")
        elif l.startswith("CAPTION:"):
            body.append(f'<figure><img src="/img/{slug(l[8:])[:40]}.jpg" alt=""><figcaption>{esc(l[8:].strip())}</figcaption></figure>')
        elif l.startswith("Q: "):
            body.append(f'<div class="faq-item"><h3 class="faq-q">{esc(l[3:])}</h3>')
        elif l.startswith("A: "):
            body.append(f'<div class="faq-a"><p>{esc(l[3:])}</p></div></div>')
        elif l.startswith("POST "):
            user, when, tx = [x.strip() for x in l[5:].split("|", 2)]
            body.append(f'<div class="post"><div class="post-meta"><span class="username">{esc(user)}</span> <span class="post-date">{esc(when)}</span></div><div class="post-body"><p>{esc(tx)}</p></div><div class="post-actions"><a href="#">Quote</a> <a href="#">Like</a> <a href="#">Report</a></div></div>')
        elif l.startswith("COMMENT "):
            user, when, tx = [x.strip() for x in l[8:].split("|", 2)]
            body.append(f'<li class="comment"><div class="comment-author"><b>{esc(user)}</b> says:</div><div class="comment-date">{esc(when)}</div><div class="comment-content"><p>{esc(tx)}</p></div><a class="reply" href="#">Reply</a></li>')
        else:
            body.append(f"<p>{esc(l)}</p>")
    if inlist:
        body.append("</ul>")
    main_body = [b for b in body if not b.startswith('<li class="comment"')]
    comments = [b for b in body if b.startswith('<li class="comment"')]
    related = [esc(x) for x in meta.get("related", "How to pick a standing desk;Ten podcasts for the commute").split(";")]
    trending = [esc(x) for x in meta.get("trending", "The best budget earbuds of the year;Why everyone is talking about sourdough again;Five hiking trails near the city").split(";")]
    share = '<div class="share-bar">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Reddit</a> <a href="#">WhatsApp</a> <a href="#">Email</a> <a href="#" class="copy-link">Copy link</a></div>'
    head = f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{t} | {o}</title>
<meta name="date" content="{d}">
<meta name="description" content="{t}">
<meta property="og:title" content="{t}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{o}">
<meta property="og:url" content="{u}">
<meta property="article:published_time" content="{d}T09:00:00+00:00">
<link rel="canonical" href="{u}">
<link rel="stylesheet" href="/static/css/main.css">
<script async src="/static/js/tracking.js"></script>
</head>
<body class="{shape}">
<div id="cookie-notice" class="cookie-banner" role="dialog" aria-label="Cookie notice">
  <p>This website uses cookies to improve your experience, analyse traffic and show personalised advertising. Click "Accept" to consent or "Manage" to choose.</p>
  <button type="button">Accept</button> <button type="button">Reject all</button> <a href="/cookies/">Manage</a>
</div>
<header class="site-header">
  <a class="brand" href="/">{o}</a>
  <nav class="primary-nav"><ul><li><a href="/">Home</a></li><li><a href="/news/">News</a></li><li><a href="/policy/">Policy</a></li><li><a href="/markets/">Markets</a></li><li><a href="/tech/">Tech</a></li><li><a href="/about/">About</a></li></ul></nav>
  <form class="search" action="/search"><input type="search" name="s" placeholder="Search..."><button>Search</button></form>
</header>
<main id="content">
'''
    if shape == "forum":
        mid = f'''<div class="forum-breadcrumbs"><a href="/forum/">Forums</a> &rsaquo; <a href="/forum/compliance/">Trade compliance</a> &rsaquo; Thread</div>
<section class="thread">
<h1 class="thread-title">{t}</h1>
<p class="thread-info">Started <time datetime="{d}">{human(d)}</time> &middot; <a href="#">Watch thread</a></p>
{chr(10).join(main_body)}
<div class="pagination">Page 1 of 1</div>
</section>
<section class="quick-reply"><h3>Reply to thread</h3><p>You must log in or register to reply here.</p><form><textarea name="message" rows="5"></textarea><button>Post reply</button></form></section>
'''
    else:
        kicker = {"blog": "Blog", "faq": "FAQ", "press": "Press release summary"}.get(shape, "News")
        mid = f'''<article class="post-{shape}">
<p class="category"><a href="#">{kicker}</a></p>
<h1 class="entry-title">{t}</h1>
<p class="entry-meta">By {o} staff &middot; <time datetime="{d}">{human(d)}</time></p>
{share}
<div class="entry-content">
{chr(10).join(main_body)}
</div>
{share}
</article>
'''
        if shape == "blog":
            mid += '''<nav class="post-navigation"><a href="#" rel="prev">&larr; Previous post: Our favourite spreadsheet shortcuts</a> <a href="#" rel="next">Next post: Notes from a logistics conference &rarr;</a></nav>
<section class="you-might-like"><h3>You might also like</h3><ul><li><a href="#">A beginner's guide to container gardening</a></li><li><a href="#">What we learned from a week without email</a></li></ul></section>
'''
            mid += f'<section id="comments"><h3>{len(comments)} Responses</h3><ol class="comment-list">\n' + "\n".join(comments) + "\n</ol></section>\n"
        mid += '''<section id="respond" class="comment-respond">
<h3>Leave a Reply</h3>
<p>Your email address will not be published. Required fields are marked *</p>
<form action="/comments" method="post"><p><label>Comment *</label><textarea rows="6"></textarea></p><p><label>Name *</label><input type="text"></p><p><label>Email *</label><input type="email"></p><p><label>Website</label><input type="url"></p><p><input type="checkbox"> Save my name, email, and website in this browser for the next time I comment.</p><p><button>Post Comment</button></p></form>
</section>
'''
    tail = f'''</main>
<aside class="sidebar">
<section class="newsletter"><h3>Newsletter</h3><p>Get the week's top stories in your inbox every Friday. No spam, unsubscribe any time.</p><form><input type="email" placeholder="you@example.com"><button>Subscribe</button></form></section>
<section class="related-posts"><h3>Related posts</h3><ul>{"".join(f'<li><a href="#">{x}</a></li>' for x in related)}</ul></section>
<section class="trending"><h3>Trending</h3><ol>{"".join(f'<li><a href="#">{x}</a></li>' for x in trending)}</ol></section>
<div class="ad">Advertisement</div>
</aside>
<footer class="site-footer"><ul><li><a href="/about/">About</a></li><li><a href="/contact/">Contact</a></li><li><a href="/privacy/">Privacy policy</a></li><li><a href="/terms/">Terms</a></li><li><a href="/cookies/">Cookie settings</a></li></ul><p>&copy; {o}. All rights reserved. Invented outlet used for evaluation.</p></footer>
</body>
</html>
'''
    return head + mid + tail

def main():
    os.makedirs(OUT, exist_ok=True)
    n = 0
    for f in sorted(os.listdir(SRC)):
        if not f.endswith(".src"):
            continue
        meta, lines = parse(os.path.join(SRC, f))
        name = meta["name"]
        ext = name.rsplit(".", 1)[1]
        content = {"md": md, "txt": txt, "html": html_page}[ext](meta, lines)
        open(os.path.join(OUT, name), "w", encoding="utf-8").write(content)
        n += 1
    print(f"wrote {n} files")

if __name__ == "__main__":
    main()
