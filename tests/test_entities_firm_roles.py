"""The firm that analysts, economists or traders work at is an organisation (entities,
kind "professional at a firm"): "Analysts at Jefferies said ...", "an economist with
Raymond James", "strategists from Capital Economics". The model reads such names as
places or people, or misses them; CoNLL-2003 marks them organisations. A name the role
does not sit right before stays as it was ("analysts said at Davos"). Capability table of
invented sentences; the words are data (``models/entities/rules.json``: ``firm_roles``,
``firm_preps``)."""

from __future__ import annotations

import pytest

import briefx


def _names(text: str) -> dict[str, str]:
    return {e.name: e.type for e in briefx.extract(text, published="2025-11-18").entities}


# (text, firm)
FIRMS = [
    ("Analysts at Jefferies said demand had cooled.", "Jefferies"),
    ("Analysts at Jefferies cut their price target.", "Jefferies"),
    ("Economists at Nomura expect a rate cut in March.", "Nomura"),
    ("Strategists at Barclays turned cautious on stocks.", "Barclays"),
    ("Traders at Cargill bought more wheat.", "Cargill"),
    ("Researchers at Anthropic published a paper.", "Anthropic"),
    ("Scientists at Genentech tested the drug.", "Genentech"),
    ("An analyst with Raymond James said the shares were cheap.", "Raymond James"),
    ("Economists from Capital Economics warned of a slowdown.", "Capital Economics"),
    ("Analysts at Morgan Stanley raised their forecast.", "Morgan Stanley"),
    ("Dealers at Commerzbank said the euro was firm.", "Commerzbank"),
    ("Bankers at Lazard advised the buyer.", "Lazard"),
    ("Brokers at Panmure Gordon upgraded the stock.", "Panmure Gordon"),
    ("A strategist at Saxo Bank said oil would rise.", "Saxo Bank"),
    ("Engineers at Airbus found the fault.", "Airbus"),
    ("Researchers at Oxford found the virus in bats.", "Oxford"),
]


@pytest.mark.parametrize(("text", "firm"), FIRMS)
def test_the_firm_a_professional_works_at_is_an_organisation(text: str, firm: str) -> None:
    assert _names(text).get(firm) == "ORG"


def test_a_place_the_role_does_not_sit_before_stays_a_place() -> None:
    assert _names("Analysts said at Davos that growth would slow.").get("Davos") == "PLACE"


def test_an_article_before_the_firm_is_no_name() -> None:
    names = _names("Researchers at The University of Leeds found the gene.")
    assert "The" not in names
    assert names.get("University of Leeds") == "ORG"
