"""Render tools/articles.py into corpus/ (.md, .html, .txt) and print word counts.

Article text counted: paragraphs, list items, FAQ pairs, forum posts and comments (not title, subheads,
chrome or teasers). Exits non-zero if an article falls outside 150-250 words.
"""
import datetime, html, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from articles import ARTICLES

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "corpus")
SLUG = {"Big Sky Ledger": "bigskyledger", "Treasure State Tribune": "treasurestatetribune",
        "Capitol Courts Digest": "capitolcourtsdigest", "Prairie Bytes": "prairiebytes",
        "Lone Star Policy Wire": "lonestarpolicywire", "Texas Public Sector IT Bulletin": "txitbulletin",
        "Campus Rights Report": "campusrightsreport", "Hill Country Sysadmins Forum": "hcsysadmins",
        "Spectrum & Security Review": "spectrumsecurity", "FCC Watch Digest": "fccwatchdigest",
        "WireSafe Blog": "wiresafe", "Asia Hardware Weekly": "asiahardwareweekly",
        "Orbit Policy Notes": "orbitpolicynotes", "Market Desk Daily": "marketdeskdaily"}
RELATED = ["Five trails near Bozeman for a first autumn hike", "How to descale an espresso machine",
           "High school football: playoff picture after week nine", "A beginner's guide to sourdough starters",
           "Farmers market opens with record turnout", "Why your houseplants drop leaves in winter"]


def long_date(iso):
    d = datetime.date.fromisoformat(iso)
    return d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y")


def words(a):
    n = 0
    for b in a["blocks"]:
        if b[0] in ("p",):
            n += len(b[1].split())
        elif b[0] == "lede":
            n += len(b[2].split())
        elif b[0] == "li":
            n += sum(len(x.split()) for x in b[1])
        elif b[0] == "qa":
            n += len(b[1].split()) + len(b[2].split())
        elif b[0] == "post":
            n += len(b[3].split())
        elif b[0] == "comment":
            n += len(b[2].split())
    return n


def url(a):
    return "https://%s.example.org/%s/%s" % (SLUG[a["outlet"]], a["date"][:7].replace("-", "/"),
                                              a["file"].rsplit(".", 1)[0].lower())


def render_md(a):
    out = ["---", 'title: "%s"' % a["title"].replace('"', "'"), "date: %s" % a["date"], "url: %s" % url(a),
           "source: %s" % a["outlet"], "---", "", "# " + a["title"], "",
           "*%s | %s*" % (a["outlet"], long_date(a["date"])), "", "**By %s**" % a["byline"], ""]
    comments = []
    for b in a["blocks"]:
        if b[0] == "p":
            out += [b[1], ""]
        elif b[0] == "h":
            out += ["## " + b[1], ""]
        elif b[0] == "li":
            out += ["- " + x for x in b[1]] + [""]
        elif b[0] == "qa":
            out += ["**Q: %s**" % b[1], "", b[2], ""]
        elif b[0] == "comment":
            comments.append(b)
    if comments:
        out += ["## Reader comments", ""] + ["> **%s:** %s" % (c[1], c[2]) for c in comments] + [""]
    out += ["---", "", "*More from %s: %s; %s.*" % (a["outlet"], RELATED[len(a["file"]) % 6], RELATED[(len(a["file"]) + 2) % 6]), ""]
    return "\n".join(out)


def render_txt(a):
    out = [a["title"], "%s | %s" % (a["outlet"], long_date(a["date"])), "By " + a["byline"], ""]
    for b in a["blocks"]:
        if b[0] == "lede":
            out += ["%s (%s) - %s" % (b[1], a["outlet"], b[2]), ""]
        elif b[0] == "p":
            out += [b[1], ""]
        elif b[0] == "h":
            out += [b[1].upper(), ""]
        elif b[0] == "li":
            out += ["* " + x for x in b[1]] + [""]
    if a["shape"] == "court":
        out += ["(c) %s %s. Summary for information only; not legal advice." % (a["date"][:4], a["outlet"]), ""]
    else:
        out += ["---", "Our tip: %s" % RELATED[len(a["title"]) % 6],
                "Reply to the newsroom: letters@%s.example.org" % SLUG[a["outlet"]], ""]
    return "\n".join(out)


def render_html(a):
    e = html.escape
    forum = a["shape"] == "forum"
    h = ['<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">',
         '<title>%s | %s</title>' % (e(a["title"]), e(a["outlet"])),
         '<meta name="date" content="%s">' % a["date"],
         '<meta name="description" content="%s">' % e(a["title"]),
         '<meta property="og:title" content="%s">' % e(a["title"]),
         '<meta property="article:published_time" content="%sT09:00:00Z">' % a["date"],
         '<link rel="canonical" href="%s">' % url(a), '</head>', '<body>',
         '<div class="cookie-banner" id="cookie-banner"><p>We use cookies to improve your experience and measure traffic.</p>'
         '<button>Accept all</button> <button>Manage preferences</button></div>',
         '<header><nav class="site-nav"><a href="/">%s</a> <a href="/news">News</a> <a href="/policy">Policy</a> '
         '<a href="/courts">Courts</a> <a href="/about">About</a>'
         '<form class="search" action="/search"><input type="search" name="q" placeholder="Search"></form></nav></header>' % e(a["outlet"]),
         '<main>', '<article>', '<h1>%s</h1>' % e(a["title"]),
         '<p class="byline">By %s &middot; <time datetime="%s">%s</time></p>' % (e(a["byline"]), a["date"], long_date(a["date"]))]
    if not forum:
        h.append('<div class="share"><a href="#">Share on X</a> <a href="#">Share on Facebook</a> <a href="#">Email</a> <a href="#">Copy link</a></div>')
    comments = []
    for b in a["blocks"]:
        if b[0] == "p":
            h.append("<p>%s</p>" % e(b[1]))
        elif b[0] == "h":
            h.append("<h2>%s</h2>" % e(b[1]))
        elif b[0] == "li":
            tag = "ol" if a["shape"] == "blog" else "ul"
            h.append("<%s>%s</%s>" % (tag, "".join("<li>%s</li>" % e(x) for x in b[1]), tag))
        elif b[0] == "qa":
            h.append('<div class="faq"><h3>%s</h3><p>%s</p></div>' % (e(b[1]), e(b[2])))
        elif b[0] == "post":
            h.append('<div class="post"><p class="user">%s <span class="when">%s</span></p><p>%s</p></div>' % (e(b[1]), e(b[2]), e(b[3])))
        elif b[0] == "comment":
            comments.append(b)
    h.append('</article>')
    if not forum:
        h.append('<aside class="newsletter"><h3>Get the weekly briefing</h3><form><input type="email" placeholder="Your email">'
                 '<button>Subscribe</button></form></aside>')
        h.append('<section class="comments"><h2>Comments (%d)</h2>' % len(comments))
        for c in comments:
            h.append('<div class="comment"><p class="user">%s</p><p>%s</p></div>' % (e(c[1]), e(c[2])))
        h.append('<h3>Leave a Reply</h3><form class="reply"><textarea name="comment"></textarea>'
                 '<input name="author" placeholder="Name"><button>Post Comment</button></form></section>')
    else:
        h.append('<p class="archived">This thread has been archived. Replies are closed.</p>')
    h.append('<aside class="related"><h3>Related stories</h3><ul>%s</ul></aside>' %
             "".join("<li><a href=\"#\">%s</a></li>" % e(RELATED[(i + len(a["file"])) % 6]) for i in range(3)))
    h += ['</main>', '<footer><p>&copy; %s %s. All rights reserved.</p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>'
          % (a["date"][:4], e(a["outlet"])), '</body>', '</html>', '']
    return "\n".join(h)


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    bad = 0
    for a in ARTICLES:
        ext = a["file"].rsplit(".", 1)[1]
        text = {"md": render_md, "txt": render_txt, "html": render_html}[ext](a)
        open(os.path.join(OUT, a["file"]), "w", encoding="utf-8").write(text)
        n = words(a)
        flag = "" if 150 <= n <= 250 else "  <-- OUT OF RANGE"
        bad += bool(flag)
        print("%4d  %s%s" % (n, a["file"], flag))
    print("files:", len(ARTICLES))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
