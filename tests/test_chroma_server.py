"""The same code against a real `chroma run` server on 127.0.0.1, chosen by configuration only."""
from __future__ import annotations

import shutil

from tests.support import SEED, write_article


def test_ingest_and_ask_through_a_chroma_server(tmp_path, make_knowledge, chroma_server):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEED, corpus / SEED.name)
    write_article(corpus, "removed.md", "Court vacates Xiaomi designation", "2021-05-25",
                  "On May 25, 2021, a federal court vacated the Pentagon's designation of Xiaomi.")
    from ingest.api import ingest

    k = make_knowledge(chroma_host="127.0.0.1", chroma_port=chroma_server, collection="server_test")
    assert ingest(k, [corpus]).added == 2
    assert not (tmp_path / "store" / "chroma.sqlite3").exists()  # nothing went to a local Chroma folder

    answer = k.ask("why was xiaomi blacklisted?")
    assert answer.answered and answer.citations[0].path.endswith(SEED.name)

    again = ingest(k, [corpus])
    assert (again.added, again.unchanged, again.chunks) == (0, 2, 0)


def test_a_reader_never_quotes_what_another_machine_corrected_or_removed(tmp_path, embeddings, chroma_server):
    """Two machines on one Chroma server, each with its own lexical index. The reader keeps what it read from the
    store between questions; when the writer corrects an article and later removes it, the reader's next answer (after
    the catch-up the bot runs before questions) quotes the correction, then nothing of it: what was kept is dropped
    as soon as the store's stamp moves."""
    from ingest.api import ensure_lexical, ingest
    from knowledge.api import Knowledge
    from knowledge.settings import Settings

    def machine(name: str) -> Knowledge:
        return Knowledge(Settings(_env_file=None, store=tmp_path / name, chroma_host="127.0.0.1",
                                  chroma_port=chroma_server, collection="two_machines"), embeddings)

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEED, corpus / SEED.name)
    body = ("On {day}, the Commerce Department added Orvantis Microwave, a maker of radar amplifiers in Chengdu, to "
            "the Entity List. Exporters need a license to ship it items subject to the EAR.")
    write_article(corpus, "orvantis.md", "Commerce adds Orvantis Microwave to the Entity List", "2025-03-03",
                  body.format(day="March 3, 2025"))
    writer, reader = machine("writer"), machine("reader")
    ingest(writer, [corpus])
    ensure_lexical(reader)
    question = "when was orvantis microwave added to the entity list?"
    for _ in range(2):   # the second answer is read from what the reader kept
        first = reader.ask(question)
        assert first.answered and "March 3, 2025" in first.answer

    write_article(corpus, "orvantis.md", "Commerce adds Orvantis Microwave to the Entity List", "2025-03-04",
                  body.format(day="March 4, 2025"))
    assert ingest(writer, [corpus]).updated == 1
    ensure_lexical(reader)
    corrected = reader.ask(question)
    assert "March 4, 2025" in corrected.answer and "March 3, 2025" not in corrected.answer

    (corpus / "orvantis.md").unlink()
    assert ingest(writer, [corpus]).removed == 1
    ensure_lexical(reader)
    gone = reader.ask(question)
    assert "Orvantis" not in " ".join(c.title for c in gone.citations) and "March 4" not in gone.answer
