"""Event identity across reports (issue 26): invented briefs and the judged seed pairs."""

from __future__ import annotations

import briefx
from briefx.crossdoc.identity import event_key
from tests.seed_pairs import SAME, linked_pairs, precision_recall


def _brief(*reports: tuple[str, str]):
    docs = [
        briefx.extract(text, published=published, doc_id=f"r{n}")
        for n, (published, text) in enumerate(reports)
    ]
    return briefx.brief(docs)


def _docs_together(brief) -> list[set[int]]:
    return [{f.doc for f in c.facts} for c in brief.fact_clusters]


def test_two_earthquakes_a_week_apart_stay_two_events() -> None:
    brief = _brief(
        ("2025-03-04", "A strong earthquake struck Oaxaca on Monday, killing four people."),
        ("2025-03-04", "Four people died when an earthquake hit Oaxaca on Monday, officials said."),
        ("2025-03-11", "A strong earthquake struck Oaxaca on Monday, damaging a church."),
        ("2025-03-11", "An earthquake hit Oaxaca on Monday and damaged a church, officials said."),
    )
    together = _docs_together(brief)
    assert not any(docs & {0, 1} and docs & {2, 3} for docs in together), together
    assert any(docs >= {0, 1} for docs in together)
    assert any(docs >= {2, 3} for docs in together)


def test_three_days_of_market_reports_are_three_days() -> None:
    brief = _brief(
        ("2025-06-02", "The Halvard index fell 1.2% on Monday as bank shares slid."),
        ("2025-06-03", "The Halvard index fell 0.8% on Tuesday as bank shares slid again."),
        ("2025-06-04", "The Halvard index rose 1.5% on Wednesday as bank shares recovered."),
        ("2025-06-02", "Bank shares slid on Monday and the Halvard index fell 1.2%."),
    )
    together = _docs_together(brief)
    # Reports of different days may share words, never an event.
    assert all(len(docs & {0, 1, 2}) < 2 for docs in together), together
    # Two reports of one day are one event.
    assert any(docs == {0, 3} for docs in together), together


def test_a_company_two_quarterly_results_are_two_events() -> None:
    brief = _brief(
        ("2025-04-24", "Norvik Steel reported a net profit of $120 million on April 23."),
        ("2025-04-24", "Norvik Steel reported a profit of $120 million on April 23, up 8%."),
        ("2025-07-24", "Norvik Steel reported a net profit of $95 million on July 23."),
        ("2025-07-24", "Norvik Steel reported a profit of $95 million on July 23, down 5%."),
    )
    together = _docs_together(brief)
    assert not any(docs & {0, 1} and docs & {2, 3} for docs in together), together
    assert any(docs >= {0, 1} for docs in together)
    assert any(docs >= {2, 3} for docs in together)


def test_a_prisoner_swap_is_no_stock_exchange() -> None:
    brief = _brief(
        (
            "2025-05-10",
            "Velmora and Dunmark exchanged 150 prisoners at the border on Friday.",
        ),
        (
            "2025-05-10",
            "Velmora and Dunmark completed a prisoner exchange at the border on Friday.",
        ),
        (
            "2025-05-10",
            "Trading on the Velmora stock exchange was halted on Friday after the currency fell.",
        ),
    )
    swaps = [
        {f.doc for f in c.facts}
        for c in brief.fact_clusters
        if c.event is not None and event_key(c.event.lemma) == "exchange"
    ]
    assert swaps and all(2 not in docs for docs in swaps), swaps
    assert any(docs >= {0, 1} for docs in swaps)


def test_seed_same_event_pairs(seed_docs) -> None:
    # Every cross-report sentence pair of the seeds was judged by hand (tests/seed_pairs.py).
    brief = briefx.brief(list(seed_docs.values()))
    linked = linked_pairs([(f.doc, f.sentence) for f in c.facts] for c in brief.fact_clusters)
    precision, recall = precision_recall(linked)
    assert precision >= 0.9, sorted(linked)
    # Kiev / Ukraine are one party (a capital for its country), the doer "delegations in
    # Istanbul" names where the talks were. One pair is beyond the frames: "will not send
    # an official" against "no representatives would be present" (no event word there).
    assert recall >= 0.9, sorted(SAME - linked)


def test_seed_headlines_read_as_lines(seed_docs) -> None:
    brief = briefx.brief(list(seed_docs.values()))
    for cluster in brief.fact_clusters:
        assert len(cluster.headline.split()) >= 3, cluster.headline
        assert "2025-" not in cluster.headline, cluster.headline
