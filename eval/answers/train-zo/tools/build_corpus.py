"""Render tools/articles.py into corpus/ as .md, .html and .txt files, and print word counts."""
import datetime, html, os, re, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from articles import ARTICLES

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "corpus")


def long_date(iso):
    d = datetime.date.fromisoformat(iso)
    return f"{d.strftime('%A')}, {d.strftime('%B')} {d.day}, {d.year}"


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def body_texts(a):
    """All article-text units that count as words (lede, paragraphs, bullets, FAQ, posts, comments)."""
    out = []
    if a.get("lede"):
        out.append(a["lede"])
    for _, paras in a.get("sections", []):
        out.extend(paras)
    for q, ans in a.get("faq", []):
        out += [q, ans]
    for _, _, t in a.get("posts", []):
        out.append(t)
    for _, t in a.get("comments", []):
        out.append(t)
    return out


def word_count(a):
    n = 0
    for t in body_texts(a):
        t = re.sub(r"^(- |\d+\. )", "", t)
        n += len(re.findall(r"[A-Za-z0-9$%][\w'.,$%-]*", t))
    return n


def render_md(a):
    lines = ["---", f'title: "{a["title"]}"', f"date: {a['date']}",
             f"url: https://example.org/{slug(a['outlet'])}/{a['file'][:-3]}", f"source: {a['outlet']}", "---", "",
             f"# {a['title']}", "", f"*{a['outlet']} | {long_date(a['date'])}*", "", f"**By {a['byline']}**", ""]
    if a.get("lede"):
        lines += [a["lede"], ""]
    for head, paras in a.get("sections", []):
        if head:
            lines += [f"## {head}", ""]
        prev_bullet = False
        for p in paras:
            is_b = p.startswith("- ")
            if prev_bullet and not is_b:
                lines.append("")
            lines.append(p)
            if not is_b:
                lines.append("")
            prev_bullet = is_b
        if prev_bullet:
            lines.append("")
    lines += ["---", "", f"*{a['teaser']}*", ""]
    return "\n".join(lines)


def render_txt(a):
    lines = [a["title"], f"{a['outlet']} | {long_date(a['date'])}", f"By {a['byline']}", "", a["lede"], ""]
    for head, paras in a.get("sections", []):
        if head:
            lines += [head.upper(), ""]
        for p in paras:
            lines += [p, ""]
    if a["shape"] in ("agency", "court"):
        lines += [a["footer"], ""]
    else:
        lines += ["---", a["teaser"], "Reply to this story: letters@example.org (we read every message).", ""]
    return "\n".join(lines)


def esc(t):
    return html.escape(t, quote=False)


def attr(t):
    return html.escape(t, quote=True)


def paras_html(paras):
    out, in_ul, in_ol = [], False, False
    for p in paras:
        if p.startswith("- "):
            if not in_ul:
                out.append("<ul>"); in_ul = True
            out.append(f"  <li>{esc(p[2:])}</li>")
            continue
        if in_ul:
            out.append("</ul>"); in_ul = False
        m = re.match(r"^(\d+)\. (.*)$", p)
        if m:
            if not in_ol:
                out.append("<ol>"); in_ol = True
            out.append(f"  <li>{esc(m.group(2))}</li>")
            continue
        if in_ol:
            out.append("</ol>"); in_ol = False
        out.append(f"<p>{esc(p)}</p>")
    if in_ul:
        out.append("</ul>")
    if in_ol:
        out.append("</ol>")
    return out


def render_html(a):
    forum = a["shape"] == "forum"
    first = (a.get("lede") or (a["sections"][0][1][0] if a.get("sections") else None)
             or (a["faq"][0][1] if a.get("faq") else a["posts"][0][2]))
    desc = re.sub(r"\s+", " ", first)[:160]
    url = f"https://example.org/{slug(a['outlet'])}/{a['file'][:-5]}"
    h = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
         f"<title>{esc(a['title'])} | {esc(a['outlet'])}</title>",
         f'<meta name="date" content="{a["date"]}">',
         f'<meta name="description" content="{attr(desc)}">',
         f'<meta property="og:title" content="{attr(a["title"])}">',
         f'<meta property="article:published_time" content="{a["date"]}T08:00:00Z">',
         f'<link rel="canonical" href="{url}">', "</head>", "<body>",
         '<div class="cookie-banner">We use cookies to measure traffic and remember your settings. '
         '<button>Accept all</button> <button>Manage choices</button></div>',
         '<nav class="site-nav"><a href="/">Home</a> <a href="/markets">Markets</a> <a href="/sanctions">Sanctions</a> '
         '<a href="/regions">Regions</a> <a href="/opinion">Opinion</a>'
         '<form class="search" action="/search"><input type="search" name="q" placeholder="Search"><button>Go</button></form></nav>',
         "<main>", "<article>", f"<h1>{esc(a['title'])}</h1>",
         f'<p class="byline">{esc(a["byline"])} | <time datetime="{a["date"]}">{long_date(a["date"])}</time></p>']
    if not forum:
        h.append('<div class="share">Share: <a href="#">X</a> <a href="#">Facebook</a> <a href="#">LinkedIn</a> '
                 '<a href="#">WhatsApp</a> <a href="#">Email</a></div>')
    if a.get("lede"):
        h.append(f"<p>{esc(a['lede'])}</p>")
    for head, paras in a.get("sections", []):
        if head:
            h.append(f"<h2>{esc(head)}</h2>")
        h += paras_html(paras)
    if a.get("faq"):
        h.append('<section class="faq">')
        for q, ans in a["faq"]:
            h += [f"<h3>{esc(q)}</h3>", f"<p>{esc(ans)}</p>"]
        h.append("</section>")
    if forum:
        h.append('<p class="notice">This thread is archived. New replies are disabled.</p>')
        for i, (user, when, text) in enumerate(a["posts"], 1):
            h.append(f'<div class="post" id="post-{i}"><span class="user">{esc(user)}</span> '
                     f'<span class="when">{esc(when)}</span><p>{esc(text)}</p></div>')
    h.append("</article>")
    if not forum:
        h.append('<aside class="newsletter"><h2>Get the weekly briefing</h2><p>Sanctions, trade and markets in your inbox '
                 'every Friday.</p><form><input type="email" placeholder="Your email"><button>Sign up</button></form></aside>')
        h.append('<section class="comments"><h2>Comments</h2>')
        for name, text in a.get("comments", []):
            h.append(f'<div class="comment"><span class="author">{esc(name)}</span><p>{esc(text)}</p></div>')
        h.append('<h3>Leave a Reply</h3><form class="reply"><textarea name="comment"></textarea>'
                 '<input name="author" placeholder="Name"><input name="email" placeholder="Email">'
                 '<button>Post Comment</button></form></section>')
    h.append('<aside class="related"><h2>Related stories</h2><ul>')
    for r in a.get("related", []):
        h.append(f'  <li><a href="#">{esc(r)}</a></li>')
    h += ["</ul></aside>", "</main>",
          f'<footer><p>&copy; {a["date"][:4]} {esc(a["outlet"])}. All rights reserved.</p>'
          '<p><a href="/about">About</a> <a href="/privacy">Privacy</a> <a href="/terms">Terms</a> '
          '<a href="/contact">Contact</a></p></footer>', "</body>", "</html>", ""]
    return "\n".join(h)


def main():
    if os.path.isdir(CORPUS):
        shutil.rmtree(CORPUS)
    os.makedirs(CORPUS)
    for a in ARTICLES:
        ext = a["file"].rsplit(".", 1)[1]
        text = {"md": render_md, "txt": render_txt, "html": render_html}[ext](a)
        with open(os.path.join(CORPUS, a["file"]), "w", encoding="utf-8") as f:
            f.write(text)
        print(f"{word_count(a):4d}  {a['file']}")
    print(f"wrote {len(ARTICLES)} files to corpus/")


if __name__ == "__main__":
    main()
