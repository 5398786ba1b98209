"""HTML page templates for the train-h corpus (news page, blog page, forum thread, press summary).

Each template wraps an article body (already HTML) in realistic boilerplate: cookie banner, navigation,
search, share buttons, newsletter box, Related/Trending sidebar on unrelated topics, comment form, footer.
"""
import html

COOKIE = """<div id="cookie-consent" class="cookie-banner" role="dialog" aria-label="Cookie consent">
  <p>We use cookies and similar technologies to run this site, measure traffic and personalise ads. By clicking "Accept all" you agree to this. You can change your choice at any time under "Privacy settings".</p>
  <button type="button" class="accept">Accept all</button> <button type="button" class="reject">Reject non-essential</button> <a href="/privacy/">Privacy settings</a>
</div>"""

SHARE = """<div class="share-bar share-{pos}">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Reddit</a> <a href="#">WhatsApp</a> <a href="#">Email</a> <a href="#" class="copy-link">Copy link</a></div>"""

COMMENT_FORM = """<section id="respond" class="comment-respond">
    <h3>Leave a Reply</h3>
    <p class="note">Your email address will not be published. Required fields are marked *</p>
    <form class="comment-form" action="/comments/post" method="post">
      <p><label>Comment *</label><textarea name="comment" rows="6"></textarea></p>
      <p><label>Name *</label><input name="author" type="text"></p>
      <p><label>Email *</label><input name="email" type="email"></p>
      <p><label>Website</label><input name="url" type="url"></p>
      <p><input type="checkbox" name="save"> Save my name, email, and website in this browser for the next time I comment.</p>
      <p><button type="submit">Post Comment</button></p>
    </form>
  </section>"""


def head(p):
    t = html.escape(p["title"])
    site = html.escape(p["site"])
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{t} | {site}</title>
<meta name="date" content="{p['date']}">
<meta name="description" content="{html.escape(p.get('description', p['title']))}">
<meta property="og:title" content="{t}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{site}">
<meta property="og:url" content="{p['url']}">
<meta property="article:published_time" content="{p['date']}T{p.get('time', '08:00')}:00+00:00">
<link rel="canonical" href="{p['url']}">
<link rel="stylesheet" href="/static/css/site.min.css">
<script async src="/static/js/analytics.js"></script>
</head>"""


def nav(p):
    items = "".join(f'<li><a href="/{x.lower().replace(" ", "-")}/">{x}</a></li>' for x in p["nav"])
    return f"""<header class="masthead">
  <a class="logo" href="/">{html.escape(p['site'])}</a>
  <nav class="main-nav"><ul>{items}</ul></nav>
  <form class="search" role="search" action="/search"><input type="search" name="q" placeholder="Search"><button>Go</button></form>
  <a class="subscribe-btn" href="/subscribe/">Subscribe</a>
</header>"""


def sidebar(p):
    rel = "".join(f'<li><a href="#">{html.escape(x)}</a></li>' for x in p["related"])
    tr = "".join(f'<li><a href="#">{html.escape(x)}</a></li>' for x in p["trending"])
    return f"""<aside class="sidebar">
  <section class="newsletter-box"><h3>Get our morning briefing</h3><p>One email a day, free. Unsubscribe any time.</p><form><input type="email" placeholder="Your email"><button>Sign up</button></form></section>
  <section class="related"><h3>Related</h3><ul>{rel}</ul></section>
  <section class="trending"><h3>Trending</h3><ol>{tr}</ol></section>
  <div class="ad-slot">Advertisement</div>
</aside>"""


def footer(p):
    return f"""<footer class="site-footer">
  <ul><li><a href="/about/">About us</a></li><li><a href="/contact/">Contact</a></li><li><a href="/privacy/">Privacy</a></li><li><a href="/terms/">Terms of use</a></li><li><a href="/advertise/">Advertise</a></li><li><a href="/corrections/">Corrections</a></li></ul>
  <p>&copy; {html.escape(p['site'])}. All rights reserved. Invented outlet used for evaluation.</p>
</footer>
</body>
</html>
"""


def news_page(p, comments=True):
    """Standard news / explainer / FAQ / press-summary page."""
    form = COMMENT_FORM if comments else ""
    return f"""{head(p)}
<body class="article">
{COOKIE}
{nav(p)}
<div class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="#">{html.escape(p['section'])}</a></div>
<main class="content">
  <article>
    <p class="kicker">{html.escape(p['kicker'])}</p>
    <h1>{html.escape(p['title'])}</h1>
    <p class="byline">{html.escape(p['byline'])} &middot; <time datetime="{p['date']}">{p['date_text']}</time></p>
    {SHARE.format(pos='top')}
    <div class="article-body">
{p['body']}
    </div>
    {SHARE.format(pos='bottom')}
    <p class="tags">Topics: {" ".join(f'<a href="#">{html.escape(t)}</a>' for t in p['tags'])}</p>
  </article>
  {form}
</main>
{sidebar(p)}
{footer(p)}"""


def blog_page(p):
    """WordPress-style blog page with entry meta, prev/next, teasers, reader comments, form, widgets."""
    comments = "".join(
        f"""
    <li class="comment" id="comment-{i}">
      <div class="comment-meta"><span class="comment-author">{html.escape(c[0])}</span> <span class="comment-date">{html.escape(c[1])}</span></div>
      <div class="comment-content"><p>{c[2]}</p></div>
      <a class="reply-link" href="#respond">Reply</a>
    </li>"""
        for i, c in enumerate(p["comments"], 1)
    )
    teasers = "".join(f'<li><a href="#">{html.escape(t)}</a></li>' for t in p["teasers"])
    return f"""{head(p)}
<body class="single single-post">
{COOKIE}
<header class="site-header">
  <p class="site-title"><a href="/">{html.escape(p['site'])}</a></p>
  <p class="site-description">{html.escape(p['tagline'])}</p>
  <nav class="menu"><ul>{"".join(f'<li><a href="#">{x}</a></li>' for x in p['nav'])}</ul></nav>
</header>
<div id="content" class="site-content">
<main id="main" class="site-main">
  <article class="post type-post status-publish">
    <header class="entry-header">
      <h1 class="entry-title">{html.escape(p['title'])}</h1>
      <div class="entry-meta">Posted on <time class="entry-date published" datetime="{p['date']}">{p['date_text']}</time> by <span class="author">{html.escape(p['byline'])}</span> in <a href="#" rel="category">{html.escape(p['section'])}</a></div>
    </header>
    {SHARE.format(pos='top')}
    <div class="entry-content">
{p['body']}
    </div>
    <footer class="entry-footer">Tags: {", ".join(f'<a href="#" rel="tag">{html.escape(t)}</a>' for t in p['tags'])}</footer>
    {SHARE.format(pos='bottom')}
  </article>
  <nav class="post-navigation"><div class="nav-previous"><a href="#">&larr; {html.escape(p['prev'])}</a></div><div class="nav-next"><a href="#">{html.escape(p['next'])} &rarr;</a></div></nav>
  <section class="related-posts"><h3>You might also like</h3><ul>{teasers}</ul></section>
  <section id="comments" class="comments-area">
    <h2 class="comments-title">{len(p['comments'])} thoughts on &ldquo;{html.escape(p['title'])}&rdquo;</h2>
    <ol class="comment-list">{comments}
    </ol>
  {COMMENT_FORM}
  </section>
</main>
<aside id="secondary" class="widget-area">
  <section class="widget widget_search"><form role="search" action="/"><input type="search" name="s" placeholder="Search &hellip;"><button>Search</button></form></section>
  <section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>{"".join(f'<li><a href="#">{html.escape(x)}</a></li>' for x in p['recent'])}</ul></section>
  <section class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul>{"".join(f'<li><a href="#">{x}</a></li>' for x in p['archives'])}</ul></section>
</aside>
</div>
{footer(p)}"""


def forum_page(p):
    """Forum thread: breadcrumbs, posts by users with @mentions, quick reply, similar threads."""
    posts = "".join(
        f"""
  <div class="post" id="post-{i}">
    <div class="post-author"><span class="username">{html.escape(u)}</span> <span class="user-title">{html.escape(role)}</span></div>
    <div class="post-meta"><time datetime="{ts}">{html.escape(ts_text)}</time> <a href="#post-{i}">#{i}</a></div>
    <div class="post-body">{body}</div>
    <div class="post-actions"><a href="#">Like</a> <a href="#">Quote</a> <a href="#">Report</a></div>
  </div>"""
        for i, (u, role, ts, ts_text, body) in enumerate(p["posts"], 1)
    )
    sim = "".join(f'<li><a href="#">{html.escape(x)}</a></li>' for x in p["similar"])
    return f"""{head(p)}
<body class="forum-thread">
{COOKIE}
{nav(p)}
<div class="breadcrumbs"><a href="/">Forums</a> &rsaquo; <a href="#">{html.escape(p['section'])}</a> &rsaquo; <a href="#">{html.escape(p['subsection'])}</a></div>
<main class="content">
  <h1 class="thread-title">{html.escape(p['title'])}</h1>
  <p class="thread-meta">Thread started by {html.escape(p['posts'][0][0])} &middot; <time datetime="{p['date']}">{p['date_text']}</time> &middot; {len(p['posts'])} posts</p>
  <div class="thread-posts">{posts}
  </div>
  <section class="quick-reply"><h3>Quick reply</h3><form><textarea name="message" rows="4" placeholder="Write your reply..."></textarea><button>Post reply</button></form><p>You must be logged in to reply.</p></section>
  <section class="similar-threads"><h3>Similar threads</h3><ul>{sim}</ul></section>
</main>
{sidebar(p)}
{footer(p)}"""
