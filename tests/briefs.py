"""Helper for the brief's capability tables: the brief of two invented reports."""

from __future__ import annotations

import briefx
from briefx.inputs import Source
from briefx.schema import Brief
from tests.event_times import PUBLISHED


def brief_of(first: str, second: str, published: str = PUBLISHED) -> Brief:
    """The brief of two reports ("a" and "b") published the same day."""
    return briefx.brief(
        [
            Source(doc_id="a", source="a", text=first, published=published),
            Source(doc_id="b", source="b", text=second, published=published),
        ]
    )


def assert_a_headline_holds(first: str, second: str, words: str) -> None:
    """Some cluster of the two reports' brief is headed by a line holding ``words``."""
    headlines = [c.headline for c in brief_of(first, second).fact_clusters]
    assert any(words in h for h in headlines), headlines
