"""A date in what "since" counts from lies behind the story, even in a sentence told in
the future: "her first trip abroad since taking office in January", told in November, is
this year's January, not the next one (dates, kind "since clause").

A span from an act to now starts in the past. ``span_start_preps`` (``since``) already put
behind a date right after it ("the third attack since March") or after the event it names
("since the crash in March"); a gerund after it ("since taking office", "since being
elected") hangs the date on its own verb, which has no tense, so the date took the
sentence's ("will be", "will meet") and a month that comes again before long was read as
the coming one. The date under such a gerund is read as past.

Capability table of invented sentences, published 2025-11-18 (a Tuesday): before the rule
12 of the 16 dates after "since" failed (the weekdays mostly passed, read as the nearest);
the sentences' own dates kept their tense. A December within a month of the publication
stays this year's under a past verb too (``TENSE_MONTH_SLACK``): left as it is.
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2025-11-18"

# (sentence, the date's text, its value)
SINCE = [
    ("It will be her first trip abroad since taking office in January.", "January", "2025-01"),
    ("He has scored 10 goals since joining the club in January.", "January", "2025-01"),
    (
        "The team will play its first home game since moving to the new stadium in January.",
        "January",
        "2025-01",
    ),
    ("She will make her first speech since being elected in January.", "January", "2025-01"),
    ("The plant will reopen for the first time since closing in January.", "January", "2025-01"),
    (
        "The band will tour next year for the first time since splitting up in January.",
        "January",
        "2025-01",
    ),
    ("It will be the club's first final since losing to Kell in January.", "January", "2025-01"),
    (
        "He will return to court for the first time since being charged in January.",
        "January",
        "2025-01",
    ),
    (
        "The company will report results for the first time since listing its shares in January.",
        "January",
        "2025-01",
    ),
    (
        "The singer will perform on Saturday for the first time since cancelling her tour in "
        "January.",
        "January",
        "2025-01",
    ),
    (
        "The bank will cut rates for the first time since raising them in January.",
        "January",
        "2025-01",
    ),
    (
        "The striker will start on Sunday for the first time since breaking his leg in January.",
        "January",
        "2025-01",
    ),
    (
        "The mayor will hold a rally for the first time since announcing her bid on Friday.",
        "Friday",
        "2025-11-14",
    ),
    (
        "He will meet the press for the first time since resigning on Friday.",
        "Friday",
        "2025-11-14",
    ),
    (
        "The president will address the nation for the first time since falling ill on Sunday.",
        "Sunday",
        "2025-11-16",
    ),
    (
        "Shares will trade again on Thursday for the first time since being suspended on Friday.",
        "Friday",
        "2025-11-14",
    ),
]


def _dates(text: str) -> dict[str, str]:
    doc = briefx.extract(text, published=PUBLISHED)
    return {d.text: d.value for d in doc.dates}


@pytest.mark.parametrize(("text", "date", "value"), SINCE)
def test_a_date_under_a_gerund_after_since_lies_behind(text, date, value):
    assert _dates(text).get(date) == value


# The sentence's own dates keep their tense.
OWN = [
    (
        "Shares will trade again on Thursday for the first time since being suspended on Friday.",
        "Thursday",
        "2025-11-20",
    ),
    (
        "The striker will start on Sunday for the first time since breaking his leg in January.",
        "Sunday",
        "2025-11-23",
    ),
    (
        "The band will tour next year for the first time since splitting up in January.",
        "next year",
        "2026",
    ),
]


@pytest.mark.parametrize(("text", "date", "value"), OWN)
def test_the_sentences_own_dates_keep_their_tense(text, date, value):
    assert _dates(text).get(date) == value
