"""A disease opening a sentence or a headline is no organisation and no place (capability
table of invented reports, published 2025-11-18).

"Cholera cases climb in flood-hit districts" and "Malaria deaths fell by a third" gave
organisations "Cholera" and "Malaria": the tagger reads a capitalised opener as a proper
noun, and the model names it. A one-word organisation or place opening a sentence, a
headline or a wire lead whose word's first WordNet sense is an illness or an infection
(``models/entities/disease_nouns.json``, built by tools/build_disease_nouns.py) is no
name, as other common nouns that open a sentence are not
(``briefx.entities.people.no_noun_openers``). A known name stays.
"""

from __future__ import annotations

import pytest

import briefx

REPORTS = [
    "Cholera cases climb in flood-hit districts\n\nGENEVA, Nov 18 - Cholera cases have doubled.",
    "Cholera has killed 31 people in Malawi since October.",
    "Malaria deaths fell by a third, the report said.",
    "Measles returns to Samoa\n\nAPIA, Nov 18 - Measles has infected 300 children.",
    "Dengue outbreak spreads in Dhaka\n\nDHAKA, Nov 18 - Dengue has infected 9,000 people.",
    "Typhoid spreads after floods\n\nKARACHI, Nov 18 - Typhoid cases rose by 40% in a week.",
    "Tuberculosis remains the deadliest infectious disease.",
    "Polio was found in sewage samples in three cities.",
    "Anthrax killed 20 cattle in the valley last month.",
    "Influenza cases rose early this winter, doctors said.",
    "Leprosy is still found in 120 countries.",
    "Diphtheria returns to refugee camps\n\nDHAKA, Nov 18 - Diphtheria has killed 14 people.",
    "Rabies killed two children in the district this year.",
    "Smallpox was declared eradicated in 1980.",
    "Meningitis cases rose in the north of the country.",
    "Plague outbreak kills 12\n\nANTANANARIVO, Nov 18 - Plague has killed 12 people.",
]

DISEASES = {
    "Cholera", "Malaria", "Measles", "Dengue", "Typhoid", "Tuberculosis", "Polio", "Anthrax",
    "Influenza", "Leprosy", "Diphtheria", "Rabies", "Smallpox", "Meningitis", "Plague",
}  # fmt: skip


@pytest.mark.parametrize("text", REPORTS)
def test_a_disease_is_no_name(text: str) -> None:
    doc = briefx.extract(text, published="2025-11-18")
    named = {m.text for e in doc.entities for m in e.mentions}
    assert not named & DISEASES
