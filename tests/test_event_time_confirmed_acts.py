"""What follows from a report of something named happened on the report's day (event
time, rule 2): in "officials confirmed 12 more deaths on Monday, bringing the toll to 40"
(an invented disaster report) "bringing" hangs on "confirmed", a report and no event, so
it had no time; the toll reached 40 with the confirmation, on Monday. A participle clause
of a reporting verb whose object is a noun (no clause) takes the report's own date; the
report stays a report ("confirmed the visit" is no event), what it confirms takes no date
from it ("confirmed the attack on Monday"), and a participle after a reported clause
("said they had arrested two men, sparking ...") stays undated. Capability table of
invented texts (published 2025-11-18, a Tuesday)."""

from __future__ import annotations

import pytest

from tests.event_times import frames_of, time_or_none

# (text, event word, its time's value or None)
TABLE = [
    (
        "Officials confirmed 12 more deaths on Monday, bringing the toll to 40.",
        "bringing",
        "2025-11-17",
    ),
    (
        "The firm confirmed the sale on Wednesday, sending its shares up 6%.",
        "sending",
        "2025-11-12",
    ),
    (
        "Regulators confirmed the fine on Thursday, sending the bank's shares down 4%.",
        "sending",
        "2025-11-13",
    ),
    (
        "The ministry confirmed 300 new cases on Friday, taking the total past 5,000.",
        "taking",
        "2025-11-14",
    ),
    (
        "Police confirmed two more arrests on Saturday, raising the number held to nine.",
        "raising",
        "2025-11-15",
    ),
    (
        "On Sunday the club confirmed the coach's exit, prompting protests outside the ground.",
        "prompting",
        "2025-11-16",
    ),
    (
        "Health officials confirmed a new outbreak on Monday, forcing two schools to close.",
        "forcing",
        "2025-11-17",
    ),
    (
        "Insurers estimated the damage at $2 billion on Friday, doubling their first figure.",
        "doubling",
        "2025-11-14",
    ),
    (
        "The government confirmed the closure on Tuesday, leaving 300 workers without jobs.",
        "leaving",
        "2025-11-18",
    ),
    (
        "Officials confirmed the deaths of two climbers on Sunday, sparking calls for new rules.",
        "sparking",
        "2025-11-16",
    ),
    (
        "The league confirmed the points deduction on Thursday, dropping the club to last place.",
        "dropping",
        "2025-11-13",
    ),
    (
        "Organisers confirmed the cancellation on Monday, disappointing thousands of fans.",
        "disappointing",
        "2025-11-17",
    ),
    # No report's day, a reported clause, or what is confirmed: no date from the report.
    ("Officials confirmed 12 more deaths, bringing the toll to 40.", "bringing", None),
    (
        "Police said on Sunday they had arrested two men, sparking relief in the town.",
        "sparking",
        None,
    ),
    ("Police confirmed the attack on Monday.", "attack", None),
]


@pytest.mark.parametrize(("text", "word", "value"), TABLE)
def test_a_participle_of_a_report_takes_its_day(text: str, word: str, value: str | None) -> None:
    assert word in frames_of(text)
    assert time_or_none(text, word) == value


def test_the_report_stays_a_report() -> None:
    assert "confirmed" not in frames_of("Officials confirmed 12 more deaths on Monday.")
