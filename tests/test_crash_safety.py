"""kill -9 at any moment of a real `blacklist-bot ingest` leaves every document as before or as after (never a mix
of old and new chunks or sentence vectors, never half a new document), the lexical index either matches what readers
see or says it is stale, and the next ingest repairs the store so it holds exactly what a clean build of the same
files holds, lexical index included."""
from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import pytest

from tests.support import ROOT, write_article


VERSION_A = {
    "acme.md": ("Acme listed", "2023-01-01", "Commerce added Acme Robotics to the Entity List on January 1, 2023. "
                "The rule cited support for military end users. Exports of US items now need a licence."),
    "beta.md": ("Beta listed", "2023-02-01", "Treasury added Beta Drones to the NS-CMIC list on February 1, 2023. "
                "US persons may no longer buy its publicly traded securities."),
    "gamma.md": ("Gamma listed", "2023-03-01", "The FCC added Gamma Telecom to the Covered List on March 1, 2023. "
                 "New equipment authorizations for its products are barred."),
}
VERSION_B = {  # every article changes, two of them grow: an update rewrites them all
    "acme.md": ("Acme removed", "2024-05-01", "Commerce removed Acme Robotics from the Entity List on May 1, 2024. "
                "The company had appealed for a year. " * 6),
    "beta.md": ("Beta delisted", "2024-06-01", "Treasury removed Beta Drones from the NS-CMIC list on June 1, 2024. "
                "Investors may buy its shares again. " * 5),
    "gamma.md": ("Gamma still listed", "2024-07-01", "Gamma Telecom remains on the FCC Covered List as of July 2024."),
    "delta.md": ("Delta listed", "2024-08-01", "Commerce added Delta Optics to the Entity List on August 1, 2024. "
                 "The listing restricts exports of US items to it. " * 4),
}


def put_version(corpus: Path, version: dict) -> None:
    for f in corpus.glob("*.md"):
        f.unlink()
    for name, (title, published, body) in version.items():
        write_article(corpus, name, title, published, body)


def open_store(path: Path, embeddings):
    from knowledge.api import Knowledge
    from knowledge.settings import Settings

    return Knowledge(Settings(_env_file=None, store=path), embeddings)


def raw_contents(k) -> dict:
    """Everything stored, as a clean build would hold it: chunks, sentence vectors' records, sources."""
    from knowledge.models import to_dict

    chunks = k.store.collection.get(include=["documents", "metadatas"])
    records = k.store.documents.get(include=["metadatas"])
    return {
        "chunks": sorted(zip(chunks["ids"], chunks["documents"], [sorted(m.items()) for m in chunks["metadatas"]])),
        # the document records (sentences, tags, text), their vectors apart: embedded in another batch, a vector
        # may differ in its last bits
        "documents": sorted((i, sorted((key, v) for key, v in m.items() if "vector" not in key))
                            for i, m in zip(records["ids"], records["metadatas"])),
        "sources": [to_dict(s) for s in k.store.sources()],
    }


def visible_parts(k) -> dict[str, tuple[frozenset, frozenset]]:
    """document id -> (chunk ids, sentence ids) a reader sees."""
    chunks: dict[str, set] = defaultdict(set)
    sentences: dict[str, set] = defaultdict(set)
    for c in k.store.all_chunks():
        chunks[c.metadata["document_id"]].add(c.id)
    ids, metas, _ = k.store.all_sentences()
    for i, m in zip(ids, metas):
        sentences[m["document_id"]].add(i)
    return {d: (frozenset(chunks[d]), frozenset(sentences[d])) for d in set(chunks) | set(sentences)}


def lexical_contents(k) -> dict[str, str]:
    """chunk id -> the terms the lexical index holds for it (what BM25 ranks)."""
    from knowledge.lexical import LexicalIndex

    import tantivy

    index = LexicalIndex(k.store.lexical_dir)
    searcher = index.searcher()
    hits = searcher.search(tantivy.Query.all_query(), limit=100_000).hits
    return {doc["chunk_id"][0]: doc["stems"][0] for doc in (searcher.doc(a) for _, a in hits)}


def expected_lexical(k) -> dict[str, str]:
    """What the lexical index must hold for the chunks readers see."""
    from knowledge.retrieval import chunk_terms

    return {c.id: " ".join(chunk_terms(c.metadata, c.text) or ["_"]) for c in k.store.all_chunks()}


@pytest.fixture(scope="module")
def references(tmp_path_factory, embeddings):
    """The corpus folder, and clean builds of version A and version B of it (same paths, so same document ids)."""
    from ingest.api import ingest

    base = tmp_path_factory.mktemp("crash")
    corpus = base / "corpus"
    corpus.mkdir()
    refs = {}
    for label, version in (("A", VERSION_A), ("B", VERSION_B)):
        put_version(corpus, version)
        k = open_store(base / f"ref-{label}", embeddings)
        ingest(k, [corpus])
        refs[label] = {"store": base / f"ref-{label}", "contents": raw_contents(k), "parts": visible_parts(k),
                       "lexical": lexical_contents(k)}
        assert refs[label]["lexical"] == expected_lexical(k)
    return base, corpus, refs


def start_ingest(corpus: Path, store: Path) -> subprocess.Popen:
    env = {**os.environ, "BLACKLIST_BOT_WRITER_WAIT": "60"}
    env.pop("BLACKLIST_BOT_STORE", None)
    return subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "ingest", str(corpus), "--store", str(store), "--json"], cwd=ROOT, env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )


def kill_while_writing(proc: subprocess.Popen, store: Path, delay: float) -> str:
    """Wait until the process holds the writer lock (model loaded, about to write), then kill -9 after `delay`."""
    deadline = time.monotonic() + 240
    while not (store / "writer.json").exists():
        if proc.poll() is not None:
            return "finished before writing"
        if time.monotonic() > deadline:
            proc.kill()
            raise AssertionError("the ingest never started writing")
        time.sleep(0.01)
    time.sleep(delay)
    if proc.poll() is not None:
        return "finished"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(10)
    return "killed"


@pytest.mark.parametrize("scenario", ["adding", "updating"])
def test_kill_minus_nine_during_ingest_never_mixes_and_the_next_run_repairs(scenario, references, embeddings, tmp_path):
    from ingest.api import ingest

    base, corpus, refs = references
    rng = random.Random(11 if scenario == "adding" else 12)
    outcomes = []
    for trial in range(5):
        store = tmp_path / f"store-{trial}"
        if scenario == "updating":
            shutil.copytree(refs["A"]["store"], store)
        put_version(corpus, VERSION_B)
        proc = start_ingest(corpus, store)
        # delays spread over the whole write (about a second on this corpus), and just after it starts
        outcomes.append(kill_while_writing(proc, store, rng.uniform(0.0, 1.5) if trial else 0.05))

        # What readers see right after the crash: each document exactly as before or exactly as after.
        k = open_store(store, embeddings)
        before = refs["A"]["parts"] if scenario == "updating" else {}
        after = refs["B"]["parts"]
        for doc_id, parts in visible_parts(k).items():
            assert parts in (before.get(doc_id), after.get(doc_id)), f"trial {trial}: {doc_id} is a mix"
        # The lexical index answers for what readers see, or readers are told it is stale: never silently behind.
        from knowledge.retrieval import Retriever

        if (store / "lexical").exists() and Retriever(k.store).lexical is not None:
            assert Retriever(k.store).stale or lexical_contents(k) == expected_lexical(k), f"trial {trial}"

        # The next run repairs: same stored chunks, sentence vectors and sources as a clean build.
        ingest(k, [corpus])
        assert raw_contents(k) == refs["B"]["contents"], f"trial {trial} ({outcomes[-1]})"
        assert lexical_contents(k) == refs["B"]["lexical"] and not Retriever(k.store).stale, f"trial {trial}"
        again = ingest(k, [corpus])
        assert (again.added, again.updated, again.removed, again.chunks) == (0, 0, 0, 0)
    assert outcomes.count("killed") >= 3, outcomes  # the test really interrupted writes
