"""When each event happened, where the scene, a clause or a modal decides it (issue 25):
capability tables of invented texts (published 2025-11-18, a Tuesday).

- The scene: a clause opened by "when" right after a date happens within that date; a date
  in a clause below the event ("while sales were flat this year, last year they fell")
  comes after the event's own; an outlook's date ("Results will be released this
  morning") is no scene for what is told next; a result "for the quarter" told by a
  report is the reported event's; a date after "since" or "until" bounds a span and sets
  no scene ("has not performed since her surgery in March. Her comeback was delayed").
- Rule 5 places an event before or after another event or a time ("after the vote",
  "before dawn"), not before a thing or a body ("before tax", "before the committee"):
  those events lie in the scene like any other. An event placed after another keeps a
  date of its own sentence outside that placing, but never takes the scene.
- A modal looks ahead ("talks could resume on Thursday" is the coming Thursday); "is to"
  is a future; a plan called off keeps the date it names ("will not strike on Friday").
- A clause under a verb whose object is a dated event takes that date ("expect a decline
  in the fourth quarter as customers cut stocks"), and a bare plural's present with a
  date of its own or of the event above it is one happening, not a generic statement.
- A participle that stands for a present progressive ("people waiting at the border") is
  news of now (rule 4).
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2025-11-18"


def _time(text: str, word: str):
    doc = briefx.extract(text, published=PUBLISHED)
    frames = [e for f in doc.facts for e in f.events if e.text == word]
    assert frames, f"no frame {word!r} in {[e.text for f in doc.facts for e in f.events]}"
    return frames[0]


def _value(text: str, word: str) -> str | None:
    time = _time(text, word).time
    return None if time is None else time.value


# (text, event word, the start of its time's value, or None)
SCENE = [
    (
        "Analysts expect weak demand into the winter and through the first half of 2027, when "
        "factories will cut output.",
        "cut",
        "2027-H1",
    ),
    (
        "Sales slowed in the spring and again in October, when retailers cut prices.",
        "cut",
        "2025-10",
    ),
    (
        "The plant ran at full speed in 2019 and in 2021, when it hired 500 workers.",
        "hired",
        "2021",
    ),
    ("While sales were flat this year, last year they fell 5%.", "fell", "2024"),
    (
        "Although no strikes took place this year, last year workers walked out twice.",
        "walked",
        "2024",
    ),
    ("While the firm made no profit in 2024, in 2023 it earned $5 million.", "earned", "2023"),
    (
        "Shares closed lower yesterday. Results will be released this morning. Profit fell 10%.",
        "fell",
        "2025-11-17",
    ),
    (
        "The index rose on Friday. The bank will publish its forecast today. Exports dropped "
        "sharply.",
        "dropped",
        "2025-11-14",
    ),
    (
        "Troops entered the city on Sunday. Aid convoys will arrive this week. The soldiers "
        "searched every house.",
        "searched",
        "2025-11-16",
    ),
    ("The bank said it lost $5 million for the quarter that ended on Sept. 30.", "lost", "2025-Q3"),
    ("The airline said it earned $40 million for the third quarter.", "earned", "2025-Q3"),
    # A move of a price after a move told on a day keeps that day past news of now
    # (market_moves; tests/test_event_time_market_moves.py).
    (
        "Stocks fell sharply on Friday. The bidder, which dropped 2 points, has offered $40 a "
        "share. Acme eased 1 to 30.",
        "eased",
        "2025-11-14",
    ),
    (
        "The storm hit the coast on Sunday. Officials have warned of more rain. Rivers flooded "
        "three towns.",
        "flooded",
        "2025-11-16",
    ),
    ("Exports grew in 2022 and fell in 2023, when demand collapsed.", "collapsed", "2023"),
    ("Demand peaked in June and again in September, when schools reopened.", "reopened", "2025-09"),
    (
        "Shares rose on Monday. The board will meet tomorrow. Trading volume doubled.",
        "doubled",
        "2025-11-17",
    ),
    (
        "The ship sank on Saturday. Divers will search the wreck today. The crew escaped in "
        "lifeboats.",
        "escaped",
        "2025-11-15",
    ),
    ("While the plant made no cars this year, last year it built 5,000.", "built", "2024"),
    ("Though prices were stable in October, in September they jumped 3%.", "jumped", "2025-09"),
    (
        "The storm struck on Sunday. Schools will reopen this week. Winds toppled hundreds of "
        "trees.",
        "toppled",
        "2025-11-16",
    ),
]


@pytest.mark.parametrize(("text", "word", "value"), SCENE)
def test_the_scene_an_event_lies_in(text: str, word: str, value: str) -> None:
    got = _value(text, word)
    assert got is not None and got.startswith(value), got


# Before a thing or a body: in the scene; before or after an event: no time (rule 5).
BEFORE_AND_AFTER = [
    # Placed after another event, but dated in its own sentence outside that placing.
    (
        "She was found drifting in a dinghy off the island on Sunday after a ferry carrying "
        "her sank.",
        "found",
        "2025-11-16",
    ),
    (
        "The dog was found hiding in a barn near the farm on Monday after a truck carrying "
        "it overturned.",
        "found",
        "2025-11-17",
    ),
    (
        "The firm reported results on Monday. Its unit earned $2 million before tax.",
        "earned",
        "2025-11-17",
    ),
    (
        "The committee met on Tuesday. The minister appeared before the committee.",
        "appeared",
        "2025-11-18",
    ),
    ("The trial opened on Monday. The defendant stood before the judge.", "stood", "2025-11-17"),
    (
        "Builders finished the bridge in May. They completed the road ahead of schedule.",
        "completed",
        "2025-05",
    ),
    ("The bank reported on Friday. It made $3 million after tax.", "made", "2025-11-14"),
    (
        "Parliament met on Thursday. The prime minister spoke before parliament.",
        "spoke",
        "2025-11-13",
    ),
    (
        "And while there was no income this year from closed stores, last year they added $4 "
        "million, before tax.",
        "added",
        "2024",
    ),
    (
        "While there was no gain in 2024 from the sale, in 2023 it brought $2 million before "
        "taxes.",
        "brought",
        "2023",
    ),
    (
        "The company released figures on Monday. The division lost $1 million before interest.",
        "lost",
        "2025-11-17",
    ),
    (
        "The crowd gathered on Saturday. The band played before a crowd of thousands.",
        "played",
        "2025-11-15",
    ),
    ("The mayor resigned after the vote.", "resigned", None),
    ("Troops withdrew before the ceasefire.", "withdrew", None),
    ("Prices rose after the central bank cut rates.", "rose", None),
    ("The minister left after the meeting.", "left", None),
    ("The bank cut rates before the election.", "cut", None),
    ("Workers walked out after the talks.", "walked", None),
]


@pytest.mark.parametrize(("text", "word", "value"), BEFORE_AND_AFTER)
def test_before_and_after_a_thing_or_an_event(text: str, word: str, value: str | None) -> None:
    got = _value(text, word)
    if value is None:
        assert got is None, got
    else:
        assert got is not None and got.startswith(value), got


# A modal, "is to" and a plan called off: the date ahead, and the event to come.
MODAL_AHEAD = [
    ("Talks could resume on Thursday.", "resume", "2025-11-20"),
    ("The court may rule on Wednesday.", "rule", "2025-11-19"),
    ("The strike might end on Friday.", "end", "2025-11-21"),
    ("The minister is due to arrive on Friday.", "arrive", "2025-11-21"),
    ("Officials are set to meet on Monday.", "meet", "2025-11-24"),
    ("Voters are expected to go to the polls on Sunday.", "go", "2025-11-23"),
    ("The club hopes to sign the striker on Monday.", "sign", "2025-11-24"),
    ("A new plant is to open next year.", "open", "2026"),
    ("The bridge is to reopen on Saturday.", "reopen", "2025-11-22"),
    ("The union will not strike on Friday.", "strike", "2025-11-21"),
    ("Trains will not run on Sunday.", "run", "2025-11-23"),
    ("The museum is not going to open on Monday.", "open", "2025-11-24"),
    ("The council should vote on Thursday.", "vote", "2025-11-20"),
    ("A ruling could come on Friday.", "come", "2025-11-21"),
    ("The rebels may release the hostages on Saturday.", "release", "2025-11-22"),
    ("Negotiators could sign the deal on Wednesday.", "sign", "2025-11-19"),
    ("The ferry is to sail on Sunday.", "sail", "2025-11-23"),
    ("Flights are to resume next week.", "resume", "2025-W48"),
]


@pytest.mark.parametrize(("text", "word", "value"), MODAL_AHEAD)
def test_a_modal_or_a_plan_looks_ahead(text: str, word: str, value: str) -> None:
    frame = _time(text, word)
    assert frame.time is not None and frame.time.value.startswith(value), frame.time
    assert frame.when == "future"


# A clause under a verb with a dated event object, coordinated and infinitive verbs.
CLAUSES_INHERIT = [
    # A phrase of a verb whose object is a dated event ("took a loss ... in the quarter").
    (
        "The shipping firm will sell its tanker business, and took a $12 million loss from "
        "discontinued operations in the second quarter owing to the sale plan.",
        "operations",
        "2025-Q2",
    ),
    (
        "The chemicals maker will close its paint unit, and took a $7 million charge from "
        "discontinued operations during the third quarter, citing the closure.",
        "operations",
        "2025-Q3",
    ),
    # The verbs below a clause that hangs on a date ("since March, when she was found ...").
    (
        "Relatives have cared for the girl since March, when she was found sleeping in a park.",
        "sleeping",
        "2025-03",
    ),
    ("Exports peaked in 2021, when factories began running at full speed.", "running", "2021"),
    ("Prices soared in 2022, when traders started hoarding grain.", "hoarding", "2022"),
    # The period a report is about, where the parse hangs it on the reporting verb.
    (
        "The insurer said it had a deficit of $9 million, or $2 a share, "
        "for the quarter that ended on Sept. 30.",
        "had",
        "2025-Q3",
    ),
    (
        "The retailer said it earned $3 million ($0.10 per share) for its third quarter.",
        "earned",
        "2025-Q3",
    ),
    (
        "Analysts expect a decline in orders in the fourth quarter as customers cut stocks.",
        "cut",
        "2025-Q4",
    ),
    (
        "Analysts expect a decline in orders in the fourth quarter as customers continue to cut "
        "stocks.",
        "continue",
        "2025-Q4",
    ),
    (
        "Analysts expect a decline in orders in the fourth quarter as customers continue to cut "
        "stocks.",
        "cut",
        "2025-Q4",
    ),
    (
        "The region will see a rise in prices in December as farmers hold back grain.",
        "hold",
        "2025-12",
    ),
    ("Economists forecast a slowdown in January as shoppers spend less.", "spend", "2026-01"),
    (
        "The firm took a loss from closed stores in the third quarter as buyers stayed away.",
        "stayed",
        "2025-Q3",
    ),
    (
        "The mill will suffer a drop in output in the spring of 2026 as workers begin to retire.",
        "begin",
        "2026-SP",
    ),
    (
        "The mill will suffer a drop in output in the spring of 2026 as workers begin to retire.",
        "retire",
        "2026-SP",
    ),
    (
        "The city expects a surge in visitors in July 2026 as tourists return to the coast.",
        "return",
        "2026-07",
    ),
    ("A new plant is to open next year.", "open", "2026"),
    ("A second line is to start in March.", "start", "2026-03"),
    ("Bondholders are to receive payment on Friday.", "receive", "2025-11-21"),
    ("Factories cut output in October as carmakers reduced orders.", "reduced", "2025-10"),
    ("Officials agreed on Monday to release the prisoners.", "release", "2025-11-17"),
    (
        "The company posted a gain in sales in the third quarter as shoppers returned.",
        "returned",
        "2025-Q3",
    ),
    (
        "The country recorded a fall in exports in September as buyers turned to rivals.",
        "turned",
        "2025-09",
    ),
    ("Traders expect a rise in prices in January as mills remain shut.", "remain", "2026-01"),
]


@pytest.mark.parametrize(("text", "word", "value"), CLAUSES_INHERIT)
def test_a_clause_takes_the_date_of_the_event_above(text: str, word: str, value: str) -> None:
    got = _value(text, word)
    assert got is not None and got.startswith(value), got


# A date after "since" or "until" bounds a span the sentence tells ("has not performed since
# her surgery in March"): no scene for the next sentence; a relative clause's date is one.
SPAN_BOUNDS = [
    (
        "The singer has not performed since her surgery in March. Her comeback was delayed again.",
        "delayed",
        None,
    ),
    (
        "The plant has been closed since the flood in 2021. Workers protested outside.",
        "protested",
        None,
    ),
    (
        "The minister, who visited the camp on Sunday, promised more aid. Officials sent tents.",
        "sent",
        "2025-11-16",
    ),
    (
        "The envoy, who arrived on Monday, met the president. The two leaders signed a deal.",
        "signed",
        "2025-11-17",
    ),
    ("Prices have risen since the drought in June. Farmers sold their cattle.", "sold", None),
    ("The company has not hired anyone since the merger in May. Its shares fell.", "fell", None),
    (
        "The bridge has been shut since the storm in October. Drivers took long detours.",
        "took",
        None,
    ),
    (
        "The airline has grounded its jets since the crash in May. Passengers queued for refunds.",
        "queued",
        None,
    ),
    (
        "The player has not scored since his injury in August. The club signed a new striker.",
        "signed",
        None,
    ),
    (
        "The mine has stayed closed since the collapse in 2022. Families marched to the capital.",
        "marched",
        None,
    ),
    ("The factory has been idle since the fire in April. The owners sold the land.", "sold", None),
    (
        "The road has been blocked since the landslide in September. Villagers carried "
        "food on foot.",
        "carried",
        None,
    ),
    (
        "The museum has been closed since the flood in 2023. Staff moved the paintings.",
        "moved",
        None,
    ),
    (
        "The striker, who scored on Saturday, thanked the fans. The team celebrated.",
        "celebrated",
        "2025-11-15",
    ),
    (
        "The judge, who ruled on Friday, left the court. Reporters questioned her lawyer.",
        "questioned",
        "2025-11-14",
    ),
    ("The singer has not performed since March. The band cancelled its tour.", "cancelled", None),
]


@pytest.mark.parametrize(("text", "word", "value"), SPAN_BOUNDS)
def test_a_date_that_bounds_a_span_sets_no_scene(text: str, word: str, value: str | None) -> None:
    got = _value(text, word)
    if value is None:
        assert got is None, got
    else:
        assert got is not None and got.startswith(value), got


# Rule 4: a participle that stands for a present progressive ("people waiting at the
# border" in a present sentence) is news of now: the publication date; told in the past, no.
PRESENT_PARTICIPLES = [
    ("There are rescuers digging through the rubble.", "digging", "2025-11-18"),
    ("There are thousands of people waiting at the border.", "waiting", "2025-11-18"),
    ("These are voters queuing outside the polling stations.", "queuing", "2025-11-18"),
    ("These are families fleeing the fighting.", "fleeing", "2025-11-18"),
    ("The city has hundreds of workers clearing the streets.", "clearing", "2025-11-18"),
    ("There are crews working through the night.", "working", "2025-11-18"),
    ("It is a fire spreading fast through the valley.", "spreading", "2025-11-18"),
    ("There are soldiers patrolling the streets.", "patrolling", "2025-11-18"),
    ("The network has reporters covering the summit.", "covering", "2025-11-18"),
    ("There are ships waiting outside the port.", "waiting", "2025-11-18"),
    ("This is a market recovering from a shock.", "recovering", "2025-11-18"),
    ("There are doctors treating the wounded in tents.", "treating", "2025-11-18"),
    ("There are children sleeping in the station.", "sleeping", "2025-11-18"),
    ("This is a team playing for its future.", "playing", "2025-11-18"),
    ("There are farmers burning stubble in the fields.", "burning", "2025-11-18"),
    ("There were thousands of people waiting at the border.", "waiting", None),
    ("There were ships waiting outside the port.", "waiting", None),
]


@pytest.mark.parametrize(("text", "word", "value"), PRESENT_PARTICIPLES)
def test_a_present_participle_is_news_of_now(text: str, word: str, value: str | None) -> None:
    frame = _time(text, word)
    if value is None:
        assert frame.time is None, frame.time
    else:
        assert frame.time is not None and frame.time.value == value, frame.time
        assert frame.time.source == "publication" and frame.when == "ongoing"
