"""Render tools/articles.py into ../corpus (md, html, txt) and print word counts of article text."""
import datetime, html, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from articles import A

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "corpus")

def longdate(d):
    dt = datetime.date.fromisoformat(d)
    return dt.strftime("%A, %B ") + str(dt.day) + dt.strftime(", %Y")

def slug(a):
    return a["file"].rsplit(".", 1)[0].lower()

def text_units(a):
    out = []
    for b in a["body"]:
        if b[0] in ("p", "li"): out.append(b[1])
        elif b[0] == "q": out += [b[1], b[2]]
        elif b[0] == "post": out.append(b[3])
        elif b[0] == "c": out.append(b[2])
    return out

def words(a):
    return sum(len(t.split()) for t in text_units(a))

def render_md(a):
    L = ["---", f"title: \"{a['title']}\"", f"date: {a['date']}",
         f"url: https://news.example.org/{slug(a)}", f"source: {a['outlet']}", "---", "",
         f"# {a['title']}", "", f"*{a['outlet']} | {longdate(a['date'])}*", "", f"**By {a['byline']}**", ""]
    for b in a["body"]:
        if b[0] == "p": L += [b[1], ""]
        elif b[0] == "h": L += [f"## {b[1]}", ""]
        elif b[0] == "li": L += [f"- {b[1]}"]
        elif b[0] == "q": L += [f"**{b[1]}**", "", b[2], ""]
    L = [x for x in L]
    # blank line after list runs
    txt = "\n".join(L)
    txt = re.sub(r"(\n- [^\n]*)\n(?!- |\n)", r"\1\n\n", txt)
    if a.get("teaser"): txt += f"\n\n*{a['teaser']}*\n"
    return txt.rstrip() + "\n"

def render_txt(a):
    L = [a["title"], f"{a['outlet']} | {longdate(a['date'])}", f"By {a['byline']}", ""]
    for b in a["body"]:
        if b[0] == "p": L += [b[1], ""]
        elif b[0] == "h": L += [b[1].upper(), ""]
        elif b[0] == "li": L += [f"* {b[1]}", ""]
        elif b[0] == "q": L += [f"Q: {b[1]}", f"A: {b[2]}", ""]
        elif b[0] == "post": L += [f"[{b[1]}] {b[2]}", b[3], ""]
    if a["shape"] == "forum":
        L += ["-- End of archived thread. Replies are closed. --"]
    elif a["shape"] == "agency":
        pass
    else:
        L += ["---", a.get("teaser") or "Our tip: More stories on our home page", "Reply to the editors: letters@example.org"]
    return "\n".join(L).rstrip() + "\n"

def e(s): return html.escape(s, quote=True)

def render_html(a):
    shape = a["shape"]
    h = ["<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
         f"<title>{e(a['title'])} | {e(a['outlet'])}</title>",
         f"<meta name=\"date\" content=\"{a['date']}\">",
         f"<meta name=\"description\" content=\"{e(text_units(a)[0][:150])}\">",
         f"<meta property=\"og:title\" content=\"{e(a['title'])}\">",
         f"<meta property=\"article:published_time\" content=\"{a['date']}T09:00:00Z\">",
         f"<link rel=\"canonical\" href=\"https://news.example.org/{slug(a)}\">",
         "</head>", "<body>",
         "<div class=\"cookie-banner\" role=\"dialog\">We use cookies to improve your experience and measure traffic. <button>Accept all</button> <button>Manage preferences</button></div>",
         f"<header><a class=\"logo\" href=\"/\">{e(a['outlet'])}</a>",
         "<nav><ul><li><a href=\"/news\">News</a></li><li><a href=\"/tech\">Tech</a></li><li><a href=\"/policy\">Policy</a></li><li><a href=\"/about\">About</a></li></ul>",
         "<form class=\"search\" action=\"/search\"><input type=\"search\" name=\"q\" placeholder=\"Search\"><button>Go</button></form></nav></header>",
         "<main><article>", f"<h1>{e(a['title'])}</h1>",
         f"<p class=\"byline\">By {e(a['byline'])} | <time datetime=\"{a['date']}\">{longdate(a['date'])}</time></p>"]
    if shape != "forum":
        h.append("<div class=\"share\"><a href=\"#\">Share on X</a> <a href=\"#\">Share on Facebook</a> <a href=\"#\">Email</a> <a href=\"#\">Copy link</a></div>")
    inlist = False
    for b in a["body"]:
        if b[0] != "li" and inlist: h.append("</ul>"); inlist = False
        if b[0] == "p": h.append(f"<p>{e(b[1])}</p>")
        elif b[0] == "h": h.append(f"<h2>{e(b[1])}</h2>")
        elif b[0] == "li":
            if not inlist: h.append("<ul>"); inlist = True
            h.append(f"<li>{e(b[1])}</li>")
        elif b[0] == "q": h.append(f"<div class=\"faq\"><h3>{e(b[1])}</h3><p>{e(b[2])}</p></div>")
        elif b[0] == "post":
            h.append(f"<div class=\"post\"><p class=\"user\">{e(b[1])} <span class=\"when\">{e(b[2])}</span></p><p>{e(b[3])}</p></div>")
    if inlist: h.append("</ul>")
    comments = [b for b in a["body"] if b[0] == "c"]
    h.append("</article>")
    if shape == "forum":
        h.append("<p class=\"archived\">This thread has been archived. New replies are disabled.</p>")
    else:
        if a.get("teaser"): h.append(f"<aside class=\"teaser\"><p>{e(a['teaser'])}</p></aside>")
        h.append("<aside class=\"newsletter\"><h3>Get the morning briefing</h3><form><input type=\"email\" placeholder=\"Your email\"><button>Sign up</button></form></aside>")
        h.append("<section class=\"comments\"><h3>Comments</h3>")
        for c in comments:
            h.append(f"<div class=\"comment\"><p class=\"user\">{e(c[1])}</p><p>{e(c[2])}</p></div>")
        h.append("<h3>Leave a Reply</h3><form class=\"reply\"><textarea name=\"comment\"></textarea><input name=\"name\" placeholder=\"Name\"><button>Post Comment</button></form></section>")
        h.append("<section class=\"related\"><h3>Related stories</h3><ul><li><a href=\"/tech/best-budget-earbuds\">The best budget earbuds this year</a></li><li><a href=\"/policy/spectrum-auction-explained\">Spectrum auctions, explained</a></li><li><a href=\"/news/city-council-broadband\">City council weighs public broadband</a></li></ul></section>")
    h += ["</main>", f"<footer><p>&copy; {a['date'][:4]} {e(a['outlet'])}. All rights reserved.</p><p><a href=\"/privacy\">Privacy</a> | <a href=\"/terms\">Terms</a> | <a href=\"/contact\">Contact</a></p></footer>",
          "</body>", "</html>"]
    return "\n".join(h) + "\n"

def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    for a in A:
        ext = a["file"].rsplit(".", 1)[1]
        txt = {"md": render_md, "txt": render_txt, "html": render_html}[ext](a)
        with open(os.path.join(OUT, a["file"]), "w", encoding="utf-8") as fh:
            fh.write(txt)
        print(f"{words(a):4d}  {a['date']}  {a['file']}{'  [distractor]' if a['distractor'] else ''}")
    print(len(A), "files")

if __name__ == "__main__":
    main()
