"""Dates against the publication date: a month told of something to come in a past
sentence (capability table of invented sentences, published 2025-11-18).

"Retail sales dropped in October, data showed, ahead of a tax rise due in January":
January is the coming one, though the sentence is told in the past: the date belongs to
"a tax rise due", or to what lies "ahead of" the story (briefx.dates.tense), however the
parse hangs it. A month after "after" in a past sentence stays past.
"""

from __future__ import annotations

import pytest

import briefx

# (text, the date's text, its TIMEX3 value)
TO_COME = [
    (
        "Retail sales dropped in October, data showed, ahead of a tax rise due in January.",
        "January",
        "2026-01",
    ),
    ("Shares fell on Friday ahead of results in February.", "February", "2026-02"),
    ("Investors sold bonds ahead of a vote in March.", "March", "2026-03"),
    ("Prices rose before a fee increase due in April.", "April", "2026-04"),
    ("The firm hired staff for a launch due in May.", "May", "2026-05"),
    ("Traders bought oil ahead of a meeting in January.", "January", "2026-01"),
    ("The union prepared for a strike due in February.", "February", "2026-02"),
    ("Stocks slipped ahead of elections in June.", "June", "2026-06"),
    ("The city paved roads ahead of a summit in March.", "March", "2026-03"),
    ("Banks raised cash ahead of a deadline in January.", "January", "2026-01"),
    ("Airlines added flights for a festival due in April.", "April", "2026-04"),
    ("Shoppers queued ahead of a price rise in February.", "February", "2026-02"),
    ("The team trained hard ahead of the final in May.", "May", "2026-05"),
    ("The council cut spending ahead of a budget vote in March.", "March", "2026-03"),
    ("Growers harvested early ahead of frost due in January.", "January", "2026-01"),
]

TOLD_OF_THE_PAST = [
    ("Retail sales dropped in October after a tax rise in September.", "September", "2025-09"),
    ("Shares fell in October after results in September.", "September", "2025-09"),
]


def _values(text: str, said: str) -> list[str]:
    doc = briefx.extract(text, published="2025-11-18")
    return [d.value for d in doc.dates if d.text == said]


@pytest.mark.parametrize(("text", "said", "value"), TO_COME)
def test_a_month_of_something_to_come_is_the_coming_one(text: str, said: str, value: str) -> None:
    assert _values(text, said) == [value]


@pytest.mark.parametrize(("text", "said", "value"), TOLD_OF_THE_PAST)
def test_a_month_of_something_past_stays_past(text: str, said: str, value: str) -> None:
    assert _values(text, said) == [value]
