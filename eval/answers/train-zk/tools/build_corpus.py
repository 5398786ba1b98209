"""Render tools/articles.py into ../corpus/ (10 .md, 10 .html, 10 .txt) and print word counts."""
import datetime
import html
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from articles import ARTICLES, filename  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "corpus")

RELATED = [
    ("Five things to know before renewing a home insurance policy", "/lifestyle/home-insurance-renewal"),
    ("Why the price of cacao keeps climbing", "/markets/cacao-prices"),
    ("A weekend in Antigua Guatemala on a budget", "/travel/antigua-weekend"),
    ("How container shipping rates are set", "/explainers/container-rates"),
    ("The best budget laptops for students this year", "/tech/budget-laptops"),
]


def day(a):
    return datetime.date.fromisoformat(a["date"])


def long_date(d):
    return f"{d.strftime('%A')}, {d.strftime('%B')} {d.day}, {d.year}"


def slug_url(a):
    host = re.sub(r"[^a-z]", "", a["outlet"].lower())
    return f"https://{host}.example.org/{a['date'][:4]}/{a['slug'][3:]}"


def words(text):
    return len(re.findall(r"[A-Za-z0-9$£%][^\s]*", text))


def article_words(a):
    n = 0
    for b in a["blocks"]:
        if isinstance(b, str):
            if b.startswith("(c) "):
                continue
            n += words(b)
        elif b[0] == "h":
            continue
        elif b[0] in ("ul", "ol"):
            n += sum(words(x) for x in b[1])
        elif b[0] == "faq":
            n += words(b[1]) + words(b[2])
        elif b[0] == "post":
            n += words(b[3])
    for c in a.get("comments", []):
        n += words(c[2])
    return n


# ------------------------------------------------------------------ markdown
def render_md(a):
    d = day(a)
    out = ["---", f'title: "{a["title"]}"', f"date: {a['date']}", f"url: {slug_url(a)}",
           f'source: "{a["outlet"]}"', "---", "", f"# {a['title']}", "",
           f"*{a['outlet']} | {long_date(d)}*", "", f"**{a['byline']}**", ""]
    for b in a["blocks"]:
        if isinstance(b, str):
            out += [b, ""]
        elif b[0] == "h":
            out += [f"## {b[1]}", ""]
        elif b[0] == "ul":
            out += [f"- {x}" for x in b[1]] + [""]
        elif b[0] == "ol":
            out += [f"{i}. {x}" for i, x in enumerate(b[1], 1)] + [""]
        elif b[0] == "faq":
            out += [f"**Q: {b[1]}**", "", b[2], ""]
    out += ["---", "", f"*{a['teaser']}*", ""]
    return "\n".join(out)


# ------------------------------------------------------------------ text
def render_txt(a):
    d = day(a)
    out = [a["title"], f"{a['outlet']} | {long_date(d)}", a["byline"], ""]
    for b in a["blocks"]:
        if isinstance(b, str):
            out += [b, ""]
        elif b[0] == "h":
            out += [b[1].upper(), ""]
        elif b[0] == "ul":
            out += [f"* {x}" for x in b[1]] + [""]
        elif b[0] == "ol":
            out += [f"{i}) {x}" for i, x in enumerate(b[1], 1)] + [""]
    if a["shape"] != "court":
        out += ["---", a["teaser"], "Leave a reply: name, email and comment fields are required; comments are moderated.", ""]
    return "\n".join(out)


# ------------------------------------------------------------------ html
def esc(s):
    return html.escape(s, quote=True)


def render_html(a):
    d = day(a)
    forum = a["shape"] == "forum"
    url = slug_url(a)
    desc = a["teaser"]
    h = []
    h.append("<!DOCTYPE html>")
    h.append('<html lang="en">')
    h.append("<head>")
    h.append('<meta charset="utf-8">')
    h.append(f"<title>{esc(a['title'])} | {esc(a['outlet'])}</title>")
    h.append(f'<meta name="date" content="{a["date"]}">')
    h.append(f'<meta name="description" content="{esc(desc)}">')
    h.append(f'<meta property="og:title" content="{esc(a["title"])}">')
    h.append(f'<meta property="article:published_time" content="{a["date"]}T08:00:00Z">')
    h.append(f'<link rel="canonical" href="{url}">')
    h.append("</head>")
    h.append("<body>")
    h.append('<div class="cookie-banner" id="cookie-banner"><p>We use cookies to measure traffic and remember your '
             'preferences. <button>Accept all</button> <button>Manage settings</button></p></div>')
    h.append(f'<header class="site-header"><a class="logo" href="/">{esc(a["outlet"])}</a>')
    h.append('<nav class="main-nav"><ul><li><a href="/news">News</a></li><li><a href="/markets">Markets</a></li>'
             '<li><a href="/regulation">Regulation</a></li><li><a href="/opinion">Opinion</a></li></ul>'
             '<form class="search" action="/search"><input type="search" name="q" placeholder="Search">'
             '<button type="submit">Search</button></form></nav></header>')
    h.append("<main>")
    h.append('<article class="post">')
    h.append(f"<h1>{esc(a['title'])}</h1>")
    h.append(f'<p class="byline">{esc(a["byline"])} | <time datetime="{a["date"]}">{long_date(d)}</time></p>')
    if not forum:
        h.append(f'<p class="standfirst">{esc(a["teaser"])}</p>')
        h.append('<div class="share-buttons"><a href="#">Share on X</a> <a href="#">Share on Facebook</a> '
                 '<a href="#">Share on LinkedIn</a> <a href="#">Email</a></div>')
    else:
        h.append(f'<p class="forum-note">{esc(a["teaser"])}. This thread is archived and closed to new replies.</p>')
    h.append('<div class="article-body">')
    for b in a["blocks"]:
        if isinstance(b, str):
            h.append(f"<p>{esc(b)}</p>")
        elif b[0] == "h":
            h.append(f"<h2>{esc(b[1])}</h2>")
        elif b[0] == "ul":
            h.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in b[1]) + "</ul>")
        elif b[0] == "ol":
            h.append("<ol>" + "".join(f"<li>{esc(x)}</li>" for x in b[1]) + "</ol>")
        elif b[0] == "faq":
            h.append(f'<div class="faq-item"><h3>{esc(b[1])}</h3><p>{esc(b[2])}</p></div>')
        elif b[0] == "post":
            h.append(f'<div class="forum-post"><p class="post-meta"><strong>{esc(b[1])}</strong> '
                     f'posted {esc(b[2])}</p><p>{esc(b[3])}</p></div>')
    h.append("</div>")
    h.append("</article>")
    if not forum:
        h.append('<aside class="newsletter"><h3>Get the weekly briefing</h3><p>Sanctions, trade and markets news '
                 'every Friday.</p><form><input type="email" placeholder="Your email"><button>Subscribe</button>'
                 '</form></aside>')
        h.append('<section class="comments"><h3>Comments</h3>')
        for name, when, text in a.get("comments", []):
            h.append(f'<div class="comment"><p class="comment-meta"><strong>{esc(name)}</strong> {esc(when)}</p>'
                     f"<p>{esc(text)}</p></div>")
        h.append('<div class="reply-form"><h3>Leave a Reply</h3><form><label>Name <input name="name"></label>'
                 '<label>Email <input name="email"></label><label>Comment <textarea name="comment"></textarea>'
                 '</label><button type="submit">Post Comment</button></form></div></section>')
    h.append('<aside class="related"><h3>Related stories</h3><ul>')
    k = sum(map(ord, a["slug"])) % len(RELATED)
    for t, href in (RELATED[k:] + RELATED[:k])[:3]:
        h.append(f'<li><a href="{href}">{esc(t)}</a></li>')
    h.append("</ul></aside>")
    h.append("</main>")
    h.append(f'<footer class="site-footer"><p>&copy; {d.year} {esc(a["outlet"])}. All rights reserved.</p>'
             '<p><a href="/privacy">Privacy</a> | <a href="/terms">Terms</a> | <a href="/contact">Contact</a></p></footer>')
    h.append("</body>")
    h.append("</html>")
    return "\n".join(h) + "\n"


RENDER = {"md": render_md, "txt": render_txt, "html": render_html}


def main():
    os.makedirs(CORPUS, exist_ok=True)
    for f in os.listdir(CORPUS):
        os.remove(os.path.join(CORPUS, f))
    for a in ARTICLES:
        with open(os.path.join(CORPUS, filename(a)), "w", encoding="utf-8") as fh:
            fh.write(RENDER[a["fmt"]](a))
    for a in ARTICLES:
        print(f"{article_words(a):4d}  {filename(a)}")
    print("files:", len(ARTICLES))


if __name__ == "__main__":
    main()
