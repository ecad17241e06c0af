"""Same event, other words: two reports' facts cluster by event (capability table).

Each case is two one-sentence reports of one day. ``key`` is the kind of event the
cluster must name (``briefx.crossdoc.identity.event_key`` of its lemma), or None when the two
must not share an event cluster (other direction, other participants).
"""

from __future__ import annotations

import pytest

import briefx
from briefx.crossdoc.identity import event_key

CASES = [
    # Markets and results: the same move in other words.
    (
        "Shares of Corvane rose 4 percent on Tuesday.",
        "Corvane stock climbed 4 percent on Tuesday.",
        "rise",
    ),
    (
        "Velmora's quarterly profit jumped 12 percent.",
        "Profit at Velmora increased 12 percent in the quarter.",
        "rise",
    ),
    (
        "Sales at Brightwick fell 8 percent in March.",
        "Brightwick's March sales dropped 8 percent.",
        "fall",
    ),
    (
        "Tasmin Air shares plunged after the warning.",
        "Tasmin Air stock tumbled after its warning.",
        "fall",
    ),
    (
        "Ostrava Steel cut 900 jobs on Monday.",
        "Ostrava Steel announced 900 job cuts on Monday.",
        "lay",
    ),
    (
        "Delmark sold its shipping arm to Harrow Group.",
        "The sale of Delmark's shipping arm to Harrow Group was agreed.",
        "sell",
    ),
    (
        "Harrow Group bought Delmark's shipping arm.",
        "Harrow Group's purchase of the Delmark shipping arm closed.",
        "acquire",
    ),
    # Crime and incidents.
    (
        "Thieves stole paintings from the Varga museum.",
        "The theft of paintings from the Varga museum shocked the city.",
        "steal",
    ),
    (
        "Masked men robbed a jewellery store in Turin.",
        "The robbery of a Turin jewellery store lasted four minutes.",
        "rob",
    ),
    ("A power outage hit Leeds overnight.", "Leeds suffered a blackout overnight.", "outage"),
    (
        "Arsonists torched a warehouse in Porto.",
        "Police in Porto suspect arson in the warehouse blaze.",
        "arson",
    ),
    ("Norway brokered the ceasefire in Harrow.", "Norway mediated the Harrow truce.", "mediate"),
    (
        "Qatar acted as mediator and facilitated the handover of the hostages.",
        "The handover of the hostages was brokered by Qatar.",
        "mediate",
    ),
    # Not one event: opposite moves, other doers.
    (
        "Shares of Corvane rose 4 percent on Tuesday.",
        "Shares of Corvane fell 3 percent on Tuesday.",
        None,
    ),
    ("Ostrava Steel cut 900 jobs on Monday.", "Ostrava Steel hired 300 engineers on Monday.", None),
    (
        "Delmark sold its shipping arm to Harrow Group.",
        "Harrow Group sold its rail unit to Delmark.",
        None,
    ),
    (
        "Thieves stole paintings from the Varga museum.",
        "The Varga museum bought two paintings.",
        None,
    ),
    (
        "Velmora's quarterly profit jumped 12 percent.",
        "Velmora's quarterly profit slumped 12 percent.",
        None,
    ),
]


def _event_keys(first: str, second: str) -> set[str]:
    docs = [
        briefx.extract(t, published="2024-09-17", doc_id=f"r{n}")
        for n, t in enumerate((first, second))
    ]
    brief = briefx.brief(docs)
    return {event_key(c.event.lemma) for c in brief.fact_clusters if c.event is not None}


@pytest.mark.parametrize(("first", "second", "key"), CASES)
def test_same_event_in_other_words(first: str, second: str, key: str | None) -> None:
    keys = _event_keys(first, second)
    if key is None:
        # No event cluster may join an opposite move or other doers.
        assert not keys & {"rise", "fall", "lay", "sell", "acquire", "steal"}, keys
    else:
        assert key in keys, keys


QUAKE = [
    "A strong earthquake struck the Greek island of Kefalonia at dawn on Monday. "
    "In Athens, too, the quake rattled windows.",
    "Kefalonia was shaken by an earthquake early on Monday, Greek officials said. "
    "Residents of Patras also felt the quake.",
    "An earthquake hit the Greek island of Kefalonia at dawn on Monday, damaging its port. "
    "Ferry crews in Zakynthos said the quake rocked their boats.",
]


def _quake_cluster_docs(texts: list[str], sentence: int) -> set[int]:
    docs = [briefx.extract(t, published="2024-09-17", doc_id=f"q{n}") for n, t in enumerate(texts)]
    brief = briefx.brief(docs)
    joined = [
        {f.doc for f in c.facts if f.sentence == sentence}
        for c in brief.fact_clusters
        if c.event is not None and event_key(c.event.lemma) == "earthquake"
    ]
    return max(joined, key=len, default=set())


def test_a_story_of_three_joins_bare_mentions_of_its_event() -> None:
    # The second sentences share no name; the quake is what the three reports are about.
    assert _quake_cluster_docs(QUAKE, 1) == {0, 1, 2}


def test_two_reports_need_something_in_common() -> None:
    # Two reports share many kinds of event in passing: "the quake" felt in Athens and
    # in Patras, with nothing else in common, stay apart.
    undated = [t.replace(" on Monday", "") for t in QUAKE[:2]]
    assert len(_quake_cluster_docs(undated, 1)) < 2


@pytest.mark.xfail(
    strict=True,
    reason="a time from the paragraph's focus (issue 25, rule 3) does not tell events "
    "apart (on ECB+ it cost recall), so the two bare 'the quake' share no day",
)
def test_two_reports_join_bare_mentions_on_the_same_day() -> None:
    # "The quake" of each second sentence happened on the Monday the paragraph set: the
    # two reports have that day in common.
    assert _quake_cluster_docs(QUAKE[:2], 1) == {0, 1}
