"""What a report in the past said would happen is to come, not a maybe (capability
table, modality).

"The company said it would close two smelters": "would" is the "will" of the report's
day (the future of the past), so the closing is planned, as "will close" is; the
brief's timeline said "may close ... (possible)". A "would" with a perfect ("would have
collapsed"), with a condition of its own ("would fall if demand weakened"), after a
report in the present ("says the plan would save money") or in no report stays
possible (``reported_future``, ``reported_conditions`` in models/events/words.json).
Sentences invented for this table.
"""

from __future__ import annotations

import pytest

from tests.event_times import frame_of

# (sentence, event word): planned
PLANNED = [
    ("The company said it would close two smelters next year.", "close"),
    ("Officials said the road would reopen on Monday.", "reopen"),
    ("He told reporters he would resign.", "resign"),
    ("The minister announced that taxes would rise in April.", "rise"),
    ("She added that talks would resume on Friday.", "resume"),
    ("The union said its members would strike next week.", "strike"),
    ("The club confirmed that the match would go ahead.", "go"),
    ("Police said the suspect would appear in court on Monday.", "appear"),
    ("The airline said it would cut 300 jobs.", "cut"),
    ("The president said on Sunday that he would visit Kyiv.", "visit"),
    ("The council has said it would rebuild the bridge.", "rebuild"),
    ("The firm said it would not raise prices.", "raise"),
    ("The agency reported that the rocket would lift off in March.", "lift"),
    ("Halden Bank said it would buy back shares worth 2 billion crowns.", "buy"),
    ("The organisers announced the festival would move to June.", "move"),
]
# (sentence, event word): possible
POSSIBLE = [
    ("Analysts said prices would fall if demand weakened.", "fall"),
    ("The mayor said the bridge would have collapsed without repairs.", "collapsed"),
    ("A strike would cost the company 2 million pounds a day.", "cost"),
    ("The minister says the plan would save money.", "save"),
    ("Officials said the dam could fail.", "fail"),
]


@pytest.mark.parametrize(("text", "word"), PLANNED)
def test_would_in_a_past_report_is_to_come(text: str, word: str) -> None:
    assert frame_of(text, word).modality == "planned"


@pytest.mark.parametrize(("text", "word"), POSSIBLE)
def test_would_of_a_maybe_stays_possible(text: str, word: str) -> None:
    assert frame_of(text, word).modality == "possible"


def test_a_report_that_it_would_not_happen_is_planned_and_negative() -> None:
    frame = frame_of("The firm said it would not raise prices.", "raise")
    assert (frame.modality, frame.polarity) == ("planned", "negative")
