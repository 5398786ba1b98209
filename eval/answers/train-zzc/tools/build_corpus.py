"""Render tools/articles.py into ../corpus (md, html, txt). Prints word counts. Standard library only."""
import datetime, html, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from articles import ARTICLES

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "corpus")
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def long_date(iso):
    d = datetime.date.fromisoformat(iso)
    return "%s, %s %d, %d" % (d.strftime("%A"), d.strftime("%B"), d.day, d.year)


def slug(a):
    return a["name"].rsplit(".", 1)[0].lower()


def counted_texts(a):
    out = []
    for b in a["blocks"]:
        if b[0] == "p":
            out.append(b[1])
        elif b[0] == "li":
            out.extend(b[1])
        elif b[0] == "qa":
            out.extend([b[1], b[2]])
        elif b[0] in ("post", "comment"):
            out.append(b[3])
    return out


def word_count(a):
    return sum(len(t.split()) for t in counted_texts(a))


def render_md(a):
    L = ["---", 'title: "%s"' % a["title"].replace('"', "'"), "date: %s" % a["date"],
         "url: https://example.org/%s/%s" % (a["date"][:4], slug(a)), "source: %s" % a["outlet"], "---", "",
         "# " + a["title"], "", "*%s | %s*" % (a["outlet"], long_date(a["date"])), "", "**By %s**" % a["byline"], ""]
    for b in a["blocks"]:
        if b[0] == "h":
            L += ["## " + b[1], ""]
        elif b[0] == "p":
            L += [b[1], ""]
        elif b[0] == "li":
            L += ["- " + i for i in b[1]] + [""]
        elif b[0] == "qa":
            L += ["**Q: %s**" % b[1], "", b[2], ""]
        else:
            raise ValueError(b[0])
    L += ["---", "", "*More from %s: %s*" % (a["outlet"], a["teaser"]), ""]
    return "\n".join(L)


def render_txt(a):
    L = [a["title"], "%s | %s" % (a["outlet"], long_date(a["date"])), "By " + a["byline"], ""]
    for b in a["blocks"]:
        if b[0] == "h":
            L += [b[1].upper(), ""]
        elif b[0] == "p":
            L += [b[1], ""]
        elif b[0] == "li":
            L += ["* " + i for i in b[1]] + [""]
        elif b[0] == "post":
            L += ["%s wrote on %s:" % (b[1], b[2]), b[3], ""]
        else:
            raise ValueError(b[0])
    if a["kind"] == "news":
        L += ["---", "Our tip: " + a["teaser"], "Reply to this story: letters@example.org", ""]
    elif a["kind"] == "summary":
        L += ["This summary is for information only and is not legal advice.", ""]
    elif a["kind"] == "statement":
        L += ["This summary of a company statement is not investment advice.", ""]
    elif a["kind"] == "forum":
        L += ["[Thread archived. Replies are closed.]", ""]
    return "\n".join(L)


def e(s):
    return html.escape(s, quote=False)


def render_html(a):
    iso = a["date"]
    forum = a["kind"] == "forum"
    H = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
         "<title>%s | %s</title>" % (e(a["title"]), e(a["outlet"])),
         '<meta name="date" content="%s">' % iso,
         '<meta name="description" content="%s">' % html.escape(a["title"]),
         '<meta property="og:title" content="%s">' % html.escape(a["title"]),
         '<meta property="article:published_time" content="%sT08:00:00Z">' % iso,
         '<link rel="canonical" href="https://example.org/%s/%s">' % (iso[:4], slug(a)),
         "</head>", "<body>",
         '<div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div>',
         '<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/about">About</a>'
         ' <form action="/search"><input name="q" placeholder="Search"></form></nav>',
         "<main><article>", "<h1>%s</h1>" % e(a["title"]),
         '<p class="dateline">%s | %s</p>' % (e(a["outlet"]), long_date(iso)),
         '<p class="byline">By %s, <time datetime="%s">%s</time></p>' % (e(a["byline"]), iso, iso)]
    if not forum:
        H.append('<div class="share"><a href="#">Share on X</a> <a href="#">Share on Facebook</a> <a href="#">Email</a></div>')
    comments = []
    for b in a["blocks"]:
        if b[0] == "h":
            H.append("<h2>%s</h2>" % e(b[1]))
        elif b[0] == "p":
            H.append("<p>%s</p>" % e(b[1]))
        elif b[0] == "li":
            H.append("<ul>" + "".join("<li>%s</li>" % e(i) for i in b[1]) + "</ul>")
        elif b[0] == "qa":
            H.append('<div class="faq"><h3 class="q">%s</h3><p class="a">%s</p></div>' % (e(b[1]), e(b[2])))
        elif b[0] == "comment":
            comments.append(b)
        else:
            raise ValueError(b[0])
    H.append("</article>")
    if not forum:
        H.append('<section class="comments"><h2>Comments (%d)</h2>' % len(comments))
        for c in comments:
            H.append('<div class="comment"><p class="who">%s on %s</p><p>%s</p></div>' % (e(c[1]), e(c[2]), e(c[3])))
        H.append('<form class="reply"><h3>Leave a Reply</h3><textarea name="comment"></textarea><button>Post Comment</button></form></section>')
        H.append('<aside class="newsletter"><h3>Get our daily newsletter</h3><input name="email" placeholder="Email"><button>Sign up</button></aside>')
    H.append('<aside class="related"><h3>Related stories</h3><ul>' +
             "".join('<li><a href="#">%s</a></li>' % e(r) for r in a.get("related", [])) + "</ul></aside>")
    H += ["</main>", "<footer><p>&copy; %s %s. All rights reserved.</p></footer>" % (iso[:4], e(a["outlet"])),
          "</body>", "</html>", ""]
    return "\n".join(H)


def main():
    os.makedirs(CORPUS, exist_ok=True)
    for f in os.listdir(CORPUS):
        os.remove(os.path.join(CORPUS, f))
    counts = {}
    for a in ARTICLES:
        text = {"md": render_md, "txt": render_txt, "html": render_html}[a["fmt"]](a)
        with open(os.path.join(CORPUS, a["name"]), "w", encoding="utf-8") as fh:
            fh.write(text)
        counts[a["fmt"]] = counts.get(a["fmt"], 0) + 1
        print("%4d words  %s%s" % (word_count(a), a["name"], "  [distractor]" if a["distractor"] else ""))
    print("files:", len(ARTICLES), counts)


if __name__ == "__main__":
    main()
