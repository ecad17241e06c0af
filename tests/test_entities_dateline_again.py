"""The place a wire dateline names is that place where the report names it again: untagged
("burned 800 acres east of Bend"), or read as a person or, after a preposition of place or
"of", an organisation ("much of Granby", "residents of Keswick", "the mayor of Calder").
A longer name that holds it, a person's surname and a team named by its city are left.
Capability table of invented wire copy."""

from __future__ import annotations

import pytest

from tests.test_fresh_kinds import names

W = "(Wirecast) -"

# (text, a later mention's text, its type or None for no entity)
TABLE = [
    (f"BEND, Ore. {W} Firefighters contained a fire that burned 800 acres east of Bend.", "Bend"),
    (f"SALTA, Argentina {W} Heavy rain flooded streets across Salta on Monday.", "Salta"),
    (f"KESWICK, England {W} Residents of Keswick cleared mud from their homes.", "Keswick"),
    (f"TARNOW, Poland {W} A tram hit a bus in central Tarnow, injuring nine.", "Tarnow"),
    (f"ORVIK, Norway {W} The ferry to Orvik was cancelled after the storm.", "Orvik"),
    (f"MARLOW, England {W} Police closed the bridge at Marlow after a lorry struck it.", "Marlow"),
    (f"HALDEN, Norway {W} Halden council voted to close two schools.", "Halden"),
    (f"DURBAN, South Africa {W} Dock workers in Durban walked out on Tuesday.", "Durban"),
    (f"VESSA, Italy {W} Rivers burst their banks near Vessa overnight.", "Vessa"),
    (f"PORT ELLIS, Zambara {W} Ships queued outside Port Ellis for a third day.", "Port Ellis"),
    (f"CALDER, Utah {W} The mayor of Calder resigned on Friday.", "Calder"),
    (f"LINDEN, Texas {W} Schools in Linden reopened after the tornado.", "Linden"),
    (f"GRANBY, Colo. {W} Snow cut power to much of Granby overnight.", "Granby"),
    (f"ASHBY, Kent {W} Two men were arrested in Ashby after a break-in.", "Ashby"),
    (f"DRAVA, Croatia {W} The bridge into Drava reopened. Drava officials said so.", "Drava"),
    (f"KILMORE, Ireland {W} Kilmore lost power for six hours on Sunday.", "Kilmore"),
]


@pytest.mark.parametrize(("text", "again"), TABLE)
def test_a_dateline_place_named_again_is_that_place(text: str, again: str) -> None:
    assert names(text).get(again) == "PLACE"


# (text, a later mention's text, the type it keeps, or None for no entity)
LEFT = [
    (f"JACKSON, Miss. {W} Mayor Tom Jackson spoke. Jackson urged calm.", "Jackson", "PERSON"),
    (f"MOBILE, Ala. {W} Mobile phone networks failed across the state.", "Mobile", None),
    (f"DENVER, Colo. {W} The Denver Post reported the fire first.", "Denver Post", "ORG"),
    (f"HALIFAX, Nova Scotia {W} Halifax Shipping Co. cut 40 jobs.", "Halifax Shipping Co.", "ORG"),
    (f"LEEDS, England {W} Leeds beat Everton 2-0 on Saturday.", "Leeds", "ORG"),
]


@pytest.mark.parametrize(("text", "again", "kind"), LEFT)
def test_a_name_that_holds_or_shares_it_is_left(text: str, again: str, kind: str | None) -> None:
    assert names(text).get(again) == kind
