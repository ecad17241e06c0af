"""A clause of time the parse hung on the last of two coordinated verbs dates the first
too, in a clause a report carries (event time, kind "a clause of time of coordinated
verbs").

"Ten people were killed and dozens wounded when a car bomb exploded near a police station
on Wednesday, officials said": the parser hangs the "when" clause on "wounded", the last
conjunct, and "killed" had no time. Without the report the killing took the sentence's
date as a verb of the main line; a clause a reporting verb carries takes no such date
(it might be the report's). A verb told in the past with no date takes the own date of a
clause of time (``during_marks``: "when", "while", "as") that the parse hung on a verb
coordinated after it and told in the past (``briefx.events.time._conjuncts_clause``).

Capability table of invented wire sentences, each ending with the report, published
2025-11-20 (a Thursday): before the change all 16 first verbs had no time; 6 still have
none, where the parse gives the sentence another shape.
"""

from __future__ import annotations

import pytest

from tests.event_times import times_of

PUBLISHED = "2025-11-20"

PARSE_MODIFIER = "the parse reads the clause's verb as a modifier of its subject"
TWO_COMPLEMENTS = "the parse makes the two clauses two complements of the report"
PARSE_PREPOSITION = "the parse reads 'as' as a preposition"
AFTER_PLACES = "an 'after' clause places the acts; it is no clause of time they share"
DATE_ON_A_NOUN = "the date hangs on a noun of the clause, not on its verb"

# (text, the first of the coordinated verbs, its time's value)
ROWS = [
    (
        "Ten people were killed and dozens wounded when a car bomb exploded near a "
        "police station in the city of Dalvar on Wednesday, officials said.",
        "killed",
        "2025-11-19",
    ),
    pytest.param(
        "Two people died and five were hurt when a bus overturned on a mountain road "
        "on Monday, officials said.",
        "died",
        "2025-11-17",
        marks=pytest.mark.xfail(strict=True, reason=PARSE_MODIFIER),
    ),
    (
        "Four miners were trapped and one was killed when a tunnel collapsed at the "
        "Orvik mine on Tuesday, officials said.",
        "trapped",
        "2025-11-18",
    ),
    (
        "Hundreds fled and three drowned when the river burst its banks on Sunday, officials said.",
        "fled",
        "2025-11-16",
    ),
    (
        "Six houses were destroyed and roads were cut when a landslide struck the "
        "village on Saturday, officials said.",
        "destroyed",
        "2025-11-15",
    ),
    pytest.param(
        "A guard was shot and a teller was injured when robbers stormed the bank in "
        "Vell on Friday, officials said.",
        "shot",
        "2025-11-14",
        marks=pytest.mark.xfail(strict=True, reason=TWO_COMPLEMENTS),
    ),
    (
        "Power was lost and trains stopped when a storm hit the capital on Wednesday, "
        "officials said.",
        "lost",
        "2025-11-19",
    ),
    pytest.param(
        "Three climbers died and two were rescued as an avalanche swept the slope on "
        "Tuesday, officials said.",
        "died",
        "2025-11-18",
        marks=pytest.mark.xfail(strict=True, reason=PARSE_PREPOSITION),
    ),
    (
        "Windows shattered and walls cracked when the quake struck at dawn on Monday, "
        "officials said.",
        "shattered",
        "2025-11-17",
    ),
    pytest.param(
        "Twelve sailors were missing and four were saved after their trawler sank in a "
        "storm on Sunday, officials said.",
        "missing",
        "2025-11-16",
        marks=pytest.mark.xfail(strict=True, reason=AFTER_PLACES),
    ),
    (
        "The plant closed and 300 workers lost their jobs when the owner went bankrupt "
        "in March, officials said.",
        "closed",
        "2025-03",
    ),
    (
        "Fans cheered and players wept when the final whistle blew on Saturday, officials said.",
        "cheered",
        "2025-11-15",
    ),
    pytest.param(
        "Two officers were hurt and a car was burned while protesters clashed with "
        "police on Friday, officials said.",
        "hurt",
        "2025-11-14",
        marks=pytest.mark.xfail(strict=True, reason=TWO_COMPLEMENTS),
    ),
    (
        "Flights were grounded and schools shut as the blizzard hit the region on "
        "Tuesday, officials said.",
        "grounded",
        "2025-11-18",
    ),
    (
        "Prices jumped and shoppers panicked when the currency collapsed in October, "
        "officials said.",
        "jumped",
        "2025-10",
    ),
    pytest.param(
        "One firefighter died and three were injured when a roof fell in during the "
        "blaze on Wednesday, officials said.",
        "died",
        "2025-11-19",
        marks=pytest.mark.xfail(strict=True, reason=DATE_ON_A_NOUN),
    ),
]


@pytest.mark.parametrize(("text", "verb", "value"), ROWS)
def test_the_first_conjunct_shares_the_clause_of_time(text: str, verb: str, value: str) -> None:
    assert times_of(text, PUBLISHED).get(verb) == value
