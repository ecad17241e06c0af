"""A verb told in the past after "and" goes with the verb that governs an infinitive
before it, not with the infinitive (event frames and time, kind "a finite verb after an
infinitive").

"The mayor promised to rebuild the school and visited the site on Monday": the parser
hangs "visited" on "rebuild" as its conjunct, so the visit was planned, as the
rebuilding is, and lent its Monday to the rebuilding. An infinitive has no finite
conjunct: ``briefx.text.repairs.ParseRepairs``, the first briefx step, hangs a verb in
the past or the third person present that the parse coordinated with an infinitive on
the infinitive's governor, with the "and" between them; every later step reads the
repaired parse.

The infinitive still takes the date of its governor where the governor has one, by
coordination now ("threatened to strike and walked out on Wednesday": the threat and
the walkout on Wednesday; "agreed on Monday to release" is rule 2).

Capability table of invented sentences, published 2025-11-20 (a Thursday): before the
change 7 of the 16 second verbs took the infinitive's modality (planned or possible)
instead of being actual.
"""

from __future__ import annotations

import pytest

from tests.event_times import frames_of

PUBLISHED = "2025-11-20"

# (text, the finite verb after "and", the infinitive before it)
ROWS = [
    (
        "The mayor promised to rebuild the school and visited the site on Monday.",
        "visited",
        "rebuild",
    ),
    (
        "The minister vowed to hunt down the killers and ordered an inquiry on Tuesday.",
        "ordered",
        "hunt",
    ),
    ("The firm decided to close the plant and laid off 300 workers on Friday.", "laid", "close"),
    ("The union threatened to strike and walked out of talks on Wednesday.", "walked", "strike"),
    ("The coach chose to rest his captain and started a teenager on Saturday.", "started", "rest"),
    ("The bank agreed to sell the unit and booked a loss in March.", "booked", "sell"),
    ("Rebels tried to take the airport and shelled the runway on Sunday.", "shelled", "take"),
    ("The president refused to resign and sacked his deputy on Monday.", "sacked", "resign"),
    ("Police planned to raid the flat and arrested two men on Tuesday.", "arrested", "raid"),
    ("The court declined to hear the case and fined the firm on Thursday.", "fined", "hear"),
    ("Voters wanted to punish the government and elected a rival in May.", "elected", "punish"),
    ("The airline hoped to resume flights and cancelled 40 more on Friday.", "cancelled", "resume"),
    ("The council voted to ban cars and closed the bridge on Monday.", "closed", "ban"),
    (
        "The king pledged to reform the army and dismissed three generals on Sunday.",
        "dismissed",
        "reform",
    ),
    ("The club offered to refund fans and apologised on Wednesday.", "apologised", "refund"),
    ("Doctors agreed to end their strike and returned to work on Tuesday.", "returned", "end"),
]


@pytest.mark.parametrize(("text", "verb", "infinitive"), ROWS)
def test_a_finite_verb_goes_with_the_infinitives_governor(
    text: str, verb: str, infinitive: str
) -> None:
    assert infinitive in text
    frames = frames_of(text, PUBLISHED)
    assert frames[verb].modality == "actual"
    assert frames[verb].time is not None
