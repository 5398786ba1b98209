"""Render tools/articles.py into ../corpus (10 .md, 10 .html, 10 .txt) and print word counts."""
import datetime
import html
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from articles import ARTICLES  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "corpus")

RELATED = [
    "City council approves new cycle lanes for the old town",
    "Five autumn hikes within an hour of the coast",
    "Review: the budget phone that punches above its weight",
    "Local bakery wins regional sourdough prize",
    "Why your heating bill looks different this winter",
    "Ten questions to ask before renting a holiday flat",
    "Football: late goal settles a scrappy derby",
    "How to read a nutrition label in thirty seconds",
]


def long_date(iso):
    d = datetime.date.fromisoformat(iso)
    return f"{d.strftime('%A')}, {d.strftime('%B')} {d.day}, {d.year}"


def outlet_slug(outlet):
    return re.sub(r"[^a-z0-9]+", "-", outlet.lower()).strip("-")


def url_of(a):
    return f"https://example.org/{outlet_slug(a['outlet'])}/{a['date'][:4]}/{a['slug']}"


def body_texts(a):
    """All article text that counts as words (not chrome, title or teaser)."""
    out = []
    for head, items in a["sections"]:
        if head:
            out.append(head)
        for it in items:
            if isinstance(it, tuple):
                out.extend(it[1])
            else:
                out.append(it)
    for q, ans in a["faq"]:
        out += [q, ans]
    for _u, _t, txt in a["posts"]:
        out.append(txt)
    for _n, txt in a["comments"]:
        out.append(txt)
    return out


def word_count(a):
    return sum(len(t.split()) for t in body_texts(a))


# ------------------------------------------------------------------ md
def render_md(a):
    L = ["---", f'title: "{a["title"]}"', f"date: {a['date']}", f"url: {url_of(a)}",
         f'source: "{a["outlet"]}"', "---", "", f"# {a['title']}", "",
         f"*{a['outlet']} | {long_date(a['date'])}*", "", f"**{a['byline']}**", ""]
    for head, items in a["sections"]:
        if head:
            L += [f"## {head}", ""]
        for it in items:
            if isinstance(it, tuple):
                kind, lst = it
                for i, x in enumerate(lst, 1):
                    L.append(f"{i}. {x}" if kind == "ol" else f"- {x}")
                L.append("")
            else:
                L += [it, ""]
    L += ["---", "", f"*{a['teaser']}*", ""]
    return "\n".join(L)


# ------------------------------------------------------------------ txt
def render_txt(a):
    L = [a["title"], f"{a['outlet']} | {long_date(a['date'])}", a["byline"], ""]
    for head, items in a["sections"]:
        if head:
            L += [head.upper(), ""]
        for it in items:
            if isinstance(it, tuple):
                kind, lst = it
                for i, x in enumerate(lst, 1):
                    L.append(f"  {i}. {x}" if kind == "ol" else f"  * {x}")
                L.append("")
            else:
                L += [it, ""]
    if a["shape"] == "court":
        L += [a["teaser"], ""]
    else:
        L += ["---", a["teaser"], "Reply to this story: sign in to leave a comment (comments are moderated).", ""]
    return "\n".join(L)


# ------------------------------------------------------------------ html
def esc(s):
    return html.escape(s, quote=True)


def render_html(a):
    forum = a["shape"] == "forum"
    d = datetime.date.fromisoformat(a["date"])
    desc = body_texts(a)[0][:150]
    H = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
         f"<title>{esc(a['title'])} | {esc(a['outlet'])}</title>",
         f'<meta name="date" content="{a["date"]}">',
         f'<meta name="description" content="{esc(desc)}">',
         f'<meta property="og:title" content="{esc(a["title"])}">',
         f'<meta property="article:published_time" content="{a["date"]}T08:00:00Z">',
         f'<link rel="canonical" href="{url_of(a)}">', "</head>", "<body>",
         '<div class="cookie-banner" id="cookie-banner"><p>We use cookies to improve your experience and to measure '
         'traffic. <button>Accept all</button> <button>Manage preferences</button></p></div>',
         f'<header><a class="logo" href="/">{esc(a["outlet"])}</a><nav><a href="/">Home</a> <a href="/business">'
         'Business</a> <a href="/politics">Politics</a> <a href="/world">World</a> <a href="/opinion">Opinion</a>'
         '<form class="search" action="/search"><input type="search" name="q" placeholder="Search">'
         "<button>Go</button></form></nav></header>", "<main>",
         '<article class="forum-thread">' if forum else "<article>",
         f"<h1>{esc(a['title'])}</h1>",
         f'<p class="byline">{esc(a["byline"])} | <time datetime="{a["date"]}">{long_date(a["date"])}</time></p>']
    if not forum:
        H.append('<div class="share-buttons"><span>Share:</span> <a href="#">Facebook</a> <a href="#">X</a> '
                 '<a href="#">LinkedIn</a> <a href="#">Email</a></div>')
    for head, items in a["sections"]:
        if head:
            H.append(f"<h2>{esc(head)}</h2>")
        for it in items:
            if isinstance(it, tuple):
                kind, lst = it
                H.append(f"<{kind}>" + "".join(f"<li>{esc(x)}</li>" for x in lst) + f"</{kind}>")
            else:
                H.append(f"<p>{esc(it)}</p>")
    if a["faq"]:
        H.append('<section class="faq">')
        for q, ans in a["faq"]:
            H.append(f'<div class="faq-item"><h3>{esc(q)}</h3><p>{esc(ans)}</p></div>')
        H.append("</section>")
    if forum:
        for user, t, txt in a["posts"]:
            H.append(f'<div class="post"><div class="post-meta"><span class="user">{esc(user)}</span> '
                     f'<span class="posted">{esc(t)}</span></div><p>{esc(txt)}</p></div>')
        H.append('<p class="thread-note">This thread is archived. New replies are closed.</p>')
    H.append("</article>")
    if not forum:
        H.append('<aside class="newsletter"><h3>Get the morning briefing</h3><p>One email, every weekday.</p>'
                 '<form><input type="email" placeholder="Your email"><button>Sign up</button></form></aside>')
        H.append('<section class="comments"><h3>Comments</h3>')
        for name, txt in a["comments"]:
            H.append(f'<div class="comment"><span class="comment-author">{esc(name)}</span><p>{esc(txt)}</p></div>')
        H.append('<div class="reply-form"><h4>Leave a Reply</h4><form><textarea name="comment"></textarea>'
                 '<input name="name" placeholder="Name"><input name="email" placeholder="Email">'
                 "<button>Post Comment</button></form></div></section>")
    k = (d.toordinal()) % len(RELATED)
    rel = [RELATED[(k + i) % len(RELATED)] for i in range(3)]
    H.append('<aside class="related"><h3>Related stories</h3><ul>' +
             "".join(f'<li><a href="#">{esc(r)}</a></li>' for r in rel) + "</ul></aside>")
    H.append("</main>")
    H.append(f'<footer><p>&copy; {d.year} {esc(a["outlet"])}. All rights reserved.</p><p><a href="/privacy">'
             'Privacy</a> | <a href="/terms">Terms</a> | <a href="/contact">Contact</a></p></footer>')
    H += ["</body>", "</html>", ""]
    return "\n".join(H)


def main():
    os.makedirs(CORPUS, exist_ok=True)
    for f in os.listdir(CORPUS):
        os.remove(os.path.join(CORPUS, f))
    for a in ARTICLES:
        text = {"md": render_md, "txt": render_txt, "html": render_html}[a["fmt"]](a)
        with open(os.path.join(CORPUS, a["file"]), "w", encoding="utf-8") as fh:
            fh.write(text)
        print(f"{word_count(a):4d}  {'D' if a['distractor'] else ' '}  {a['file']}")
    print(f"{len(ARTICLES)} files written")


if __name__ == "__main__":
    main()
