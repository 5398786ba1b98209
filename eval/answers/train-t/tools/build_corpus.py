"""Write the 30 corpus files into ../corpus and print word counts."""
import os, re, html
from boiler import render_md, render_html, render_txt
import articles1, articles2, articles3, articles4
from extras import EXTRA

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "corpus")
ALL = articles1.A + articles2.A + articles3.A + articles4.A


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    counts = {}
    for i, a in enumerate(ALL):
        a.setdefault("kind", "news")
        if a["file"] in EXTRA and not a.get("_x"):
            a["body"] = a["body"] + EXTRA[a["file"]]
            a["_x"] = True
        ext = a["file"].rsplit(".", 1)[1]
        text = {"md": render_md, "txt": render_txt}.get(ext, lambda x: render_html(x, i))(a)
        with open(os.path.join(OUT, a["file"]), "w") as fh:
            fh.write(text)
        counts[ext] = counts.get(ext, 0) + 1
        words = sum(len(p.split()) for p in a["body"]) + sum(len(t.split()) for _, _, t in a.get("posts", []) + a.get("comments", []))
        print(f"{a['file']:70s} {words:4d} words (article text)")
    print(len(ALL), counts)


if __name__ == "__main__":
    main()
