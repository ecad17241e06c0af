"""A verb of beginning or ending dated by the phase it starts keeps that date when an
"after" clause places it too: "Floodwaters began to recede on Wednesday, a week after
torrential rain burst the banks of two rivers" puts the beginning on Wednesday and the
burst a week before.

An event placed after another keeps only a date of its own sentence outside that placing
(rule 5). The date of "began to recede on Wednesday" hangs on the phase ("recede"), and
the beginning took it only as inherited: the "after" clause left it no time, and so none
for what is counted from it. The phase's date is now the beginning's own
(``TimeCues.phase``). And a month ahead of the report that dates the phase of a past verb
of beginning, ending or managing ("Exports began to recover in May", told in March) is
last year's, as one on the past verb itself is (``phase_verbs``, ``implicative_verbs`` in
models/dates/context.json); a phase told ahead stays ahead.

Capability table of invented sentences, published 2026-03-13 (a Friday); before the
change 15 of the 20 event times failed, and 5 of the 8 months.
"""

from __future__ import annotations

import pytest

import briefx
from tests.event_times import time_or_none

PUBLISHED = "2026-03-13"
FLOOD = (
    "Floodwaters began to recede on Wednesday, a week after torrential rain burst the banks "
    "of two rivers."
)
PRICES = "Prices began to fall on Wednesday, a week after the bank cut rates."
CREWS = "Crews started clearing the roads on Tuesday, two days after the storm hit."
TRAFFIC = "Traffic started moving again on Friday, a day after the bridge reopened."

# (text, event word, its time)
TIMES = [
    (FLOOD, "began", "2026-03-11"),
    (FLOOD, "burst", "2026-03-04"),
    (PRICES, "began", "2026-03-11"),
    (PRICES, "cut", "2026-03-04"),
    ("Prices began to fall on Wednesday, after the bank cut rates.", "began", "2026-03-11"),
    (CREWS, "started", "2026-03-10"),
    (CREWS, "hit", "2026-03-08"),
    (TRAFFIC, "started", "2026-03-13"),
    (TRAFFIC, "reopened", "2026-03-12"),
    ("Passengers began boarding on Sunday after the ferry was repaired.", "began", "2026-03-08"),
    ("Markets began to calm on Thursday after the central bank stepped in.", "began", "2026-03-12"),
    (
        "Residents began to leave on Saturday after officials ordered an evacuation.",
        "began",
        "2026-03-07",
    ),
    (
        "Troops began withdrawing on Monday, three days after the truce took hold.",
        "began",
        "2026-03-09",
    ),
    # as before
    ("Workers started to return on Monday after the strike ended.", "started", "2026-03-09"),
    ("The water began to rise on Sunday after heavy rain.", "began", "2026-03-08"),
    ("Shops began reopening on Thursday after the curfew was lifted.", "began", "2026-03-12"),
    ("Rebels stopped shelling the town on Friday after talks resumed.", "stopped", "2026-03-13"),
    ("The river began to fall on Tuesday after the rain eased.", "began", "2026-03-10"),
    # the month of the phase of a past verb of beginning
    ("Exports began to recover in May after a long slump.", "began", "2025-05"),
    ("Strikers began to return in May.", "began", "2025-05"),
]

# (sentence, the month, its value)
MONTHS = [
    ("Exports began to recover in May after a long slump.", "May", "2025-05"),
    ("Prices stopped rising in May.", "May", "2025-05"),
    ("Rebels began shelling the city in April.", "April", "2025-04"),
    ("The firm managed to cut costs in April.", "April", "2025-04"),
    ("Strikers began to return in May.", "May", "2025-05"),
    # as before: told ahead, a clause of an agreement, a phase on the verb itself
    ("The plant will begin to produce cars in May.", "May", "2026-05"),
    ("The firm agreed to sell the unit in May.", "May", "2026-05"),
    ("Sales started to pick up in June.", "June", "2025-06"),
]


@pytest.mark.parametrize(("text", "word", "value"), TIMES)
def test_a_phase_keeps_its_date_when_placed_after(text: str, word: str, value: str) -> None:
    assert time_or_none(text, word, PUBLISHED) == value


@pytest.mark.parametrize(("sentence", "text", "value"), MONTHS)
def test_the_month_of_a_past_phase(sentence: str, text: str, value: str) -> None:
    doc = briefx.extract(sentence, published=PUBLISHED)
    assert [d.value for d in doc.dates if d.text == text] == [value]
