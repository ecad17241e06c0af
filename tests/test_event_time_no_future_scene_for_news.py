""" "The team plans to tag ten dolphins next spring. The findings come as ...": a scene
still to come holds no other news told in the present (issue 25, rule 3).

A sentence that relates its news to another event in the present ("The findings come as
the government prepares ...", "The announcement comes as tensions rise") lies in the
paragraph's scene whatever date the other event has. When the last scene was a plan's
date ahead ("next spring"), the news took that date and became an event to come. News
related in the present now takes a scene only when the scene has gone by; a noun that
names the plan again ("Ministers will meet on Friday. The meeting comes as ...") still
takes the plan's time, as every noun that points back does.

Capability table of invented stories, published 2026-03-11 (a Wednesday): before the rule
11 of the 12 rows of other news failed (the news took the plan's date); the 4 rows of the
plan named again held before and after.
"""

from __future__ import annotations

import pytest

from tests.event_times import frames_of, last_time_of

PUBLISHED = "2026-03-11"

# (text, the related news, the plan's date it must not take)
OTHER_NEWS = [
    (
        "The team plans to tag ten dolphins next spring. The findings come as the government "
        "prepares to approve a dam.",
        "findings",
        "2027-SP",
    ),
    (
        "Talks will resume on Monday. The announcement comes as tensions rise along the border.",
        "announcement",
        "2026-03-16",
    ),
    (
        "Workers will strike on Friday. The layoffs come after pay talks failed.",
        "layoffs",
        "2026-03-13",
    ),
    (
        "The museum will reopen in June. The renovation comes after a decade of decline.",
        "renovation",
        "2026-06",
    ),
    (
        "The league will hold a vote next month. The appointment comes amid anger among fans.",
        "appointment",
        "2026-04",
    ),
    (
        "The carmaker will build a plant in 2028. The decision comes as demand grows in Asia.",
        "decision",
        "2028",
    ),
    (
        "The airline will add 40 routes next year. The announcement follows a record summer.",
        "announcement",
        "2027",
    ),
    (
        "Workers will strike on Friday. The arrests come after a night of clashes.",
        "arrests",
        "2026-03-13",
    ),
    (
        "Divers plan to survey the reef next spring. The discovery comes as the coral recovers.",
        "discovery",
        "2027-SP",
    ),
    (
        "The port will open a new terminal in 2027. The investigation comes after a crane "
        "collapsed.",
        "investigation",
        "2027",
    ),
    (
        "The city will hold a referendum in May. The protests come as rents soar.",
        "protests",
        "2026-05",
    ),
    (
        "The ministry will publish its budget next week. The resignation comes amid a row "
        "over spending.",
        "resignation",
        "2026-W12",
    ),
]

# (text, the noun that names the plan again, the plan's date)
THE_PLAN_AGAIN = [
    (
        "Ministers will meet in Brussels on Friday. The meeting comes as prices keep rising.",
        "meeting",
        "2026-03-13",
    ),
    (
        "The union will hold a vote in April. The vote comes as talks stall.",
        "vote",
        "2026-04",
    ),
    (
        "The regulator will publish new rules next week. The move comes amid a row over fees.",
        "move",
        "2026-W12",
    ),
    (
        "The two leaders will hold talks in Oslo on Friday. The talks come after a year of "
        "tension.",
        "talks",
        "2026-03-13",
    ),
]


@pytest.mark.parametrize(("text", "news", "ahead"), OTHER_NEWS)
def test_other_news_in_the_present_takes_no_scene_to_come(text, news, ahead):
    frame = frames_of(text, PUBLISHED)[news]
    assert frame.time is None or frame.time.value != ahead
    assert frame.when != "future"


@pytest.mark.parametrize(("text", "noun", "ahead"), THE_PLAN_AGAIN)
def test_the_plan_named_again_keeps_its_time(text, noun, ahead):
    assert last_time_of(text, noun, PUBLISHED) == ahead
