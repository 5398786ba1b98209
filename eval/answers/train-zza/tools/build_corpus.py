"""Render tools/articles.py into ../corpus/ as .md, .html and .txt files and print word counts."""
import datetime
import html
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from articles import A  # noqa: E402

CORPUS = os.path.join(HERE, "..", "corpus")


def long_date(d):
    dt = datetime.date.fromisoformat(d)
    return f"{dt.strftime('%A')}, {dt.strftime('%B')} {dt.day}, {dt.year}"


def slug(a):
    return a["name"][4:].lower()


def counted_text(a):
    parts = []
    for b in a["blocks"]:
        if b[0] in ("p", "li"):
            parts.append(b[1])
        elif b[0] == "qa":
            parts += [b[1], b[2]]
        elif b[0] == "post":
            parts.append(b[3])
        elif b[0] == "c":
            parts.append(b[2])
    return " ".join(parts)


def words(a):
    return len(re.findall(r"\S+", counted_text(a)))


def render_md(a):
    out = ["---", f'title: "{a["title"]}"', f"date: {a['date']}",
           f"url: https://example.org/{slug(a)}", f'source: "{a["outlet"]}"', "---", "",
           f"# {a['title']}", "", f"*{a['outlet']} | {long_date(a['date'])}*", "", f"**{a['byline']}**", ""]
    prev = None
    for b in a["blocks"]:
        if b[0] == "h":
            out += [f"## {b[1]}", ""]
        elif b[0] == "p":
            if prev == "li":
                out.append("")
            out += [b[1], ""]
        elif b[0] == "li":
            out.append(f"- {b[1]}")
        elif b[0] == "qa":
            out += [f"### {b[1]}", "", b[2], ""]
        prev = b[0]
    if prev == "li":
        out.append("")
    out += ["---", "", f"*{a['teaser']}*", ""]
    return "\n".join(out)


def render_txt(a):
    dt = datetime.date.fromisoformat(a["date"])
    out = [a["title"], f"{a['outlet']} | {long_date(a['date'])}", a["byline"], ""]
    if a["shape"] == "forum":
        for b in a["blocks"]:
            u, d, t = b[1], b[2], b[3]
            out += [f"{u} wrote on {d}:", t, ""]
        out += ["[Thread archived. Replies are closed.]", ""]
        return "\n".join(out)
    for b in a["blocks"]:
        if b[0] == "h":
            out += [b[1].upper(), ""]
        elif b[0] == "p":
            out += [b[1], ""]
        elif b[0] == "li":
            out.append(f"* {b[1]}")
    if a["shape"] == "news":
        out += ["---", a["teaser"], "Reply to the editors: letters@example.org", ""]
    else:
        out += ["---", a["teaser"], ""]
    return "\n".join(out)


def e(s):
    return html.escape(s, quote=True)


def render_html(a):
    d = a["date"]
    t = e(a["title"])
    forum = a["shape"] == "forum"
    head = [
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">', f"<title>{t} | {e(a['outlet'])}</title>",
        f'<meta name="date" content="{d}">', f'<meta name="description" content="{e(a["description"])}">',
        f'<meta property="og:title" content="{t}">', f'<meta property="article:published_time" content="{d}T08:00:00Z">',
        f'<link rel="canonical" href="https://example.org/{slug(a)}">', "</head>", "<body>",
        '<div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button> <button>Manage</button></div>',
        '<nav class="site-nav"><a href="/">Home</a> <a href="/markets">Markets</a> <a href="/sanctions">Sanctions</a> '
        '<a href="/about">About</a> <form action="/search" method="get"><input type="search" name="q" placeholder="Search">'
        '<button type="submit">Go</button></form></nav>',
        "<main>", "<article>", f"<h1>{t}</h1>",
        f'<p class="byline">{"" if forum else "By "}{e(a["byline"])} | <time datetime="{d}">{long_date(d)}</time></p>',
    ]
    if not forum:
        head.append('<div class="share"><a href="#">Share on X</a> <a href="#">Share on LinkedIn</a> <a href="#">Email</a></div>')
    body = []
    ul = False
    comments = []
    for b in a["blocks"]:
        if b[0] != "li" and ul:
            body.append("</ul>")
            ul = False
        if b[0] == "h":
            body.append(f"<h2>{e(b[1])}</h2>")
        elif b[0] == "p":
            body.append(f"<p>{e(b[1])}</p>")
        elif b[0] == "li":
            if not ul:
                body.append("<ul>")
                ul = True
            body.append(f"<li>{e(b[1])}</li>")
        elif b[0] == "qa":
            body.append(f'<div class="faq"><h3>{e(b[1])}</h3><p>{e(b[2])}</p></div>')
        elif b[0] == "post":
            body.append(f'<div class="post"><p class="post-meta"><span class="user">{e(b[1])}</span> posted on '
                        f'{e(b[2])}</p><p>{e(b[3])}</p></div>')
        elif b[0] == "c":
            comments.append(b)
    if ul:
        body.append("</ul>")
    body.append("</article>")
    tail = []
    if forum:
        tail.append('<p class="archived">This thread is archived. New replies are disabled.</p>')
    else:
        tail.append('<section class="comments"><h2>Comments</h2>')
        for c in comments:
            tail.append(f'<div class="comment"><p class="comment-author">{e(c[1])}</p><p>{e(c[2])}</p></div>')
        if not comments:
            tail.append("<p>No comments yet.</p>")
        tail.append('<h3>Leave a Reply</h3><form class="reply" action="/comment" method="post">'
                    '<textarea name="comment"></textarea><input name="name" placeholder="Name">'
                    '<input name="email" placeholder="Email"><button type="submit">Post Comment</button></form></section>')
        tail.append('<aside class="newsletter"><h2>Get the morning briefing</h2><form action="/subscribe" method="post">'
                    '<input type="email" name="email" placeholder="Your email"><button>Subscribe</button></form></aside>')
        tail.append('<aside class="related"><h2>Related stories</h2><ul>' +
                    "".join(f'<li><a href="#">{e(r)}</a></li>' for r in a["related"]) + "</ul></aside>")
    tail += ["</main>", f'<footer><p>&copy; {d[:4]} {e(a["outlet"])}. All rights reserved. '
             '<a href="/privacy">Privacy</a> <a href="/terms">Terms</a></p></footer>', "</body>", "</html>", ""]
    return "\n".join(head + body + tail)


def main():
    os.makedirs(CORPUS, exist_ok=True)
    for f in os.listdir(CORPUS):
        os.remove(os.path.join(CORPUS, f))
    counts = []
    for a in A:
        r = {"md": render_md, "txt": render_txt, "html": render_html}[a["fmt"]](a)
        with open(os.path.join(CORPUS, f"{a['name']}.{a['fmt']}"), "w", encoding="utf-8") as fh:
            fh.write(r)
        counts.append(words(a))
        print(f"{words(a):4d}  {a['name']}.{a['fmt']}{'  (distractor)' if a['distractor'] else ''}")
    print(f"files: {len(A)}  words min={min(counts)} max={max(counts)}")


if __name__ == "__main__":
    main()
