"""Fiscal quarters and periods as the time of a firm's results (issue 25): "third-quarter
net", "the fourth quarter", "fiscal 2024", and a period the parser hangs on the reporting
verb ("said it had a loss of $9 million for the quarter": the loss was for the quarter,
the report was made on a day; ``models/events/words.json`` ``period_preps``). Capability
table of invented sentences (published 2025-11-18, a Tuesday)."""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2025-11-18"

# (text, event word, its time's value)
PERIODS = [
    # The parser hangs the period on "said" in these long sentences.
    (
        "The Denver savings holding company said it had a loss of $41.5 million, or $2.10 a"
        " share, for the quarter ended Sept. 30.",
        "had",
        "2025-Q3",
    ),
    (
        "The Denver savings holding company said it had a loss of $41.5 million, or $2.10 a"
        " share, for the quarter ended Sept. 30.",
        "loss",
        "2025-Q3",
    ),
    (
        "The Utah mining holding company said it had a gain of $7.5 million, or 31 cents a"
        " share, for the quarter.",
        "gain",
        "2025-Q3",
    ),
    (
        "The Iowa farm lending company said it posted a loss of $6.2 million, or 45 cents a"
        " share, for the first half.",
        "posted",
        "2025-H1",
    ),
    (
        "The Maine paper holding company said it had a loss of $2.4 million, or 9 cents a"
        " share, for fiscal 2024.",
        "had",
        "2024",
    ),
    (
        "The lender said it had a loss of $9 million, or 50 cents a share, for the quarter.",
        "had",
        "2025-Q3",
    ),
    (
        "The lender said it had a loss of $9 million, or 50 cents a share, for the quarter.",
        "loss",
        "2025-Q3",
    ),
    ("The lender said Monday it had a loss of $9 million for the quarter.", "had", "2025-Q3"),
    (
        "The chain said it earned $3 million, or 8 cents a share, for the first half.",
        "earned",
        "2025-H1",
    ),
    ("The bank said it had a profit of $4 million in the third quarter.", "had", "2025-Q3"),
    ("Third-quarter net rose 5%.", "rose", "2025-Q3"),
    ("Third-quarter net rose 5%.", "net", "2025-Q3"),
    ("Net income in fiscal 2024 fell 3%.", "fell", "2024"),
    ("Fourth-quarter sales rose 4%.", "rose", "2025-Q4"),
    ("In the fourth quarter, the company shipped 2,000 trucks.", "shipped", "2025-Q4"),
    ("The company posted third-quarter earnings of $3 million.", "earnings", "2025-Q3"),
    ("Revenue in the second quarter was $2 billion.", "Revenue", "2025-Q2"),
    ("The company earned $5 million in the fiscal first quarter.", "earned", "2025-Q1"),
    ("Growth slowed sharply in the third quarter of 2024.", "slowed", "2024-Q3"),
    ("The retailer's fiscal 2024 profit rose 8%.", "profit", "2024"),
    ("The company took a charge of $4 million in the third quarter.", "charge", "2025-Q3"),
    ("Analysts expect slower growth for the fourth quarter.", "growth", "2025-Q4"),
    ("The insurer posted a loss of $8 million for the fiscal fourth quarter.", "loss", "2025-Q4"),
]


@pytest.mark.parametrize(("text", "word", "value"), PERIODS)
def test_results_take_their_period(text: str, word: str, value: str) -> None:
    doc = briefx.extract(text, published=PUBLISHED)
    frames = [e for f in doc.facts for e in f.events if e.text == word]
    assert frames, f"no frame {word!r} in {[e.text for f in doc.facts for e in f.events]}"
    assert frames[0].time is not None and frames[0].time.value == value, frames[0].time


def test_a_report_keeps_its_own_day() -> None:
    """The period goes to what is reported; the report's day stays the report's."""
    doc = briefx.extract(
        "The lender said Monday it had a loss of $9 million for the quarter.",
        published=PUBLISHED,
    )
    assert [d.value for d in doc.dates] == ["2025-11-17", "2025-Q3"]
    assert "said" not in [e.text for f in doc.facts for e in f.events]


# More of a firm's results told for a period (``result_nouns``): "first-half results",
# "orders in October"; alone they are things ("the results of the test").
RESULT_NOUNS = [
    ("Third-quarter results included a gain of $4 million.", "results", "2025-Q3"),
    ("The bank's results for the first half beat forecasts.", "results", "2025-H1"),
    ("Orders in October rose 3%.", "Orders", "2025-10"),
    ("Bookings for the fourth quarter fell.", "Bookings", "2025-Q4"),
    ("The firm made payments of $3 million in 2024.", "payments", "2024"),
]


@pytest.mark.parametrize(("text", "word", "value"), RESULT_NOUNS)
def test_result_nouns_take_their_period(text: str, word: str, value: str) -> None:
    doc = briefx.extract(text, published=PUBLISHED)
    frames = [e for f in doc.facts for e in f.events if e.text == word]
    assert frames, f"no frame {word!r} in {[e.text for f in doc.facts for e in f.events]}"
    assert frames[0].time is not None and frames[0].time.value == value, frames[0].time


@pytest.mark.parametrize(
    "text", ["The results of the test surprised the doctors.", "The ship's orders were to sail."]
)
def test_result_nouns_alone_are_not_frames(text: str) -> None:
    doc = briefx.extract(text, published=PUBLISHED)
    words = [e.text.lower() for f in doc.facts for e in f.events]
    assert "results" not in words and "orders" not in words
