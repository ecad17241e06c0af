"""The dateline's place owning what follows is that place (issue 25, fresh news).

"VESSLING, Norland (Harbour Post) - Norland's prime minister resigned": the model read
the second "Norland" as an organisation, and the report had a place and an organisation
of one name. A name the dateline gives as a place, read again as an organisation right
before "'s", is the place, unless a player or coach of a team follows (``team_roles``:
"Halden's striker" is the club's), or the report has results lines (in a report of
matches, "Texas's lead over Seattle" is the team's). Capability table of invented
openings, published 2025-11-18; 4 of the 18 failed before the rule.
"""

from __future__ import annotations

import pytest

import briefx

# (text, the name) : every mention of the name is one place.
OWNERS = [
    "VESSLING, Norland (Harbour Post) - Norland's prime minister resigned on Thursday.",
    "OSTRAVIK, Norland (NRW) -- Edda Marsk stepped down as Norland's prime minister.",
    "KORVA, Estland (Wire) - Estland's economy shrank in the third quarter.",
    "KESSEL, Valdoria (Wire) - Valdoria's central bank raised rates on Tuesday.",
    "TARNO, Estmark (Post) - Estmark's parliament approved the budget on Monday.",
    "BRASK, Ostmere (Wire) - Ostmere's army said it had repelled an attack.",
    "VELL, Quandor (Agency) - Quandor's finance minister resigned on Friday.",
    "SKARVIK (Wire) - Skarvik's mayor closed the harbour on Sunday.",
    "ORVIK, Lindmark (News) - Lindmark's largest bank cut 900 jobs.",
    "HALDEN, Norvia (Wire) - Norvia's government fell on Tuesday.",
    "PELLA, Sarvonia (Post) - Sarvonia's president called an election.",
    "MIRGOROD, Tavria (Agency) - Tavria's health ministry reported 40 cases.",
    "DUNMERE, Caldor (News) - Caldor's top court struck down the law.",
    "RASK, Velmora (Wire) - Velmora's coast guard rescued 12 fishermen.",
    "BRENVIK, Solvay (Post) - Solvay's police arrested two men.",
    "ASHWOOD, Marrow (Wire) - Marrow's foreign minister flew to Rome on Monday.",
    "VESSLING, Norland (Post) - The cabinet met. Norland's opposition wants a vote.",
    "VESSLING, Norland (Post) - Norland's prime minister quit.\n\nPolls give her 31 percent.",
]


@pytest.mark.parametrize("text", OWNERS)
def test_the_datelines_place_owning_what_follows_is_the_place(text: str) -> None:
    name = text.split(" (")[0].split(", ")[-1].title()
    doc = briefx.extract(text, published="2025-11-18")
    kinds = {e.type for e in doc.entities for m in e.mentions if m.text.title() == name}
    assert kinds == {"PLACE"}, [(m.text, e.type) for e in doc.entities for m in e.mentions]


def test_a_teams_player_stays_the_teams() -> None:
    text = "HALDEN (Wire) - Halden's striker scored twice as Halden beat Moss 2-0 on Saturday."
    doc = briefx.extract(text, published="2025-11-18")
    read = {(m.start, e.type) for e in doc.entities for m in e.mentions if m.text == "Halden"}
    assert read == {(text.index("Halden's"), "ORG"), (text.index("Halden beat"), "ORG")}
