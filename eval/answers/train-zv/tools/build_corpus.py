"""Render tools/articles.py into ../corpus (md / html / txt). Prints word counts."""
import datetime
import html
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from articles import A  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "corpus")


def d(s):
    return datetime.date.fromisoformat(s)


def long_date(s):
    x = d(s)
    return f"{x.strftime('%A')}, {x.strftime('%B')} {x.day}, {x.year}"


def short_date(s):
    x = d(s)
    return f"{x.strftime('%B')} {x.day}, {x.year}"


def slug(a):
    return a["f"].rsplit(".", 1)[0].lower()


def domain(a):
    return re.sub(r"[^a-z]", "", a["outlet"].lower()) + ".example.org"


def words(a):
    texts = list(a["paras"]) + [c[2] for c in a["comments"]] + [p[2] for p in a["posts"]]
    n = 0
    for t in texts:
        if t.startswith("## ") or (t.isupper() and len(t) < 60):
            continue  # subheads are not counted
        n += len(t.split())
    return n


def render_md(a):
    out = ["---", f'title: "{a["title"]}"', f"date: {a['date']}",
           f"url: https://{domain(a)}/{a['date'][:4]}/{slug(a)}", f"source: {a['outlet']}", "---", "",
           f"# {a['title']}", "", f"*{a['outlet']} | {long_date(a['date'])}*", "", f"**{a['byline']}**", ""]
    for p in a["paras"]:
        out += [p, ""]
    out += [f"*{a['teaser']}*", ""]
    return "\n".join(out)


def render_txt(a):
    out = [a["title"], f"{a['outlet']} | {long_date(a['date'])}", a["byline"], ""]
    first = True
    for p in a["paras"]:
        if first and a.get("dateline"):
            p = f"{a['dateline']} - {p}"
        first = False
        out += [p, ""]
    if a["shape"] == "summary":
        pass  # the last paragraph is the not-advice line
    else:
        out += ["---", a["teaser"], "Reply to this story: letters@" + domain(a), ""]
    return "\n".join(out)


COOKIE = ('<div class="cookie-banner" role="dialog">We use cookies to improve your experience and to measure '
          'traffic. <button>Accept all</button> <button>Manage settings</button></div>')


def nav(a):
    return (f'<header class="site-header"><a class="logo" href="/">{html.escape(a["outlet"])}</a>'
            '<nav><ul><li><a href="/news">News</a></li><li><a href="/markets">Markets</a></li>'
            '<li><a href="/policy">Policy</a></li><li><a href="/money">Your Money</a></li>'
            '<li><a href="/about">About</a></li></ul>'
            '<form class="search" action="/search"><input type="search" name="q" placeholder="Search">'
            '<button>Go</button></form></nav></header>')


SHARE = ('<div class="share-buttons"><span>Share:</span> <a href="#" class="share-x">X</a> '
         '<a href="#" class="share-facebook">Facebook</a> <a href="#" class="share-linkedin">LinkedIn</a> '
         '<a href="#" class="share-email">Email</a> <button class="copy-link">Copy link</button></div>')

NEWSLETTER = ('<aside class="newsletter"><h3>Get the morning briefing</h3><form><input type="email" '
              'placeholder="you@example.com"><button>Sign up</button></form></aside>')

RELATED = ('<aside class="related"><h3>Related stories</h3><ul>'
           '<li><a href="/r/1">How to read your annual statement</a></li>'
           '<li><a href="/r/2">Five questions to ask before you retire</a></li>'
           '<li><a href="/r/3">What a rate cut means for savers</a></li></ul></aside>')

FOOTER = ('<footer><p>&copy; {y} {o}. All rights reserved.</p><ul><li><a href="/privacy">Privacy</a></li>'
          '<li><a href="/terms">Terms</a></li><li><a href="/contact">Contact</a></li></ul></footer>')


def render_html(a):
    t = html.escape(a["title"])
    url = f"https://{domain(a)}/{a['date'][:4]}/{slug(a)}"
    desc = html.escape(a["paras"][0][:150]) if a["paras"] else html.escape(a["posts"][0][2][:150])
    head = (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>{t} | {html.escape(a["outlet"])}</title>\n'
            f'<meta name="date" content="{a["date"]}">\n<meta name="description" content="{desc}">\n'
            f'<meta property="og:title" content="{t}">\n<meta property="article:published_time" content="{a["date"]}T08:00:00Z">\n'
            f'<link rel="canonical" href="{url}">\n</head>\n<body>\n')
    body = [COOKIE, nav(a), '<main>', '<article>', f'<h1>{t}</h1>']
    if a["shape"] == "forum":
        body.append(f'<p class="thread-meta">Archived thread | {html.escape(a["outlet"])} | last post '
                    f'<time datetime="{a["date"]}">{long_date(a["date"])}</time></p>')
        for user, dt, txt in a["posts"]:
            body.append(f'<div class="post"><p class="post-author">{html.escape(user)} wrote on '
                        f'<time datetime="{dt}">{short_date(dt)}</time>:</p><p>{html.escape(txt)}</p></div>')
        body.append('<p class="locked">This thread is archived and closed to new replies.</p>')
        body.append('</article></main>')
    else:
        body.append(f'<p class="byline">By {html.escape(a["byline"])} | <time datetime="{a["date"]}">'
                    f'{long_date(a["date"])}</time></p>')
        body.append(SHARE)
        for p in a["paras"]:
            if p.startswith("Q: ") and " A: " in p:
                q, ans = p[3:].split(" A: ", 1)
                body.append(f'<h3 class="faq-q">{html.escape(q)}</h3><p class="faq-a">{html.escape(ans)}</p>')
            else:
                body.append(f'<p>{html.escape(p)}</p>')
        body.append(f'<p class="teaser">{html.escape(a["teaser"])}</p>')
        body.append('</article>')
        body.append(NEWSLETTER)
        body.append(f'<section class="comments"><h3>Comments ({len(a["comments"])})</h3>')
        for user, dt, txt in a["comments"]:
            body.append(f'<div class="comment"><p class="comment-author">{html.escape(user)} | '
                        f'<time datetime="{dt}">{short_date(dt)}</time></p><p>{html.escape(txt)}</p></div>')
        body.append('<form class="comment-form"><h4>Leave a Reply</h4><textarea name="comment"></textarea>'
                    '<input name="name" placeholder="Name"><input name="email" placeholder="Email">'
                    '<button>Post Comment</button></form></section>')
        body.append(RELATED)
        body.append('</main>')
    body.append(FOOTER.format(y=a["date"][:4], o=html.escape(a["outlet"])))
    return head + "\n".join(body) + "\n</body>\n</html>\n"


def main():
    os.makedirs(CORPUS, exist_ok=True)
    for f in os.listdir(CORPUS):
        os.remove(os.path.join(CORPUS, f))
    for a in A:
        ext = a["f"].rsplit(".", 1)[1]
        text = {"md": render_md, "txt": render_txt, "html": render_html}[ext](a)
        with open(os.path.join(CORPUS, a["f"]), "w", encoding="utf-8") as fh:
            fh.write(text)
        print(f"{words(a):4d}  {'D' if a['distractor'] else ' '}  {a['f']}")
    print(len(A), "files")


if __name__ == "__main__":
    main()
