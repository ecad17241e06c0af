"""A town the report calls a settlement is that place where it is named again after a
word of place or of going (fresh news: a town as an organisation).

"about 30 km west of the town of Brenvik ... a collapsed school in Brenvik" read the
second Brenvik as an organisation, and across two reports the town became one. A name
the same report calls a settlement ("the town of", "the capital, ...";
``settlement_nouns``) or gives in its dateline, read as an organisation or a person right
after a preposition of place (``town_preps``: "in", "near", "from") or a verb of going
(``travel_verbs``: "visited"), is that place, as a known place there already was. A
company's name after such a word stays. Capability table of invented reports, published
2025-11-18; 6 of the 15 failed before, two still do (strict xfails).
"""

from __future__ import annotations

import pytest

import briefx

# (text, the name)
AGAIN = [
    ("The quake struck west of the town of Brenvik. A school in Brenvik collapsed.", "Brenvik"),
    (
        "BRENVIK, Tavria -- The quake struck before dawn. The president visited Brenvik"
        " on Thursday.",
        "Brenvik",
    ),
    ("Floods hit the village of Orsa on Monday. Rescuers in Orsa found two men.", "Orsa"),
    ("The port of Skarvik closed. Ferries from Skarvik were cancelled.", "Skarvik"),
    ("Troops reached the town of Pellin. Fighting in Pellin went on all night.", "Pellin"),
    pytest.param(
        "The mining town of Dresk lost power. The minister visited Dresk on Friday.",
        "Dresk",
        marks=pytest.mark.xfail(strict=True, reason="the model tags no first mention: no place"),
    ),
    ("Fire swept the hamlet of Tavik. Families near Tavik were moved.", "Tavik"),
    ("The island of Holmsey was cut off. Boats from Holmsey could not sail.", "Holmsey"),
    ("The city of Varnholt voted on Sunday. Turnout in Varnholt was high.", "Varnholt"),
    pytest.param(
        "Snow blocked roads around the town of Elsby. Schools in Elsby shut.",
        "Elsby",
        marks=pytest.mark.xfail(strict=True, reason="the model tags no first mention: no place"),
    ),
    ("The district of Korrin flooded. Aid reached Korrin on Tuesday.", "Korrin"),
    ("The village of Tessby lost its bridge. Children from Tessby walked to school.", "Tessby"),
    ("The town of Alvsby held a vote. Shops in Alvsby closed early.", "Alvsby"),
    ("Wildfires neared the town of Brisk. Residents in Brisk were told to leave.", "Brisk"),
    ("The port of Maldby reopened. Trucks from Maldby queued for hours.", "Maldby"),
]


@pytest.mark.parametrize(("text", "name"), AGAIN)
def test_a_town_named_again_is_the_town(text: str, name: str) -> None:
    doc = briefx.extract(text, published="2025-11-18")
    kinds = {e.type for e in doc.entities for m in e.mentions if m.text.title() == name}
    assert kinds == {"PLACE"}, [(m.text, e.type) for e in doc.entities for m in e.mentions]


def test_a_company_after_in_stays_a_company() -> None:
    doc = briefx.extract(
        "Corvane Systems cut jobs. Shares in Corvane fell 4%.", published="2025-11-18"
    )
    assert {e.type for e in doc.entities for m in e.mentions if m.text == "Corvane"} == {"ORG"}
