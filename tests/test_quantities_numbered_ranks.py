"""A number after "No." is a rank or a label, not a count (quantities): "beat the world No.
3", "the No. 2 official", "Gate No. 6". The tokenizer often splits "No." into "No" and
".", so the number's word before it was the full stop, which names no label. Counts
beside a rank stay. Capability table of invented sentences."""

from __future__ import annotations

import pytest

import briefx


def _counts(text: str) -> list[str]:
    return [q.text for q in briefx.extract(text, published="2025-11-18").quantities]


# (text, the quantities it holds): the number after "No." is none of them.
TABLE = [
    ("She beat the world No. 3 in the semifinal.", []),
    ("The No. 2 official in the ministry resigned.", []),
    ("He is ranked No. 14 in the world.", []),
    ("The No. 1 seed crashed out in the first round.", []),
    ("The team took him with the No. 10 pick in the draft.", []),
    ("Hurricane warnings went up along Highway No. 1 on Monday.", []),
    ("The world No. 7 withdrew with a knee injury.", []),
    ("The song reached No. 5 on the charts in March.", []),
    ("The No. 3 automaker cut 2,000 jobs.", ["2,000 jobs"]),
    ("He wore the No. 23 shirt for eight seasons.", ["eight seasons"]),
    ("She is the party's No. 2 and a likely successor.", []),
    ("Platform No. 9 was closed for repairs.", []),
    ("The bill, known as Measure No. 4, failed.", []),
    ("The No. 4 ranked team lost at home.", []),
    ("She climbed to No. 2 in the rankings after the win.", []),
    ("Officials moved 3 trucks to Gate No. 6.", ["3 trucks"]),
    ("The world No. 12 lost 2 sets in a row.", ["2 sets"]),
    ("Rescuers found 12 survivors near Gate No. 4.", ["12 survivors"]),
]


@pytest.mark.parametrize(("text", "held"), TABLE)
def test_a_number_after_no_is_no_count(text: str, held: list[str]) -> None:
    assert _counts(text) == held
