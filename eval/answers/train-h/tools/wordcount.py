"""Count words of article text (boilerplate excluded) for every corpus file. Run: python3 tools/wordcount.py"""
import html
import os
import re
import sys

CORPUS = os.path.join(os.path.dirname(__file__), "..", "corpus")
LO, HI = 350, 550


def article_text(name, raw):
    if name.endswith(".md"):
        parts = raw.split("---", 2)
        return parts[2] if len(parts) == 3 else raw
    if name.endswith(".txt"):
        for stop in ("\nOur tip", "\nQuick reply"):
            if stop in raw:
                raw = raw.split(stop)[0]
        return raw
    # html: the article body, blog entry content, or forum posts
    for pat in (r'<div class="article-body">(.*?)</div>\s*<div class="share-bar share-bottom">',
                r'<div class="entry-content">(.*?)</div>\s*<footer class="entry-footer">',
                r'<div class="thread-posts">(.*?)<section class="quick-reply">'):
        m = re.search(pat, raw, re.S)
        if m:
            body = m.group(1)
            body = re.sub(r'<div class="post-actions">.*?</div>', " ", body, flags=re.S)
            return html.unescape(re.sub(r"<[^>]+>", " ", body))
    raise SystemExit(f"no article body found in {name}")


def main():
    bad = 0
    for name in sorted(os.listdir(CORPUS)):
        raw = open(os.path.join(CORPUS, name), encoding="utf-8").read()
        n = len(re.findall(r"[A-Za-z0-9$%][\w'’.,%$-]*", article_text(name, raw)))
        flag = "" if LO <= n <= HI else "  <-- out of range"
        bad += bool(flag)
        print(f"{n:5d}  {name}{flag}")
    print("PASS" if not bad else f"FAIL ({bad} out of range {LO}-{HI})")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
