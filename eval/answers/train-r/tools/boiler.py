"""Boilerplate wrappers for the r- corpus (html pages, txt pages, md front matter)."""
import html as _h

def md(title, date, slug, outlet, byline, body):
    return (f"---\ntitle: \"{title}\"\ndate: {date}\nurl: https://example.org/{slug}\nsource: {outlet}\n---\n\n"
            f"# {title}\n\n*{byline}*\n\n{body.strip()}\n")

def html(title, date, weekday, outlet, body_html, related, comments=True, desc=""):
    rel = "\n".join(f'        <li><a href="/stories/{i}">{_h.escape(r)}</a></li>' for i, r in enumerate(related, 1))
    com = """
    <section id="comments" class="comment-respond">
      <h3>Leave a Reply</h3>
      <p class="note">Your email address will not be published. Required fields are marked *</p>
      <form action="/wp-comments-post.php" method="post">
        <label for="comment">Comment *</label><textarea id="comment" name="comment"></textarea>
        <label for="author">Name *</label><input id="author" name="author" type="text">
        <label for="email">Email *</label><input id="email" name="email" type="email">
        <input type="checkbox" id="save-info"> <label for="save-info">Save my name and email in this browser for the next time I comment.</label>
        <button type="submit">Post Comment</button>
      </form>
    </section>""" if comments else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{_h.escape(title)} | {outlet}</title>
  <meta name="date" content="{date}">
  <meta name="description" content="{_h.escape(desc or title)}">
  <meta property="og:title" content="{_h.escape(title)}">
  <meta property="article:published_time" content="{date}T09:00:00Z">
  <link rel="canonical" href="https://example.org/{date[:4]}/{date[5:7]}/article">
</head>
<body>
  <div id="cookie-banner" class="cookie">We use cookies to improve your experience and to show relevant ads. <button>Accept all</button> <button>Manage preferences</button></div>
  <header class="site-header">
    <a class="logo" href="/">{outlet}</a>
    <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/compliance">Compliance</a></li><li><a href="/opinion">Opinion</a></li><li><a href="/subscribe">Subscribe</a></li></ul>
    <form class="search" action="/search"><input type="search" name="q" placeholder="Search"><button>Go</button></form></nav>
  </header>
  <main>
    <article>
      <h1>{_h.escape(title)}</h1>
      <p class="meta">Published <time datetime="{date}">{weekday}, {date}</time></p>
      <div class="share">Share: <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a> <a href="#">Copy link</a></div>
{body_html}
    </article>
    <div class="ad-slot">Advertisement</div>
    <aside class="related">
      <h2>Related stories</h2>
      <ul>
{rel}
      </ul>
    </aside>
    <aside class="newsletter"><h2>Get the morning briefing</h2><p>Sign up for our free daily newsletter.</p><input type="email" placeholder="you@example.com"><button>Sign up</button></aside>{com}
  </main>
  <footer><p>&copy; {date[:4]} {outlet}. All rights reserved.</p><p><a href="/privacy">Privacy policy</a> | <a href="/terms">Terms of use</a> | <a href="/contact">Contact us</a> | <a href="/ads">Advertise</a></p></footer>
</body>
</html>
"""

def txt(title, dateline, photo, body, teaser, comments):
    out = [title, "", dateline.strip(), ""]
    if photo:
        out += [photo, ""]
    out += [body.strip(), "", "---", "", "Our tip: " + teaser, ""]
    if comments:
        out += ["Leave a Reply", ""]
        for who, when, what in comments:
            out += [f"{who} on {when}:", what, ""]
    return "\n".join(out).rstrip() + "\n"
