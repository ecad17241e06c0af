"""A deed and a plan are two acts (issue 25 for the brief): one report telling that
"President Adam Kral vetoed two spending bills in the summer" and another of the same day
that "Kral has threatened to veto the budget" report two vetoes, not one told twice. The
deed's time ended over ``NEWS_DAYS`` before the report that tells the act to come
(``briefx.crossdoc.identity.done_and_to_come``). A plan told before the deed ("will sign
the budget on Friday", then "signed the budget on Friday") stays one act. Capability
table of invented report pairs."""

from __future__ import annotations

import pytest

import briefx

# (deed, plan), both published 2025-11-18.
DEED_AND_PLAN = [
    (
        "President Adam Kral vetoed two spending bills in the summer.",
        "President Adam Kral has threatened to veto the budget.",
    ),
    ("The union held a strike at the port in October.", "The union may strike at the port again."),
    (
        "Rebels attacked the convoy near Goma in March.",
        "Rebels could attack the convoy near Goma, officials warned.",
    ),
    (
        "The central bank raised interest rates in July.",
        "The central bank is expected to raise interest rates.",
    ),
    ("The airline cut 2,000 jobs last year.", "The airline plans to cut 2,000 jobs."),
    ("The minister visited Kyiv in May.", "The minister will visit Kyiv."),
    (
        "Police arrested three protesters in the square on Nov. 2.",
        "Police may arrest protesters in the square.",
    ),
    ("The company closed its plant in Ohio in 2023.", "The company could close its plant in Ohio."),
    ("Lawmakers rejected the bill in June.", "Lawmakers are likely to reject the bill."),
    ("The club sacked its coach in August.", "The club might sack its coach."),
    (
        "The army withdrew troops from the border in April.",
        "The army intends to withdraw troops from the border.",
    ),
    ("Officials evacuated the town in September.", "Officials may evacuate the town."),
    ("The regulator fined the bank in January.", "The regulator could fine the bank."),
    ("The government raised fuel taxes in 2024.", "The government wants to raise fuel taxes."),
    ("Voters elected a new mayor in the spring.", "Voters will elect a new mayor."),
]

# ((published, plan), (published, deed)): the plan told first, the deed after.
PLAN_THEN_DEED = [
    (
        ("2025-11-12", "President Adam Kral will sign the budget on Friday."),
        ("2025-11-15", "President Adam Kral signed the budget on Friday."),
    ),
    (
        ("2025-11-10", "The minister will visit Kyiv on Thursday, her office said."),
        ("2025-11-14", "The minister visited Kyiv on Thursday, her office said."),
    ),
]


def _together(*reports: tuple[str, str]) -> bool:
    docs = [
        briefx.extract(text, published=published, doc_id=f"r{n}")
        for n, (published, text) in enumerate(reports)
    ]
    return any({f.doc for f in c.facts} >= {0, 1} for c in briefx.brief(docs).fact_clusters)


@pytest.mark.parametrize(("deed", "plan"), DEED_AND_PLAN)
def test_a_deed_and_a_plan_of_later_news_are_two_acts(deed: str, plan: str) -> None:
    assert not _together(("2025-11-18", deed), ("2025-11-18", plan))


@pytest.mark.parametrize(("plan", "deed"), PLAN_THEN_DEED)
def test_a_plan_told_before_the_deed_is_one_act(
    plan: tuple[str, str], deed: tuple[str, str]
) -> None:
    assert _together(plan, deed)
