"""A running total counted since an earlier event (event time): in "officials reported 140 new
cases on Wednesday, bringing the total since the outbreak began to 1,200" (an invented
outbreak report) the "since" clause bounds the total, not the bringing, which was read as
placed only relative to the outbreak's start and had no time; and the outbreak's start took
Wednesday, the day of the report, though it came before. A verb whose object is a running
total (``running_totals`` in ``models/events/time.json``) keeps its time; an event in a
"since" clause starts a span and takes no date from the clause it hangs on, only one of its
own (``span_starts``). An "after" clause's event stays as it was: it may lie within its
sentence's time ("found last spring after the ferry sank"). Capability table of invented
texts (published 2025-11-18, a Tuesday)."""

from __future__ import annotations

import pytest

from tests.event_times import time_or_none

# (text, event word, its time's value or None)
TABLE = [
    (
        "Officials reported 140 new cases on Wednesday, bringing the total since the outbreak "
        "began to 1,200.",
        "bringing",
        "2025-11-12",
    ),
    (
        "Officials reported 140 new cases on Wednesday, bringing the total since the outbreak "
        "began to 1,200.",
        "began",
        None,
    ),
    (
        "The quake killed 12 more people on Monday, raising the toll since the first tremor "
        "struck to 40.",
        "raising",
        "2025-11-17",
    ),
    (
        "The quake killed 12 more people on Monday, raising the toll since the first tremor "
        "struck to 40.",
        "struck",
        None,
    ),
    (
        "The team won again on Sunday, extending its run since the coach arrived to nine wins.",
        "extending",
        "2025-11-16",
    ),
    (
        "The team won again on Sunday, extending its run since the coach arrived to nine wins.",
        "arrived",
        None,
    ),
    (
        "Police made 30 arrests on Saturday, bringing the number held since the protests "
        "started to 400.",
        "started",
        None,
    ),
    ("The ceasefire has held since the talks ended.", "ended", None),
    ("Sales rose 4% in October, the best month since the plant reopened.", "reopened", None),
    ("Prices jumped on Monday, their biggest rise since the war began.", "began", None),
    ("The index closed higher on Friday, its first gain since the bank cut rates.", "cut", None),
    ("The strike, the longest since the union was founded, ended on Friday.", "founded", None),
    ("Sales rose 4% on Monday, the best day since the store opened in March.", "opened", "2025-03"),
    (
        "The team won again on Sunday, extending its run since the coach arrived to nine wins.",
        "won",
        "2025-11-16",
    ),
    # A date of its own it keeps; the main event keeps its date.
    ("The total since the strike began in March reached 40 on Friday.", "began", "2025-03"),
]


@pytest.mark.parametrize(("text", "word", "value"), TABLE)
def test_a_running_total_and_a_clause_of_reference(text: str, word: str, value: str | None) -> None:
    assert time_or_none(text, word) == value
