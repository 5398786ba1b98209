"""Render articles.py into ../corpus (md / html / txt) and print word counts of the article text."""
import datetime, html, os, re, shutil
from articles import ARTICLES

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "corpus")


def nice_date(d):
    dt = datetime.date.fromisoformat(d)
    return dt.strftime("%A, %B ") + str(dt.day) + dt.strftime(", %Y")


def blocks(body):
    out = []
    for chunk in re.split(r"\n\s*\n", body.strip()):
        lines = [l.strip() for l in chunk.strip().split("\n") if l.strip()]
        first = lines[0]
        if first.startswith("## "):
            out.append(("h", first[3:]))
            rest = lines[1:]
            if rest:
                out.append(("p", " ".join(rest)))
        elif first.startswith("- "):
            out.append(("ul", [l[2:] for l in lines]))
        elif re.match(r"^\d+\. ", first):
            out.append(("ol", [re.sub(r"^\d+\. ", "", l) for l in lines]))
        elif first.startswith("Q: "):
            q = first[3:]
            a = " ".join(l[3:] if l.startswith("A: ") else l for l in lines[1:])
            out.append(("qa", (q, a)))
        elif first.startswith("@post "):
            user, date, text = [x.strip() for x in first[6:].split("|", 2)]
            out.append(("post", (user, date, text)))
        elif first.startswith("@comment "):
            user, text = [x.strip() for x in first[9:].split("|", 1)]
            out.append(("comment", (user, text)))
        else:
            out.append(("p", " ".join(lines)))
    return out


def text_words(a):
    n = 0
    for kind, val in blocks(a["body"]):
        if kind in ("p", "h"):
            n += len(val.split())
        elif kind in ("ul", "ol"):
            n += sum(len(x.split()) for x in val)
        elif kind == "qa":
            n += len(val[0].split()) + len(val[1].split())
        elif kind == "post":
            n += len(val[2].split())
        elif kind == "comment":
            n += len(val[1].split())
    return n


def slug(a):
    return a["file"].rsplit(".", 1)[0].lower()


def render_md(a):
    url = "https://example.org/%s/%s" % (a["outlet"].lower().replace(" ", "-").replace("&", "and"), slug(a))
    L = ["---", 'title: "%s"' % a["title"].replace('"', "'"), "date: %s" % a["date"], "url: %s" % url,
         'source: "%s"' % a["outlet"], "---", "", "# " + a["title"], "",
         "*%s | %s*" % (a["outlet"], nice_date(a["date"])), "", a["byline"], ""]
    for kind, val in blocks(a["body"]):
        if kind == "h":
            L += ["## " + val, ""]
        elif kind == "p":
            L += [val, ""]
        elif kind == "ul":
            L += ["- " + x for x in val] + [""]
        elif kind == "ol":
            L += ["%d. %s" % (i + 1, x) for i, x in enumerate(val)] + [""]
        elif kind == "qa":
            L += ["**%s**" % val[0], "", val[1], ""]
    L += ["---", "", "More from %s: *Weekly markets wrap* | *Letters to the editor* | *Podcast: the week in tech*" % a["outlet"], ""]
    return "\n".join(L)


def render_txt(a):
    L = [a["title"], "%s | %s" % (a["outlet"], nice_date(a["date"])), a["byline"], ""]
    for kind, val in blocks(a["body"]):
        if kind == "h":
            L += [val.upper(), ""]
        elif kind == "p":
            L += [val, ""]
        elif kind == "ul":
            L += ["* " + x for x in val] + [""]
        elif kind == "ol":
            L += ["%d. %s" % (i + 1, x) for i, x in enumerate(val)] + [""]
        elif kind == "qa":
            L += ["Q. " + val[0], "A. " + val[1], ""]
    if a["shape"] == "court":
        L += ["(c) %s %s. This summary is not legal advice; read the decision itself." % (a["date"][:4], a["outlet"]), ""]
    else:
        L += ["---", a["tip"] or "Our tip: more stories in our newsletter.",
              "Leave a reply: name, email (not published), comment. Comments are moderated.", ""]
    return "\n".join(L)


RELATED = ["City council approves new cycle lanes downtown", "Five houseplants that survive dark winters",
           "Local bakery wins national sourdough prize", "Review: the season's best budget headphones",
           "Weekend weather: rain clearing by Sunday", "How to plan a cheaper summer holiday"]


def e(s):
    return html.escape(s, quote=False)


def render_html(a):
    d = a["date"]
    url = "https://example.org/%s/%s" % (a["outlet"].lower().replace(" ", "-").replace("&", "and"), slug(a))
    desc = blocks(a["body"])
    first_p = next((v for k, v in desc if k == "p"), a["title"])
    forum = a["shape"] == "forum"
    H = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
         "<title>%s | %s</title>" % (e(a["title"]), e(a["outlet"])),
         '<meta name="date" content="%s">' % d,
         '<meta name="description" content="%s">' % html.escape(first_p[:150]),
         '<meta property="og:title" content="%s">' % html.escape(a["title"]),
         '<meta property="article:published_time" content="%sT08:00:00Z">' % d,
         '<link rel="canonical" href="%s">' % url, "</head>", "<body>",
         '<div class="cookie-banner">We use cookies to improve your experience and for analytics. '
         '<button>Accept all</button> <button>Manage preferences</button></div>',
         '<nav class="site-nav"><a href="/">%s</a> <a href="/news">News</a> <a href="/business">Business</a> '
         '<a href="/tech">Tech</a> <a href="/opinion">Opinion</a> <form class="search"><input type="search" '
         'placeholder="Search"><button>Go</button></form></nav>' % e(a["outlet"]),
         "<main>", "<article>", "<h1>%s</h1>" % e(a["title"]),
         '<p class="byline">%s | <time datetime="%s">%s</time></p>' % (e(a["byline"]), d, nice_date(d))]
    comments = []
    for kind, val in desc:
        if kind == "h":
            H.append("<h2>%s</h2>" % e(val))
        elif kind == "p":
            H.append("<p>%s</p>" % e(val))
        elif kind == "ul":
            H.append("<ul>" + "".join("<li>%s</li>" % e(x) for x in val) + "</ul>")
        elif kind == "ol":
            H.append("<ol>" + "".join("<li>%s</li>" % e(x) for x in val) + "</ol>")
        elif kind == "qa":
            H.append('<div class="faq-item"><h3>%s</h3><p>%s</p></div>' % (e(val[0]), e(val[1])))
        elif kind == "post":
            H.append('<div class="forum-post"><p class="post-meta"><span class="user">%s</span> posted %s</p>'
                     '<p>%s</p></div>' % (e(val[0]), e(val[1]), e(val[2])))
        elif kind == "comment":
            comments.append(val)
    H.append("</article>")
    if forum:
        H.append('<p class="thread-note">This thread is archived. New replies are disabled.</p>')
    else:
        H.append('<div class="share-buttons">Share: <a href="#">Facebook</a> <a href="#">X</a> '
                 '<a href="#">LinkedIn</a> <a href="#">Email</a></div>')
        H.append('<aside class="newsletter"><h3>Get our morning briefing</h3><form><input type="email" '
                 'placeholder="Your email"><button>Subscribe</button></form></aside>')
        H.append('<section class="comments"><h3>Comments</h3>')
        for user, text in comments:
            H.append('<div class="comment"><p class="comment-author">%s</p><p>%s</p></div>' % (e(user), e(text)))
        H.append('<div class="reply-form"><h3>Leave a Reply</h3><form><input name="name" placeholder="Name">'
                 '<input name="email" placeholder="Email (not published)"><textarea name="comment"></textarea>'
                 '<button>Post Comment</button></form></div></section>')
    i = sum(map(ord, a["file"])) % len(RELATED)
    rel = [RELATED[(i + k) % len(RELATED)] for k in range(3)]
    H.append('<aside class="related"><h3>Related stories</h3><ul>' +
             "".join('<li><a href="#">%s</a></li>' % e(r) for r in rel) + "</ul></aside>")
    H += ["</main>", '<footer><p>&copy; %s %s. All rights reserved. <a href="/privacy">Privacy</a> '
          '<a href="/terms">Terms</a> <a href="/contact">Contact</a></p></footer>' % (d[:4], e(a["outlet"])),
          "</body>", "</html>", ""]
    return "\n".join(H)


def main():
    if os.path.isdir(CORPUS):
        shutil.rmtree(CORPUS)
    os.makedirs(CORPUS)
    for a in ARTICLES:
        ext = a["file"].rsplit(".", 1)[1]
        txt = {"md": render_md, "txt": render_txt, "html": render_html}[ext](a)
        with open(os.path.join(CORPUS, a["file"]), "w", encoding="utf-8") as f:
            f.write(txt)
        print("%4d words  %-10s %s%s" % (text_words(a), a["shape"], a["file"], "  [distractor]" if a["distractor"] else ""))
    print("files:", len(ARTICLES))


if __name__ == "__main__":
    main()
