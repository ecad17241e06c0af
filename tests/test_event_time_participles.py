"""When each event happened: a participle that picks out its noun (issue 25, rules 2 and
5): capability table of invented sentences (published 2025-11-18, a Tuesday).

"Police on Monday charged three men arrested in the raid": the arrest came before the
charge and takes no date from it. The noun's own date it takes ("the Feb. 2 pact signed by
both leaders"); a participle set off by commas tells what went with the event and keeps
its date ("the mayor, accompanied by a lawyer, flew to Rome on Friday").
"""

from __future__ import annotations

import pytest

from tests.event_times import time_of

PUBLISHED = "2025-11-18"

# (text, the participle)
PICKS_OUT_ITS_NOUN = [
    (
        "Opposition leaders called on Tuesday for an inquiry into contracts signed by the mayor.",
        "signed",
    ),
    ("Police on Monday charged three men arrested in the raid.", "arrested"),
    ("The court on Friday freed two activists detained during the protests.", "detained"),
    ("Investors on Thursday sold shares bought during the boom.", "bought"),
    ("The museum on Sunday returned paintings stolen from a church.", "stolen"),
    ("The ministry on Monday recalled vaccines made at the plant.", "made"),
    ("Inspectors on Wednesday closed a bridge built by the army.", "built"),
    ("The league on Saturday overturned a penalty awarded to the visitors.", "awarded"),
    ("Voters on Sunday rejected a plan drafted by the governor.", "drafted"),
    ("The bank on Tuesday wrote off loans granted to the firm.", "granted"),
    ("Rescuers on Friday found a hiker trapped by snow.", "trapped"),
    ("The regulator on Monday fined a company hired by the state.", "hired"),
    ("The city on Thursday demolished houses damaged by the flood.", "damaged"),
    ("The navy on Saturday towed a tanker seized by pirates.", "seized"),
    ("The council on Monday scrapped a tax introduced by its rivals.", "introduced"),
    ("Customs officers on Friday burned drugs captured at the port.", "captured"),
]


@pytest.mark.parametrize(("text", "word"), PICKS_OUT_ITS_NOUN)
def test_a_participle_that_picks_out_its_noun_takes_no_date_from_the_event(
    text: str, word: str
) -> None:
    assert time_of(text, word) is None


def test_the_participle_takes_its_nouns_own_date() -> None:
    text = "Both leaders on Monday praised the Feb. 2 pact signed by their envoys."
    assert time_of(text, "signed") == "2025-02-02"


def test_a_participle_set_off_by_commas_keeps_the_events_date() -> None:
    text = "The mayor, accompanied by a lawyer, flew to Rome on Friday."
    assert time_of(text, "accompanied") == "2025-11-14"
