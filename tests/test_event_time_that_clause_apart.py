"""A date in a "that" clause of a verb coordinated after an act is the clause's, not the
act's (issue 25, rule 2).

"The minister resigned and admitted that she had lied in 2019" put the resignation in
2019, and "Forecasters expect the heat to ease, but warn that storms could arrive later
this month" put the easing in the month's last days: a date of the sentence that the
parse hung on no event of the act's own line was lent to it as a nearby date. A date
inside the "that" clause (``ccomp``) of a verb coordinated after the act belongs to that
clause, which tells another event; the act keeps only a date of its own line.

Capability table of invented sentences, published 2025-11-18 (a Tuesday); counts of the
failing rows before the rule are in the commit message.
"""

from __future__ import annotations

import pytest

from tests.event_times import frames_of

PUBLISHED = "2025-11-18"

# (sentence, the act, the clause's verb, the clause's date)
APART = [
    ("The minister resigned and admitted that she had lied in 2019.", "resigned", "lied", "2019"),
    (
        "The regulator fined the airline and ruled that it had misled passengers in 2023.",
        "fined",
        "misled",
        "2023",
    ),
    (
        "Forecasters expect the heat to ease, but warn that storms could arrive later this month.",
        "ease",
        "arrive",
        "2025-11",
    ),
    (
        "The senator quit and confessed that he had taken bribes in 2021.",
        "quit",
        "taken",
        "2021",
    ),
    (
        "The firm recalled the cars and conceded that it had known of the fault in 2022.",
        "recalled",
        "known",
        "2022",
    ),
    (
        "Police released the suspect and said later that he had fled the country in March.",
        "released",
        "fled",
        "2025-03",
    ),
    (
        "The coach apologised and admitted that his team had cheated in 2018.",
        "apologised",
        "cheated",
        "2018",
    ),
    (
        "The court freed the journalist and found that police had beaten him in May.",
        "freed",
        "beaten",
        "2025-05",
    ),
    (
        "The council scrapped the plan and warned that the bridge could close in January.",
        "scrapped",
        "close",
        "2026-01",
    ),
    (
        "The airline cancelled 40 flights and warned that pilots would strike in December.",
        "cancelled",
        "strike",
        "2025-12",
    ),
    (
        "The bank kept its rate at 4% and signalled that it could cut it in February.",
        "kept",
        "cut",
        "2026-02",
    ),
    (
        "The club sold its striker and revealed that he had broken his contract in August.",
        "sold",
        "broken",
        "2025-08",
    ),
    (
        "Auditors resigned and reported that the firm had inflated its profits in 2020.",
        "resigned",
        "inflated",
        "2020",
    ),
    (
        "The mayor cut the ribbon and promised that a second bridge would open in 2027.",
        "cut",
        "open",
        "2027",
    ),
    (
        "The league fined the club and ruled that fans had thrown flares in October.",
        "fined",
        "thrown",
        "2025-10",
    ),
    (
        "The ministry recalled the vaccine and confirmed that a batch had spoiled in June.",
        "recalled",
        "spoiled",
        "2025-06",
    ),
]

# (sentence, the act, its own date): a date of the act's own line stays
OWN = [
    ("The minister resigned on Monday and admitted that she had lied.", "resigned", "2025-11-17"),
    ("The firm cut its forecast on Friday and warned that sales would fall.", "cut", "2025-11-14"),
    ("The regulator fined the airline in March and ruled that it had misled.", "fined", "2025-03"),
]


def _value(frame):
    return frame.time.value if frame.time is not None else None


@pytest.mark.parametrize(("text", "act", "clause", "value"), APART, ids=[r[1] for r in APART])
def test_a_date_of_a_that_clause_coordinated_after_is_not_the_acts(text, act, clause, value):
    frames = frames_of(text, PUBLISHED)
    assert _value(frames[act]) is None
    assert _value(frames[clause]) == value


@pytest.mark.parametrize(("text", "act", "value"), OWN, ids=[r[1] for r in OWN])
def test_a_date_of_the_acts_own_line_stays(text, act, value):
    assert _value(frames_of(text, PUBLISHED)[act]) == value
