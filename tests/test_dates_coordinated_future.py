"""A verb joined to one told as to come shares its tense for its day (issue 25, dates).

"Ministers will meet on Monday and vote on Tuesday" (published on a Friday) put the vote
on the Tuesday gone: the second verb, a bare "vote" with no auxiliary of its own, told
no tense, and its weekday was read nearest the publication day. A base-form verb
coordinated with another takes that verb's auxiliaries ("will", "may", "would",
"should", "can"), as English leaves them out after "and"; both days lie ahead. Not a
"to" ("decided to meet on Monday and vote on Tuesday" may be done by publication), and
verbs in the past keep their own tense ("met on Monday and voted on Tuesday").

Capability table of invented sentences, published 2026-03-06 (a Friday); before the rule
13 of the 15 failed, and the 3 in the past passed.
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2026-03-06"

# (text, the second weekday's value)
AHEAD = [
    ("Ministers will meet on Monday and vote on Tuesday.", "2026-03-10"),
    ("The team will fly to Rome on Sunday and play on Wednesday.", "2026-03-11"),
    ("Leaders will arrive on Sunday and sign the deal on Tuesday.", "2026-03-10"),
    ("The court may rule on Monday and sentence him on Wednesday.", "2026-03-11"),
    ("She will visit Paris on Monday and travel to Rome on Wednesday.", "2026-03-11"),
    ("Officials will open the bridge on Saturday and close the old one on Tuesday.", "2026-03-10"),
    ("The firm will report results on Tuesday and hold a call on Wednesday.", "2026-03-11"),
    ("The president will land on Sunday and meet the king on Thursday.", "2026-03-12"),
    ("The board should meet on Monday and approve the deal on Wednesday.", "2026-03-11"),
    ("Rescuers would search the lake on Sunday and drain it on Tuesday.", "2026-03-10"),
    ("Workers will stop work on Monday and rally on Tuesday.", "2026-03-10"),
    ("The union will strike on Monday and march on Thursday.", "2026-03-12"),
    (
        "Inspectors will visit the site on Monday, test the water on Tuesday and report on "
        "Thursday.",
        "2026-03-12",
    ),
    (
        "The league will hold a hearing on Tuesday and announce its ruling on Thursday.",
        "2026-03-12",
    ),
    ("Voters can register until Monday and cast ballots on Sunday.", "2026-03-08"),
]

# Verbs in the past: (text, the second weekday's value)
PAST = [
    ("Ministers met on Monday and voted on Tuesday.", "2026-03-03"),
    ("The team flew to Rome on Sunday and played on Wednesday.", "2026-03-04"),
    ("Police arrested him on Monday and charged him on Tuesday.", "2026-03-03"),
]


@pytest.mark.parametrize(("text", "value"), AHEAD + PAST)
def test_a_coordinated_verbs_day(text: str, value: str) -> None:
    doc = briefx.extract(text, published=PUBLISHED)
    assert doc.dates[-1].value == value, doc.dates


def test_a_to_infinitive_lends_its_verb_no_tense() -> None:
    # Told on a Friday: the Tuesday may be gone; nothing says the vote is still to come.
    doc = briefx.extract(
        "The council decided to meet on Monday and vote on Tuesday.", published=PUBLISHED
    )
    assert doc.dates[-1].value == "2026-03-03", doc.dates
