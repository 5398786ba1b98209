#!/usr/bin/env python3
"""Validate qa.jsonl and corpus of set k. Prints PASS or the problems."""
import json, os, re, html, glob, datetime, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, '..')
CORPUS = os.path.join(ROOT, 'corpus')
errs = []
KINDS = {'answerable', 'temporal', 'distractor', 'unanswerable'}
FIELDS = {'id', 'question', 'kind', 'expected_sources', 'must_mention', 'notes'}
files = sorted(os.listdir(CORPUS))
text = {f: html.unescape(open(os.path.join(CORPUS, f), encoding='utf-8').read()).lower() for f in files}
rows = [json.loads(l) for l in open(os.path.join(ROOT, 'qa.jsonl'), encoding='utf-8') if l.strip()]
if len(rows) != 200: errs.append(f'{len(rows)} rows, want 200')
seen_q, used = set(), set()
for i, r in enumerate(rows, 1):
    if set(r) != FIELDS: errs.append(f'{r.get("id")}: fields {sorted(r)}')
    if r['id'] != f'k-{i:03d}': errs.append(f'id {r["id"]} at row {i}')
    if r['kind'] not in KINDS: errs.append(f'{r["id"]}: kind {r["kind"]}')
    q = r['question'].strip().lower()
    if q in seen_q: errs.append(f'{r["id"]}: duplicate question')
    seen_q.add(q)
    if r['kind'] == 'unanswerable':
        if r['expected_sources'] or r['must_mention']: errs.append(f'{r["id"]}: unanswerable with sources/mm')
        continue
    if not r['expected_sources']: errs.append(f'{r["id"]}: no sources')
    if not (1 <= len(r['must_mention']) <= 4): errs.append(f'{r["id"]}: must_mention groups {len(r["must_mention"])}')
    for s in r['expected_sources']:
        if s not in text: errs.append(f'{r["id"]}: missing source {s}')
        used.add(s)
    for g in r['must_mention']:
        if not g or not all(isinstance(a, str) and a for a in g): errs.append(f'{r["id"]}: bad group {g}')
        for a in g:
            if not any(a.lower() in text.get(s, '') for s in r['expected_sources']):
                errs.append(f'{r["id"]}: "{a}" not in any expected source')
DISTRACTOR_FILES = {'k-byd-euro-2024-sponsorship-jan-2024.html', 'k-grindr-nyse-debut-nov-2022.md', 'k-sensetime-sensenova-launch-apr-2023.txt'}
for f in files:
    if f not in used and f not in DISTRACTOR_FILES: errs.append(f'corpus file never expected: {f}')
# corpus shape
ext = {e: [f for f in files if f.endswith('.' + e)] for e in ('md', 'html', 'txt')}
for e, fs in ext.items():
    if len(fs) != 10: errs.append(f'{len(fs)} .{e} files')
for f in files:
    if not f.startswith('k-'): errs.append(f'bad name {f}')
    raw = open(os.path.join(CORPUS, f), encoding='utf-8').read()
    if f.endswith('.md'):
        m = re.match(r'---\ntitle: .+\ndate: \d{4}-\d\d-\d\d\nurl: "https://[a-z]+\.example\.org/.+"\nsource: .+\n---\n', raw)
        if not m: errs.append(f'{f}: front matter')
    if f.endswith('.html'):
        for needle in ('<title>', 'name="date"', 'article:published_time', 'rel="canonical"', '<time datetime=', 'cookie-banner', '<nav>', 'class="share', 'Related posts', 'Trending', '<footer>'):
            if needle not in raw: errs.append(f'{f}: missing {needle}')
        if 'Leave a Reply' not in raw and 'press' not in raw and 'Council' not in raw: errs.append(f'{f}: no reply form')
    if f.endswith('.txt'):
        if not re.search(r'(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}\.', raw.split('\n\n')[1]): errs.append(f'{f}: no dateline')
        if 'Leave a Reply' not in raw: errs.append(f'{f}: no reply block')
        if 'Our tip' not in raw: errs.append(f'{f}: no teaser')
    # weekday check
    for wd, mon, day, yr in re.findall(r'(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? (January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2}), (\d{4})', raw):
        d = datetime.datetime.strptime(f'{mon} {day} {yr}', '%B %d %Y')
        if d.strftime('%A') != wd: errs.append(f'{f}: {wd} {mon} {day} {yr} wrong weekday')
# word counts via builder
sys.path.insert(0, HERE)
import build_corpus as b
for p in glob.glob(os.path.join(HERE, 'src', '*.src')):
    meta, lines, _ = b.parse(p)
    w = b.words(b.body_text_lines(lines))
    if not 350 <= w <= 520: errs.append(f'{os.path.basename(p)}: {w} words')
shapes = {'blog': 0, 'forum': 0, 'faq': 0, 'press': 0}
for f in ext['html']:
    raw = open(os.path.join(CORPUS, f)).read()
    if 'class="comments"' in raw and 'post-nav' in raw: shapes['blog'] += 1
    if 'class="thread"' in raw: shapes['forum'] += 1
    if '<h3>' in raw and 'faq' in f: shapes['faq'] += 1
    if 'Leave a Reply' not in raw: shapes['press'] += 1
for k, v in shapes.items():
    if v < 1: errs.append(f'no html {k} page')
if not any('[' in open(os.path.join(CORPUS, f)).read() and 'thread' in f for f in ext['txt']): errs.append('no txt forum')
if errs:
    print('\n'.join(errs)); print('FAIL'); sys.exit(1)
print('PASS')
