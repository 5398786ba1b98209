"""The list registry: entities (companies, brands, people) and their listings on official lists, in one SQLite file,
with an in-memory name index for lookup, autocomplete and spotting company names inside a question.

Read side: `Registry.open(path)`, `lookup`, `autocomplete`, `find_in_text`, `entity`, `count`.
Write side (used by `ingest.lists`): `Registry.writer()` gives a `RegistryWriter` that batches one import in one
transaction; the in-memory index is rebuilt after it commits (and when another process writes the file).

Matching, in order: exact normalised name or alias (case, width, punctuation, accents, legal suffixes such as Co.,
Ltd., Inc., Group, 有限公司, 股份有限公司 removed), exact after confusable characters (l/1/I, 0/O), exact ignoring
spaces, Chinese-script containment, then a token score: every token weighs by how distinctive it is in the registry
(inverse document frequency; generic words such as "technology", "company", "china" and place names weigh little),
and the score is the weighted share of the query's tokens found in the name (70 %) and of the name's tokens found in
the query (30 %), with typo tolerance on tokens of five letters or more. A name needs at least one distinctive token
in common to score above 0.5, so generic words alone never match, and a name one distinctive word off ("Northwind
Photonics" vs "Northwind Optics") stays far below the threshold.
"""
from __future__ import annotations

import bisect
import json
import math
import re
import sqlite3
import threading
import unicodedata
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field, fields as dc_fields
from functools import lru_cache
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator

from rapidfuzz import fuzz, process

from .models import Entity, Listing, Match

# ---------------------------------------------------------------------------------------------------------------
# What a listing restricts: a fixed vocabulary of short phrases ("... restricts <phrase>").
# ---------------------------------------------------------------------------------------------------------------
R_SECURITIES = "buying its publicly traded securities"
R_EXPORTS = "exports of US items to it without a licence"
R_FCC = "new FCC equipment authorizations"
R_US_SALES = "sales of its products in the US"
R_DOD = "DoD procurement"
R_CMC = "designation as a Chinese military company"
R_BLOCKED = "all dealings; assets blocked"
R_DENIED = "all exports involving it (export privileges denied)"
R_UVL = "licence exceptions for exports to it"
R_SECTORAL = "new debt or equity dealings (sectoral sanctions)"
R_FSE = "US dealings with it (foreign sanctions evader)"
R_CAPTA = "correspondent or payable-through accounts for it"
R_MENU = "the dealings OFAC selected for it (menu-based sanctions)"
R_DEFENSE_EXPORTS = "its participation in US defense-article exports"
R_US_GOV = "US government procurement and assistance"
R_FED_PROCUREMENT = "federal procurement of its telecom and video surveillance equipment"

RESTRICTIONS: tuple[str, ...] = (
    R_SECURITIES, R_EXPORTS, R_FCC, R_US_SALES, R_DOD, R_CMC, R_BLOCKED, R_DENIED, R_UVL, R_SECTORAL, R_FSE,
    R_CAPTA, R_MENU, R_DEFENSE_EXPORTS, R_US_GOV, R_FED_PROCUREMENT,
)

# CSL `source` abbreviations (the part in parentheses) -> what the listing restricts
_SOURCE_RESTRICTS: dict[str, list[str]] = {
    "EL": [R_EXPORTS],
    "MEU": [R_EXPORTS],
    "UVL": [R_UVL],
    "DPL": [R_DENIED],
    "SDN": [R_BLOCKED],
    "CMIC": [R_SECURITIES],
    "NS-CMIC": [R_SECURITIES],
    "SSI": [R_SECTORAL],
    "FSE": [R_FSE],
    "CAP": [R_CAPTA],
    "CAPTA": [R_CAPTA],
    "NS-MBS LIST": [R_MENU],
    "NS-MBS": [R_MENU],
    "MBS": [R_MENU],
    "PLC": [R_MENU],
    "DTC": [R_DEFENSE_EXPORTS],
    "ISN": [R_US_GOV],
}
_SOURCE_KEYWORDS: list[tuple[str, list[str]]] = [
    ("entity list", [R_EXPORTS]),
    ("military end user", [R_EXPORTS]),
    ("unverified", [R_UVL]),
    ("denied persons", [R_DENIED]),
    ("specially designated nationals", [R_BLOCKED]),
    ("military-industrial complex", [R_SECURITIES]),
    ("sectoral sanctions", [R_SECTORAL]),
    ("sanctions evaders", [R_FSE]),
    ("debarred", [R_DEFENSE_EXPORTS]),
    ("nonproliferation", [R_US_GOV]),
    ("1260h", [R_CMC, R_DOD]),
    ("1237", [R_CMC, R_SECURITIES]),
    ("covered list", [R_FCC]),
    ("kaspersky", [R_US_SALES]),
    ("icts", [R_US_SALES]),
    ("section 889", [R_FED_PROCUREMENT]),
]


def restrictions_for_source(source: str) -> list[str]:
    """What a listing on this list restricts, from the list's name (a CSL `source` value or a shipped list name)."""
    m = re.search(r"\(([^)]+)\)", source or "")
    if m and m.group(1).strip().upper() in _SOURCE_RESTRICTS:
        return list(_SOURCE_RESTRICTS[m.group(1).strip().upper()])
    low = (source or "").lower()
    for needle, restricts in _SOURCE_KEYWORDS:
        if needle in low:
            return list(restricts)
    return []


def authority_for_source(source: str) -> str:
    """'Entity List (EL) - Bureau of Industry and Security' -> 'Bureau of Industry and Security'."""
    if " - " in (source or ""):
        return source.rsplit(" - ", 1)[1].strip()
    return source or ""


# ---------------------------------------------------------------------------------------------------------------
# Normalisation
# ---------------------------------------------------------------------------------------------------------------
LEGAL_SUFFIXES = frozenset("""
co company companies corp corporation corporations inc incorporated ltd limited llc llp lp plc gmbh ag kg sa sas sarl
srl spa bv nv oy oyj ab asa as aps kk pte pty jsc ojsc pjsc cjsc ooo oao zao tov llp group groups holding holdings
the cia ltda sdn bhd tbk pt
""".split())
CJK_SUFFIXES = ("股份有限公司", "有限责任公司", "有限公司", "集团公司", "集团", "公司", "控股", "股份")
STOPWORDS = frozenset("of the and for de del la le du des y et und in at on".split())
ABBREVIATIONS = {
    "tech": "technology", "techs": "technology", "technologies": "technology", "technol": "technology",
    "intl": "international", "int": "international", "internat": "international",
    "mfg": "manufacturing", "elec": "electronics", "electronic": "electronics", "sci": "science",
    "sciences": "science", "info": "information", "ind": "industry", "industries": "industry",
    "industrial": "industry", "dev": "development", "comm": "communication", "communications": "communication",
    "telecommunications": "telecommunication", "telecoms": "telecom", "systems": "system", "networks": "network",
    "svcs": "services", "svc": "services", "service": "services", "natl": "national", "univ": "university",
    "inst": "institute", "res": "research", "eng": "engineering", "engg": "engineering", "grp": "group",
    "hldgs": "holdings", "hldg": "holding", "corpn": "corp", "cos": "co", "ltda": "ltd", "lt": "ltd",
    "products": "product", "solutions": "solution", "investments": "investment", "materials": "material",
}
# Words that say what kind of company it is, or where, rather than which: they weigh little.
GENERIC = frozenset("""
technology information industry international science development trading trade import export electronics electric
system digital network communication telecommunication engineering equipment manufacturing research institute academy
university center centre services solution enterprise enterprises investment capital management product global
national general china chinese prc people peoples republic beijing shanghai shenzhen sz guangzhou hangzhou zhejiang
jiangsu xiamen hong kong hk tianjin wuhan chengdu jiangxi fujian guangdong hefei anhui shandong sichuan xian nanjing
dalian suzhou qingdao chongqing hubei hunan henan hebei shaanxi liaoning usa us america americas american russia
russian iran iranian new first north south east west asia europe world co company corp corporation inc ltd limited
group holding holdings llc material logistics shipping industrial power energy resources commercial business
consulting construction machinery instrument instruments software data cloud smart intelligent intelligence
innovation innovations application applied advanced general bank trust finance financial fund partners partner
mining chemical chemicals oil gas petroleum aviation aerospace
""".split())
CJK_GENERIC = frozenset("""
科技 技术 信息 有限 公司 集团 股份 中国 实业 发展 产业 电子 北京 上海 深圳 研究 究所 国际 网络 通信 系统 工业 控股 责任
限公 份有 术股 技股 息产 业发 展有 贸易 投资 工程 设备 制造 电气 数字 智能 创新 新科 中心 大学 学院 浙江 江苏 广东 杭州
厦门 天津 武汉 成都 江西 福建 合肥 安徽 四川 南京 重庆 深圳市 圳市 京市 海市 州市 门市
""".split())
# Common English words (and chat words) that never trigger a company match inside free text on their own.
COMMON_WORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being below between both
but by can could did do does doing down during each few for from further had has have having he her here hers him
his how i if in into is it its just me more most my no nor not now of off on once only or other our out over own
same she should so some such than that the their them then there these they this those through to too under until
up very was we were what when where which while who whom why will with would you your yes still buy sell sold
banned ban bans list listed listing lists blacklist blacklisted sanction sanctions sanctioned status allowed legal
use using used phone phones camera cameras drone drones laptop car cars chip chips app apps stock stocks share shares
company companies brand brands product products thing things stuff hey hi hello thanks thank please pls plz lol ok
okay still anymore now today year years new old get got make made one two three us usa uk eu china chinese america
american russia russian good bad best better really right wrong true false know think want need like way much many
who whats what's dont cant isnt wont im ive hows gonna wanna tell say said news about regarding vs versus mean means
entity entities military army government gov trade export exports import imports security securities invest
investing investment investors fund funds own owning owned order orders rule rules law laws court courts time
since until still yet ever never always already again also check checked checking see look looking find found
home apple orange mint pixel one plus honor hope star sun moon alpha beta gamma delta omega global united general
national international group holding holdings capital partners bank energy power world network systems
""".split())

_CONFUSABLE = str.maketrans({"l": "i", "1": "i", "|": "i", "!": "i", "0": "o"})
_WORD_RE = re.compile(
    r"[0-9a-z\u00df-\u024f]+"                       # latin letters and digits
    r"|[\u0400-\u04ff]+"                             # cyrillic
    r"|[\u0600-\u06ff]+"                             # arabic
    r"|[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+"  # kana and CJK ideographs
    r"|[\uac00-\ud7af]+"                             # hangul
)
_CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_PAREN_RE = re.compile(r"\(([^()]*)\)")


def is_cjk(token: str) -> bool:
    return bool(token) and bool(_CJK_RE.match(token[0]))


def _fold(text: str) -> str:
    """NFKC, case fold, strip Latin accents, unify apostrophes and ampersands."""
    text = text or ""
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    text = text.casefold()
    if not text.isascii():
        text = "".join(
            c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
        )
        text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"[’'`´]", "", text)
    return text.replace("&", " and ").replace("+", " and ")


def raw_tokens(text: str) -> list[str]:
    """Folded word tokens, abbreviations expanded, runs of single letters joined ("s. a." -> "sa")."""
    return list(_raw_tokens(text or ""))


@lru_cache(maxsize=100_000)
def _raw_tokens(text: str) -> tuple[str, ...]:
    out: list[str] = []
    run: list[str] = []
    for tok in _WORD_RE.findall(_fold(text)):
        if len(tok) == 1 and tok.isalpha() and not is_cjk(tok):
            run.append(tok)
            continue
        if run:
            out.append("".join(run))
            run = []
        out.append(ABBREVIATIONS.get(tok, tok))
    if run:
        out.append("".join(run))
    return tuple(out)


def _strip_cjk_suffix(tok: str) -> str:
    changed = True
    while changed:
        changed = False
        for suf in CJK_SUFFIXES:
            if tok.endswith(suf) and len(tok) - len(suf) >= 2:
                tok = tok[: -len(suf)]
                changed = True
    return tok


def name_tokens(text: str) -> list[str]:
    """Tokens that identify a name: legal suffixes at the end and stopwords removed (never down to nothing)."""
    toks = [_strip_cjk_suffix(t) if is_cjk(t) else t for t in raw_tokens(text)]
    kept = [t for t in toks if t not in STOPWORDS] or toks
    while len(kept) > 1 and kept[-1] in LEGAL_SUFFIXES:
        kept.pop()
    while len(kept) > 1 and kept[0] == "the":
        kept.pop(0)
    return kept


@lru_cache(maxsize=100_000)
def normalize(text: str) -> str:
    """The comparison key of a name: 'Hangzhou Hikvision Digital Technology Co., Ltd.' ->
    'hangzhou hikvision digital technology'; '深圳市大疆创新科技有限公司' -> '深圳市大疆创新科技'."""
    return " ".join(name_tokens(text))


def skeleton(key: str) -> str:
    return key.translate(_CONFUSABLE)


def _bigrams(run: str) -> list[str]:
    if len(run) <= 2:
        return [run]
    return [run[i:i + 2] for i in range(len(run) - 1)]


def match_tokens(key_tokens: Iterable[str]) -> list[str]:
    """Tokens used for scoring: Latin words as they are, Chinese-script runs as character bigrams."""
    out: list[str] = []
    for t in key_tokens:
        if is_cjk(t):
            out.extend(_bigrams(t))
        else:
            out.append(t)
    return out


@lru_cache(maxsize=200_000)
def _is_generic(tok: str) -> bool:
    if is_cjk(tok):
        return tok in CJK_GENERIC
    return tok in GENERIC or tok in LEGAL_SUFFIXES or tok in STOPWORDS or tok.isdigit()


def _paren_variants(alias: str) -> list[tuple[str, str]]:
    """'Academy of Aerospace Solid Propulsion Technology (AASPT)' -> [('Academy of ... Technology', 'name'),
    ('AASPT', 'abbreviation')]; '(formerly X)' -> [('X', 'former')]."""
    out: list[tuple[str, str]] = []
    inner = _PAREN_RE.findall(alias)
    if not inner:
        return out
    bare = re.sub(r"\s+", " ", _PAREN_RE.sub(" ", alias)).strip(" ,")
    if bare and bare != alias:
        out.append((bare, "name"))
    for part in inner:
        part = part.strip()
        m = re.match(r"(?i)^(?:formerly|f\.?k\.?a\.?|previously)\s*:?\s*(.+)$", part)
        if m:
            out.append((m.group(1).strip(), "former"))
        elif re.fullmatch(r"[A-Z0-9][A-Za-z0-9&\-.]{1,11}", part) and sum(c.isupper() for c in part) >= 2:
            out.append((part, "abbreviation"))
    return out


# ---------------------------------------------------------------------------------------------------------------
# Scoring constants (calibrated on a registry of real list rows and near-miss traps; see benchmarks/lookup_eval.py)
# ---------------------------------------------------------------------------------------------------------------
MATCH_THRESHOLD = 0.85
GENERIC_WEIGHT = 0.15
TYPO_MIN_LEN = 5
TYPO_MIN_RATIO = 0.8
MAX_POSTINGS = 3000          # a token on more aliases than this does not generate candidates on its own
SCORE_EXACT_NAME = 1.0
SCORE_EXACT_ALIAS = 0.99
SCORE_SKELETON = 0.96
SCORE_COMPACT = 0.95
SCORE_CJK_CONTAINED = 0.9


# ---------------------------------------------------------------------------------------------------------------
# The in-memory index (an immutable snapshot; swapped whole after a write)
# ---------------------------------------------------------------------------------------------------------------
@dataclass
class _Alias:
    text: str
    kind: str            # name | alias | former | brand | product | abbreviation | chinese | weak
    entity_id: str
    key: str
    toks: tuple[str, ...]        # match tokens (CJK as bigrams)
    distinctive: bool            # has at least one non-generic token
    raw: str = ""                # folded words before suffixes were removed
    stripped: int = 0            # how many words normalisation removed (a more literal alias wins a tie)


@dataclass
class _EntityRec:
    id: str
    name: str
    country: str | None
    type: str | None
    aliases: list[tuple[str, str]] = field(default_factory=list)   # (alias, kind)
    listings: list[Listing] = field(default_factory=list)


_LISTING_FIELDS = {f.name for f in dc_fields(Listing)}


def make_listing(**kw) -> Listing:
    """Build a Listing, dropping optional fields the model does not (yet) have."""
    return Listing(**{k: v for k, v in kw.items() if k in _LISTING_FIELDS})


class _Index:
    def __init__(self, entities: dict[str, _EntityRec]):
        self.entities = entities
        self.aliases: list[_Alias] = []
        self.by_key: dict[str, list[int]] = defaultdict(list)
        self.by_skeleton: dict[str, list[int]] = defaultdict(list)
        self.by_compact: dict[str, list[int]] = defaultdict(list)
        self.postings: dict[str, list[int]] = defaultdict(list)
        self.df: dict[str, int] = {}
        self.cjk_aliases: list[int] = []
        for rec in entities.values():
            seen: set[str] = set()
            names = [(rec.name, "name")] + list(rec.aliases)
            extra: list[tuple[str, str]] = []
            for text, kind in names:
                extra.extend(_paren_variants(text))
            for text, kind in names + extra:
                key = normalize(text)
                if not key or key in seen:
                    continue
                seen.add(key)
                toks = tuple(match_tokens(key.split()))
                raw = raw_tokens(text)
                alias = _Alias(text, kind, rec.id, key, toks, any(not _is_generic(t) for t in toks), " ".join(raw),
                               max(0, len(raw) - len(key.split())))
                i = len(self.aliases)
                self.aliases.append(alias)
                self.by_key[key].append(i)
                self.by_skeleton[skeleton(key)].append(i)
                compact = key.replace(" ", "")
                if len(compact) >= 6:
                    self.by_compact[compact].append(i)
                for t in set(toks):
                    self.postings[t].append(i)
                if any(is_cjk(t) for t in key.split()):
                    self.cjk_aliases.append(i)
        # document frequency over entities
        df: dict[str, set[str]] = defaultdict(set)
        for tok, idxs in self.postings.items():
            ids = df[tok]
            for i in idxs:
                ids.add(self.aliases[i].entity_id)
        self.df = {t: len(ids) for t, ids in df.items()}
        self.vocab = sorted(self.postings)
        self.vocab_by_len: dict[int, list[str]] = defaultdict(list)
        for t in self.vocab:
            if not is_cjk(t):
                self.vocab_by_len[len(t)].append(t)
        self.skeleton_tokens: dict[str, list[str]] = defaultdict(list)
        for t in self.vocab:
            s = t.translate(_CONFUSABLE)
            if s != t or any(c in t for c in "io"):
                self.skeleton_tokens[s].append(t)
        self.sorted_keys = sorted((a.key, i) for i, a in enumerate(self.aliases))
        self._sorted_key_strs = [k for k, _ in self.sorted_keys]
        self._weights: dict[str, float] = {}
        self._name_toks: dict[str, tuple[str, ...]] = {}
        self._prefix_by_len: dict[int, dict[str, list[str]]] | None = None
        self._lock = threading.Lock()

    def name_tokens(self, entity_id: str) -> tuple[str, ...]:
        toks = self._name_toks.get(entity_id)
        if toks is None:
            toks = tuple(match_tokens(normalize(self.entities[entity_id].name).split()))
            self._name_toks[entity_id] = toks
        return toks

    # -- weights ------------------------------------------------------------------------------------------------
    def weight(self, tok: str) -> float:
        w = self._weights.get(tok)
        if w is None:
            base = GENERIC_WEIGHT if _is_generic(tok) else 1.0
            if not is_cjk(tok) and len(tok) <= 2 and not tok.isdigit():
                base = min(base, 0.5)
            df = max(self.df.get(tok, 1), 1)
            w = base / (1.0 + 0.5 * math.log(df))
            self._weights[tok] = w
        return w

    # -- token similarity ---------------------------------------------------------------------------------------
    def token_variants(self, tok: str, prefix: bool = False) -> dict[str, tuple[float, str]]:
        """Registry tokens close to `tok`: {registry token: (similarity, how)}."""
        out: dict[str, tuple[float, str]] = {}
        if tok in self.postings:
            out[tok] = (1.0, "exact")
        if is_cjk(tok):
            return out
        for alt in self.skeleton_tokens.get(tok.translate(_CONFUSABLE), ()):
            if alt != tok:
                out.setdefault(alt, (0.95, "confusable"))
        if len(tok) >= TYPO_MIN_LEN:
            pool: list[str] = []
            spread = 1 if prefix else 2
            for n in range(len(tok) - spread, len(tok) + spread + 1):
                pool.extend(self.vocab_by_len.get(n, ()))
            for cand, score, _ in process.extract(
                tok, pool, scorer=fuzz.ratio, score_cutoff=TYPO_MIN_RATIO * 100, limit=8
            ):
                if cand != tok and cand not in out:
                    out[cand] = (score / 100.0, "typo")
        if prefix and len(tok) >= 2:
            lo = bisect.bisect_left(self.vocab, tok)
            n = 0
            while lo < len(self.vocab) and self.vocab[lo].startswith(tok) and n < 60:
                cand = self.vocab[lo]
                if cand != tok and cand not in out:
                    out[cand] = (0.9 if len(tok) >= 3 else 0.8, "prefix")
                lo += 1
                n += 1
        return out

    def prefix_fuzzy(self, tok: str) -> dict[str, tuple[float, str]]:
        """Registry tokens whose first len(tok) letters are within a typo of `tok` (for autocomplete)."""
        out: dict[str, tuple[float, str]] = {}
        if len(tok) < 4 or is_cjk(tok):
            return out
        with self._lock:
            if self._prefix_by_len is None:
                table: dict[int, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
                for t in self.vocab:
                    if is_cjk(t):
                        continue
                    for n in range(4, min(len(t), 12) + 1):
                        table[n][t[:n]].append(t)
                self._prefix_by_len = {n: dict(v) for n, v in table.items()}
        n = min(len(tok), 12)
        table_n = self._prefix_by_len.get(n)
        if not table_n:
            return out
        for cand, score, _ in process.extract(
            tok[:n], list(table_n.keys()), scorer=fuzz.ratio, score_cutoff=74, limit=10
        ):
            for full in table_n[cand][:20]:
                out.setdefault(full, (0.8 * score / 100.0, "typo prefix"))
        return out


def _listing_sort_key(l: Listing):
    return (0 if l.status == "active" else 1, -(l.start_date or date.min).toordinal())


# ---------------------------------------------------------------------------------------------------------------
# The registry
# ---------------------------------------------------------------------------------------------------------------
SCHEMA = """
CREATE TABLE IF NOT EXISTS entities (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    country TEXT,
    type TEXT
);
CREATE TABLE IF NOT EXISTS aliases (
    entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'alias',
    PRIMARY KEY (entity_id, alias)
);
CREATE TABLE IF NOT EXISTS listings (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    list TEXT NOT NULL,
    key TEXT NOT NULL,
    origin TEXT NOT NULL,
    authority TEXT,
    program TEXT,
    status TEXT NOT NULL,
    start_date TEXT,
    end_date TEXT,
    source_url TEXT,
    restricts TEXT NOT NULL DEFAULT '[]',
    note TEXT,
    UNIQUE (list, key)
);
CREATE INDEX IF NOT EXISTS listings_entity ON listings(entity_id);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
"""


def _d(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


class Registry:
    """Entities and listings in a SQLite file, with an in-memory name index. Safe to share between threads:
    each thread gets its own read connection; writes go through `writer()` under a lock."""

    def __init__(self, path: Path, threshold: float | None = None):
        self.path = Path(path)
        self.threshold = MATCH_THRESHOLD if threshold is None else threshold
        self._local = threading.local()
        self._write_lock = threading.RLock()
        self._index_lock = threading.Lock()
        self._index: _Index | None = None
        self._data_version: int | None = None
        self._conns: list[sqlite3.Connection] = []

    @classmethod
    def open(cls, path: Path, threshold: float | None = None) -> "Registry":
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        reg = cls(path, threshold)
        conn = reg._conn()
        conn.executescript(SCHEMA)
        conn.commit()
        return reg

    # -- connections --------------------------------------------------------------------------------------------
    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, timeout=30, check_same_thread=False)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            self._local.conn = conn
            self._conns.append(conn)
        return conn

    def close(self) -> None:
        for conn in self._conns:
            try:
                conn.close()
            except sqlite3.Error:
                pass
        self._conns.clear()
        self._local = threading.local()

    def __enter__(self) -> "Registry":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- index --------------------------------------------------------------------------------------------------
    def _current_index(self) -> _Index:
        stamp = self._write_stamp()
        idx = self._index
        if idx is not None and self._data_version == stamp:
            return idx
        with self._index_lock:
            if self._index is None or self._data_version != stamp:
                conn = self._conn()
                conn.execute("BEGIN")   # one read transaction: entities, aliases and listings of one version
                try:
                    self._index = _Index(self._load_entities(conn))
                finally:
                    conn.rollback()
                self._data_version = stamp
            return self._index

    def _write_stamp(self) -> str:
        row = self._conn().execute("SELECT value FROM meta WHERE key='generation'").fetchone()
        return row[0] if row else "0"

    def reload(self) -> None:
        with self._index_lock:
            self._index = None
            self._data_version = None

    def _load_entities(self, conn: sqlite3.Connection) -> dict[str, _EntityRec]:
        recs: dict[str, _EntityRec] = {}
        for eid, name, country, typ in conn.execute("SELECT id, name, country, type FROM entities"):
            recs[eid] = _EntityRec(eid, name, country, typ)
        for eid, alias, kind in conn.execute("SELECT entity_id, alias, kind FROM aliases ORDER BY rowid"):
            rec = recs.get(eid)
            if rec is not None:
                rec.aliases.append((alias, kind))
        per_entity: dict[str, list[tuple[str, Listing]]] = defaultdict(list)
        for row in conn.execute(
            "SELECT entity_id, origin, list, authority, program, status, start_date, end_date, source_url, restricts, "
            "note FROM listings ORDER BY id"
        ):
            if row[0] in recs:
                per_entity[row[0]].append((row[1], self._listing_from_row(row[2:])))
        for eid, items in per_entity.items():
            # the shipped data and an import may both carry the same membership: show the curated one once
            shipped = {(l.list, l.status) for origin, l in items if origin == "shipped"}
            recs[eid].listings = [l for origin, l in items if origin == "shipped" or (l.list, l.status) not in shipped]
        for rec in recs.values():
            rec.listings.sort(key=_listing_sort_key)
        return recs

    @staticmethod
    def _listing_from_row(row) -> Listing:
        lst, authority, program, status, start, end, url, restricts, note = row
        return make_listing(
            list=lst, authority=authority or "", program=program, status=status, start_date=_d(start),
            end_date=_d(end), source_url=url, restricts=json.loads(restricts or "[]"), note=note,
        )

    # -- reading ------------------------------------------------------------------------------------------------
    def count(self) -> int:
        return self._conn().execute("SELECT COUNT(*) FROM entities").fetchone()[0]

    def entity(self, entity_id: str) -> Entity:
        rec = self._current_index().entities.get(entity_id)
        if rec is None:
            raise KeyError(entity_id)
        return self._entity(rec)

    def entities(self) -> Iterator[Entity]:
        for rec in self._current_index().entities.values():
            yield self._entity(rec)

    def alias_kinds(self, entity_id: str) -> list[tuple[str, str]]:
        """(alias, kind) pairs of an entity: kind is name/alias/former/brand/product/abbreviation/chinese."""
        rec = self._current_index().entities.get(entity_id)
        return list(rec.aliases) if rec else []

    @staticmethod
    def _entity(rec: _EntityRec) -> Entity:
        aliases = [a for a, _ in rec.aliases if a != rec.name]
        return Entity(id=rec.id, name=rec.name, aliases=aliases, country=rec.country, listings=list(rec.listings))

    # -- lookup -------------------------------------------------------------------------------------------------
    def lookup(self, name: str, limit: int = 5) -> list[Match]:
        """The best entities for a typed name, best first; `match` is True when the score clears the threshold."""
        idx = self._current_index()
        scored = self._score_query(idx, name, prefix=False)
        return self._to_matches(idx, scored, limit)

    def _to_matches(self, idx: _Index, scored: dict[str, tuple[float, str]], limit: int) -> list[Match]:
        ranked = sorted(scored.items(), key=lambda kv: (-kv[1][0], idx.entities[kv[0]].name))[:limit]
        out = []
        for eid, (score, reason) in ranked:
            score = round(max(0.0, min(1.0, score)), 4)
            out.append(Match(self._entity(idx.entities[eid]), score, score >= self.threshold, reason))
        return out

    def _score_query(self, idx: _Index, text: str, prefix: bool) -> dict[str, tuple[float, str]]:
        key = normalize(text)
        if not key:
            return {}
        best: dict[str, tuple[float, str]] = {}

        def offer(i: int, score: float, reason: str) -> None:
            a = idx.aliases[i]
            if not a.distinctive:
                score = min(score, 0.5)
            cur = best.get(a.entity_id)
            if cur is None or score > cur[0]:
                best[a.entity_id] = (score, reason)

        def describe(a: _Alias) -> str:
            return f"'{a.text}' ({a.kind})" if a.kind != "name" else f"name '{a.text}'"

        raw_query = " ".join(raw_tokens(text))
        for i in idx.by_key.get(key, ()):
            a = idx.aliases[i]
            # the literal spelling beats a match found only after removing suffixes ("Huawei" vs "Huawei Holding")
            literal = 0.0 if a.raw == raw_query else 0.005 + 0.001 * min(a.stripped, 5)
            if a.kind == "name":
                offer(i, SCORE_EXACT_NAME - literal, f"exact name '{a.text}'")
            else:
                offer(i, SCORE_EXACT_ALIAS - literal, f"exact alias '{a.text}' ({a.kind})")
        sk = skeleton(key)
        for i in idx.by_skeleton.get(sk, ()):
            if idx.aliases[i].key != key:
                offer(i, SCORE_SKELETON, f"exact after confusable letters (l/I, 0/O) on {describe(idx.aliases[i])}")
        compact = key.replace(" ", "")
        for i in idx.by_compact.get(compact, ()):
            if idx.aliases[i].key != key:
                offer(i, SCORE_COMPACT, f"exact ignoring spaces on {describe(idx.aliases[i])}")

        qtoks = match_tokens(key.split())
        cjk_query = "".join(t for t in key.split() if is_cjk(t))
        if cjk_query and len(cjk_query) >= 2 and any(not _is_generic(t) for t in _bigrams(cjk_query)):
            for i in idx.cjk_aliases:
                a = idx.aliases[i]
                akey = a.key.replace(" ", "")
                if cjk_query in akey and cjk_query != akey:
                    offer(i, SCORE_CJK_CONTAINED, f"Chinese name contained in '{a.text}'")
                elif akey in cjk_query and len(akey) >= 2 and a.distinctive and akey != cjk_query:
                    offer(i, SCORE_CJK_CONTAINED - 0.02, f"Chinese name '{a.text}' contained in the query")

        # token candidates
        variants: list[dict[str, tuple[float, str]]] = []
        for n, t in enumerate(qtoks):
            last = prefix and n == len(qtoks) - 1
            v = idx.token_variants(t, prefix=last)
            if last and len(v) < 3:
                v.update({k: s for k, s in idx.prefix_fuzzy(t).items() if k not in v})
            variants.append(v)
        cand: set[int] = set()
        distinctive_q = [not _is_generic(t) for t in qtoks]
        any_distinctive = any(distinctive_q)
        for n, v in enumerate(variants):
            if any_distinctive and not distinctive_q[n]:
                continue
            for vt in v:
                post = idx.postings.get(vt, ())
                if len(post) <= MAX_POSTINGS:
                    cand.update(post if not prefix else post[:100])
            if prefix and len(cand) > 1500:
                break
        if not cand:
            return best
        qw = [idx.weight(t) for t in qtoks]
        qw_sum = sum(qw) or 1.0
        for i in cand:
            a = idx.aliases[i]
            aset = a.toks
            # best similarity of each query token within the alias
            a_best: dict[str, float] = {}
            got = 0.0
            typos: list[str] = []
            strong = False
            matched_q: set[int] = set()
            for n, t in enumerate(qtoks):
                v = variants[n]
                s_best, tok_best, how_best = 0.0, None, ""
                for at in aset:
                    hit = v.get(at)
                    if hit and hit[0] > s_best:
                        s_best, tok_best, how_best = hit[0], at, hit[1]
                if tok_best is not None:
                    matched_q.add(n)
                    got += qw[n] * s_best
                    if s_best > a_best.get(tok_best, 0.0):
                        a_best[tok_best] = s_best
                    if not _is_generic(tok_best) and s_best >= 0.8:
                        strong = True
                    if how_best != "exact":
                        typos.append(f"'{t}'~'{tok_best}'")
            if not strong:
                continue
            aw = [idx.weight(t) for t in aset]
            acov = sum(w * a_best.get(t, 0.0) for t, w in zip(aset, aw)) / (sum(aw) or 1.0)
            qcov = got / qw_sum
            score = 0.7 * qcov + 0.3 * acov
            if prefix:
                score = 0.8 * qcov + 0.2 * acov
            score = min(score, 0.94)          # a fuzzy token match never outranks an exact one
            substituted = ""
            if not prefix and len(matched_q) < len(qtoks):
                # a distinctive word of the name (or of this alias) is missing and the query has another word
                # instead: a different name ("Silverline Drone Systems" is not "Silverline Drone Works"), however
                # generic the other word is
                extra = [n for n in range(len(qtoks)) if n not in matched_q]
                for ref in (aset, idx.name_tokens(a.entity_id)):
                    ref_set = set(ref)
                    still = [n for n in extra if not any(vt in ref_set for vt in variants[n])]
                    covered = {vt for v in variants for vt in v if vt in ref_set}
                    missing = [t for t in ref if t not in covered and not _is_generic(t)]
                    if still and missing:
                        score = min(score, 0.8)
                        substituted = f" ('{qtoks[still[0]]}' instead of '{missing[0]}')"
                        break
            reason = f"fuzzy token {score:.2f} on {describe(a)}" + substituted
            if typos:
                reason += " (" + ", ".join(typos[:3]) + ")"
            offer(i, score, reason)
        return best

    # -- autocomplete -------------------------------------------------------------------------------------------
    def autocomplete(self, partial: str, limit: int = 25) -> list[str]:
        """Up to `limit` entity names for a partial, possibly misspelt, input (Discord autocomplete)."""
        idx = self._current_index()
        folded = " ".join(raw_tokens(partial))
        if not folded:
            return []
        scored: dict[str, tuple[float, str]] = {}
        # names whose normalised key starts with what was typed
        lo = bisect.bisect_left(idx._sorted_key_strs, folded)
        n = 0
        while lo < len(idx.sorted_keys) and n < 200:
            k, i = idx.sorted_keys[lo]
            if not k.startswith(folded):
                break
            a = idx.aliases[i]
            s = 1.0 if k == folded else 0.97 - 0.001 * min(len(k) - len(folded), 40)
            if a.kind != "name":
                s -= 0.01
            cur = scored.get(a.entity_id)
            if cur is None or s > cur[0]:
                scored[a.entity_id] = (s, "prefix")
            lo += 1
            n += 1
        if len(scored) < min(limit, 5):     # few names start with it: look for misspellings and inner words
            for eid, (s, r) in self._score_query(idx, partial, prefix=True).items():
                if s < 0.45:
                    continue
                cur = scored.get(eid)
                if cur is None or s > cur[0]:
                    scored[eid] = (s, r)
        ranked = sorted(scored.items(), key=lambda kv: (-kv[1][0], idx.entities[kv[0]].name))
        return [idx.entities[eid].name for eid, _ in ranked[:limit]]

    # -- names inside a question --------------------------------------------------------------------------------
    def find_in_text(self, text: str, limit: int = 5) -> list[Match]:
        """Entities named inside free text ("can i still buy a xiaomi mi 10t pro??"): every alias whose
        distinctive words all appear, next to each other, in the text (exact, or within a typo for words of five
        letters or more). Common English words and generic words never trigger a match on their own."""
        idx = self._current_index()
        toks = raw_tokens(text)
        if not toks:
            return []
        found: dict[str, tuple[float, str, int]] = {}
        # Chinese-script names: substring search
        cjk_text = "".join(t for t in toks if is_cjk(t))
        if cjk_text:
            for i in idx.cjk_aliases:
                a = idx.aliases[i]
                akey = a.key.replace(" ", "")
                if len(akey) >= 2 and a.distinctive and akey in cjk_text:
                    at = cjk_text.find(akey)
                    self._found(found, a, 0.97, f"Chinese name '{a.text}' in the text", at,
                                frozenset(range(-1000 - at - len(akey), -1000 - at)), a.stripped)
        # Latin tokens: each distinctive, non-common token triggers the aliases it belongs to
        positions: dict[str, list[tuple[int, float, str]]] = defaultdict(list)   # registry token -> where
        for pos, t in enumerate(toks):
            if is_cjk(t) or t in STOPWORDS or len(t) < 2:
                continue
            if t in COMMON_WORDS or _is_generic(t):
                if t in idx.postings:
                    positions[t].append((pos, 1.0, t))
                continue
            for vt, (s, how) in idx.token_variants(t).items():
                if how == "typo" and (len(t) < 6 or s < 0.85):
                    continue
                positions[vt].append((pos, s, t))
        for vt, where in list(positions.items()):
            if _is_generic(vt) or vt in COMMON_WORDS:
                continue
            post = idx.postings.get(vt, ())
            if len(post) > MAX_POSTINGS:
                continue
            for i in post:
                a = idx.aliases[i]
                if any(is_cjk(t) for t in a.toks) or a.kind == "weak":
                    continue
                needed = [t for t in a.toks if t not in STOPWORDS]
                # a one-word name must be at least 3 letters and not an everyday word; a longer name must appear
                # whole (all its words, generic ones included), so "China Mobile" needs both words
                if len(needed) == 1 and (len(needed[0]) < 3 or needed[0] in COMMON_WORDS):
                    continue
                span = len(needed) + 1
                for pos, s, orig in where:
                    total, spots = 0.0, []
                    for nt in needed:
                        cand = [(p, ss) for p, ss, _ in positions.get(nt, ()) if abs(p - pos) <= span]
                        if not cand:
                            break
                        p, ss = max(cand, key=lambda x: x[1])
                        total += ss
                        spots.append(p)
                    if len(spots) != len(needed) or len(set(spots)) != len(spots):
                        continue
                    if max(spots) - min(spots) != len(spots) - 1:      # a name's words stand together
                        continue
                    score = 0.9 + 0.09 * (total / len(needed))
                    if score < self.threshold:
                        continue
                    why = (f"'{a.text}' ({a.kind}) named in the text" if total == len(needed)
                           else f"'{a.text}' ({a.kind}) named in the text with a typo ('{orig}')")
                    self._found(found, a, round(score, 4), why, min(spots), frozenset(spots))
                    break
        # a longer name covering a shorter one wins ("China Telecom Americas" over "China Telecom"); among names
        # found at the same words, the most literal one wins ("Huawei" over "Huawei Holding")
        items = list(found.items())
        keep = []
        for eid, (score, reason, pos, spots, stripped) in items:
            beaten = False
            for other, (s2, r2, p2, spots2, stripped2) in items:
                if other == eid:
                    continue
                if spots < spots2 or (spots == spots2 and stripped2 < stripped):
                    beaten = True
                    break
            if not beaten:
                keep.append((eid, score, reason, pos))
        keep.sort(key=lambda x: (x[3], -x[1]))
        return [Match(self._entity(idx.entities[eid]), s, True, r) for eid, s, r, _ in keep[:limit]]

    @staticmethod
    def _found(found: dict, a: _Alias, score: float, reason: str, pos: int, spots: frozenset = frozenset(),
               stripped: int | None = None) -> None:
        stripped = a.stripped if stripped is None else stripped
        cur = found.get(a.entity_id)
        if cur is None or (len(spots), score, -stripped) > (len(cur[3]), cur[0], -cur[4]):
            found[a.entity_id] = (score, reason, pos, spots, stripped)

    # -- writing ------------------------------------------------------------------------------------------------
    @contextmanager
    def writer(self) -> Iterator["RegistryWriter"]:
        """One import: a transaction plus in-memory lookups of what is stored; the index reloads on commit."""
        with self._write_lock:
            conn = sqlite3.connect(self.path, timeout=60)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA foreign_keys=ON")
            try:
                conn.execute("BEGIN IMMEDIATE")
                w = RegistryWriter(conn)
                yield w
                gen = conn.execute("SELECT value FROM meta WHERE key='generation'").fetchone()
                nxt = str(int(gen[0]) + 1 if gen else 1)
                conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('generation', ?)", (nxt,))
                conn.commit()
            except BaseException:
                conn.rollback()
                raise
            finally:
                conn.close()
            self.reload()

    def get_meta(self, key: str) -> str | None:
        row = self._conn().execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None


# ---------------------------------------------------------------------------------------------------------------
# Writer: entity resolution and upserts for one import
# ---------------------------------------------------------------------------------------------------------------
@dataclass
class ListingIn:
    list: str
    key: str
    authority: str | None = None
    program: str | None = None
    status: str = "active"
    start_date: date | None = None
    end_date: date | None = None
    source_url: str | None = None
    restricts: list[str] = field(default_factory=list)
    note: str | None = None


def _slug(name: str) -> str:
    toks = [t for t in raw_tokens(name) if t.isascii()]
    s = "-".join(toks)[:60].strip("-")
    return s or "entity"


def _strong_keys(name: str, aliases: Iterable[tuple[str, str]]) -> set[str]:
    """Keys that identify an entity well enough to merge rows of different lists into it: the name, and aliases
    with at least two distinctive tokens (or four Chinese characters)."""
    keys = set()
    k = normalize(name)
    if k:
        keys.add(k)
    for alias, kind in aliases:
        if kind in ("brand", "product", "abbreviation", "weak"):
            continue
        k = normalize(alias)
        if not k:
            continue
        toks = k.split()
        if len([t for t in toks if not _is_generic(t)]) >= 2 or (len(toks) == 1 and is_cjk(toks[0]) and len(toks[0]) >= 4):
            keys.add(k)
    return keys


class RegistryWriter:
    """Batched writes for one import. Counts what changed."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.names: dict[str, str] = {}                     # entity id -> name
        self.key_to_entities: dict[str, set[str]] = defaultdict(set)
        self.aliases: dict[str, dict[str, str]] = defaultdict(dict)  # entity id -> {alias: kind}
        self.country: dict[str, str | None] = {}
        self.listings: dict[tuple[str, str], tuple] = {}     # (list, key) -> row
        self.entity_lists: dict[str, set[tuple[str, str]]] = defaultdict(set)   # entity -> {(list, origin)}
        for eid, name, country in conn.execute("SELECT id, name, country FROM entities"):
            self.names[eid] = name
            self.country[eid] = country
        for eid, alias, kind in conn.execute("SELECT entity_id, alias, kind FROM aliases"):
            self.aliases[eid][alias] = kind
        for eid, name in self.names.items():
            for k in _strong_keys(name, self.aliases[eid].items()):
                self.key_to_entities[k].add(eid)
        for row in conn.execute(
            "SELECT id, entity_id, list, key, origin, authority, program, status, start_date, end_date, source_url, "
            "restricts, note FROM listings"
        ):
            self.listings[(row[2], row[3])] = row
            self.entity_lists[row[1]].add((row[2], row[4]))
        self.touched_entities: set[str] = set()

    # -- entities -----------------------------------------------------------------------------------------------
    def resolve(self, name: str, aliases: list[tuple[str, str]], list_name: str, key: str, origin: str) -> str | None:
        """The stored entity this row describes, or None for a new one."""
        row = self.listings.get((list_name, key))
        if row is not None and row[1] in self.names:
            return row[1]
        cands: set[str] = set()
        for k in _strong_keys(name, aliases):
            cands |= self.key_to_entities.get(k, set())
        # a list names each of its entities once: never merge into an entity this list (and feed) already holds
        cands = {c for c in cands if (list_name, origin) not in self.entity_lists[c] or origin == "shipped"}
        if len(cands) == 1:
            return next(iter(cands))
        if len(cands) > 1:
            exact = [c for c in cands if normalize(self.names[c]) == normalize(name)]
            if len(exact) == 1:
                return exact[0]
            return sorted(cands)[0]
        return None

    def new_entity(self, name: str, country: str | None, typ: str | None, entity_id: str | None = None) -> str:
        eid = entity_id or _slug(name)
        if eid in self.names:
            base, n = eid, 2
            while f"{base}-{n}" in self.names:
                n += 1
            eid = f"{base}-{n}"
        self.conn.execute("INSERT INTO entities(id, name, country, type) VALUES (?,?,?,?)", (eid, name, country, typ))
        self.names[eid] = name
        self.country[eid] = country
        for k in _strong_keys(name, []):
            self.key_to_entities[k].add(eid)
        return eid

    def update_entity(self, eid: str, aliases: list[tuple[str, str]], country: str | None = None,
                      name: str | None = None) -> bool:
        """Add new aliases (and a country if none was known). True if anything changed."""
        changed = False
        if name and name != self.names[eid]:
            self.conn.execute("UPDATE entities SET name=? WHERE id=?", (name, eid))
            self.names[eid] = name
            changed = True
        if country and not self.country.get(eid):
            self.conn.execute("UPDATE entities SET country=? WHERE id=?", (country, eid))
            self.country[eid] = country
            changed = True
        known = self.aliases[eid]
        new = []
        for alias, kind in aliases:
            alias = alias.strip()
            if not alias or alias == self.names[eid] or alias in known:
                continue
            known[alias] = kind
            new.append((eid, alias, kind))
        if new:
            self.conn.executemany("INSERT OR IGNORE INTO aliases(entity_id, alias, kind) VALUES (?,?,?)", new)
            for k in _strong_keys(self.names[eid], [(a, k) for _, a, k in new]):
                self.key_to_entities[k].add(eid)
            changed = True
        return changed

    # -- listings -----------------------------------------------------------------------------------------------
    def upsert_listing(self, eid: str, l: ListingIn, origin: str) -> str:
        """'added' | 'updated' | 'unchanged'."""
        values = (
            l.authority, l.program, l.status, l.start_date.isoformat() if l.start_date else None,
            l.end_date.isoformat() if l.end_date else None, l.source_url, json.dumps(l.restricts), l.note,
        )
        row = self.listings.get((l.list, l.key))
        if row is None:
            cur = self.conn.execute(
                "INSERT INTO listings(entity_id, list, key, origin, authority, program, status, start_date, end_date, "
                "source_url, restricts, note) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (eid, l.list, l.key, origin) + values,
            )
            self.listings[(l.list, l.key)] = (cur.lastrowid, eid, l.list, l.key, origin) + values
            self.entity_lists[eid].add((l.list, origin))
            return "added"
        if tuple(row[5:]) == values and row[1] == eid and row[4] == origin:
            return "unchanged"
        self.conn.execute(
            "UPDATE listings SET entity_id=?, origin=?, authority=?, program=?, status=?, start_date=?, end_date=?, "
            "source_url=?, restricts=?, note=? WHERE id=?",
            (eid, origin) + values + (row[0],),
        )
        self.listings[(l.list, l.key)] = (row[0], eid, l.list, l.key, origin) + values
        self.entity_lists[eid].add((l.list, origin))
        return "updated"

    def end_missing(self, list_name: str, origin: str, seen_keys: set[str], end: date,
                    note: str | None = None) -> tuple[int, set[str]]:
        """End the active listings of this list (from this feed) that a full re-import no longer contains.
        Returns (listings ended, entities concerned)."""
        ended = 0
        ents: set[str] = set()
        for (lst, key), row in list(self.listings.items()):
            if lst != list_name or row[4] != origin or key in seen_keys or row[7] != "active":
                continue
            new_note = note or f"no longer on the list in the import of {end.isoformat()}"
            self.conn.execute(
                "UPDATE listings SET status='removed', end_date=?, note=? WHERE id=?",
                (end.isoformat(), new_note, row[0]),
            )
            r = list(row)
            r[7], r[9], r[12] = "removed", end.isoformat(), new_note
            self.listings[(lst, key)] = tuple(r)
            ended += 1
            ents.add(row[1])
        return ended, ents

    def active_listings(self, eid: str) -> int:
        return sum(1 for row in self.listings.values() if row[1] == eid and row[7] == "active")

    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))

    def get_meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None
