"""Page templates for the train-f HTML corpus files (news page, blog page, forum thread).

Every page carries the boilerplate a crawler would meet: cookie banner, navigation, search box, share buttons,
newsletter box, a related/trending sidebar about unrelated topics, a comment form and a footer.
"""
import html

NAV = ["Home", "World", "Business", "Tech", "Policy", "Markets", "Opinion", "Subscribe"]


def _head(title, date, site, url, description):
    t = html.escape(title)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{t} | {html.escape(site)}</title>
<meta name="date" content="{date}">
<meta name="description" content="{html.escape(description)}">
<meta property="og:title" content="{t}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{html.escape(site)}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{date}T09:00:00+00:00">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="/assets/css/site.min.css">
<script async src="/assets/js/analytics.js"></script>
</head>
<body>
<div id="cookie-consent" class="cookie-banner" role="dialog" aria-label="Cookie consent">
  <p>We and our partners use cookies to store and access information on your device, to measure traffic and to show personalised ads. Click "Accept" to agree or "Settings" to choose.</p>
  <button type="button" class="accept">Accept</button> <button type="button" class="settings">Settings</button> <a href="/cookies/">Cookie policy</a>
</div>
"""


def _masthead(site):
    items = "\n".join(f'    <li><a href="/{n.lower()}/">{n}</a></li>' for n in NAV)
    return f"""<header class="masthead">
  <a class="brand" href="/">{html.escape(site)}</a>
  <nav class="primary"><ul>
{items}
  </ul></nav>
  <form class="site-search" action="/search" method="get"><input type="search" name="q" placeholder="Search"><button>Go</button></form>
</header>
"""


SHARE = ('<div class="share-bar">Share this: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> '
         '<a href="#">WhatsApp</a> <a href="#">Email</a> <a href="#" class="copy-link">Copy link</a></div>')

NEWSLETTER = """<aside class="newsletter-box">
  <h3>Get the morning briefing</h3>
  <p>Our editors' picks, every weekday at 7 a.m. Free, unsubscribe any time.</p>
  <form action="/newsletter" method="post"><input type="email" name="email" placeholder="Your email address"><button>Sign up</button></form>
</aside>"""

COMMENT_FORM = """<section class="comments" id="respond">
  <h3>Leave a Reply</h3>
  <p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
  <form action="/wp-comments-post.php" method="post">
    <p><label>Comment *</label><textarea name="comment" rows="6"></textarea></p>
    <p><label>Name *</label><input name="author"></p>
    <p><label>Email *</label><input name="email"></p>
    <p><label>Website</label><input name="url"></p>
    <p><input type="checkbox" name="save"> Save my name, email, and website in this browser for the next time I comment.</p>
    <p><button type="submit">Post Comment</button></p>
  </form>
</section>"""


def _sidebar(related, trending):
    rel = "\n".join(f'    <li><a href="#">{html.escape(r)}</a></li>' for r in related)
    tre = "\n".join(f'    <li><a href="#">{html.escape(r)}</a></li>' for r in trending)
    return f"""<aside class="sidebar">
  <section class="related"><h3>Related</h3><ul>
{rel}
  </ul></section>
  <section class="trending"><h3>Trending</h3><ol>
{tre}
  </ol></section>
  <div class="ad-slot">Advertisement</div>
</aside>"""


def _footer(site):
    return f"""<footer class="site-footer">
  <ul><li><a href="/about/">About us</a></li><li><a href="/contact/">Contact</a></li><li><a href="/privacy/">Privacy</a></li><li><a href="/terms/">Terms</a></li><li><a href="/advertise/">Advertise</a></li></ul>
  <p>&copy; {html.escape(site)}. All rights reserved. Invented outlet used for evaluation.</p>
</footer>
</body>
</html>
"""


def news_page(*, title, date, site, url, kicker, byline, body, related, trending, comments=True, description=None):
    t = html.escape(title)
    out = [_head(title, date, site, url, description or title), _masthead(site)]
    out.append(f"""<div class="layout">
<main class="content">
<article class="story">
  <p class="kicker">{html.escape(kicker)}</p>
  <h1>{t}</h1>
  <p class="byline">{html.escape(byline)} &middot; <time datetime="{date}">{date}</time></p>
  {SHARE}
  <div class="story-body">
{body}
  </div>
  {SHARE}
</article>
{NEWSLETTER}
{COMMENT_FORM if comments else ''}
</main>
{_sidebar(related, trending)}
</div>
""")
    out.append(_footer(site))
    return "".join(out)


def blog_page(*, title, date, site, url, author, categories, tags, body, comments_html, prev_post, next_post,
              also_like, widgets):
    t = html.escape(title)
    cats = ", ".join(f'<a href="/category/{c.lower().replace(" ", "-")}/" rel="category tag">{html.escape(c)}</a>' for c in categories)
    tg = " ".join(f'<a href="/tag/{x.lower().replace(" ", "-")}/" rel="tag">{html.escape(x)}</a>' for x in tags)
    like = "\n".join(f'      <li><a href="#">{html.escape(x)}</a></li>' for x in also_like)
    wid = "\n".join(f'    <li><a href="#">{html.escape(x)}</a></li>' for x in widgets)
    out = [_head(title, date, site, url, title)]
    out.append(f"""<div id="page" class="site wp-site">
<header id="masthead" class="site-header">
  <p class="site-title"><a href="/" rel="home">{html.escape(site)}</a></p>
  <p class="site-description">Notes on Texas energy, land and the law</p>
  <nav id="site-navigation" class="main-navigation"><ul class="menu"><li><a href="/">Home</a></li><li><a href="/category/grid/">Grid</a></li><li><a href="/category/land/">Land</a></li><li><a href="/category/legislature/">Legislature</a></li><li><a href="/about/">About</a></li></ul></nav>
</header>
<div id="content" class="site-content">
<main id="main" class="site-main">
<article class="post type-post status-publish format-standard hentry">
  <header class="entry-header">
    <h1 class="entry-title">{t}</h1>
    <div class="entry-meta">Posted on <time class="entry-date published" datetime="{date}">{date}</time> by <span class="author vcard">{html.escape(author)}</span></div>
  </header>
  <div class="entry-content">
{body}
  </div>
  <footer class="entry-footer"><span class="cat-links">Posted in {cats}</span> <span class="tags-links">Tagged {tg}</span></footer>
  {SHARE}
</article>
<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous"><a href="#" rel="prev">&larr; {html.escape(prev_post)}</a></div><div class="nav-next"><a href="#" rel="next">{html.escape(next_post)} &rarr;</a></div></div></nav>
<section class="jp-relatedposts"><h3>You might also like</h3><ul>
{like}
</ul></section>
<div id="comments" class="comments-area">
{comments_html}
{COMMENT_FORM}
</div>
</main>
<aside id="secondary" class="widget-area">
  <section class="widget widget_search"><form role="search" action="/"><input type="search" name="s" placeholder="Search &hellip;"><button>Search</button></form></section>
  <section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>
{wid}
  </ul></section>
  <section class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul><li><a href="#">July 2021</a></li><li><a href="#">June 2021</a></li><li><a href="#">May 2021</a></li></ul></section>
</aside>
</div>
</div>
""")
    out.append(_footer(site))
    return "".join(out)


def forum_page(*, title, date, site, url, board, posts, related):
    """posts: list of (user, user_title, timestamp, html_body)."""
    t = html.escape(title)
    out = [_head(title, date, site, url, title), _masthead(site)]
    ps = []
    for i, (user, utitle, ts, body) in enumerate(posts, 1):
        ps.append(f"""  <div class="post" id="post-{i}">
    <div class="postauthor"><span class="username">{html.escape(user)}</span><span class="usertitle">{html.escape(utitle)}</span></div>
    <div class="postmeta">#{i} &middot; <time datetime="{ts}">{ts}</time></div>
    <div class="postbody">
{body}
    </div>
    <div class="postactions"><a href="#">Quote</a> <a href="#">Reply</a> <a href="#">Report</a> <span class="likes">Like</span></div>
  </div>""")
    rel = "\n".join(f'    <li><a href="#">{html.escape(r)}</a></li>' for r in related)
    posts_html = "\n".join(ps)
    out.append(f"""<div class="layout forum">
<main class="content">
  <nav class="breadcrumbs"><a href="/forum/">Forums</a> &rsaquo; <a href="#">{html.escape(board)}</a> &rsaquo; <span>{t}</span></nav>
  <h1 class="thread-title">{t}</h1>
  <p class="thread-meta">Thread started <time datetime="{date}">{date}</time> &middot; {len(posts)} posts</p>
{posts_html}
  <section class="quick-reply"><h3>Reply to this thread</h3><form action="/forum/reply" method="post"><textarea name="message" rows="5"></textarea><button>Post reply</button></form><p>You must be logged in to reply.</p></section>
</main>
<aside class="sidebar">
  <section class="related"><h3>Similar threads</h3><ul>
{rel}
  </ul></section>
  <div class="ad-slot">Advertisement</div>
</aside>
</div>
""")
    out.append(_footer(site))
    return "".join(out)
