"""A name right after "in" on a verb is where it happened, not an organisation (issue 25,
kinds of names).

Fresh stories name towns the gazetteer does not know; the model reads most of them as
places, but some as organisations: "Leaders met in Santero on Monday" made Santero an
organisation. A one-word name the model read as an organisation, right after "in" on a
verb, that neither the gazetteer knows nor is a common noun, is a place
(briefx.entities.towns._happened_in); not after a verb of putting money or a part in
(``not_place_verbs`` of models/entities/rules.json: "invested in"), and "served in
Parliament" stays the body.

Capability table of invented sentences; before the rule 3 of the 16 towns were read as
organisations (the other 13 the model read right), and the 2 bodies passed.
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2025-12-04"

# (text, the name, its type)
CASES = [
    ("Leaders met in Santero on Monday.", "Santero", "PLACE"),
    ("The Reform Alliance won in Santero.", "Santero", "PLACE"),
    ("Talks resumed in Velmora after a break.", "Velmora", "PLACE"),
    ("Two climbers died in Kestova last winter.", "Kestova", "PLACE"),
    ("A second bomb exploded in Marvik.", "Marvik", "PLACE"),
    ("Opposition supporters rallied in Durnholm on Sunday.", "Durnholm", "PLACE"),
    ("The ferry docked in Brellin at dawn.", "Brellin", "PLACE"),
    ("The festival opened in Sorvada with a parade.", "Sorvada", "PLACE"),
    ("Prices fell sharply in Quennick.", "Quennick", "PLACE"),
    ("The minister arrived in Oskara late on Friday.", "Oskara", "PLACE"),
    ("Clashes erupted in Varnholt overnight.", "Varnholt", "PLACE"),
    ("Schools closed in Lindmark as the storm approached.", "Lindmark", "PLACE"),
    ("The final was played in Corvasa.", "Corvasa", "PLACE"),
    ("Voters queued in Halvik for hours.", "Halvik", "PLACE"),
    ("A fire broke out in Morvenna.", "Morvenna", "PLACE"),
    ("Delegates gathered in Santero for the summit.", "Santero", "PLACE"),
    # Bodies named after "in": they stay organisations.
    ("He served in Parliament.", "Parliament", "ORG"),
    ("She voted in Congress.", "Congress", "ORG"),
]


@pytest.mark.parametrize(("text", "name", "kind"), CASES)
def test_a_name_where_it_happened(text, name, kind):
    doc = briefx.extract(text, published=PUBLISHED)
    assert {e.name: e.type for e in doc.entities}.get(name) == kind
