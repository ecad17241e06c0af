"""A date in what a warning or a forecast foretells lies ahead (dates): in "the weather
service warned on Wednesday of heavy rain at the weekend" the rain is to come, so the
weekend is the coming one, though "warned" is past; so is the day of "predicted snow
for Friday", "forecast storms on Sunday". The report's own date stays as told ("warned
on Wednesday"). The verbs are data (``foretelling_verbs`` in
``models/dates/context.json``). Capability table of invented texts (published 2025-11-18,
a Tuesday)."""

from __future__ import annotations

import pytest

from tests.test_dates_report_day import value_of

# (text, the date expression, its value)
TABLE = [
    ("The weather service warned of heavy rain at the weekend.", "the weekend", "2025-W47-WE"),
    ("Forecasters warned of snow on Friday.", "Friday", "2025-11-21"),
    ("Officials warned of more strikes in December.", "December", "2025-12"),
    ("The agency cautioned about high winds on Thursday night.", "Thursday", "2025-11-20TNI"),
    ("Forecasters predicted snow for Sunday.", "Sunday", "2025-11-23"),
    ("The service predicted storms for the weekend.", "the weekend", "2025-W47-WE"),
    ("Economists predicted a slowdown in January.", "January", "2026-01"),
    ("Analysts warned of job cuts in the spring.", "the spring", "2026-SP"),
    ("Police warned of delays on Saturday.", "Saturday", "2025-11-22"),
    ("The service warned on Monday of heavy rain at the weekend.", "the weekend", "2025-W47-WE"),
    ("The minister warned members of parliament on Friday.", "Friday", "2025-11-14"),
    # The report's own date stays as told.
    ("The weather service warned on Monday of heavy rain.", "Monday", "2025-11-17"),
    ("Forecasters on Sunday predicted more snow.", "Sunday", "2025-11-16"),
    # What a warning looked back on is not foretold.
    ("The auditor warned in March that the fund was short.", "March", "2025-03"),
    ("Officials warned residents on Friday to stay indoors.", "Friday", "2025-11-14"),
    ("The report warned of losses made in October.", "October", "2025-10"),
    ("The minister warned of the damage done by the storm on Sunday.", "Sunday", "2025-11-16"),
]


@pytest.mark.parametrize(("text", "phrase", "value"), TABLE)
def test_a_date_in_what_is_foretold_lies_ahead(text: str, phrase: str, value: str) -> None:
    assert value_of(text, phrase) == value


# A season to come that has passed this year is next year's.
SEASONS = [
    ("The plant will reopen in the spring.", "the spring", "2026-SP"),
    ("The road will be rebuilt in the summer.", "the summer", "2026-SU"),
    ("The works will finish in the winter.", "the winter", "2025-WI"),
    ("The plant reopened in the spring.", "the spring", "2025-SP"),
]


@pytest.mark.parametrize(("text", "phrase", "value"), SEASONS)
def test_a_season_to_come_lies_ahead(text: str, phrase: str, value: str) -> None:
    assert value_of(text, phrase) == value
