"""List unique-name -0- SDN organisations with earlier-set use counts -> cand.json"""
import json, collections, lib
sdn = lib.load_sdn(); alt = lib.load_alt()
qs, uses, per = lib.load_prior()
namecount = collections.Counter(r["name"] for r in sdn)
# key -> set of ent_nums (names + aliases of all records)
owner = collections.defaultdict(set)
for r in sdn:
    for k in lib.keys(r["name"]):
        owner[k].add(r["ent"])
for e, t, a in alt:
    for k in lib.keys(a):
        owner[k].add(e)
out = []
for r in sdn:
    if r["type"] != "-0-" or namecount[r["name"]] != 1:
        continue
    amb = any(len(owner[k]) > 1 for k in lib.keys(r["name"]))
    out.append({"ent": r["ent"], "name": r["name"], "program": r["program"], "uses": uses.get(r["ent"], 0), "ambiguous": amb})
json.dump(out, open(lib.HERE + "/cand.json", "w"), indent=0)
dist = collections.Counter(c["uses"] for c in out)
print("prior files", len(per), "rows", sum(per.values()))
print("unique-name orgs", len(out))
print("use distribution", sorted(dist.items()))
print("usable (not ambiguous) by uses", sorted(collections.Counter(c["uses"] for c in out if not c["ambiguous"]).items()))
