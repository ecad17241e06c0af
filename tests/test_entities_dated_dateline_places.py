"""The place of a dateline with its day and no outlet ("VALMORA, June 12 -") is a place
(entities, datelines).

"VALMORA, June 12 - A court in Valmora on Thursday sentenced ..." gave no place for the
dateline, and the later "Valmora" was read as a person. Looking for a region after the
comma ("KESRA, Velmark, June 12"), the dateline reader took the month for one, and the
day after it was no date: the line was no dateline. A region stops where a date starts;
the place then names the report's place, and the same name later in the report is that
place (``_named_again``).

Capability table of invented texts, published 2026-06-12; before the change 8 of the 12
dateline places failed (no place, or the later name a person or an organisation), and the
controls passed. A line that opens with a weekday and a date ("SUNDAY , SEPTEMBER 6
SCHEDULE") is no dateline (``dateline_weekdays``, models/entities/rules.json): the
month no longer read as a region made it one.
"""

from __future__ import annotations

import pytest

from briefx import extract


def entities(text: str) -> dict[str, str]:
    """Every entity's canonical name -> its type."""
    return {e.name: e.type for e in extract(text, published="2026-06-12").entities}


# (text, canonical name, type)
TABLE = [
    ("VALMORA, June 12 - A court on Thursday sentenced a former minister.", "Valmora", "PLACE"),
    ("PORT ELLERY, March 3 - Dock workers walked out on Tuesday.", "Port Ellery", "PLACE"),
    ("BRASKOV, Jan. 5 - Rescuers found two climbers.", "Braskov", "PLACE"),
    ("TELMAR, Sept. 30 - The council approved the budget.", "Telmar", "PLACE"),
    ("NORTH KESSING, Aug. 14 - Fire crews battled a blaze.", "North Kessing", "PLACE"),
    ("ORVANO, Feb 2 - Voters went to the polls.", "Orvano", "PLACE"),
    ("DUNMERE, Oct. 9 - The mine reopened after a month.", "Dunmere", "PLACE"),
    ("KARVELLA, April 22 - Police arrested three men.", "Karvella", "PLACE"),
    ("MIREN, Nov. 3 - Floods swept the valley.", "Miren", "PLACE"),
    ("SANT ELIA, December 1 - Prices rose again.", "Sant Elia", "PLACE"),
    # Named again in the report: the same place.
    ("VALMORA, June 12 - A court in Valmora sentenced a former minister.", "Valmora", "PLACE"),
    ("TELMAR, Sept. 30 - The mayor of Telmar resigned.", "Telmar", "PLACE"),
    # Controls: known places, a region, and a line that is no dateline.
    ("LONDON, June 12 - Shares fell.", "London", "PLACE"),
    ("KESRA, Velmark, June 12 - Floods hit the valley.", "Kesra", "PLACE"),
    ("KESRA, Velmark, June 12 - Floods hit the valley.", "Velmark", "PLACE"),
]


@pytest.mark.parametrize(("text", "name", "type_"), TABLE)
def test_a_dated_datelines_place(text: str, name: str, type_: str) -> None:
    assert entities(text).get(name) == type_


def test_a_dateline_day_is_no_region() -> None:
    assert "June" not in entities("VALMORA, June 12 - A court sentenced a former minister.")


def test_a_line_that_opens_with_a_weekday_names_no_place() -> None:
    # A league table, then the next day's games (the model dates "SEPTEMBER 6" only).
    found = entities("VELL 60 70 .462 11\nSUNDAY , SEPTEMBER 6 SCHEDULE\nHARLOW AT OSTRA")
    assert "Sunday" not in found and "SUNDAY" not in found
