"""Boilerplate for the validation-e HTML pages (news, press release, FAQ, blog, forum)."""
import html

NAV = ["Home", "World", "Business", "Tech", "Policy", "Markets", "Opinion", "Subscribe"]


def esc(s):
    return html.escape(s, quote=True)


def head(title, date, url, site, section="Business", desc=None):
    desc = desc or title
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | {esc(site)}</title>
<meta name="date" content="{date}">
<meta name="description" content="{esc(desc)}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{esc(site)}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{date}T08:30:00+00:00">
<meta property="article:section" content="{section}">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="/assets/css/main.min.css">
<script async src="/assets/js/analytics.js"></script>
</head>
<body>
<div id="cookie-consent" class="cookie-banner" role="dialog" aria-label="Cookie consent">
  <p>We and our partners use cookies to store and access information on your device, to measure traffic and to show personalised ads. Click "Accept" to agree or "Settings" to choose.</p>
  <button type="button" class="accept">Accept</button> <button type="button" class="settings">Settings</button> <a href="/cookies/">Cookie policy</a>
</div>
<header class="masthead">
  <a class="brand" href="/">{esc(site)}</a>
  <nav class="primary"><ul>
""" + "".join(f'    <li><a href="/{n.lower()}/">{n}</a></li>\n' for n in NAV) + """  </ul></nav>
  <form class="site-search" action="/search" method="get"><input type="search" name="q" placeholder="Search"><button>Go</button></form>
</header>
"""


SHARE = '<div class="share-bar">Share this: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">WhatsApp</a> <a href="#">Email</a></div>'

NEWSLETTER = """<aside class="newsletter">
  <h3>Sign up for the Daily Brief</h3>
  <p>The day's top stories in your inbox every morning. Free, and you can unsubscribe at any time.</p>
  <form action="/newsletter/subscribe" method="post"><input type="email" name="email" placeholder="you@example.com"><button>Subscribe</button></form>
</aside>"""

COMMENT_FORM = """<section id="respond" class="comment-respond">
  <h3>Leave a Reply</h3>
  <p>Your email address will not be published. Required fields are marked *</p>
  <form class="comment-form"><label>Comment *</label><textarea name="comment" rows="6"></textarea><label>Name *</label><input name="author"><label>Email *</label><input name="email"><label>Website</label><input name="url"><label><input type="checkbox"> Save my name, email, and website in this browser for the next time I comment.</label><button>Post Comment</button></form>
</section>"""


def sidebar(teasers, trending):
    li = "".join(f'<li><a href="/{i}">{esc(t)}</a></li>' for i, t in enumerate(teasers))
    tr = "".join(f'<li><a href="/t/{i}">{esc(t)}</a></li>' for i, t in enumerate(trending))
    return f"""<aside class="sidebar">
  <section class="widget related"><h3>Related</h3><ul>{li}</ul></section>
  <section class="widget trending"><h3>Trending now</h3><ul>{tr}</ul></section>
  <section class="widget ad"><p>Advertisement</p></section>
</aside>"""


def footer(site):
    return f"""<footer class="site-footer">
  <ul><li><a href="/about/">About</a></li><li><a href="/contact/">Contact</a></li><li><a href="/privacy/">Privacy</a></li><li><a href="/terms/">Terms</a></li><li><a href="/careers/">Careers</a></li></ul>
  <p>&copy; {esc(site)}. All rights reserved. Nothing on this site is legal or investment advice.</p>
</footer>
</body>
</html>
"""


def article_page(title, date, url, site, kicker, byline, body, teasers, trending, section="Business", comments=True, extra_after=""):
    return (head(title, date, url, site, section) +
            f"""<div class="layout">
<main class="content">
<article class="story">
  <p class="kicker">{esc(kicker)}</p>
  <h1>{esc(title)}</h1>
  <p class="byline">{esc(byline)} &middot; <time datetime="{date}">{date}</time></p>
  {SHARE}
  <div class="story-body">
{body}
  </div>
  {SHARE}
  {NEWSLETTER}
</article>
{extra_after}
{COMMENT_FORM if comments else ''}
</main>
{sidebar(teasers, trending)}
</div>
""" + footer(site))
