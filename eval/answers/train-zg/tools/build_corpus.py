"""Render tools/articles.py into ../corpus (md with front matter, txt, html with site chrome).

Prints the article-text word count of every file (lede + body; forum user tags and times, the txt trailer and
the html chrome are not counted).
"""
import datetime
import html
import os
import re

from articles import ARTICLES, filename

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "corpus")

TEASERS = [
    ("Heatwave tips: keeping a home office cool without air conditioning", "lifestyle/home-office-heat"),
    ("Regional rail timetable changes to take effect next month", "local/rail-timetable"),
    ("Five budget-friendly ways to cut your household energy bill", "money/energy-bill"),
    ("Local football club unveils plans for a new training ground", "sport/training-ground"),
    ("Review: the mid-range laptops worth buying this season", "tech/laptop-review"),
    ("City council votes to extend weekend parking hours", "local/parking-hours"),
    ("How to read a payslip: a beginner's guide", "money/payslip-guide"),
    ("Museum reopens its maritime gallery after renovation", "culture/maritime-gallery"),
    ("Recipe: a quick lentil soup for cold evenings", "food/lentil-soup"),
    ("Cycling lanes: what the new road rules mean for commuters", "local/cycle-lanes"),
]


def human_date(iso):
    d = datetime.date.fromisoformat(iso)
    return d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y")


def words(text):
    return len(re.findall(r"[A-Za-z0-9$][\w.,%$'/-]*", text))


def text_words(a):
    n = 0
    for b in a["blocks"]:
        if b[0] in ("p", "h"):
            n += words(b[1])
        elif b[0] == "li":
            n += sum(words(x) for x in b[1])
        elif b[0] == "post":
            n += words(b[3])
        elif b[0] == "comment":
            n += words(b[3])
    return n


def site_slug(a):
    return re.sub(r"^zg-", "", a["slug"].lower())


def teasers_for(i):
    return [TEASERS[(i + k) % len(TEASERS)] for k in range(3)]


# ---------------------------------------------------------------- md
def render_md(a, i):
    out = ["---",
           'title: "%s"' % a["title"].replace('"', "'"),
           "date: %s" % a["date"],
           "url: https://news.example.org/%s/%s" % (a["date"][:4], site_slug(a)),
           'source: "%s"' % a["outlet"],
           "---", "",
           "# " + a["title"], "",
           "*%s | %s*" % (a["outlet"], human_date(a["date"])), ""]
    if a["author"]:
        out += ["By %s" % a["author"], ""]
    for b in a["blocks"]:
        if b[0] == "p":
            out += [b[1], ""]
        elif b[0] == "h":
            out += ["## " + b[1], ""]
        elif b[0] == "li":
            out += ["- " + x for x in b[1]] + [""]
        elif b[0] == "post":
            out += ["**%s** (%s): %s" % (b[1], b[2], b[3]), ""]
        elif b[0] == "comment":
            out += ["> **%s**, %s: %s" % (b[1], b[2], b[3]), ""]
    if a["shape"] in ("agency", "press"):
        out += ["---", "", "*Summary prepared from public statements. Not legal advice.*", ""]
    else:
        out += ["---", "", "**More from %s:** %s" % (a["outlet"], "; ".join(t for t, _ in teasers_for(i))), ""]
    return "\n".join(out)


# ---------------------------------------------------------------- txt
def render_txt(a, i):
    out = [a["title"], "%s | %s" % (a["outlet"], human_date(a["date"]))]
    if a["author"]:
        out.append("By " + a["author"])
    out.append("")
    for b in a["blocks"]:
        if b[0] == "p":
            out += [b[1], ""]
        elif b[0] == "h":
            out += [b[1].upper(), ""]
        elif b[0] == "li":
            out += ["* " + x for x in b[1]] + [""]
        elif b[0] == "post":
            out += ["[%s] %s" % (b[1], b[2]), b[3], ""]
        elif b[0] == "comment":
            out += ["Comment by %s (%s): %s" % (b[1], b[2], b[3]), ""]
    if a["shape"] in ("agency", "press", "court"):
        out += ["(c) %s %s. Summary for information only; not legal advice." % (a["date"][:4], a["outlet"]), ""]
    else:
        t = teasers_for(i)[0][0]
        out += ["---", "Our tip: " + t, "",
                "Leave a Reply", "Your email address will not be published. Required fields are marked *",
                "Comment *", "Name *", "Email *", "[Post Comment]", ""]
    return "\n".join(out)


# ---------------------------------------------------------------- html
def esc(s):
    return html.escape(s, quote=False)


def attr(s):
    return html.escape(s, quote=True)


def render_html(a, i):
    d = a["date"]
    url = "https://www.example.org/%s/%s" % (d[:4], site_slug(a))
    first_p = next((b[1] for b in a["blocks"] if b[0] in ("p", "post")), "")
    if a["blocks"][0][0] == "post":
        first_p = a["blocks"][0][3]
    desc = first_p[:150]
    forum = a["shape"] == "forum"
    h = ['<!DOCTYPE html>', '<html lang="en">', "<head>", '<meta charset="utf-8">',
         "<title>%s | %s</title>" % (esc(a["title"]), esc(a["outlet"])),
         '<meta name="date" content="%s">' % d,
         '<meta name="description" content="%s">' % attr(desc),
         '<meta property="og:title" content="%s">' % attr(a["title"]),
         '<meta property="article:published_time" content="%sT08:00:00Z">' % d,
         '<link rel="canonical" href="%s">' % url,
         '<link rel="stylesheet" href="/assets/site.css">', "</head>", "<body>",
         '<div id="cookie-banner" class="cookie-banner">We use cookies to improve your experience and to measure '
         'traffic. <button class="accept">Accept all</button> <button class="reject">Reject</button> '
         '<a href="/privacy">Cookie settings</a></div>',
         '<header class="site-header"><a class="logo" href="/">%s</a>' % esc(a["outlet"]),
         '<nav class="main-nav"><ul><li><a href="/news">News</a></li><li><a href="/markets">Markets</a></li>'
         '<li><a href="/policy">Policy</a></li><li><a href="/opinion">Opinion</a></li>'
         '<li><a href="/newsletter">Newsletter</a></li></ul>'
         '<form class="search" action="/search"><input type="search" name="q" placeholder="Search">'
         '<button>Go</button></form></nav></header>',
         '<main>']
    if forum:
        h += ['<div class="forum-breadcrumbs"><a href="/forum">Forums</a> &raquo; <a href="/forum/policy">Policy '
              '&amp; regulation</a></div>',
              '<article class="thread">',
              "<h1>%s</h1>" % esc(a["title"]),
              '<p class="thread-meta">Started <time datetime="%s">%s</time></p>' % (d, human_date(d))]
        for b in a["blocks"]:
            if b[0] == "post":
                h += ['<div class="post"><div class="post-author">%s</div>' % esc(b[1]),
                      '<div class="post-time">%s, %s</div>' % (human_date(d), b[2]),
                      '<div class="post-body"><p>%s</p></div></div>' % esc(b[3])]
        h += ['<p class="thread-status">This thread has been archived. Replies are closed.</p>', "</article>"]
    else:
        h += ['<article class="story">',
              "<h1>%s</h1>" % esc(a["title"]),
              '<p class="byline">By %s &middot; <time datetime="%s">%s</time></p>'
              % (esc(a["author"] or "Staff"), d, human_date(d)),
              '<div class="share top"><a href="#">Share on X</a> <a href="#">LinkedIn</a> <a href="#">Email</a>'
              '</div>',
              '<div class="article-body">']
        comments = []
        inlist = False
        for b in a["blocks"]:
            if b[0] == "li":
                h.append("<ul>" + "".join("<li>%s</li>" % esc(x) for x in b[1]) + "</ul>")
            elif b[0] == "p":
                h.append("<p>%s</p>" % esc(b[1]))
            elif b[0] == "h":
                h.append("<h2>%s</h2>" % esc(b[1]))
            elif b[0] == "comment":
                comments.append(b)
        h += ["</div>",
              '<div class="share bottom"><a href="#">Share on X</a> <a href="#">LinkedIn</a> '
              '<a href="#">Email</a></div>',
              "</article>",
              '<aside class="newsletter"><h3>Get the morning briefing</h3><form action="/subscribe">'
              '<input type="email" placeholder="Your email"><button>Subscribe</button></form></aside>']
        h.append('<section class="comments"><h3>Comments (%d)</h3>' % len(comments))
        for c in comments:
            h.append('<div class="comment"><span class="comment-author">%s</span> '
                     '<span class="comment-date">%s</span><p>%s</p></div>' % (esc(c[1]), esc(c[2]), esc(c[3])))
        h += ['<div id="respond"><h3>Leave a Reply</h3><p>Your email address will not be published. Required '
              'fields are marked *</p><form class="comment-form" action="/comments" method="post">'
              '<textarea name="comment" placeholder="Comment *"></textarea><input name="author" placeholder="Name *">'
              '<input name="email" placeholder="Email *"><button type="submit">Post Comment</button></form></div>',
              "</section>"]
    h.append('<aside class="related"><h3>Related stories</h3><ul>')
    for t, u in teasers_for(i):
        h.append('<li><a href="/%s">%s</a></li>' % (u, esc(t)))
    h += ["</ul></aside>", "</main>",
          '<footer class="site-footer"><p>&copy; %s %s. All rights reserved.</p><ul><li><a href="/about">About'
          '</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms</a></li><li>'
          '<a href="/contact">Contact</a></li></ul></footer>' % (d[:4], esc(a["outlet"])),
          "</body>", "</html>", ""]
    return "\n".join(h)


def main():
    os.makedirs(CORPUS, exist_ok=True)
    wanted = set()
    for i, a in enumerate(ARTICLES):
        fn = filename(a)
        wanted.add(fn)
        r = {"md": render_md, "txt": render_txt, "html": render_html}[a["fmt"]](a, i)
        with open(os.path.join(CORPUS, fn), "w", encoding="utf-8") as f:
            f.write(r)
        print("%4d words  %s%s" % (text_words(a), fn, "  [distractor]" if a["distractor"] else ""))
    for fn in os.listdir(CORPUS):
        if fn not in wanted:
            os.remove(os.path.join(CORPUS, fn))
            print("removed stale", fn)


if __name__ == "__main__":
    main()
