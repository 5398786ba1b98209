"""Hostile source files: each is ingested or skipped with a reason, and nothing stops the rest."""
from __future__ import annotations

import os
import time
from pathlib import Path

from tests.support import write_article

GOOD_BODY = "Commerce added Acme Robotics to the Entity List on January 1, 2023. Exports of US items to it need a licence."


def reasons(report) -> dict[str, str]:
    return {Path(s.path).name: s.reason for s in report.skipped}


def test_a_folder_of_hostile_files(tmp_path, make_knowledge):
    from ingest.api import ingest

    corpus = tmp_path / "corpus"
    write_article(corpus, "good.md", "Acme listed", "2023-01-01", GOOD_BODY)
    (corpus / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (corpus / "empty.md").write_bytes(b"")
    with (corpus / "huge.txt").open("wb") as fh:  # 50 MB, refused by size before it is read
        fh.truncate(50_000_000)
    (corpus / "latin1.txt").write_bytes("Titel\n\nDie Liste \xfcber Firmen wurde erweitert.".encode("latin-1"))
    (corpus / "deep.html").write_text(
        "<html><head><title>Deep Nest listed</title></head><body>" + "<div>" * 5000
        + "<p>Treasury added Deep Nest Ltd to the SDN list on March 3, 2023, blocking all of its assets under US "
        "jurisdiction.</p>" + "</div>" * 5000 + "</body></html>")
    (corpus / "scripts.html").write_text("<html><head><script>var a = 1;</script></head><body>"
                                         + "<script>document.write('x')</script>" * 50 + "</body></html>")
    write_article(corpus, "bad-date.md", "Beta listed", "2021-02-30",
                  "Treasury added Beta Drones to the NS-CMIC list in February 2021 under the executive order.")
    write_article(corpus, "copy-one.md", "Gamma listed", "2023-03-01",
                  "The FCC added Gamma Telecom to the Covered List on March 1, 2023. Its equipment cannot be authorised.")
    (corpus / "copy-two.md").write_bytes((corpus / "copy-one.md").read_bytes())
    (corpus / "loop-a.md").symlink_to(corpus / "loop-b.md")
    (corpus / "loop-b.md").symlink_to(corpus / "loop-a.md")
    (corpus / "sub").mkdir()
    (corpus / "sub" / "back").symlink_to(corpus, target_is_directory=True)  # a folder loop
    odd = "new\nline ‮txt.md"  # a newline and a right-to-left override in the name
    write_article(corpus, odd, "Delta listed", "2023-04-01",
                  "Commerce added Delta Optics to the Entity List on April 1, 2023, citing support for surveillance.")
    (corpus / "photo.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(2000))
    (corpus / "page.txt").write_text(  # an HTML page saved as .txt
        "<!DOCTYPE html><html><head><title>Epsilon listed</title></head><body><article><p>Commerce added Epsilon "
        "Semiconductor to the Entity List on May 5, 2023, citing its work for military end users.</p></article>"
        "</body></html>")

    started = time.monotonic()
    k = make_knowledge(max_source_bytes=1_000_000)
    report = ingest(k, [corpus])
    assert time.monotonic() - started < 240  # the 50 MB file cost nothing: refused before reading
    why = reasons(report)
    assert "binary" in why["binary.txt"]
    assert "empty" in why["empty.md"]
    assert "too large" in why["huge.txt"] and "50,000,000" in why["huge.txt"]
    assert "UTF-8" in why["latin1.txt"]
    assert "no article text" in why["scripts.html"]
    assert why["copy-two.md"] == f"duplicate: same text as {corpus / 'copy-one.md'}"
    assert "link" in why["loop-a.md"] and "link" in why["loop-b.md"]
    assert "binary" in why["photo.md"]
    assert any("not followed" in s.reason and s.path.endswith("back") for s in report.skipped)

    titles = {s.title for s in k.sources()}
    assert titles == {"Acme listed", "Beta listed", "Gamma listed", "Delta listed", "Epsilon listed", "Deep Nest listed"}
    assert report.added == len(titles)
    beta = next(s for s in k.sources() if s.title == "Beta listed")
    assert beta.published is None  # the impossible date is treated as missing ...
    warned = {Path(w.path).name: w.reason for w in report.warnings}
    assert "2021-02-30" in warned["bad-date.md"]  # ... with a warning
    assert "HTML" in warned["page.txt"]
    assert any(s.path.endswith(odd) for s in k.sources())

    # the article 5,000 levels deep is read and answers (libxml2 alone stops at 256 levels and finds no text)
    answer = k.ask("Which list did Treasury add Deep Nest Ltd to?")
    assert answer.answered
    assert str(corpus / "deep.html") in [c.path for c in answer.citations]
    assert "Deep Nest Ltd to the SDN list" in answer.answer

    # the duplicate is one document, cited once
    answer = k.ask("when did the FCC add Gamma Telecom to the covered list?")
    assert answer.answered
    assert [c.path for c in answer.citations].count(str(corpus / "copy-one.md")) == 1
    assert not any("copy-two" in c.path for c in answer.citations)


def test_a_duplicate_added_later_is_reported_and_the_original_kept(tmp_path, make_knowledge):
    from ingest.api import ingest

    corpus = tmp_path / "corpus"
    write_article(corpus, "b-original.md", "Gamma listed", "2023-03-01", "The FCC added Gamma Telecom to the Covered List on March 1, 2023.")
    k = make_knowledge(corpus)
    other = tmp_path / "elsewhere"
    other.mkdir()
    (other / "a-copy.md").write_bytes((corpus / "b-original.md").read_bytes())
    report = ingest(k, [other])
    assert reasons(report) == {"a-copy.md": f"duplicate: same text as {corpus / 'b-original.md'}"}
    assert [s.path for s in k.sources()] == [str(corpus / "b-original.md")]


def test_a_document_larger_than_one_store_write_is_written_in_batches(tmp_path, make_knowledge):
    from ingest.indexer import index_paths
    from ingest.store_writer import StoreWriter

    corpus = tmp_path / "corpus"
    body = " ".join(f"Commerce added Company Number {i} to the Entity List on January {i % 28 + 1}, 2023." for i in range(120))
    write_article(corpus, "long.md", "Many listings", "2023-01-01", body)
    k = make_knowledge(store=tmp_path / "store")
    assert StoreWriter(k.store).batch_size <= k.store.client.get_max_batch_size()
    writer = StoreWriter(k.store, max_write_batch=7)  # far below the document's chunk and sentence counts
    report = index_paths([corpus], writer)
    assert report.added == 1 and report.chunks > 7
    _, metas, _ = k.store.all_sentences()
    assert len(metas) >= 120 and k.store.count() == report.chunks


def test_html_extraction_depends_on_the_page_alone(tmp_path):
    """trafilatura's duplicate cache is process-wide: with it on, the 7th read of one page yielded nothing."""
    from ingest.loaders import load_file

    page = tmp_path / "page.html"
    page.write_text("<html><head><title>Zeta listed</title></head><body><article><p>Commerce added Zeta Systems "
                    "to the Entity List on June 6, 2023, citing its support for military end users in China.</p>"
                    "</article></body></html>")
    texts = [load_file(page).text for _ in range(10)]
    assert len(set(texts)) == 1 and "Zeta Systems" in texts[0]


def test_a_page_nested_deeper_than_the_parser_goes_keeps_its_text_in_bounded_time(tmp_path):
    """The deepest page a source may be (the size limit's worth of unclosed tags, and stray end tags) is read in
    time linear in its size; an ordinary page is read exactly as before."""
    from ingest.html_depth import shallow_html
    from ingest.loaders import load_file

    sentence = "Commerce added Abyss Components to the Entity List on July 7, 2023, for supplying drone makers."
    page = tmp_path / "abyss.html"
    page.write_text("<html><head><title>Abyss listed</title></head><body>" + "<section><div><span>" * 40_000
                    + f"<p>{sentence}</p>" + "</i>" * 20_000 + "</body></html>")  # 120,000 levels, 1 MB
    started = time.monotonic()
    doc = load_file(page)
    assert time.monotonic() - started < 60
    assert doc.title == "Abyss listed" and sentence in doc.text

    ordinary = (tmp_path / "good.html")
    ordinary.write_text("<html><body><article><div><p>Commerce added Zeta Systems to the Entity List.</p></div>"
                        "</article></body></html>")
    assert shallow_html(ordinary.read_text()) == ordinary.read_text()
