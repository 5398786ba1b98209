# -*- coding: utf-8 -*-
"""Render tools/articles.py into ../corpus (md with YAML front matter, html with page chrome, txt)."""
import datetime
import html
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from articles import ARTICLES  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "corpus")

TEASERS = [
    "Five budget airlines that still include a free carry-on bag",
    "Why coffee prices jumped again this spring",
    "The quiet comeback of the fountain pen",
    "How to read a nutrition label in under a minute",
    "Ten museums you can tour from your sofa",
    "Review: the new mid-range e-bikes tested on city hills",
    "What your electricity bill says about your fridge",
    "A beginner's guide to sourdough starters",
    "Rainy-season gardening: what to plant now",
    "Is a four-day week good for small firms?",
    "The best free apps for learning a language",
    "Marathon training mistakes and how to avoid them",
]

OUR_TIPS = [
    "Our tip: the weekend crossword is back - find it on page 14.",
    "Our tip: five easy weeknight curries, in our food section.",
    "Our tip: how to cut your phone bill without changing your number.",
    "Our tip: the city's best free concerts this month.",
    "Our tip: a walking route along the old harbour, with map.",
    "Our tip: why your houseplants hate the radiator.",
    "Our tip: our podcast on the history of street food.",
    "Our tip: planning a road trip on an electric car's range.",
]


def slug(fname):
    return os.path.splitext(fname)[0][3:]


def url_of(a):
    d = a["date"]
    return "https://example.org/%s/%s/%s" % (a["outlet"].lower().replace(" ", "-"), d[:7].replace("-", "/"), slug(a["fname"]))


def dt(a):
    return datetime.date.fromisoformat(a["date"])


def long_date(d):
    return "%s, %s %d, %d" % (d.strftime("%A"), d.strftime("%B"), d.day, d.year)


def body_words(a):
    if "posts" in a:
        return sum(len(p[2].split()) for p in a["posts"])
    n = 0
    for b in a["body"]:
        b = re.sub(r"^(## |- )", "", b)
        n += len(b.split())
    return n


# ------------------------------------------------------------------ md
def render_md(a):
    out = ["---", 'title: "%s"' % a["title"].replace('"', '\\"'), "date: %s" % a["date"],
           "url: %s" % url_of(a), "source: %s" % a["outlet"], "---", "", "# %s" % a["title"], ""]
    for b in a["body"]:
        out.append(b)
        if not b.startswith("- "):
            out.append("")
        elif b.endswith("group.") or b.endswith("Group."):
            out.append("")
    text = "\n".join(out)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.rstrip() + "\n"


# ------------------------------------------------------------------ txt
def render_txt(a, idx):
    d = dt(a)
    out = [a["title"], "%s | %s" % (a["outlet"], long_date(d)), ""]
    for b in a["body"]:
        if b.startswith("## "):
            out.append(b[3:].upper())
        else:
            out.append(b)
        out.append("")
    if a["shape"] == "advice":
        out += ["Questions for the Compliance Desk? Write to desk@example.org. Letters may be edited. "
                "This column is general information, not legal advice.", ""]
    else:
        out += ["---", OUR_TIPS[idx % len(OUR_TIPS)], "", "Leave a Reply",
                "Your email address will not be published. Required fields are marked *", ""]
    return "\n".join(out).rstrip() + "\n"


# ------------------------------------------------------------------ html
def esc(s):
    return html.escape(s, quote=False)


def body_html(a):
    parts = []
    in_list = False
    for b in a["body"]:
        if b.startswith("- "):
            if not in_list:
                parts.append("<ul>")
                in_list = True
            parts.append("  <li>%s</li>" % esc(b[2:]))
            continue
        if in_list:
            parts.append("</ul>")
            in_list = False
        if b.startswith("## "):
            tag = "h3" if a["shape"] == "faq" else "h2"
            parts.append("<%s>%s</%s>" % (tag, esc(b[3:]), tag))
        else:
            parts.append("<p>%s</p>" % esc(b))
    if in_list:
        parts.append("</ul>")
    return "\n".join(parts)


def forum_html(a):
    parts = ['<div class="thread">']
    for i, (user, day, text) in enumerate(a["posts"], 1):
        d = datetime.date.fromisoformat(day)
        parts.append('<div class="post" id="post-%d">' % i)
        parts.append('  <div class="post-meta"><span class="user">%s</span> <time datetime="%s">%s</time> '
                     '<span class="post-no">#%d</span></div>' % (esc(user), day, long_date(d), i))
        parts.append('  <div class="post-body"><p>%s</p></div>' % esc(text))
        parts.append('  <div class="post-actions"><a href="#">Quote</a> <a href="#">Report</a> <a href="#">Like</a></div>')
        parts.append("</div>")
    parts.append("</div>")
    parts.append('<div class="reply-locked">This thread has been locked by a moderator.</div>')
    return "\n".join(parts)


SHARE = ('<div class="share">Share: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a> '
         '<a href="#">WhatsApp</a> <a href="#">Email</a> <a href="#">Print</a></div>')


def render_html(a, idx):
    d = dt(a)
    title = a["title"]
    desc = (a["body"][0] if "body" in a else a["posts"][0][2])
    desc = re.sub(r"^## ", "", desc)[:150]
    teasers = [TEASERS[(idx + k) % len(TEASERS)] for k in range(3)]
    reply = a["shape"] in ("news", "blog", "explainer")
    content = forum_html(a) if a["shape"] == "forum" else body_html(a)
    byline = {
        "press": "Press desk", "faq": "Compliance Hub editors", "forum": "Forum: Sanctions & export controls",
        "blog": "Posted by the editors", "explainer": "By our explainers team",
    }.get(a["shape"], "By staff reporters")
    h = []
    h.append("<!DOCTYPE html>")
    h.append('<html lang="en">')
    h.append("<head>")
    h.append('<meta charset="utf-8">')
    h.append("<title>%s | %s</title>" % (esc(title), esc(a["outlet"])))
    h.append('<meta name="date" content="%s">' % a["date"])
    h.append('<meta name="description" content="%s">' % html.escape(desc))
    h.append('<meta property="og:title" content="%s">' % html.escape(title))
    h.append('<meta property="article:published_time" content="%sT08:00:00Z">' % a["date"])
    h.append('<link rel="canonical" href="%s">' % url_of(a))
    h.append('<meta name="viewport" content="width=device-width, initial-scale=1">')
    h.append("</head>")
    h.append("<body>")
    h.append('<div id="cookie-banner" class="cookie">We use cookies to improve your experience and to show '
             'personalised ads. <button>Accept all</button> <button>Manage preferences</button></div>')
    h.append('<header class="site-header"><a class="logo" href="/">%s</a>' % esc(a["outlet"]))
    h.append('<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a> '
             '<a href="/policy">Policy</a> <a href="/opinion">Opinion</a> <a href="/about">About</a> '
             '<form class="search" action="/search"><input type="text" name="q" placeholder="Search"><button>Go</button></form></nav>')
    h.append("</header>")
    h.append("<main>")
    h.append('<article class="%s">' % a["shape"])
    h.append("<h1>%s</h1>" % esc(title))
    h.append('<div class="byline">%s | <time datetime="%s">%s</time></div>' % (esc(byline), a["date"], long_date(d)))
    if a["shape"] != "forum":
        h.append(SHARE)
    h.append('<div class="article-body">')
    h.append(content)
    h.append("</div>")
    if a["shape"] != "forum":
        h.append(SHARE)
    h.append("</article>")
    h.append('<aside class="newsletter"><h4>Get our morning briefing</h4><p>The day\'s top stories in your inbox, '
             'free.</p><form><input type="email" placeholder="Your email"><button>Sign up</button></form></aside>')
    h.append('<aside class="related"><h4>Related stories</h4><ul>')
    for t in teasers:
        h.append('<li><a href="#">%s</a></li>' % esc(t))
    h.append("</ul></aside>")
    if reply:
        h.append('<section id="respond"><h3>Leave a Reply</h3><p>Your email address will not be published. '
                 'Required fields are marked *</p><form><label>Comment *</label><textarea></textarea>'
                 '<label>Name *</label><input type="text"><label>Email *</label><input type="email">'
                 '<label><input type="checkbox"> Save my name and email for the next time I comment.</label>'
                 '<button>Post Comment</button></form></section>')
    h.append("</main>")
    h.append('<footer><p>&copy; %d %s. All rights reserved.</p><p><a href="/privacy">Privacy</a> | '
             '<a href="/terms">Terms</a> | <a href="/contact">Contact</a> | <a href="/cookies">Cookie settings</a></p>'
             "</footer>" % (d.year, esc(a["outlet"])))
    h.append("</body>")
    h.append("</html>")
    return "\n".join(h) + "\n"


def main():
    os.makedirs(CORPUS, exist_ok=True)
    for f in os.listdir(CORPUS):
        os.remove(os.path.join(CORPUS, f))
    counts = {}
    for i, a in enumerate(ARTICLES):
        fmt = a["fmt"]
        assert a["fname"].endswith("." + fmt) and a["fname"].startswith("ZA-"), a["fname"]
        if fmt == "md":
            text = render_md(a)
        elif fmt == "txt":
            text = render_txt(a, i)
        else:
            text = render_html(a, i)
        with open(os.path.join(CORPUS, a["fname"]), "w", encoding="utf-8") as fh:
            fh.write(text)
        counts[fmt] = counts.get(fmt, 0) + 1
        print("%-62s %4s %s words=%d%s" % (a["fname"], fmt, a["date"], body_words(a),
                                            "  [distractor]" if a.get("distractor") else ""))
    print("files:", len(ARTICLES), counts)


if __name__ == "__main__":
    main()
