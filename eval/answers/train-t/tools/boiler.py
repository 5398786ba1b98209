"""Layout helpers: md front matter, html page chrome, txt layout.

An article is a dict: file, title, date (YYYY-MM-DD), source, byline, kind
(news|blog|forum|faq|summary|press), body (list of paragraphs; '## X' = subhead),
optional comments [(name, date, text)], optional posts [(user, date, text)].
"""
import datetime
import html as H

RELATED = [
    ("City council approves new bike lanes downtown", "transport"),
    ("Five budget laptops tested for battery life", "tech"),
    ("Heatwave pushes reservoir levels to a ten-year low", "weather"),
    ("Local bakery wins national sourdough prize", "food"),
    ("Why container freight rates keep swinging", "markets"),
    ("The best hiking trails within an hour of the city", "travel"),
    ("Smartphone makers bet on foldables again", "tech"),
    ("Minor league club names new head coach", "sport"),
]


def _weekday(d):
    return datetime.date.fromisoformat(d).strftime("%A, %B %-d, %Y")


def slug(a):
    return a["file"].rsplit(".", 1)[0]


def render_md(a):
    out = ["---", f'title: "{a["title"]}"', f"date: {a['date']}",
           f"url: https://example.org/{a['section']}/{slug(a)}", f"source: {a['source']}", "---", "",
           f"# {a['title']}", "", f"*{a['byline']}*", ""]
    for p in a["body"]:
        out.append(p if not p.startswith("## ") else p)
        out.append("")
    for (n, d, t) in a.get("comments", []):
        out += [f"**{n}** ({d}): {t}", ""]
    return "\n".join(out).rstrip() + "\n"


def render_txt(a):
    out = [a["title"].upper(), "", ]
    first = True
    for p in a["body"]:
        if p.startswith("## "):
            out += [p[3:].upper(), ""]
        elif first:
            out += [f"{a['source']}, {a['place']}, {_weekday(a['date'])}. {p}", ""]
            first = False
        else:
            out += [p, ""]
    for (u, d, t) in a.get("posts", []):
        out += [f"{u} wrote on {d}:", t, ""]
    if a.get("photo"):
        out += [f"[Photo] {a['photo']} | Source: {a['source']}", ""]
    if a["kind"] in ("news",):
        out += ["---", "Our tip: " + a.get("tip", "Ten easy ways to cut your home energy bill this winter."), "",
                "Leave a Reply", "Your email address will not be published. Required fields are marked *", ""]
        for (n, d, t) in a.get("comments", []):
            out += [f"{n} ({d}): {t}", ""]
    return "\n".join(out).rstrip() + "\n"


def render_html(a, related_offset=0):
    e = H.escape
    rel = RELATED[related_offset % 8:] + RELATED[:related_offset % 8]
    parts = []
    for p in a["body"]:
        if p.startswith("## "):
            tag = "h3" if a["kind"] == "faq" else "h2"
            parts.append(f"<{tag}>{e(p[3:])}</{tag}>")
        else:
            parts.append(f"<p>{e(p)}</p>")
    posts = ""
    if a.get("posts"):
        items = []
        for i, (u, d, t) in enumerate(a["posts"], 1):
            items.append(f'<div class="post" id="post-{i}"><div class="post-meta"><span class="user">{e(u)}</span> '
                         f'<time datetime="{d}">{e(d)}</time> <span class="postno">#{i}</span></div>'
                         f'<div class="post-body"><p>{e(t)}</p></div><div class="post-actions"><a href="#">Reply</a> '
                         f'<a href="#">Quote</a> <a href="#">Report</a></div></div>')
        posts = '<section class="thread">' + "\n".join(items) + "</section>"
    comments = ""
    if a.get("comments"):
        cs = [f'<li class="comment"><b>{e(n)}</b> <time>{e(d)}</time><p>{e(t)}</p><a href="#">Reply</a></li>'
              for (n, d, t) in a["comments"]]
        comments = f'<section class="comments"><h3>{len(cs)} Comments</h3><ol>' + "".join(cs) + "</ol></section>"
    reply = "" if a["kind"] in ("forum", "faq", "summary", "press") else (
        '<section class="respond"><h3>Leave a Reply</h3><p>Your email address will not be published. Required fields '
        'are marked *</p><form><label>Comment *</label><textarea></textarea><label>Name *</label><input>'
        '<label>Email *</label><input><button>Post Comment</button></form></section>')
    prevnext = ('<nav class="post-nav"><a href="#">&laquo; Previous post: Notes from a customs seminar</a> '
                '<a href="#">Next post: What a 50 percent rule really means &raquo;</a></nav>') if a["kind"] == "blog" else ""
    related = "".join(f'<li><a href="https://example.org/{c}/">{e(t)}</a></li>' for t, c in rel[:4])
    url = f"https://example.org/{a['section']}/{slug(a)}"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{e(a['title'])} | {e(a['source'])}</title>
<meta name="date" content="{a['date']}">
<meta name="description" content="{e(a['title'])}">
<meta property="og:title" content="{e(a['title'])}">
<meta property="article:published_time" content="{a['date']}T09:00:00Z">
<link rel="canonical" href="{url}">
</head>
<body>
<div class="cookie-banner">We use cookies to improve your experience and for analytics. <button>Accept all</button> <button>Manage preferences</button></div>
<header class="site-header"><a class="logo" href="https://example.org/">{e(a['source'])}</a>
<nav><a href="#">Home</a> <a href="#">World</a> <a href="#">Business</a> <a href="#">Markets</a> <a href="#">Compliance</a> <a href="#">Opinion</a> <form class="search"><input placeholder="Search"></form> <a href="#">Subscribe</a> <a href="#">Sign in</a></nav></header>
<main>
<article>
<div class="breadcrumbs"><a href="#">Home</a> &rsaquo; <a href="#">{e(a['section'].title())}</a></div>
<h1>{e(a['title'])}</h1>
<div class="byline">{e(a['byline'])} &middot; <time datetime="{a['date']}">{_weekday(a['date'])}</time></div>
<div class="share">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a> <a href="#">Copy link</a></div>
{chr(10).join(parts)}
{posts}
<div class="share bottom">Share this: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">WhatsApp</a></div>
{prevnext}
</article>
{comments}
{reply}
</main>
<aside class="sidebar"><div class="newsletter"><h4>Get the morning briefing</h4><p>Our free newsletter, every weekday at 7am.</p><input placeholder="Your email"><button>Sign up</button></div>
<div class="related"><h4>Related stories</h4><ul>{related}</ul></div><div class="ad">Advertisement</div></aside>
<footer><p>&copy; 2025 {e(a['source'])}. All rights reserved.</p><a href="#">About us</a> <a href="#">Contact</a> <a href="#">Privacy policy</a> <a href="#">Cookie settings</a> <a href="#">Terms of use</a></footer>
</body>
</html>
"""
