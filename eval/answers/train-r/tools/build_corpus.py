"""Write corpus/ from the article modules and print word counts."""
import os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import articles1, articles2, articles3
out = os.path.join(HERE, "..", "corpus")
os.makedirs(out, exist_ok=True)
allA = {**articles1.A, **articles2.A, **articles3.A}
for name, text in sorted(allA.items()):
    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
        f.write(text)
    plain = re.sub(r"<[^>]+>", " ", text)
    print(f"{len(plain.split()):5d}  {name}")
from collections import Counter
print(len(allA), Counter(n.rsplit('.',1)[1] for n in allA))
