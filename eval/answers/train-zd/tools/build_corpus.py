"""Render tools/articles.py into ../corpus (md front matter, html chrome, txt layout) and print word counts."""
import datetime
import html
import os
import re
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from articles import ARTICLES  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "corpus")

TEASERS = [
    ("How a Dutch tulip exporter rebuilt its cold chain", "tulip-cold-chain"),
    ("Five spreadsheets every small importer should retire", "importer-spreadsheets"),
    ("Container rates ease on the Asia-Europe lanes", "container-rates-ease"),
    ("Inside a Rotterdam bonded warehouse", "rotterdam-bonded-warehouse"),
    ("Why customs brokers are hiring data analysts", "brokers-data-analysts"),
    ("A quiet year for port strikes, so far", "port-strikes-quiet-year"),
]
TIPS = [
    "Our tip: our weekly podcast looks at why air cargo rates spike before every holiday season.",
    "Our tip: read our guide to choosing an incoterm for your first export shipment.",
    "Our tip: the best budget laptops for field auditors, tested by our staff.",
    "Our tip: what the new EU packaging rules mean for small online sellers.",
]


def slug(fname):
    return re.sub(r"\.(md|html|txt)$", "", fname).lower()


def nice_date(d):
    dt = datetime.date.fromisoformat(d)
    return dt.strftime("%A, %B ") + str(dt.day) + dt.strftime(", %Y")


def words(text):
    return len(re.findall(r"[A-Za-z0-9£$][A-Za-z0-9£$'.,%\-/&()]*", text))


def article_words(a):
    n = 0
    for b in a["blocks"]:
        if b[0] in ("p", "h"):
            n += words(b[1])
        elif b[0] == "ul":
            n += sum(words(x) for x in b[1])
        elif b[0] == "post":
            n += words(b[3])
    for c in a.get("comments", []) or []:
        n += words(c[2])
    return n


def render_md(a):
    out = ["---", f'title: "{a["title"]}"', f"date: {a['date']}",
           f"url: https://example.org/{a['topic'].lower()}/{slug(a['file'])}", f'source: "{a["outlet"]}"', "---", "",
           f"# {a['title']}", "", f"*{a['outlet']} | {nice_date(a['date'])}*", ""]
    for b in a["blocks"]:
        if b[0] == "p":
            out += [b[1], ""]
        elif b[0] == "h":
            out += [f"## {b[1]}", ""]
        elif b[0] == "ul":
            out += [f"- {x}" for x in b[1]] + [""]
    return "\n".join(out).rstrip() + "\n"


def render_txt(a, i):
    out = [a["title"], f"{a['outlet']} | {nice_date(a['date'])}", ""]
    for b in a["blocks"]:
        if b[0] == "p":
            out += [b[1], ""]
        elif b[0] == "h":
            out += [b[1].upper(), ""]
        elif b[0] == "ul":
            out += [f"* {x}" for x in b[1]] + [""]
    year = a["date"][:4]
    if a["shape"] in ("court summary", "agency summary"):
        out += [f"(c) {year} {a['outlet']}. All rights reserved. Summaries are not legal advice."]
    elif a["shape"] == "advice column":
        out += ["---", "Ask the Sanctions Desk answers readers' questions in general terms. It is not legal advice;",
                "consult counsel about your own transactions. Letters may be edited for length.",
                f"(c) {year} {a['outlet']}"]
    else:
        out += ["---", TIPS[i % len(TIPS)], "", "Leave a Reply",
                "Your email address will not be published. Required fields are marked *",
                "Comment *", "Name *", "Email *", "Post Comment"]
    return "\n".join(out).rstrip() + "\n"


def esc(t):
    return html.escape(t, quote=False)


def render_html(a, i):
    d = a["date"]
    title = esc(a["title"])
    first_p = next((b[1] for b in a["blocks"] if b[0] in ("p", "post") and isinstance(b[1], str)), a["title"])
    if a["shape"] == "forum":
        first_p = a["blocks"][0][3]
    desc = esc(first_p[:150])
    url = f"https://example.org/{a['topic'].lower()}/{slug(a['file'])}"
    is_forum = a["shape"] == "forum"
    share = ('<div class="share"><a href="#">Share on X</a> <a href="#">LinkedIn</a> '
             '<a href="#">Email</a> <a href="#">Copy link</a></div>')
    parts = [
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        f"<title>{title} | {esc(a['outlet'])}</title>",
        f'<meta name="date" content="{d}">',
        f'<meta name="description" content="{desc}">',
        f'<meta property="og:title" content="{title}">',
        f'<meta property="article:published_time" content="{d}T08:00:00Z">',
        f'<link rel="canonical" href="{url}">', "</head>", "<body>",
        '<div id="cookie-banner" class="cookie-banner">We use cookies to improve your experience and for '
        'analytics. <button>Accept all</button> <button>Manage preferences</button></div>',
        f'<header><div class="logo">{esc(a["outlet"])}</div><nav><a href="/">Home</a> <a href="/news">News</a> '
        '<a href="/sanctions">Sanctions</a> <a href="/trade">Trade</a> <a href="/opinion">Opinion</a> '
        '<form class="search"><input type="search" placeholder="Search"><button>Go</button></form></nav></header>',
        "<main>", "<article>", f"<h1>{title}</h1>",
    ]
    if is_forum:
        parts.append(f'<p class="byline">Thread started <time datetime="{d}">{nice_date(d)}</time> '
                     f'in Compliance and Payroll</p>')
    else:
        parts.append(f'<p class="byline">By {esc(a["outlet"])} staff | <time datetime="{d}">{nice_date(d)}</time></p>')
        parts.append(share)
    for b in a["blocks"]:
        if b[0] == "p":
            parts.append(f"<p>{esc(b[1])}</p>")
        elif b[0] == "h":
            parts.append(f"<h2>{esc(b[1])}</h2>")
        elif b[0] == "ul":
            parts.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in b[1]) + "</ul>")
        elif b[0] == "post":
            _, user, ts, text = b
            parts.append(f'<div class="post"><div class="post-meta"><span class="user">{esc(user)}</span> '
                         f'<time datetime="{ts.replace(" ", "T")}">{ts}</time></div><p>{esc(text)}</p></div>')
    if is_forum:
        parts.append('<p class="locked">This thread has been locked by a moderator.</p>')
    parts.append("</article>")
    if not is_forum:
        parts.append(share)
    comments = a.get("comments")
    if comments is not None and not is_forum and a["shape"] != "press release summary":
        parts.append('<section class="comments"><h3>Comments</h3>')
        for user, cd, text in comments:
            parts.append(f'<div class="comment"><span class="user">{esc(user)}</span> '
                         f'<time datetime="{cd}">{cd}</time><p>{esc(text)}</p></div>')
        parts.append('<h3>Leave a Reply</h3><form class="reply"><p>Your email address will not be published. '
                     'Required fields are marked *</p><textarea name="comment"></textarea>'
                     '<input name="author" placeholder="Name *"><input name="email" placeholder="Email *">'
                     '<button>Post Comment</button></form></section>')
    parts.append('<aside class="newsletter"><h3>Get the morning briefing</h3><p>Sanctions, trade and compliance '
                 'news in your inbox every weekday.</p><input type="email" placeholder="Your email">'
                 '<button>Subscribe</button></aside>')
    t1, t2, t3 = TEASERS[i % 6], TEASERS[(i + 2) % 6], TEASERS[(i + 4) % 6]
    parts.append('<aside class="related"><h3>Related stories</h3><ul>' +
                 "".join(f'<li><a href="/feature/{s}">{esc(t)}</a></li>' for t, s in (t1, t2, t3)) +
                 "</ul></aside>")
    parts += ["</main>",
              f'<footer><p>&copy; {d[:4]} {esc(a["outlet"])}. All rights reserved.</p><p><a href="/about">About</a> '
              '<a href="/privacy">Privacy</a> <a href="/terms">Terms</a> <a href="/contact">Contact</a></p></footer>',
              "</body>", "</html>"]
    return "\n".join(parts) + "\n"


def main():
    if os.path.isdir(CORPUS):
        shutil.rmtree(CORPUS)
    os.makedirs(CORPUS)
    counts = {}
    for i, a in enumerate(ARTICLES):
        ext = a["file"].rsplit(".", 1)[1]
        counts[ext] = counts.get(ext, 0) + 1
        if ext == "md":
            text = render_md(a)
        elif ext == "txt":
            text = render_txt(a, i)
        else:
            text = render_html(a, i)
        with open(os.path.join(CORPUS, a["file"]), "w", encoding="utf-8") as f:
            f.write(text)
        n = article_words(a)
        flag = "" if 120 <= n <= 220 else "  <-- out of range"
        print(f"{n:4d}  {a['file']}{'  [distractor]' if a['distractor'] else ''}{flag}")
    print("files:", counts, "total:", len(ARTICLES))


if __name__ == "__main__":
    main()
