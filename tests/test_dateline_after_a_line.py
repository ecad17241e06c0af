"""A dateline stays on its line (fresh news).

"By Anja Holt\\n\\nOSTRAVIK, Norland (NRW) -- Edda Marsk stepped down ..." was one
sentence: the pattern of a wire opening let its place run across the line break, so the
byline and the dateline's city were read as one place name, and no sentence began at
the dateline. The words of a dateline's place and region, and its outlet, are now on one
line. Capability table of invented openings after a line (a byline, a headline, a
slug), published 2025-11-20.
"""

from __future__ import annotations

import pytest

import briefx
from briefx.text.dateline import opening

# (text, the line before the dateline, the dateline's place)
AFTER_A_LINE = [
    ("By Anja Holt\n\nOSTRAVIK, Norland (NRW) -- Edda Marsk quit.", "By Anja Holt", "OSTRAVIK"),
    ("By Ravi Menon\n\nVELL (Wire) - The port closed.", "By Ravi Menon", "VELL"),
    ("Mayor Quits\nTARNO, Estmark (Post) - The mayor quit.", "Mayor Quits", "TARNO"),
    (
        "Ferry Sinks Off Coast\n\nORVIK, Lindmark (Wire) - A ferry sank.",
        "Ferry Sinks Off Coast",
        "ORVIK",
    ),
    (
        "By Liu Wen and Ade Okafor\n\nBRASK (Agency) - Floods hit the town.",
        "By Liu Wen and Ade Okafor",
        "BRASK",
    ),
    ("UPDATE 1\n\nKESSEL, Valdoria (Wire) - Rates rose.", "UPDATE 1", "KESSEL"),
    ("Markets Wrap\nPELLA (News) -- Stocks fell.", "Markets Wrap", "PELLA"),
    (
        "By Greta Lund\nRASK, Velmora (Wire) - Twelve fishermen were rescued.",
        "By Greta Lund",
        "RASK",
    ),
    (
        "Norland PM Resigns\n\nVESSLING, Norland (Harbour Post) - Marsk quit.",
        "Norland PM Resigns",
        "VESSLING",
    ),
    (
        "By Osric Dele\n\nSAN JOSE, Calif. (Meridian News) -- Sales fell.",
        "By Osric Dele",
        "SAN JOSE",
    ),
    ("Strike Ends\n\nHALDEN, Norvia (Wire) - Workers returned.", "Strike Ends", "HALDEN"),
    ("By Petra Kolar\n\nDUNMERE, Caldor (News) - The court ruled.", "By Petra Kolar", "DUNMERE"),
    ("Exclusive\n\nMIRGOROD, Tavria (Agency) - Cases rose.", "Exclusive", "MIRGOROD"),
    ("By Tomas Lind\nBRENVIK, Solvay (Post) - Police made arrests.", "By Tomas Lind", "BRENVIK"),
    ("Dam Holds\n\nASHWOOD (Wire) -- The river fell.", "Dam Holds", "ASHWOOD"),
    ("By Ingrid Vale\n\nSKARVIK (Wire) - The harbour closed.", "By Ingrid Vale", "SKARVIK"),
]


@pytest.mark.parametrize(("text", "line", "place"), AFTER_A_LINE)
def test_the_line_before_a_dateline_is_its_own_sentence(text: str, line: str, place: str) -> None:
    doc = briefx.extract(text, published="2025-11-20")
    assert doc.sentences[0].text == line
    assert doc.sentences[1].text.startswith(place)


@pytest.mark.parametrize(("text", "line", "place"), AFTER_A_LINE)
def test_a_datelines_place_is_on_its_line(text: str, line: str, place: str) -> None:
    found = opening(text, text.index(place))
    assert found is not None and text[found.place[0] : found.place[1]] == place
    assert opening(text, 0) is None
