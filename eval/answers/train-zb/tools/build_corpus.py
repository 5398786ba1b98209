"""Render ARTICLES into ../corpus as .md, .html and .txt files and print word counts."""
import datetime, html, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
from articles import ARTICLES

OUT = os.path.join(os.path.dirname(__file__), "..", "corpus")
TEASERS = [
    ("How one port city rebuilt its fish market after the floods", "harbour-fish-market-rebuilt"),
    ("Five budget laptops for students, tested", "budget-laptops-tested"),
    ("Why container freight rates are falling again", "container-freight-rates-falling"),
    ("Recipe: slow-cooked lentil soup for cold evenings", "lentil-soup-recipe"),
    ("The quiet return of the night train", "night-train-return"),
    ("Local rowing club wins regional title", "rowing-club-regional-title"),
]
TIPS = [
    "Our tip: the harbour museum is free on the first Sunday of each month.",
    "Our tip: read our guide to choosing a winter coat that actually keeps you warm.",
    "Our tip: the city library now lends e-readers for up to three weeks.",
    "Our tip: five stretches for people who sit at a desk all day.",
]

def d(a):
    return datetime.date.fromisoformat(a["date"])

def longdate(dt):
    return f"{dt.strftime('%A')}, {dt.strftime('%B')} {dt.day}, {dt.year}"

def slug(a):
    return re.sub(r"^ZB-", "", os.path.splitext(a["file"])[0])

def outlet_host(a):
    return re.sub(r"[^a-z]", "", a["outlet"].lower().split("(")[0])[:24]

def text_words(a):
    parts = []
    if a.get("lede"):
        parts.append(a["lede"])
    for b in a["blocks"]:
        parts.append(re.sub(r"^(## |- |Q: )", "", b))
    for p in a.get("posts", []):
        parts.append(p[2])
    if a.get("letter"):
        parts.append(a["letter"])
    parts += a.get("answer", [])
    return len(" ".join(parts).split())

def lede_line(a):
    return f"{a['dateline']} -- {a['lede']}" if a.get("dateline") else a.get("lede", "")

# ---------------- md ----------------
def render_md(a):
    url = f"https://example.org/{outlet_host(a)}/{d(a).year}/{slug(a)}"
    out = ["---", f"title: \"{a['title']}\"", f"date: {a['date']}", f"url: {url}", f"source: {a['outlet']}", "---", "",
           f"# {a['title']}", "", f"*{a['outlet']} | {longdate(d(a))}*", "", lede_line(a), ""]
    for b in a["blocks"]:
        out.append(b)
        if not b.startswith("- "):
            out.append("")
        elif b is a["blocks"][-1]:
            out.append("")
    text = "\n".join(out)
    text = re.sub(r"(\n- [^\n]*)\n(?=[^-\n])", r"\1\n\n", text)
    return text.rstrip() + "\n"

# ---------------- txt ----------------
def render_txt(a, i):
    out = [a["title"], f"{a['outlet']} | {longdate(d(a))}", ""]
    if a["shape"] == "advice column":
        out += ["ASK THE SANCTIONS DESK", "", a["letter"], ""]
        out += [p + "\n" for p in a["answer"]]
        out += ["---", "The Sanctions Desk answers readers' questions in general terms. This is not legal advice; "
                "consult a qualified adviser about your own situation. Letters may be edited for length.", ""]
        return "\n".join(out)
    out += [lede_line(a), ""]
    for b in a["blocks"]:
        if b.startswith("## "):
            out += [b[3:].upper(), ""]
        elif b.startswith("- "):
            out.append(b)
        else:
            if out and out[-1].startswith("- "):
                out.append("")
            out += [b, ""]
    if out[-1] != "":
        out.append("")
    if a["shape"] == "news":
        out += ["---", TIPS[i % len(TIPS)], "", "Leave a Reply", "Your email address will not be published. Required fields are marked *",
                "Comment *", "Name *", "Email *", "Post Comment", ""]
    else:
        out += ["---", f"(c) {d(a).year} {a['outlet']}. All rights reserved.", ""]
    return "\n".join(out)

# ---------------- html ----------------
def h(s):
    return html.escape(s, quote=True)

def render_blocks_html(blocks):
    out, in_ul = [], False
    for b in blocks:
        if b.startswith("- "):
            if not in_ul:
                out.append("<ul>"); in_ul = True
            out.append(f"  <li>{h(b[2:])}</li>")
            continue
        if in_ul:
            out.append("</ul>"); in_ul = False
        if b.startswith("## "):
            out.append(f"<h2>{h(b[3:])}</h2>")
        elif b.startswith("Q: "):
            out.append(f"<h3 class=\"faq-q\">{h(b[3:])}</h3>")
        else:
            out.append(f"<p>{h(b)}</p>")
    if in_ul:
        out.append("</ul>")
    return "\n".join(out)

def render_html(a, i):
    dt = d(a)
    host = outlet_host(a)
    url = f"https://example.org/{host}/{dt.year}/{slug(a)}"
    desc = (a.get("lede") or a["title"])[:150]
    share = ("<div class=\"share\"><span>Share:</span> <a href=\"#\">Facebook</a> <a href=\"#\">X</a> "
             "<a href=\"#\">LinkedIn</a> <a href=\"#\">Email</a> <a href=\"#\">Print</a></div>")
    teasers = [TEASERS[(i + k) % len(TEASERS)] for k in range(3)]
    forum = a["shape"] == "forum"
    head = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{h(a['title'])} | {h(a['outlet'])}</title>
<meta name="date" content="{a['date']}">
<meta name="description" content="{h(desc)}">
<meta property="og:title" content="{h(a['title'])}">
<meta property="article:published_time" content="{a['date']}T08:00:00Z">
<link rel="canonical" href="{url}">
</head>
<body>
<div id="cookie-banner" class="cookie-banner">We use cookies to improve your experience and to show relevant ads. <button>Accept all</button> <button>Manage settings</button></div>
<header class="site-header">
<a class="logo" href="https://example.org/{host}/">{h(a['outlet'])}</a>
<nav><ul><li><a href="#">Home</a></li><li><a href="#">News</a></li><li><a href="#">Business</a></li><li><a href="#">Shipping</a></li><li><a href="#">Opinion</a></li><li><a href="#">Contact</a></li></ul>
<form class="search" role="search"><input type="search" placeholder="Search"><button>Go</button></form></nav>
</header>
<main>
<article>
<h1>{h(a['title'])}</h1>
<p class="byline">{'Forum thread' if forum else 'By staff'} | <time datetime="{a['date']}">{longdate(dt)}</time></p>
"""
    body = []
    if not forum and a["shape"] not in ("FAQ",):
        body.append(share)
    if forum:
        body.append("<div class=\"thread\">")
        for n, (user, pdate, text) in enumerate(a["posts"], 1):
            pdt = datetime.date.fromisoformat(pdate)
            body.append(f"<div class=\"post\" id=\"post-{n}\"><div class=\"post-meta\"><span class=\"user\">{h(user)}</span> "
                        f"<time datetime=\"{pdate}\">{pdt.strftime('%b')} {pdt.day}, {pdt.year}</time> #{n}</div>"
                        f"<div class=\"post-body\"><p>{h(text)}</p></div></div>")
        body.append("</div>")
        body.append("<p class=\"locked\">This thread has been locked by a moderator.</p>")
    else:
        if a.get("lede"):
            body.append(f"<p class=\"lede\"><strong>{h(a['dateline'])}</strong>{' -- ' if a.get('dateline') else ''}{h(a['lede'])}</p>")
        body.append(render_blocks_html(a["blocks"]))
        if a["shape"] not in ("FAQ",):
            body.append(share)
    tail = []
    tail.append("</article>")
    tail.append("<aside class=\"newsletter\"><h3>Get our morning briefing</h3><p>The day's top stories in your inbox, free.</p>"
                "<form><input type=\"email\" placeholder=\"Your email\"><button>Subscribe</button></form></aside>")
    tail.append("<section class=\"related\"><h3>Related stories</h3><ul>" +
                "".join(f"<li><a href=\"https://example.org/{host}/{s}\">{h(t)}</a></li>" for t, s in teasers) + "</ul></section>")
    if a["shape"] in ("news", "blog", "explainer", "court/agency summary", "court summary"):
        tail.append("<section id=\"respond\" class=\"comment-form\"><h3>Leave a Reply</h3>"
                    "<p>Your email address will not be published. Required fields are marked *</p>"
                    "<form><label>Comment *<textarea></textarea></label><label>Name *<input></label>"
                    "<label>Email *<input type=\"email\"></label><button>Post Comment</button></form></section>")
    tail.append("</main>")
    tail.append(f"<footer class=\"site-footer\"><p>&copy; {dt.year} {h(a['outlet'])}. All rights reserved.</p>"
                "<ul><li><a href=\"#\">About us</a></li><li><a href=\"#\">Privacy policy</a></li><li><a href=\"#\">Cookie settings</a></li>"
                "<li><a href=\"#\">Terms</a></li></ul></footer>")
    tail.append("</body>\n</html>\n")
    return head + "\n".join(body) + "\n" + "\n".join(tail)

def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.startswith("ZB-"):
            os.remove(os.path.join(OUT, f))
    for i, a in enumerate(ARTICLES):
        if a["fmt"] == "md":
            text = render_md(a)
        elif a["fmt"] == "txt":
            text = render_txt(a, i)
        else:
            text = render_html(a, i)
        with open(os.path.join(OUT, a["file"]), "w", encoding="utf-8") as fh:
            fh.write(text)
        print(f"{text_words(a):4d} words  {'D ' if a['distractor'] else '  '}{a['file']}")
    print(len(ARTICLES), "files")

if __name__ == "__main__":
    main()
