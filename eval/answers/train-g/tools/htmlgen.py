"""Templates for the train-g HTML pages: news/FAQ/summary pages, a WordPress-style blog page and a forum thread.

Only boilerplate lives here; article bodies are in build_html.py.
"""
from html import escape

COOKIE = """<div id="cookie-consent" class="cookie-banner" role="dialog" aria-label="Cookie consent">
  <p>We use cookies and similar technologies to run this site, measure traffic and personalise ads. By clicking "Accept all" you agree to this. You can change your choice at any time under "Privacy settings".</p>
  <button type="button" class="accept">Accept all</button> <button type="button" class="reject">Reject non-essential</button> <a href="/privacy/">Privacy settings</a>
</div>"""

FOOTER = """<footer class="site-footer">
  <ul><li><a href="/about/">About us</a></li><li><a href="/contact/">Contact</a></li><li><a href="/privacy/">Privacy</a></li><li><a href="/terms/">Terms of use</a></li><li><a href="/advertise/">Advertise</a></li><li><a href="/corrections/">Corrections</a></li></ul>
  <p>&copy; {site}. All rights reserved. Invented outlet used for evaluation.</p>
</footer>"""

COMMENT_FORM = """<section class="comments" id="respond">
  <h3>Leave a Reply</h3>
  <p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
  <form action="/comments/post" method="post">
    <p><label>Comment *</label><textarea name="comment" rows="6"></textarea></p>
    <p><label>Name *</label><input name="author"></p>
    <p><label>Email *</label><input name="email"></p>
    <p><label>Website</label><input name="url"></p>
    <p><input type="checkbox" name="save"> Save my name, email, and website in this browser for the next time I comment.</p>
    <p><button type="submit">Post Comment</button></p>
  </form>
</section>"""


def head(title, site, date, url, description=None):
    t = escape(title)
    full = f"{t} | {escape(site)}"
    d = escape(description or title)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{full}</title>
<meta name="date" content="{date}">
<meta name="description" content="{d}">
<meta property="og:title" content="{t}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{escape(site)}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{date}T08:00:00+00:00">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="/static/css/main.min.css">
<script async src="/static/js/analytics.js"></script>
</head>"""


def share_bar(cls="share-top"):
    return f"""<div class="share-bar {cls}">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Reddit</a> <a href="#">Email</a> <a href="#" class="copy-link">Copy link</a> <a href="#" class="print">Print</a></div>"""


def nav(site, sections):
    items = "".join(f'<li><a href="/{s.lower().replace(" ", "-")}/">{escape(s)}</a></li>' for s in sections)
    return f"""<header class="masthead">
  <a class="logo" href="/">{escape(site)}</a>
  <nav class="main-nav"><ul>{items}</ul></nav>
  <form class="search" role="search" action="/search"><input type="search" name="q" placeholder="Search"><button>Go</button></form>
  <a class="subscribe-btn" href="/subscribe/">Subscribe</a>
</header>"""


def sidebar(related, trending):
    rel = "".join(f'<li><a href="#">{escape(r)}</a></li>' for r in related)
    tre = "".join(f'<li><a href="#">{escape(r)}</a></li>' for r in trending)
    return f"""<aside class="sidebar">
  <section class="newsletter-box"><h3>Get our morning briefing</h3><p>One email a day, free. Unsubscribe any time.</p><form><input type="email" placeholder="Your email"><button>Sign up</button></form></section>
  <section class="related"><h3>Related</h3><ul>{rel}</ul></section>
  <section class="trending"><h3>Trending</h3><ol>{tre}</ol></section>
  <div class="ad-slot">Advertisement</div>
</aside>"""


def news_page(*, title, site, date, url, byline, body, sections, related, trending, kicker=None,
              comments=True, page_class="article"):
    k = f'<p class="kicker">{escape(kicker)}</p>\n    ' if kicker else ""
    form = COMMENT_FORM if comments else ""
    return f"""{head(title, site, date, url)}
<body class="{page_class}">
{COOKIE}
{nav(site, sections)}
<div class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/{sections[0].lower().replace(' ', '-')}/">{escape(sections[0])}</a></div>
<main class="content">
  <article>
    {k}<h1>{escape(title)}</h1>
    <p class="byline">{byline} &middot; <time datetime="{date}">{date}</time></p>
    {share_bar()}
    <div class="article-body">
{body}
    </div>
    {share_bar("share-bottom")}
    <p class="tags">Topics: <a href="#">Sanctions</a> <a href="#">Trade</a> <a href="#">Compliance</a></p>
  </article>
  {form}
</main>
{sidebar(related, trending)}
{FOOTER.format(site=escape(site))}
</body>
</html>
"""


def wp_blog_page(*, title, site, tagline, date, url, author, body, categories, tags, prev_post, next_post,
                 also_like, comments, recent_posts, archives):
    cats = ", ".join(f'<a href="/category/{c.lower().replace(" ", "-")}/" rel="category tag">{escape(c)}</a>' for c in categories)
    tg = " ".join(f'<a href="/tag/{t.lower().replace(" ", "-")}/" rel="tag">{escape(t)}</a>' for t in tags)
    like = "".join(f"<li><a href=\"#\">{escape(x)}</a></li>" for x in also_like)
    recent = "".join(f"<li><a href=\"#\">{escape(x)}</a></li>" for x in recent_posts)
    arch = "".join(f"<li><a href=\"#\">{escape(x)}</a></li>" for x in archives)
    clist = []
    for c in comments:
        children = ""
        if c.get("reply"):
            r = c["reply"]
            children = f"""
    <ol class="children"><li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">{escape(r['who'])}</b> <span class="says">(author)</span> <time datetime="{r['dt']}">{r['when']}</time></footer><div class="comment-content"><p>{r['text']}</p></div></article></li></ol>"""
        clist.append(f"""  <li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">{escape(c['who'])}</b> <time datetime="{c['dt']}">{c['when']}</time></footer><div class="comment-content"><p>{c['text']}</p></div></article>{children}
  </li>""")
    clist = "\n".join(clist)
    short = title.split(":")[0]
    return f"""{head(title, site, date, url)}
<body class="post-template-default single single-post">
{COOKIE}
<div id="page" class="site wp-site">
<header id="masthead" class="site-header">
  <p class="site-title"><a href="/" rel="home">{escape(site)}</a></p>
  <p class="site-description">{escape(tagline)}</p>
  <nav id="site-navigation" class="main-navigation"><ul class="menu"><li><a href="/">Home</a></li><li><a href="/category/city-hall/">City Hall</a></li><li><a href="/category/farm-and-ag/">Farm &amp; Ag</a></li><li><a href="/category/base-news/">Base News</a></li><li><a href="/about/">About</a></li></ul></nav>
</header>
<div id="content" class="site-content">
<main id="main" class="site-main">
<article class="post type-post status-publish format-standard hentry">
  <header class="entry-header">
    <h1 class="entry-title">{escape(title)}</h1>
    <div class="entry-meta">Posted on <time class="entry-date published" datetime="{date}">{date}</time> by <span class="author vcard">{escape(author)}</span></div>
  </header>
  <div class="entry-content">
{body}
  </div>
  <footer class="entry-footer"><span class="cat-links">Posted in {cats}</span> <span class="tags-links">Tagged {tg}</span></footer>
  <div class="sharedaddy">Share this: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Email</a> <a href="#">Print</a></div>
</article>
<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous"><a href="#" rel="prev">&larr; {escape(prev_post)}</a></div><div class="nav-next"><a href="#" rel="next">{escape(next_post)} &rarr;</a></div></div></nav>
<section class="jp-relatedposts"><h3>You might also like</h3><ul>{like}</ul></section>
<div id="comments" class="comments-area">
<h2 class="comments-title">{len(comments)} thoughts on &ldquo;{escape(short)}&rdquo;</h2>
<ol class="comment-list">
{clist}
</ol>
{COMMENT_FORM}
</div>
</main>
<aside id="secondary" class="widget-area">
  <section class="widget widget_search"><form role="search" action="/"><input type="search" name="s" placeholder="Search &hellip;"><button>Search</button></form></section>
  <section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>{recent}</ul></section>
  <section class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul>{arch}</ul></section>
</aside>
</div>
</div>
{FOOTER.format(site=escape(site))}
</body>
</html>
"""


def forum_page(*, title, site, date, url, board, posts, similar):
    out = []
    for i, p in enumerate(posts, 1):
        role = f' <span class="role">{escape(p["role"])}</span>' if p.get("role") else ""
        out.append(f"""<div class="post" id="post-{i}">
  <div class="post-author"><b class="username">{escape(p['user'])}</b>{role}<br><span class="joined">Joined: {escape(p['joined'])}</span> &middot; <span class="postcount">Posts: {p['count']}</span></div>
  <div class="post-main"><div class="post-meta">#{i} &middot; <time datetime="{p['dt']}">{p['when']}</time></div>
  <div class="post-body">{p['text']}</div>
  <div class="post-actions"><a href="#">Quote</a> <a href="#">Reply</a> <a href="#">Report</a> <span class="likes">&#9829; {p.get('likes', 0)}</span></div></div>
</div>""")
    posts_html = "\n".join(out)
    sim = "".join(f"<li><a href=\"#\">{escape(s)}</a></li>" for s in similar)
    return f"""{head(title, site, date, url)}
<body class="forum thread-view">
{COOKIE}
<header class="forum-header">
  <a class="logo" href="/">{escape(site)}</a>
  <nav><ul><li><a href="/forums/">Forums</a></li><li><a href="/whats-new/">What's new</a></li><li><a href="/members/">Members</a></li><li><a href="/login/">Log in</a></li><li><a href="/register/">Register</a></li></ul></nav>
  <form class="search" action="/search"><input type="search" name="q" placeholder="Search forums"><button>Search</button></form>
</header>
<div class="breadcrumbs"><a href="/forums/">Forums</a> &rsaquo; <a href="#">Compliance &amp; Regulation</a> &rsaquo; <a href="#">{escape(board)}</a></div>
<main class="thread">
  <h1 class="thread-title">{escape(title)}</h1>
  <p class="thread-meta">Thread started <time datetime="{date}">{date}</time> &middot; {len(posts)} posts</p>
{posts_html}
  <section class="quick-reply"><h3>Quick reply</h3><p>You must log in or register to reply here.</p><textarea disabled></textarea><button disabled>Post reply</button></section>
  <section class="similar-threads"><h3>Similar threads</h3><ul>{sim}</ul></section>
</main>
<footer class="forum-footer"><p>Forum rules &middot; <a href="/terms/">Terms</a> &middot; <a href="/privacy/">Privacy</a> &middot; Nothing posted here is legal advice. &copy; {escape(site)}. Invented forum used for evaluation.</p></footer>
</body>
</html>
"""
