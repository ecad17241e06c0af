"""When each event happened: a clause of time or condition under a verb to come (issue
25, "when"): capability table of invented sentences (published 2025-11-18).

English tells the future in the present after "when", "once", "until", "after", "before",
"as soon as" and "if" under a verb to come: "The bridge will reopen when repairs are
finished" is told as future, not ongoing. Under a past or present main verb the clause
keeps its own tense.
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2025-11-18"

# (text, the event of the clause)
AHEAD = [
    ("Her deputy will join the board once the merger is completed.", "completed"),
    ("The bridge will reopen when repairs are finished.", "finished"),
    ("Talks will resume after the holiday ends.", "ends"),
    ("The plant will stay shut until inspectors approve the repairs.", "approve"),
    ("Prices will fall as soon as the harvest starts.", "starts"),
    ("The court will rule before voters cast their ballots.", "cast"),
    ("The team will travel to Madrid once the season ends.", "ends"),
    ("The company will cut jobs when the contract expires.", "expires"),
    ("Residents will return home after the water recedes.", "recedes"),
    ("The museum will reopen once the roof is repaired.", "repaired"),
    ("Rescuers will resume the search when the storm passes.", "passes"),
    ("The union is going to strike if talks collapse.", "collapse"),
    ("The ban will stay in place until the virus disappears.", "disappears"),
    ("Voters will decide after the candidates debate.", "debate"),
    ("The firm will pay a dividend once profits recover.", "recover"),
    ("Schools will close before the storm arrives.", "arrives"),
    ("The minister will visit the region after the rain stops.", "stops"),
]

# (text, the event of the clause, its when)
NOT_AHEAD = [
    ("The bridge reopened when repairs were finished.", "finished", "past"),
    ("The team travelled to Madrid once the season ended.", "ended", "past"),
    ("Residents returned home after the water receded.", "receded", "past"),
    ("The plant stayed shut until inspectors approved the repairs.", "approved", "past"),
]


def _when(text: str, word: str) -> str:
    doc = briefx.extract(text, published=PUBLISHED)
    frames = [e for f in doc.facts for e in f.events if e.text == word]
    assert frames, f"no frame {word!r}"
    return frames[0].when


@pytest.mark.parametrize(("text", "word"), AHEAD)
def test_a_clause_of_time_under_a_verb_to_come_is_to_come(text: str, word: str) -> None:
    assert _when(text, word) == "future"


@pytest.mark.parametrize(("text", "word", "when"), NOT_AHEAD)
def test_a_clause_of_time_under_a_past_verb_keeps_its_tense(
    text: str, word: str, when: str
) -> None:
    assert _when(text, word) == when
