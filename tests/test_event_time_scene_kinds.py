"""When each event happened: the scene a dated sentence sets (issue 25, rule 3), two kinds;
capability tables of invented texts (published 2025-11-18, a Tuesday).

1. A date a superlative ranks within ("its biggest drop this year", "the largest deal in
   the sector this year", "its highest level since 2008") is the field of comparison: the
   next sentence lies in the day the sentence told, not in the year.
2. A plan dated by a past act ("agreed on Monday to buy") looks ahead from a day gone: that
   day is the scene of what is told next; a plan to come still sets no scene for it.
"""

from __future__ import annotations

import pytest

from tests.event_times import time_of

PUBLISHED = "2025-11-18"

# (text, an event of the second sentence, its time's value)
RANKED_WITHIN = [
    (
        "The index fell 3% on Monday, its biggest drop this year. Bank shares led the decline.",
        "led",
        "2025-11-17",
    ),
    ("Gold rose on Friday to its highest level this year. Miners gained.", "gained", "2025-11-14"),
    (
        "Veltor agreed on Monday to buy Brant for $2 billion, "
        "the largest deal in the sector this year. "
        "Brant shares jumped.",
        "jumped",
        "2025-11-17",
    ),
    (
        "The dollar slid on Thursday, its worst day since March. Exporters rallied.",
        "rallied",
        "2025-11-13",
    ),
    (
        "Oil prices surged on Tuesday, the sharpest rise this month. Airlines fell.",
        "fell",
        "2025-11-18",
    ),
    (
        "The striker scored twice on Saturday, his best game this season. The crowd cheered.",
        "cheered",
        "2025-11-15",
    ),
    (
        "Shares closed higher on Friday, the strongest week this year. Trading volume surged.",
        "surged",
        "2025-11-14",
    ),
    (
        "The storm dumped a foot of snow on Sunday, the most in a day this winter. Schools closed.",
        "closed",
        "2025-11-16",
    ),
    (
        "Sales jumped 9% in October, the fastest growth this year. Retailers hired more staff.",
        "hired",
        "2025-10",
    ),
    (
        "The bond yield climbed on Wednesday to its highest level since 2008. Mortgage rates rose.",
        "rose",
        "2025-11-12",
    ),
    (
        "The council approved the plan on Monday, the biggest project this decade. "
        "Residents protested.",
        "protested",
        "2025-11-17",
    ),
    (
        "The market crashed on Thursday, its steepest fall this year. Investors fled to bonds.",
        "fled",
        "2025-11-13",
    ),
    (
        "Exports dropped in September, the largest decline this year. Factories cut shifts.",
        "cut",
        "2025-09",
    ),
    (
        "The team won on Sunday, its first victory this season. Fans celebrated.",
        "celebrated",
        "2025-11-16",
    ),
    (
        "The airline carried a record number of passengers in August, the most this year. "
        "Its shares rose.",
        "rose",
        "2025-08",
    ),
    (
        "The peso fell on Monday to its lowest level this year. The central bank intervened.",
        "intervened",
        "2025-11-17",
    ),
]

PLANNED_ON_A_DAY_GONE = [
    ("Veltor agreed on Monday to buy Brant. Brant shares jumped.", "jumped", "2025-11-17"),
    (
        "The council voted on Friday to close the library. Residents protested.",
        "protested",
        "2025-11-14",
    ),
    (
        "The union decided on Sunday to call a strike. Managers cancelled shifts.",
        "cancelled",
        "2025-11-16",
    ),
    ("The bank promised on Thursday to cut fees. Its shares rose.", "rose", "2025-11-13"),
    (
        "Ministers agreed in October to raise the tax. Business groups objected.",
        "objected",
        "2025-10",
    ),
    (
        "The club offered on Saturday to refund fans. Supporters welcomed the move.",
        "welcomed",
        "2025-11-15",
    ),
    (
        "The firm pledged in March to build a plant. Local officials praised the plan.",
        "praised",
        "2025-03",
    ),
    (
        "Rebels agreed on Monday to free the hostages. Families gathered at the border.",
        "gathered",
        "2025-11-17",
    ),
    (
        "The president vowed on Friday to veto the bill. Lawmakers reacted angrily.",
        "reacted",
        "2025-11-14",
    ),
    (
        "The airline decided in June to drop the route. Passengers complained.",
        "complained",
        "2025-06",
    ),
    (
        "The board voted on Thursday to sell the stadium. Fans marched on the ground.",
        "marched",
        "2025-11-13",
    ),
    (
        "The mayor promised on Sunday to rebuild the bridge. Engineers inspected the site.",
        "inspected",
        "2025-11-16",
    ),
    ("The company agreed in April to pay a fine. Regulators closed the case.", "closed", "2025-04"),
    (
        "The government decided on Monday to ban the drug. Pharmacies removed it from shelves.",
        "removed",
        "2025-11-17",
    ),
    ("Both sides agreed on Saturday to resume talks. Envoys flew to Oslo.", "flew", "2025-11-15"),
    ("The firm will decide on Friday whether to sell. Its shares fell.", "fell", None),
]


@pytest.mark.parametrize(("text", "word", "value"), RANKED_WITHIN)
def test_a_date_a_superlative_ranks_within_sets_no_scene(text: str, word: str, value: str) -> None:
    assert time_of(text, word) == value


def test_the_ranked_event_is_the_act_it_names() -> None:
    # "fell 3% on Monday, its biggest drop this year": the drop is the fall, on Monday,
    # within the year it ranks in (tests/test_event_time_record_named_after_its_act.py).
    text = RANKED_WITHIN[0][0]
    assert time_of(text, "drop") == "2025-11-17"


@pytest.mark.parametrize(("text", "word", "value"), PLANNED_ON_A_DAY_GONE)
def test_a_plan_made_on_a_day_gone_leaves_that_day_the_scene(
    text: str, word: str, value: str | None
) -> None:
    assert time_of(text, word) == value
