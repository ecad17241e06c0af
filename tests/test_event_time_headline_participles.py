"""A headline's participle clause happens with the headline's verb (issue 25, rules 2 and
4): in "Floods sweep northern province, killing nine" the killing is as recent as the
sweeping, at publication, as "struck on Sunday, killing 14" takes Sunday in the body. Only
the headline's present reads so; in the body a participle takes its verb's own date.
Capability table of invented headlines (published 2025-11-18, a Tuesday), each over a
sentence of its own."""

from __future__ import annotations

import pytest

from tests.event_times import assert_at_publication, time_of

BODY = "\n\nOfficials said the toll could rise."

PARSER = "the small parser reads the participle as a modifier: no frame"

# (headline, its participle)
HEADLINES = [
    ("Floods sweep northern province, killing nine", "killing"),
    ("Quake rocks Peru, leaving thousands homeless", "leaving"),
    ("Rebels seize border town, forcing hundreds to flee", "forcing"),
    ("Storm batters coast, cutting power to 50,000", "cutting"),
    ("Fire tears through market, destroying 200 stalls", "destroying"),
    ("Airline cancels 300 flights, stranding travellers", "stranding"),
    ("Police raid party offices, seizing documents", "seizing"),
    ("Court frees activist, ending two-year ordeal", "ending"),
    ("Shares slump, wiping $40 billion off market value", "wiping"),
    pytest.param(
        "Miners strike, halting output at three pits",
        "halting",
        marks=pytest.mark.xfail(reason=PARSER, strict=True),
    ),
    # Read again with its verb (briefx.text.headline_verbs): "buries" was a noun.
    ("Mudslide buries village, trapping dozens", "trapping"),
    ("Parliament passes budget, clearing way for loans", "clearing"),
    ("Train derails in Alps, injuring 12", "injuring"),
    ("Government collapses, triggering snap election", "triggering"),
    ("Typhoon pounds Luzon, displacing 40,000", "displacing"),
]


@pytest.mark.parametrize(("headline", "word"), HEADLINES)
def test_a_headline_participle_happens_with_its_verb(headline: str, word: str) -> None:
    assert_at_publication(headline + BODY, word, "past")


def test_a_participle_in_the_body_takes_its_verbs_date() -> None:
    text = "Rain floods towns\n\nTorrential rain flooded towns on Sunday, killing nine."
    assert time_of(text, "killing") == "2025-11-16"
