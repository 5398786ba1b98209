"""Render tools/articles.py into ../corpus (md, html, txt) and print per-file word counts."""
import datetime as dt
import html
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from articles import A  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "corpus")

RELATED = ["Ten quiet beaches within an hour of the city", "Review: the new ferry timetable",
           "How to read your electricity bill", "Weekend recipes: pelau in one pot",
           "Local league results and standings", "Five podcasts for your commute"]


def long_date(iso):
    d = dt.date.fromisoformat(iso)
    return d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y")


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def text_units(a):
    """The article text that is counted: paragraphs, list items, FAQ pairs, posts, comments."""
    out = []
    for b in a["blocks"]:
        if b[0] == "p":
            out.append(b[1])
        elif b[0] in ("ul", "ol"):
            out.extend(b[1])
        elif b[0] == "qa":
            out.extend([b[1], b[2]])
        elif b[0] == "post":
            out.append(b[3])
    out.extend(c[2] for c in a.get("comments", []))
    return out


def words(a):
    return sum(len(u.split()) for u in text_units(a))


def render_md(a):
    url = "https://example.org/%s/%s" % (slug(a["outlet"]), a["fname"][3:-3])
    L = ["---", 'title: "%s"' % a["title"].replace('"', "'"), "date: %s" % a["date"], "url: %s" % url,
         "source: %s" % a["outlet"], "---", "", "# " + a["title"], "",
         "*%s | %s*" % (a["outlet"], long_date(a["date"])), "", "**By %s**" % a["byline"], ""]
    for b in a["blocks"]:
        if b[0] == "p":
            L += [b[1], ""]
        elif b[0] == "h":
            L += ["## " + b[1], ""]
        elif b[0] == "ul":
            L += ["- " + x for x in b[1]] + [""]
        elif b[0] == "ol":
            L += ["%d. %s" % (i + 1, x) for i, x in enumerate(b[1])] + [""]
    if a.get("teaser"):
        L += ["---", "", a["teaser"], ""]
    return "\n".join(L)


def render_txt(a):
    L = [a["title"], "%s | %s" % (a["outlet"], long_date(a["date"])), "By " + a["byline"], ""]
    first = True
    for b in a["blocks"]:
        if b[0] == "p":
            t = b[1]
            if first and a.get("dateline"):
                t = "%s -- %s" % (a["dateline"], t)
            first = False
            L += [t, ""]
        elif b[0] == "h":
            L += [b[1].upper(), ""]
        elif b[0] == "qa":
            L += ["Q: " + b[1], "A: " + b[2], ""]
        elif b[0] in ("ul", "ol"):
            L += ["* " + x for x in b[1]] + [""]
    if a["shape"] == "court summary":
        L += [a["footer"], ""]
    else:
        L += ["---", a.get("teaser") or "Our tip: browse our archive for more.",
              "Reply to this story: letters@example.org (we read every message).", ""]
    return "\n".join(L)


def render_html(a):
    e = html.escape
    url = "https://example.org/%s/%s" % (slug(a["outlet"]), a["fname"][3:-5])
    desc = text_units(a)[0][:150]
    forum = a["shape"] == "forum"
    H = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
         "<title>%s | %s</title>" % (e(a["title"]), e(a["outlet"])),
         '<meta name="date" content="%s">' % a["date"],
         '<meta name="description" content="%s">' % e(desc),
         '<meta property="og:title" content="%s">' % e(a["title"]),
         '<meta property="article:published_time" content="%sT08:00:00Z">' % a["date"],
         '<link rel="canonical" href="%s">' % url, "</head>", "<body>",
         '<div class="cookie-banner" id="cookie-banner">We use cookies to improve your experience and for analytics. '
         '<button>Accept all</button> <button>Manage preferences</button></div>',
         '<header><nav class="site-nav"><a href="/">%s</a> <a href="/news">News</a> <a href="/business">Business</a> '
         '<a href="/opinion">Opinion</a> <form class="search" action="/search"><input type="search" name="q" '
         'placeholder="Search"></form></nav></header>' % e(a["outlet"]),
         "<main>", "<article>", "<h1>%s</h1>" % e(a["title"])]
    if forum:
        H.append('<p class="thread-meta">Thread started in Energy &amp; Policy | archived <time datetime="%s">%s</time></p>'
                 % (a["date"], long_date(a["date"])))
    else:
        H.append('<p class="byline">By %s | <time datetime="%s">%s</time></p>' % (e(a["byline"]), a["date"], long_date(a["date"])))
        H.append('<div class="share-buttons">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a> '
                 '<a href="#">Email</a></div>')
    for b in a["blocks"]:
        if b[0] == "p":
            H.append("<p>%s</p>" % e(b[1]))
        elif b[0] == "h":
            H.append("<h2>%s</h2>" % e(b[1]))
        elif b[0] in ("ul", "ol"):
            H.append("<%s>%s</%s>" % (b[0], "".join("<li>%s</li>" % e(x) for x in b[1]), b[0]))
        elif b[0] == "qa":
            H.append('<div class="faq"><h3>%s</h3><p>%s</p></div>' % (e(b[1]), e(b[2])))
        elif b[0] == "post":
            H.append('<div class="post"><p class="post-meta"><strong>%s</strong> wrote on %s:</p><p>%s</p></div>'
                     % (e(b[1]), e(b[2]), e(b[3])))
    if a["shape"] == "blog":
        H.append('<p class="tags">Tags: Cuba, Title III, courts</p>')
    H.append("</article>")
    if forum:
        H.append('<p class="archived">This thread has been archived and is closed to new replies.</p>')
    else:
        H.append('<aside class="newsletter"><h3>Get our morning briefing</h3><form><input type="email" '
                 'placeholder="Your email"><button>Sign up</button></form></aside>')
        H.append('<section class="comments"><h3>Comments (%d)</h3>' % len(a["comments"]))
        for name, when, text in a["comments"]:
            H.append('<div class="comment"><p class="comment-meta"><strong>%s</strong> on %s</p><p>%s</p></div>'
                     % (e(name), e(when), e(text)))
        H.append('<div class="reply-form"><h3>Leave a Reply</h3><form><textarea name="comment"></textarea>'
                 '<input name="author" placeholder="Name"><input name="email" placeholder="Email">'
                 '<button>Post Comment</button></form></div></section>')
    k = sum(ord(c) for c in a["fname"]) % len(RELATED)
    rel = [RELATED[k], RELATED[(k + 2) % len(RELATED)], RELATED[(k + 4) % len(RELATED)]]
    H.append('<aside class="related"><h3>Related stories</h3><ul>%s</ul></aside>'
             % "".join('<li><a href="#">%s</a></li>' % e(r) for r in rel))
    H += ["</main>", '<footer><p>&copy; %s %s. All rights reserved. <a href="/privacy">Privacy</a> '
          '<a href="/terms">Terms</a> <a href="/contact">Contact</a></p></footer>' % (a["date"][:4], e(a["outlet"])),
          "</body>", "</html>", ""]
    return "\n".join(H)


def main():
    os.makedirs(CORPUS, exist_ok=True)
    for f in os.listdir(CORPUS):
        os.remove(os.path.join(CORPUS, f))
    R = {"md": render_md, "txt": render_txt, "html": render_html}
    for a in A:
        assert a["fname"].endswith("." + a["fmt"]), a["fname"]
        with open(os.path.join(CORPUS, a["fname"]), "w", encoding="utf-8") as fh:
            fh.write(R[a["fmt"]](a))
        print("%4d  %s%s" % (words(a), a["fname"], "  (distractor)" if a["distractor"] else ""))
    print("files:", len(A))


if __name__ == "__main__":
    main()
