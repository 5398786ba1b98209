"""Render tools/articles.py into ../corpus (md front matter, html chrome, txt layout); print word counts."""
import datetime, html, os, re, shutil
from articles import A

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "corpus")


def longdate(d):
    dt = datetime.date.fromisoformat(d)
    return dt.strftime("%A, %B ") + str(dt.day) + dt.strftime(", %Y")


def slug(a):
    return a["f"].rsplit(".", 1)[0].lower()


def words(a):
    n = sum(len(p.replace("## ", "").split()) for p in a["paras"])
    n += sum(len(t.split()) for _, t in a["posts"]) + sum(len(t.split()) for _, t in a["comments"])
    return n


def md(a):
    out = ["---", f'title: "{a["title"]}"', f"date: {a['date']}",
           f"url: https://example.org/{a['outlet'].lower().replace(' ', '-').replace('(', '').replace(')', '')}/{slug(a)}",
           f'source: "{a["outlet"]}"', "---", "", f"# {a['title']}", "",
           f"*{a['outlet']} | {longdate(a['date'])}*", "", f"By {a['by']}", ""]
    for p in a["paras"]:
        out += [p, ""]
    return "\n".join(out)


def txt(a):
    out = [a["title"], f"{a['outlet']} | {longdate(a['date'])}", a["by"], ""]
    for p in a["paras"]:
        out += [p.replace("## ", "") if not p.startswith("## ") else p[3:].upper(), ""]
    if a["shape"] in ("summary", "court"):
        out += [f"(c) {a['date'][:4]} {a['outlet']}. All rights reserved.", ""]
    return "\n".join(out)


def hpara(p):
    if p.startswith("## "):
        return f"<h2>{html.escape(p[3:])}</h2>"
    m = re.match(r"^(\d+)\. (.*)$", p)
    return f"<p>{html.escape(p)}</p>"


def page(a):
    e = html.escape
    dt = datetime.date.fromisoformat(a["date"])
    forum = a["shape"] == "forum"
    h = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
         f"<title>{e(a['title'])} | {e(a['outlet'])}</title>",
         f'<meta name="date" content="{a["date"]}">',
         f'<meta name="description" content="{e(a["title"])}">',
         f'<meta property="og:title" content="{e(a["title"])}">',
         f'<meta property="article:published_time" content="{a["date"]}T09:00:00Z">',
         f'<link rel="canonical" href="https://example.org/{slug(a)}">',
         '<link rel="stylesheet" href="/static/site.css">', "</head>", "<body>",
         '<div class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button> <button>Manage</button></div>',
         f'<header class="site-header"><a class="logo" href="/">{e(a["outlet"])}</a>',
         '<nav><a href="/news">News</a> <a href="/policy">Policy</a> <a href="/markets">Markets</a> <a href="/about">About</a>'
         ' <form class="search" action="/search"><input name="q" placeholder="Search"></form></nav></header>',
         '<main><article>', f"<h1>{e(a['title'])}</h1>"]
    if forum:
        h.append(f'<p class="meta">Thread started <time datetime="{a["date"]}">{longdate(a["date"])}</time> | archived</p>')
        for i, (u, t) in enumerate(a["posts"]):
            h.append(f'<div class="post" id="p{i+1}"><span class="user">{e(u)}</span> <span class="postno">#{i+1}</span><p>{e(t)}</p></div>')
    else:
        byl = f'By {e(a["by"])} | ' if a["by"] else ""
        h.append(f'<p class="byline">{byl}<time datetime="{a["date"]}">{longdate(a["date"])}</time></p>')
        h.append('<div class="share">Share: <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>')
        h += [hpara(p) for p in a["paras"]]
        h.append('<div class="share">Share: <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>')
        h.append('<aside class="newsletter"><h3>Get the briefing</h3><form><input type="email" placeholder="Your email"><button>Sign up</button></form></aside>')
        h.append('<section class="comments"><h3>Comments</h3>')
        for u, t in a["comments"]:
            h.append(f'<div class="comment"><span class="user">{e(u)}</span><p>{e(t)}</p></div>')
        h.append('<h3>Leave a Reply</h3><form class="reply"><input name="name" placeholder="Name"><input name="email" placeholder="Email">'
                 '<textarea name="comment"></textarea><button>Post Comment</button></form></section>')
    h += ['</article>', '<aside class="related"><h3>Related stories</h3><ul><li><a href="/a1">Port congestion eases in Rotterdam</a></li>'
          '<li><a href="/a2">Central bank holds rates</a></li><li><a href="/a3">Ten gadgets for the holidays</a></li></ul></aside>',
          '</main>', f'<footer><p>&copy; {dt.year} {e(a["outlet"])}. All rights reserved. <a href="/privacy">Privacy</a> <a href="/terms">Terms</a></p></footer>',
          "</body>", "</html>", ""]
    return "\n".join(h)


if __name__ == "__main__":
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    for a in A:
        ext = a["f"].rsplit(".", 1)[1]
        body = {"md": md, "txt": txt, "html": page}[ext](a)
        open(os.path.join(OUT, a["f"]), "w").write(body)
        print(f"{words(a):4d}  {a['date']}  {'D ' if a['dist'] else '  '}{a['f']}")
    print(len(A), "files")
