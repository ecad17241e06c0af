"""When each event happened, the paragraph's scene after a change of tense (issue 25,
rule 3): capability table of invented texts (published 2025-11-18, a Tuesday).

A quote or an outlook in another tense ends the scene for itself ("We will fight"), and a
date to come ("might arrive as soon as Friday") is no scene for what was told; the next
event told in the past takes back the last scene that was not to come.
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2025-11-18"

# (text, event word, its time's value or None)
RETURNS = [
    (
        'Strikers marched through the capital on Monday. "We will not give up," a leader '
        "said. Later the crowd dispersed.",
        "dispersed",
        "2025-11-17",
    ),
    (
        "The ministers met in Rome on Sunday. The summit might resume as soon as Friday. "
        "The ministers signed a joint statement.",
        "signed",
        "2025-11-16",
    ),
    (
        'Fire crews reached the village on Saturday. "We will stay until it is safe." '
        "They evacuated two hundred residents.",
        "evacuated",
        "2025-11-15",
    ),
    (
        "The board met in March. A vote could come next month. The board approved the budget.",
        "approved",
        "2025-03",
    ),
    (
        'Troops crossed the border on Monday. "We will defend our land," the general said. '
        "The troops seized a bridge.",
        "seized",
        "2025-11-17",
    ),
    (
        "The storm hit the coast on Sunday. Forecasters expect more rain next week. "
        "The storm flooded hundreds of homes.",
        "flooded",
        "2025-11-16",
    ),
    (
        "Voters went to the polls in October. The new parliament will sit in January. "
        "Turnout reached 70 percent.",
        "reached",
        "2025-10",
    ),
    (
        'The company opened its plant in 2021. "We will hire more," the director said. '
        "The company hired 400 workers.",
        "hired",
        "2021",
    ),
    (
        "Rescuers found the hikers on Saturday. The park will reopen on Thursday. "
        "The rescuers carried them down the mountain.",
        "carried",
        "2025-11-15",
    ),
    (
        "Prices fell in September. Economists expect a rebound in December. "
        "Exports slumped as well.",
        "slumped",
        "2025-09",
    ),
    (
        "Lawyers filed the appeal on Friday. A hearing may follow next month. "
        "The lawyers presented new evidence.",
        "presented",
        "2025-11-14",
    ),
    (
        'The band played in Dublin on Saturday. "We will be back," the singer said. '
        "The band sold out the arena.",
        "sold",
        "2025-11-15",
    ),
    (
        "The striker scored twice on Sunday. The team will travel to Milan on Friday. "
        "The striker injured his ankle.",
        "injured",
        "2025-11-16",
    ),
    (
        'The rebels attacked the town in August. "We will win," their leader said. '
        "The rebels burned the market.",
        "burned",
        "2025-08",
    ),
    (
        "Negotiators met in Geneva on Monday. Talks will resume on Thursday. "
        "The negotiators exchanged proposals.",
        "exchanged",
        "2025-11-17",
    ),
]

# Told in the future, or with no scene before it: the scene does not come back.
NO_RETURN = [
    (
        'Strikers marched on Monday. "We will not give up," a leader said. '
        "The union will meet the minister.",
        "meet",
        None,
    ),
    ('"We will not give up," a leader said. The crowd dispersed.', "dispersed", None),
]


@pytest.mark.parametrize(("text", "word", "value"), RETURNS + NO_RETURN)
def test_a_past_event_takes_back_the_last_told_scene(
    text: str, word: str, value: str | None
) -> None:
    doc = briefx.extract(text, published=PUBLISHED)
    frames = [e for f in doc.facts for e in f.events if e.text == word]
    assert frames, f"no frame {word!r}"
    time = frames[0].time
    assert (time.value if time is not None else None) == value


# A present perfect inside a quotation is the speaker's ("We have won."), not news of now:
# the told scene comes back after it; outside a quotation it ends the scene for good.
QUOTED_PERFECT = [
    (
        'The rebels took the town on Sunday. "We have freed the people." The rebels '
        "raised their flag.",
        "raised",
        "2025-11-16",
    ),
    (
        'The team won the cup on Saturday. "We have waited years for this." The fans '
        "stormed the pitch.",
        "stormed",
        "2025-11-15",
    ),
    (
        'The firm cut 500 jobs in March. "It has been a hard year." The firm closed two plants.',
        "closed",
        "2025-03",
    ),
    (
        'Voters went to the polls on Sunday. "The people have spoken." The opposition '
        "won a majority.",
        "won",
        "2025-11-16",
    ),
    (
        'The river burst its banks on Friday. "The water has never been this high." '
        "Crews evacuated the village.",
        "evacuated",
        "2025-11-14",
    ),
    (
        'Police raided the house on Monday. "We have found weapons." Officers arrested two men.',
        "arrested",
        "2025-11-17",
    ),
    (
        'The minister resigned in June. "I have made mistakes." The party chose a new leader.',
        "chose",
        "2025-06",
    ),
    (
        'The striker scored twice on Sunday. "I have worked hard for this." The coach praised him.',
        "praised",
        "2025-11-16",
    ),
    (
        'The museum reopened on Saturday. "We have restored every room." Visitors filled '
        "the halls.",
        "filled",
        "2025-11-15",
    ),
    (
        'Workers walked out on Thursday. "We have had enough." The union blocked the gates.',
        "blocked",
        "2025-11-13",
    ),
    (
        "The storm hit the coast on Sunday. “It has destroyed everything.” Residents fled inland.",
        "fled",
        "2025-11-16",
    ),
    (
        "The court freed the activist on Monday. ``Justice has been done.'' "
        "Supporters cheered outside.",
        "cheered",
        "2025-11-17",
    ),
    (
        'The company launched the phone in September. "We have sold a million." Shares jumped.',
        "jumped",
        "2025-09",
    ),
    (
        'The plane landed in Rome on Friday. "We have arrived safely." The passengers '
        "left the aircraft.",
        "left",
        "2025-11-14",
    ),
    (
        'Firefighters reached the village on Saturday. "The fire has spread fast." They '
        "saved the school.",
        "saved",
        "2025-11-15",
    ),
    (
        "On Monday, protesters gathered. The union has called a strike. It chose a leader.",
        "chose",
        None,
    ),
]


@pytest.mark.parametrize(("text", "word", "value"), QUOTED_PERFECT)
def test_a_quoted_perfect_does_not_end_the_told_scene(
    text: str, word: str, value: str | None
) -> None:
    doc = briefx.extract(text, published=PUBLISHED)
    frames = [e for f in doc.facts for e in f.events if e.text == word]
    assert frames, f"no frame {word!r}"
    time = frames[0].time
    assert (time.value if time is not None else None) == value
