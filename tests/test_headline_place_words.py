"""A cluster's headline says where with the reports' own preposition (brief, a headline a
person can read): "The president flew to Lyon", not "flew in Lyon"; "in" when the reports
say it or say none. The words are data (``place_words`` in
``models/events/headlines.json``). Capability table of invented pairs of reports
(published 2025-11-18, a Tuesday)."""

from __future__ import annotations

import pytest

from tests.briefs import brief_of


def headlines(first: str, second: str) -> list[str]:
    return [c.headline for c in brief_of(first, second).fact_clusters]


# (two reports of one event, a phrase the cluster's headline holds)
TABLE = [
    ("President Rhea Molina flew to Lyon on Monday.",
     "President Rhea Molina flew to Lyon on Monday to meet union leaders.",
     "flew to Lyon"),
    ("Prime Minister Ivo Brandt travelled to Oslo on Friday.",
     "Prime Minister Ivo Brandt travelled to Oslo on Friday for talks.",
     "travelled to Oslo"),
    ("Crown Prince Haakon flew to Helsinki on Monday.",
     "Crown Prince Haakon flew to Helsinki on Monday to open the bridge.",
     "flew to Helsinki"),
    ("Chancellor Mara Vogt arrived in Warsaw on Thursday.",
     "Chancellor Mara Vogt arrived in Warsaw on Thursday for a summit.",
     "arrived in Warsaw"),
    ("Pope Leo will travel to Lebanon on Nov. 30.",
     "Pope Leo will travel to Lebanon on Nov. 30, the Vatican said.",
     "travel to Lebanon"),
    ("Senator Ana Ruiz returned to Madrid on Saturday.",
     "Senator Ana Ruiz returned to Madrid on Saturday after the vote.",
     "returned to Madrid"),
    ("Foreign Minister Tomas Hald flew to Cairo on Wednesday.",
     "Foreign Minister Tomas Hald flew to Cairo on Wednesday for ceasefire talks.",
     "flew to Cairo"),
    ("Tennis player Lena Kross moved to Monaco in March.",
     "Tennis player Lena Kross moved to Monaco in March, her agent said.",
     "moved to Monaco"),
    ("General Omar Saleh fled to Amman on Friday.",
     "General Omar Saleh fled to Amman on Friday as rebels advanced.",
     "fled to Amman"),
    ("King Frederik sailed to Greenland on Monday.",
     "King Frederik sailed to Greenland on Monday aboard the royal yacht.",
     "sailed to Greenland"),
    ("Mayor Lise Dahl spoke in Bergen on Tuesday.",
     "Mayor Lise Dahl spoke in Bergen on Tuesday about housing.",
     "spoke in Bergen"),
    ("Minister Paul Okoro went to Abuja on Sunday.",
     "Minister Paul Okoro went to Abuja on Sunday to meet governors.",
     "went to Abuja"),
    ("President Ines Duarte headed to Lisbon on Thursday.",
     "President Ines Duarte headed to Lisbon on Thursday for the summit.",
     "headed to Lisbon"),
    ("Envoy Sam Price travelled to Doha on Friday.",
     "Envoy Sam Price travelled to Doha on Friday for the talks.",
     "travelled to Doha"),
    ("Queen Sofia landed in Quito on Saturday.",
     "Queen Sofia landed in Quito on Saturday for a state visit.",
     "landed in Quito"),
]


@pytest.mark.parametrize(("first", "second", "phrase"), TABLE)
def test_a_headline_says_where_with_the_reports_preposition(
    first: str, second: str, phrase: str
) -> None:
    lines = headlines(first, second)
    assert any(phrase in line for line in lines), lines
