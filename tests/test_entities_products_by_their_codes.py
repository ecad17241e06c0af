"""A name that ends in a model code is a product, and so is the code alone where the story
named the product so (entities, kind "a product named by its code").

"Tessel released Quanta M4 processors on Monday. The M4 is twice as fast" read "Quanta M4"
as a place and "M4" as an organisation; "Pell unveiled the Zeta Z3 laptop" made "Zeta" an
organisation. A maker's name and a code joined ("Apple M4") was already a product when the
model read them as one person or organisation (``_named_product``); now also:

- a name read as a place whose last word is a model code of letters and digits, that the
  gazetteer does not know as a place ("Quanta M4"; not "London W1");
- a name the model read as a person, an organisation or an unknown place right before an
  untagged code ("Zeta" of "Zeta Z3", "Nimbus" of "Nimbus R7"): the name and the code;
- the code alone where the story named a product with it ("the M4", "the Z3"; one sense
  per story). A code alone that the story never names so stays as read ("the M25", a
  road; "the G7").

Capability table of invented texts, published 2025-11-18: before the change 6 of the 14
products had a word held by a person, place or organisation, 1 after (the model reads
its name as a nationality); the 2 codes never named as products were names and stay so.
"""

from __future__ import annotations

import pytest

import briefx


def _mentions(text: str) -> list[str]:
    doc = briefx.extract(text, published="2025-11-18")
    return [m.text for e in doc.entities for m in e.mentions]


# (text, the product's name): no person, place or organisation holds a word of it
PRODUCTS = [
    (
        "Tessel released Quanta M4 processors on Monday. The M4 is twice as fast, Tessel said.",
        "Quanta M4",
    ),
    ("Pell unveiled the Zeta Z3 laptop on Wednesday. The Z3 weighs 900 grams.", "Zeta Z3"),
    ("Ostra's Nimbus R7 drone was banned in Varnia. Police seized 30 R7 units.", "Nimbus R7"),
    ("Halden Audio launched the Echo K2 speaker. The K2 costs $199.", "Echo K2"),
    ("Kestrel unveiled its Vantor X5 chip on Monday. The X5 will ship in March.", "Vantor X5"),
    ("Orlo Mobile launched the Pixa S9 phone. Reviewers praised the S9 for its camera.", "Pixa S9"),
    (
        "Marrow Motors showed its new Ardent GT7 coupe in Geneva. The GT7 goes on sale in June.",
        "Ardent GT7",
    ),
    ("The Lumen K8 camera went on sale on Friday. Buyers said the K8 was heavy.", "Lumen K8"),
    pytest.param(
        "Corvane said its Helix V6 engine failed tests in May. The V6 will be redesigned.",
        "Helix V6",
        marks=pytest.mark.xfail(
            strict=True, reason="the model reads 'Helix' as a nationality, out of this step"
        ),
    ),
    ("Brenna Foods sold its Tarra T9 tractor line. The T9 was built in Ohio.", "Tarra T9"),
    ("The Aurix P5 tablet sold 2 million units. Sales of the P5 beat forecasts.", "Aurix P5"),
    ("Vell Labs released the Kora X1 headset on Friday. The X1 needs a phone.", "Kora X1"),
    ("Sarno Robotics tested its Atlas B3 arm in Turin. The B3 lifted 40 kg.", "Atlas B3"),
    ("Drones like the Falco D4 are cheap. Militaries bought the D4 in bulk.", "Falco D4"),
]

# A code alone that the story never names as a product stays as the model read it.
KEPT = [
    ("Traffic backed up for miles on the M25 after a crash near London on Friday.", "M25"),
    ("Leaders of the G7 met in Rome on Sunday.", "G7"),
]


@pytest.mark.parametrize(("text", "product"), PRODUCTS)
def test_a_product_named_by_its_code_is_no_name(text: str, product: str) -> None:
    held = [m for m in _mentions(text) if set(m.split()) & set(product.split())]
    assert held == []


@pytest.mark.parametrize(("text", "code"), KEPT)
def test_a_code_never_named_as_a_product_stays(text: str, code: str) -> None:
    assert code in _mentions(text)
