"""show.py WORD [WORD...]: every SDN record / alias / CSL row whose normalised text contains all words."""
import sys, lib
sdn, alt, csl = lib.load_sdn(), lib.load_alt(), lib.load_csl()
ws = [lib.norm(w) for w in sys.argv[1:]]
def hit(s):
    n = ' ' + lib.norm(s) + ' '
    return all((' ' + w + ' ') in n for w in ws) if '--exact' not in sys.argv else False
def hitsub(s):
    n = lib.norm(s)
    return all(w in n for w in ws)
f = hitsub if '-s' in sys.argv else hit
ws = [w for w in ws if w not in ('s',)] if '-s' in sys.argv else ws
for e, r in sdn.items():
    names = [('name', r['name'])] + alt.get(e, [])
    if any(f(n) for _, n in names) or ('-r' in sys.argv and f(r['remarks'])):
        print(f"SDN {e} [{r['type'] or 'org'}] {r['name']} ({r['program']})")
        for t, a in alt.get(e, []):
            print(f"      {t}: {a}")
for i, r in csl.items():
    if f(r['name']) or any(f(a) for a in lib.csl_alts(r)):
        print(f"CSL {i} [{r['type']}] {r['name']} | {r['alt_names'][:200]}")
