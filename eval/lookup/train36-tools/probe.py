"""Probe candidate strings: prints only ok/PRIOR/LISTED flags for my own candidates (never prints earlier rows)."""
import sys, lib
ix = lib.Index(); keys, uses, _ = lib.load_prior()
for line in sys.stdin:
    line = line.rstrip('\n')
    if not line.strip():
        continue
    e, _, q = line.partition('|') if '|' in line else ('', '', line)
    flags = []
    if lib.is_prior(q, keys): flags.append('PRIOR')
    if e.strip():
        ent = int(e)
        if ix.matches_other(q, ent): flags.append('OTHER')
        if any(lib.fold_keys(q) & lib.fold_keys(n) for n in ix.names_of(ent)): flags.append('own')
    elif ix.listed(q): flags.append('LISTED')
    print('%-6s %-40s %s' % (e, q, ' '.join(flags) or 'ok'))
