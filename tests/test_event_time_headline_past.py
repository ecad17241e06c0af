"""A headline's event told in the past, that the lead tells again with its day, happened
that day (issue 25, rule 4).

"Vell Rovers beat Ostrava to reach cup semi-finals" over "... came from behind to beat
Ostrava 2-1 on Wednesday" left the headline's win with no time: a headline told in the
present takes the lead's day for the same event word (tests/test_event_time_headline_
retold.py), but "beat", "cut", "hit", "shut", "quit" are past forms too, and the tagger
reads many a headline's verb as past. A headline's event told in the past with no date of
its own takes the day of the lead's event of the same word, within a week before
publication, as one told in the present does. A lead day further back, or a lead that
does not tell the event again, leaves it with none.

Capability table of invented reports, published 2025-12-05 (a Friday); before the rule
all 15 retold headlines had no time, and the 3 others passed.
"""

from __future__ import annotations

import pytest

from tests.event_times import frames_of

PUBLISHED = "2025-12-05"

# (report, the headline's event word, its time)
RETOLD = [
    (
        "Vell Rovers beat Ostrava to reach cup semi-finals\n\nVELLMOUTH, Norland (Wire) - "
        "Vell Rovers came from behind to beat Ostrava 2-1 on Wednesday.",
        "beat",
        "2025-12-03",
    ),
    (
        "Valdheim cut 2,000 jobs in Europe\n\nValdheim cut 2,000 jobs on Tuesday.",
        "cut",
        "2025-12-02",
    ),
    (
        "Storm hit coastal towns\n\nA storm hit coastal towns in the south on Monday night.",
        "hit",
        "2025-12-01TNI",
    ),
    (
        "Regulator shut down crypto exchange\n\nThe regulator shut down the Quonex exchange on "
        "Thursday.",
        "shut",
        "2025-12-04",
    ),
    (
        "Central bank cut rates to 3%\n\nThe central bank cut its main rate to 3% on Wednesday.",
        "cut",
        "2025-12-03",
    ),
    (
        "Striker quit national team\n\nStriker Pavel Dorn quit the national team on Sunday.",
        "quit",
        "2025-11-30",
    ),
    (
        "Minister upset farmers with diesel tax\n\nThe farm minister upset farmers on Monday "
        "with a plan to tax diesel.",
        "upset",
        "2025-12-01",
    ),
    (
        "Lenders shed 1,500 jobs\n\nTwo lenders shed 1,500 jobs between them on Thursday.",
        "shed",
        "2025-12-04",
    ),
    (
        "Fire hit warehouse in port\n\nA fire hit a warehouse in the port of Lenby on Wednesday.",
        "hit",
        "2025-12-03",
    ),
    ("Court put trial on hold\n\nThe court put the trial on hold on Monday.", "put", "2025-12-01"),
    (
        "Police hit protesters with tear gas\n\nPolice hit protesters with tear gas on Saturday.",
        "hit",
        "2025-11-29",
    ),
    ("Rovers won the cup\n\nVell Rovers won the cup on Saturday.", "won", "2025-11-29"),
    (
        "Rebels seized border post\n\nRebels seized a border post near Kessa on Tuesday.",
        "seized",
        "2025-12-02",
    ),
    (
        "Union called off rail strike\n\nThe rail union called off the strike on Thursday.",
        "called",
        "2025-12-04",
    ),
    (
        "Thieves stole paintings from museum\n\nThieves stole four paintings from the city "
        "museum on Monday night.",
        "stole",
        "2025-12-01TNI",
    ),
]

# (report, the headline's event word): the lead's day is older, or it tells another event
UNTOLD = [
    ("Rebels shut the airport\n\nRebels shut the airport in March.", "shut"),
    ("Valdheim cut jobs\n\nThe carmaker said demand for its vans was weak.", "cut"),
    ("Storm hit coastal towns\n\nThe storm of 2019 hit the same towns.", "hit"),
]


@pytest.mark.parametrize(("text", "word", "value"), RETOLD)
def test_a_past_headline_retold_takes_the_leads_day(text: str, word: str, value: str) -> None:
    frame = frames_of(text, PUBLISHED)[word]
    assert frame.time is not None and frame.time.value == value, frame.time
    assert frame.when == "past"


@pytest.mark.parametrize(("text", "word"), UNTOLD)
def test_a_past_headline_not_retold_this_week_has_no_day(text: str, word: str) -> None:
    frame = frames_of(text, PUBLISHED)[word]
    assert frame.time is None, frame.time
