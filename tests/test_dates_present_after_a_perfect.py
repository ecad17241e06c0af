"""A base-form verb joined to a perfect keeps a present of its own (issue 25, dates).

"Unions have warned of job cuts and plan a protest on Tuesday" (published on a
Wednesday) put the protest on the Tuesday gone: the bare "plan" was read as sharing the
"have" of "have warned", a perfect, so its weekday was looked for behind. English shares
an auxiliary after "and" only with a verb in the form it governs: "will meet and vote",
"may rule and sentence" (a base form), "have arrested and charged" (a participle). A
verb the tagger reads as a base form after a perfect or a past is a plain present with
the first verb's subject ("the club has trained all week and play the final on
Sunday"); its day lies ahead as a present's does. Conjuncts the tagger reads as a past or
a participle ("have closed the road and shut the bridge on Monday") stay behind.

Capability table of invented sentences, published 2026-03-04 (a Wednesday); before the
rule 8 of the 17 days ahead failed, and the 3 frames; after, 1 (xfail: a misparse).
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2026-03-04"

# (text, the last date's value): a present after a perfect or a past looks ahead
AHEAD = [
    (
        "Unions have warned of job cuts and plan a protest outside the bank on Tuesday.",
        "2026-03-10",
    ),
    pytest.param(
        "The rebels have seized the airport and vow to march on the capital on Saturday.",
        "2026-03-07",
        marks=pytest.mark.xfail(strict=True, reason="the parse reads 'vow' and 'march' as nouns"),
    ),
    ("The senators have drafted a bill and plan a vote on Tuesday.", "2026-03-10"),
    ("Workers have occupied the plant and threaten a wider strike on Monday.", "2026-03-09"),
    ("The team has trained all week and play the final on Sunday.", "2026-03-08"),
    ("Nurses have rejected the pay offer and intend to strike on Monday.", "2026-03-09"),
    ("Police have arrested two men and expect to charge them on Friday.", "2026-03-06"),
    ("Farmers have blocked the roads and promise further action on Thursday.", "2026-03-05"),
    ("The two sides have exchanged drafts and hope to sign a deal on Sunday.", "2026-03-08"),
    ("Engineers have repaired the main pipe and aim to restore water on Friday.", "2026-03-06"),
    ("Organisers have sold 20,000 tickets and expect a full stadium on Saturday.", "2026-03-07"),
    ("Regulators have opened an inquiry and want answers by Friday.", "2026-03-06"),
    ("Investigators have recovered the recorder and hope to read it on Friday.", "2026-03-06"),
    ("Dockers have walked out and meet the port's owners on Monday.", "2026-03-09"),
    ("Both parties have picked their leaders and face the voters on Sunday.", "2026-03-08"),
    ("The players are resting today and travel to Milan on Saturday.", "2026-03-07"),
    pytest.param(
        "Workers walked out last week and plan another strike on Friday.",
        "2026-03-06",
        marks=pytest.mark.xfail(
            strict=True,
            reason="a base form after a bare past is also a list the parse cut: left",
        ),
    ),
]

# (text, the last date's value): a past or a participle after "have" stays behind
BEHIND = [
    ("Police have closed the road and shut the bridge on Monday.", "2026-03-02"),
    ("Rebels have taken the town and set fire to the market on Sunday.", "2026-03-01"),
    ("Troops have crossed the river and begun an assault on Tuesday.", "2026-03-03"),
    ("Police arrested him on Monday and charged him on Tuesday.", "2026-03-03"),
]

# (text, the last date's value): an auxiliary a base form shares looks ahead as before
SHARED = [
    ("Ministers will meet on Monday and vote on Tuesday.", "2026-03-10"),
    ("The court may rule on Monday and sentence him on Thursday.", "2026-03-05"),
]


@pytest.mark.parametrize(("text", "value"), AHEAD + BEHIND + SHARED)
def test_the_day_of_a_coordinated_verb(text: str, value: str) -> None:
    doc = briefx.extract(text, published=PUBLISHED)
    assert doc.dates[-1].value == value, doc.dates


# (text, the coordinated verb, its frame's "when" relative to publication)
FRAMES = [
    ("The senators have drafted a bill and plan a vote on Tuesday.", "vote", "future"),
    ("The team has trained all week and play the final on Sunday.", "play", "future"),
    ("Dockers have walked out and meet the port's owners on Monday.", "meet", "future"),
]


@pytest.mark.parametrize(("text", "word", "when"), FRAMES)
def test_the_frame_of_a_coordinated_present(text: str, word: str, when: str) -> None:
    doc = briefx.extract(text, published=PUBLISHED)
    frames = [f for fact in doc.facts for f in fact.events if f.text == word]
    assert frames, [f.text for fact in doc.facts for f in fact.events]
    assert frames[0].when == when, frames[0]
    assert frames[0].time is not None and frames[0].time.value == doc.dates[-1].value
