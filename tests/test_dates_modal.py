"""The date a modal or a plan points at (issue 25: "Talks could resume on Thursday" is the
coming Thursday): capability table of invented sentences (published 2025-11-18, a Tuesday).

A modal looks ahead unless "have" follows it ("may have left on Sunday") or it is a
negated "could" ("could not be reached on Friday", "neither man could be located"); a verb
of planning told in the past puts its object's day ahead ("planned a march on Saturday"),
unless it is a plan that was ("had planned").
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2025-11-18"

# (text, the date's last word, its value)
MODALS_AND_PLANS = [
    ("Protesters planned a march on Saturday.", "Saturday", "2025-11-22"),
    ("The union scheduled a strike for Friday.", "Friday", "2025-11-21"),
    ("Organisers planned a concert in the park on Sunday.", "Sunday", "2025-11-23"),
    ("The club slated a friendly match for Thursday.", "Thursday", "2025-11-20"),
    ("The club had planned a parade on Saturday.", "Saturday", "2025-11-15"),
    ("Talks could resume on Thursday.", "Thursday", "2025-11-20"),
    ("The court may rule on Wednesday.", "Wednesday", "2025-11-19"),
    ("The strike might end on Friday.", "Friday", "2025-11-21"),
    ("The council should vote on Thursday.", "Thursday", "2025-11-20"),
    ("A ruling could come on Friday.", "Friday", "2025-11-21"),
    ("The rebels may release the hostages on Saturday.", "Saturday", "2025-11-22"),
    ("Negotiators could sign the deal on Wednesday.", "Wednesday", "2025-11-19"),
    ("The ship must leave port by Sunday.", "Sunday", "2025-11-23"),
    ("The bank can cut rates on Thursday.", "Thursday", "2025-11-20"),
    ("The suspect may have left the country on Sunday.", "Sunday", "2025-11-16"),
    ("Officials could not be reached on Friday.", "Friday", "2025-11-14"),
    ("Neither man could be located on Sunday.", "Sunday", "2025-11-16"),
    ("Police could have stopped the attack on Monday.", "Monday", "2025-11-17"),
]


@pytest.mark.parametrize(("text", "span", "value"), MODALS_AND_PLANS)
def test_a_modal_or_a_plan_points_ahead(text: str, span: str, value: str) -> None:
    doc = briefx.extract(text, published=PUBLISHED)
    found = [d.value for d in doc.dates if d.text.endswith(span)]
    assert found == [value], [(d.text, d.value) for d in doc.dates]
