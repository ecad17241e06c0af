"""A wire dateline is never cut into sentences (text.segment): under a headline, the parser
ended a sentence at the state's abbreviation in "SALEM, Ore. (Daily Courier) - Oregon
Governor Tom Reyes declared ...", and the brief headed a cluster "(Daily Courier) - Oregon
Governor ..." (an invented report). No sentence starts inside a line's opening
(``briefx.text.dateline.opening``); sentence ends after it stay. Capability table of
invented texts."""

from __future__ import annotations

import pytest

from briefx.text.segment import sentence_spans

HEADLINE = "Governor declares emergency as fire grows\n\n"

# (a dateline's first sentence, written after a headline)
OPENINGS = [
    "SALEM, Ore. (Daily Courier) - The governor declared a state of emergency on Monday.",
    "MEDFORD, Ore. (Wirecast) - A wildfire broke out on Sunday afternoon.",
    "DUNMORE, Pa. (AP) - A fire destroyed a warehouse on Monday.",
    "ST. ELMO, Ill. (AP) - A tornado tore the roof off a barn.",
    "ASHBY, Kan. (Wirecast) - Hail flattened the wheat near the river.",
    "TROY, N.Y. (Daily Courier) - The city council voted to close the bridge.",
    "KESSA, Zambara (Reuters) - Health officials reported new cases.",
    "WILMINGTON, Del. (AP) - The senator said she would run again.",
    "GREENVILLE, S.C. (Wirecast) - Storms knocked out power to 20,000 homes.",
    "PORTLAND, Maine (AP) - Fishermen stayed in port on Friday.",
    "LAKEVIEW, Ore., Nov. 17 (Wirecast) - The fire jumped the river overnight.",
    "ELKTON, Md. (Tri County Times) - A freight train derailed on Sunday.",
    "BEND, Ore. (AP) - Firefighters contained a brush fire.",
    "SPRINGFIELD, Mo. (Wirecast) - Voters approved the school levy.",
    "FARGO, N.D. (AP) - Snow closed the interstate on Tuesday.",
]


@pytest.mark.parametrize("opening", OPENINGS)
def test_a_dateline_is_never_cut(nlp, opening: str) -> None:
    text = HEADLINE + opening + " Crews worked through the night."
    doc = nlp(text)
    found = [text[s:e] for s, e in sentence_spans(doc)]
    assert found == [HEADLINE.strip(), opening, "Crews worked through the night."]
