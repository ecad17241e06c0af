"""Invented news series judged by hand (tests/series_briefs.py): what the brief links.

Measured as same-event sentence pairs across reports, as the held-out series are: daily
market reports, a company's quarters, two earthquakes a week apart, a prisoner swap
beside a stock exchange story, a company followed over months.
"""

from __future__ import annotations

from functools import cache

import pytest

import briefx
from briefx.schema import Brief
from tests.series_briefs import SERIES, judged_pairs, linked_pairs, report_text, scores


@cache
def _linked(name: str) -> tuple[Brief, set[tuple[int, int, int, int]]]:
    reports = SERIES[name]
    docs, starts = [], []
    for n, (published, sentences) in enumerate(reports):
        text, first = report_text(sentences)
        docs.append(briefx.extract(text, published=published, doc_id=f"{name}{n}"))
        starts.append(first)
    brief = briefx.brief(docs)

    def listed(doc: int, sentence: int) -> int:
        # The listed sentence that holds the document's sentence.
        start = docs[doc].sentences[sentence].start
        return max(n for n, first in enumerate(starts[doc]) if first <= start)

    return brief, linked_pairs(
        [(f.doc, listed(f.doc, f.sentence)) for f in c.facts] for c in brief.fact_clusters
    )


# The F1 each series reaches now (a floor: a change that lowers one is a regression).
FLOORS = {
    "markets": 0.54,
    "quarters": 0.90,
    "quakes": 0.95,
    "swap_and_market": 0.95,
    "company": 0.80,
    "follow_ups": 0.85,
}


@pytest.mark.parametrize("name", sorted(SERIES))
def test_series_pairs(name: str) -> None:
    _, linked = _linked(name)
    same, either = judged_pairs(SERIES[name])
    precision, recall, f1 = scores(linked, same, either)
    assert f1 >= FLOORS[name], (precision, recall, sorted(linked - same - either))


@pytest.mark.parametrize("name", sorted(SERIES))
def test_reports_of_other_days_share_only_judged_events(name: str) -> None:
    # The same kinds of event on different days ("the index fell") are different events:
    # across days, only what the judge paired (a follow-up naming the event) may link.
    reports = SERIES[name]
    _, linked = _linked(name)
    same, either = judged_pairs(reports)
    across = {p for p in linked if reports[p[0]][0] != reports[p[2]][0]}
    assert across <= same | either, sorted(across - same - either)


def test_a_stock_exchange_joins_no_prisoner_exchange() -> None:
    brief, _ = _linked("swap_and_market")
    for cluster in brief.fact_clusters:
        docs = {f.doc for f in cluster.facts}
        assert not (docs & {0, 1} and docs & {2, 3}), cluster.headline
