"""Stores of 1,000, 10,000 and 100,000 chunks for the scale benchmarks, built once into a cache folder and reused.

The corpus is generated from real articles: the shipped ones, the train and validation eval corpora and the dev
corpus in ../shared/eval/dev. Each real article is stored once as it is, with the real model's vectors (these are the
articles the benchmark questions are about). The rest are variants of them: every sentence of the source with the
companies it names swapped for other listed companies (names from knowledge/lists) and its years shifted, chunked
and split into sentences by the real ingest code and written through the real store code (`ChunkStore.
replace_document`, manifests, then the lexical index), so the store's shape is the shipped one. Only the variants'
vectors are synthesised: the real model's vector of the source sentence (or chunk) at the same position, plus
Gaussian noise of norm NOISE, renormalised (cosine about 0.95 to the source); their entity tags are the source
sentence's; their titles' vectors are the real model's. Embedding 100,000 chunks and their sentences with the real
model would take hours on 2 cores.

    .venv/bin/python benchmarks/scale_corpus.py --cache /work/bench-cache/scale 1000 10000 100000
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.common import CORPORA  # noqa: E402

NOISE = 0.3
SEED = 12


def base_documents():
    from ingest.indexer import discover, text_hash
    from ingest.loaders import load_file

    files, _, _ = discover([p for p in CORPORA if p.exists()])
    docs, seen = [], set()
    for f, shown in files:
        doc = load_file(f, shown)
        if text_hash(doc) not in seen:
            seen.add(text_hash(doc))
            docs.append(doc)
    return docs


def company_names() -> list[str]:
    import yaml

    names = set()
    for f in (ROOT / "knowledge" / "lists").glob("*.yaml"):
        data = yaml.safe_load(f.read_text(encoding="utf-8"))
        for entity in (data or {}).get("entities", []) if isinstance(data, dict) else []:
            for name in [entity.get("name"), *entity.get("aliases", []), *entity.get("brands", [])]:
                if name and name.isascii() and len(name) >= 3:
                    names.add(name)
    return sorted(names)


class Transform:
    """One variant's rewrite of a source text: listed companies swapped, years shifted (the same within a variant)."""

    def __init__(self, rng: random.Random, names: list[str]):
        self.pattern = re.compile(r"\b(" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")\b")
        self.swap = {n: rng.choice(names) for n in names}
        self.shift = rng.randint(-4, 4)

    def __call__(self, text: str) -> str:
        text = self.pattern.sub(lambda m: self.swap[m.group(1)], text)
        return re.sub(r"\b(19[5-9]\d|20[0-3]\d)\b", lambda m: str(int(m.group(1)) + self.shift), text)


def variant(doc, transform: Transform, n: int):
    """The source document rewritten sentence by sentence, whitespace between sentences kept."""
    from dataclasses import replace

    from knowledge.text import sentence_spans

    parts, cursor, pairs = [], 0, []
    for s, e in sentence_spans(doc.text):
        parts.append(doc.text[cursor:s])
        new = transform(doc.text[s:e])
        pairs.append((new, doc.text[s:e]))
        parts.append(new)
        cursor = e
    parts.append(doc.text[cursor:])
    return replace(doc, id=f"v{n}-{doc.id}", path=f"synthetic/{n}/{doc.path}", url=None, title=transform(doc.title),
                   text="".join(parts)), pairs


class Vectors:
    """The real model's vectors of the source texts; a synthesised vector for any variant text."""

    def __init__(self, model, cache: Path):
        self.model = model
        self.cache = cache
        self.known: dict[str, np.ndarray] = {}
        if cache.exists():
            data = np.load(cache, allow_pickle=False)
            self.known = dict(zip(json.loads(str(data["texts"])), data["vectors"]))

    def real(self, texts: list[str]) -> list[np.ndarray]:
        missing = sorted({t for t in texts if t not in self.known}, key=len)
        if missing:
            for t, v in zip(missing, self.model.embed_documents(missing)):
                self.known[t] = np.asarray(v, dtype=np.float32)
        return [self.known[t] for t in texts]

    def save(self) -> None:
        texts = list(self.known)
        np.savez(self.cache, texts=json.dumps(texts), vectors=np.stack([self.known[t] for t in texts]))

    @staticmethod
    def perturbed(vector: np.ndarray, rng: np.random.Generator) -> list[float]:
        noise = rng.normal(size=vector.shape).astype(np.float32)
        v = vector + NOISE * noise / np.linalg.norm(noise)
        return (v / np.linalg.norm(v)).tolist()


class Lookup:
    """Embeddings for `replace_document` that hand back the vectors prepared for this document's texts."""

    def __init__(self):
        self.table: dict[str, list[float]] = {}

    def embed_documents(self, texts):
        return [self.table[t] for t in texts]

    def embed_query(self, text):
        raise RuntimeError("not used while building")


class Buffered:
    """A Chroma collection whose upserts are held and written in large batches."""

    def __init__(self, real, size: int = 4000):
        self.real, self.size, self.rows = real, size, {"ids": [], "embeddings": [], "documents": [], "metadatas": []}

    def upsert(self, ids, embeddings, metadatas, documents=None):
        self.rows["ids"] += ids
        self.rows["embeddings"] += list(embeddings)
        self.rows["metadatas"] += metadatas
        self.rows["documents"] += documents if documents is not None else [None] * len(ids)
        if len(self.rows["ids"]) >= self.size:
            self.flush()

    def flush(self) -> None:
        if self.rows["ids"]:
            docs = self.rows["documents"]
            self.real.upsert(ids=self.rows["ids"], embeddings=self.rows["embeddings"], metadatas=self.rows["metadatas"],
                             **({"documents": docs} if all(d is not None for d in docs) else {}))
        self.rows = {"ids": [], "embeddings": [], "documents": [], "metadatas": []}

    def __getattr__(self, name):
        return getattr(self.real, name)


def build(size: int, cache: Path, model) -> Path:
    from ingest.chunking import make_splitter, split_document
    from ingest.indexer import content_hash, text_hash
    from ingest.lexical_index import LexicalWriter
    from ingest.tagging import entity_labels
    from knowledge.lexical import lexical_dir
    from knowledge.store import ChunkStore, open_client
    from knowledge.text import sentence_spans

    target = cache / f"store-{size}"
    done = target / "built.json"
    if done.exists():
        return target
    target.mkdir(parents=True, exist_ok=True)
    vectors = Vectors(model, cache / "base-vectors.npz")
    splitter = make_splitter()
    docs = base_documents()
    names = company_names()
    rng = random.Random(SEED)
    noise_rng = np.random.default_rng(SEED)
    # The sources, split and tagged once: chunks, sentences, their real vectors and entity tags.
    sources = []
    tags_cache = cache / "base-tags.json"
    tags = json.loads(tags_cache.read_text()) if tags_cache.exists() else {}
    for doc in docs:
        chunks = split_document(doc, splitter)
        sentences = [doc.text[s:e] for s, e in sentence_spans(doc.text)]
        missing = [s for s in sentences if s not in tags]
        for s, t in zip(missing, entity_labels(missing)):
            tags[s] = t
        sources.append((doc, chunks, sentences))
        vectors.real([c.text for c in chunks] + sentences)
    vectors.save()
    tags_cache.write_text(json.dumps(tags))

    lookup = Lookup()
    store = ChunkStore(open_client(target), lookup, "articles", lexical_dir=lexical_dir(target, "articles"))
    from ingest.store_writer import StoreWriter

    writer = StoreWriter(store)
    writer.ensure_manifests()
    writer._delete_parts = lambda *a, **kw: None  # every document is new: no replaced parts to look for
    # `replace_document` writes each document's records as the store does; they are buffered and written a few
    # thousand at a time (per-document round trips would take hours at 100,000 chunks on 2 shared cores)
    buffers = [Buffered(store.collection), Buffered(writer._document_records(), size=500), Buffered(writer._manifests())]
    store.collection, writer._documents, writer._manifest = buffers
    total, n, started = 0, 0, time.monotonic()
    planned = []  # documents made but not yet written: their titles are embedded together

    def write_planned() -> None:
        vectors.real([p[0].title for p in planned])  # titles are short: the real model's vectors, one call
        for new, new_chunks, table, types in planned:
            lookup.table = {**table, new.title: vectors.known[new.title].tolist()}
            writer.replace_document(new, new_chunks, content_hash(new), sentence_tagger=lambda ss: [types[s] for s in ss],
                                   text_hash=text_hash(new))
        planned.clear()

    while total < size:
        for doc, chunks, sentences in sources:
            if total >= size:
                break
            if n < len(sources):  # every real article once, with its real vectors
                new, new_chunks = doc, chunks
                pairs = [(s, s) for s in sentences]
                vec = lambda v: v.tolist()  # noqa: E731
            else:
                new, pairs = variant(doc, Transform(rng, names), n)
                new_chunks = split_document(new, splitter)
                vec = lambda v: Vectors.perturbed(v, noise_rng)  # noqa: E731
            source_of = dict(pairs)
            new_sentences = [new.text[s:e] for s, e in sentence_spans(new.text)]
            table = {}
            for i, c in enumerate(new_chunks):
                table[c.text] = vec(vectors.known[chunks[min(i, len(chunks) - 1)].text])
            for i, s in enumerate(new_sentences):
                source = source_of.get(s) or sentences[min(i, len(sentences) - 1)]
                table[s] = vec(vectors.known[source])
            types = {s: tags.get(source_of.get(s) or sentences[min(i, len(sentences) - 1)], [])
                     for i, s in enumerate(new_sentences)}
            planned.append((new, new_chunks, table, types))
            total += len(new_chunks)
            n += 1
            if len(planned) >= 500:
                write_planned()
            if n % 500 == 0:
                print(f"  {size}: {n} documents, {total} chunks, {time.monotonic() - started:.0f} s", file=sys.stderr)
    write_planned()
    for b in buffers:
        b.flush()
    store.collection, writer._documents, writer._manifest = (b.real for b in buffers)
    with LexicalWriter(store) as lexical:
        lexical.rebuild()
    done.write_text(json.dumps({"chunks": total, "documents": n, "real_documents": len(sources),
                                "seconds": round(time.monotonic() - started, 1), "noise": NOISE}))
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sizes", nargs="+", type=int)
    parser.add_argument("--cache", type=Path, default=ROOT.parent / "bench-cache" / "scale")
    args = parser.parse_args()
    from knowledge.embeddings import load_sentence_transformer

    args.cache.mkdir(parents=True, exist_ok=True)
    model = load_sentence_transformer()
    for size in args.sizes:
        path = build(size, args.cache, model)
        print(path, (path / "built.json").read_text())


if __name__ == "__main__":
    main()
