"""The lexical (BM25) index lives on disk beside the store, follows every ingest document by document, says when it
is behind the chunk store and is rebuilt then; a second machine reading the same Chroma server keeps its own copy."""
from __future__ import annotations

import logging

from tests.support import write_article


def lexical_documents(k, words: str) -> set[str]:
    """Titles of the passages BM25 alone finds for these words."""
    k.refresh()
    return {p.title for p in k.retriever.search(words, k.embed_query(words), mode="bm25")}


def test_each_ingest_updates_the_lexical_index_per_document(tmp_path, make_knowledge):
    corpus = tmp_path / "corpus"
    write_article(corpus, "a.md", "Zorblax listed", "2024-01-02", "Commerce added Zorblax Drones to the Entity List.")
    write_article(corpus, "b.md", "Quintar listed", "2024-02-03", "Treasury added Quintar Mining to the NS-CMIC list.")
    k = make_knowledge(corpus)
    assert lexical_documents(k, "zorblax drones") == {"Zorblax listed"}

    # the article is rewritten: its old words leave the index, its new ones enter it
    write_article(corpus, "a.md", "Velmora listed", "2024-01-02", "Commerce added Velmora Drones to the Entity List.")
    from ingest.api import ensure_lexical, ingest

    report = ingest(k, [corpus])
    assert (report.updated, report.unchanged) == (1, 1)
    assert lexical_documents(k, "zorblax") == set()
    assert lexical_documents(k, "velmora drones") == {"Velmora listed"}
    assert lexical_documents(k, "quintar mining") == {"Quintar listed"}

    # a file deleted from the folder leaves it too
    (corpus / "b.md").unlink()
    ingest(k, [corpus])
    assert lexical_documents(k, "quintar") == set()
    assert not k.retriever.stale


def test_a_stale_lexical_index_is_reported_and_rebuilt(tmp_path, make_knowledge, caplog):
    from ingest.lexical_index import ensure_current, new_stamp, set_store_generation
    from knowledge.retrieval import Retriever

    corpus = tmp_path / "corpus"
    write_article(corpus, "a.md", "Zorblax listed", "2024-01-02", "Commerce added Zorblax Drones to the Entity List.")
    k = make_knowledge(corpus)
    # what an ingest killed after changing the chunk store, before finishing the lexical index, leaves behind
    set_store_generation(k.store, new_stamp())
    with caplog.at_level(logging.WARNING):
        assert Retriever(k.store).stale
    assert "behind the chunk store" in caplog.text

    assert ensure_current(k.store) is True
    assert not Retriever(k.store).stale and ensure_current(k.store) is False
    assert lexical_documents(k, "zorblax") == {"Zorblax listed"}


def test_a_missing_lexical_index_still_answers_and_the_next_ingest_rebuilds_it(tmp_path, make_knowledge, caplog):
    import shutil

    from ingest.api import ensure_lexical, ingest

    corpus = tmp_path / "corpus"
    write_article(corpus, "a.md", "Zorblax listed", "2024-01-02", "Commerce added Zorblax Drones to the Entity List on "
                  "January 2, 2024, citing support for military end users.")
    k = make_knowledge(corpus)
    shutil.rmtree(k.store.lexical_dir)
    with caplog.at_level(logging.WARNING):
        k.refresh()
        answer = k.ask("when was zorblax added to the entity list?")
    assert "no usable lexical index" in caplog.text
    assert answer.answered and "January 2, 2024" in answer.answer  # dense retrieval alone still answers

    ingest(k, [corpus])
    assert lexical_documents(k, "zorblax") == {"Zorblax listed"} and not k.retriever.stale


def test_a_second_machine_on_the_same_chroma_server_builds_its_own_copy(tmp_path, make_knowledge, chroma_server):
    from ingest.api import ensure_lexical, ingest

    corpus = tmp_path / "corpus"
    write_article(corpus, "a.md", "Zorblax listed", "2024-01-02", "Commerce added Zorblax Drones to the Entity List.")
    server = dict(chroma_host="127.0.0.1", chroma_port=chroma_server, collection="lexical_two_machines")
    first = make_knowledge(corpus, store=tmp_path / "machine-1", **server)
    second = make_knowledge(store=tmp_path / "machine-2", **server)  # reads the server, ingests nothing
    assert second.store.lexical_dir != first.store.lexical_dir
    ensure_lexical(second)  # what `ask` and the bot's start do before answering
    assert lexical_documents(second, "zorblax") == {"Zorblax listed"}

    # the first machine ingests more: the second one's copy is stale until it is rebuilt from the server
    write_article(corpus, "b.md", "Quintar listed", "2024-02-03", "Treasury added Quintar Mining to the NS-CMIC list.")
    ingest(first, [corpus])
    second.refresh()
    assert second.retriever.stale
    ensure_lexical(second)
    assert not second.retriever.stale
    assert lexical_documents(second, "quintar mining") == {"Quintar listed"}

    # a rewrite, an addition and a removal there: the copy catches up on exactly those documents, reading nothing
    # else from the server and writing nothing to it
    from ingest.lexical_index import LexicalWriter

    write_article(corpus, "a.md", "Velmora listed", "2024-01-02", "Commerce added Velmora Drones to the Entity List.")
    write_article(corpus, "c.md", "Ostrava listed", "2024-03-04", "Treasury added Ostrava Shipping to the SDN list.")
    (corpus / "b.md").unlink()
    ingest(first, [corpus])
    stamp = first.store.generation()
    with LexicalWriter(second.store, wait=0) as copy:
        assert copy.catch_up() == 3
        assert copy.current() and copy.catch_up() == 0
    assert second.store.generation() == stamp
    assert lexical_documents(second, "zorblax") == set() and lexical_documents(second, "quintar") == set()
    assert lexical_documents(second, "velmora drones") == {"Velmora listed"}
    assert lexical_documents(second, "ostrava shipping") == {"Ostrava listed"}
    assert not second.retriever.stale


def test_an_index_folder_deleted_under_its_stamp_is_rebuilt(tmp_path, make_knowledge):
    import shutil

    from ingest.api import ensure_lexical, ingest
    from knowledge.lexical import INDEX_FOLDER

    corpus = tmp_path / "corpus"
    write_article(corpus, "a.md", "Zorblax listed", "2024-01-02", "Commerce added Zorblax Drones to the Entity List.")
    k = make_knowledge(corpus)
    # the index itself is gone, its generation stamp (still matching the store's) is not
    shutil.rmtree(k.store.lexical_dir / INDEX_FOLDER)
    ensure_lexical(k)
    assert lexical_documents(k, "zorblax") == {"Zorblax listed"} and not k.retriever.stale

    shutil.rmtree(k.store.lexical_dir / INDEX_FOLDER)
    ingest(k, [corpus])  # nothing changed in the corpus: the run still rebuilds the index
    assert lexical_documents(k, "zorblax") == {"Zorblax listed"} and not k.retriever.stale



def test_a_reader_of_a_quiet_local_store_sees_another_writers_stamp_at_once(tmp_path, make_knowledge):
    """Before every question a reader asks the store for its stamp; a local store's stamp is taken from its database
    file's time once the file has been quiet for a second. A stamp another writer sets is seen by the reader's next
    look, whether asked at once or after another quiet spell."""
    import time

    from ingest.lexical_index import new_stamp, set_store_generation
    from knowledge.store import QUIET_SECONDS, ChunkStore, open_client

    corpus = tmp_path / "corpus"
    write_article(corpus, "a.md", "Zorblax listed", "2024-01-02", "Commerce added Zorblax Drones to the Entity List.")
    k = make_knowledge(corpus)
    reader = ChunkStore(open_client(tmp_path / "store"))
    first = reader.generation()
    assert first == k.store.generation() and first is not None
    for asked_at_once in (False, True):
        stamp = new_stamp()
        time.sleep(QUIET_SECONDS + 0.2)
        assert reader.generation() != stamp   # quiet: the file's time stands for the stamp read
        set_store_generation(k.store, stamp)
        if asked_at_once:
            assert reader.generation() == stamp
        time.sleep(QUIET_SECONDS + 0.2)
        assert reader.generation() == stamp   # after a quiet spell the file's time is a new one
