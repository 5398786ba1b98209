#!/usr/bin/env python3
"""Render tools/articles.py into ../corpus/ (md, html, txt) and print word counts."""
import datetime, html, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from articles import A

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "corpus")


def wd(date):
    d = datetime.date.fromisoformat(date)
    return d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y")


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def counted_text(a):
    parts = []
    for b in a["blocks"]:
        if b[0] == "p":
            parts.append(b[1])
        elif b[0] == "l":
            parts.extend(b[1])
        elif b[0] == "q":
            parts.extend([b[1], b[2]])
        elif b[0] == "post":
            parts.append(b[3])
        elif b[0] == "c":
            parts.append(b[2])
    return " ".join(parts)


def words(a):
    return len(counted_text(a).split())


def render_md(a):
    o = ["---", f"title: \"{a['title']}\"", f"date: {a['date']}",
         f"url: https://example.org/{slug(a['outlet'])}/{a['date'][:7]}/{slug(a['title'])[:60]}",
         f"source: {a['outlet']}", "---", "", f"# {a['title']}", "",
         f"*{a['outlet']} | {wd(a['date'])}*", "", f"**By {a['byline']}**", ""]
    for b in a["blocks"]:
        if b[0] == "p":
            o += [b[1], ""]
        elif b[0] == "h":
            o += [f"## {b[1]}", ""]
        elif b[0] == "l":
            o += [f"- {x}" for x in b[1]] + [""]
        elif b[0] == "q":
            o += [f"### {b[1]}", "", b[2], ""]
    o += ["---", "", f"*{a['teaser']}*", ""]
    return "\n".join(o)


def render_txt(a):
    o = [a["title"], f"{a['outlet']} | {wd(a['date'])}"]
    if a["byline"]:
        o.append(f"By {a['byline']}")
    o.append("")
    for b in a["blocks"]:
        if b[0] == "p":
            o += [b[1], ""]
        elif b[0] == "h":
            o += [b[1].upper(), ""]
        elif b[0] == "l":
            o += [f"* {x}" for x in b[1]] + [""]
        elif b[0] == "q":
            o += [f"Q: {b[1]}", f"A: {b[2]}", ""]
        elif b[0] == "post":
            d = datetime.date.fromisoformat(b[2])
            o += [f"{b[1]} wrote on {d.strftime('%d %b %Y')}:", b[3], ""]
    if a["shape"] in ("court", "press"):
        o += [a["teaser"]]
    elif a["shape"] == "forum":
        o += ["-- end of thread (archived, replies closed) --"]
    else:
        o += ["---", a["teaser"], "Reply to this story: letters@example.org"]
    return "\n".join(o) + "\n"


COOKIE = ('<div class="cookie-banner" role="dialog">We use cookies to improve your experience and for analytics. '
          '<button>Accept all</button> <button>Manage preferences</button></div>')
NAV = ('<nav class="site-nav"><a href="/">Home</a> <a href="/markets">Markets</a> <a href="/companies">Companies</a> '
       '<a href="/sanctions">Sanctions</a> <a href="/opinion">Opinion</a> '
       '<form class="search" action="/search"><input name="q" placeholder="Search"><button>Go</button></form></nav>')
SHARE = ('<div class="share"><span>Share:</span> <a href="#">X</a> <a href="#">LinkedIn</a> <a href="#">Facebook</a> '
         '<a href="#">Email</a> <button>Copy link</button></div>')
NEWS = ('<aside class="newsletter"><h3>Get the morning briefing</h3><form><input type="email" placeholder="Your email">'
        '<button>Sign up</button></form></aside>')
RELATED = ('<aside class="related"><h3>Related stories</h3><ul><li><a href="#">Central banks keep buying gold</a></li>'
           '<li><a href="#">Five charts on the bond market this week</a></li>'
           '<li><a href="#">Pension funds rethink emerging markets</a></li></ul></aside>')
FOOT = ('<footer><p>&copy; {y} {o}. All rights reserved.</p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a> '
        '<a href="/contact">Contact</a></footer>')


def e(s):
    return html.escape(s, quote=True)


def render_html(a):
    desc = counted_text(a)[:150]
    head = (f"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{e(a['title'])} | {e(a['outlet'])}</title>\n"
            f"<meta name=\"date\" content=\"{a['date']}\">\n<meta name=\"description\" content=\"{e(desc)}\">\n"
            f"<meta property=\"og:title\" content=\"{e(a['title'])}\">\n"
            f"<meta property=\"article:published_time\" content=\"{a['date']}T08:00:00Z\">\n"
            f"<link rel=\"canonical\" href=\"https://example.org/{slug(a['outlet'])}/{slug(a['title'])[:60]}\">\n</head>\n<body>\n")
    o = [head, COOKIE, NAV, "<main>", "<article>", f"<h1>{e(a['title'])}</h1>"]
    if a["shape"] == "forum":
        o.append(f"<p class=\"meta\">Archived thread | {e(a['outlet'])} | last post <time datetime=\"{a['date']}\">{wd(a['date'])}</time></p>")
    else:
        o.append(f"<p class=\"meta\">By {e(a['byline'])} | <time datetime=\"{a['date']}\">{wd(a['date'])}</time></p>")
        o.append(SHARE)
    for b in a["blocks"]:
        if b[0] == "p":
            o.append(f"<p>{e(b[1])}</p>")
        elif b[0] == "h":
            o.append(f"<h2>{e(b[1])}</h2>")
        elif b[0] == "l":
            o.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in b[1]) + "</ul>")
        elif b[0] == "q":
            o.append(f"<section class=\"faq\"><h3>{e(b[1])}</h3><p>{e(b[2])}</p></section>")
        elif b[0] == "post":
            o.append(f"<div class=\"post\"><p class=\"author\">{e(b[1])} wrote on <time datetime=\"{b[2]}\">{b[2]}</time>:</p><p>{e(b[3])}</p></div>")
    o.append("</article>")
    comments = [b for b in a["blocks"] if b[0] == "c"]
    if a["shape"] != "forum":
        o.append('<section class="comments"><h3>Comments</h3>')
        for c in comments:
            o.append(f"<div class=\"comment\"><p class=\"author\">{e(c[1])}</p><p>{e(c[2])}</p></div>")
        if not comments:
            o.append("<p>No comments yet.</p>")
        o.append('<h3>Leave a Reply</h3><form class="reply"><textarea name="comment"></textarea>'
                 '<input name="name" placeholder="Name"><input name="email" placeholder="Email"><button>Post Comment</button></form></section>')
        o.append(NEWS)
    else:
        o.append('<p class="closed">This thread is archived. Replies are closed.</p>')
    o += [RELATED, "</main>", FOOT.format(y=a["date"][:4], o=e(a["outlet"])), "</body>\n</html>\n"]
    return "\n".join(o)


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    for a in A:
        ext = a["file"].rsplit(".", 1)[1]
        text = {"md": render_md, "txt": render_txt, "html": render_html}[ext](a)
        with open(os.path.join(OUT, a["file"]), "w", encoding="utf-8") as fh:
            fh.write(text)
        print(f"{words(a):4d}  {a['date']}  {'D' if a['distractor'] else ' '}  {a['file']}")
    print(len(A), "files")


if __name__ == "__main__":
    main()
