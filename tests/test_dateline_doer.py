"""A dateline is not the doer: capability table of invented wire openings.

"LIMA (Wire) — Miners blocked a highway": the parse can take the dateline's place as a
second subject of the first verb. The frame's agent is the sentence's own subject, and
the dateline's place stays a place."""

from __future__ import annotations

import pytest

import briefx

# (opening of a report, event word, the agent's text)
DATELINE_OPENINGS = [
    ("SAN DIEGO (Wire) — U.S. shares slipped on Friday.", "slipped", "U.S. shares"),
    ("LIMA (Wire) — Miners blocked a highway on Monday.", "blocked", "Miners"),
    ("OSLO (Newswire) - The central bank raised rates.", "raised", "The central bank"),
    ("NAIROBI, Kenya (Wire) — Floods displaced 3,000 families.", "displaced", "Floods"),
    ("BERLIN — Workers walked off the job at two plants.", "walked", "Workers"),
    ("MANILA (Agency) — A ferry sank near the coast.", "sank", "A ferry"),
    ("CHICAGO (Wire) — Teachers ended their strike.", "ended", "Teachers"),
    ("QUITO, Ecuador — Protesters occupied the square.", "occupied", "Protesters"),
    ("SEOUL (Wire) — The opposition won the vote.", "won", "The opposition"),
    ("HOUSTON (Wire) — Oil prices climbed 2% on Tuesday.", "climbed", "Oil prices"),
    ("DUBLIN (Agency) — Lawmakers approved the budget.", "approved", "Lawmakers"),
    ("ACCRA (Wire) — The president fired his finance minister.", "fired", "The president"),
    ("TORONTO (Wire) — Police arrested two men after the raid.", "arrested", "Police"),
    ("SANTIAGO (Wire) — Firefighters rescued four climbers.", "rescued", "Firefighters"),
    ("HANOI (Agency) — Exporters shipped more rice in May.", "shipped", "Exporters"),
    ("ATHENS (Wire) — Farmers blocked roads with tractors.", "blocked", "Farmers"),
    ("Denver (Wire) — Voters rejected the tax.", "rejected", "Voters"),
]


@pytest.mark.parametrize(("text", "trigger", "agent"), DATELINE_OPENINGS)
def test_a_dateline_is_not_the_agent(nlp, text, trigger, agent) -> None:
    doc = briefx.extract(text, published="2026-03-02")
    frames = [e for f in doc.facts for e in f.events if e.text == trigger]
    assert frames, f"no {trigger!r} frame in {[e.text for f in doc.facts for e in f.events]}"
    assert frames[0].agent is not None
    assert frames[0].agent.text == agent
    place = text.split(" (")[0].split(" —")[0].split(",")[0]
    assert all(e.type == "PLACE" for e in doc.entities if any(m.text == place for m in e.mentions))


def test_a_spaced_hyphen_inside_a_phrase_is_kept(nlp) -> None:
    """Text tokenised with spaces ("a 30 - day stint") keeps the hyphen in the phrase."""
    doc = briefx.extract(
        "The court - ordered 30 - day program began on Monday.", published="2026-03-02"
    )
    began = next(e for f in doc.facts for e in f.events if e.text == "began")
    assert began.agent is not None
    assert began.agent.text == "The court - ordered 30 - day program"


# Openings that look like datelines and are not: the subject stays.
NOT_DATELINES = [
    ("Mayor Ruth Oduya — a former nurse — resigned on Friday.", "resigned", "Mayor Ruth Oduya"),
    (
        "Workers at the ACME plant — some 300 people — walked out.",
        "walked",
        "Workers at the ACME plant",
    ),
    ("NATO ministers agreed on the plan.", "agreed", "NATO ministers"),
]


@pytest.mark.parametrize(("text", "trigger", "agent"), NOT_DATELINES)
def test_a_dash_without_a_dateline_keeps_the_subject(nlp, text, trigger, agent) -> None:
    doc = briefx.extract(text, published="2026-03-02")
    frame = next(e for f in doc.facts for e in f.events if e.text == trigger)
    assert frame.agent is not None
    assert frame.agent.text == agent


def test_an_argument_inside_a_dateline_like_opening_keeps_its_words(nlp) -> None:
    """A results line ("Team ( X ) - Team ( ... )") looks like a dateline; an argument
    that lies in it keeps its own words (the phrase never starts after its head)."""
    text = "FOOTBALL -\nOlimpija ( L ) - Rudar ( to be replayed on Friday ) .\nRudar won the cup."
    doc = briefx.extract(text, published="2026-03-02")
    assert isinstance(doc, briefx.Document)
    for fact in doc.facts:
        for frame in fact.events:
            for arg in (frame.agent, frame.patient):
                if arg is not None:
                    assert arg.text and text[arg.start : arg.end] == arg.text
