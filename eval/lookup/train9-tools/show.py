"""show.py WORD [WORD...]: SDN/CSL records whose name or alias contains all words (normalised)."""
import sys, lib
recs = lib.load_sdn(); csl = lib.load_csl()
ws = [lib.norm(w) for w in sys.argv[1:]]
for src, i, k, s in lib.all_names(recs, csl):
    n = ' ' + lib.norm(s) + ' '
    if all((' ' + w + ' ') in n for w in ws):
        t = recs[i]['type'] if src == 'SDN' else csl[i]['type']
        nm = recs[i]['name'] if src == 'SDN' else csl[i]['name']
        print(src, i, t or 'org', k, '|', s, '| main:', nm)
