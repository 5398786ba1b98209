"""Render tools/articles.py into ../corpus (10 .md, 10 .html, 10 .txt) and print word counts."""
import datetime
import html
import os
import re
import shutil

from articles import ARTICLES

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "corpus")


def long_date(iso):
    d = datetime.date.fromisoformat(iso)
    return f"{d.strftime('%A')}, {d.strftime('%B')} {d.day}, {d.year}"


def slug(a):
    return a["file"].rsplit(".", 1)[0]


def text_units(a):
    """The article text that counts as words: paragraphs, list items, FAQ pairs, posts, comments."""
    out = []
    for b in a.get("body", []):
        if isinstance(b, str):
            out.append(b)
        elif b[0] == "h":
            continue
        elif b[0] in ("ul", "ol"):
            out.extend(b[1])
        elif b[0] == "faq":
            for q, ans in b[1]:
                out.extend([q, ans])
    for _, t in a.get("posts", []):
        out.append(t)
    for _, t in a.get("comments", []):
        out.append(t)
    return out


def word_count(a):
    return sum(len(re.findall(r"\S+", u)) for u in text_units(a))


# ---------------------------------------------------------------- markdown
def render_md(a):
    url = f"https://example.org/{a['outlet'].lower().replace(' ', '-')}/{slug(a)}"
    lines = ["---", f"title: \"{a['title']}\"", f"date: {a['date']}", f"url: {url}",
             f"source: {a['outlet']}", "---", "", f"# {a['title']}", "",
             f"*{a['outlet']} | {long_date(a['date'])}*", "", f"**{a['byline']}**", ""]
    for b in a["body"]:
        if isinstance(b, str):
            lines += [b, ""]
        elif b[0] == "h":
            lines += [f"## {b[1]}", ""]
        elif b[0] == "ul":
            lines += [f"- {i}" for i in b[1]] + [""]
        elif b[0] == "ol":
            lines += [f"{n}. {i}" for n, i in enumerate(b[1], 1)] + [""]
        elif b[0] == "faq":
            for q, ans in b[1]:
                lines += [f"**{q}**", "", ans, ""]
    lines += ["---", "", f"_{a.get('teaser', 'More from ' + a['outlet'])}_", ""]
    return "\n".join(lines)


# ---------------------------------------------------------------- text
def render_txt(a):
    lines = [a["title"], f"{a['outlet']} | {long_date(a['date'])}", a["byline"], ""]
    for b in a["body"]:
        if isinstance(b, str):
            lines += [b, ""]
        elif b[0] == "h":
            lines += [b[1].upper(), ""]
        elif b[0] == "ul":
            lines += [f"- {i}" for i in b[1]] + [""]
        elif b[0] == "ol":
            lines += [f"{n}. {i}" for n, i in enumerate(b[1], 1)] + [""]
    if a["shape"] == "court":
        lines += ["---", a["footer_note"], ""]
    else:
        lines += ["---", a.get("teaser", "Our tip: subscribe for more."),
                  "Leave a reply: log in or register to comment on this story.", ""]
    return "\n".join(lines)


# ---------------------------------------------------------------- html
def e(s):
    return html.escape(s, quote=True)


def body_html(a):
    out = []
    for b in a.get("body", []):
        if isinstance(b, str):
            out.append(f"      <p>{e(b)}</p>")
        elif b[0] == "h":
            out.append(f"      <h2>{e(b[1])}</h2>")
        elif b[0] in ("ul", "ol"):
            tag = b[0]
            out.append(f"      <{tag}>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + f"</{tag}>")
        elif b[0] == "faq":
            out.append('      <dl class="faq">')
            for q, ans in b[1]:
                out.append(f"        <dt>{e(q)}</dt>\n        <dd>{e(ans)}</dd>")
            out.append("      </dl>")
    return "\n".join(out)


def render_html(a):
    site = a["outlet"]
    url = f"https://example.org/{site.lower().replace(' ', '-')}/{slug(a)}"
    desc = a.get("description", a["title"])
    forum = a["shape"] == "forum"
    parts = [
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '  <meta charset="utf-8">',
        f"  <title>{e(a['title'])} | {e(site)}</title>",
        f'  <meta name="date" content="{a["date"]}">',
        f'  <meta name="description" content="{e(desc)}">',
        f'  <meta property="og:title" content="{e(a["title"])}">',
        f'  <meta property="article:published_time" content="{a["date"]}T08:00:00+08:00">',
        f'  <link rel="canonical" href="{url}">', "</head>", "<body>",
        '  <div class="cookie-banner" id="cookie-banner">We use cookies to improve your experience. '
        '<button>Accept all</button> <button>Manage settings</button></div>',
        f'  <nav class="site-nav"><a href="/">{e(site)}</a> | <a href="/news">News</a> | '
        '<a href="/policy">Policy</a> | <a href="/markets">Markets</a> | '
        '<form class="search" action="/search"><input type="search" name="q" placeholder="Search"></form></nav>',
        "  <main>", '    <article>', f"      <h1>{e(a['title'])}</h1>",
        f'      <p class="byline">{e(a["byline"])} | <time datetime="{a["date"]}">{long_date(a["date"])}</time></p>',
    ]
    if not forum:
        parts.append('      <div class="share">Share: <a href="#">X</a> <a href="#">Facebook</a> '
                     '<a href="#">LinkedIn</a> <a href="#">Email</a></div>')
    if forum:
        parts.append('      <div class="thread">')
        for n, (user, text) in enumerate(a["posts"], 1):
            parts.append(f'        <div class="post" id="post-{n}"><span class="user">{e(user)}</span>'
                         f'<p>{e(text)}</p></div>')
        parts.append("      </div>")
        parts.append('      <p class="archived">This thread has been archived. New replies are closed.</p>')
    else:
        parts.append(body_html(a))
    parts.append("    </article>")
    if not forum:
        parts += [
            '    <aside class="newsletter"><h3>Get our weekly briefing</h3>'
            '<form><input type="email" placeholder="Your email"><button>Subscribe</button></form></aside>',
            '    <section class="comments"><h3>Comments</h3>',
        ]
        for name, text in a.get("comments", []):
            parts.append(f'      <div class="comment"><span class="author">{e(name)}</span><p>{e(text)}</p></div>')
        parts += [
            '      <div class="reply-form"><h4>Leave a Reply</h4><form><textarea name="comment"></textarea>'
            '<input name="name" placeholder="Name"><input name="email" placeholder="Email">'
            '<button>Post Comment</button></form></div>',
            "    </section>",
        ]
    parts.append('    <aside class="related"><h3>Related stories</h3><ul>'
                 + "".join(f'<li><a href="#">{e(r)}</a></li>' for r in a.get("related", [])) + "</ul></aside>")
    parts += ["  </main>",
              f'  <footer>&copy; {a["date"][:4]} {e(site)}. All rights reserved. | <a href="/privacy">Privacy</a> | '
              '<a href="/terms">Terms</a> | <a href="/contact">Contact</a></footer>',
              "</body>", "</html>", ""]
    return "\n".join(parts)


def main():
    if os.path.isdir(CORPUS):
        shutil.rmtree(CORPUS)
    os.makedirs(CORPUS)
    for a in ARTICLES:
        ext = a["file"].rsplit(".", 1)[1]
        text = {"md": render_md, "txt": render_txt, "html": render_html}[ext](a)
        with open(os.path.join(CORPUS, a["file"]), "w", encoding="utf-8") as f:
            f.write(text)
        print(f"{word_count(a):4d}  {a['file']}")
    print(f"wrote {len(ARTICLES)} files")


if __name__ == "__main__":
    main()
