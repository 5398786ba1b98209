"""Counts words of article text per corpus file (boilerplate excluded) and checks the 300-600 range."""
import html
import os
import re
import sys

CORPUS = os.path.join(os.path.dirname(__file__), "..", "corpus")


def article_text(name, raw):
    if name.endswith(".md"):
        return raw.split("---", 2)[2]
    if name.endswith(".txt"):
        t = raw.split("\nOur tip")[0]
        return t
    # html
    parts = []
    for pat in [r'<div class="story-body">(.*?)</div>\s*<div class="share-bar">',
                r'<div class="entry-content">(.*?)</div>\s*<footer class="entry-footer">',
                r'<ol class="comment-list">(.*?)</ol>\s*<section class="comments"',
                r'<div class="postbody">(.*?)</div>']:
        parts += re.findall(pat, raw, re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", " ".join(parts)))


def main():
    bad = 0
    for name in sorted(os.listdir(CORPUS)):
        raw = open(os.path.join(CORPUS, name), encoding="utf-8").read()
        n = len(article_text(name, raw).split())
        flag = "" if 300 <= n <= 600 else "  <-- out of range"
        bad += bool(flag)
        print(f"{n:5d}  {name}{flag}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
