"""States told by an adjective get frames with a time (issue 25, event coverage): "the
notes will be due on March 1", "investors were optimistic on Friday", "properties, worth
$5 million in 2020" (TimeML's STATE and I_STATE adjectives). Capability table of invented
sentences (published 2025-11-18, a Tuesday); the words are data
(``models/events/words.json``: ``copulas``, ``postnominal_states``,
``not_state_adjectives``)."""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2025-11-18"


def _frames(text: str) -> list:
    doc = briefx.extract(text, published=PUBLISHED)
    return [e for f in doc.facts for e in f.events]


# (text, adjective, its time's value)
STATES = [
    ("The bonds will be due on March 1, 2027.", "due", "2027-03-01"),
    ("Shares of the firm were worth $40 in June.", "worth", "2025-06"),
    ("On Monday the mayor was pleased with the result.", "pleased", "2025-11-17"),
    ("Investors were optimistic on Friday.", "optimistic", "2025-11-14"),
    ("Sales in the third quarter were strong.", "strong", "2025-Q3"),
    ("The company was profitable in 2024.", "profitable", "2024"),
    ("Last week the river was still high.", "high", "2025-W46"),
    ("The factory's output was flat in October.", "flat", "2025-10"),
    ("Oil stocks were weak on Thursday.", "weak", "2025-11-13"),
    ("The border was quiet on Sunday.", "quiet", "2025-11-16"),
    ("In May the union's leaders were confident that a deal was near.", "confident", "2025-05"),
    ("His paintings, worth $5 million in 2020, are now worth half that.", "worth", "2020"),
    ("The payment is due in January.", "due", "2026-01"),
    ("Third-quarter earnings were poor.", "poor", "2025-Q3"),
    ("On Tuesday the market was calm.", "calm", "2025-11-18"),
    ("Analysts were cautious in the second quarter.", "cautious", "2025-Q2"),
    ("The shares were cheap in 2019.", "cheap", "2019"),
    ("The loan, payable in 2030, carries no interest.", "payable", "2030"),
    # A date on the copula of a relative clause, far below the sentence's main verb.
    (
        "The cash from the sale of the bonds, which will be due on March 1, 2027, will be"
        " used to cut debt, the firm said.",
        "due",
        "2027-03-01",
    ),
    # The period the subject is measured over, when no date hangs on the copula.
    ("Analysts said on Friday that third-quarter earnings were poor.", "poor", "2025-Q3"),
    ("Shares fell on Monday. Fourth-quarter sales have not been good.", "good", "2025-Q4"),
]


@pytest.mark.parametrize(("text", "word", "value"), STATES)
def test_adjective_states_are_timed_frames(text: str, word: str, value: str) -> None:
    frames = [e for e in _frames(text) if e.text == word]
    assert frames, f"no frame {word!r} in {[e.text for e in _frames(text)]}"
    assert frames[0].time is not None and frames[0].time.value == value, frames[0].time


def test_the_state_is_said_of_the_copulas_subject() -> None:
    frame = next(
        e for e in _frames("Investors were optimistic on Friday.") if e.text == "optimistic"
    )
    assert frame.agent is not None and frame.agent.text == "Investors"
    assert frame.when == "past"


def test_a_negated_state_keeps_its_polarity() -> None:
    frame = next(e for e in _frames("On Monday the mayor was not pleased.") if e.text == "pleased")
    assert frame.polarity == "negative"


# No state of its own: an adjective before its noun, one whose 'to' clause is the event,
# or one that says how a statement stands rather than how its subject is.
NOT_STATES = [
    ("The strong dollar hurt exports on Monday.", "strong"),
    ("The company is likely to sell the unit in May.", "likely"),
    ("The due date passed on Friday.", "due"),
    ("It is clear that the plan failed.", "clear"),
    ("The union was able to win a raise in May.", "able"),
    ("The notes are due to mature in 2030.", "due"),
]


@pytest.mark.parametrize(("text", "word"), NOT_STATES)
def test_adjectives_of_no_state_get_no_frame(text: str, word: str) -> None:
    assert word not in [e.text for e in _frames(text)]


def test_the_clause_of_a_state_adjective_is_still_the_event() -> None:
    frames = _frames("The notes are due to mature in 2030.")
    mature = next(e for e in frames if e.text == "mature")
    assert mature.time is not None and mature.time.value == "2030"


# A state is a frame only when its sentence gives it a time: "the weather was mild" is no
# fact of the report (a state of mind is: "the union wants a raise").
UNDATED_STATES = [
    ("Investors are optimistic about the deal.", "optimistic"),
    ("The weather was mild.", "mild"),
    ("The union is unhappy with the offer.", "unhappy"),
    ("Analysts are cautious, the bank said.", "cautious"),
    ("Farmers are anxious about the rain.", "anxious"),
]


@pytest.mark.parametrize(("text", "word"), UNDATED_STATES)
def test_a_state_with_no_time_is_no_frame(text: str, word: str) -> None:
    assert word not in [e.text for e in _frames(text)]
