""" "Corvel Foods reported a 14% rise in third-quarter profit on Thursday": the day is the
report's, the period the figure's (issue 25, rules 1 and 2).

The parse hangs "on Thursday" on the figure ("rise"), so the figure took the day and the
verb of results, with no date of its own, took the quarter from its sentence; with the
day on the verb, the figure took the verb's day instead of its quarter. The object of a
verb of results (``result_verbs``: report, post, record, book...) is a figure: a day the
parse hangs on it is now the verb's, when the verb has none of its own, and the figure
takes the period of its phrase ("in third-quarter profit", "for the first quarter", "in
September sales").

Capability table of invented sentences, published 2026-10-22 (a Thursday): before the rule
9 of the 16 rows failed (the verb took the period, or the figure the day).
"""

from __future__ import annotations

import pytest

from tests.event_times import last_time_of, time_or_none

PUBLISHED = "2026-10-22"

# (text, verb of results, its day, figure, the figure's period or None when none is told)
REPORTED = [
    (
        "Corvel Foods reported a 14% rise in third-quarter profit on Thursday.",
        "reported",
        "2026-10-22",
        "rise",
        "2026-Q3",
    ),
    (
        "The bank reported a 20% fall in second-quarter earnings on Tuesday.",
        "reported",
        "2026-10-20",
        "fall",
        "2026-Q2",
    ),
    (
        "Acme posted a loss for the first quarter on Monday.",
        "posted",
        "2026-10-19",
        "loss",
        "2026-Q1",
    ),
    (
        "The airline reported a record profit for the summer on Wednesday.",
        "reported",
        "2026-10-21",
        "profit",
        "2026-SU",
    ),
    (
        "The retailer reported a 5% gain in September sales on Monday.",
        "reported",
        "2026-10-19",
        "gain",
        "2026-09",
    ),
    (
        "The brewer booked a $40 million charge for the third quarter on Tuesday.",
        "booked",
        "2026-10-20",
        "charge",
        "2026-Q3",
    ),
    (
        "The chipmaker recorded a 12% rise in second-quarter revenue on Monday.",
        "recorded",
        "2026-10-19",
        "rise",
        "2026-Q2",
    ),
    (
        "Harbor Bank reported a smaller loss for the third quarter on Wednesday.",
        "reported",
        "2026-10-21",
        "loss",
        "2026-Q3",
    ),
    (
        "The insurer reported an 8% increase in first-half premiums on Tuesday.",
        "reported",
        "2026-10-20",
        "increase",
        "2026-H1",
    ),
    (
        "The group posted a 3% decline in third-quarter sales on Monday.",
        "posted",
        "2026-10-19",
        "decline",
        "2026-Q3",
    ),
    (
        "The exporter reported a record surplus for August on Wednesday.",
        "reported",
        "2026-10-21",
        "surplus",
        "2026-08",
    ),
    (
        "The shipper posted a 6% rise in October volumes on Wednesday.",
        "posted",
        "2026-10-21",
        "rise",
        "2026-10",
    ),
    (
        "The lender reported a sharp fall in bad loans for the third quarter on Monday.",
        "reported",
        "2026-10-19",
        "fall",
        "2026-Q3",
    ),
    (
        "The carmaker reported a 30% jump in quarterly deliveries on Tuesday.",
        "reported",
        "2026-10-20",
        "jump",
        None,
    ),
    (
        "The miner posted a sharp drop in output on Tuesday.",
        "posted",
        "2026-10-20",
        "drop",
        None,
    ),
    (
        "The brewer recorded a 4% gain in summer sales on Monday.",
        "recorded",
        "2026-10-19",
        "gain",
        "2026-SU",
    ),
]


@pytest.mark.parametrize(("text", "verb", "day", "figure", "period"), REPORTED)
def test_the_day_is_the_reports_and_the_period_the_figures(text, verb, day, figure, period):
    assert last_time_of(text, verb, PUBLISHED) == day
    if period is not None:
        assert time_or_none(text, figure, PUBLISHED) == period


# A stretch's last day ("the three months to Sept. 30") is the end of a period, not a day
# the story told: a move of the company's shares after it lies on the day of the report
# (``traded_nouns``). Before the rule 12 of these 15 stories failed (the move took the
# stretch's last day). (report, stretch sentence, move sentence, the move's verb, its day)
STRETCH_THEN_SHARES = [
    (
        "Corvel Foods reported higher profit on Thursday.",
        "Net income rose to $412 million in the three months to Sept. 30.",
        "Its shares rose 5% in early trading.",
        "2026-10-22",
    ),
    (
        "Harbor Bank posted a smaller loss on Tuesday.",
        "The loss narrowed to $12 million in the six months to Sept. 30.",
        "Its shares gained 3% in early trading.",
        "2026-10-20",
    ),
    (
        "The miner reported weaker earnings on Monday.",
        "Profit fell to $90 million in the nine months ended Sept. 30.",
        "Its shares fell 4% in London.",
        "2026-10-19",
    ),
    (
        "The airline reported a record profit on Wednesday.",
        "Net income jumped to $1.1 billion in the three months through Sept. 30.",
        "Its shares rose 7% in Frankfurt.",
        "2026-10-21",
    ),
    (
        "The grocer reported flat sales on Tuesday.",
        "Revenue held at $2 billion in the 12 weeks to Oct. 4.",
        "Its shares slipped 2% in early trading.",
        "2026-10-20",
    ),
    (
        "The brewer reported lower profit on Thursday.",
        "Operating profit dropped 8% in the six months to Aug. 31.",
        "Its shares lost 3% in Amsterdam.",
        "2026-10-22",
    ),
    (
        "The chipmaker reported strong results on Wednesday.",
        "Revenue climbed 30% in the three months to Sept. 27.",
        "Its shares jumped 9% after the bell.",
        "2026-10-21",
    ),
    (
        "The carmaker reported a loss on Monday.",
        "It lost $300 million in the three months to Sept. 30.",
        "Its shares tumbled 6% in Tokyo.",
        "2026-10-19",
    ),
    (
        "The insurer reported higher premiums on Tuesday.",
        "Premiums grew 11% in the nine months through Sept. 30.",
        "Its shares edged up 1% in Zurich.",
        "2026-10-20",
    ),
    (
        "The telecom group reported weaker sales on Thursday.",
        "Sales shrank 3% in the six months ended Sept. 30.",
        "Its shares dropped 5% in Madrid.",
        "2026-10-22",
    ),
    (
        "The retailer reported a profit warning on Monday.",
        "Sales fell 6% in the 13 weeks to Oct. 11.",
        "Its shares plunged 12% in early trading.",
        "2026-10-19",
    ),
    (
        "The drugmaker reported higher profit on Wednesday.",
        "Net income rose 15% in the three months to Sept. 30.",
        "Its shares advanced 2% in New York.",
        "2026-10-21",
    ),
    (
        "The shipper reported lower earnings on Tuesday.",
        "Profit fell by half in the nine months to Sept. 30.",
        "Its shares sank 7% in Copenhagen.",
        "2026-10-20",
    ),
    (
        "The lender reported a jump in profit on Thursday.",
        "Net income doubled in the three months ended Sept. 30.",
        "Its shares rallied 6% in Milan.",
        "2026-10-22",
    ),
    (
        "The utility reported steady earnings on Monday.",
        "Profit was flat in the six months through Sept. 30.",
        "Its shares eased 1% in Paris.",
        "2026-10-19",
    ),
]


@pytest.mark.parametrize(("report", "stretch", "move", "day"), STRETCH_THEN_SHARES)
def test_shares_move_on_the_report_day_after_a_stretch(report, stretch, move, day):
    text = f"{report}\n\n{stretch}\n\n{move}"
    verb = move.split()[2]
    assert last_time_of(text, verb, PUBLISHED) == day
