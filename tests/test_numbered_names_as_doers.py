"""Names that hold a number are whole when they are the doer: capability table.

"The Russell 2000 rose 2.5%": the parse can hang the number on the name as an apposition,
and an argument's phrase stops at an apposition ("Orla Brandt, the mayor"). A number
written right after the name, with no comma, is part of it."""

from __future__ import annotations

import pytest

import briefx

# (sentence, event word, the agent's text)
NUMBERED_DOERS = [
    ("The Russell 2000 rose 2.5% on Thursday.", "rose", "The Russell 2000"),
    ("The FTSE 100 closed 0.4% lower on Friday.", "closed", "The FTSE 100"),
    ("The S&P 500 gained 1.4% after the report.", "gained", "The S&P 500"),
    ("The Nikkei 225 slipped in early trading.", "slipped", "The Nikkei 225"),
    (
        "The Dow Jones Transport Average sank 300 points.",
        "sank",
        "The Dow Jones Transport Average",
    ),
    ("The CAC 40 ended the week higher.", "ended", "The CAC 40"),
    ("The DAX 40 hit a record on Monday.", "hit", "The DAX 40"),
    pytest.param(
        "The Stoxx 600 lost ground for a third day.",
        "lost",
        "The Stoxx 600",
        marks=pytest.mark.xfail(strict=True, reason="model: 'The' parsed as the object"),
    ),
    ("The Nasdaq 100 jumped 2% on Wednesday.", "jumped", "The Nasdaq 100"),
    ("The IBEX 35 dropped 1.2% in Madrid.", "dropped", "The IBEX 35"),
    ("The ASX 200 rebounded after two losing sessions.", "rebounded", "The ASX 200"),
    ("The Sensex 30 climbed to a new high.", "climbed", "The Sensex 30"),
    ("Apollo 11 landed on the Moon in 1969.", "landed", "Apollo 11"),
    ("The Boeing 737 resumed flights in March.", "resumed", "The Boeing 737"),
    ("Formula 1 returned to the desert circuit.", "returned", "Formula 1"),
    ("The Hang Seng fell 1.5%, the Kospi 200 rose 0.3%.", "fell", "The Hang Seng"),
    ("Orla Brandt, 54, resigned on Monday.", "resigned", "Orla Brandt"),
]


@pytest.mark.parametrize(("text", "trigger", "agent"), NUMBERED_DOERS)
def test_a_name_with_a_number_is_a_whole_doer(text: str, trigger: str, agent: str) -> None:
    doc = briefx.extract(text, published="2026-03-02")
    frames = [e for f in doc.facts for e in f.events if e.text == trigger]
    assert frames, f"no {trigger!r} frame in {[e.text for f in doc.facts for e in f.events]}"
    assert frames[0].agent is not None and frames[0].agent.text == agent
