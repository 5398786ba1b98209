"""Render tools/articles.py into ../corpus/ as .md, .html and .txt files."""
import datetime
import html
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from articles import ARTICLES  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "corpus")


def long_date(iso):
    d = datetime.date.fromisoformat(iso)
    return f"{d.strftime('%A')}, {d.strftime('%B')} {d.day}, {d.year}"


def slug(a):
    return a["fname"].rsplit(".", 1)[0].lower()


def text_words(a):
    n = 0
    for b in a["blocks"]:
        if b[0] in ("p", "li"):
            n += len(b[1].split())
        elif b[0] == "qa":
            n += len(b[1].split()) + len(b[2].split())
        elif b[0] in ("post", "comment"):
            n += len(b[3].split())
    return n


def render_md(a):
    out = ["---", f'title: "{a["title"]}"', f"date: {a['date']}",
           f"url: https://example.org/{slug(a)}", f'source: "{a["outlet"]}"', "---", "",
           f"# {a['title']}", "", f"*{a['outlet']} | {long_date(a['date'])}*", "", f"**{a['byline']}**", ""]
    prev = None
    for b in a["blocks"]:
        if b[0] == "h":
            out += [f"## {b[1]}", ""]
        elif b[0] == "p":
            out += [b[1], ""]
        elif b[0] == "li":
            out.append(f"- {b[1]}")
        elif b[0] == "qa":
            out += [f"**Q: {b[1]}**", "", f"A: {b[2]}", ""]
        prev = b[0]
        if prev == "li":
            pass
    # blank line after a trailing list
    text = "\n".join(out)
    text = re.sub(r"(\n- [^\n]*)\n(?=[^-\n])", r"\1\n\n", text)
    text = text.rstrip("\n") + "\n\n---\n\n*" + a["teaser"] + "*\n"
    return text


def render_txt(a):
    out = [a["title"], f"{a['outlet']} | {long_date(a['date'])}", a["byline"], ""]
    for b in a["blocks"]:
        if b[0] == "h":
            out += [b[1].upper(), ""]
        elif b[0] == "p":
            out += [b[1], ""]
        elif b[0] == "li":
            out.append(f"* {b[1]}")
        elif b[0] == "post":
            out += [f"{b[1]} wrote on {b[2]}:", b[3], ""]
    text = "\n".join(out)
    text = re.sub(r"(\n\* [^\n]*)\n(?=[^*\n])", r"\1\n\n", text)
    text = text.rstrip("\n") + "\n"
    if a["shape"] == "forum":
        text += "\n[Thread archived. Replies are closed.]\n"
    else:
        text += "\n" + a["footer"] + "\n"
    return text


def esc(s):
    return html.escape(s, quote=True)


def render_html(a):
    forum = a["shape"] == "forum"
    d = a["date"]
    body = []
    body.append('<div class="cookie-banner">We use cookies to improve your experience. '
                '<button>Accept</button> <button>Settings</button></div>')
    body.append(f'<header><nav><a href="/">{esc(a["outlet"])}</a> <a href="/news">News</a> '
                '<a href="/sanctions">Sanctions</a> <a href="/markets">Markets</a>'
                '<form action="/search"><input type="search" name="q" placeholder="Search"></form></nav></header>')
    body.append("<main><article>")
    body.append(f"<h1>{esc(a['title'])}</h1>")
    body.append(f'<p class="dateline">{esc(a["outlet"])} | {long_date(d)}</p>')
    body.append(f'<p class="byline">{esc(a["byline"])} &middot; <time datetime="{d}">{d}</time></p>')
    if not forum:
        body.append('<div class="share"><a href="#">Share on X</a> <a href="#">Share on Facebook</a> '
                    '<a href="#">Email</a></div>')
    in_list = False
    comments = []
    for b in a["blocks"]:
        if b[0] != "li" and in_list:
            body.append("</ul>")
            in_list = False
        if b[0] == "h":
            body.append(f"<h2>{esc(b[1])}</h2>")
        elif b[0] == "p":
            body.append(f"<p>{esc(b[1])}</p>")
        elif b[0] == "li":
            if not in_list:
                body.append("<ul>")
                in_list = True
            body.append(f"<li>{esc(b[1])}</li>")
        elif b[0] == "qa":
            body.append(f'<div class="faq"><h3>{esc(b[1])}</h3><p>{esc(b[2])}</p></div>')
        elif b[0] == "post":
            body.append(f'<div class="post"><p class="meta">{esc(b[1])} wrote on {esc(b[2])}:</p>'
                        f"<p>{esc(b[3])}</p></div>")
        elif b[0] == "comment":
            comments.append(b)
    if in_list:
        body.append("</ul>")
    body.append("</article>")
    if not forum:
        body.append('<section class="comments"><h2>Comments</h2>')
        for c in comments:
            body.append(f'<div class="comment"><p class="meta">{esc(c[1])} said on {esc(c[2])}:</p>'
                        f"<p>{esc(c[3])}</p></div>")
        if not comments:
            body.append('<p class="none">No comments yet.</p>')
        body.append('<h3>Leave a Reply</h3><form class="reply"><textarea name="comment"></textarea>'
                    '<input type="text" name="name" placeholder="Name"><button>Post Comment</button></form></section>')
        body.append('<aside class="newsletter"><h3>Get our daily briefing</h3><form><input type="email" '
                    'placeholder="Email address"><button>Sign up</button></form></aside>')
    else:
        body.append('<p class="archived">This thread is archived. Replies are closed.</p>')
    body.append('<aside class="related"><h3>Related stories</h3><ul>' +
                "".join(f'<li><a href="#">{esc(r)}</a></li>' for r in a.get("related", [])) + "</ul></aside>")
    body.append("</main>")
    body.append(f'<footer><p>&copy; {d[:4]} {esc(a["outlet"])}. All rights reserved. '
                '<a href="/privacy">Privacy</a> <a href="/terms">Terms</a></p></footer>')
    desc = a["blocks"][0][1] if a["blocks"][0][0] in ("p",) else a["title"]
    head = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
            f"<title>{esc(a['title'])} | {esc(a['outlet'])}</title>",
            f'<meta name="date" content="{d}">',
            f'<meta name="description" content="{esc(desc[:150])}">',
            f'<meta property="og:title" content="{esc(a["title"])}">',
            f'<meta property="article:published_time" content="{d}T08:00:00Z">',
            f'<link rel="canonical" href="https://example.org/{slug(a)}">', "</head>", "<body>"]
    return "\n".join(head + body + ["</body>", "</html>"]) + "\n"


def main():
    os.makedirs(CORPUS, exist_ok=True)
    for f in os.listdir(CORPUS):
        os.remove(os.path.join(CORPUS, f))
    counts = {}
    for a in ARTICLES:
        r = {"md": render_md, "txt": render_txt, "html": render_html}[a["fmt"]](a)
        with open(os.path.join(CORPUS, a["fname"]), "w", encoding="utf-8") as fh:
            fh.write(r)
        counts[a["fmt"]] = counts.get(a["fmt"], 0) + 1
        print(f"{text_words(a):4d}  {a['date']}  {'D' if a['distractor'] else ' '}  {a['fname']}")
    print("formats:", counts, "files:", len(ARTICLES))


if __name__ == "__main__":
    main()
