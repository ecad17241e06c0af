""" "Leaders agreed on Friday to cut quotas. The agreement follows months of protests": the
news named again as the subject of a verb of sequence told in the present (issue 25,
rules 3 and 5).

A verb of sequence ("follow", "precede") places its subject only relative to its object,
so its subject took no time (rule 5). Told in the present, its subject is the story's news
named again, as with "come" ("The agreement comes after months of protests"): it now lies
in the story's scene and takes the time of the event it names again. Told in the past
("The decline followed a surge in September") the subject is still placed only relative
to the object.

Capability table of invented stories, published 2026-05-29 (a Friday): before the rule
15 of the 16 rows failed (the noun had no time).
"""

from __future__ import annotations

import pytest

from tests.event_times import last_time_of

PUBLISHED = "2026-05-29"

# (text, the noun that names the news again, its day)
NAMED_AGAIN = [
    (
        "Leaders agreed on Friday to cut fishing quotas. The agreement follows months of "
        "protests by crews who blocked harbours in April.",
        "agreement",
        "2026-05-29",
    ),
    (
        "Police arrested two men on Thursday. The arrests follow a spate of thefts in March.",
        "arrests",
        "2026-05-28",
    ),
    (
        "The board dismissed the coach on Wednesday. The dismissal follows five defeats "
        "since April.",
        "dismissal",
        "2026-05-27",
    ),
    (
        "The firm cut 300 jobs on Tuesday. The cuts follow a slump in orders in the spring.",
        "cuts",
        "2026-05-26",
    ),
    (
        "The two sides signed a truce on Monday. The truce follows clashes in April that "
        "killed 40.",
        "truce",
        "2026-05-25",
    ),
    (
        "The minister resigned on Thursday. The resignation follows a row over spending in May.",
        "resignation",
        "2026-05-28",
    ),
    (
        "Police raided the bank on Wednesday. The raid follows an inquiry that began in 2024.",
        "raid",
        "2026-05-27",
    ),
    (
        "Rebels seized the town on Tuesday. The attack follows weeks of shelling in April.",
        "attack",
        "2026-05-26",
    ),
    (
        "The court jailed the mayor on Monday. The sentencing follows his conviction in March.",
        "sentencing",
        "2026-05-25",
    ),
    (
        "The airline cancelled 200 flights on Thursday. The cancellations follow two engine "
        "fires in May.",
        "cancellations",
        "2026-05-28",
    ),
    (
        "The club bought a new striker on Wednesday. The purchase follows a bid that failed "
        "in January.",
        "purchase",
        "2026-05-27",
    ),
    (
        "Workers walked out on Tuesday. The strike follows talks that collapsed in April.",
        "strike",
        "2026-05-26",
    ),
    (
        "The city closed the bridge on Monday. The closure follows cracks found in March.",
        "closure",
        "2026-05-25",
    ),
    (
        "The bank raised its rate on Thursday. The increase follows a jump in prices in April.",
        "increase",
        "2026-05-28",
    ),
    (
        "Officials evacuated the village on Wednesday. The evacuation follows landslides in April.",
        "evacuation",
        "2026-05-27",
    ),
    (
        "The president visited the port on Tuesday. The visit precedes a summit in June.",
        "visit",
        "2026-05-26",
    ),
]


@pytest.mark.parametrize(("text", "noun", "day"), NAMED_AGAIN)
def test_the_news_named_again_before_a_verb_of_sequence(text, noun, day):
    assert last_time_of(text, noun, PUBLISHED) == day


def test_a_past_sequence_still_places_its_subject_only_relative():
    text = "Shares fell on Monday. The decline followed a surge in April."
    assert last_time_of(text, "decline", PUBLISHED) != "2026-04"
