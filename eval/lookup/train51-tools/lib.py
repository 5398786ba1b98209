"""train51 data loader and fold keys (standard library only, written from scratch)."""
import csv, json, os, re, unicodedata
from collections import defaultdict, Counter

DATA = '/work/shared/data'
SDN = DATA + '/ofac-sdn-2019/sdn.csv'
ALT = DATA + '/ofac-sdn-2019/alt.csv'
ADD = DATA + '/ofac-sdn-2019/add.csv'
CSL = DATA + '/csl-sample/csl.csv'
PRIOR_DIR = '/work/main/eval/lookup'
PRIOR_FILES = ['train.jsonl'] + ['train%d.jsonl' % i for i in range(2, 51)] + ['validation.jsonl']

KINDS = ['script', 'transliteration', 'translation', 'word_order', 'partial', 'aka', 'legal_form',
         'abbreviation', 'punctuation', 'parent_vs_subsidiary', 'typo', 'case', 'messy']
QUOTAS = {'famous_unlisted': 25, 'other_script': 18, 'near_miss': 25, 'shares_one_word': 15,
          'generic': 15, 'chat_request': 25, 'person_as_company': 12, 'brand_product': 10}

STOP = set('''co cos ltd limited sa s a gmbh ltda cia oy ooo international intl group holding holdings trading
enterprises enterprise de del la al el the and of company companies corporation corp inc incorporated llc sl sas srl spa
ag ab bv nv plc jsc ojsc cjsc zao oao pjsc pao ao pvt private llp cv sociedad anonima y e et le les des du los las fzc fze
fzco sarl sae saic kg ohg se ad doo dd as asa aps oyj kk kabushiki kaisha pte pty bhd sdn tic ve ltdi cc lda sp zoo
srl sro a.s s.r.o eood ood tov pp chp fz ltda. establishment est general'''.split())

def _clean(x):
    x = (x or '').strip()
    return '' if x == '-0-' else x

def key(s):
    return ' '.join((s or '').lower().split())

def strip_accents(s):
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if unicodedata.category(c) != 'Mn')

def full(s):
    s = strip_accents((s or '').lower())
    s = re.sub(r"['\u2019\u2018`\u00b4]", '', s)
    # dotted abbreviations joined: s.a. -> sa, l.l.c. -> llc
    for _ in range(4):
        s = re.sub(r'\b(\w)\.(\w)\b\.?', r'\1\2', s)
    s = s.replace('&', ' and ').replace('+', ' and ')
    s = re.sub(r'[\W_]+', ' ', s)
    return ' '.join(s.split())

def core(s):
    w = [t for t in full(s).split() if t not in STOP]
    return ' '.join(w)

def folds(s):
    f, c = full(s), core(s)
    out = {('f', f), ('f', f.replace(' ', ''))}
    if c:
        out |= {('c', c), ('c', c.replace(' ', ''))}
    return {x for x in out if x[1]}

def words(s):
    return frozenset(core(s).split())

def non_latin(s):
    return any(c.isalpha() and not ('a' <= strip_accents(c).lower() <= 'z') for c in s)

def has_cjk(s):
    return any('\u4e00' <= c <= '\u9fff' for c in s)

def load_sdn():
    ents = {}
    with open(SDN, newline='', encoding='utf-8', errors='replace') as fh:
        for r in csv.reader(fh):
            if len(r) < 4:
                continue
            ents[int(r[0])] = {'ent': int(r[0]), 'name': r[1].strip(), 'type': _clean(r[2]),
                               'program': r[3].strip(), 'remarks': _clean(r[11]) if len(r) > 11 else ''}
    alts = defaultdict(list)
    with open(ALT, newline='', encoding='utf-8', errors='replace') as fh:
        for r in csv.reader(fh):
            if len(r) < 4:
                continue
            alts[int(r[0])].append((_clean(r[2]), r[3].strip()))
    return ents, alts

def load_add():
    adds = defaultdict(list)
    with open(ADD, newline='', encoding='utf-8', errors='replace') as fh:
        for r in csv.reader(fh):
            if len(r) < 5:
                continue
            adds[int(r[0])].append(tuple(_clean(x) for x in r[2:5]))
    return adds

def load_csl():
    names = []
    with open(CSL, newline='', encoding='utf-8', errors='replace') as fh:
        for r in csv.DictReader(fh):
            n = (r.get('name') or '').strip()
            if n:
                names.append(n)
            for a in (r.get('alt_names') or '').split(';'):
                a = a.strip()
                if a:
                    names.append(a)
    return names

class Index:
    def __init__(self):
        self.ents, self.alts = load_sdn()
        self.csl = load_csl()
        self.fold_owner = defaultdict(set)      # fold -> {ent or 'csl'}
        self.wordsets = defaultdict(set)        # content word set -> owners (all types)
        self.word_orgs = defaultdict(set)       # word -> org names/aliases containing it
        self.org_wordsets = []                  # (words, owner) for org names/aliases
        self.name_count = Counter(e['name'] for e in self.ents.values())
        self.alias_names = set()
        for ent, lst in self.alts.items():
            for _, a in lst:
                self.alias_names.add(a)
        for e in self.ents.values():
            org = e['type'] == ''
            for n in [e['name']] + [a for _, a in self.alts.get(e['ent'], [])]:
                for f in folds(n):
                    self.fold_owner[f].add(e['ent'])
                ws = words(n)
                if ws:
                    self.wordsets[ws].add(e['ent'])
                if org:
                    self.org_wordsets.append((ws, e['ent']))
                    for w in ws:
                        self.word_orgs[w].add(n)
        for n in self.csl:
            for f in folds(n):
                self.fold_owner[f].add('csl')
            ws = words(n)
            if ws:
                self.wordsets[ws].add('csl')
                self.org_wordsets.append((ws, 'csl'))
                for w in ws:
                    self.word_orgs[w].add(n)

    def names_of(self, ent):
        return [self.ents[ent]['name']] + [a for _, a in self.alts.get(ent, [])]

    def fold_hits(self, s):
        out = set()
        for f in folds(s):
            out |= self.fold_owner.get(f, set())
        return out

    def shared_words(self, s):
        return [(w, sorted(self.word_orgs[w])) for w in sorted(words(s)) if w in self.word_orgs]

def load_prior(ents=None):
    """Returns (set of earlier query keys, set of earlier full folds, Counter of entity uses).
    Never returns or prints rows."""
    if ents is None:
        ents, _ = load_sdn()
    by_name = Counter(e['name'] for e in ents.values())
    name_ent = {e['name']: e['ent'] for e in ents.values() if by_name[e['name']] == 1}
    keys, fulls, uses = set(), set(), Counter()
    for fn in PRIOR_FILES:
        with open(os.path.join(PRIOR_DIR, fn), encoding='utf-8') as fh:
            for line in fh:
                line = line.strip()
                if not line:
                    continue
                r = json.loads(line)
                q = r.get('query') or ''
                keys.add(key(q))
                fulls.add(full(q))
                if r.get('expected'):
                    nums = [int(x) for x in re.findall(r'ent_num (\d+)', r.get('notes') or '')]
                    if nums:
                        for n in set(nums):
                            uses[n] += 1
                    elif r['expected'] in name_ent:
                        uses[name_ent[r['expected']]] += 1
    return keys, fulls, uses
