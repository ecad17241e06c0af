"""No name holds half a quotation (entities, offsets a reader can trust): the model can
read 'astride the Pacific "Ring of Fire"' as the name 'Pacific "Ring of Fire', or 'The "Group
of Seven" leaders' as '"Group of Seven'. A name takes in the closing mark of a quotation it
opens when that mark follows it, else stops before the mark; a mark at its start or end
alone is cut off. Capability table of invented sentences: every name's quotation marks
pair up, and no name starts with one."""

from __future__ import annotations

import pytest

import briefx

QUOTES = ('"', "\u201c", "\u201d")

TABLE = [
    'Quakes often strike along the Pacific "Ring of Fire" belt.',
    'The Pentagon unveiled the "Golden Dome" missile shield on Monday.',
    'Israel launched Operation "Iron Shield" on Sunday.',
    'The "Group of Seven" leaders met in Canada.',
    'Fighters of the so-called "Islamic Front" seized the town.',
    'The London-based "Daily Courier" reported the deal.',
    'Dwayne "The Rock" Johnson starred in the film.',
    'The Senate passed the "Clean Rivers Act" on Thursday.',
    'Residents of the "Old Town" district of Prague were evacuated.',
    'The "Kyiv Peace Formula" summit opened in Geneva.',
    'Critics called it the "Berlin Wall" of trade.',
    'Officials from the "Coalition of the Willing" met in Paris.',
    'The \u201cBlue Line\u201d metro in Lisbon reopened on Friday.',
    'The ship left the port of "New Haven" on Monday.',
    'Troops of the "Northern Alliance" entered Kabul.',
]


@pytest.mark.parametrize("text", TABLE)
def test_no_name_holds_half_a_quotation(text: str) -> None:
    doc = briefx.extract(text, published="2025-11-18")
    for entity in doc.entities:
        for mention in entity.mentions:
            written = text[mention.start : mention.end]
            marks = sum(written.count(q) for q in QUOTES)
            assert marks % 2 == 0, written
            assert not written.startswith(QUOTES) or written.endswith(QUOTES), written
