""" "First" and "originally" look back from the news as "last" and "previously" do (issue
25, rule 3).

"A volcano on Tavu erupted on Sunday. The volcano first erupted in 1982. Villagers fled
their homes" put the flight in 1982: the background sentence set the scene for the news
after it. A past act told with "first" ("was first elected in 2010", "first opened in
1990") or "originally" ("was originally built in 1890") is a look back from the news, as
one with "last" or "previously" is (``look_back_adverbs`` of models/dates/context.json):
its date sets no scene for what the story goes on to tell, and a month of it lies behind
the report. "First" and "originally" do so only with a year in a phrase of the verb ("it
first threatened a walkout on Sunday" is of the news: ``first_time_adverbs``). "First,"
opening a sentence, which orders a list, is no look back; nor is a date that opens a
sentence of its own ("In 1982, the volcano erupted. Villagers fled").

Capability table of invented reports, published 2025-11-18 (a Tuesday); counts of the
failing rows before the rule are in the commit message.
"""

from __future__ import annotations

import pytest

import briefx
from tests.event_times import last_time_of

PUBLISHED = "2025-11-18"

# (report, the act after the look back, its time: the lead's)
AFTER = [
    (
        "A volcano on the island of Tavu erupted on Sunday. The volcano first erupted in "
        "1982. Villagers fled their homes.",
        "fled",
        "2025-11-16",
    ),
    (
        "Voters in Velm ousted their mayor on Sunday. He was first elected in 2010. "
        "Crowds celebrated in the main square.",
        "celebrated",
        "2025-11-16",
    ),
    (
        "The Orla bridge collapsed on Monday. It first opened to traffic in 1964. Divers "
        "searched the river for cars.",
        "searched",
        "2025-11-17",
    ),
    (
        "A fire destroyed the Marlow theatre on Saturday. The theatre was originally built "
        "in 1890. Firefighters battled the flames for six hours.",
        "battled",
        "2025-11-15",
    ),
    (
        "Rovers sacked their coach on Friday. The club first hired him in 2021. Fans "
        "protested outside the stadium.",
        "protested",
        "2025-11-14",
    ),
    (
        "The Tarsk mine closed on Monday. It first produced copper in 1951. Workers marched "
        "to the town hall.",
        "marched",
        "2025-11-17",
    ),
    (
        "Floods hit the Brenn valley on Sunday. The river first burst its banks there in "
        "1999. Rescuers evacuated 300 people.",
        "evacuated",
        "2025-11-16",
    ),
    (
        "The Velmora festival was cancelled on Thursday. It was originally planned for "
        "June. Organisers refunded all tickets.",
        "refunded",
        "2025-11-13",
    ),
    (
        "Police arrested the Corvane chief executive on Wednesday. Prosecutors first charged "
        "him in 2019. Officers searched his home.",
        "searched",
        "2025-11-12",
    ),
    (
        "The ferry Nordlys sank on Saturday. It first sailed in 1987. Coastguards rescued 40 "
        "passengers.",
        "rescued",
        "2025-11-15",
    ),
    (
        "The Brannock party won the election on Sunday. It first took power in 1994. Its "
        "leader thanked voters.",
        "thanked",
        "2025-11-16",
    ),
    (
        "Orvik Steel shut its last mill on Thursday. The mill first opened in 1932. "
        "Hundreds of workers lost their jobs.",
        "lost",
        "2025-11-13",
    ),
    (
        "A storm struck the Kessa coast on Monday. Such storms were first recorded there in "
        "1870. The storm destroyed 50 boats.",
        "destroyed",
        "2025-11-17",
    ),
    (
        "The Tarsk museum reopened on Saturday. It originally opened in 1901. Visitors "
        "queued for hours.",
        "queued",
        "2025-11-15",
    ),
    (
        "Talks between Velm and Orla collapsed on Friday. The two sides first met in 2022. "
        "Both delegations left the capital.",
        "left",
        "2025-11-14",
    ),
    (
        "The Marlow senator resigned on Tuesday. She was first elected in 2008. Her party "
        "named a successor.",
        "named",
        "2025-11-18",
    ),
]

# (report, the act, its time: the scene the date set)
SCENE = [
    (
        "A volcano on Tavu erupted on Sunday. In 1982, the volcano erupted for ten days. "
        "Villagers fled their homes.",
        "fled",
        "1982",
    ),
    (
        "The firm cut jobs on Monday. First, it closed two plants in March. Workers "
        "protested at the gates.",
        "protested",
        "2025-03",
    ),
    (
        "The union called a strike on Tuesday. It first threatened a walkout on Sunday. "
        "Members voted at a meeting.",
        "voted",
        "2025-11-16",
    ),
]


@pytest.mark.parametrize(("report", "act", "value"), AFTER, ids=[r[1] for r in AFTER])
def test_an_act_after_a_first_or_original_look_back_is_of_the_news(report, act, value):
    assert last_time_of(report, act, PUBLISHED) == value


@pytest.mark.parametrize(
    ("report", "act", "value"), SCENE, ids=["in-1982", "first-comma", "first-recent"]
)
def test_a_date_that_opens_a_sentence_or_a_list_still_sets_the_scene(report, act, value):
    assert last_time_of(report, act, PUBLISHED) == value


def test_a_month_of_a_first_act_lies_behind_the_report():
    doc = briefx.extract("The festival first opened in April.", published="2026-03-10")
    assert [d.value for d in doc.dates] == ["2025-04"]
