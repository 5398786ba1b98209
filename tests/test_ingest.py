"""Ingest into a real Chroma store with the real model: idempotent, changes replace, deletions remove, bad files
are skipped with a reason while the rest goes on."""
from __future__ import annotations

import shutil

import numpy as np

from tests.support import SEED, write_article


def test_reingesting_an_unchanged_folder_embeds_nothing(tmp_path, make_knowledge):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEED, corpus / SEED.name)
    write_article(corpus, "a.md", "Treasury lists Example Corp", "2022-01-03", "Treasury added Example Corp to the NS-CMIC list on January 3, 2022.")
    from ingest.api import ingest

    k = make_knowledge()
    first = ingest(k, [corpus])
    assert (first.added, first.updated, first.removed, first.unchanged) == (2, 0, 0, 0)
    assert first.chunks >= 2
    again = ingest(k, [corpus])
    assert (again.added, again.updated, again.removed, again.unchanged, again.chunks) == (0, 0, 0, 2, 0)


def test_a_changed_document_is_replaced_and_a_deleted_one_removed(tmp_path, make_knowledge):
    from ingest.api import ingest

    corpus = tmp_path / "corpus"
    a = write_article(corpus, "a.md", "Acme listed", "2023-01-01", "Commerce added Acme Robotics to the Entity List on January 1, 2023.")
    b = write_article(corpus, "b.md", "Beta listed", "2023-02-01", "Treasury added Beta Drones to the NS-CMIC list on February 1, 2023.")
    k = make_knowledge(corpus)
    assert {s.title for s in k.sources()} == {"Acme listed", "Beta listed"}

    write_article(corpus, "a.md", "Acme removed", "2024-05-01", "Commerce removed Acme Robotics from the Entity List on May 1, 2024.")
    b.unlink()
    report = ingest(k, [corpus])
    assert (report.added, report.updated, report.removed, report.unchanged) == (0, 1, 1, 0)
    sources = k.sources()
    assert [s.title for s in sources] == ["Acme removed"]
    texts = " ".join(c.text for c in k.store.all_chunks())
    assert "removed Acme Robotics" in texts and "added Acme Robotics" not in texts  # old chunks are gone
    assert "Beta Drones" not in texts
    answer = k.ask("is acme robotics still on the entity list?")
    assert answer.answered and "removed" in answer.answer
    assert all(c.path.endswith("a.md") for c in answer.citations)


def test_broken_files_are_skipped_with_reasons_and_the_rest_is_ingested(tmp_path, make_knowledge):
    corpus = tmp_path / "corpus"
    write_article(corpus, "good.md", "Good", "2023-01-01", "Commerce added Acme Robotics to the Entity List on January 1, 2023.")
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    (corpus / "image.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    (corpus / "old.txt").write_bytes("Titel\n\nDie Liste \xfcber Firmen.".encode("latin-1"))
    (corpus / "notes.docx").write_bytes(b"PK\x03\x04")
    from ingest.api import ingest

    report = ingest(make_knowledge(), [corpus])
    assert report.added == 1
    reasons = {s.path.rsplit("/", 1)[-1]: s.reason for s in report.skipped}
    assert set(reasons) == {"empty.txt", "image.html", "old.txt", "notes.docx"}
    assert "empty" in reasons["empty.txt"]
    assert "binary" in reasons["image.html"]
    assert "UTF-8" in reasons["old.txt"]
    assert "unsupported" in reasons["notes.docx"]


def test_a_file_that_breaks_later_keeps_its_previous_version_answering(tmp_path, make_knowledge):
    from ingest.api import ingest

    corpus = tmp_path / "corpus"
    path = write_article(corpus, "a.md", "Acme listed", "2023-01-01", "Commerce added Acme Robotics to the Entity List on January 1, 2023.")
    k = make_knowledge(corpus)
    path.write_bytes(b"\x00\x01 corrupted upload")
    report = ingest(k, [corpus])
    assert report.removed == 0 and len(report.skipped) == 1
    assert [s.title for s in k.sources()] == ["Acme listed"]


def as_previous_layout(k) -> None:
    """Rewrite a store as the previous version wrote it: sentence vectors as records of `<collection>_sentences`
    (which Chroma indexes), the document's text on its first chunk, manifests naming the sentence records."""
    import json

    store = k.store
    name = store.collection.name
    sentences = store.client.get_or_create_collection(f"{name}_sentences", metadata={"hnsw:space": "cosine"},
                                                      embedding_function=None)
    manifest = store.client.get_collection(f"{name}_manifest", embedding_function=None)
    records = store.manifests()
    for doc_id, doc in store.read_documents(records, records).items():
        r = records[doc_id]
        old_ids = [i.replace("#doc#s", "#s") for i in doc.sentence_ids]
        sentences.add(ids=old_ids, embeddings=doc.sentence_vectors.tolist(), documents=[doc.text[s:e] for s, e, _ in doc.sentences],
                      metadatas=[{"document_id": doc_id, "start": s, "end": e, "types": ",".join(t)} for s, e, t in doc.sentences])
        first = next(c for c in r["chunk_ids"] if c.endswith("#0"))
        store.collection.update(ids=[first], metadatas=[{**store.collection.get(ids=[first])["metadatas"][0],
                                                         "document_text": doc.text}])
        manifest.delete(ids=[doc_id])
        manifest.add(ids=[doc_id], embeddings=[[1.0]], metadatas=[{
            "document_id": doc_id, "content_hash": r["content_hash"], "text_hash": r["text_hash"], "root": r["root"],
            "path": r["path"], "chunk_ids": json.dumps(r["chunk_ids"]), "sentence_ids": json.dumps(old_ids)}])
    store.client.delete_collection(f"{name}_documents")
    store._documents = None
    k.refresh()


def test_a_store_of_the_previous_layout_answers_and_its_next_ingest_converts_it(tmp_path, make_knowledge, caplog):
    """Sentence vectors used to be Chroma records, whose HNSW index every reader loaded whole: such a store still
    answers the same, and its next ingest moves them into document records without embedding anything."""
    from ingest.api import ingest

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEED, corpus / SEED.name)
    write_article(corpus, "a.md", "Treasury lists Example Corp", "2022-01-03",
                  "Treasury added Example Corp to the NS-CMIC list on January 3, 2022. US persons may not buy its shares.")
    k = make_knowledge(corpus)
    questions = ["why was xiaomi blacklisted?", "when was example corp listed?", "can I buy example corp shares?"]
    expected = [k.ask(q) for q in questions]
    sentences = k.store.all_sentences()

    as_previous_layout(k)
    assert k.store.documents is None and k.store.legacy_sentences() is not None
    assert [k.ask(q) for q in questions] == expected  # the old layout still answers, the same

    report = ingest(k, [corpus])
    assert (report.added, report.updated, report.unchanged, report.chunks) == (0, 0, 2, 0)  # nothing re-embedded
    assert "converted 2 documents" in caplog.text
    assert k.store.legacy_sentences() is None  # the indexed sentence collection is gone
    assert [k.ask(q) for q in questions] == expected
    ids, metas, vectors = k.store.all_sentences()
    assert metas == sentences[1]
    # as Chroma gave them back (it renormalises a cosine collection's vectors: equal to the last bits)
    assert np.allclose(np.stack(vectors), np.stack(sentences[2]), atol=1e-6)


def test_answering_embeds_only_the_question(tmp_path, embeddings):
    """Sentence and title vectors are stored at ingest: a question costs one call of the model, on its own words
    only (the question, and the question with its names taken out), never on an article's text."""
    from ingest.api import ingest
    from knowledge.api import Knowledge
    from knowledge.settings import Settings

    class Counting:  # the real model, counting what it is asked to embed, call by call
        def __init__(self, model):
            self.model, self.calls = model, []

        def embed_documents(self, texts):
            self.calls.append(list(texts))
            return self.model.embed_documents(texts)

        def embed_query(self, text):
            self.calls.append([text])
            return self.model.embed_query(text)

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEED, corpus / SEED.name)
    write_article(corpus, "a.md", "Treasury lists Example Corp", "2022-01-03",
                  "Treasury added Example Corp to the NS-CMIC list on January 3, 2022.")
    model = Counting(embeddings)
    k = Knowledge(Settings(_env_file=None, store=tmp_path / "store"), model)
    ingest(k, [corpus])
    assert any("Treasury lists Example Corp" in c for c in model.calls)  # titles are embedded once, at ingest
    model.calls.clear()
    question = "why was xiaomi blacklisted?"
    answer = k.ask(question)
    assert answer.answered and len(answer.citations) >= 1
    assert len(model.calls) == 1, model.calls
    asked = set(question.rstrip("?").split())
    assert question in model.calls[0] and all(set(t.rstrip("?").split()) <= asked for t in model.calls[0]), model.calls


def test_a_document_the_model_fails_on_costs_only_itself(tmp_path, embeddings):
    """Documents are embedded together in groups; when the model fails on one of them, the others of its group are
    still written and the failing one keeps its previous version answering."""
    from ingest.api import ingest
    from knowledge.api import Knowledge
    from knowledge.settings import Settings

    class FailsOnDelta:  # the real model, except that it fails on any text naming Delta Optics
        def embed_documents(self, texts):
            if any("Delta Optics" in t for t in texts):
                raise RuntimeError("the model failed on this text")
            return embeddings.embed_documents(texts)

        def embed_query(self, text):
            return embeddings.embed_query(text)

    corpus = tmp_path / "corpus"
    write_article(corpus, "a.md", "Acme listed", "2023-01-01", "Commerce added Acme Robotics to the Entity List on January 1, 2023.")
    k = Knowledge(Settings(_env_file=None, store=tmp_path / "store"), FailsOnDelta())
    ingest(k, [corpus])
    write_article(corpus, "a.md", "Acme listed", "2023-01-01",
                  "Commerce added Acme Robotics and Delta Optics to the Entity List on January 1, 2023.")
    write_article(corpus, "b.md", "Beta listed", "2023-02-01", "Treasury added Beta Drones to the NS-CMIC list on February 1, 2023.")
    write_article(corpus, "c.md", "Gamma listed", "2023-03-01", "The FCC added Gamma Telecom to the Covered List on March 1, 2023.")
    report = ingest(k, [corpus])
    assert (report.added, report.updated) == (2, 0)
    assert [s.path.rsplit("/", 1)[-1] for s in report.skipped] == ["a.md"]
    assert "could not be stored" in report.skipped[0].reason
    assert {s.title for s in k.sources()} == {"Acme listed", "Beta listed", "Gamma listed"}
    texts = " ".join(c.text for c in k.store.all_chunks())
    assert "added Acme Robotics to the Entity List" in texts and "Delta Optics" not in texts  # the previous version
    assert k.ask("when did treasury add beta drones to the ns-cmic list?").answered
