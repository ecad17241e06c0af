"""A speech act told after a look back is of the news, not of the look back (issue 25,
rule 3): capability table of invented stories, published 2025-11-18 (a Tuesday).

"Rail workers walked out on Monday. Commuters were also hit by a stoppage in October. The
minister urged both sides to resume talks" put the urging in October: the look back set
the scene. A speech act (``speech_acts`` of models/events/words.json: urge, warn, deny,
insist, accuse ...) told in the past with no date of its own, whose scene lies wholly
before the story's lead, takes the lead's time: what is said in a news story is said in
its news. A speech act with a date of its own keeps it, and one whose scene is the lead's
or later is left alone.
"""

from __future__ import annotations

import pytest

from tests.event_times import frames_of

# (story, the speech act, its time)
OF_THE_NEWS = [
    (
        (
            "Rail workers walked out on Monday. Commuters were also hit by a stoppage in "
            "October. The minister urged both sides to resume talks."
        ),
        "urged",
        "2025-11-17",
    ),
    (
        (
            "The central bank kept rates on hold on Thursday. The bank last cut rates in "
            "March 2024. Its governor warned that inflation remained too high."
        ),
        "warned",
        "2025-11-13",
    ),
    (
        (
            "Police arrested the club's owner on Friday. He was fined for tax fraud in 2019. "
            "His lawyer denied any wrongdoing."
        ),
        "denied",
        "2025-11-14",
    ),
    (
        (
            "The two leaders met in Geneva on Sunday. They last met in 2021. Both insisted "
            "the talks had been useful."
        ),
        "insisted",
        "2025-11-16",
    ),
    (
        (
            "Floods hit the north on Saturday. The region was flooded in 2019 too. Officials "
            "warned that more rain was coming."
        ),
        "warned",
        "2025-11-15",
    ),
    (
        (
            "Halden Bank cut 600 jobs on Wednesday. It cut 400 jobs in May. Unions accused "
            "the bank of breaking its promises."
        ),
        "accused",
        "2025-11-12",
    ),
    (
        (
            "The senator resigned on Monday. She was elected in 2018. She denied that the "
            "scandal had forced her out."
        ),
        "denied",
        "2025-11-17",
    ),
    (
        (
            "Rebels seized the town on Sunday. They held it briefly in 2022. The army claimed "
            "it had killed 40 fighters."
        ),
        "claimed",
        "2025-11-16",
    ),
    (
        (
            "The airline grounded its fleet on Monday. A strike closed it for a week in June. "
            "Its chief executive urged passengers to be patient."
        ),
        "urged",
        "2025-11-17",
    ),
    (
        (
            "The court blocked the law on Friday. A similar law was struck down in 2020. "
            "Campaigners argued that the ruling protected voters."
        ),
        "argued",
        "2025-11-14",
    ),
    (
        (
            "Fire destroyed the market on Sunday. The market burned in 2015 as well. Traders "
            "claimed that the alarms had failed."
        ),
        "claimed",
        "2025-11-16",
    ),
    (
        (
            "The coach was sacked on Monday. He joined the club in 2021. He insisted he had "
            "done nothing wrong."
        ),
        "insisted",
        "2025-11-17",
    ),
    (
        (
            "Miners walked out on Thursday. They last struck in 2023. Their union warned of "
            "a longer strike."
        ),
        "warned",
        "2025-11-13",
    ),
    (
        (
            "The mayor closed the bridge on Saturday. Engineers first raised concerns in "
            "2022. Residents accused the city of acting too late."
        ),
        "accused",
        "2025-11-15",
    ),
    (
        (
            "Police raided the offices on Tuesday. The firm was searched in 2021 too. Its "
            "lawyers denied that any files had been hidden."
        ),
        "denied",
        "2025-11-18",
    ),
]

# (story, the speech act, its time): its own date, or a scene not before the lead
KEPT = [
    (
        (
            "Rail workers walked out on Monday. Commuters were also hit by a stoppage in "
            "October. The minister urged both sides on Friday to resume talks."
        ),
        "urged",
        "2025-11-14",
    ),
    (
        (
            "Rail workers walked out in October. Talks failed on Monday. The minister urged "
            "both sides to resume talks."
        ),
        "urged",
        "2025-11-17",
    ),
]


@pytest.mark.parametrize(("text", "verb", "value"), OF_THE_NEWS)
def test_the_speech_act_is_of_the_news(text: str, verb: str, value: str) -> None:
    frame = frames_of(text)[verb]
    assert frame.time is not None and frame.time.value == value


@pytest.mark.parametrize(("text", "verb", "value"), KEPT)
def test_its_own_date_or_a_later_scene_stays(text: str, verb: str, value: str) -> None:
    frame = frames_of(text)[verb]
    assert frame.time is not None and frame.time.value == value
