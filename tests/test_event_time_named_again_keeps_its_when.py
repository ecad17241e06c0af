""" "Leaders agreed a deal on Friday. Under the deal, quotas will be reviewed": a noun that
names again an act told as done keeps its "when" (issue 25, the "when" of rule 3).

A noun with no verb of its own takes its sentence's tense. Named again in a sentence told
as to come, the noun took "future". That was wrong when its time, the day of the act it
names again, is the publication day itself (a time that holds the publication day leaves
"when" to the tense). A noun that names again an act the story told as done, with a
date of its sentence, is now past. A noun that names a plan again ("will meet on Friday
... the meeting will") stays to come.

Capability table of invented stories, published 2026-05-29 (a Friday): before the rule
16 of the 16 rows failed (the noun read "future").
"""

from __future__ import annotations

import pytest

import briefx
from tests.event_times import frames_of

PUBLISHED = "2026-05-29"

# (text, the noun named again)
DONE_THEN_NAMED = [
    ("Leaders agreed a deal on Friday. Under the deal, quotas will be reviewed.", "deal"),
    ("The court ruled on Friday. The ruling will force the city to rewrite its plan.", "ruling"),
    ("The two firms agreed a merger on Friday. The merger will create a regional giant.", "merger"),
    (
        "The army and rebels signed a truce on Friday. The truce will be watched by monitors.",
        "truce",
    ),
    ("The firm laid off 300 workers on Friday. The layoffs will save $20 million.", "layoffs"),
    ("The club sacked its coach on Friday. The dismissal will cost it $2 million.", "dismissal"),
    ("The bank cut its rate on Friday. The cut will lower mortgage payments.", "cut"),
    (
        "Rebels freed two hostages on Friday. The release will ease tensions in the region.",
        "release",
    ),
    ("The president visited the flood zone on Friday. The visit will speed up aid.", "visit"),
    ("The state sold its stake in the airline on Friday. The sale will raise $3 billion.", "sale"),
    ("The firm bought a rival on Friday. The purchase will double its market share.", "purchase"),
    ("Police raided a warehouse on Friday. The raid will be examined by a watchdog.", "raid"),
    ("The council closed the bridge on Friday. The closure will last three weeks.", "closure"),
    ("The two leaders met on Friday. The meeting will shape the agenda of the summit.", "meeting"),
    ("The carmaker recalled 20,000 cars on Friday. The recall will cost $50 million.", "recall"),
    ("Police arrested two men on Friday. The arrests will be reviewed by a judge.", "arrests"),
]


@pytest.mark.parametrize(("text", "noun"), DONE_THEN_NAMED)
def test_a_noun_named_again_after_an_act_told_as_done_is_past(text, noun):
    doc = briefx.extract(text, published=PUBLISHED)
    frames = [e for fact in doc.facts for e in fact.events if e.text == noun]
    assert frames, f"no frame {noun!r}"
    assert frames[-1].when == "past"


def test_a_plan_named_again_stays_to_come():
    text = "Ministers will meet in Brussels on Friday. The meeting will set new quotas."
    frame = frames_of(text, PUBLISHED)["meeting"]
    assert frame.when == "future"
