"""`blacklist-bot eval QA.jsonl`: answer quality on a question set, beside a naive LangChain RAG baseline run on the
same corpus, machine and run. The QA format is documented in docs/eval-format.md."""
from __future__ import annotations

import json
import re
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import typer


@dataclass
class Outcome:
    id: str
    kind: str
    answered: bool
    answer: str
    cited: list[str]           # file names of the cited sources, in citation order
    snippets_valid: bool
    seconds: float
    must_mention: list = field(default_factory=list)
    expected: list = field(default_factory=list)
    first_mention: list = field(default_factory=list)

    def passed(self) -> bool:
        if self.kind == "unanswerable":
            return not self.answered
        return self.answered and _mentions(self.answer, self.must_mention)

    def lead_passed(self) -> bool | None:
        """The answer's first sentence (`_LEAD`) says what `first_mention` asks for: the
        first sentence answers the question. None when the question gives no `first_mention`."""
        if self.kind == "unanswerable" or not self.first_mention:
            return None
        return self.answered and _mentions(_LEAD.match(self.answer).group(0), self.first_mention)

    def rank(self) -> int | None:
        for i, name in enumerate(self.cited, start=1):
            if name in self.expected:
                return i
        return None


# The answer's first sentence: up to its first citation mark ("[1]"), and on to the sentence's end when the sentence
# goes on after the mark ("... until its removal on May 25, 2021 [1]; it is not listed there now."); all of it when
# it cites nothing.
_LEAD = re.compile(r"(?s).*?\[\d+\](?:(?=\s+[A-Z\"“]|\s*$)|.*?[.!?](?=\s|$))|.*")
# What a citation of list data (not an article) is named in `cited`, and in a question's `expected_sources`.
LIST_DATA = "list data"


def _mentions(text: str, groups: list[list[str]]) -> bool:
    low = text.lower()
    return all(any(alt.lower() in low for alt in group) for group in groups)


def load_questions(path: Path) -> list[dict]:
    questions = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                questions.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise typer.BadParameter(f"{path}:{n}: not JSON ({exc.msg})") from exc
    return questions


def summarise(outcomes: list[Outcome]) -> dict:
    answerable = [o for o in outcomes if o.kind != "unanswerable"]
    unanswerable = [o for o in outcomes if o.kind == "unanswerable"]
    ranks = [o.rank() for o in answerable]
    kinds = sorted({o.kind for o in outcomes})
    seconds = sorted(o.seconds for o in outcomes)
    ratio = lambda xs: round(sum(xs) / len(xs), 3) if xs else None  # noqa: E731
    return {
        "questions": len(outcomes),
        "hit@1": ratio([r == 1 for r in ranks]),
        "hit@5": ratio([r is not None and r <= 5 for r in ranks]),
        "mrr": ratio([1 / r if r else 0.0 for r in ranks]),
        "answer_pass": ratio([o.passed() for o in answerable]),
        "lead_pass": ratio([o.lead_passed() for o in answerable if o.lead_passed() is not None]),
        "pass_by_kind": {k: ratio([o.passed() for o in outcomes if o.kind == k]) for k in kinds},
        "unanswerable_declined": ratio([not o.answered for o in unanswerable]),
        # the other side of declining: questions the sources answer that got "my sources don't cover that"
        "false_declines": ratio([not o.answered for o in answerable]),
        "snippet_validity": ratio([o.snippets_valid for o in outcomes if o.cited]) if any(o.cited for o in outcomes) else 1.0,
        "latency_p50_ms": round(1000 * statistics.median(seconds), 1) if seconds else None,
        "latency_p95_ms": round(1000 * seconds[min(len(seconds) - 1, int(0.95 * len(seconds)))], 1) if seconds else None,
    }


class SnippetChecker:
    """Checks each snippet against its source freshly loaded from disk, independent of what the store holds."""

    def __init__(self):
        self._texts: dict[str, str] = {}

    def valid(self, path: str, snippet: str) -> bool:
        from ingest.loaders import LoadError, load_file

        if path not in self._texts:
            try:
                self._texts[path] = load_file(Path(path)).text
            except (LoadError, OSError):
                self._texts[path] = ""
        # A snippet quotes one or more sentences of its source, joined by " … " where they are apart.
        return bool(snippet) and all(part in self._texts[path] for part in snippet.split(" … "))


def _outcome(q: dict, answered: bool, text: str, paths: list[str], snippets_valid: bool, seconds: float) -> Outcome:
    from knowledge.status import LIST_DATA_PATH

    cited = [LIST_DATA if p.startswith(LIST_DATA_PATH) else Path(p).name for p in paths]
    return Outcome(
        q["id"], q["kind"], answered, text, cited, snippets_valid, seconds,
        q.get("must_mention", []), q.get("expected_sources", []), q.get("first_mention", []),
    )


def retrieval_ablation(knowledge, questions: list[dict]) -> dict[str, dict]:
    """hit@5 and MRR of the first right article among the top passages' articles, per retrieval mode: dense only,
    BM25 only, fused, and fused with the boost for passages naming what the question names (what answers use)."""
    from knowledge.retrieval import MODES

    out = {}
    # Questions an article answers (not those only the list data answers: retrieval reads articles).
    answerable = [q for q in questions if q["kind"] != "unanswerable" and set(q.get("expected_sources", [])) - {LIST_DATA}]
    for mode in MODES:
        ranks = []
        for q in answerable:
            got = knowledge.retrieve(q["question"], mode=mode)
            docs = list(dict.fromkeys(Path(p.path).name for p in got.passages))
            ranks.append(next((n for n, d in enumerate(docs[:5], 1) if d in q.get("expected_sources", [])), None))
        n = max(len(ranks), 1)
        out[mode] = {"hit@5": round(sum(r is not None for r in ranks) / n, 3),
                     "mrr@5": round(sum(1 / r for r in ranks if r) / n, 3)}
    return out


class OurSystem:
    name = "blacklist-bot"

    def __init__(self, knowledge, checker: SnippetChecker):
        self.knowledge, self.checker = knowledge, checker
        knowledge.ask("warm up")

    def run(self, q: dict) -> Outcome:
        from knowledge.status import LIST_DATA_PATH

        start = time.perf_counter()
        answer = self.knowledge.ask(q["question"])
        elapsed = time.perf_counter() - start
        # A listing's citation states what the list data holds; an article's quotes its file (checked verbatim).
        valid = all(self.checker.valid(c.path, c.snippet) for c in answer.citations if not c.path.startswith(LIST_DATA_PATH))
        return _outcome(q, answer.answered, answer.answer, [c.path for c in answer.citations], valid, elapsed)


class NaiveRag:
    """Naive RAG: 1000/200 recursive chunks, Chroma similarity_search k=4, the top chunk as the answer."""

    name = "naive-rag"

    def __init__(self, embeddings, corpus: Path, checker: SnippetChecker, workdir: Path):
        import chromadb
        from chromadb.config import Settings as ChromaSettings
        from langchain_chroma import Chroma
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        from ingest.indexer import discover
        from ingest.loaders import LoadError, load_file

        self.checker = checker
        splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200)
        texts, metas = [], []
        files, _, _ = discover([corpus])
        for file, shown in files:
            try:
                doc = load_file(file, shown)
            except LoadError:
                continue
            for piece in splitter.split_text(doc.text):
                texts.append(piece)
                metas.append({"path": shown})
        client = chromadb.PersistentClient(path=str(workdir / "baseline"), settings=ChromaSettings(anonymized_telemetry=False))
        self.store = Chroma(client=client, collection_name="baseline", embedding_function=embeddings)
        self.store.add_texts(texts, metadatas=metas)
        self.store.similarity_search("warm up", k=4)

    def run(self, q: dict) -> Outcome:
        start = time.perf_counter()
        hits = self.store.similarity_search(q["question"], k=4)
        elapsed = time.perf_counter() - start
        valid = all(self.checker.valid(h.metadata["path"], h.page_content) for h in hits)
        return _outcome(q, bool(hits), hits[0].page_content if hits else "", [h.metadata["path"] for h in hits], valid, elapsed)


def format_table(rows: dict[str, dict]) -> str:
    keys = ["hit@1", "hit@5", "mrr", "answer_pass", "lead_pass", "unanswerable_declined", "false_declines", "snippet_validity", "latency_p50_ms", "latency_p95_ms"]
    kinds = sorted({k for r in rows.values() for k in r["pass_by_kind"]})
    header = ["system", *keys, *[f"pass:{k}" for k in kinds]]
    lines = [" | ".join(header), " | ".join("---" for _ in header)]
    for name, r in rows.items():
        lines.append(" | ".join([name, *[str(r[k]) for k in keys], *[str(r["pass_by_kind"].get(k)) for k in kinds]]))
    return "\n".join(lines)


def register(app: typer.Typer) -> None:
    @app.command(name="eval")
    def evaluate(
        qa: Path = typer.Argument(..., exists=True, dir_okay=False, help="Questions, one JSON object per line."),
        corpus: Optional[Path] = typer.Option(None, "--corpus", exists=True, help="Ingest this folder into a fresh store first."),
        store: Optional[Path] = typer.Option(None, "--store", help="Store to evaluate (default: a fresh one with --corpus)."),
        as_json: bool = typer.Option(False, "--json"),
        baseline: bool = typer.Option(False, "--baseline", help="Also run a naive LangChain RAG on the same corpus."),
        verbose: bool = typer.Option(False, "--verbose", help="Print each question's outcome."),
    ) -> None:
        """Measure hit@k, MRR, answer pass rate, declines and snippet validity on a question set."""
        from bot.cli import ensure_shipped_knowledge, open_knowledge, run_ingest

        questions = load_questions(qa)
        with tempfile.TemporaryDirectory(prefix="blacklist-bot-eval-") as tmp:
            workdir = Path(tmp)
            knowledge = open_knowledge(store or (workdir / "store" if corpus else None), creating=bool(corpus))
            if corpus:
                report = run_ingest(knowledge, [corpus], show_progress=False)
                if report.skipped:
                    print(f"skipped while ingesting the corpus: {[s.path for s in report.skipped]}", file=sys.stderr)
            elif store is None:  # the default store answers from the shipped knowledge, as `ask` does
                ensure_shipped_knowledge(knowledge)
            checker = SnippetChecker()
            systems = [OurSystem(knowledge, checker)]
            if baseline:
                if not corpus:
                    raise typer.BadParameter("--baseline needs --corpus (both systems index the same files)")
                systems.append(NaiveRag(knowledge.embeddings, corpus, checker, workdir))
            outcomes: dict[str, list[Outcome]] = {s.name: [] for s in systems}
            for q in questions:  # interleaved, so machine noise falls on both systems alike
                for system in systems:
                    outcomes[system.name].append(system.run(q))
            rows = {name: summarise(o) for name, o in outcomes.items()}
            rows["blacklist-bot"]["retrieval"] = retrieval_ablation(knowledge, questions)
        if verbose:
            for o in outcomes["blacklist-bot"]:
                mark = "pass" if o.passed() else "FAIL"
                lead = {None: "", True: " lead=pass", False: " lead=FAIL"}[o.lead_passed()]
                print(f"{mark}{lead} {o.id} rank={o.rank()} {o.answer[:160]!r} {o.cited}", file=sys.stderr)
        if as_json:
            typer.echo(json.dumps(rows, indent=2))
        else:
            typer.echo(format_table(rows))
            typer.echo("\nretrieval ablation (top-5 articles): " + ", ".join(
                f"{mode} hit@5 {r['hit@5']} MRR {r['mrr@5']}" for mode, r in rows["blacklist-bot"]["retrieval"].items()))
