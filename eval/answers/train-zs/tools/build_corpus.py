"""Render tools/articles.py into ../corpus and print word counts of article text."""
import datetime, html, os, re, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from articles import A

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "corpus")
SITE = "https://news.example.org"


def nice_date(d):
    dt = datetime.date.fromisoformat(d)
    return dt.strftime("%A, %B ") + str(dt.day) + dt.strftime(", %Y")


def body_text(a):
    parts = []
    for item in a["body"]:
        if isinstance(item, tuple):
            parts.extend(item)
        else:
            parts.append(item)
    for c in a["comments"]:
        parts.append(c[1])
    return " ".join(parts)


def words(a):
    return len(re.findall(r"\S+", body_text(a)))


def render_md(a):
    out = ["---", f"title: \"{a['title']}\"", f"date: {a['date']}", f"url: {SITE}/{a['slug']}",
           f"source: {a['outlet']}", "---", "", f"# {a['title']}", "",
           f"*{a['outlet']} | {nice_date(a['date'])}*", "", f"**{a['byline']}**", ""]
    for p in a["body"]:
        out += [p, ""]
    out += ["---", "", "More from the trade desk: *Port congestion eases in Rotterdam* | *Five questions for new compliance officers*", ""]
    return "\n".join(out)


def render_txt(a):
    out = [a["title"], f"{a['outlet']} | {nice_date(a['date'])}", a["byline"], ""]
    for p in a["body"]:
        out += [p, ""]
    if a["shape"] in ("court",):
        out += ["(c) Capital Export Report. Not legal advice.", ""]
    else:
        out += ["---", "Our tip: sign up for the morning export-control briefing.", "Reply to this newsletter to reach the desk.", ""]
    return "\n".join(out)


def render_html(a):
    e = html.escape
    nd = nice_date(a["date"])
    desc = e(body_text(a)[:150])
    h = ["<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
         f"<title>{e(a['title'])} | {e(a['outlet'])}</title>",
         f"<meta name=\"date\" content=\"{a['date']}\">",
         f"<meta name=\"description\" content=\"{desc}\">",
         f"<meta property=\"og:title\" content=\"{e(a['title'])}\">",
         f"<meta property=\"article:published_time\" content=\"{a['date']}T08:00:00Z\">",
         f"<link rel=\"canonical\" href=\"{SITE}/{a['slug']}\">", "</head>", "<body>",
         "<div class=\"cookie-banner\">We use cookies to improve your experience. <button>Accept</button> <button>Settings</button></div>",
         "<nav><a href=\"/\">Home</a> | <a href=\"/sanctions\">Sanctions</a> | <a href=\"/export-controls\">Export controls</a> | <a href=\"/courts\">Courts</a>"
         " <form action=\"/search\"><input type=\"search\" name=\"q\" placeholder=\"Search\"></form></nav>",
         "<main><article>", f"<h1>{e(a['title'])}</h1>",
         f"<p class=\"byline\">{e(a['byline'] or 'Forum archive')} | <time datetime=\"{a['date']}\">{nd}</time></p>"]
    forum = a["shape"] == "forum"
    if not forum:
        h.append("<div class=\"share\">Share: <a href=\"#\">X</a> <a href=\"#\">LinkedIn</a> <a href=\"#\">Email</a></div>")
    if a["shape"] == "faq":
        h.append("<dl class=\"faq\">")
        for q, ans in a["body"]:
            h += [f"<dt>{e(q)}</dt>", f"<dd>{e(ans)}</dd>"]
        h.append("</dl>")
    elif a["shape"] == "explainer":
        for q, ans in a["body"]:
            h += [f"<h2>{e(q)}</h2>", f"<p>{e(ans)}</p>"]
    elif forum:
        for i, (user, text) in enumerate(a["body"], 1):
            h.append(f"<div class=\"post\" id=\"post-{i}\"><span class=\"user\">{e(user)}</span> <span class=\"postno\">#{i}</span><p>{e(text)}</p></div>")
    else:
        for p in a["body"]:
            h.append(f"<p>{e(p)}</p>")
    h.append("</article>")
    if not forum:
        h.append("<aside class=\"newsletter\">Get the weekly export-control roundup. <input type=\"email\" placeholder=\"Email\"> <button>Subscribe</button></aside>")
        h.append("<section class=\"comments\"><h3>Comments</h3>")
        for user, text in a["comments"]:
            h.append(f"<div class=\"comment\"><b>{e(user)}</b><p>{e(text)}</p></div>")
        h.append("<h3>Leave a Reply</h3><form class=\"reply\"><textarea name=\"comment\"></textarea><input name=\"name\" placeholder=\"Name\"><button>Post Comment</button></form></section>")
    h += ["<aside class=\"related\"><h3>Related stories</h3><ul><li><a href=\"/a\">Shipping insurers raise war-risk premiums</a></li>"
          "<li><a href=\"/b\">What a customs broker actually does</a></li><li><a href=\"/c\">Tariff tracker: this week's changes</a></li></ul></aside>",
          "</main>", "<footer>&copy; " + e(a['outlet']) + " | <a href=\"/privacy\">Privacy</a> | <a href=\"/terms\">Terms</a></footer>",
          "</body>", "</html>", ""]
    return "\n".join(h)


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    for a in A:
        r = {"md": render_md, "txt": render_txt, "html": render_html}[a["fmt"]](a)
        with open(os.path.join(OUT, a["slug"] + "." + a["fmt"]), "w", encoding="utf-8") as f:
            f.write(r)
        print(f"{words(a):4d}  {a['date']}  {a['slug']}.{a['fmt']}{'  [distractor]' if a['distractor'] else ''}")
    print("files:", len(A))


if __name__ == "__main__":
    main()
