"""The end of a state told in the present lies ahead (dates, "until May"): in "the coast
road is closed until May" the road is closed now and stays so until then, so May is the
coming May, not the one before the story. Told in the past ("was closed until May"), the
end lies behind; told in the future, ahead as before. The words are data
(``until_preps`` in ``models/dates/context.json``). Capability table of invented texts
(published 2025-11-18, a Tuesday)."""

from __future__ import annotations

import pytest

from tests.test_dates_report_day import value_of

# (text, the date expression, its value)
TABLE = [
    ("The coast road is closed until May.", "May", "2026-05"),
    ("The exhibition runs until January.", "January", "2026-01"),
    ("The ban stays in place until February.", "February", "2026-02"),
    ("The mine remains closed until at least September.", "September", "2026-09"),
    ("The roadworks last until March.", "March", "2026-03"),
    ("The curfew is in force until Friday.", "Friday", "2025-11-21"),
    ("The offer is open till Sunday.", "Sunday", "2025-11-23"),
    ("Schools stay shut until Monday.", "Monday", "2025-11-24"),
    ("The strike continues until Thursday.", "Thursday", "2025-11-20"),
    ("The museum is closed for repairs until April.", "April", "2026-04"),
    ("Voting runs until October.", "October", "2026-10"),
    ("Nominations are open until June 30.", "June 30", "2026-06-30"),
    # Told in the past, the end lies behind; in the future, ahead.
    ("The road was closed until May.", "May", "2025-05"),
    ("The ban lasted until February.", "February", "2025-02"),
    ("Schools stayed shut until Monday.", "Monday", "2025-11-17"),
    ("The curfew had been in force until Friday.", "Friday", "2025-11-14"),
    ("The ban will stay in place until March.", "March", "2026-03"),
]


@pytest.mark.parametrize(("text", "phrase", "value"), TABLE)
def test_the_end_of_a_present_state_lies_ahead(text: str, phrase: str, value: str) -> None:
    assert value_of(text, phrase) == value
