"""Write corpus/ from articles1-4.py and print word counts (boilerplate included for html)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import articles1, articles2, articles3, articles4, boiler
OUT = os.path.join(HERE, "..", "corpus")
os.makedirs(OUT, exist_ok=True)
allA = articles1.A + articles2.A + articles3.A + articles4.A
for f, c in allA:
    with open(os.path.join(OUT, f), "w", encoding="utf-8") as fh:
        fh.write(c)
    print(f"{boiler.words(c):4d} {f}")
from collections import Counter
print(len(allA), Counter(f.rsplit(".", 1)[1] for f, _ in allA))
