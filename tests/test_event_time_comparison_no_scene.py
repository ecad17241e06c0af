"""A date of comparison sets no scene (issue 25, rule 3).

"Net income for the three months ended Sept. 30 was $214 million, down from $243
million a year earlier. Revenue rose 4%" put the rise on Sept. 30 of the year before:
the sentence's own event owns no date its main verb tells, so the first date not bounding
a span set the scene, and that was the base of the comparison. The contract says a date
of comparison neither sets nor ends the scene; each sentence now carries its dates of
comparison (``TimeCues.compared``) and none of them is the scene. "Against" makes a
date of comparison of a date told back from another ("against $75 million a year
earlier": ``comparisons_back`` of models/events/time.json). The end day of a length ("the
three months ended Sept. 30") sets no scene either (tests/test_event_time_quarter_ended.py):
after one, the next sentence's act has no time; after a month or a quarter it has that.

Capability table of invented two-sentence reports, published 2025-11-20 (a Thursday);
counts of the failing rows before the rule are in the commit message.
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2025-11-20"

# (report, the word told after the comparison, its time's value and first day, or None
# when the sentence before names a length's end day)
AFTER = [
    (
        "Net income for the three months ended Sept. 30 was $214 million, down from $243 "
        "million a year earlier. Revenue rose 4%.",
        "rose",
        None,
    ),
    (
        "Operating profit for the nine months ended Sept. 30 was $1.1 billion, compared with "
        "$1.3 billion a year earlier. Margins narrowed.",
        "narrowed",
        None,
    ),
    (
        "Net income in the fiscal year ended June 30 was $2 billion, up from $1.7 billion in "
        "the previous year. The company hired 3,000 people.",
        "hired",
        None,
    ),
    (
        "Earnings over the six months that closed on Aug. 31 were $90 million, against $75 "
        "million a year earlier. Sales climbed 8%.",
        "climbed",
        None,
    ),
    (
        "Profit in the three months ended June 30 was $12 million, compared with a loss a "
        "year earlier. Costs fell 5%.",
        "fell",
        None,
    ),
    (
        "Revenue for the 12 months ended Sept. 30 was $4 billion, up from $3.6 billion a year "
        "before. Orders grew 11%.",
        "grew",
        None,
    ),
    (
        "Net income for the quarter was $214 million, down from $243 million a year earlier. "
        "Revenue rose 4%.",
        "rose",
        ("2025-Q3", "2025-07-01"),
    ),
    (
        "Inflation in October was 3.1%, down from 3.4% a year earlier. Food prices rose 2%.",
        "rose",
        ("2025-10", "2025-10-01"),
    ),
    (
        "Exports in October totalled $40 billion, compared with $37 billion in October 2024. "
        "Imports fell 3%.",
        "fell",
        ("2025-10", "2025-10-01"),
    ),
    (
        "The trade gap in September widened to $60 billion from $52 billion in August. "
        "Exports dropped 2%.",
        "dropped",
        ("2025-09", "2025-09-01"),
    ),
    (
        "Net income for the three months ended Sept. 30 was $8 million, versus $11 million a "
        "year ago. The bank cut 200 jobs.",
        "cut",
        None,
    ),
    (
        "Unemployment in October was 4.1%, up from 3.9% a year earlier. Hiring slowed.",
        "slowed",
        ("2025-10", "2025-10-01"),
    ),
    (
        "Sales in the nine months ended Sept. 30 were $6 billion, compared with $6.4 billion a "
        "year earlier. Prices dropped.",
        "dropped",
        None,
    ),
    (
        "Profit for the six months ended June 30 was $3 million, down from $7 million a year "
        "ago. The firm closed two stores.",
        "closed",
        None,
    ),
    (
        "Output in September rose 2%, against 1.5% a year before. Prices eased.",
        "eased",
        ("2025-09", "2025-09-01"),
    ),
]


def _time(report: str, word: str):
    doc = briefx.extract(report, published=PUBLISHED)
    frames = [e for f in doc.facts for e in f.events if e.text == word]
    assert frames, f"no frame {word!r}"
    return frames[-1].time


@pytest.mark.parametrize(("report", "word", "time"), AFTER, ids=[r[1] for r in AFTER])
def test_the_scene_is_the_result_not_its_comparison(report, word, time):
    told = _time(report, word)
    if time is None:
        assert told is None
    else:
        assert told is not None
        assert (told.value, told.range[0], told.source) == (*time, "context")
