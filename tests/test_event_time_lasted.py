"""When each event happened: a past perfect "for" a span (issue 25, rules 3 and 5):
capability table of invented texts (published 2025-11-18, a Tuesday).

"Police arrested a man on Thursday. The victim had run the shop for nearly 20 years.": the
running is a state that led up to the scene, not one within it, and takes no time from it
(the spans' units are ``elapsed_units`` in models/events/time.json). A simple past with a
span still lies in the scene ("The envoy stayed for two days").
"""

from __future__ import annotations

import pytest

from tests.event_times import time_of

# (text, the past perfect that lasted)
LASTED_BEFORE = [
    ("Police arrested a man on Thursday. The victim had run the shop for nearly 20 years.", "run"),
    ("The mine closed on Friday. It had employed 400 people for decades.", "employed"),
    ("The coach resigned on Monday. He had led the team for six seasons.", "led"),
    ("The bakery burned down on Sunday. The family had owned it for three generations.", "owned"),
    ("The senator died on Saturday. She had served in the chamber for 30 years.", "served"),
    ("The ferry sank on Tuesday. It had sailed the route for 40 years.", "sailed"),
    ("The paper stopped printing on Friday. It had appeared daily for a century.", "appeared"),
    ("The bridge collapsed on Monday. Drivers had avoided it for years.", "avoided"),
    ("The factory shut on Thursday. Workers had protested for months.", "protested"),
    ("The rebels surrendered on Sunday. They had held the town for two years.", "held"),
    ("The singer retired on Saturday. She had toured for four decades.", "toured"),
    ("The talks collapsed on Wednesday. Both sides had negotiated for weeks.", "negotiated"),
    ("The bank failed on Monday. It had lost money for five years.", "lost"),
    ("The judge retired on Friday. He had sat on the bench for 25 years.", "sat"),
    ("The dam burst on Sunday. Residents had complained about cracks for months.", "complained"),
    ("The shop closed on Saturday. It had traded on the corner for 50 years.", "traded"),
]


@pytest.mark.parametrize(("text", "word"), LASTED_BEFORE)
def test_a_past_perfect_for_a_span_takes_no_time_from_the_scene(text: str, word: str) -> None:
    assert time_of(text, word) is None


def test_a_simple_past_for_a_span_lies_in_the_scene() -> None:
    text = "The summit opened on Monday. The envoy stayed for two days."
    assert time_of(text, "stayed") == "2025-11-17"
