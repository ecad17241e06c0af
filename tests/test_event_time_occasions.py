"""An occasion that a report was told to takes the report's date (issue 25, rule 2): "told
a news conference in Lisbon on Monday that ..." tells that the conference was on Monday, as "told
reporters at a briefing on Monday" does. Only for a verb of telling an audience
(``audience_verbs`` in ``models/events/time.json``): what "confirmed the attack on Monday"
confirms may be older than the confirming. Capability table of invented sentences
(published 2025-11-18, a Tuesday)."""

from __future__ import annotations

import pytest

from tests.event_times import time_of

# (text, occasion noun, its time's value)
TABLE = [
    ("The minister told a news conference in Lisbon on Monday that taxes would rise.",
     "conference", "2025-11-17"),
    ("The president told a rally in Ohio on Saturday that jobs were coming back.", "rally",
     "2025-11-15"),
    ("The general told a briefing on Friday that troops would stay.", "briefing",
     "2025-11-14"),
    ("The mayor told a town meeting on Thursday that the bridge would reopen.", "meeting",
     "2025-11-13"),
    ("The coach told a press conference on Sunday that he would stay.", "conference",
     "2025-11-16"),
    ("The envoy told a summit in Oslo on Wednesday that aid would double.", "summit",
     "2025-11-12"),
    ("The governor told a fundraiser last week that she would run again.", "fundraiser",
     "2025-W46"),
    ("The bishop told a vigil on Saturday night that the town would heal.", "vigil",
     "2025-11-15TNI"),
    ("The minister told a conference in Madrid in June that prices would fall.",
     "conference", "2025-06"),
    ("The chief told a hearing on Monday that the agency had failed.", "hearing",
     "2025-11-17"),
    ("The striker told a news conference yesterday that he was fit.", "conference",
     "2025-11-17"),
    ("The premier told a rally on Friday that the election would be close.", "rally",
     "2025-11-14"),
    ("The minister informed a briefing on Tuesday that the border was shut.", "briefing",
     "2025-11-18"),
    ("Officials told reporters at a briefing on Monday that two men were held.", "briefing",
     "2025-11-17"),
    ("The senator told a town hall meeting on Friday that taxes would fall.", "meeting",
     "2025-11-14"),
    # What is confirmed or denied may be older than the report: no date from it.
    ("Police confirmed the attack on Monday.", "attack", None),
    ("The army acknowledged the strike on Friday.", "strike", None),
]


@pytest.mark.parametrize(("text", "noun", "value"), TABLE)
def test_an_occasion_told_to_takes_the_reports_date(
    text: str, noun: str, value: str | None
) -> None:
    assert time_of(text, noun) == value
