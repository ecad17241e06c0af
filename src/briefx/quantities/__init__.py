"""Quantities: number + counted noun phrase + qualifier + event, and the spaCy component.

The public face of the package: :func:`find_quantities` (pure over a parsed Doc, returns
frozen :class:`QuantityFinding` records), the ``briefx_quantities`` component that writes
their plain dicts to ``doc._.briefx_quantities``, and the string helpers
:func:`parse_number` (the shared reader of ``briefx.text.numwords``), :func:`lookup_qualifier`,
:func:`vague_bounds`.

Inside: ``records`` (the record and ``FIELDS``), ``numbers`` (vague amounts, qualifiers,
units on plain strings), ``atoms`` (a number found in the text), ``scan`` (numbers in
digits), ``words`` (numbers in words), ``units`` (units and counted nouns), ``ranges``
(ranges and scores), ``ages`` (ages), ``events`` (the governing event and the direction of
a change), ``extract`` (the pass over a Doc and the component); word lists in
``models/quantities/`` and ``models/numwords.json``.
"""

from __future__ import annotations

from briefx.quantities.extract import QuantitiesComponent, find_quantities, make_quantities
from briefx.quantities.numbers import lookup_qualifier, parse_number, vague_bounds
from briefx.quantities.records import FIELDS, QuantityFinding

__all__ = [
    "FIELDS",
    "QuantitiesComponent",
    "QuantityFinding",
    "find_quantities",
    "lookup_qualifier",
    "make_quantities",
    "parse_number",
    "vague_bounds",
]
