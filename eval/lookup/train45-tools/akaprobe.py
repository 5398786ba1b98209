"""akaprobe.py [REGEX]: level-2 pool aliases that were not earlier queries and do not fold to the entity's name."""
import json, re, sys, lib
qk, _, _, _ = lib.load_prior()
pat = re.compile(sys.argv[1] if len(sys.argv) > 1 else '.', re.I)
pool = json.load(open('cand.json')); minu = min(p['uses'] for p in pool)
for p in pool:
    if p['uses'] != minu:
        continue
    nk = lib.keys(p['name'])
    for a in p['aliases']:
        if lib.seen(a, qk) or (lib.keys(a) & nk) or not pat.search(a):
            continue
        print(f"{p['ent']}\t{p['program']}\t{p['name']}\tAKA {a}")
