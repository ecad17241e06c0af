"""A place told by a bearing from it is where the event happened (events, where): "the fire
burned 800 acres east of Denver" burned near Denver, "an earthquake struck 60 miles
southeast of Lima" struck near Lima, "rebels seized a town north of Goma" seized it near
Goma. Without it two reports of fires near two cities had no place to tell them apart.
A bearing from a price or a level is no place ("crude rose north of $90"). Capability table
of invented sentences (``bearing_words`` in models/events/words.json)."""

from __future__ import annotations

import pytest

import briefx
from tests.briefs import brief_of

# (text, event word, the name of its place or None)
TABLE = [
    ("The fire burned 800 acres east of Denver on Monday.", "burned", "Denver"),
    ("Troops clashed 20 miles north of Mosul.", "clashed", "Mosul"),
    ("A train derailed just south of Lyon.", "derailed", "Lyon"),
    ("Gunmen attacked a convoy west of Kabul.", "attacked", "Kabul"),
    ("The plane crashed 40 km northeast of Nairobi.", "crashed", "Nairobi"),
    ("An earthquake struck 60 miles southeast of Lima.", "struck", "Lima"),
    ("Storms killed three people north of Houston.", "killed", "Houston"),
    ("Militants ambushed soldiers northwest of Baghdad.", "ambushed", "Baghdad"),
    ("The wildfire forced evacuations west of Boulder.", "forced", "Boulder"),
    ("Two jets collided south of Madrid on Friday.", "collided", "Madrid"),
    ("Rebels seized a town north of Goma.", "seized", "Goma"),
    ("Shelling hit a village east of Kharkiv.", "hit", "Kharkiv"),
    ("A ferry capsized south-west of Manila.", "capsized", "Manila"),
    ("The tanker sank about 30 miles north-east of Lisbon.", "sank", "Lisbon"),
    ("Floods destroyed homes southwest of Dhaka.", "destroyed", "Dhaka"),
    ("Brent crude rose north of $90 a barrel.", "rose", None),
    ("The index climbed north of 5,000 points.", "climbed", None),
    ("The storm drifted east on Tuesday.", "drifted", None),
]


@pytest.mark.parametrize(("text", "word", "place"), TABLE)
def test_a_bearing_from_a_place_places_the_event(text: str, word: str, place: str | None) -> None:
    doc = briefx.extract(text, published="2025-11-18")
    names = {e.id: e.name for e in doc.entities}
    frames = [e for fact in doc.facts for e in fact.events if e.text == word]
    assert frames, f"no frame {word!r}"
    assert (names[frames[0].place] if frames[0].place else None) == place


# A brief's headline names such a place with its bearing, not "in": the quake did not
# strike in Lima. (first report, second report, the headline's place words)
HEADLINES = [
    (
        "An earthquake struck 60 miles southeast of Lima on Sunday.",
        "A strong earthquake struck 60 miles southeast of Lima on Sunday, officials said.",
        "struck southeast of Lima",
    ),
    (
        "Troops clashed with rebels 20 miles north-east of Mosul on Friday.",
        "Troops clashed with rebels north-east of Mosul on Friday, the army said.",
        "clashed with rebels north-east of Mosul",
    ),
    (
        "A train derailed just west of Lyon on Monday.",
        "A freight train derailed west of Lyon on Monday, the rail operator said.",
        "derailed west of Lyon",
    ),
    (
        "The minister flew to Lyon on Monday.",
        "The minister flew to Lyon on Monday, aides said.",
        "flew to Lyon",
    ),
]


@pytest.mark.parametrize(("first", "second", "words"), HEADLINES)
def test_a_headline_keeps_the_bearing(first: str, second: str, words: str) -> None:
    brief = brief_of(first, second)
    headlines = [c.headline for c in brief.fact_clusters]
    assert any(words in h for h in headlines), headlines
    assert not any(" in Lima" in h or " in Mosul" in h for h in headlines)
