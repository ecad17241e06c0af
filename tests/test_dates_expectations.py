"""What someone expects lies ahead (dates): in "forecasters expect the wind to drop on
Wednesday" the wind has not dropped yet, so Wednesday is the coming one, though no "will"
says so; the same for "expects a cut in the spring" (next spring, told in November).
"Expected" already looked ahead; "expect", "expects", "anticipate" did not, and the
weekday fell back to the past one. Told in the past perfect, or as what was expected of
a past event ("as expected, the bank cut rates on Thursday"), the date stays behind. The
words are data (``future_heads`` and ``foretelling_verbs`` in
``models/dates/context.json``). Capability table of invented texts (published
2025-11-18, a Tuesday)."""

from __future__ import annotations

import pytest

from tests.test_dates_report_day import value_of

# (text, the date expression, its value)
AHEAD = [
    ('"We expect the wind to drop on Wednesday," the fire chief said.', "Wednesday", "2025-11-19"),
    ("Forecasters expect the storm to reach the coast on Thursday.", "Thursday", "2025-11-20"),
    ("The company expects to close the sale in March.", "March", "2026-03"),
    ("Economists expect a rate cut in the spring.", "the spring", "2026-SP"),
    ("Traders expect a rebound on Friday.", "Friday", "2025-11-21"),
    ("Analysts expect the central bank to hold rates in December.", "December", "2025-12"),
    ("The union expects talks to resume on Monday.", "Monday", "2025-11-24"),
    ("Officials anticipate a ruling in January.", "January", "2026-01"),
    ("The mayor says she expects the bridge to reopen in April.", "April", "2026-04"),
    ("Police anticipate more arrests on Thursday.", "Thursday", "2025-11-20"),
    ("Shops are expecting big crowds on Saturday.", "Saturday", "2025-11-22"),
    ("We expect to hear from the court in February.", "February", "2026-02"),
    ("I expect him to sign the bill on Friday, an aide said.", "Friday", "2025-11-21"),
]

# The date of the report, or of something already done, stays behind.
BEHIND = [
    ("The company said on Monday it expects to cut jobs.", "Monday", "2025-11-17"),
    ("Analysts had expected a cut in March.", "March", "2025-03"),
    ("As expected, the bank cut rates on Thursday.", "Thursday", "2025-11-13"),
    ("Sales rose in October, more than analysts had expected.", "October", "2025-10"),
    ("On Monday, the firm expected demand to slow.", "Monday", "2025-11-17"),
]


@pytest.mark.parametrize(("text", "phrase", "value"), AHEAD)
def test_what_is_expected_lies_ahead(text: str, phrase: str, value: str) -> None:
    assert value_of(text, phrase) == value


@pytest.mark.parametrize(("text", "phrase", "value"), BEHIND)
def test_a_date_of_the_report_or_of_a_done_act_stays(text: str, phrase: str, value: str) -> None:
    assert value_of(text, phrase) == value
