"""Boilerplate helpers for the s- corpus (md front matter, html page chrome, txt layout)."""
import re

def md(title, date, slug, source, body):
    return f"---\ntitle: \"{title}\"\ndate: {date}\nurl: https://example.org/{slug}\nsource: {source}\n---\n\n# {title}\n\n{body.strip()}\n"

TEASERS = ["Ten sourdough mistakes beginners make", "Are e-bike batteries safe to charge overnight?",
           "The best hiking boots under $150", "Why egg prices keep swinging", "Pickleball courts: a city-by-city guide"]

def html(title, date, slug, site, body_html, comments=True, extra_side=""):
    related = "".join(f'<li><a href="/r/{i}">{t}</a></li>' for i, t in enumerate(TEASERS))
    form = ('<section id="respond"><h3>Leave a Reply</h3><p>Your email address will not be published. Required fields are marked *</p>'
            '<form><label>Comment *</label><textarea></textarea><label>Name *</label><input><label>Email *</label><input>'
            '<button>Post Comment</button></form></section>') if comments else ""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | {site}</title>
<meta name="date" content="{date}"><meta property="og:title" content="{title}">
<meta property="article:published_time" content="{date}T08:00:00Z">
<link rel="canonical" href="https://example.org/{slug}"></head>
<body>
<div class="cookie-banner">We use cookies to improve your experience and for analytics. <button>Accept all</button> <button>Manage preferences</button></div>
<header><a class="logo" href="/">{site}</a><nav><a href="/news">News</a> | <a href="/policy">Policy</a> | <a href="/markets">Markets</a> | <a href="/tech">Tech</a> | <a href="/subscribe">Subscribe</a></nav>
<form class="search"><input placeholder="Search"></form></header>
<main><article>
<h1>{title}</h1>
<p class="meta">Published <time datetime="{date}">{date}</time></p>
<div class="share">Share: Facebook | X | LinkedIn | Email</div>
{body_html.strip()}
<div class="share">Share this story: Facebook | X | LinkedIn | Email</div>
</article>
<aside class="newsletter"><h4>Get the morning briefing</h4><p>Sign up for our free daily newsletter.</p><input placeholder="Email address"><button>Sign up</button></aside>
<aside class="related"><h4>Related stories</h4><ul>{related}</ul>{extra_side}</aside>
{form}
</main>
<footer><p>&copy; 2026 {site}. All rights reserved.</p><p><a href="/privacy">Privacy</a> | <a href="/terms">Terms</a> | <a href="/contact">Contact us</a> | <a href="/ads">Advertise</a></p></footer>
</body></html>
"""

def p(text):
    return "\n".join(f"<p>{x.strip()}</p>" if not x.strip().startswith("<") else x.strip() for x in text.strip().split("\n\n"))

def txt(title, body, caption, reader_q, tip):
    return (f"{title}\n\n{body.strip()}\n\n{caption}\n\nReader question: {reader_q}\n\n"
            f"Our tip: {tip}\n\nLeave a Reply\nYour email address will not be published.\nName / Email / Comment\n")

def words(s):
    s = re.sub(r"<[^>]+>", " ", s)
    return len(s.split())
