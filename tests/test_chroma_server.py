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
