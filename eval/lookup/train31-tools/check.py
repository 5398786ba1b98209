"""Validator for train31.jsonl. Usage: python3 tools/check.py [--file PATH]. Standard library only."""
import json, sys, os, re, collections
import lib

POS_KINDS = ["case", "legal_form", "abbreviation", "typo", "punctuation", "aka", "parent_vs_subsidiary", "messy",
             "word_order", "transliteration", "translation", "partial", "script"]
NEG_KINDS = {"famous_unlisted": 40, "shares_one_word": 22, "near_miss": 20, "generic": 16, "person_as_company": 16,
             "city_country": 15, "brand_product": 16}
path = os.path.join(os.path.dirname(lib.HERE), "train31.jsonl")
if "--file" in sys.argv: path = sys.argv[sys.argv.index("--file") + 1]

errs = []
def E(msg):
    errs.append(msg)
    print("ERROR:", msg)

rows = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
sdn = lib.load_sdn(); alt = lib.load_alt(); csl = lib.load_csl_names()
byent = {r["ent"]: r for r in sdn}
namecount = collections.Counter(r["name"] for r in sdn)
owner = collections.defaultdict(set)
for r in sdn:
    for k in lib.keys(r["name"]): owner[k].add(r["ent"])
alias_names = collections.defaultdict(set)
for e, t, a in alt:
    alias_names[a].add(e)
    for k in lib.keys(a): owner[k].add(e)
listed = set(owner)
for n in csl: listed |= lib.keys(n)
qs, uses, per = lib.load_prior()
print("file", path)
print("earlier sets loaded:", len(per), "files,", sum(per.values()), "rows")

# 1 rows and keys
if len(rows) != 301: E("expected 301 rows, got %d" % len(rows))
for i, r in enumerate(rows):
    if set(r) != {"query", "expected", "kind", "notes"}: E("row %d keys %s" % (i, sorted(r)))
kc = collections.Counter(r.get("kind") for r in rows)
for k in POS_KINDS:
    if kc[k] != 12: E("kind %s has %d rows, want 12" % (k, kc[k]))
for k, n in NEG_KINDS.items():
    if kc[k] != n: E("kind %s has %d rows, want %d" % (k, kc[k], n))
extra = set(kc) - set(POS_KINDS) - set(NEG_KINDS)
if extra: E("unknown kinds %s" % extra)
pos = [r for r in rows if r.get("expected") is not None]
neg = [r for r in rows if r.get("expected") is None]
if len(pos) != 156: E("positives %d != 156" % len(pos))
if len(neg) != 145: E("negatives %d != 145" % len(neg))

# 2 uniqueness, earlier queries
seen = collections.Counter(lib.qkey(r["query"]) for r in rows)
for q, n in seen.items():
    if n > 1: E("duplicate query %r" % q)
nprior = 0
for r in rows:
    if lib.is_prior(r["query"], qs): nprior += 1; E("earlier query reused: %r" % r["query"])

# 3 positives
ents = collections.Counter(); usedist = collections.Counter()
for r in pos:
    name, q, k, notes = r["expected"], r["query"], r["kind"], r["notes"]
    if k not in POS_KINDS: E("positive with negative kind %r" % q)
    m = re.search(r"\[SDN ent_num (\d+)\]$", notes)
    if not m: E("notes do not end with [SDN ent_num N]: %r" % q); continue
    e = int(m.group(1)); ents[e] += 1
    if e not in byent or byent[e]["name"] != name: E("ent_num %d does not match expected %r" % (e, name)); continue
    if namecount[name] != 1: E("SDN_Name not unique: %r" % name)
    if byent[e]["type"] != "-0-": E("not a -0- entity: %r" % name)
    if any(x != e for x in alias_names.get(name, ())): E("expected name is another record's alias: %r" % name)
    if not notes.startswith(k + ":"): E("notes do not start with kind: %r" % q)
    if ("program %s;" % byent[e]["program"]) not in notes: E("program missing in notes: %r" % q)
    u = uses.get(e, 0); usedist[u] += 1
    if ("earlier-set rows targeting this entity: %d;" % u) not in notes: E("wrong earlier-use count in notes: %r" % q)
    if ("target %s " % name) not in notes: E("target name missing in notes: %r" % q)
    if k not in ("messy", "script"):
        other = set()
        for key in lib.keys(q): other |= owner.get(key, set()) - {e}
        if other: E("positive %r collides with other record(s) %s" % (q, sorted(other)[:3]))
    if q == name: E("query identical to target name: %r" % q)
for e, n in ents.items():
    if n > 1: E("entity %d used %d times" % (e, n))
if len(ents) != 156: E("distinct entities %d != 156" % len(ents))

# 4 negatives
for r in neg:
    q, notes = r["query"], r["notes"]
    if r["kind"] not in NEG_KINDS: E("negative with positive kind %r" % q)
    if not notes.startswith("not listed"): E("negative notes must start 'not listed': %r" % q)
    if "shares" not in notes: E("negative notes lack shared-word info: %r" % q)
    if lib.keys(q) & listed: E("negative equals a listed name/alias: %r" % q)

print("rows %d: positives %d, negatives %d" % (len(rows), len(pos), len(neg)))
print("per kind:", dict(sorted(kc.items())))
print("distinct entities:", len(ents), "; earlier-use counts of targets:", dict(usedist))
print("queries repeating an earlier set:", nprior)
print("errors:", len(errs))
print("PASS" if not errs else "FAIL")
sys.exit(0 if not errs else 1)
