#!/usr/bin/env python3
"""Build corpus/ from articles.py: md front matter, html chrome, txt layout. Prints word counts."""
import datetime, html, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from articles import ARTICLES

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "corpus")

TEASERS = [
    "Five budget-friendly standing desks we tested this spring",
    "The best hiking trails within two hours of the city",
    "Why sourdough is back: a baker explains",
    "Smartphone battery myths, busted",
    "How to pick a running shoe that actually fits",
    "Ten houseplants that survive a forgetful owner",
    "Review: the new wave of electric scooters",
    "Weekend recipe: slow-roasted tomatoes",
]
TIPS = [
    "Our tip: Back up your phone photos before you travel - it takes five minutes.",
    "Our tip: Renew your passport at least three months before a trip abroad.",
    "Our tip: A cheap surge protector can save an expensive laptop.",
    "Our tip: Check tyre pressure monthly; it saves fuel.",
]


def dt(a):
    return datetime.date.fromisoformat(a["date"])


def human(d):
    return f"{d.strftime('%A')}, {d.strftime('%B')} {d.day}, {d.year}"


def blocks(body):
    out = []
    for raw in body.strip().split("\n\n"):
        b = raw.strip()
        if b.startswith("## "):
            out.append(("h", b[3:].strip()))
        elif b.startswith("@post "):
            u, w, t = b[6:].split("|", 2)
            out.append(("post", u, w, t))
        elif b.startswith("@comment "):
            u, w, t = b[9:].split("|", 2)
            out.append(("comment", u, w, t))
        elif all(l.startswith("- ") for l in b.split("\n")):
            out.append(("ul", [l[2:] for l in b.split("\n")]))
        else:
            out.append(("p", b))
    return out


def words(a):
    n = 0
    for b in blocks(a["body"]):
        if b[0] in ("p", "h"):
            n += len(b[1].split())
        elif b[0] == "ul":
            n += sum(len(x.split()) for x in b[1])
        else:
            n += len(b[3].split())
    return n


def slug(a):
    return a["fname"].rsplit(".", 1)[0].lower()


def build_md(a):
    d = dt(a)
    L = ["---", f'title: "{a["title"]}"', f"date: {a['date']}",
         f"url: https://example.org/{a['outlet'].lower().replace(' ', '-')}/{slug(a)}",
         f'source: "{a["outlet"]}"', "---", "", f"# {a['title']}", "", f"*{a['outlet']} | {human(d)}*", ""]
    for b in blocks(a["body"]):
        if b[0] == "h":
            L += [f"## {b[1]}", ""]
        elif b[0] == "p":
            L += [b[1], ""]
        elif b[0] == "ul":
            L += [f"- {x}" for x in b[1]] + [""]
        elif b[0] in ("post", "comment"):
            L += [f"**{b[1]}** ({b[2]}): {b[3]}", ""]
    return "\n".join(L)


def build_txt(a, i):
    d = dt(a)
    L = [a["title"], f"{a['outlet']} | {human(d)}", ""]
    for b in blocks(a["body"]):
        if b[0] == "h":
            L += [b[1].upper(), ""]
        elif b[0] == "p":
            L += [b[1], ""]
        elif b[0] == "ul":
            L += [f"* {x}" for x in b[1]] + [""]
        else:
            L += [f"{b[1]} ({b[2]}): {b[3]}", ""]
    if a["shape"] == "news":
        L += ["---", TIPS[i % len(TIPS)], "",
              "Leave a Reply", "Your email address will not be published. Required fields are marked *",
              "Comment *", "Name *", "Email *", "[ Post Comment ]", ""]
    elif a["shape"] in ("court", "agency"):
        L += [f"Copyright (c) {d.year} {a['outlet']}. All rights reserved. Summaries are not legal advice.", ""]
    elif a["shape"] == "advice":
        L += ["---", "Disclaimer: Ask the Compliance Desk answers reader letters for general information only. "
              "It is not legal advice; consult a qualified adviser about your own situation.",
              f"(c) {d.year} {a['outlet']}", ""]
    return "\n".join(L)


def build_html(a, i):
    d = dt(a)
    e = html.escape
    t = e(a["title"])
    shape = a["shape"]
    H = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
         f"<title>{t} | {e(a['outlet'])}</title>",
         f'<meta name="date" content="{a["date"]}">',
         f'<meta name="description" content="{t}">',
         f'<meta property="og:title" content="{t}">',
         f'<meta property="article:published_time" content="{a["date"]}T08:00:00Z">',
         f'<link rel="canonical" href="https://example.org/{a["outlet"].lower().replace(" ", "-")}/{slug(a)}">',
         "</head>", "<body>",
         '<div class="cookie-banner">We use cookies to improve your experience. <button>Accept all</button> <button>Manage settings</button></div>',
         f'<header><a class="logo" href="/">{e(a["outlet"])}</a>',
         '<nav><a href="/news">News</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/compliance">Compliance</a> <a href="/opinion">Opinion</a>',
         '<form class="search" action="/search"><input type="search" name="q" placeholder="Search"><button>Go</button></form></nav></header>',
         "<main>", "<article>", f"<h1>{t}</h1>"]
    if shape == "forum":
        H.append(f'<p class="thread-meta">Thread started <time datetime="{a["date"]}">{human(d)}</time> in Sanctions &amp; Screening</p>')
    else:
        H.append(f'<p class="byline">By Staff Writer | <time datetime="{a["date"]}">{human(d)}</time></p>')
    share = '<div class="share">Share: <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a> <a href="#">Copy link</a></div>'
    if shape not in ("forum", "press"):
        H.append(share)
    comments = []
    ul_open = False
    for b in blocks(a["body"]):
        if b[0] == "h":
            H.append(f"<h2>{e(b[1])}</h2>")
        elif b[0] == "p":
            H.append(f"<p>{e(b[1])}</p>")
        elif b[0] == "ul":
            H.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + "</ul>")
        elif b[0] == "post":
            H.append(f'<div class="post"><div class="post-user">{e(b[1])}</div><div class="post-date">{e(b[2])}</div><div class="post-body"><p>{e(b[3])}</p></div></div>')
        elif b[0] == "comment":
            comments.append(b)
    if shape not in ("forum", "press"):
        H.append(share)
    H.append("</article>")
    if shape in ("news", "blog", "explainer", "faq"):
        H.append('<section class="comments"><h3>Comments</h3>')
        for c in comments:
            H.append(f'<div class="comment"><span class="comment-author">{e(c[1])}</span> <span class="comment-date">{e(c[2])}</span><p>{e(c[3])}</p></div>')
        H.append('<div class="reply"><h3>Leave a Reply</h3><p>Your email address will not be published.</p>'
                 '<form><textarea name="comment"></textarea><input name="author" placeholder="Name"><input name="email" placeholder="Email">'
                 '<button>Post Comment</button></form></div></section>')
    if shape == "forum":
        H.append('<p class="locked">This thread has been locked by a moderator.</p>')
    H.append('<aside class="newsletter"><h3>Get the morning briefing</h3><form><input type="email" placeholder="you@example.com"><button>Sign up</button></form></aside>')
    t1, t2, t3 = (TEASERS[(i + k) % len(TEASERS)] for k in range(3))
    H.append(f'<aside class="related"><h3>Related stories</h3><ul><li><a href="#">{t1}</a></li><li><a href="#">{t2}</a></li><li><a href="#">{t3}</a></li></ul></aside>')
    H += ["</main>", f'<footer><p>&copy; {d.year} {e(a["outlet"])}. All rights reserved.</p><p><a href="/privacy">Privacy</a> | <a href="/terms">Terms</a> | <a href="/contact">Contact</a></p></footer>',
          "</body>", "</html>", ""]
    return "\n".join(H)


def main():
    os.makedirs(CORPUS, exist_ok=True)
    for f in os.listdir(CORPUS):
        os.remove(os.path.join(CORPUS, f))
    for i, a in enumerate(ARTICLES):
        ext = a["fname"].rsplit(".", 1)[1]
        text = {"md": build_md, "txt": lambda x: build_txt(x, i), "html": lambda x: build_html(x, i)}[ext](a)
        with open(os.path.join(CORPUS, a["fname"]), "w", encoding="utf-8") as fh:
            fh.write(text)
        print(f"{words(a):4d}  {a['fname']}{'  [distractor]' if a.get('distractor') else ''}")
    print("files:", len(ARTICLES))


if __name__ == "__main__":
    main()
