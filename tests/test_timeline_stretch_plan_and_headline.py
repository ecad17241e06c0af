"""Three timeline lines as a reader meets them (capability tables of invented reports,
published Tuesday 2025-11-18).

- A stretch up to a date ("revenue rose 9% in the three months to September") is listed
  under "July to September 2025"; its line said "rose in September 2025", the date's own
  month. A line whose range starts before its time's own period names both ends
  ("between July and September 2025", ``headlines.span_value``).
- "agreed on Wednesday to buy Tesk" was listed as "Harrowgate will agree on ... (planned)":
  the entry's modality was the majority of every frame of its time, the buying's plan
  among them. The entry's modality and when are those of the event its line tells
  (``timeline._told_kind``).
- A headline that tells again what its report's body tells ("Brannock face Corlin on
  Wednesday" above "Brannock face Corlin on Wednesday, with ...") was a second entry:
  one entry rests on both sentences, with the body's line.

Before the change 10 of the 15 rows failed (the five stretches, the five headlines; the
acts of planning passed where the plan's frame did not share their time).
"""

from __future__ import annotations

import pytest

from tests.briefs import brief_of

OTHER = "Farmers in Vell sold more apples this autumn, a trade group said on Monday."


def _lines(report: str) -> list:
    return [e for e in brief_of(report, OTHER).timeline if "apples" not in e.headline]


# (report, words of a line)
STRETCHES = [
    (
        "Harrowgate's revenue rose 9% in the three months to September, it said.",
        "between July and September 2025",
    ),
    ("Exports fell 2% in the six months to June, officials said.", "between January and June 2025"),
    (
        "The bank earned $2 billion in the 12 months to October, it said.",
        "between November 2024 and October 2025",
    ),
    (
        "Sales at Velm rose 4% in the two months to August, the firm said.",
        "between July and August 2025",
    ),
    (
        "Unemployment in Kessa rose to 5% in the three months to October, data showed.",
        "between August and October 2025",
    ),
]


@pytest.mark.parametrize(("report", "holds"), STRETCHES)
def test_a_stretch_up_to_a_date_names_both_ends(report, holds):
    lines = [e.headline for e in _lines(report)]
    assert any(holds in line for line in lines), lines


# (report, the act, the verb of the plan)
PLANS = [
    ("Harrowgate agreed on Wednesday to buy Tesk Metals for $4 billion.", "agreed", "buy"),
    ("Orvik council voted on Monday to close two libraries.", "voted", "close"),
    ("The board decided on Friday to sell the stadium.", "decided", "sell"),
    ("Velm Air pledged on Thursday to cut fares by 10%.", "pledged", "cut"),
    ("The mayor promised on Sunday to rebuild the bridge.", "promised", "rebuild"),
]


@pytest.mark.parametrize(("report", "act", "plan"), PLANS)
def test_an_act_of_planning_is_listed_as_done(report, act, plan):
    entries = [e for e in _lines(report) if act in e.headline]
    assert entries, [e.headline for e in _lines(report)]
    assert all(e.modality == "actual" and e.when == "past" for e in entries)
    assert not any(e.headline.split()[1:2] == ["will"] for e in entries)


# reports with a headline that their body tells again
RETOLD = [
    "Brannock face Corlin on Wednesday\n\nBrannock face Corlin on Wednesday, with Tomas Rell back.",
    "Kessa votes on Sunday\n\nKessa votes on Sunday in a poll that could unseat its mayor.",
    "Vell Rovers beat Orla on Saturday\n\nVell Rovers beat Orla 2-0 on Saturday without Rell.",
    "Tarsk bridge reopens on Friday\n\nTarsk bridge reopens on Friday after six months of repairs.",
    "Velmora festival opens on Thursday\n\nThe Velmora festival opens on Thursday with a concert.",
]


@pytest.mark.parametrize("report", RETOLD)
def test_a_headline_told_again_by_its_body_is_one_entry(report):
    entries = _lines(report)
    assert len(entries) == 1, [e.headline for e in entries]
    assert [(f.doc, f.sentence) for f in entries[0].facts] == [(0, 0), (0, 1)]
    # the body's line, as the body alone gives it
    assert [e.headline for e in _lines(report.split("\n\n")[1])] == [entries[0].headline]
