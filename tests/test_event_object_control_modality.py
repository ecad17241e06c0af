"""What one is asked, urged or ordered to do is not yet done (issue 25, fresh news).

"The government pressed banks to cut fees on Tuesday": the cutting was a frame of its own
told as done (actual, past), and the pair's brief was headed "Banks cut fees on Nov. 18,
2025". A verb of ``object_control`` (models/events/words.json) gives its infinitive the
modality of ``control``: a request, an invitation or a permission makes it possible, an
order or a requirement planned, a ban negative. Capability table of invented sentences
(published 2025-11-18).
"""

from __future__ import annotations

import pytest

from tests.event_times import frames_of

# (text, the infinitive, its modality, its polarity)
CASES = [
    ("The government pressed banks to cut fees on Tuesday.", "cut", "possible", "positive"),
    ("Aalto urged the rebels to free the hostages on Monday.", "free", "possible", "positive"),
    ("The council asked the police to arrest the driver.", "arrest", "possible", "positive"),
    ("The king invited Edda Marsk to form a government on Monday.", "form", "possible", "positive"),
    ("The union encouraged members to vote against the deal.", "vote", "possible", "positive"),
    ("The court allowed the firm to sell its plant on Monday.", "sell", "possible", "positive"),
    ("Doctors advised the singer to cancel her tour.", "cancel", "possible", "positive"),
    ("The army warned civilians to avoid the border on Sunday.", "avoid", "possible", "positive"),
    ("A judge ordered Corvane to pay the fine on Friday.", "pay", "planned", "positive"),
    ("The regulator required Halvex to refund its customers.", "refund", "planned", "positive"),
    # "Force" is implicative: what was forced happened (test_event_time_implicative.py).
    ("The league forced Vell Rovers to replay the match.", "replay", "actual", "positive"),
    ("The minister instructed officials to review the contracts.", "review", "planned", "positive"),
    ("The coach persuaded Aske Lund to sign a new contract.", "sign", "planned", "positive"),
    ("The court forbade the union to strike before Christmas.", "strike", "actual", "negative"),
    # The verb of asking itself was done.
    ("The government pressed banks to cut fees on Tuesday.", "pressed", "actual", "positive"),
    ("A judge ordered Corvane to pay the fine on Friday.", "ordered", "actual", "positive"),
]


@pytest.mark.parametrize(("text", "word", "modality", "polarity"), CASES)
def test_what_one_is_asked_to_do_is_not_yet_done(
    text: str, word: str, modality: str, polarity: str
) -> None:
    frame = frames_of(text)[word]
    assert (frame.modality, frame.polarity) == (modality, polarity)
