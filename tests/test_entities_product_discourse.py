"""A product line told as a product once in a story is the product wherever the story
names it alone (entities, one sense per story): after "Nvidia's Blackwell chips", "demand
for Blackwell" is the chip, not a person; after "the Pixel phones", "Pixel shipments" is
the phone. Product lines are data (``product_lines`` in ``models/entities/products.json``);
a person whose name holds such a word ("Tom Blackwell") stays a person, and a story that
never tells the word as a product leaves it as the model read it. Capability table of
invented texts."""

from __future__ import annotations

import pytest

import briefx


def _names(text: str) -> list[tuple[str, str]]:
    doc = briefx.extract(text, published="2025-11-18")
    return sorted({(m.text, e.type) for e in doc.entities for m in e.mentions})


# (text, the names it holds: mention text and type)
TABLE = [
    (
        "Nvidia's Blackwell chips sold out. Demand for Blackwell remained strong, the firm said.",
        [("Nvidia", "ORG")],
    ),
    ("The Pixel phones sold well. Pixel shipments doubled.", []),
    ("Snapdragon chips run most budget phones. Rivals want to unseat Snapdragon.", []),
    ("Intel's Xeon processors lost ground. Xeon still leads in servers.", [("Intel", "ORG")]),
    ("The Exynos chips run hot. Samsung said Exynos would improve.", [("Samsung", "ORG")]),
    ("Ryzen processors gained share. AMD said Ryzen demand was strong.", [("AMD", "ORG")]),
    ("The Radeon chips lag their rivals. Radeon buyers complained.", []),
    ("Huawei's Kirin chips are made at home. Kirin is back in its phones.", [("Huawei", "ORG")]),
    ("Google's Tensor chips are slower. Reviewers say Tensor runs hot.", [("Google", "ORG")]),
    ("The Galaxy phones sold well. Galaxy shipments rose 8%.", []),
    ("The Gaudi chips are cheap. Gaudi buyers include two banks.", []),
    ("The new Trainium chips are cheaper. Trainium now trains large models.", []),
    # A person named like a product line stays a person.
    (
        "Tom Blackwell scored twice on Sunday. Blackwell now has nine goals.",
        [("Blackwell", "PERSON"), ("Tom Blackwell", "PERSON")],
    ),
    (
        "Nvidia's Hopper chips are in demand. Analyst Joan Hopper expects more orders.",
        [("Joan Hopper", "PERSON"), ("Nvidia", "ORG")],
    ),
    (
        "Grace Ofori won the vote. Grace thanked her supporters.",
        [("Grace", "PERSON"), ("Grace Ofori", "PERSON")],
    ),
]


@pytest.mark.parametrize(("text", "names"), TABLE)
def test_a_product_line_is_the_product_all_through_the_story(text: str, names: list) -> None:
    assert _names(text) == sorted(names)
