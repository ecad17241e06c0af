"""When each event happened, more kinds of expression: capability tables (invented
sentences, published 2025-11-18, a Tuesday) for a range of dates, aspectual verbs and
nominalisations.

Each row names an event word of the text and what its frame's time should be.
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2025-11-18"


def _frame(text: str, word: str):
    doc = briefx.extract(text, published=PUBLISHED)
    frames = [e for f in doc.facts for e in f.events if e.text == word]
    found = [e.text for f in doc.facts for e in f.events]
    assert frames, f"no frame {word!r} in {found}"
    return frames[0], doc


# A range ("between May and July", "from March to June"): the event happened within it,
# so its time is the range (the first date's value, the range's days), not nothing.
RANGES = [
    (
        "Union leaders held talks with the ministry between May and July.",
        "talks",
        ("2025-05-01", "2025-07-31"),
    ),
    ("The road was closed from March to June.", "closed", ("2025-03-01", "2025-06-30")),
    (
        "Engineers repaired the bridge between 2019 and 2021.",
        "repaired",
        ("2019-01-01", "2021-12-31"),
    ),
    ("The festival ran from Nov. 3 to Nov. 7.", "ran", ("2025-11-03", "2025-11-07")),
    ("Prices rose between January and March.", "rose", ("2025-01-01", "2025-03-31")),
    (
        "Between April and June the company hired 300 workers.",
        "hired",
        ("2025-04-01", "2025-06-30"),
    ),
    ("Negotiators met in Oslo between March and May.", "met", ("2025-03-01", "2025-05-31")),
    ("Talks took place in Geneva between May and July.", "Talks", ("2025-05-01", "2025-07-31")),
    (
        "From June to August, crews fought wildfires in the north.",
        "fought",
        ("2025-06-01", "2025-08-31"),
    ),
    ("Inflation slowed from July to September.", "slowed", ("2025-07-01", "2025-09-30")),
    ("Factories cut output from April through June.", "cut", ("2025-04-01", "2025-06-30")),
    (
        "The rebels controlled the town from 2014 to 2016.",
        "controlled",
        ("2014-01-01", "2016-12-31"),
    ),
    (
        "The club played in the second division between 2010 and 2013.",
        "played",
        ("2010-01-01", "2013-12-31"),
    ),
    ("Floods struck the valley between Nov. 2 and Nov. 5.", "struck", ("2025-11-02", "2025-11-05")),
    (
        "The airline suspended flights to the city from August to October.",
        "suspended",
        ("2025-08-01", "2025-10-31"),
    ),
    ("Between 2016 and 2018 the firm opened 40 stores.", "opened", ("2016-01-01", "2018-12-31")),
]


@pytest.mark.parametrize(("text", "word", "days"), RANGES)
def test_an_event_within_a_range(text, word, days) -> None:
    frame, doc = _frame(text, word)
    assert frame.time is not None, f"{word}: no time"
    assert tuple(frame.time.range) == days and frame.time.source == "sentence", frame.time
    assert frame.time.date is not None and doc.dates[frame.time.date].range == days


# A single date after "from" or "between" is not a range the event lies within: it stays
# without that time ("up from a year ago", "from May on" is a start, not a span).
NOT_A_RANGE = [
    ("Sales rose to $5 million from $4 million a year ago.", "rose", "2024"),
    ("The plant has been closed since May.", "closed", "2025-05"),
    ("Prices climbed between the two votes in May.", "climbed", None),
    ("The ban applies from Monday.", "applies", "2025-11-17"),
    ("Exports fell 3% compared with March.", "fell", "2025-03"),
    ("The strike will last until June.", "last", "2026-06"),
    ("The office stayed shut from Friday until Monday.", "shut", None),
]


@pytest.mark.parametrize(("text", "word", "not_value"), NOT_A_RANGE)
def test_a_single_date_after_from_is_not_the_events_time(text, word, not_value) -> None:
    doc = briefx.extract(text, published=PUBLISHED)
    frames = [e for f in doc.facts for e in f.events if e.text == word]
    for frame in frames:
        if frame.time is not None and not_value is not None:
            assert not frame.time.value.startswith(not_value), frame.time


# Aspectual verbs ("began selling", "completed the purchase") name a phase of another event
# and are events of their own: a frame with the date, and the event they govern keeps its
# frame and takes the same date.
ASPECTUAL = [
    ("The company began selling shares on Monday.", "began", "2025-11-17", "selling"),
    ("Workers started building the bridge in March.", "started", "2025-03", "building"),
    ("The firm completed the purchase yesterday.", "completed", "2025-11-17", "purchase"),
    ("The army will begin withdrawing troops on Friday.", "begin", "2025-11-21", "withdrawing"),
    ("Shares began trading on the exchange in August.", "began", "2025-08", "trading"),
    ("Crews finished clearing the road on Sunday.", "finished", "2025-11-16", "clearing"),
    ("The ministry stopped issuing permits last week.", "stopped", "2025-W46", "issuing"),
    ("The factory ceased production in 2023.", "ceased", "2023", None),
    ("The team continued searching on Saturday.", "continued", "2025-11-15", "searching"),
    ("Police ended the search on Wednesday.", "ended", "2025-11-12", "search"),
    ("The bank started to cut rates in June.", "started", "2025-06", "cut"),
    ("Engineers began to repair the dam on Nov. 3.", "began", "2025-11-03", "repair"),
    ("Rescuers resumed digging on Monday.", "resumed", "2025-11-17", "digging"),
    ("The builders will complete the tower in 2027.", "complete", "2027", None),
    ("The court halted the trial on Friday.", "halted", "2025-11-14", "trial"),
    ("On Thursday the council began a review of the budget.", "began", "2025-11-13", None),
    ("Voters continued to arrive at the polls on Sunday.", "continued", "2025-11-16", "arrive"),
]


@pytest.mark.parametrize(("text", "word", "value", "governed"), ASPECTUAL)
def test_aspectual_verbs_are_events(text, word, value, governed) -> None:
    frame, _ = _frame(text, word)
    assert frame.time is not None and frame.time.value.startswith(value), frame.time
    if governed is not None:
        other, _ = _frame(text, governed)
        assert other.time is not None and other.time.value.startswith(value), other.time


# Nominals: a noun that names a verb's event (WordNet's event nominals,
# models/events/nominals.json) is an event when the text tells it as one: a date in its
# phrase, or a verb that carries it ("began a search", "the repair took place").
NOMINALS = [
    ("The decision on Friday surprised investors.", "decision", "2025-11-14"),
    ("Construction began in March.", "Construction", "2025-03"),
    ("Police ended the search on Wednesday.", "search", "2025-11-12"),
    ("The inspection on Monday found cracks in the wall.", "inspection", "2025-11-17"),
    ("The demolition of the old tower took place in June.", "demolition", "2025-06"),
    ("Engineers completed the repair on Saturday.", "repair", "2025-11-15"),
    ("The approval of the budget on Thursday ended a long fight.", "approval", "2025-11-13"),
    ("Thursday's rejection of the offer angered the union.", "rejection", "2025-11-13"),
    ("The removal of the statue in 2020 drew protests.", "removal", "2020"),
    ("The renovation of the station began last week.", "renovation", "2025-W46"),
    ("The excavation in April uncovered a Roman road.", "excavation", "2025-04"),
    ("The cancellation on Sunday disappointed fans.", "cancellation", "2025-11-16"),
    ("The transfer of the prisoners took place on Oct. 2.", "transfer", "2025-10-02"),
    ("The delivery of the aircraft in May was late.", "delivery", "2025-05"),
    ("The dismissal of the coach on Monday shocked the club.", "dismissal", "2025-11-17"),
    ("The rescue of the miners on Friday lasted six hours.", "rescue", "2025-11-14"),
    ("The evacuation began on Tuesday morning.", "evacuation", "2025-11-18"),
    ("The celebration on Saturday drew large crowds.", "celebration", "2025-11-15"),
]


@pytest.mark.parametrize(("text", "noun", "value"), NOMINALS)
def test_event_nominals(text, noun, value) -> None:
    frame, _ = _frame(text, noun)
    assert frame.time is not None and frame.time.value.startswith(value), frame.time


# Alone, the same nouns are as often things or states: no frame ("the process", "support").
NOT_TOLD_AS_EVENTS = [
    ("The process is slow and costly.", "process"),
    ("The party has strong support in the north.", "support"),
    ("Management agreed to the terms.", "Management"),
    ("The design of the car is old.", "design"),
    ("The work of the artist fills three rooms.", "work"),
    ("Drivers complained about the use of cameras.", "use"),
]


@pytest.mark.parametrize(("text", "noun"), NOT_TOLD_AS_EVENTS)
def test_nominals_alone_are_not_frames(text, noun) -> None:
    doc = briefx.extract(text, published=PUBLISHED)
    assert noun not in [e.text for f in doc.facts for e in f.events]


def _load_builder():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "tools" / "build_event_nominals.py"
    spec = importlib.util.spec_from_file_location("build_event_nominals", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_nominals_are_built_from_wordnets_first_sense(tmp_path) -> None:
    """The builder keeps a noun whose first sense is an act linked to a verb, and drops one
    whose first sense is a thing and one with no verb. A noun never seen in the tagged
    corpus has no first sense to go by: it is kept when all its senses are acts, dropped
    when one is a thing (a WordNet in miniature, invented)."""
    index = [
        "zorp n 2 1 + 2 1 00000001 00000002  ",  # first sense: an act, linked to a verb
        "blick n 2 1 + 2 1 00000003 00000001  ",  # first sense: an artifact
        "quim n 1 0 1 1 00000004  ",  # an act with no verb
        "vell n 1 1 + 1 0 00000005  ",  # an act never tagged, its only sense
        "wex n 2 1 + 2 0 00000006 00000007  ",  # never tagged: an act, and a thing
    ]
    data = [
        "00000001 04 n 02 zorp 0 blick 0 001 + 00000009 v 0101 | the act of zorping  ",
        "00000002 06 n 01 zorp 0 000 | a tool  ",
        "00000003 06 n 01 blick 0 000 | a thing  ",
        "00000004 04 n 01 quim 0 000 | an act  ",
        "00000005 04 n 01 vell 0 001 + 00000008 v 0101 | the act of velling  ",
        "00000006 04 n 01 wex 0 001 + 00000010 v 0101 | the act of wexing  ",
        "00000007 06 n 01 wex 0 000 | a wex  ",
    ]
    (tmp_path / "index.noun").write_text("  header line\n" + "\n".join(index) + "\n")
    (tmp_path / "data.noun").write_text("  header line\n" + "\n".join(data) + "\n")
    assert _load_builder().event_nominals(tmp_path) == ["vell", "zorp"]


def test_nouns_verbs_are_read_off_wordnets_derivations(tmp_path) -> None:
    """Each noun with an act, event or process sense linked to a verb gets the verb it is
    derived from (its first such sense), only when the two are spelt apart; a noun whose
    first sense is a thing still gets the verb of a later act sense (an invented WordNet)."""
    index = [
        "zorp n 1 1 + 1 1 00000001  ",  # an act, derived from "zorpen"
        "blick n 2 1 + 2 1 00000003 00000002  ",  # a thing first, then an act of "blicken"
        "quim n 1 0 1 1 00000004  ",  # an act with no verb
        "vell n 1 1 + 1 0 00000005  ",  # an act of the verb spelt as it
    ]
    data = [
        "00000001 04 n 01 zorp 0 001 + 00000009 v 0101 | the act of zorping  ",
        "00000002 04 n 01 blick 0 001 + 00000010 v 0101 | the act of blicking  ",
        "00000003 06 n 01 blick 0 000 | a thing  ",
        "00000004 04 n 01 quim 0 000 | an act  ",
        "00000005 04 n 01 vell 0 001 + 00000008 v 0101 | the act of velling  ",
    ]
    verbs = [
        "00000008 29 v 01 vell 0 000 | to vell  ",
        "00000009 30 v 01 zorpen 0 000 | to zorpen  ",
        "00000010 30 v 01 blicken 0 000 | to blicken  ",
    ]
    for name, lines in (("index.noun", index), ("data.noun", data), ("data.verb", verbs)):
        (tmp_path / name).write_text("  header line\n" + "\n".join(lines) + "\n")
    assert _load_builder().derived_verbs(tmp_path) == {"blick": "blicken", "zorp": "zorpen"}


def test_nominals_list_is_documented_and_sorted() -> None:
    from briefx.resources import load_json

    data = load_json("events/nominals.json")
    nouns = data["nouns"]
    assert nouns == sorted(set(nouns)) and all(n == n.lower() for n in nouns)
    assert "WordNet" in data["_doc"] and "Princeton" in data["_license"]
    assert {"decision", "construction", "search"} <= set(nouns)
    assert data["verbs"]["explosion"] == "explode" and "attack" not in data["verbs"]


# The subject's period: a verb of change with no date of its own happened within the
# period its subject is measured over ("sales in the third quarter rose"); not a date in a
# clause of the subject ("the firm that opened in 2019 closed").
SUBJECT_PERIOD = [
    ("Sales in the third quarter rose 5%.", "rose", "2025-Q3"),
    ("Profit for the first half fell sharply.", "fell", "2025-H1"),
    ("Exports in October dropped by a tenth.", "dropped", "2025-10"),
    ("Turnout in the 2022 election reached a record.", "reached", "2022"),
    ("The company's revenue for 2024 grew 8%.", "grew", "2024"),
    ("Rainfall in August broke the record.", "broke", "2025-08"),
    ("Traffic on Monday slowed to a crawl.", "slowed", "2025-11-17"),
    ("Inflation in September eased to 2%.", "eased", "2025-09"),
    ("Losses for the second quarter widened.", "widened", "2025-Q2"),
    ("The deficit for 2023 shrank by half.", "shrank", "2023"),
    ("Output in the first quarter of 2024 fell.", "fell", "2024-Q1"),
    ("The insurer's deficit in the third quarter narrowed.", "narrowed", "2025-Q3"),
    ("Spending in March jumped 3%.", "jumped", "2025-03"),
    ("The bank said its profit for the third quarter rose 4%.", "rose", "2025-Q3"),
    ("The company said sales in October dropped 2%.", "dropped", "2025-10"),
    ("Officials said exports for the first half grew.", "grew", "2025-H1"),
    ("The firm reported that revenue in the second quarter fell.", "fell", "2025-Q2"),
    ("The agency said its deficit for 2024 narrowed.", "narrowed", "2024"),
    ("The group said its deficit in the quarter widened.", "widened", "2025-Q"),
    ("Earnings for the year ended in June climbed.", "climbed", "2025"),
    ("The firm that opened in 2019 closed its plant.", "closed", None),
    ("Demand in December usually rises.", "rises", None),
]


@pytest.mark.parametrize(("text", "word", "value"), SUBJECT_PERIOD)
def test_the_subjects_period(text, word, value) -> None:
    frame, _ = _frame(text, word)
    if value is None:
        assert frame.time is None or not frame.time.value.startswith("2019"), frame.time
    else:
        assert frame.time is not None and frame.time.value.startswith(value), frame.time


# The occasion of a statement: an event noun where a report was made ("said at a news
# conference on Monday") happened on the report's date.
OCCASION = [
    (
        "The minister said at a news conference on Monday that prices would fall.",
        "conference",
        "2025-11-17",
    ),
    (
        "Police told reporters at a briefing yesterday that two men were held.",
        "briefing",
        "2025-11-17",
    ),
    ("The mayor announced at a rally on Saturday that he would run again.", "rally", "2025-11-15"),
    (
        "The president said during a visit to Kyiv on Friday that aid would continue.",
        "visit",
        "2025-11-14",
    ),
    (
        "The premier said at a summit in Rome on Thursday that the deal was close.",
        "summit",
        "2025-11-13",
    ),
    (
        "The chief executive said at the annual meeting yesterday that sales were strong.",
        "meeting",
        "2025-11-17",
    ),
    (
        "The general said at a hearing in the Senate on Monday that troops would stay.",
        "hearing",
        "2025-11-17",
    ),
    (
        "The envoy said at the talks in Geneva on Friday that progress was slow.",
        "talks",
        "2025-11-14",
    ),
    (
        "The governor announced at a briefing this morning that schools would close.",
        "briefing",
        "2025-11-18",
    ),
    (
        "A spokesman said at a news conference last week that the plan was ready.",
        "conference",
        "2025-W46",
    ),
    (
        "Witnesses testified at the trial on Monday that the driver was drunk.",
        "trial",
        "2025-11-17",
    ),
    (
        "The coach said at a ceremony on Sunday that the team deserved the cup.",
        "ceremony",
        "2025-11-16",
    ),
    (
        "Officials said at the funeral on Saturday that the victims would be honoured.",
        "funeral",
        "2025-11-15",
    ),
    (
        "The senator said at a dinner in Boston on Thursday that she would run.",
        "dinner",
        "2025-11-13",
    ),
    ("Doctors said at a briefing on Oct. 3 that the patient was stable.", "briefing", "2025-10-03"),
    ("The union said on Monday that the strike would start in December.", "strike", None),
]


@pytest.mark.parametrize(("text", "noun", "value"), OCCASION)
def test_the_occasion_of_a_statement(text, noun, value) -> None:
    frame, _ = _frame(text, noun)
    if value is None:
        assert frame.time is None or not frame.time.value.startswith("2025-11-17"), frame.time
    else:
        assert frame.time is not None and frame.time.value.startswith(value), frame.time


# A date of comparison ("compared with a year earlier", "up from a loss in September",
# "than in 2020") is not the scene: the next sentence keeps the scene its main event set.
COMPARISON_SCENE = [
    (
        "On Monday the index fell 2%, compared with a gain a week earlier. Bank shares dropped.",
        "dropped",
        "2025-11-17",
    ),
    (
        "The firm lost $2 million in October, compared with a profit in September. "
        "Its shares fell.",
        "fell",
        "2025-10",
    ),
    (
        "The company earned $5 million in the second quarter, compared with a loss a year "
        "earlier. Revenue rose 8%.",
        "rose",
        "2025-Q2",
    ),
    ("Exports grew 3% in May, compared with a drop in April. Imports rose too.", "rose", "2025-05"),
    ("Unemployment fell in August, compared with a rise in July. Wages grew.", "grew", "2025-08"),
    (
        "Profit rose in the third quarter, up from a loss in the second quarter. Sales climbed.",
        "climbed",
        "2025-Q3",
    ),
    (
        "The bank posted a profit in March, compared with a loss in February. Its shares jumped.",
        "jumped",
        "2025-03",
    ),
    (
        "Turnout on Sunday beat the record set in 2020. Voters queued for hours.",
        "queued",
        "2025-11-16",
    ),
    (
        "Output rose in June, compared with a fall in May. Factories hired more workers.",
        "hired",
        "2025-06",
    ),
    (
        "The airline carried more passengers in July, compared with a slump in 2020. "
        "Fares climbed.",
        "climbed",
        "2025-07",
    ),
    ("Rainfall in April beat the level of a year earlier. Rivers flooded.", "flooded", "2025-04"),
    (
        "Retail sales grew in October, compared with a decline in September. Shoppers spent more.",
        "spent",
        "2025-10",
    ),
    (
        "On Friday the currency rose, compared with a drop on Thursday. Traders bought bonds.",
        "bought",
        "2025-11-14",
    ),
    ("Imports fell in 2024, compared with a rise in 2023. Ports cut jobs.", "cut", "2024"),
    (
        "The team won on Saturday, compared with a defeat on Wednesday. Fans celebrated.",
        "celebrated",
        "2025-11-15",
    ),
]


@pytest.mark.parametrize(("text", "word", "value"), COMPARISON_SCENE)
def test_a_comparison_date_is_not_the_scene(text, word, value) -> None:
    frame, _ = _frame(text, word)
    assert frame.time is not None and frame.time.value.startswith(value), frame.time


# A noun spelled like a reporting verb ("reports of", "claims of", "comments on") is not
# a report: the event it is about takes the date of the verb above it.
REPORT_NOUNS = [
    ("Police received reports of robberies last week.", "robberies", "2025-W46"),
    ("The agency logged reports of attacks on Monday.", "attacks", "2025-11-17"),
    ("Officials denied claims of an attack in March.", "attack", "2025-03"),
    ("The paper printed comments on the shooting on Friday.", "shooting", "2025-11-14"),
    ("Rescuers checked reports of a landslide on Thursday.", "landslide", "2025-11-13"),
    ("The network aired reports of an explosion in the port on Sunday.", "explosion", "2025-11-16"),
    ("Hospitals filed reports of the outbreak in June.", "outbreak", "2025-06"),
    ("The site removed posts about the riot on Saturday.", "riot", "2025-11-15"),
    ("Villagers gave reports of a raid on Wednesday.", "raid", "2025-11-12"),
    ("The embassy received reports of the kidnapping last month.", "kidnapping", "2025-10"),
    ("Officials rejected claims of a massacre in 2023.", "massacre", "2023"),
    ("Regulators studied reports of the outage on Monday.", "outage", "2025-11-17"),
    ("The station received reports of a flood on Tuesday.", "flood", "2025-11-18"),
    ("Editors checked claims of a robbery in August.", "robbery", "2025-08"),
    ("The army denied reports of an ambush in the valley in May.", "ambush", "2025-05"),
]


@pytest.mark.parametrize(("text", "noun", "value"), REPORT_NOUNS)
def test_a_report_noun_is_not_a_report(text, noun, value) -> None:
    frame, _ = _frame(text, noun)
    assert frame.time is not None and frame.time.value.startswith(value), frame.time


# Acts of intention ("agreed to", "decided to", "tried to"): the agreeing, deciding or
# trying is an event of its own, with its date; the event it aims at keeps its frame and
# its modality. "declined to comment" and "refused to" stay cues, not frames.
INTENTION_ACTS = [
    ("The council agreed on Monday to release the funds.", "agreed", "2025-11-17"),
    ("The board decided in June to close the plant.", "decided", "2025-06"),
    ("The minister promised on Friday to cut taxes.", "promised", "2025-11-14"),
    ("Rebels threatened on Sunday to attack the city.", "threatened", "2025-11-16"),
    ("He tried yesterday to reach the summit.", "tried", "2025-11-17"),
    ("The firm sought in March to buy its rival.", "sought", "2025-03"),
    ("The union offered on Thursday to end the strike.", "offered", "2025-11-13"),
    ("The mayor proposed last week to ban cars.", "proposed", "2025-W46"),
    ("The president vowed on Saturday to rebuild the town.", "vowed", "2025-11-15"),
    ("Donors pledged in May to fund the school.", "pledged", "2025-05"),
    ("Police attempted on Wednesday to clear the square.", "attempted", "2025-11-12"),
    ("On Tuesday the leaders agreed to meet again.", "agreed", "2025-11-18"),
    ("Last month the bank decided to raise rates.", "decided", "2025-10"),
    ("In 2022 the city tried to sell the stadium.", "tried", "2022"),
    ("On Monday the ministers will try to break the deadlock.", "try", "2025-11-24"),
]


@pytest.mark.parametrize(("text", "word", "value"), INTENTION_ACTS)
def test_acts_of_intention_are_events(text, word, value) -> None:
    frame, _ = _frame(text, word)
    assert frame.time is not None and frame.time.value.startswith(value), frame.time


def test_the_aim_keeps_its_frame_and_modality() -> None:
    frame, _ = _frame("The council agreed on Monday to release the funds.", "release")
    assert frame.modality == "planned" and frame.time is not None
    doc = briefx.extract("The spokesman declined to comment on Monday.", published=PUBLISHED)
    assert "declined" not in [e.text for f in doc.facts for e in f.events]


# A sentence whose only dates are of comparison still lies in the paragraph's scene:
# "Profit rose in the third quarter. Net advanced to $5 million from $4 million a year ago."
COMPARISON_ONLY = [
    (
        "Profit rose in the third quarter. Net advanced to $5 million from $4 million a year ago.",
        "advanced",
        "2025-Q3",
    ),
    (
        "On Monday the index fell 2%. Bank shares dropped 4%, compared with a gain a week earlier.",
        "dropped",
        "2025-11-17",
    ),
    ("Sales climbed in October. Exports jumped 3% from a year earlier.", "jumped", "2025-10"),
    ("In May the firm hired 200 people. Its payroll grew faster than in 2024.", "grew", "2025-05"),
    (
        "The bank lost money in the second quarter. Deposits shrank, compared with a rise a "
        "year earlier.",
        "shrank",
        "2025-Q2",
    ),
    (
        "On Friday the currency slid. Gold rose, compared with a fall on Thursday.",
        "rose",
        "2025-11-14",
    ),
    ("Turnout fell in the 2024 election. Fewer young people voted than in 2020.", "voted", "2024"),
    (
        "In August factories cut output. Orders dropped, compared with a rise in July.",
        "dropped",
        "2025-08",
    ),
    ("Rents climbed in March. Prices rose 4% from a year ago.", "rose", "2025-03"),
    (
        "On Sunday the team lost the final. It scored fewer goals than on Wednesday.",
        "scored",
        "2025-11-16",
    ),
    ("Shares fell on Thursday. Volume rose, compared with Wednesday.", "rose", "2025-11-13"),
    (
        "The airline carried more people in July. Fares climbed from a year earlier.",
        "climbed",
        "2025-07",
    ),
    ("Exports slowed in the first half. Imports grew faster than in 2023.", "grew", "2025-H1"),
    ("Inflation eased in September. Wages rose 3%, up from 2% a year before.", "rose", "2025-09"),
    ("On Saturday the storm hit the coast. Rain fell harder than in 2019.", "fell", "2025-11-15"),
]


@pytest.mark.parametrize(("text", "word", "value"), COMPARISON_ONLY)
def test_a_sentence_with_only_comparison_dates_keeps_the_scene(text, word, value) -> None:
    doc = briefx.extract(text, published=PUBLISHED)
    frames = [e for f in doc.facts if f.sentence == 1 for e in f.events if e.text == word]
    assert frames, [e.text for f in doc.facts for e in f.events]
    time = frames[0].time
    assert time is not None and time.value.startswith(value), time


# Coordinated events share a date that closes the coordination: "slower growth and more
# layoffs for the fourth quarter", "looted the shops and burned the village in May".
COORDINATED = [
    (
        "Officials expect more arrests and deportations in the fourth quarter.",
        "arrests",
        "2025-Q4",
    ),
    ("The strike and the protest on Monday closed the port.", "strike", "2025-11-17"),
    ("Rebels looted the shops and burned the village in May.", "looted", "2025-05"),
    (
        "Police questioned the driver and arrested his brother on Friday.",
        "questioned",
        "2025-11-14",
    ),
    ("The floods and landslides in October killed 40 people.", "floods", "2025-10"),
    ("Economists expect higher inflation and weaker growth in 2026.", "inflation", "2026"),
    ("The talks and the signing ceremony on Thursday went well.", "talks", "2025-11-13"),
    ("Workers occupied the plant and blocked the gates on Sunday.", "occupied", "2025-11-16"),
    ("The arrest and the trial of the mayor in 2023 divided the town.", "arrest", "2023"),
    ("Troops shelled the town and seized the bridge last week.", "shelled", "2025-W46"),
    ("The merger and the layoffs in June angered staff.", "merger", "2025-06"),
    ("Voters rejected the plan and elected a new council in March.", "rejected", "2025-03"),
    ("The storm and the blackout on Saturday closed schools.", "storm", "2025-11-15"),
    ("Traders sold bonds and bought gold yesterday.", "sold", "2025-11-17"),
    ("The fire and the evacuation on Wednesday shocked residents.", "fire", "2025-11-12"),
]


@pytest.mark.parametrize(("text", "word", "value"), COORDINATED)
def test_coordinated_events_share_a_closing_date(text, word, value) -> None:
    frame, _ = _frame(text, word)
    assert frame.time is not None and frame.time.value.startswith(value), frame.time


# A past-tense verb of a relative clause takes the date the parse hung elsewhere in its
# sentence ("hurt the index, which fell 2%, on Friday"); a present-tense one or an aim in
# it ("an accord, which provides for the city to buy ...") does not.
RELATIVE_PAST = [
    ("Weak banks hurt the index, which fell 2%, on Friday.", "fell", "2025-11-14"),
    ("The storm hit the port, which closed for hours, on Sunday.", "closed", "2025-11-16"),
    ("Rebels freed the hostages, who walked to the border, on Monday.", "walked", "2025-11-17"),
    ("The rally, which drew thousands, ended peacefully on Saturday.", "drew", "2025-11-15"),
    ("The bank, which lost money, cut 300 jobs in October.", "lost", "2025-10"),
    ("Police stopped the van, which carried explosives, on Thursday.", "carried", "2025-11-13"),
    ("The club sacked the coach, who lost five games, last week.", "lost", "2025-W46"),
    ("Voters ousted the mayor, who served two terms, in May.", "served", "2025-05"),
    ("Crews reached the miners, who survived the blast, on Wednesday.", "survived", "2025-11-12"),
    ("The firm sold the unit, which employed 500 people, in June.", "employed", "2025-06"),
    ("Troops entered the town, which fell quickly, in 2022.", "fell", "2022"),
    ("The river flooded the farms, which lost their crops, in September.", "lost", "2025-09"),
    ("The court freed the man, who spent ten years in jail, on Tuesday.", "spent", "2025-11-18"),
    ("Fans cheered the team, which won the cup, on Sunday.", "won", "2025-11-16"),
    ("The board fired the chief, who resigned from two boards, in March.", "resigned", "2025-03"),
]


@pytest.mark.parametrize(("text", "word", "value"), RELATIVE_PAST)
def test_a_past_verb_in_a_relative_clause_takes_the_sentences_date(text, word, value) -> None:
    frame, _ = _frame(text, word)
    assert frame.time is not None and frame.time.value.startswith(value), frame.time


RELATIVE_NOT = [
    ("On Monday the leader signed an accord, which provides for the city to buy jets.", "buy"),
    ("On Friday the army shelled the town, which lies near the border.", "lies"),
    ("The union, which represents nurses, called a strike on Monday.", "represents"),
]


@pytest.mark.parametrize(("text", "word"), RELATIVE_NOT)
def test_a_relative_clause_that_is_not_past_takes_no_date(text, word) -> None:
    frame, _ = _frame(text, word)
    assert frame.time is None or frame.time.source != "sentence", frame.time


# A word of a date is not an event: "this fall" is a season, not a fall; the event of the
# sentence takes the date.
SEASON_WORDS = [
    ("Factory owners are buying machines this fall.", "buying", "2025-FA"),
    ("The company will hire more workers next fall.", "hire", "2026-FA"),
    ("Enrolment dropped last fall.", "dropped", "2024-FA"),
    ("Prices fell this fall.", "fell", "2025-FA"),
    ("The team played well last fall.", "played", "2024-FA"),
    ("The bridge opened in the fall of 2020.", "opened", "2020-FA"),
    ("The school reopened in fall 2021.", "reopened", "2021-FA"),
    ("Farmers planted less wheat this fall.", "planted", "2025-FA"),
    ("The council will vote on the budget next fall.", "vote", "2026-FA"),
    ("Rents climbed sharply last fall.", "climbed", "2024-FA"),
    ("The museum reopened this fall.", "reopened", "2025-FA"),
    ("Exports slumped in the fall of 2019.", "slumped", "2019-FA"),
    ("Home sales cooled this fall.", "cooled", "2025-FA"),
    ("The union struck last fall.", "struck", "2024-FA"),
    ("The band will tour Europe next fall.", "tour", "2026-FA"),
]


@pytest.mark.parametrize(("text", "word", "value"), SEASON_WORDS)
def test_a_word_of_a_date_is_not_an_event(text, word, value) -> None:
    frame, doc = _frame(text, word)
    assert frame.time is not None and frame.time.value.startswith(value), frame.time
    assert "fall" not in [e.text for f in doc.facts for e in f.events]


def test_a_date_after_after_still_sets_the_scene() -> None:
    """Only comparison words make a date aside: 'after the collapse on Tuesday' is the
    story's last date, and the next sentence's deaths lie in it."""
    text = (
        "Rescuers ended their search on Wednesday after the collapse on Tuesday. "
        "The company said 12 miners had died."
    )
    frame, _ = _frame(text, "died")
    assert frame.time is not None and frame.time.value == "2025-11-18", frame.time
