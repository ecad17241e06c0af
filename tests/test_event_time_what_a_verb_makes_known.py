""" "The study found that deaths rose in 2023": the finding is not of 2023 (issue 25,
rule 1).

A verb whose complement clause tells what it makes known, finds or denies ("found that",
"showed that", "disclosed that", "denied that", "warned that") took the date of an event
inside that clause as its own: the parse hangs the date on the clause's event, and the
main verb, with no date of its own, took the sentence's nearest date. A date of the past
verb of a complement clause with its own subject is that event's only: it came before
the finding. The verb keeps a date of its own ("disclosed on Monday that"), or one the
sentence sets before it ("On Friday, the study found"); what is to come is left as it
was ("worried the plan would fail today": that day may be the worry's too).

Capability table of invented sentences, published 2026-03-06 (a Friday); before the rule
15 of the 16 verbs took their clause's date, and the 3 with a date of their own passed.
"""

from __future__ import annotations

import pytest

from tests.event_times import time_of

PUBLISHED = "2026-03-06"

# (text, the verb, the clause's event, the clause's time)
CLAUSES = [
    ("The study found that deaths rose sharply in 2023.", "found", "rose", "2023"),
    (
        "The company disclosed that it lost $5 million in the fourth quarter.",
        "disclosed",
        "lost",
        "2025-Q4",
    ),
    ("Officials warned that the levee had cracked on Sunday.", "warned", "cracked", "2026-03-01"),
    ("Auditors discovered that the money vanished in March.", "discovered", "vanished", "2026-03"),
    ("The firm denied that it dumped waste in June.", "denied", "dumped", "2025-06"),
    (
        "Engineers established that the bridge cracked in January.",
        "established",
        "cracked",
        "2026-01",
    ),
    ("Tests proved that the water was poisoned in February.", "proved", "poisoned", "2026-02"),
    ("The data showed that exports fell in January.", "showed", "fell", "2026-01"),
    ("An investigation found that the plant leaked gas in 2024.", "found", "leaked", "2024"),
    ("Emails showed that the chief knew of the flaw in 2021.", "showed", "knew", "2021"),
    ("The inquiry heard that the alarm failed on Monday.", "heard", "failed", "2026-03-02"),
    ("Critics complained that the rules changed in 2022.", "complained", "changed", "2022"),
    ("Reporters learned that the minister resigned in 2019.", "learned", "resigned", "2019"),
    ("Residents feared that the dam would burst on Sunday.", "feared", "burst", "2026-03-08"),
    ("Investors realised that the fund collapsed in 2022.", "realised", "collapsed", "2022"),
    ("Lawyers argued that the contract expired in 2023.", "argued", "expired", "2023"),
]

# (text, the verb, its time): a date of its own, or one set before it
OWN = [
    ("The company disclosed on Monday that it lost $5 million.", "disclosed", "2026-03-02"),
    ("On Friday, the study found that deaths rose.", "found", "2026-03-06"),
    ("The firm denied on Tuesday that it dumped waste.", "denied", "2026-03-03"),
]


@pytest.mark.parametrize(("text", "verb", "event", "value"), CLAUSES)
def test_a_clauses_date_is_its_events_only(text: str, verb: str, event: str, value: str) -> None:
    assert time_of(text, event, PUBLISHED) == value
    assert time_of(text, verb, PUBLISHED) is None


@pytest.mark.parametrize(("text", "verb", "value"), OWN)
def test_a_verbs_own_date_stays(text: str, verb: str, value: str) -> None:
    assert time_of(text, verb, PUBLISHED) == value
