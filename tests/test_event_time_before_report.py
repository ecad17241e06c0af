"""When each event happened: an event before a dated report (issue 25, rule 5):
capability table of invented sentences (published 2025-11-18, a Tuesday).

"The commission said on Monday, after a campaign dominated by prices, ...": the campaign
came before the report and takes no date from it; an event noun where the report was made
does ("told reporters at a briefing on Monday", tests/test_event_time*.py).
"""

from __future__ import annotations

import pytest

import briefx

# (text, the event before the report)
BEFORE_THE_REPORT = [
    (
        "Rusnac won 54% of the vote, the commission said on Monday, "
        "after a campaign dominated by prices.",
        "campaign",
    ),
    ("The firm said on Friday it had hired 200 staff after the merger.", "merger"),
    ("Police said on Sunday that traffic resumed after the crash.", "crash"),
    ("The airline told reporters on Monday that flights restarted after the strike.", "strike"),
    ("The club announced on Tuesday, after the defeat, that the coach had left.", "defeat"),
    ("Officials said on Thursday, before the storm, that schools would close.", "storm"),
    ("The minister said on Friday, following the attack, that security was tight.", "attack"),
    ("The bank said on Monday, after the auction, that demand was weak.", "auction"),
    ("The mayor said on Saturday after the flood that repairs would take months.", "flood"),
    ("The company said on Wednesday, after the recall, that sales were down.", "recall"),
    ("Investigators said on Friday, after the blast, that the site was unsafe.", "blast"),
    ("The union said on Monday after the vote that talks were over.", "vote"),
    ("Doctors said on Sunday after the surgery that he was stable.", "surgery"),
    ("The ministry said on Tuesday, after the outbreak, that farms were closed.", "outbreak"),
    ("The league said on Thursday after the riot that both clubs were fined.", "riot"),
    ("The army said on Saturday, after the ambush, that two soldiers were missing.", "ambush"),
]


@pytest.mark.parametrize(("text", "word"), BEFORE_THE_REPORT)
def test_an_event_before_a_dated_report_takes_no_date_from_it(text: str, word: str) -> None:
    doc = briefx.extract(text, published="2025-11-18")
    frames = [e for f in doc.facts for e in f.events if e.text == word]
    assert frames, f"no frame {word!r}"
    assert frames[0].time is None


def test_an_event_where_the_report_was_made_takes_its_date() -> None:
    doc = briefx.extract(
        "The minister told reporters at a briefing on Monday that talks failed.",
        published="2025-11-18",
    )
    briefing = next(e for f in doc.facts for e in f.events if e.text == "briefing")
    assert briefing.time is not None and briefing.time.value == "2025-11-17"
