"""A "who" clause that picks out a person by what they did takes no date of the main
clause (issue 25, rules 2 and 5).

"A man who robbed three banks was arrested on Friday" dated the robberies Friday: a past
verb of a relative clause takes a date of its sentence the parse hung elsewhere, which
suits an aside told with commas ("hurt the index, which fell 2%, on Friday"). A
restrictive "who", "whom" or "whose" clause (no comma before it; ``person_relatives`` in
models/events/time.json) tells which person the news is about by an act of their own,
done before the news: it takes no date from the main clause, nor the scene's. A clause
with a date in it keeps it ("The minister who took office in March resigned on Monday"),
even one the parse hung elsewhere, and an aside with commas keeps the earlier rule.

Capability table of invented sentences, published 2025-12-05 (a Friday); before the rule
all 16 acts failed (15 took the main clause's date, the last the scene's), and the 5
others passed.
"""

from __future__ import annotations

import pytest

from tests.event_times import frames_of

PUBLISHED = "2025-12-05"

# (text, the act in the "who" clause): no date from the main clause
PICKED_OUT = [
    ("Two developers who paid the mayor were given suspended sentences last month.", "paid"),
    ("A driver who caused a fatal crash was jailed on Monday.", "caused"),
    ("A man who robbed three banks was arrested on Friday.", "robbed"),
    ("The nurse who raised the alarm was honoured at a ceremony on Tuesday.", "raised"),
    ("Residents who fled the flood returned home on Sunday.", "fled"),
    ("A teenager who stabbed a classmate was charged on Wednesday.", "stabbed"),
    ("The pilot who landed the damaged jet was praised by officials on Thursday.", "landed"),
    ("The hacker who stole the data was extradited to France on Monday.", "stole"),
    ("Villagers who lost their homes received aid on Tuesday.", "lost"),
    ("An officer who shot an unarmed man was suspended on Wednesday.", "shot"),
    ("The engineer who founded the firm stepped down on Monday.", "founded"),
    ("Fans who bought tickets were refunded on Wednesday.", "bought"),
    ("The woman who won the lottery gave half of it to a hospital on Tuesday.", "won"),
    ("A doctor whose patient died after surgery was struck off in October.", "died"),
    ("The referee whom the players attacked left the pitch under escort on Saturday.", "attacked"),
    (
        "Police raided a flat in Lenby on Sunday. A man who robbed three banks was arrested.",
        "robbed",
    ),
]

# (text, the word, its time value): a date of its own, or an aside with commas
KEPT = [
    ("The minister who took office in March resigned on Monday.", "took", "2025-03"),
    ("The man who was arrested on Sunday appeared in court on Monday.", "arrested", "2025-11-30"),
    ("Rebels freed the hostages, who walked to the border, on Monday.", "walked", "2025-12-01"),
    ("A man who robbed three banks was arrested on Friday.", "arrested", "2025-12-05"),
    (
        "Dozens of parents who queued outside the school gates Tuesday were turned away.",
        "queued",
        "2025-12-02",
    ),
]


@pytest.mark.parametrize(("text", "act"), PICKED_OUT)
def test_who_did_it_is_not_dated_by_the_news(text: str, act: str) -> None:
    frames = frames_of(text, PUBLISHED)
    assert act in frames, f"no frame {act!r}"
    assert frames[act].time is None, frames[act].time
    assert frames[act].when == "past"


@pytest.mark.parametrize(("text", "word", "value"), KEPT)
def test_a_date_of_its_own_or_an_aside_keeps_its_day(text: str, word: str, value: str) -> None:
    time = frames_of(text, PUBLISHED)[word].time
    assert time is not None and time.value == value, time
