"""Render tools/articles.py into ../corpus (md, html, txt) and print article-text word counts."""
import datetime, html, os, re, shutil
from articles import A

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "corpus")


def nice(d):
    x = datetime.date.fromisoformat(d)
    return x.strftime("%A, %B ") + str(x.day) + x.strftime(", %Y")


def words(a):
    n = 0
    for b in a["body"]:
        if b[0] == "p" and b[1] != "---" and not b[1].startswith("Our tip") and not b[1].startswith("More from"):
            n += len(b[1].split())
        elif b[0] == "li":
            n += sum(len(i.split()) for i in b[1])
        elif b[0] in ("qa", "post", "comment"):
            n += len(b[2].split()) + (len(b[1].split()) if b[0] == "qa" else 0)
    return n


def md(a):
    s = ["---", f'title: "{a["title"]}"', f"date: {a['date']}", f"url: https://example.org/{a['slug'][3:]}",
         f"source: {a['outlet']}", "---", "", f"# {a['title']}", "", f"*{a['outlet']} | {nice(a['date'])}*", "",
         f"**{a['byline']}**", ""]
    for b in a["body"]:
        if b[0] == "p":
            s += [f"*{b[1]}*" if b[1].startswith("More from") else b[1], ""]
        elif b[0] == "h":
            s += [f"## {b[1]}", ""]
        elif b[0] == "li":
            s += [f"- {i}" for i in b[1]] + [""]
    if not any(b[0] == "p" and b[1].startswith("More from") for b in a["body"]):
        s += [f"*More from {a['outlet']}: subscribe for weekly updates.*", ""]
    return "\n".join(s)


def txt(a):
    s = [a["title"], f"{a['outlet']} | {nice(a['date'])}", a["byline"], ""]
    for b in a["body"]:
        if b[0] == "p":
            s += [b[1], ""]
        elif b[0] == "h":
            s += [b[1].upper(), ""]
        elif b[0] == "li":
            s += [f"* {i}" for i in b[1]] + [""]
    return "\n".join(s)


def h(a):
    e = html.escape
    canon = f"https://example.org/{a['slug'][3:]}"
    forum = a["shape"] == "forum"
    s = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">', f"<title>{e(a['title'])} | {e(a['outlet'])}</title>",
         f'<meta name="date" content="{a["date"]}">', f'<meta name="description" content="{e(a["desc"])}">',
         f'<meta property="og:title" content="{e(a["title"])}">',
         f'<meta property="article:published_time" content="{a["date"]}T08:00:00Z">',
         f'<link rel="canonical" href="{canon}">', "</head><body>",
         '<div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button> <button>Settings</button></div>',
         f'<header><nav><a href="/">{e(a["outlet"])}</a> | <a href="/news">News</a> | <a href="/sanctions">Sanctions</a> | <a href="/shipping">Shipping</a> | <form class="search"><input type="search" placeholder="Search"></form></nav></header>',
         "<main><article>", f"<h1>{e(a['title'])}</h1>"]
    if forum:
        s.append(f'<p class="meta">Archived thread | started <time datetime="{a["date"]}">{nice(a["date"])}</time></p>')
    else:
        s.append(f'<p class="byline">{e(a["byline"])} | <time datetime="{a["date"]}">{nice(a["date"])}</time></p>')
        s.append('<div class="share"><a href="#">Share on X</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>')
    comments = []
    for b in a["body"]:
        if b[0] == "p":
            s.append(f"<p>{e(b[1])}</p>")
        elif b[0] == "h":
            s.append(f"<h2>{e(b[1])}</h2>")
        elif b[0] == "li":
            s.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + "</ul>")
        elif b[0] == "qa":
            s.append(f'<div class="faq"><h3>{e(b[1])}</h3><p>{e(b[2])}</p></div>')
        elif b[0] == "post":
            s.append(f'<div class="post"><span class="user">{e(b[1])}</span> wrote:<p>{e(b[2])}</p></div>')
        elif b[0] == "comment":
            comments.append(b)
    s.append("</article>")
    if not forum:
        s.append('<aside class="newsletter"><h3>Get the briefing</h3><form><input type="email" placeholder="Your email"><button>Sign up</button></form></aside>')
        s.append('<section class="comments"><h3>Comments</h3>')
        for c in comments:
            s.append(f'<div class="comment"><b>{e(c[1])}</b><p>{e(c[2])}</p></div>')
        s.append('<h4>Leave a Reply</h4><form class="reply"><textarea name="comment"></textarea><input name="name" placeholder="Name"><button>Post Comment</button></form></section>')
    s.append('<aside class="related"><h3>Related stories</h3><ul><li><a href="/x1">Port congestion eases in Rotterdam</a></li><li><a href="/x2">Five tips for a smoother customs audit</a></li><li><a href="/x3">Bunker prices edge higher</a></li></ul></aside>')
    s.append(f'</main><footer><p>&copy; {a["date"][:4]} {e(a["outlet"])}. All rights reserved. <a href="/privacy">Privacy</a> | <a href="/terms">Terms</a></p></footer></body></html>')
    return "\n".join(s)


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    for a in A:
        fn = a["slug"] + "." + a["fmt"]
        body = {"md": md, "txt": txt, "html": h}[a["fmt"]](a)
        with open(os.path.join(OUT, fn), "w", encoding="utf-8") as f:
            f.write(body + "\n")
        print(f"{words(a):4d}  {'D' if a['distractor'] else ' '}  {fn}")
    print("files:", len(A))


if __name__ == "__main__":
    main()
