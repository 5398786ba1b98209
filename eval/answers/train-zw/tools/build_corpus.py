"""Render tools/articles.py into ../corpus/ (10 .md, 10 .html, 10 .txt) and print word counts."""
import datetime, html, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from articles import A

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "corpus")


def nice_date(d):
    dt = datetime.date.fromisoformat(d)
    return dt.strftime("%A, %B ") + str(dt.day) + dt.strftime(", %Y")


def is_subhead(p):
    return p.startswith("## ") or (p.isupper() and len(p.split()) <= 6)


def counted_text(a):
    parts = [p for p in a["paras"] if not is_subhead(p)]
    parts += [q + " " + ans for q, ans in a["faq"]]
    parts += [t for _, _, t in a["posts"]]
    parts += [t for _, t in a["comments"]]
    return " ".join(parts)


def words(a):
    return len(re.findall(r"\S+", counted_text(a).replace(" - ", " ")))


def slug(a):
    return a["fname"].rsplit(".", 1)[0].lower()


def render_md(a):
    out = ["---", f"title: \"{a['title']}\"", f"date: {a['date']}",
           f"url: https://example.org/{slug(a)}", f"source: {a['outlet']}", "---", "",
           f"# {a['title']}", "", f"*{a['outlet']} | {nice_date(a['date'])}*", "", f"**{a['byline']}**", ""]
    for p in a["paras"]:
        out += [p, ""]
    if a["teaser"]:
        out += [f"*{a['teaser']}*", ""]
    return "\n".join(out)


def render_txt(a):
    out = [a["title"], f"{a['outlet']} | {nice_date(a['date'])}", a["byline"], ""]
    if a["shape"] == "forum":
        for user, when, text in a["posts"]:
            out += [f"[{user}] {when}", text, ""]
        out += ["---", "Reply to this thread (log in required)"]
        return "\n".join(out) + "\n"
    for p in a["paras"]:
        out += [p, ""]
    if a["shape"] in ("summary", "faqtxt"):
        out += ["---", a["teaser"]]
    else:
        out += ["---", a["teaser"] or "", "Reply: letters@example.org"]
    return "\n".join(out) + "\n"


RELATED = ["Mortgage rates: what the latest cut means", "Five tips for cheaper holiday money",
           "Rail strikes: the dates to know", "Energy bills: the new price cap explained"]


def render_html(a):
    e = html.escape
    forum = a["shape"] == "forum"
    h = ["<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
         f"<title>{e(a['title'])} | {e(a['outlet'])}</title>",
         f"<meta name=\"date\" content=\"{a['date']}\">",
         f"<meta name=\"description\" content=\"{e(a['title'])}\">",
         f"<meta property=\"og:title\" content=\"{e(a['title'])}\">",
         f"<meta property=\"article:published_time\" content=\"{a['date']}T08:00:00Z\">",
         f"<link rel=\"canonical\" href=\"https://example.org/{slug(a)}\">", "</head>", "<body>",
         "<div class=\"cookie-banner\">We use cookies to improve your experience. <button>Accept all</button> <button>Manage settings</button></div>",
         f"<header><a class=\"logo\" href=\"/\">{e(a['outlet'])}</a><nav><a href=\"/news\">News</a> <a href=\"/business\">Business</a> <a href=\"/law\">Law</a> <a href=\"/opinion\">Opinion</a> <form action=\"/search\"><input name=\"q\" placeholder=\"Search\"></form></nav></header>",
         "<main>", "<article>", f"<h1>{e(a['title'])}</h1>",
         f"<p class=\"byline\">{e(a['byline'])} | <time datetime=\"{a['date']}\">{nice_date(a['date'])}</time></p>"]
    if not forum:
        h.append("<div class=\"share\"><a href=\"#\">Share on X</a> <a href=\"#\">Share on LinkedIn</a> <a href=\"#\">Email</a></div>")
    for p in a["paras"]:
        if p.startswith("## "):
            h.append(f"<h2>{e(p[3:])}</h2>")
        else:
            h.append(f"<p>{e(p)}</p>")
    if a["faq"]:
        h.append("<dl class=\"faq\">")
        for q, ans in a["faq"]:
            h.append(f"<dt>{e(q)}</dt><dd>{e(ans)}</dd>")
        h.append("</dl>")
    if forum:
        h.append("<section class=\"thread\"><p class=\"archived\">This thread is archived and closed to new replies.</p>")
        for user, when, text in a["posts"]:
            h.append(f"<div class=\"post\"><span class=\"user\">{e(user)}</span> <span class=\"when\">{when}</span><p>{e(text)}</p></div>")
        h.append("</section>")
    h.append("</article>")
    if not forum:
        h.append("<aside class=\"newsletter\"><h3>Get our weekly briefing</h3><form><input type=\"email\" placeholder=\"Your email\"><button>Sign up</button></form></aside>")
        h.append("<section class=\"comments\"><h3>Comments</h3>")
        for user, text in a["comments"]:
            h.append(f"<div class=\"comment\"><span class=\"user\">{e(user)}</span><p>{e(text)}</p></div>")
        h.append("<h3>Leave a Reply</h3><form class=\"reply\"><textarea name=\"comment\"></textarea><input name=\"name\" placeholder=\"Name\"><button>Post comment</button></form></section>")
    h.append("<aside class=\"related\"><h3>Related stories</h3><ul>" + "".join(f"<li><a href=\"#\">{e(r)}</a></li>" for r in RELATED) + "</ul></aside>")
    h += ["</main>", f"<footer><p>&copy; {a['date'][:4]} {e(a['outlet'])}. All rights reserved. <a href=\"/privacy\">Privacy</a> <a href=\"/terms\">Terms</a></p></footer>", "</body>", "</html>"]
    return "\n".join(h) + "\n"


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    for a in A:
        ext = a["fname"].rsplit(".", 1)[1]
        text = {"md": render_md, "txt": render_txt, "html": render_html}[ext](a)
        with open(os.path.join(OUT, a["fname"]), "w", encoding="utf-8") as fh:
            fh.write(text)
        print(f"{words(a):4d}  {a['date']}  {a['fname']}{'  [distractor]' if a['distractor'] else ''}")
    print("files:", len(A))


if __name__ == "__main__":
    main()
