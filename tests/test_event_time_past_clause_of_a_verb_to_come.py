"""A clause told in the past under a verb told as to come lies behind the news (issue 25,
rule 2 and "when"): capability table of invented sentences, published 2025-11-18 (a
Tuesday).

"Workers will walk out on Monday after talks collapsed" put the collapse on the coming
Monday, told as to come: the clause took its governor's date. A verb told in the past
cannot lie after publication; in a clause of a verb told in the future or with a modal
("after", "because", "although", "since"; a "that" clause too) it is a past of its own
and takes no date of the verb to come. A clause of the present ("when the contract
ends") and a past clause of a past verb ("walked out on Monday after talks collapsed")
keep their governor's date. A past under a reported "would" is left alone: it may be
the report's backshift of a present ("said it would strike after talks failed": when
they fail).
"""

from __future__ import annotations

import pytest

from tests.event_times import frames_of

# (text, the past verb of the clause, the governor's date it must not take)
BEHIND = [
    ("Workers will walk out on Monday after talks collapsed.", "collapsed", "2025-11-24"),
    ("The bridge will reopen on Friday because repairs finished early.", "finished", "2025-11-21"),
    ("Fans will protest on Saturday after the club sacked the coach.", "sacked", "2025-11-22"),
    (
        "The minister will resign next week because the coalition collapsed.",
        "collapsed",
        "2025-W48",
    ),
    (
        "Shares will resume trading on Thursday after the company published its results.",
        "published",
        "2025-11-20",
    ),
    (
        "Investigators will visit the site on Wednesday after the plane crashed.",
        "crashed",
        "2025-11-19",
    ),
    ("The council will vote next month after residents complained.", "complained", "2025-12"),
    (
        "The ferry will sail again on Sunday after storms forced its cancellation.",
        "forced",
        "2025-11-23",
    ),
    ("The trial will resume in January after the judge fell ill.", "fell", "2026-01"),
    ("Prices will rise in March because oil costs soared.", "soared", "2026-03"),
    ("The team will play on Sunday although its coach resigned.", "resigned", "2025-11-23"),
    ("The airline will add flights next summer after demand rebounded.", "rebounded", "2026-SU"),
    ("The museum will reopen in April after thieves stole two paintings.", "stole", "2026-04"),
    (
        "The club will appeal on Friday after the league docked it ten points.",
        "docked",
        "2025-11-21",
    ),
    ("The union may strike on Monday after talks failed.", "failed", "2025-11-24"),
    ("The union will argue on Friday that managers broke the deal.", "broke", "2025-11-21"),
]

# (text, the clause's verb, its time, its "when")
KEPT = [
    ("Workers walked out on Monday after talks collapsed.", "collapsed", "2025-11-17", "past"),
    ("The plant will close in June when the contract ends.", "ends", "2026-06", "future"),
]


@pytest.mark.parametrize(("text", "verb", "value"), BEHIND)
def test_a_past_clause_takes_no_date_to_come(text: str, verb: str, value: str) -> None:
    frame = frames_of(text)[verb]
    assert frame.time is None or frame.time.value != value
    assert frame.when == "past"


@pytest.mark.parametrize(("text", "verb", "value", "when"), KEPT)
def test_a_clause_of_one_time_keeps_its_governors_date(
    text: str, verb: str, value: str, when: str
) -> None:
    frame = frames_of(text)[verb]
    assert frame.time is not None and (frame.time.value, frame.when) == (value, when)
