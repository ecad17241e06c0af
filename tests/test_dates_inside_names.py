"""A date word inside a name is part of the name (fresh news).

"SAN FRANCISCO (Tech Daily) - ..." gave a date "Daily" (every day) out of the outlet's
name. A date phrase that lies inside a name of several words the entities stage found
(an outlet, a company, a place: "Tech Daily", "Christmas Island", "the Summer Palace")
is no date. Capability table of invented sentences, published 2025-11-18; 11 of the 15
failed before, two still do (strict xfails).
"""

from __future__ import annotations

import pytest

import briefx

# (text, the dates' texts expected)
NAMED = [
    ("SAN JOSE (Tech Daily) - Sales rose on Monday.", ["Monday"]),
    ("PELLA (Vell Daily) - The port reopened.", []),
    ("The Harbour Weekly reported the closure on Monday.", ["Monday"]),
    ("Flights to Christmas Island resumed on Friday.", ["Friday"]),
    ("The Tarsk Daily News said the mayor quit on Sunday.", ["Sunday"]),
    pytest.param(
        "The Sunday Courier ran the story on Tuesday.",
        ["Tuesday"],
        marks=pytest.mark.xfail(
            strict=True, reason="the model reads the weekday as a date: no name"
        ),
    ),
    ("The Summer Palace reopened on Tuesday.", ["Tuesday"]),
    ("Vell Today published the letter on Friday.", ["Friday"]),
    ("The Saturday Herald endorsed her on Monday.", ["Monday"]),
    ("Workers at Winter Park Resort walked out on Monday.", ["Monday"]),
    ("May Holdings sold its stake in Corvane on Friday.", ["Friday"]),
    ("Spring Valley Foods closed its plant on Monday.", ["Monday"]),
    pytest.param(
        "The Monday Club met in Vell on Friday.",
        ["Friday"],
        marks=pytest.mark.xfail(
            strict=True, reason="the model reads the weekday as a date: no name"
        ),
    ),
    ("Easter Island reopened to tourists in March.", ["March"]),
    ("The Weekly Gazette of Orvik closed in October.", ["October"]),
    # A date beside a name stays.
    ("Vell Rovers play on Saturday.", ["Saturday"]),
    ("Corvane said on Monday that sales rose daily in March.", ["Monday", "daily", "March"]),
]


@pytest.mark.parametrize(("text", "found"), NAMED)
def test_a_date_word_inside_a_name_is_no_date(text: str, found: list[str]) -> None:
    doc = briefx.extract(text, published="2025-11-18")
    assert [d.text for d in doc.dates] == found
