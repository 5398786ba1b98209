"""Render tools/articles.py into ../corpus/ (md, html, txt) and print word counts."""
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


def article_words(a):
    parts = []
    for p in a.get("paras", []):
        parts.append(re.sub(r"^(## |- |Q: |A: )", "", p))
    for _, _, t in a.get("posts", []):
        parts.append(t)
    for _, t in a.get("comments", []):
        parts.append(t)
    return len(" ".join(parts).split())


# ---------------------------------------------------------------- md
def render_md(a):
    out = ["---", f'title: "{a["title"]}"', f"date: {a['date']}", f"url: {a['url']}", f'source: "{a["source"]}"', "---", ""]
    out += [f"# {a['title']}", "", f"*{a['outlet']} | {long_date(a['date'])}*", "", f"**{a['byline']}**", ""]
    faq = a["shape"] == "faq"
    for p in a["paras"]:
        if p.startswith("## "):
            out += [p, ""]
        elif p.startswith("- "):
            out.append(p)
        elif faq and p.startswith("Q: "):
            out += [f"### {p[3:]}", ""]
        elif faq and p.startswith("A: "):
            out += [p[3:], ""]
        else:
            if out and out[-1].startswith("- "):
                out.append("")
            out += [p, ""]
    if out[-1] != "":
        out.append("")
    out += ["---", "", f"*{a['teaser']}*", ""]
    return "\n".join(out)


# ---------------------------------------------------------------- txt
def render_txt(a):
    out = [a["title"], f"{a['outlet']} | {long_date(a['date'])}", a["byline"], ""]
    first = True
    for p in a["paras"]:
        if p.startswith("## "):
            out += [p[3:].upper(), ""]
        elif p.startswith("- "):
            out.append("* " + p[2:])
        else:
            if out and out[-1].startswith("* "):
                out.append("")
            if first:
                p = f"{a['dateline']} {p}"
                first = False
            out += [p, ""]
    if out[-1] != "":
        out.append("")
    if a["shape"] == "court":
        out += [a["footer"], ""]
    else:
        out += ["---", a["tip"], "Leave a reply: name, email and comment required. Log in to post.", ""]
    return "\n".join(out)


# ---------------------------------------------------------------- html
def e(s):
    return html.escape(s, quote=True)


def render_html(a):
    d = a["date"]
    forum = a["shape"] == "forum"
    h = [
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        f"<title>{e(a['title'])} | {e(a['outlet'])}</title>",
        f'<meta name="date" content="{d}">',
        f'<meta name="description" content="{e(a["description"])}">',
        f'<meta property="og:title" content="{e(a["title"])}">',
        f'<meta property="article:published_time" content="{d}T08:00:00Z">',
        f'<link rel="canonical" href="{a["url"]}">',
        "</head>", "<body>",
        '<div class="cookie-banner" id="cookie-banner"><p>We use cookies to improve your experience and for analytics. '
        'By continuing you accept our <a href="/privacy">cookie policy</a>.</p>'
        '<button class="accept">Accept all</button> <button class="reject">Reject non-essential</button></div>',
        f'<header class="site-header"><a class="logo" href="/">{e(a["outlet"])}</a>',
        '<nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>'
        '<li><a href="/sanctions">Sanctions</a></li><li><a href="/courts">Courts</a></li><li><a href="/about">About</a></li></ul>'
        '<form class="search" action="/search"><input type="search" name="q" placeholder="Search"><button>Search</button></form></nav>',
        "</header>",
        '<main><article class="post">',
        f"<h1>{e(a['title'])}</h1>",
        f'<p class="byline">{e(a["byline"])} &middot; <time datetime="{d}">{long_date(d)}</time></p>',
    ]
    if not forum:
        h.append('<div class="share-buttons"><span>Share:</span> <a href="#" class="share-x">X</a> '
                 '<a href="#" class="share-linkedin">LinkedIn</a> <a href="#" class="share-facebook">Facebook</a> '
                 '<a href="#" class="share-email">Email</a></div>')
    if forum:
        h.append('<p class="archived-note">Archived thread. Replies are closed.</p>')
        h.append('<div class="thread">')
        for user, when, text in a["posts"]:
            h.append(f'<div class="forum-post"><p class="post-meta"><span class="user">{e(user)}</span> '
                     f'<span class="posted">{e(when)}</span></p><p>{e(text)}</p></div>')
        h.append("</div>")
    else:
        h.append('<div class="article-body">')
        in_list = False
        for p in a["paras"]:
            if p.startswith("- "):
                if not in_list:
                    h.append("<ul>")
                    in_list = True
                h.append(f"<li>{e(p[2:])}</li>")
                continue
            if in_list:
                h.append("</ul>")
                in_list = False
            if p.startswith("## "):
                h.append(f"<h2>{e(p[3:])}</h2>")
            elif p.startswith("Q: "):
                h.append(f'<h3 class="faq-q">{e(p[3:])}</h3>')
            elif p.startswith("A: "):
                h.append(f'<p class="faq-a">{e(p[3:])}</p>')
            else:
                h.append(f"<p>{e(p)}</p>")
        if in_list:
            h.append("</ul>")
        h.append("</div>")
        h.append('<aside class="newsletter"><h3>Get our weekly briefing</h3><form action="/subscribe">'
                 '<input type="email" name="email" placeholder="Your email"><button>Subscribe</button></form></aside>')
        h.append('<section class="comments"><h3>Comments</h3>')
        for name, text in a.get("comments", []):
            h.append(f'<div class="comment"><p class="comment-author">{e(name)}</p><p>{e(text)}</p></div>')
        h.append('<div class="reply-form"><h4>Leave a Reply</h4><form action="/comment">'
                 '<input name="name" placeholder="Name"> <input name="email" placeholder="Email">'
                 '<textarea name="comment"></textarea><button>Post comment</button></form></div></section>')
    h.append("</article>")
    h.append('<aside class="related"><h3>Related stories</h3><ul>' +
             "".join(f'<li><a href="#">{e(r)}</a></li>' for r in a["related"]) + "</ul></aside>")
    h.append("</main>")
    h.append(f'<footer class="site-footer"><p>&copy; {d[:4]} {e(a["outlet"])}. All rights reserved.</p>'
             '<p><a href="/privacy">Privacy</a> | <a href="/terms">Terms</a> | <a href="/contact">Contact</a></p></footer>')
    h += ["</body>", "</html>", ""]
    return "\n".join(h)


def main():
    os.makedirs(CORPUS, exist_ok=True)
    for f in os.listdir(CORPUS):
        os.remove(os.path.join(CORPUS, f))
    counts = {}
    for a in ARTICLES:
        ext = a["file"].rsplit(".", 1)[1]
        text = {"md": render_md, "txt": render_txt, "html": render_html}[ext](a)
        with open(os.path.join(CORPUS, a["file"]), "w", encoding="utf-8") as fh:
            fh.write(text)
        counts[ext] = counts.get(ext, 0) + 1
        print(f"{article_words(a):4d} words  {a['file']}{'  [distractor]' if a.get('distractor') else ''}")
    print("formats:", counts, "total:", sum(counts.values()))


if __name__ == "__main__":
    main()
