"""Page templates for the train-d HTML corpus files (news page, WordPress-style blog, forum thread)."""
import html

SIDEBAR_TOPICS = [
    ("Ten budget laptops tested for battery life", "/reviews/budget-laptops"),
    ("How to brew better coffee at home", "/life/coffee-at-home"),
    ("The best hiking trails within two hours of the city", "/travel/hiking-trails"),
    ("Why your phone gets hot when charging", "/tech/phone-heat"),
    ("Mortgage rates: what to watch this quarter", "/money/mortgage-rates"),
]


def _sidebar():
    items = "\n".join(f'      <li><a href="{u}">{html.escape(t)}</a></li>' for t, u in SIDEBAR_TOPICS[:3])
    trend = "\n".join(f'      <li><a href="{u}">{html.escape(t)}</a></li>' for t, u in SIDEBAR_TOPICS[3:])
    return f"""  <aside class="sidebar">
    <section class="widget related"><h3>Related posts</h3><ul>
{items}
    </ul></section>
    <section class="widget trending"><h3>Trending</h3><ul>
{trend}
    </ul></section>
    <section class="widget ad"><p>Advertisement</p></section>
  </aside>"""


def _head(title, date, site, url, section):
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)} | {html.escape(site)}</title>
<meta name="date" content="{date}">
<meta name="description" content="{html.escape(title)}">
<meta property="og:title" content="{html.escape(title)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{html.escape(site)}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{date}T09:00:00+00:00">
<meta property="article:section" content="{section}">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="/assets/css/site.min.css">
</head>"""


COOKIE = """<div id="cookie-banner" class="cookie-banner" role="dialog" aria-label="Cookie consent">
  <p>We use cookies to personalise content and ads and to analyse our traffic. You can accept all cookies or manage your preferences.</p>
  <button type="button" class="btn-accept">Accept all</button> <button type="button" class="btn-reject">Reject non-essential</button> <a href="/privacy/">Privacy policy</a>
</div>"""


def _header(site, sections):
    lis = "\n".join(f'    <li><a href="/{s.lower()}/">{s}</a></li>' for s in sections)
    return f"""<header class="site-header">
  <a class="logo" href="/">{html.escape(site)}</a>
  <nav class="main-nav"><ul>
    <li><a href="/">Home</a></li>
{lis}
    <li><a href="/subscribe/">Subscribe</a></li>
  </ul></nav>
  <form class="search" action="/search" method="get"><input type="search" name="q" placeholder="Search"><button>Search</button></form>
</header>"""


SHARE = '<div class="share">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a> <a href="#">Copy link</a></div>'

NEWSLETTER = """<div class="newsletter-box">
    <h3>Get the morning briefing</h3>
    <p>One email a day with the stories that matter. No spam, unsubscribe at any time.</p>
    <form action="/newsletter" method="post"><input type="email" name="email" placeholder="Your email address"><button>Sign up</button></form>
  </div>"""


def _footer(site):
    return f"""<footer class="site-footer">
  <ul><li><a href="/about/">About us</a></li><li><a href="/contact/">Contact</a></li><li><a href="/privacy/">Privacy</a></li><li><a href="/terms/">Terms of use</a></li><li><a href="/advertise/">Advertise</a></li></ul>
  <p>&copy; {html.escape(site)}. All rights reserved. Content on this site is for information only and is not legal advice.</p>
</footer>
</body>
</html>
"""


def news_page(title, date, site, url, section, body_html, kicker=None):
    return f"""{_head(title, date, site, url, section)}
<body>
{COOKIE}
{_header(site, ["World", "Business", "Tech", "Policy", "Opinion"])}
<div class="layout">
<main class="content">
<article class="post">
  <p class="kicker">{html.escape(kicker or section)}</p>
  <h1>{html.escape(title)}</h1>
  <p class="meta">By {html.escape(site)} staff &middot; <time datetime="{date}">{date}</time></p>
  {SHARE}
  <div class="post-body">
{body_html}
  </div>
  {SHARE}
  {NEWSLETTER}
</article>
<section id="comments" class="comments">
  <h3>Leave a Reply</h3>
  <p>Your email address will not be published. Required fields are marked *</p>
  <form class="comment-form"><label>Comment *</label><textarea name="comment"></textarea><label>Name *</label><input name="author"><label>Email *</label><input name="email"><label>Website</label><input name="url"><button>Post Comment</button></form>
</section>
</main>
{_sidebar()}
</div>
{_footer(site)}"""


def blog_page(title, date, site, url, body_html, comments, teasers, prev_next):
    com = "\n".join(
        f"""    <li class="comment"><div class="comment-author"><b>{html.escape(a)}</b> <span class="says">says:</span></div>
      <div class="comment-meta"><time>{d}</time></div>
      <div class="comment-content"><p>{html.escape(t)}</p></div><a class="reply" href="#">Reply</a></li>"""
        for a, d, t in comments)
    tz = "\n".join(f'    <li><a href="#">{html.escape(t)}</a></li>' for t in teasers)
    return f"""{_head(title, date, site, url, "Blog")}
<body class="post-template-default single single-post wp-theme">
{COOKIE}
{_header(site, ["Blog", "Guides", "Newsletter", "About"])}
<div class="layout">
<main id="primary" class="site-main">
<article class="post type-post status-publish format-standard hentry">
  <header class="entry-header">
    <span class="cat-links"><a href="/category/sanctions/">Sanctions</a>, <a href="/category/compliance/">Compliance</a></span>
    <h1 class="entry-title">{html.escape(title)}</h1>
    <div class="entry-meta">Posted on <time class="entry-date published" datetime="{date}">{date}</time> by <span class="author">admin</span> &middot; <a href="#comments">{len(comments)} Comments</a></div>
  </header>
  {SHARE}
  <div class="entry-content">
{body_html}
  </div>
  <footer class="entry-footer"><span class="tags-links">Tagged <a href="#">sanctions</a>, <a href="#">OFAC</a>, <a href="#">compliance</a></span></footer>
</article>
<nav class="navigation post-navigation"><div class="nav-previous"><a href="#">&larr; {html.escape(prev_next[0])}</a></div><div class="nav-next"><a href="#">{html.escape(prev_next[1])} &rarr;</a></div></nav>
<section class="related-posts"><h3>You might also like</h3><ul>
{tz}
</ul></section>
{NEWSLETTER}
<div id="comments" class="comments-area">
  <h2 class="comments-title">{len(comments)} thoughts on &ldquo;{html.escape(title)}&rdquo;</h2>
  <ol class="comment-list">
{com}
  </ol>
  <div id="respond" class="comment-respond">
    <h3 class="comment-reply-title">Leave a Reply</h3>
    <p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
    <form class="comment-form"><p><label>Comment *</label><textarea name="comment"></textarea></p><p><label>Name *</label><input name="author"></p><p><label>Email *</label><input name="email"></p><p><label>Website</label><input name="url"></p><p><input type="checkbox"> Save my name, email, and website in this browser for the next time I comment.</p><p><button>Post Comment</button></p></form>
  </div>
</div>
</main>
<aside id="secondary" class="widget-area">
  <section class="widget widget_search"><form><input type="search" placeholder="Search &hellip;"><button>Search</button></form></section>
  <section class="widget widget_recent_entries"><h2>Recent Posts</h2><ul>{tz}</ul></section>
  <section class="widget widget_archive"><h2>Archives</h2><ul><li><a href="#">March 2025</a></li><li><a href="#">February 2025</a></li><li><a href="#">January 2025</a></li></ul></section>
  <section class="widget widget_categories"><h2>Categories</h2><ul><li><a href="#">Compliance</a></li><li><a href="#">Sanctions</a></li><li><a href="#">Uncategorized</a></li></ul></section>
</aside>
</div>
{_footer(site)}"""


def forum_page(title, date, site, url, board, posts):
    out = []
    for i, (user, when, role, text) in enumerate(posts, 1):
        paras = "\n".join(f"        <p>{p}</p>" for p in text.split("\n\n"))
        out.append(f"""    <div class="post" id="p{i}">
      <div class="postprofile"><b class="username">{html.escape(user)}</b><br><span class="rank">{html.escape(role)}</span></div>
      <div class="postbody">
        <p class="author">#{i} &raquo; <time>{when}</time></p>
        <div class="content">
{paras}
        </div>
        <div class="post-buttons"><a href="#">Quote</a> <a href="#">Report</a> <a href="#">Like</a></div>
      </div>
    </div>""")
    body = "\n".join(out)
    return f"""{_head(title, date, site, url, "Forum")}
<body class="forum">
{COOKIE}
<header class="site-header">
  <a class="logo" href="/">{html.escape(site)}</a>
  <nav class="main-nav"><ul><li><a href="/forum/">Board index</a></li><li><a href="/forum/{board.lower().replace(' ', '-')}/">{html.escape(board)}</a></li><li><a href="/faq/">FAQ</a></li><li><a href="/register/">Register</a></li><li><a href="/login/">Login</a></li></ul></nav>
</header>
<main class="forum-topic">
  <h1 class="topic-title">{html.escape(title)}</h1>
  <p class="topic-meta">Started <time datetime="{date}">{date}</time> &middot; {len(posts)} posts &middot; Board: {html.escape(board)}</p>
  <div class="pagination">Page <b>1</b> of 1</div>
{body}
  <div class="quick-reply"><h3>Post a reply</h3><p>You must be logged in to reply to this topic.</p><form><textarea name="message"></textarea><button>Submit</button></form></div>
</main>
<aside class="sidebar"><section class="widget"><h3>Similar topics</h3><ul><li><a href="#">Best budget NAS for a home office?</a></li><li><a href="#">Payroll software for a 12-person company</a></li><li><a href="#">Anyone else getting phishing mails from fake carriers?</a></li></ul></section></aside>
{_footer(site)}"""
