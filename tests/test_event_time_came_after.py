""" "The win came three days after they were knocked out": the noun is the news, in the
scene; the clause after "after" lies apart from it (issue 25, rules 3 and 5).

A verb that only places its subject's event relative to another ("come" with "as",
"after", "amid": ``relating_verbs`` / ``relating_marks`` in models/events/words.json)
names no event, so the sentence's event is its subject noun: it took no time ("Rovers
beat Ostrava on Wednesday. The win came three days after ..."), while the event of the
"after" clause took the scene's day, the day of the win. The subject noun, naming again
the news, now takes the scene in the verb's tense; an event of an "after" or "before"
clause of such a verb (``apart_marks`` in models/events/time.json) is placed only
relative to the news and takes none, unless it has a date of its own ("after he left
Ostrava in the summer") or lies a whole length from the news ("three days after": counted
from the noun's time, tests/test_event_time_came_a_length_after.py). An "as" clause
("came as fighting eased") still lies in the scene.

Capability table of invented two-sentence stories, published 2025-12-05 (a Friday);
before the rule 16 of the 17 failed (the subject noun had no time, or no frame, and the
clause's event took the scene's day), and the "as" clause passed.
"""

from __future__ import annotations

import pytest

from tests.event_times import frames_of

PUBLISHED = "2025-12-05"

# (story, the subject noun, its time, the clause's event, its time)
CAME_AFTER = [
    (
        "Rovers beat Ostrava on Wednesday. The win came three days after they were knocked "
        "out of the title race.",
        "win",
        "2025-12-03",
        "knocked",
        "2025-11-30",
    ),
    (
        "The bank cut rates on Tuesday. The move came a week after inflation fell to 2%.",
        "move",
        "2025-12-02",
        "fell",
        "2025-11-25",
    ),
    (
        "Police arrested two men on Monday. The arrests came after a woman was robbed in the park.",
        "arrests",
        "2025-12-01",
        "robbed",
        None,
    ),
    (
        "The mayor resigned on Thursday. His resignation came two days after an audit found "
        "missing funds.",
        "resignation",
        "2025-12-04",
        "found",
        "2025-12-02",  # two days before the news (the length hung on "after")
    ),
    (
        "Rebels seized the town on Sunday. The attack came hours after talks collapsed in Geneva.",
        "attack",
        "2025-11-30",
        "collapsed",
        None,
    ),
    (
        "The union called a strike on Monday. The walkout came after pay talks broke down.",
        "walkout",
        "2025-12-01",
        "broke",
        None,
    ),
    (
        "Lenders raised mortgage rates on Tuesday. The increase came a day after the central "
        "bank lifted its main rate.",
        "increase",
        "2025-12-02",
        "lifted",
        "2025-12-01",
    ),
    (
        "Regulators ruled against the bank on Wednesday. The ruling came months after "
        "customers lost their savings.",
        "ruling",
        "2025-12-03",
        "lost",
        None,
    ),
    (
        "The firm recalled 40,000 cars on Monday. The recall came after drivers complained of "
        "brake faults.",
        "recall",
        "2025-12-01",
        "complained",
        None,
    ),
    (
        "The minister was sacked on Tuesday. The dismissal came hours after she criticised "
        "the budget.",
        "dismissal",
        "2025-12-02",
        "criticised",
        None,
    ),
    (
        "Protesters blocked the bridge on Thursday. The protest came a day after the council "
        "approved the toll.",
        "protest",
        "2025-12-04",
        "approved",
        "2025-12-03",
    ),
    (
        "A ferry sank off Lenby on Monday. The sinking came after the crew ignored a storm "
        "warning.",
        "sinking",
        "2025-12-01",
        "ignored",
        None,
    ),
    (
        "The army shelled the port on Sunday. The shelling came days after rebels attacked a "
        "convoy.",
        "shelling",
        "2025-11-30",
        "attacked",
        None,
    ),
    (
        "The council shut the library on Monday. The closure came a month after the roof leaked.",
        "closure",
        "2025-12-01",
        "leaked",
        "2025-11",  # a month before the news (the length hung on "after")
    ),
    (
        "Troops left the valley on Sunday. The pullout came before the ceasefire took hold.",
        "pullout",
        "2025-11-30",
        "ceasefire",
        None,
    ),
    # A date of its own stays; an "as" clause lies in the scene.
    (
        "The striker signed for Vell Rovers on Thursday. The move came after he left Ostrava "
        "in the summer.",
        "move",
        "2025-12-04",
        "left",
        "2025-SU",
    ),
    (
        "Talks resumed in Geneva on Tuesday. The talks came as fighting eased in the east.",
        "talks",
        "2025-12-02",
        "eased",
        "2025-12-02",
    ),
]


@pytest.mark.parametrize(("text", "noun", "noun_time", "event", "event_time"), CAME_AFTER)
def test_the_noun_is_the_news_and_the_clause_lies_apart(
    text: str, noun: str, noun_time: str, event: str, event_time: str | None
) -> None:
    frames = frames_of(text, PUBLISHED)
    assert noun in frames and event in frames, sorted(frames)
    got = frames[noun].time
    assert got is not None and got.value == noun_time, got
    got = frames[event].time
    assert (got.value if got is not None else None) == event_time, got
