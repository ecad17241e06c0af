"""A day in the possessive tells when, not who (issue 25, frames).

"Valdoria's ruling party lost its majority in Sunday's election" gave the election the
doer "Sunday's"; so did "Monday's attack", "Friday's referendum", "last week's strike".
News names occasions by their day in the possessive all the time. A possessive that is
a date or time word (the model's DATE or TIME, or a weekday, a month, a unit or a day
word of the date lexicon) is no doer of the event noun (briefx.events.words); a
possessive that names someone stays the doer ("the government's decision").

Capability table of invented sentences; before the rule 16 of the 16 days were doers,
and the 4 doers passed.
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2025-12-04"

# (text, the event noun, its doer's text or None)
CASES = [
    ("Sunday's election was close.", "election", None),
    ("Voters rejected Friday's referendum.", "referendum", None),
    ("Monday's attack killed three soldiers.", "attack", None),
    ("Protesters gathered before Tuesday's vote.", "vote", None),
    ("Yesterday's storm felled hundreds of trees.", "storm", None),
    ("Last week's strike cost the port millions.", "strike", None),
    ("Saturday's match drew a record crowd.", "match", None),
    ("Police reviewed footage of Wednesday's riot.", "riot", None),
    ("Thursday's blast shattered windows across the street.", "blast", None),
    ("The fans celebrated Sunday's win late into the night.", "win", None),
    ("Last month's flood destroyed two bridges.", "flood", None),
    ("Officials blamed a fault for Tuesday's blackout.", "blackout", None),
    ("Shares recovered after Monday's selloff.", "selloff", None),
    ("Today's talks ended without a deal.", "talks", None),
    ("March's earthquake left 3,000 people homeless.", "earthquake", None),
    ("Investors welcomed Wednesday's rate cut.", "cut", None),
    # Someone's: the doer.
    ("The government's decision angered farmers.", "decision", "The government's"),
    ("Farmers protested against the council's decision.", "decision", "the council's"),
    ("Lena Moss's resignation surprised the board.", "resignation", "Lena Moss's"),
    ("The army's attack began before dawn.", "attack", "The army's"),
]


@pytest.mark.parametrize(("text", "word", "doer"), CASES)
def test_a_possessive_day_is_no_doer(text, word, doer):
    doc = briefx.extract(text, published=PUBLISHED)
    frame = next(e for f in doc.facts for e in f.events if e.text == word)
    assert (frame.agent.text if frame.agent else None) == doer
