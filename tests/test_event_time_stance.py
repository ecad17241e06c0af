"""When each event happened, states of mind and intentions told with a tense of their own
("wants", "knew", "expects"): capability table (invented sentences, published 2025-11-18,
a Tuesday).

TimeML counts these as events (I_STATE): "the union wants a raise" is a state that holds
now, so its frame takes the publication date; told in the past with a date, it takes that
date. Inside an infinitive ("to want") or as an aside ("the deal, I think, ...") it is no
event of its own.
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2025-11-18"


def _frames(text: str) -> dict[str, object]:
    doc = briefx.extract(text, published=PUBLISHED)
    return {e.text: e for f in doc.facts for e in f.events}


# (text, stance word, its time's value or None, when)
STATES = [
    ("The union wants a pay rise of five percent.", "wants", PUBLISHED, "ongoing"),
    ("Farmers need rain after a dry summer.", "need", PUBLISHED, "ongoing"),
    ("The minister knows about the leaked memo.", "knows", PUBLISHED, "ongoing"),
    ("Investors expect a rate cut from the central bank.", "expect", PUBLISHED, "ongoing"),
    ("Police believe the fire was started on purpose.", "believe", PUBLISHED, "ongoing"),
    ("Residents fear another flood along the river.", "fear", PUBLISHED, "ongoing"),
    ("The mayor hopes to reopen the bridge soon.", "hopes", PUBLISHED, "ongoing"),
    ("The mayor hoped in June to reopen the bridge.", "hoped", "2025-06", "past"),
    ("Doctors think the patient will recover.", "think", PUBLISHED, "ongoing"),
    ("The airline plans to cut 300 jobs.", "plans", PUBLISHED, "ongoing"),
    ("Shareholders want the board to sell the unit.", "want", PUBLISHED, "ongoing"),
    ("On Monday the coach wanted a new contract.", "wanted", "2025-11-17", "past"),
    ("Officials expected a large turnout in March.", "expected", "2025-03", "past"),
    ("In May the council planned to close two schools.", "planned", "2025-05", "past"),
    ("In 2019 the founders believed the market would grow.", "believed", "2019", "past"),
    ("Last week the regulator knew of the fault.", "knew", "2025-W46", "past"),
    ("Engineers feared in October that the dam would fail.", "feared", "2025-10", "past"),
]


@pytest.mark.parametrize(("text", "word", "value", "when"), STATES)
def test_states_of_mind_are_timed_events(text: str, word: str, value: str, when: str) -> None:
    frames = _frames(text)
    assert word in frames, f"no frame {word!r} in {list(frames)}"
    frame = frames[word]
    assert frame.time is not None and frame.time.value == value
    assert frame.when == when


# No event of its own: an infinitive, a gerund, a parenthetical aside, a habit.
NOT_EVENTS = [
    ("The firm is trying to want less from suppliers.", "want"),
    ("The deal, I think, will pass the senate.", "think"),
    ("Wanting more, the fans stayed after the match.", "Wanting"),
    ("Knowing the risk, the crew sailed on.", "Knowing"),
    ("To believe the rumour would be a mistake.", "believe"),
    ("Some of them, we believe, left on Sunday.", "believe"),
]


@pytest.mark.parametrize(("text", "word"), NOT_EVENTS)
def test_stance_without_a_tense_of_its_own_is_no_event(text: str, word: str) -> None:
    assert word not in _frames(text)
