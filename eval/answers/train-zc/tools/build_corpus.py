"""Render tools/articles.py into ../corpus as .md, .html and .txt files and print word counts."""
import datetime
import html
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from articles import ARTICLES  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "corpus")


def slug(a):
    return a["file"].rsplit(".", 1)[0].lower()


def long_date(iso):
    d = datetime.date.fromisoformat(iso)
    return d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y")


def body_lines(a):
    return [ln.strip() for ln in a["body"].strip().split("\n") if ln.strip()] if a["body"] else []


def word_count(a):
    text = " ".join(body_lines(a))
    if a.get("posts"):
        text += " " + " ".join(p[2] for p in a["posts"])
    if a.get("comments"):
        text += " " + " ".join(c[2] for c in a["comments"])
    text = re.sub(r"^## |^- ", "", text)
    return len(re.findall(r"[A-Za-z0-9$][\w'.,%$-]*", text))


# ------------------------------------------------------------------ markdown
def render_md(a):
    url = f"https://example.org/{a['outlet'].lower().replace(' ', '-')}/{slug(a)}"
    out = ["---", f'title: "{a["title"]}"', f"date: {a['date']}", f"url: {url}", f'source: "{a["outlet"]}"', "---", "",
           f"# {a['title']}", "", f"*{a['outlet']} | {long_date(a['date'])}*", ""]
    lines = body_lines(a)
    for i, ln in enumerate(lines):
        out.append(ln)
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if not (ln.startswith("- ") and nxt.startswith("- ")):
            out.append("")
    return "\n".join(out).rstrip() + "\n"


# ------------------------------------------------------------------ txt
def render_txt(a):
    out = [a["title"], f"{a['outlet']} | {long_date(a['date'])}", ""]
    for ln in body_lines(a):
        if ln.startswith("## "):
            out.append(ln[3:].upper())
        else:
            out.append(ln)
        out.append("")
    if a["footer"] == "reply":
        out += ["---", a.get("tip") or "Our tip: more stories from our newsroom.", "", "Leave a Reply",
                "Your email address will not be published. Required fields are marked *", "Comment *", "Name *",
                "Email *", "Post Comment"]
    elif a["footer"] == "copyright":
        out += [f"(c) {a['date'][:4]} {a['outlet']}. All rights reserved."]
    elif a["footer"] == "disclaimer":
        out += ["---", "Send your questions to the Sanctions Desk. This column is general information, not legal "
                "advice; answers reflect the law as of the date of publication.",
                f"(c) {a['date'][:4]} {a['outlet']}."]
    return "\n".join(out).rstrip() + "\n"


# ------------------------------------------------------------------ html
RELATED = [
    ("Ten autumn city breaks under three hours from Frankfurt", "travel"),
    ("Why container rates fell again this quarter", "shipping"),
    ("Review: the new mid-range e-bikes tested on cobbles", "tech"),
    ("Local council approves a second cycle bridge", "local"),
    ("How to read a bond prospectus in ten minutes", "money"),
    ("Chess: the endgame every club player should know", "culture"),
]


def esc(s):
    return html.escape(s, quote=False)


def html_body(a):
    parts = []
    in_list = False
    for ln in body_lines(a):
        if ln.startswith("- "):
            if not in_list:
                parts.append("<ul>")
                in_list = True
            parts.append(f"  <li>{esc(ln[2:])}</li>")
            continue
        if in_list:
            parts.append("</ul>")
            in_list = False
        if ln.startswith("## "):
            parts.append(f"<h2>{esc(ln[3:])}</h2>")
        else:
            parts.append(f"<p>{esc(ln)}</p>")
    if in_list:
        parts.append("</ul>")
    return "\n".join(parts)


def render_html(a, idx):
    d = datetime.date.fromisoformat(a["date"])
    url = f"https://example.org/{a['outlet'].lower().replace(' ', '-')}/{slug(a)}"
    desc = esc(body_lines(a)[0][:150]) if body_lines(a) else esc(a["title"])
    share = """<div class="share">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div>"""
    rel = RELATED[idx % len(RELATED):] + RELATED[:idx % len(RELATED)]
    related = "\n".join(f'    <li><a href="https://example.org/{k}/{i}">{esc(t)}</a></li>' for i, (t, k) in enumerate(rel[:3]))
    main = []
    if a.get("posts"):
        main.append(f'<p class="forum-meta">Thread started in {esc(a["outlet"])} &raquo; Compliance questions</p>')
        for user, ts, text in a["posts"]:
            main.append(f'<div class="post"><div class="post-head"><span class="user">{esc(user)}</span> '
                        f'<time datetime="{ts.replace(" ", "T")}">{ts}</time></div>\n<p>{esc(text)}</p></div>')
        main.append('<p class="locked">This thread has been locked by a moderator.</p>')
    else:
        main.append(html_body(a))
    comments = ""
    if a.get("comments"):
        cs = "\n".join(f'  <div class="comment"><b>{esc(u)}</b> <span class="when">{esc(w)}</span><p>{esc(t)}</p></div>'
                       for u, w, t in a["comments"])
        comments = f'<section class="comments"><h3>{len(a["comments"])} comments</h3>\n{cs}\n</section>'
    reply = ""
    if a["reply_form"] and not a.get("posts"):
        reply = """<section class="reply"><h3>Leave a Reply</h3>
<form><label>Comment *<textarea></textarea></label><label>Name *<input></label><label>Email *<input></label>
<button>Post Comment</button></form></section>"""
    show_share = a["share"] and not a.get("posts") and a["shape"] != "FAQ"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} | {esc(a['outlet'])}</title>
<meta name="date" content="{a['date']}">
<meta name="description" content="{desc}">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="article:published_time" content="{a['date']}T08:00:00Z">
<link rel="canonical" href="{url}">
</head>
<body>
<div class="cookie-banner">We use cookies to improve your experience and to measure traffic. <button>Accept all</button> <button>Manage settings</button></div>
<header><a class="logo" href="https://example.org/">{esc(a['outlet'])}</a>
<nav><a href="#">Home</a> <a href="#">Business</a> <a href="#">World</a> <a href="#">Energy</a> <a href="#">Law</a> <a href="#">Opinion</a>
<form class="search"><input placeholder="Search"><button>Go</button></form></nav></header>
<main>
<article>
<h1>{esc(a['title'])}</h1>
<p class="byline">By staff writer | <time datetime="{a['date']}">{long_date(a['date'])}</time></p>
{share if show_share else ''}
{chr(10).join(main)}
{share if show_share else ''}
</article>
{comments}
{reply}
<aside class="newsletter"><h3>Get the morning briefing</h3><p>Our newsletter lands in your inbox every weekday at 7am.</p><input placeholder="Your email"><button>Sign up</button></aside>
<aside class="related"><h3>Related stories</h3>
<ul>
{related}
</ul></aside>
</main>
<footer><p>&copy; {d.year} {esc(a['outlet'])}. All rights reserved.</p><a href="#">Privacy</a> <a href="#">Terms</a> <a href="#">Contact</a> <a href="#">Cookie settings</a></footer>
</body>
</html>
"""


def main():
    os.makedirs(CORPUS, exist_ok=True)
    for f in os.listdir(CORPUS):
        if f.startswith("ZC-"):
            os.remove(os.path.join(CORPUS, f))
    for i, a in enumerate(ARTICLES):
        ext = a["file"].rsplit(".", 1)[1]
        text = {"md": render_md, "txt": render_txt}.get(ext, lambda x: render_html(x, i))(a)
        with open(os.path.join(CORPUS, a["file"]), "w", encoding="utf-8") as fh:
            fh.write(text)
        print(f"{word_count(a):4d} words  {a['file']}{'  [distractor]' if a['distractor'] else ''}")
    print(f"{len(ARTICLES)} files written")


if __name__ == "__main__":
    main()
