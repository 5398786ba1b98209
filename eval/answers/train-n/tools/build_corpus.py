"""Build corpus/ from the article sources in articles1.py, articles2.py, articles3.py."""
import html, os, re, datetime
from articles1 import A1
from articles2 import A2
from articles3 import A3
ARTS = A1 + A2 + A3
OUT = os.path.join(os.path.dirname(__file__), "..", "corpus")

def blocks(body):
    """Yield ('h', text) or ('p', text) from a body with '## ' subheads and blank-line paragraphs."""
    for b in [x.strip() for x in body.strip().split("\n\n") if x.strip()]:
        if b.startswith("## "):
            yield ("h", b[3:].strip())
        else:
            yield ("p", " ".join(b.split()))

def longdate(d):
    dt = datetime.date.fromisoformat(d)
    return dt.strftime("%B ") + str(dt.day) + dt.strftime(", %Y")

def words(a):
    t = a.get("lede", "") + " " + a["body"]
    for p in a.get("posts", []):
        t += " " + p[2]
    return len(re.findall(r"[A-Za-z0-9][A-Za-z0-9'’.,%$€£-]*", re.sub(r"## ", "", t)))

def md(a):
    out = ["---", f'title: "{a["title"]}"', f"date: {a['date']}", f"url: {a['url']}", f'source: "{a["outlet"]}"', "---", "",
           f"# {a['title']}", "", f"*By {a['byline']} | {a['outlet']} | {longdate(a['date'])}*", ""]
    if a.get("lede"):
        out += [a["lede"], ""]
    for k, t in blocks(a["body"]):
        out += [("## " + t) if k == "h" else t, ""]
    return "\n".join(out)

def txt(a):
    out = [a["title"], "", f"{a['outlet']}, {a['place']}, {longdate(a['date'])}. {a.get('lede','')}".strip(), "",
           f"{a.get('caption','File photo')} | Source: {a['outlet']}", ""]
    if a.get("posts"):
        for user, when, text in a["posts"]:
            out += [f"{user} wrote on {when}:", text, ""]
    for k, t in blocks(a["body"]):
        out += [t.upper() if k == "h" else t, ""]
    out += ["---", f"Our tip: {a.get('tip','Five easy ways to cut your energy bill this winter')}", "",
            "Leave a Reply", ""]
    for c in a.get("comments", [("Marta K.", "Thanks for the clear write-up."), ("dave_r", "Would love a follow-up on this.")]):
        out += [f"{c[0]}: {c[1]}"]
    return "\n".join(out) + "\n"

SIDEBAR = ["Ten one-pot dinners for busy weeknights", "How to pick running shoes that last", "Is a heat pump worth it in 2024?",
           "The beginner's guide to sourdough", "E-bike commuting: a month in"]

def html_page(a):
    e = html.escape
    dt = datetime.date.fromisoformat(a["date"])
    parts = []
    for k, t in blocks(a["body"]):
        parts.append(f"<h2>{e(t)}</h2>" if k == "h" else f"<p>{e(t)}</p>")
    if a.get("posts"):
        posts = []
        for i, (user, when, text) in enumerate(a["posts"], 1):
            posts.append(f'<div class="post" id="post-{i}"><div class="post-meta"><span class="user">{e(user)}</span> <span class="when">{e(when)}</span> <span class="num">#{i}</span></div><div class="post-body"><p>{e(text)}</p></div><div class="post-actions"><a href="#">Reply</a> <a href="#">Quote</a> <a href="#">Like</a></div></div>')
        main = f'<h1>{e(a["title"])}</h1><p class="thread-info">Started by {e(a["posts"][0][0])} · <time datetime="{a["date"]}">{dt.strftime("%A")}, {longdate(a["date"])}</time></p>' + "\n".join(posts) + '<div class="quick-reply"><h3>Quick reply</h3><textarea placeholder="Write your reply..."></textarea><button>Post reply</button></div><aside class="similar"><h3>Similar threads</h3><ul><li><a href="#">Best budget laptop for spreadsheets?</a></li><li><a href="#">Anyone tried the new VAT portal?</a></li></ul></aside>'
    else:
        lede = f"<p class=\"lede\"><strong>{e(a['lede'])}</strong></p>" if a.get("lede") else ""
        main = (f'<article><header><h1>{e(a["title"])}</h1><p class="byline">By {e(a["byline"])} · <time datetime="{a["date"]}">{dt.strftime("%A")}, {longdate(a["date"])}</time></p>'
                '<div class="share top"><a href="#">Share on X</a> <a href="#">Facebook</a> <a href="#">LinkedIn</a> <a href="#">Email</a></div></header>'
                f'{lede}{"".join(parts)}<div class="share bottom"><a href="#">Share on X</a> <a href="#">Facebook</a> <a href="#">Copy link</a></div></article>')
        if a.get("comments"):
            cs = "".join(f'<li class="comment"><p class="author">{e(c[0])} <span>says:</span></p><p>{e(c[1])}</p><a href="#">Reply</a></li>' for c in a["comments"])
            main += f'<section class="comments"><h3>{len(a["comments"])} Comments</h3><ol>{cs}</ol></section>'
        if a.get("kind") != "press":
            main += '<section class="reply-form"><h3>Leave a Reply</h3><p>Your email address will not be published. Required fields are marked *</p><textarea name="comment"></textarea><input name="author" placeholder="Name *"><input name="email" placeholder="Email *"><button>Post Comment</button></section>'
    side = "".join(f'<li><a href="#">{s}</a></li>' for s in SIDEBAR)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{e(a['title'])} | {e(a['outlet'])}</title>
<meta name="date" content="{a['date']}">
<meta name="description" content="{e(a.get('lede', a['title'])[:150])}">
<meta property="og:title" content="{e(a['title'])}">
<meta property="article:published_time" content="{a['date']}T08:00:00Z">
<link rel="canonical" href="{a['url']}">
</head>
<body>
<div class="cookie-banner">We use cookies to improve your experience and to show relevant ads. <button>Accept all</button> <button>Manage settings</button></div>
<nav class="top-nav"><a href="/">{e(a['outlet'])}</a> <a href="/news">News</a> <a href="/business">Business</a> <a href="/trade">Trade</a> <a href="/opinion">Opinion</a> <form class="search"><input placeholder="Search"></form></nav>
<main>
{main}
</main>
<aside class="sidebar">
<div class="newsletter"><h3>Get our morning briefing</h3><p>The day's top stories in your inbox, free.</p><input placeholder="Your email"><button>Sign up</button></div>
<div class="related"><h3>Related posts</h3><ul>{side}</ul></div>
<div class="trending"><h3>Trending</h3><ol><li><a href="#">The best houseplants for low light</a></li><li><a href="#">Why your phone battery drains overnight</a></li></ol></div>
<div class="ad-slot">Advertisement</div>
</aside>
<footer><p>&copy; {dt.year} {e(a['outlet'])}. All rights reserved.</p><a href="#">About</a> <a href="#">Contact</a> <a href="#">Privacy</a> <a href="#">Terms</a></footer>
</body>
</html>
"""

if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    for a in ARTS:
        ext = a["fname"].rsplit(".", 1)[1]
        text = {"md": md, "txt": txt, "html": html_page}[ext](a)
        with open(os.path.join(OUT, a["fname"]), "w") as fh:
            fh.write(text)
        print(f"{words(a):4d} {a['fname']}")
    print(len(ARTS), "articles")
