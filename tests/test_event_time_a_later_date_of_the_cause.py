"""An act on a day over an event at another time: "Police arrested three men on Friday
over a robbery at a shop last month" tells the arrest on Friday and the robbery last
month (issue 25, rule 1).

The parse hangs the later date on the verb: the verb then held two dates that cannot both
be its time (Friday is not in last month), and the event noun of its phrase (the robbery,
what it acted over, for or about) had none. One act happens within one time: a date told
after an event noun of the verb's phrase that lies apart from the verb's date told before
that noun is the noun's (``events.time._a_later_date_of_a_noun``). Dates that overlap
("on Tuesday this week") stay the verb's.

Capability table of invented sentences, published 2025-11-20 (a Thursday); before the
rule 7 of the 22 nouns had no time (in the others the parse hangs the date on the noun);
the verb kept its day in all, and the overlapping pair passed.
"""

from __future__ import annotations

import pytest

from tests.event_times import frames_of

PUBLISHED = "2025-11-20"

# (sentence, the verb, its day, the event noun, its time)
LATER_DATE = [
    (
        "Police arrested three men on Friday over a robbery at a jewellery shop last month.",
        "arrested",
        "2025-11-14",
        "robbery",
        "2025-10",
    ),
    (
        "Prosecutors charged two guards on Wednesday over an escape from the prison in August.",
        "charged",
        "2025-11-19",
        "escape",
        "2025-08",
    ),
    (
        "The airline apologised on Tuesday for a computer outage last month.",
        "apologised",
        "2025-11-18",
        "outage",
        "2025-10",
    ),
    (
        "Police questioned the driver on Sunday about a crash on the motorway in July.",
        "questioned",
        "2025-11-16",
        "crash",
        "2025-07",
    ),
    (
        "The regulator fined the bank on Thursday over an attack on its systems in March.",
        "fined",
        "2025-11-20",
        "attack",
        "2025-03",
    ),
    (
        "The minister apologised on Wednesday for a blackout in the capital last week.",
        "apologised",
        "2025-11-19",
        "blackout",
        "2025-W46",
    ),
    (
        "Investigators interviewed the pilot on Tuesday about the landing in October.",
        "interviewed",
        "2025-11-18",
        "landing",
        "2025-10",
    ),
    (
        "The union sued the company on Friday over the dismissals in September.",
        "sued",
        "2025-11-14",
        "dismissals",
        "2025-09",
    ),
    (
        "Officials blamed a faulty valve on Monday for the explosion at the plant last month.",
        "blamed",
        "2025-11-17",
        "explosion",
        "2025-10",
    ),
    (
        "The senator was questioned on Tuesday about a trip to Paris in June.",
        "questioned",
        "2025-11-18",
        "trip",
        "2025-06",
    ),
    (
        "The bank paid compensation on Wednesday for an outage of its app in September.",
        "paid",
        "2025-11-19",
        "outage",
        "2025-09",
    ),
    (
        "Two officers were disciplined on Friday over a raid on a bar in March.",
        "disciplined",
        "2025-11-14",
        "raid",
        "2025-03",
    ),
    (
        "The mayor apologised on Monday for the flooding of the metro in July.",
        "apologised",
        "2025-11-17",
        "flooding",
        "2025-07",
    ),
    (
        "Police arrested a teenager on Wednesday over an arson attack in the town last week.",
        "arrested",
        "2025-11-19",
        "attack",
        "2025-W46",
    ),
    (
        "The club was punished on Monday for a pitch invasion in August.",
        "punished",
        "2025-11-17",
        "invasion",
        "2025-08",
    ),
    (
        "The company was fined on Thursday for a chemical spill in the river in 2022.",
        "fined",
        "2025-11-20",
        "spill",
        "2022",
    ),
    (
        "The coach was banned on Tuesday over a fight with fans in April.",
        "banned",
        "2025-11-18",
        "fight",
        "2025-04",
    ),
    (
        "The families thanked the coroner on Friday for the hearing in May.",
        "thanked",
        "2025-11-14",
        "hearing",
        "2025-05",
    ),
    (
        "The mayor defended on Monday the closure of the library last month.",
        "defended",
        "2025-11-17",
        "closure",
        "2025-10",
    ),
    (
        "The regulator opened an inquiry on Monday into a fire at the depot in August.",
        "opened",
        "2025-11-17",
        "fire",
        "2025-08",
    ),
    (
        "Police detained two fans on Sunday over a riot at the stadium last month.",
        "detained",
        "2025-11-16",
        "riot",
        "2025-10",
    ),
    (
        "The airline refunded fliers on Monday for the cancellations at the airport in October.",
        "refunded",
        "2025-11-17",
        "cancellations",
        "2025-10",
    ),
]


# (sentence, the verb, its day, the event noun): the parse hangs both dates on the verb
# and the later one overlaps the verb's day (Saturday is in last week): both stay the
# verb's. (After a verb of judgment the later date is the act's:
# tests/test_event_time_judged_act_told_after.py.)
OVERLAPPING = [
    (
        "The minister praised the crews on Saturday for the rescue last week.",
        "praised",
        "2025-11-15",
        "rescue",
    ),
]


@pytest.mark.parametrize(("text", "verb", "day", "noun", "time"), LATER_DATE)
def test_a_later_date_apart_from_the_verbs_is_its_nouns(
    text: str, verb: str, day: str, noun: str, time: str
) -> None:
    frames = frames_of(text, PUBLISHED)
    assert noun in frames, f"no frame {noun!r}"
    assert frames[verb].time is not None and frames[verb].time.value == day
    assert frames[noun].time is not None, f"{noun!r} has no time"
    assert frames[noun].time.value == time


@pytest.mark.parametrize(("text", "verb", "day", "noun"), OVERLAPPING)
def test_a_later_date_that_overlaps_the_verbs_stays_the_verbs(
    text: str, verb: str, day: str, noun: str
) -> None:
    frames = frames_of(text, PUBLISHED)
    assert frames[verb].time is not None and frames[verb].time.value == day
    assert len(frames[verb].dates) == 2
    assert frames[noun].time is None or frames[noun].time.value == day
