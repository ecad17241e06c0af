"""The brief does not depend on input order (issue 36): the same files in any order give it.

Sixty invented reports of a handful of events (several agents, places, dates, counts
that disagree) are briefed in input order, reversed and shuffled; once document indices
are read as document ids, the briefs are equal.
"""

from __future__ import annotations

import json
import random
from typing import Any

import pytest

import briefx
from briefx.crossdoc.build import build_brief
from briefx.crossdoc.order import canonical_order

EVENTS = [
    ("Mayor Ilse Varga", "opened", "the Dunmore bridge", "Karsby", "on Monday", "3,000 people"),
    ("Ilse Varga", "inaugurated", "the bridge", "Karsby", "on Monday", "2,500 people"),
    ("Coach Ruben Ostrow", "resigned from", "the Karsby Rovers", "Karsby", "on Friday", None),
    ("Ostrow", "quit", "the club", "Lindqvist", "on Thursday", None),
    ("The Tamsel Water Board", "closed", "the Harrow dam", "Tamsel", "on Tuesday", "40 homes"),
    ("Inspectors", "shut", "the Harrow dam", "Tamsel", "last week", "45 homes"),
    ("Senator Pell Arnaut", "visited", "the flooded valley", "Osterby", "on Sunday", None),
    ("Arnaut", "toured", "the valley", "Osterby", "on Saturday", "12 villages"),
]
OPENERS = ["Officials said", "Witnesses said", "A spokesman confirmed", "Reports say", "We hear"]


def _report(k: int) -> dict[str, Any]:
    rng = random.Random(k)
    picked = rng.sample(EVENTS, 3)
    sentences = []
    for agent, verb, patient, place, when, count in picked:
        opener = rng.choice(OPENERS)
        crowd = f" in front of {count}" if count else ""
        sentences.append(f"{opener} that {agent} {verb} {patient} in {place} {when}{crowd}.")
    # Half the reports write the sponsor's name one way, half the other: which one is
    # the corpus name must not depend on which report comes first.
    sponsor = "VELT Group" if k % 2 else "Velt Group"
    sentences.append(f"The {sponsor} paid for {rng.choice(['it', 'the work'])}.")
    return {"id": f"r{k:02d}", "text": " ".join(sentences), "published": "2025-11-18"}


@pytest.fixture(scope="module")
def documents(nlp) -> list:
    return list(briefx.extract_many([_report(k) for k in range(60)], batch_size=32))


def _normal(brief: briefx.Brief) -> tuple[list[str], list[str]]:
    """The brief with document indices read as ids, entity ids as names, lists sorted."""
    data = brief.model_dump(mode="json")
    ids = [d["doc_id"] for d in data["documents"]]
    names = {e["id"]: e["name"] for e in data["entities"]}

    def fix(x: Any) -> Any:
        if isinstance(x, dict):
            return {k: ids[v] if k == "doc" else fix(v) for k, v in x.items() if k != "id"}
        if isinstance(x, list):
            return sorted((fix(v) for v in x), key=lambda v: json.dumps(v, sort_keys=True))
        return names.get(x, x) if isinstance(x, str) else x

    clusters = sorted(json.dumps(fix(c), sort_keys=True) for c in data["fact_clusters"])
    entities = sorted(json.dumps(fix(e), sort_keys=True) for e in data["entities"])
    return clusters, entities


@pytest.mark.parametrize("shuffle", ["reversed", 1, 2])
def test_the_brief_does_not_depend_on_input_order(documents, shuffle) -> None:
    base = build_brief(documents)
    if shuffle == "reversed":
        other = list(reversed(documents))
    else:
        other = list(documents)
        random.Random(shuffle).shuffle(other)
    again = build_brief(other)
    assert [d.doc_id for d in again.documents] == [d.doc_id for d in other]  # input order
    assert len(base.fact_clusters) > 5  # the corpus does cluster
    assert _normal(again) == _normal(base)


def test_the_corpus_name_of_a_tie_does_not_depend_on_order(nlp) -> None:
    texts = [("a", "The Velt Group said so."), ("b", "The VELT Group said so.")]
    docs = [briefx.extract(t, doc_id=i, published="2025-11-18") for i, t in texts]
    names = [
        sorted(e.name for e in build_brief(order).entities) for order in (docs, docs[::-1])
    ]
    assert names[0] == names[1]


def test_a_brief_in_sorted_order_is_built_as_before(documents) -> None:
    ordered = sorted(documents, key=lambda d: d.doc_id)
    assert canonical_order(ordered) == list(range(len(ordered)))


def test_documents_with_one_id_are_ordered_by_text() -> None:
    texts = ("B said.", "A said.")
    docs = [briefx.extract(t, doc_id="same", published="2025-11-18") for t in texts]
    assert canonical_order(docs) == [1, 0]
