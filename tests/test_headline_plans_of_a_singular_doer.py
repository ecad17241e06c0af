"""A headline's plan hung on a singular noun or a name the tagger read as one (issue 25,
"when"): capability table of invented headlines over a one-line story, published
2025-11-18.

"Pope to visit Iraq" is a plan: a "to" infinitive that no finite verb governs, hanging
off the name at the root, whose doer it is (``briefx.events.words.is_headline_plan``).
The parser hangs the infinitive off a singular noun too ("Regulator to probe bank fees",
"Coach to step down at end of season"), off a new firm's name it tags as a common noun
("Veltrix to build chip plant"), and by other links (a clause of purpose, a complement):
those plans were told as done in the past. Any noun at the root of a headline with no
verb names the doer of its "to" infinitive, whichever link the parser chose.
"""

from __future__ import annotations

import pytest

import briefx

# (headline, the planned event, its doer)
PLANS = [
    ("Veltrix to build $4 billion chip plant in Arizona", "build", "Veltrix"),
    ("Regulator to probe bank fees", "probe", "Regulator"),
    ("Coach to step down at end of season", "step", "Coach"),
    ("Startup to list shares in London", "list", "Startup"),
    ("Airline to scrap flights to Cairo", "scrap", "Airline"),
    ("Brightwell to buy rival in $2 billion deal", "buy", "Brightwell"),
    ("Hospital to cut waiting lists with new clinic", "cut", "Hospital"),
    ("Insurer to pay storm claims within a month", "pay", "Insurer"),
    ("Museum to return looted bronzes to Benin", "return", "Museum"),
    ("Carmaker to recall 40,000 vans over brake fault", "recall", "Carmaker"),
    ("Mayor to seek third term", "seek", "Mayor"),
    ("Broadcaster to axe 300 jobs", "axe", "Broadcaster"),
    ("Senator to run for governor", "run", "Senator"),
    ("Refinery to restart after fire", "restart", "Refinery"),
    ("Kelvane to open plant in Ohio", "open", "Kelvane"),
    ("Pope to visit Iraq", "visit", "Pope"),
]

STORY = "\n\nLONDON, Nov 18 - The news came on Tuesday."


@pytest.mark.parametrize(("headline", "word", "doer"), PLANS)
def test_the_headline_infinitive_is_a_plan(headline: str, word: str, doer: str) -> None:
    doc = briefx.extract(headline + STORY, published="2025-11-18")
    frames = {e.text: e for f in doc.facts if f.sentence == 0 for e in f.events}
    assert word in frames, f"no frame {word!r}"
    frame = frames[word]
    assert (frame.modality, frame.when) == ("planned", "future")
    assert frame.agent is not None and frame.agent.text == doer
