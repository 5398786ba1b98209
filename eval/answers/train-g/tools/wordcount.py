"""Count words of article text (boilerplate excluded) for every corpus file. Run: python3 tools/wordcount.py"""
import glob
import os
import re
from html import unescape
from html.parser import HTMLParser

CORPUS = os.path.join(os.path.dirname(__file__), "..", "corpus")


class Grab(HTMLParser):
    """Collect text inside elements whose class is one of `keep`, skipping share bars and tags."""

    def __init__(self, keep):
        super().__init__()
        self.keep = keep
        self.depth = 0
        self.stack = []
        self.out = []

    def handle_starttag(self, tag, attrs):
        cls = dict(attrs).get("class", "") or ""
        inside = self.depth > 0 or any(k in cls.split() for k in self.keep)
        skip = any(x in cls for x in ("share-bar", "tags", "post-actions"))
        self.stack.append((inside, skip))
        if inside:
            self.depth += 1

    def handle_endtag(self, tag):
        if not self.stack:
            return
        inside, _ = self.stack.pop()
        if inside:
            self.depth -= 1

    def handle_data(self, data):
        if self.depth > 0 and not any(s for _, s in self.stack):
            self.out.append(data)


def article_text(path):
    raw = open(path, encoding="utf-8").read()
    if path.endswith(".md"):
        return re.sub(r"^---.*?---", "", raw, flags=re.S)
    if path.endswith(".txt"):
        lines = raw.splitlines()
        keep = []
        for ln in lines:
            if ln.startswith("Reader question:") or ln.strip() == "Our tip":
                break
            if " | Source:" in ln:
                continue
            keep.append(ln)
        return "\n".join(keep)
    if "forum" in path:
        g = Grab({"post-body"})
    elif "blog" in path:
        g = Grab({"entry-content", "entry-title"})
    else:
        g = Grab({"article-body"})
    g.feed(raw)
    title = re.search(r"<h1[^>]*>(.*?)</h1>", raw, re.S)
    return (unescape(title.group(1)) if title else "") + " " + " ".join(g.out)


def main():
    bad = 0
    for p in sorted(glob.glob(os.path.join(CORPUS, "g-*"))):
        n = len(article_text(p).split())
        flag = "" if 300 <= n <= 550 else "  <-- out of range"
        bad += bool(flag)
        print(f"{n:5d}  {os.path.basename(p)}{flag}")
    print("all within 300-550" if not bad else f"{bad} out of range")


if __name__ == "__main__":
    main()
