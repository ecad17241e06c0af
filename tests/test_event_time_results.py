"""When each event happened, for results and scenes: capability tables (invented
sentences, published 2025-11-18, a Tuesday).

A firm's results ("third-quarter earnings", "had a loss of $3 million") are events told for
a period; a coarser date that holds the scene's day does not move the scene.
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2025-11-18"


def _frames(text: str, word: str):
    doc = briefx.extract(text, published=PUBLISHED)
    return [e for f in doc.facts for e in f.events if e.text == word], doc


def _frame(text: str, word: str):
    frames, doc = _frames(text, word)
    found = [e.text for f in doc.facts for e in f.events]
    assert frames, f"no frame {word!r} in {found}"
    return frames[0], doc


# Results (models/events/words.json result_nouns): an event when the text tells it for a
# time, carries it by a result verb ("had", "posted", "reported") or gives its amount;
# "had" with a result for its object is an event too (TimeML's state at that time).
RESULTS = [
    ("Harbor Mills reported third-quarter earnings of $12 million.", "earnings", "2025-Q3"),
    (
        "The retailer posted net income of $4.1 million in the second quarter.",
        "income",
        "2025-Q2",
    ),
    ("A year ago, the bank had a profit of $2 million.", "profit", "2024"),
    ("A year ago, the bank had a profit of $2 million.", "had", "2024"),
    ("Sales in the first half totaled $300 million.", "Sales", "2025-H1"),
    ("The company had a loss of $3 million in the third quarter.", "had", "2025-Q3"),
    ("As of Sept. 30, the lender had assets of $900 million.", "had", "2025-09-30"),
    ("In 2024 the chain had revenue of $1.2 billion.", "revenue", "2024"),
    ("The group's profit for 2024 was $50 million.", "profit", "2024"),
    (
        "The firm earned $5 million, compared with a profit of $7 million last year.",
        "profit",
        "2024",
    ),
    ("Fourth-quarter sales climbed 6%.", "sales", "2025-Q4"),
    ("The airline's revenue in October was $40 million.", "revenue", "2025-10"),
    ("The state had a deficit of $2 billion in 2023.", "had", "2023"),
    ("The state had a deficit of $2 billion in 2023.", "deficit", "2023"),
    ("In the second quarter, the brewer had net of $8 million.", "had", "2025-Q2"),
    (
        "The insurer had operating profit of $30 million in the first quarter.",
        "profit",
        "2025-Q1",
    ),
]


@pytest.mark.parametrize(("text", "word", "value"), RESULTS)
def test_results_are_events_of_their_period(text, word, value) -> None:
    frame, _ = _frame(text, word)
    assert frame.time is not None and frame.time.value == value, frame.time
    assert frame.time.source == "sentence"


# A result word alone, or "have" with no result, is no event.
NOT_RESULTS = [
    ("Profits matter to investors.", "Profits"),
    ("She had an idea about the market.", "had"),
    ("The board has a new chairman.", "has"),
    ("Earnings drive share prices.", "Earnings"),
    ("He has two sisters.", "has"),
]


@pytest.mark.parametrize(("text", "word"), NOT_RESULTS)
def test_results_alone_are_not_events(text, word) -> None:
    frames, _ = _frames(text, word)
    assert frames == []


# The scene (rule 3) is a day: a later date that holds it and is coarser, said of a state
# or in a sentence with no event ("volume this month is high"), does not move it; the
# events after it keep the day.
SCENE_HOLDS = [
    (
        "Shares of Norbeck fell 3% on Friday. Average volume for November is 2 million "
        "shares. Tallis rose 2 to 31.",
        "rose",
    ),
    (
        "The index slipped 1.2% on Friday. Turnover this month is the lowest in a year. "
        "Oremont gained 5%.",
        "gained",
    ),
    (
        "Bond prices rose on Friday. The yield this year is near 4%. Dealers bought notes.",
        "bought",
    ),
    (
        "On Friday the dollar fell against the yen. Its average for the fourth quarter is "
        "weak. Gold climbed $4.",
        "climbed",
    ),
    (
        "Crude oil jumped 2% on Friday. Output in November is steady. Refiners cut prices.",
        "cut",
    ),
    (
        "Talks broke down on Friday. This month is the third month of the strike. The union "
        "picketed the plant.",
        "picketed",
    ),
    (
        "The mayor resigned on Friday. Her term this year is the shortest on record. The "
        "council named a successor.",
        "named",
    ),
    (
        "Floods hit the valley on Friday. Rainfall this month is twice the usual. Crews "
        "rescued 40 people.",
        "rescued",
    ),
    (
        "Verlo Corp. shares sank on Friday. Its debt for 2025 is $2 billion. Rival Kestin "
        "shares rose.",
        "rose",
    ),
    (
        "The ferry sank on Friday near the port. Traffic in November is heavy. Divers "
        "searched the wreck.",
        "searched",
    ),
    (
        "The court ruled on Friday. Its docket this month is full. The judge fined the firm.",
        "fined",
    ),
    (
        "Markets tumbled on Friday. Volume this month is high. Brokers sold bank shares.",
        "sold",
    ),
    (
        "The plant closed on Friday. Demand in the fourth quarter is low. Workers left the "
        "site.",
        "left",
    ),
    (
        "Coffee futures surged on Friday. Supply this year is short. Roasters raised "
        "prices.",
        "raised",
    ),
    (
        "The airline grounded its fleet on Friday. Its schedule for November is thin. "
        "Passengers missed flights.",
        "missed",
    ),
    (
        "Police raided the office on Friday. Crime this year is down. Officers seized "
        "records.",
        "seized",
    ),
]


@pytest.mark.parametrize(("text", "word"), SCENE_HOLDS)
def test_a_coarser_date_of_a_state_keeps_the_scenes_day(text, word) -> None:
    frame, _ = _frame(text, word)
    assert frame.time is not None and frame.time.value == "2025-11-14", frame.time
    assert frame.time.source == "context"


# A past event's own date moves the scene, coarser or not; a date that does not hold the
# scene's day moves it too.
SCENE_MOVES = [
    (
        "Shares fell on Friday. In November the firm sold 2 million shares. It hired bankers.",
        "hired",
        "2025-11",
    ),
    (
        "The plant closed on Friday. This year it cut 300 jobs. It sold a unit.",
        "sold",
        "2025",
    ),
    (
        "The index slipped on Friday. Volume in October is low. Tallis rose 2 to 31.",
        "rose",
        "2025-10",
    ),
    (
        "Talks broke down on Friday. In 2019 the union struck for a month. It won a raise.",
        "won",
        "2019",
    ),
]


@pytest.mark.parametrize(("text", "word", "value"), SCENE_MOVES)
def test_a_past_events_date_moves_the_scene(text, word, value) -> None:
    frame, _ = _frame(text, word)
    assert frame.time is not None and frame.time.value == value, frame.time
