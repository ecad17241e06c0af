"""A date told after the act a judgment is about is that act's: in "The court convicted him
of taking bribes in 2019" the bribes were taken in 2019; the conviction is recent (issue
25, rules 1 and 5).

The parse often hangs the trailing date on the verb of judgment ("convicted ... in
2019"), which then took the act's year as its own time, while the act judged ("of taking
bribes", ``judging`` and ``judged_preps`` in ``models/events/time.json``) had none. A
date the verb of judgment holds that is told after the act judged is the act's. A date
told before the act ("convicted on Monday of taking bribes") stays the judgment's.

Capability table of invented sentences, published 2025-11-20 (a Thursday); before the
rule all 16 verbs of judgment took the act's date (or the act had none); with the
judgment's day told first, 2 of the 3 acts had no time (the later date stayed the
verb's).
"""

from __future__ import annotations

import pytest

from tests.event_times import frames_of

PUBLISHED = "2025-11-20"

# (sentence, the verb of judgment, the act judged, the act's time)
JUDGED = [
    (
        "Prosecutors accused the firm of dumping waste in the river in 2021.",
        "accused",
        "dumping",
        "2021",
    ),
    ("The court convicted him of taking bribes in 2019.", "convicted", "taking", "2019"),
    (
        "The regulator charged the bank with misleading clients in 2020.",
        "charged",
        "misleading",
        "2020",
    ),
    ("A jury found the officer guilty of beating a prisoner in 2022.", "found", "beating", "2022"),
    (
        "The league fined the club for fielding an ineligible player in March.",
        "fined",
        "fielding",
        "2025-03",
    ),
    ("The board sacked the manager for leaking documents in June.", "sacked", "leaking", "2025-06"),
    (
        "A judge acquitted the nurse of poisoning patients in 2018.",
        "acquitted",
        "poisoning",
        "2018",
    ),
    (
        "The regulator accused the bank of misleading investors in 2023.",
        "accused",
        "misleading",
        "2023",
    ),
    (
        "The council suspended the officer for hitting a protester in May.",
        "suspended",
        "hitting",
        "2025-05",
    ),
    ("The union sued the city for cutting pensions in 2020.", "sued", "cutting", "2020"),
    (
        "A tribunal convicted the general of ordering the attack in 2014.",
        "convicted",
        "ordering",
        "2014",
    ),
    ("A panel cleared the coach of hiding the injury in April.", "cleared", "hiding", "2025-04"),
    (
        "The court sentenced the hacker for breaking into bank systems in 2021.",
        "sentenced",
        "breaking",
        "2021",
    ),
    ("Voters punished the party for raising taxes in 2023.", "punished", "raising", "2023"),
    ("The club banned the fan for throwing a bottle in October.", "banned", "throwing", "2025-10"),
    (
        "Investigators blamed the pilot for ignoring the warning in 2022.",
        "blamed",
        "ignoring",
        "2022",
    ),
]

# (sentence, the verb of judgment, its day, the act judged, the act's time): a day told
# before the act stays the judgment's, even where the act's date holds it.
DAY_OF_THE_JUDGMENT = [
    (
        "Police arrested a teenager on Saturday over an arson attack last week.",
        "arrested",
        "2025-11-15",
        "attack",
        "2025-W46",
    ),
    (
        "Police arrested a man on Monday over a robbery at a bank this week.",
        "arrested",
        "2025-11-17",
        "robbery",
        "2025-W47",
    ),
    (
        "The court convicted him on Tuesday of taking bribes in 2019.",
        "convicted",
        "2025-11-18",
        "taking",
        "2019",
    ),
]


@pytest.mark.parametrize(("text", "verb", "act", "time"), JUDGED)
def test_a_date_after_the_act_judged_is_the_acts(text: str, verb: str, act: str, time: str) -> None:
    frames = frames_of(text, PUBLISHED)
    assert frames[act].time is not None and frames[act].time.value == time
    judged = frames[verb].time
    assert judged is None or judged.value != time


@pytest.mark.parametrize(("text", "verb", "day", "act", "time"), DAY_OF_THE_JUDGMENT)
def test_a_day_before_the_act_stays_the_judgments(
    text: str, verb: str, day: str, act: str, time: str
) -> None:
    frames = frames_of(text, PUBLISHED)
    assert frames[verb].time is not None and frames[verb].time.value == day
    assert frames[act].time is not None and frames[act].time.value == time
