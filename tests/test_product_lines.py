"""Product lines are no people, places or organisations: a capability table.

"Blackwell chips", "Pixel phones", "Ryzen laptops": a name before a product noun that is
a known product line (``models/entities/products.json``, ``product_lines``), or that the
model read as a person, names a thing. Makers and people stay what they are."""

from __future__ import annotations

import pytest

import briefx

# (sentence, name, its type or None for no entity)
PRODUCT_LINES = [
    ("Nvidia said Blackwell chips sold out.", "Blackwell", None),
    ("AMD cut prices of Ryzen laptops.", "Ryzen", None),
    ("MediaTek said Dimensity chips sold well.", "Dimensity", None),
    ("Huawei said Kirin processors are back.", "Kirin", None),
    ("Buyers lined up for Pixel phones in Tokyo.", "Pixel", None),
    ("The army ordered more Bayraktar drones.", "Bayraktar", None),
    ("Nvidia said its Rubin GPUs will ship next year.", "Rubin", None),
    ("Analysts expect Graviton servers to gain share.", "Graviton", None),
    ("Intel said Gaudi accelerators are in short supply.", "Gaudi", None),
    ("Qualcomm said Snapdragon processors power most phones.", "Snapdragon", None),
    ("Sales of Xbox consoles fell 10%.", "Xbox", None),
    ("The airline grounded its Dash 8 planes.", "Dash", None),
    # People and makers stay.
    ("Maria Delgado phones her mother every day.", "Maria Delgado", "PERSON"),
    ("John Okafor models clothes for a living.", "John Okafor", "PERSON"),
    ("Priya Nair said phones were banned in class.", "Priya Nair", "PERSON"),
    ("Tim Cook said iPhone sales rose.", "Tim Cook", "PERSON"),
    ("Lisa Su said the chips would ship in June.", "Lisa Su", "PERSON"),
    ("Samsung phones sold well in India.", "Samsung", "ORG"),
    ("Boeing jets were grounded after the fault.", "Boeing", "ORG"),
]


@pytest.mark.parametrize(("text", "name", "kind"), PRODUCT_LINES)
def test_a_product_line_is_no_name(nlp, text, name, kind) -> None:
    doc = briefx.extract(text, published="2026-03-02")
    found = [e.type for e in doc.entities if any(name in m.text for m in e.mentions)]
    assert found == ([kind] if kind else [])
