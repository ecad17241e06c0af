"""Headlines drop their articles, so a bare plural there names the ones the story is about,
not a kind (issue 25, rule 4): "Floods force thousands from homes" reports what these
floods have just done, at publication, like "Court frees jailed reporter"; in the body,
"Volcanoes contain molten rock" is still about a kind (rule 5). Capability table of
invented headlines (published 2025-11-18, a Tuesday), each over a sentence of its own."""

from __future__ import annotations

import pytest

from tests.event_times import assert_at_publication, frame_of, frames_of

BODY = "\n\nThe story below tells more."

# (headline, its verb): time = publication, when = past.
HEADLINES = [
    ("Floods force thousands from homes in northern Italy", "force"),
    ("Rebels seize airport in northern city", "seize"),
    ("Markets tumble as oil prices jump", "tumble"),
    ("Talks collapse in Geneva", "collapse"),
    ("Protesters clash with police in capital", "clash"),
    ("Shares slide after profit warning", "slide"),
    ("Farmers block motorways over fuel tax", "block"),
    ("Wildfires destroy hundreds of homes", "destroy"),
    ("Workers walk out at car plant", "walk"),
    ("Voters reject pension reform", "reject"),
    ("Lawmakers approve budget after all-night session", "approve"),
    ("Gunmen kill 12 in attack on village", "kill"),
    ("Investors flee tech stocks", "flee"),
    ("Miners return to work after strike", "return"),
    ("Nurses win pay rise", "win"),
]


@pytest.mark.parametrize(("headline", "verb"), HEADLINES)
def test_a_headlines_bare_plural_reports_the_news(headline: str, verb: str) -> None:
    assert_at_publication(headline + BODY, verb, "past")


def test_a_dated_headline_keeps_its_date() -> None:
    frame = frame_of("Rebels seize airport on Monday" + BODY, "seize")
    assert frame.time is not None and frame.time.value == "2025-11-17"


def test_a_kind_in_the_body_stays_a_kind() -> None:
    frames = frames_of("Rebels seize airport" + BODY + " Volcanoes contain molten rock.")
    contain = frames.get("contain")
    assert contain is None or contain.time is None
