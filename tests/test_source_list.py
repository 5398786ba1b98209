"""`sources` reads the list of sources an ingest keeps beside an embedded store (knowledge/source_list.py) instead of
opening the store: it must always say what the store holds, after every kind of write, and a list that no longer
describes the store is never read."""
from __future__ import annotations

import json

from ingest.lexical_index import new_stamp, set_store_generation
from ingest.store_writer import StoreWriter
from knowledge.models import to_dict
from knowledge.source_list import read_source_list, source_list_path
from tests.support import write_article


def kept(k) -> list[dict] | None:
    got = read_source_list(k.settings.store, k.settings.collection)
    return None if got is None else [to_dict(s) for s in got]


def stored(k) -> list[dict]:
    return [to_dict(s) for s in k.store.sources()]


def articles(tmp_path, bolt: bool = True):
    """A folder with Acme's article and, with `bolt`, Bolt's."""
    folder = tmp_path / "articles"
    write_article(folder, "acme.md", "Acme added to the Entity List", "2024-03-01",
                  "On March 1, 2024, Commerce added Acme Corp to the Entity List.")
    if bolt:
        write_article(folder, "bolt.md", "Bolt removed from the list", "2023-05-02",
                      "On May 2, 2023, Treasury removed Bolt Ltd from the NS-CMIC list.")
    return folder


def test_each_ingest_keeps_the_list_of_what_the_store_holds(tmp_path, make_knowledge):
    from ingest.api import ingest

    folder = articles(tmp_path)
    k = make_knowledge(folder)
    assert source_list_path(k.settings.store, k.settings.collection).is_file()
    assert kept(k) == stored(k) and [s["title"] for s in kept(k)] == ["Acme added to the Entity List",
                                                                     "Bolt removed from the list"]
    # a changed article, a new one, a removed one: each run leaves the list of what it left in the store
    write_article(folder, "acme.md", "Acme added to the Entity List (corrected)", "2024-03-01",
                  "On March 1, 2024, Commerce added Acme Corp and two affiliates to the Entity List.")
    write_article(folder, "crane.md", "Crane named on the 1260H list", "2025-01-07",
                  "On January 7, 2025, the Pentagon named Crane Inc on the 1260H list.")
    (folder / "bolt.md").unlink()
    report = ingest(k, [folder])
    assert (report.added, report.updated, report.removed) == (1, 1, 1)
    assert kept(k) == stored(k)
    assert [s.title for s in k.sources()] == ["Crane named on the 1260H list",
                                                 "Acme added to the Entity List (corrected)"]


def test_a_write_outside_an_ingest_run_drops_the_list_and_sources_reads_the_store(tmp_path, make_knowledge):
    folder = articles(tmp_path)
    k = make_knowledge(folder)
    (acme,) = [s.document_id for s in k.sources() if s.title.startswith("Acme")]
    StoreWriter(k.store).delete_document(acme)
    assert kept(k) is None
    assert [s.title for s in k.sources()] == ["Bolt removed from the list"]


def test_a_run_that_began_changing_the_store_leaves_no_list(tmp_path, make_knowledge):
    # What an ingest killed after its first change leaves: a new generation stamp in the store, none beside it.
    folder = articles(tmp_path, bolt=False)
    k = make_knowledge(folder)
    assert kept(k) is not None
    set_store_generation(k.store, new_stamp())
    assert kept(k) is None and k.sources() == k.store.sources()


def test_a_list_of_another_generation_or_cut_short_is_not_read(tmp_path, make_knowledge):
    folder = articles(tmp_path, bolt=False)
    k = make_knowledge(folder)
    path = source_list_path(k.settings.store, k.settings.collection)
    data = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps({**data, "generation": new_stamp(), "sources": []}), encoding="utf-8")
    assert kept(k) is None and [s.title for s in k.sources()] == ["Acme added to the Entity List"]
    path.write_text(json.dumps(data)[:40], encoding="utf-8")
    assert kept(k) is None and [s.title for s in k.sources()] == ["Acme added to the Entity List"]


def test_a_chroma_server_keeps_no_list(tmp_path, make_knowledge, chroma_server):
    # Another machine may ingest into the server: its readers always ask it.
    folder = articles(tmp_path, bolt=False)
    k = make_knowledge(folder, chroma_host="127.0.0.1", chroma_port=chroma_server, collection="source_list_test")
    assert not (tmp_path / "store" / "sources").exists()
    assert [s.title for s in k.sources()] == ["Acme added to the Entity List"]


def test_an_undated_forum_thread_is_ordered_by_the_date_its_post_lines_state(tmp_path, make_knowledge):
    """A forum thread saved as text has no publication date, and cleaning drops its "Thread started ..." and
    "Reply #1, ..." lines as page furniture. It is dated by the first date the file states, not by the first date
    left in the posts ("barred since February 2022"), so it counts as the newest source where it is."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "kestrel-news.txt").write_text(
        "Treasury sanctions Kestrel Freight\n\nHarbor Ledger, March 3, 2024. Treasury sanctioned Kestrel Freight, "
        "a shipping agent, for moving cargo for a blocked refinery.\n", encoding="utf-8")
    (folder / "kestrel-forum.txt").write_text(
        "Freight Forum > Sanctions\n\nThread: is Kestrel Freight still sanctioned?\n\n"
        "Thread started December 17, 2025, 9:12 AM by dockhand\n\n"
        "Our agent says Kestrel Freight is off the list. Its ships have been barred from Klaipeda since February "
        "2022, so we route through other ports.\n\n"
        "Reply #1, December 17, 2025, 9:40 AM, by harbour_mod (moderator)\n\n"
        "Treasury removed Kestrel Freight from the SDN list on December 15.\n", encoding="utf-8")
    k = make_knowledge(folder)
    listed = k.sources()
    assert listed[0].path.endswith("kestrel-forum.txt")
    assert str(listed[0].mentioned) == "2025-12-17"
    assert str(listed[1].mentioned) == "2024-03-03"
