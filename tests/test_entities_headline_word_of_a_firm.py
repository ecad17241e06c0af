"""A headline's one-word name of a company the story names in full is that company
(capability table of invented wire stories, published 2025-11-20).

"Veltrix to build chip plant in Arizona" over "Chipmaker Veltrix Corp will build a
factory" gave a place "Veltrix" beside the organisation "Veltrix Corp", and "Dantell pays
storm claims" over "Dantell Insurance paid out" a person: the model reads a firm it has
not seen, alone, as a place or a person, and the firm's first word joined it only where
the model read an organisation. A one-word name read as a place or a person that no
gazetteer knows, and that one company of the story is named by (its first word before a
word of trade, or its name without a legal suffix), is that company
(``briefx.canonical.document``).
"""

from __future__ import annotations

import pytest

import briefx

# (headline, the story's first sentence after its dateline, the company, its word)
STORIES = [
    (
        "Veltrix to build chip plant in Arizona",
        "Chipmaker Veltrix Corp will build a factory in Arizona.",
        "Veltrix Corp",
        "Veltrix",
    ),
    (
        "Veltrix cuts forecast",
        "Veltrix Semiconductor cut its forecast on Thursday.",
        "Veltrix Semiconductor",
        "Veltrix",
    ),
    (
        "Korrow shuts two pits after floods",
        "Korrow Mining halted work at two pits on Thursday.",
        "Korrow Mining",
        "Korrow",
    ),
    (
        "Talvane recalls chargers",
        "Talvane Electronics recalled 9,000 chargers on Thursday.",
        "Talvane Electronics",
        "Talvane",
    ),
    (
        "Brenmoor loses army contract",
        "Brenmoor Logistics lost a contract with the army on Thursday.",
        "Brenmoor Logistics",
        "Brenmoor",
    ),
    (
        "Ostrell raises steel prices",
        "Ostrell Steel Group raised prices by 4% on Thursday.",
        "Ostrell Steel Group",
        "Ostrell",
    ),
    (
        "Merrow orders six tankers",
        "Merrow Shipping Ltd ordered six new tankers on Thursday.",
        "Merrow Shipping Ltd",
        "Merrow",
    ),
    (
        "Dantell pays storm claims",
        "Dantell Insurance paid out $40 million on Thursday.",
        "Dantell Insurance",
        "Dantell",
    ),
    (
        "Harven sells radio stations",
        "Harven Media Inc sold its radio stations on Thursday.",
        "Harven Media Inc",
        "Harven",
    ),
    (
        "Sorrel delays first flight",
        "Sorrel Aerospace delayed its first flight on Thursday.",
        "Sorrel Aerospace",
        "Sorrel",
    ),
    (
        "Kelvane shares slump",
        "Shares of Kelvane Pharmaceuticals fell 12% on Thursday.",
        "Kelvane Pharmaceuticals",
        "Kelvane",
    ),
    (
        "Norvik to cut 400 jobs",
        "Norvik Foods said on Thursday it would cut 400 jobs.",
        "Norvik Foods",
        "Norvik",
    ),
    (
        "Quarrow wins rail deal",
        "Quarrow Engineering won a $2 billion rail contract on Thursday.",
        "Quarrow Engineering",
        "Quarrow",
    ),
    (
        "Pellmont posts record profit",
        "Pellmont Bank reported a record profit on Thursday.",
        "Pellmont Bank",
        "Pellmont",
    ),
    (
        "Arkwell buys rival",
        "Arkwell Holdings agreed to buy a rival on Thursday.",
        "Arkwell Holdings",
        "Arkwell",
    ),
    (
        "Zentara opens Lagos office",
        "Zentara Energy opened an office in Lagos on Thursday.",
        "Zentara Energy",
        "Zentara",
    ),
]


@pytest.mark.parametrize(("headline", "lead", "company", "word"), STORIES)
def test_the_headlines_word_is_the_company(
    headline: str, lead: str, company: str, word: str
) -> None:
    doc = briefx.extract(f"{headline}\n\nLONDON, Nov 20 - {lead}", published="2025-11-20")
    named = [e for e in doc.entities if word in e.name or word in e.aliases]
    assert [(e.name, e.type) for e in named] == [(company, "ORG")]


def test_a_known_place_stays_a_place() -> None:
    """ "Lagos" is the city, though "Lagos Energy" names a firm."""
    doc = briefx.extract(
        "Lagos Energy opens new plant\n\nLONDON, Nov 20 - Lagos Energy opened a plant in "
        "Lagos on Thursday.",
        published="2025-11-20",
    )
    assert ("Lagos", "PLACE") in [(e.name, e.type) for e in doc.entities]
