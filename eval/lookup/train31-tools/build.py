"""Build train31.jsonl from cand.json, rows_pos.HAND, rows_neg.NEG and seeded generators (seed 31)."""
import json, random, re, csv, collections, os, sys
import lib
from rows_pos import HAND
from rows_neg import NEG, TARGET

SEED = 31
KINDS_GEN = ["aka", "parent_vs_subsidiary", "legal_form", "abbreviation", "punctuation", "typo", "case", "messy"]
HAND_ORDER = ["script", "word_order", "transliteration", "translation", "partial"]
PER_KIND = 12
OUT = os.path.join(os.path.dirname(lib.HERE), "train31.jsonl")

log = []
def L(*a):
    s = " ".join(str(x) for x in a); log.append(s); print(s)

sdn = lib.load_sdn(); alt = lib.load_alt(); csl = lib.load_csl_names()
byent = {r["ent"]: r for r in sdn}
cand = json.load(open(os.path.join(lib.HERE, "cand.json")))
qs, uses, per = lib.load_prior()
minlevel = min(c["uses"] for c in cand if not c["ambiguous"])
pool = {c["ent"]: c for c in cand if not c["ambiguous"] and c["uses"] == minlevel}
L("least-used usable level", minlevel, "pool size", len(pool))

owner = collections.defaultdict(set)
for r in sdn:
    for k in lib.keys(r["name"]): owner[k].add(r["ent"])
aliases = collections.defaultdict(list)
for e, t, a in alt:
    aliases[e].append(a)
    for k in lib.keys(a): owner[k].add(e)
listed_keys = set(owner)
for n in csl: listed_keys |= lib.keys(n)

STOP = set("for and the of de del la los las el y in al a an on to at with by".split())
def content(s):
    return [t for t in lib.fold(s).split() if len(t) >= 3 and t not in lib.LEGAL and t not in STOP and not t.isdigit()]
org_tok = {}  # ent -> token sets of name/aliases (organisations only)
for r in sdn:
    if r["type"] == "-0-":
        org_tok[r["ent"]] = [set(lib.fold(r["name"]).split())] + [set(lib.fold(a).split()) for a in aliases[r["ent"]]]
word_orgs = collections.defaultdict(set)
for r in sdn:
    if r["type"] == "-0-":
        for t in content(r["name"]): word_orgs[t].add(r["ent"])
indiv_tok = [set(lib.fold(r["name"]).split()) for r in sdn if r["type"] == "individual"]

def own_keys(e):
    ks = set(lib.keys(byent[e]["name"]))
    for a in aliases[e]: ks |= lib.keys(a)
    return ks

def collides(q, e):
    return any(owner.get(k, set()) - {e} for k in lib.keys(q))

def token_subset_other(q, e):
    qt = set(lib.fold(q).split()) - lib.LEGAL
    if not qt: return True
    for oe, sets in org_tok.items():
        if oe == e: continue
        for s in sets:
            if qt <= s: return True
    return False

used_q = set(); used_e = set(); rows = []; rejected = collections.Counter(); rej_examples = collections.defaultdict(list)
def reject(kind, q, why):
    rejected[(kind, why)] += 1
    if len(rej_examples[(kind, why)]) < 3: rej_examples[(kind, why)].append(q)

def add_pos(kind, e, q, variant):
    c = pool[e]
    notes = "%s: %s; program %s; earlier-set rows targeting this entity: %d; target %s [SDN ent_num %d]" % (
        kind, variant, c["program"], c["uses"], c["name"], e)
    rows.append({"query": q, "expected": c["name"], "kind": kind, "notes": notes})
    used_q.add(lib.qkey(q)); used_e.add(e)

# ---- hand rows
count = collections.Counter()
for kind in HAND_ORDER:
    for k, e, q, variant in HAND:
        if k != kind or count[kind] >= PER_KIND: continue
        if e not in pool: reject(kind, q, "target not in least-used pool"); continue
        if e in used_e: reject(kind, q, "entity already used"); continue
        if lib.is_prior(q, qs): reject(kind, q, "earlier query"); continue
        if lib.qkey(q) in used_q: reject(kind, q, "duplicate"); continue
        if lib.keys(q) & own_keys(e): reject(kind, q, "equals own name/alias"); continue
        if kind != "script" and collides(q, e): reject(kind, q, "collides with another record"); continue
        if kind == "partial" and token_subset_other(q, e): reject(kind, q, "token subset of another org"); continue
        add_pos(kind, e, q, variant); count[kind] += 1

# ---- generators
def tc_word(w):
    special = {"LTD.": "Ltd.", "LTD": "Ltd", "CO.": "Co.", "CO": "Co", "INC.": "Inc.", "INC": "Inc", "LLC": "LLC", "GMBH": "GmbH",
               "DE": "de", "Y": "y", "E": "e", "DEL": "del", "LA": "la", "OF": "of", "AND": "and", "THE": "the", "FOR": "for", "IN": "in",
               "LTDA.": "Ltda.", "CIA.": "Cia.", "S.A.": "S.A.", "C.V.": "C.V.", "S.A.S.": "S.A.S.", "FZE": "FZE", "FZCO": "FZCO", "PLC": "PLC"}
    if w in special: return special[w]
    if re.fullmatch(r"([A-Z]\.)+,?", w): return w
    if re.fullmatch(r"\(?(II|III|IV|VI|VII)\)?,?", w): return w
    lead = ""
    if w[:1] in "(\"'": lead, w = w[0], w[1:]
    return lead + "-".join(p[:1].upper() + p[1:].lower() for p in w.split("-"))
def title(s):
    ws = s.split()
    out = [tc_word(w) for w in ws]
    if out: out[0] = out[0][:1].upper() + out[0][1:]
    return " ".join(out)

LEGAL_SWAPS = [
    (r",? S\.A\. DE C\.V\.?$", ["SA de CV", "Sociedad Anonima de Capital Variable", ""]),
    (r",? S\. DE R\.L\. DE C\.V\.$", ["S de RL de CV", "Sociedad de Responsabilidad Limitada de Capital Variable", ""]),
    (r",? LTDA\.?$", ["Limitada", "Ltd", ""]),
    (r",? S\.A\.S\.$", ["Sociedad por Acciones Simplificada", "SAS Colombia", ""]),
    (r",? S\.A\.$", ["Sociedad Anonima", "Corp", ""]),
    (r",? S\.L\.$", ["Sociedad Limitada", "SL", ""]),
    (r",? CO\.,? LTD\.?$", ["Company Limited", "Corporation", ""]),
    (r",? COMPANY,? LIMITED$", ["Co., Ltd.", "Corp", ""]),
    (r",? LIMITED$", ["Ltd.", "PLC", ""]),
    (r",? LTD\.?$", ["Limited", "Ltd Co", ""]),
    (r",? INC\.?$", ["Incorporated", "Corp.", ""]),
    (r",? L\.?L\.?C\.?$", ["Limited Liability Company", "Ltd", ""]),
    (r" GMBH$", ["Gesellschaft mit beschraenkter Haftung", "AG", ""]),
    (r",? C\.A\.$", ["Compania Anonima", "SA", ""]),
    (r",? (FZE|FZCO)$", ["Free Zone Establishment", "LLC", ""]),
    (r" COMPANY$", ["Co. Ltd", "Corporation", "LLC"]),
    (r" CO\.?$", ["Company Ltd", "Corporation", "LLC"]),
]
def g_legal(name, rnd, e):
    for pat, alts in LEGAL_SWAPS:
        m = re.search(pat, name)
        if m:
            base = name[:m.start()].strip(" ,")
            if len(base.split()) < 1 or len(base) < 5: return None
            a = rnd.choice(alts)
            q = title(base) + ((" " + a) if a else "")
            return q, "legal form %r -> %r" % (m.group(0).strip(" ,"), a or "(dropped)")
    return None

ABBR = {"INTERNATIONAL": "Intl", "COMPANY": "Co", "TRADING": "Trdg", "CORPORATION": "Corp", "LIMITED": "Ltd", "GENERAL": "Gen",
        "INVESTMENT": "Inv", "INVESTMENTS": "Invts", "SERVICES": "Svcs", "DEVELOPMENT": "Dev", "INDUSTRY": "Ind", "INDUSTRIAL": "Indl",
        "ORGANIZATION": "Org", "BROTHERS": "Bros", "INVERSIONES": "Inv.", "COMERCIALIZADORA": "Comerc.", "ENGINEERING": "Eng",
        "MANAGEMENT": "Mgmt", "TRANSPORTATION": "Transp", "SHIPPING": "Shpg", "ADMINISTRACION": "Admin.", "CONSTRUCTORA": "Constr.",
        "COMPANIA": "Cia", "ASSOCIATION": "Assn", "TECHNOLOGY": "Tech", "TECHNOLOGIES": "Techs", "ENTERPRISES": "Ents",
        "DISTRIBUIDORA": "Dist.", "AGROPECUARIA": "Agrop.", "INMOBILIARIA": "Inmob.", "INTERNACIONAL": "Intl", "HOLDING": "Hldg",
        "HOLDINGS": "Hldgs", "NATIONAL": "Natl", "EXPORT": "Exp", "IMPORT": "Imp", "PROPERTIES": "Props", "AVIATION": "Avn",
        "PHARMACEUTICAL": "Pharma", "TELECOMMUNICATIONS": "Telecom", "FOUNDATION": "Fdn", "MOUNTAIN": "Mtn", "CENTER": "Ctr",
        "CENTRE": "Ctr", "MARINE": "Mar.", "ELECTRONICS": "Elec", "ADMINISTRATION": "Admin", "SOCIEDAD": "Soc.", "ASOCIACION": "Asoc."}
def g_abbr(name, rnd, e):
    ws = name.replace(",", "").split(); hits = []
    out = []
    for w in ws:
        if w in ABBR: out.append(ABBR[w]); hits.append("%s->%s" % (w.title(), ABBR[w]))
        else: out.append(tc_word(w))
    if not hits: return None
    out[0] = out[0][:1].upper() + out[0][1:]
    return " ".join(out), "abbreviated " + ", ".join(hits)

KEYB = {"a": "s", "s": "a", "e": "r", "r": "e", "i": "o", "o": "i", "n": "m", "m": "n", "t": "y", "l": "k", "u": "i", "c": "v", "d": "f", "g": "h", "h": "g", "b": "v", "p": "o"}
def g_typo(name, rnd, e):
    if len(lib.fold_nolegal(name)) < 10: return None
    ws = name.split()
    idx = [i for i, w in enumerate(ws) if re.fullmatch(r"[A-Za-z]{5,}", w)]
    if not idx: return None
    i = rnd.choice(idx); w = ws[i].lower(); op = rnd.choice(["swap", "drop", "double", "key"])
    p = rnd.randrange(1, len(w) - 1)
    if op == "swap": nw = w[:p] + w[p + 1] + w[p] + w[p + 2:]
    elif op == "drop": nw = w[:p] + w[p + 1:]
    elif op == "double": nw = w[:p] + w[p] + w[p:]
    else:
        if w[p] not in KEYB: return None
        nw = w[:p] + KEYB[w[p]] + w[p + 1:]
    if nw == w: return None
    ws2 = [tc_word(x) for x in ws]; ws2[i] = nw.capitalize()
    q = " ".join(ws2)
    if rnd.random() < 0.4: q = q.lower()
    return q, "typo (%s) %s -> %s" % (op, ws[i].title(), nw)

def g_punct(name, rnd, e):
    if re.search(r"[.,'&\-/:()@]", name):
        q = re.sub(r"\s+", " ", re.sub(r"[.,\-/:()]", " ", name.replace("'", "")).replace("&", "and")).strip()
        q = re.sub(r"\b([A-Z]) (?=[A-Z]\b)", r"\1", q)
        q = title(q) if rnd.random() < 0.6 else q
        return q, "punctuation removed"
    ws = name.split()
    if len(ws) == 2 and all(len(w) >= 3 for w in ws):
        return "-".join(tc_word(w) for w in ws), "hyphen added between words"
    if len(ws) >= 3 and ws[-1] in ("COMPANY", "LIMITED", "INC", "LLC", "CORPORATION"):
        return title(" ".join(ws[:-1])) + ", " + tc_word(ws[-1]) + ".", "comma and full stop added"
    return None

def g_case(name, rnd, e):
    if rnd.random() < 0.5: return name.lower(), "lower-cased"
    t = title(name)
    if t == name: return name.lower(), "lower-cased"
    return t, "title-cased"

addr = collections.defaultdict(list)
with open(os.path.join(lib.DATA, "ofac-sdn-2019/add.csv"), encoding="utf-8", errors="replace") as f:
    for r in csv.reader(f):
        if len(r) >= 5: addr[int(r[0])].append((lib.clean(r[3]), lib.clean(r[4])))
def g_parent(name, rnd, e):
    if "BRANCH" in name: return None
    for city, country in addr.get(e, []):
        c = re.split(r"[,0-9]", city)[0].strip()
        if c and re.fullmatch(r"[A-Za-z .'-]{3,}", c):
            c = c.title()
            form = rnd.choice(["%s - %s branch", "%s (%s office)", "%s subsidiary in %s"])
            return form % (title(name), c), "invented %s office/branch/subsidiary (city from add.csv)" % c
        if country and re.fullmatch(r"[A-Za-z .'-]{3,}", country):
            return "%s subsidiary in %s" % (title(name), country), "invented %s subsidiary (country from add.csv)" % country
    return None

def g_aka(name, rnd, e):
    al = [a for a in aliases[e] if len(a) >= 5]
    rnd.shuffle(al)
    for a in al:
        ks = lib.keys(a)
        if any(owner.get(k, set()) - {e} for k in ks): continue
        if token_subset_other(a, e): continue
        if lib.keys(a) & lib.keys(name): continue
        if lib.is_prior(a, qs): continue
        return a, "alias from alt.csv"
    return None

MESSY = ["hey can you check {n} for me", "pls screen {n} asap thx", "is {n} ok to pay??", "new vendor: {n} - any hits?",
         "{n} invoice just came in, legit?", "client wants to wire to {n} tomorrow", "quick one - {n} sanctioned or not",
         "kyc on {n} pls", "do we do business w/ {n}", "got a PO from {n}, checking", "need a lookup on {n} urgent",
         "anyone heard of {n}?", "onboarding {n} today, run it", "{n} - shipment on hold pending check"]
def g_messy(name, rnd, e):
    n = name.lower() if rnd.random() < 0.6 else title(name)
    t = rnd.choice(MESSY)
    return t.format(n=n), "name inside chat text: %r" % t.replace("{n}", "...")

GEN = {"aka": g_aka, "parent_vs_subsidiary": g_parent, "legal_form": g_legal, "abbreviation": g_abbr,
       "punctuation": g_punct, "typo": g_typo, "case": g_case, "messy": g_messy}
rnd = random.Random(SEED)
order = sorted(pool); rnd.shuffle(order)
for kind in KINDS_GEN:
    for e in order:
        if count[kind] >= PER_KIND: break
        if e in used_e: continue
        name = pool[e]["name"]
        # keep short/odd names for later kinds
        res = GEN[kind](name, rnd, e)
        if not res: continue
        q, variant = res
        if q == name: continue
        if lib.is_prior(q, qs): reject(kind, q, "earlier query"); continue
        if lib.qkey(q) in used_q: reject(kind, q, "duplicate"); continue
        if kind != "messy" and collides(q, e): reject(kind, q, "collides with another record"); continue
        if kind in ("typo", "abbreviation", "legal_form", "punctuation") and len(lib.fold_nolegal(q)) < 6: continue
        add_pos(kind, e, q, variant); count[kind] += 1

# ---- negatives
target_words = set()
for r in rows:
    target_words |= set(content(r["expected"]))
def shared_info(q):
    parts = []
    for t in sorted(set(content(q))):
        if t in word_orgs:
            ex = sorted(byent[x]["name"] for x in word_orgs[t])[:3]
            parts.append("shares '%s' with %d listed org(s) (e.g. %s)" % (t, len(word_orgs[t]), "; ".join(ex)))
    return parts
negc = collections.Counter()
for cat, text in NEG.items():
    cands = [c.strip() for c in text.split("|") if c.strip()]
    for q in cands:
        if negc[cat] >= TARGET[cat]: break
        if lib.is_prior(q, qs): reject(cat, q, "earlier query"); continue
        if lib.qkey(q) in used_q: reject(cat, q, "duplicate"); continue
        if lib.keys(q) & listed_keys: reject(cat, q, "equals a listed name/alias"); continue
        info = shared_info(q)
        if cat in ("shares_one_word", "near_miss") and not info: reject(cat, q, "shares no word with a listed org"); continue
        if cat == "near_miss" and (not content(q) or content(q)[0] not in target_words): reject(cat, q, "no word from this set's targets"); continue
        if cat == "person_as_company":
            tk = lib.fold(q).split()[:2]
            if any(set(tk) <= s for s in indiv_tok): reject(cat, q, "tokens in an SDN individual's name"); continue
        notes = "not listed: %s; " % cat + ("; ".join(info) if info else "shares no word with a listed org")
        rows.append({"query": q, "expected": None, "kind": cat, "notes": notes})
        used_q.add(lib.qkey(q)); negc[cat] += 1

L("positives per kind", dict(count))
L("negatives per category", dict(negc))
L("rejected", sum(rejected.values()))
for (k, why), n in sorted(rejected.items(), key=lambda x: -x[1]):
    L("  %-20s %-40s %3d  e.g. %s" % (k, why, n, " | ".join(rej_examples[(k, why)])))
with open(OUT, "w", encoding="utf-8") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
L("wrote", OUT, len(rows))
open(os.path.join(lib.HERE, "build_output.txt"), "w").write("\n".join(log) + "\n")
