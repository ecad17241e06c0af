"""The act a judgment is about sets no scene, and what lies within it takes no day of the
judgment (issue 25, rule 3).

"The former minister was convicted on Monday of taking bribes in 2019. The judge called
the crimes grave." dated the judge's words 2019: the act judged ("of taking bribes",
"for fielding an ineligible player", ``judging`` and ``judged_preps`` in
models/events/time.json) had a date of its own, the last of its sentence, and it set the
scene. The story goes on with the judgment; its day stays the scene. And a clause within
the judged act ("for taking bribes while he ran the city") took the judgment's day. A
month after a gerund ("fined for dumping waste in March") took no tense, so it lay
ahead; the gerund takes the tense of the verb its phrase hangs on
(``briefx.dates.tense``).

Capability table of invented texts, published 2025-12-05 (a Friday); before the rule
14 of the 16 following acts took the judged act's date, 2 of the 16 judged acts had a
month ahead, and 3 of the 4 clauses took the judgment's day.
"""

from __future__ import annotations

import pytest

from tests.event_times import frames_of

PUBLISHED = "2025-12-05"

# (text, an act of the second sentence, the judgment's day, the judged act, its date)
SCENES = [
    (
        "The former minister was convicted on Monday of taking bribes in 2019. The judge "
        "called the crimes grave.",
        "called",
        "2025-12-01",
        "taking",
        "2019",
    ),
    (
        "A banker was charged on Tuesday with stealing funds in 2018. He denied the charges.",
        "denied",
        "2025-12-02",
        "stealing",
        "2018",
    ),
    (
        "The club was fined on Wednesday for fielding an ineligible player in August. The "
        "manager apologised.",
        "apologised",
        "2025-12-03",
        "fielding",
        "2025-08",
    ),
    (
        "A nurse was jailed on Thursday for stealing drugs in 2021. She wept in court.",
        "wept",
        "2025-12-04",
        "stealing",
        "2021",
    ),
    (
        "A driver was convicted on Monday of causing a crash in May. Relatives of the victim "
        "cheered.",
        "cheered",
        "2025-12-01",
        "causing",
        "2025-05",
    ),
    (
        "The trader was banned on Tuesday for rigging prices in 2020. His firm fired him.",
        "fired",
        "2025-12-02",
        "rigging",
        "2020",
    ),
    (
        "Two guards were charged on Wednesday with beating an inmate in June. Their union "
        "protested.",
        "protested",
        "2025-12-03",
        "beating",
        "2025-06",
    ),
    (
        "A cyclist was suspended on Thursday for taking drugs in 2024. He quit the team.",
        "quit",
        "2025-12-04",
        "taking",
        "2024",
    ),
    (
        "The firm was fined on Monday for dumping waste in March. Its shares fell.",
        "fell",
        "2025-12-01",
        "dumping",
        "2025-03",
    ),
    (
        "A teacher was convicted on Tuesday of hitting a pupil in April. She resigned.",
        "resigned",
        "2025-12-02",
        "hitting",
        "2025-04",
    ),
    (
        "The coach was fined on Wednesday for insulting a referee in October. He apologised.",
        "apologised",
        "2025-12-03",
        "insulting",
        "2025-10",
    ),
    (
        "A pilot was charged on Monday with flying drunk in July. The airline grounded him.",
        "grounded",
        "2025-12-01",
        "flying",
        "2025-07",
    ),
    (
        "The mayor was convicted on Thursday of rigging a tender in 2022. Protesters "
        "gathered outside.",
        "gathered",
        "2025-12-04",
        "rigging",
        "2022",
    ),
    (
        "A clerk was jailed on Tuesday for forging ballots in 2023. The court ordered a recount.",
        "ordered",
        "2025-12-02",
        "forging",
        "2023",
    ),
    (
        "A chef was fined on Monday for selling spoiled meat in August. Diners were shocked.",
        "shocked",
        "2025-12-01",
        "selling",
        "2025-08",
    ),
    (
        "The senator was charged on Wednesday with taking gifts in 2021. She stepped down.",
        "stepped",
        "2025-12-03",
        "taking",
        "2021",
    ),
]

# (text, the verb of a clause within the judged act)
WITHIN = [
    (
        "A court on Tuesday sentenced the former mayor for taking bribes while he ran the city.",
        "ran",
    ),
    (
        "The judge on Monday convicted the nurse of stealing drugs while she worked nights.",
        "worked",
    ),
    ("The club was fined on Wednesday for fielding a player who was banned.", "banned"),
    ("A banker was jailed on Thursday for stealing funds when he managed the branch.", "managed"),
]


@pytest.mark.parametrize(("text", "act", "day", "judged", "value"), SCENES)
def test_the_judgment_stays_the_scene(text, act, day, judged, value):
    frame = frames_of(text, PUBLISHED)[act]
    assert frame.time is not None and frame.time.value == day, frame.time


@pytest.mark.parametrize(("text", "act", "day", "judged", "value"), SCENES)
def test_the_judged_act_keeps_its_date(text, act, day, judged, value):
    frame = frames_of(text, PUBLISHED)[judged]
    assert frame.time is not None and frame.time.value == value, frame.time


@pytest.mark.parametrize(("text", "word"), WITHIN)
def test_what_lies_within_the_judged_act_takes_no_day_of_the_judgment(text, word):
    frame = frames_of(text, PUBLISHED)[word]
    assert frame.time is None, frame.time
