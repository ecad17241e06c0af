"""When each event happened, for results and scenes: capability tables (invented
sentences, published 2025-11-18, a Tuesday).

A firm's results ("third-quarter earnings", "had a loss of $3 million") are events told for
a period; a coarser date that holds the scene's day does not move the scene.
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2025-11-18"


def _frames(text: str, word: str):
    doc = briefx.extract(text, published=PUBLISHED)
    return [e for f in doc.facts for e in f.events if e.text == word], doc


def _frame(text: str, word: str):
    frames, doc = _frames(text, word)
    found = [e.text for f in doc.facts for e in f.events]
    assert frames, f"no frame {word!r} in {found}"
    return frames[0], doc


# Results (models/events/words.json result_nouns): an event when the text tells it for a
# time, carries it by a result verb ("had", "posted", "reported") or gives its amount;
# "had" with a result for its object is an event too (TimeML's state at that time).
RESULTS = [
    ("Harbor Mills reported third-quarter earnings of $12 million.", "earnings", "2025-Q3"),
    (
        "The retailer posted net income of $4.1 million in the second quarter.",
        "income",
        "2025-Q2",
    ),
    ("A year ago, the bank had a profit of $2 million.", "profit", "2024"),
    ("A year ago, the bank had a profit of $2 million.", "had", "2024"),
    ("Sales in the first half totaled $300 million.", "Sales", "2025-H1"),
    ("The brewer had a $3 million loss in the third quarter.", "had", "2025-Q3"),
    ("As of Sept. 30, the lender had assets of $900 million.", "had", "2025-09-30"),
    ("In 2024 the chain had revenue of $1.2 billion.", "revenue", "2024"),
    ("The group's profit for 2024 was $50 million.", "profit", "2024"),
    (
        "The firm earned $5 million, compared with a profit of $7 million last year.",
        "profit",
        "2024",
    ),
    ("Fourth-quarter sales climbed 6%.", "sales", "2025-Q4"),
    ("The airline's revenue in October was $40 million.", "revenue", "2025-10"),
    ("The state had a deficit of $2 billion in 2023.", "had", "2023"),
    ("The state had a deficit of $2 billion in 2023.", "deficit", "2023"),
    ("In the second quarter, the brewer had net of $8 million.", "had", "2025-Q2"),
    (
        "The insurer had operating profit of $30 million in the first quarter.",
        "profit",
        "2025-Q1",
    ),
]


@pytest.mark.parametrize(("text", "word", "value"), RESULTS)
def test_results_are_events_of_their_period(text, word, value) -> None:
    frame, _ = _frame(text, word)
    assert frame.time is not None and frame.time.value == value, frame.time
    assert frame.time.source == "sentence"


# A result word alone, or "have" with no result, is no event.
NOT_RESULTS = [
    ("Profits matter to investors.", "Profits"),
    ("She had an idea about the market.", "had"),
    ("The board has a new chairman.", "has"),
    ("Earnings drive share prices.", "Earnings"),
    ("He has two sisters.", "has"),
]


@pytest.mark.parametrize(("text", "word"), NOT_RESULTS)
def test_results_alone_are_not_events(text, word) -> None:
    frames, _ = _frames(text, word)
    assert frames == []


# The scene (rule 3) is a day: a later date that holds it and is coarser, said of a state
# or in a sentence with no event ("volume this month is high"), does not move it; the
# events after it keep the day.
SCENE_HOLDS = [
    (
        "Shares of Norbeck fell 3% on Friday. Average volume for November is 2 million "
        "shares. Tallis rose 2 to 31.",
        "rose",
    ),
    (
        "The index slipped 1.2% on Friday. Turnover this month is the lowest in a year. "
        "Oremont gained 5%.",
        "gained",
    ),
    (
        "Bond prices rose on Friday. The yield this year is near 4%. Dealers bought notes.",
        "bought",
    ),
    (
        "On Friday the dollar fell against the yen. Its average for the fourth quarter is "
        "weak. Gold climbed $4.",
        "climbed",
    ),
    (
        "Crude oil jumped 2% on Friday. Output in November is steady. Refiners cut prices.",
        "cut",
    ),
    (
        "Talks broke down on Friday. This month is the third month of the strike. The union "
        "picketed the plant.",
        "picketed",
    ),
    (
        "The mayor resigned on Friday. Her term this year is the shortest on record. The "
        "council named a successor.",
        "named",
    ),
    (
        "Floods hit the valley on Friday. Rainfall this month is twice the usual. Crews "
        "rescued 40 people.",
        "rescued",
    ),
    (
        "Verlo Corp. shares sank on Friday. Its debt for 2025 is $2 billion. Rival Kestin "
        "shares rose.",
        "rose",
    ),
    (
        "The ferry sank on Friday near the port. Traffic in November is heavy. Divers "
        "searched the wreck.",
        "searched",
    ),
    (
        "The court ruled on Friday. Its docket this month is full. The judge fined the firm.",
        "fined",
    ),
    (
        "Markets tumbled on Friday. Volume this month is high. Brokers sold bank shares.",
        "sold",
    ),
    (
        "The plant closed on Friday. Demand in the fourth quarter is low. Workers left the site.",
        "left",
    ),
    (
        "Coffee futures surged on Friday. Supply this year is short. Roasters raised prices.",
        "raised",
    ),
    (
        "The airline grounded its fleet on Friday. Its schedule for November is thin. "
        "Passengers missed flights.",
        "missed",
    ),
    (
        "Police raided the office on Friday. Crime this year is down. Officers seized records.",
        "seized",
    ),
]


@pytest.mark.parametrize(("text", "word"), SCENE_HOLDS)
def test_a_coarser_date_of_a_state_keeps_the_scenes_day(text, word) -> None:
    frame, _ = _frame(text, word)
    assert frame.time is not None and frame.time.value == "2025-11-14", frame.time
    assert frame.time.source == "context"


# A past event's own date moves the scene, coarser or not; a date that does not hold the
# scene's day moves it too.
SCENE_MOVES = [
    (
        "Shares fell on Friday. In November the firm sold 2 million shares. It hired bankers.",
        "hired",
        "2025-11",
    ),
    (
        "The plant closed on Friday. This year it cut 300 jobs. It sold a unit.",
        "sold",
        "2025",
    ),
    (
        "The index slipped on Friday. Volume in October is low. Tallis rose 2 to 31.",
        "rose",
        "2025-10",
    ),
    (
        "Talks broke down on Friday. In 2019 the union struck for a month. It won a raise.",
        "won",
        "2019",
    ),
]


@pytest.mark.parametrize(("text", "word", "value"), SCENE_MOVES)
def test_a_past_events_date_moves_the_scene(text, word, value) -> None:
    frame, _ = _frame(text, word)
    assert frame.time is not None and frame.time.value == value, frame.time


# A sentence in the simple present ("The ruling follows months of protests", "The plant
# employs 400 people") states how things are; it does not end the past scene, as a
# present perfect or progressive does (tests/test_event_time.py CONTEXT).
PRESENT_KEEPS = [
    (
        "On Friday the court ruled against the firm. The ruling follows months of protests. "
        "The firm appealed.",
        "appealed",
    ),
    (
        "The council met on Friday. The town has 3,000 residents. The mayor opened the session.",
        "opened",
    ),
    (
        "Fire swept through the depot on Friday. The depot stores fuel for the region. "
        "Crews fought the blaze.",
        "fought",
    ),
    (
        "The rebels seized the town on Friday. The town lies on the main road. "
        "They burned the market.",
        "burned",
    ),
    (
        "The bank cut its rate on Friday. The rate sets the cost of loans. Markets rallied.",
        "rallied",
    ),
    (
        "On Friday the union called a strike. The union represents 9,000 nurses. "
        "Hospitals cancelled surgeries.",
        "cancelled",
    ),
    (
        "The ship docked on Friday. The vessel carries 2,000 passengers. "
        "Officials inspected the hull.",
        "inspected",
    ),
    (
        "The senator resigned on Friday. She chairs the budget panel. Her aides packed boxes.",
        "packed",
    ),
    (
        "On Friday the storm hit the coast. The region depends on fishing. Boats stayed in port.",
        "stayed",
    ),
    (
        "The company recalled 50,000 heaters on Friday. The heaters cost about $90. "
        "Retailers pulled them from shelves.",
        "pulled",
    ),
    (
        "Voters rejected the plan on Friday. The plan needs a two-thirds majority. "
        "The governor conceded defeat.",
        "conceded",
    ),
    (
        "On Friday the museum reopened. The building dates from 1890. Visitors crowded the halls.",
        "crowded",
    ),
    (
        "Protesters blocked the bridge on Friday. The bridge links two districts. "
        "Police cleared the road.",
        "cleared",
    ),
    (
        "The minister visited the plant on Friday. The plant employs 400 people. "
        "She met the workers.",
        "met",
    ),
    (
        "The airline cancelled 80 flights on Friday. The carrier flies to 40 cities. "
        "Passengers waited for hours.",
        "waited",
    ),
]


@pytest.mark.parametrize(("text", "word"), PRESENT_KEEPS)
def test_a_simple_present_does_not_end_the_scene(text, word) -> None:
    frame, _ = _frame(text, word)
    assert frame.time is not None and frame.time.value == "2025-11-14", frame.time
    assert frame.time.source == "context"


# An event with no date of its own in a sentence whose dates are other events' (a
# relative clause's, a participle's that stands for one, a quotation's) lies in the
# scene: "They found a car that was stolen in 2021" (found: the scene's day, not 2021).
OTHERS_DATES = [
    (
        "On Friday the senator resigned. She packed her office, which she will leave next week.",
        "packed",
    ),
    (
        "On Friday the mayor spoke to reporters. "
        "The plan, which dates from 2019, failed, she admitted.",
        "failed",
    ),
    ("Police raided the house on Friday. Officers found a car that was stolen in 2021.", "found"),
    ("The team won the final on Friday. The coach, hired in 2022, thanked the fans.", "thanked"),
    ("The board met on Friday. It approved a plant that will open in 2027.", "approved"),
    (
        "Rescuers reached the village on Friday. They found a bridge built in 1950 in ruins.",
        "found",
    ),
    (
        "On Friday the singer cancelled her tour. "
        "She had planned 30 shows for next year, her agent explained.",
        "cancelled",
    ),
    ("Troops entered the city on Friday. They freed a man held since 2020.", "freed"),
    (
        "The court heard the case on Friday. The judge questioned a law passed in 1998.",
        "questioned",
    ),
    ("The firm announced job cuts on Friday. It closed a plant opened in 2015.", "closed"),
    ("Farmers protested on Friday. They burned copies of a rule adopted in 2023.", "burned"),
    (
        "The president toured the flood zone on Friday. "
        '"We will rebuild by next year," he told residents.',
        "toured",
    ),
    ("Investors sold bank shares on Friday. They dumped bonds issued in 2020.", "dumped"),
    ("The ministers met on Friday. They signed a pact that takes effect in 2026.", "signed"),
    ("The ferry sank on Friday. Divers recovered a bell cast in 1901.", "recovered"),
]


@pytest.mark.parametrize(("text", "word"), OTHERS_DATES)
def test_the_dates_of_other_events_leave_the_scene(text, word) -> None:
    frame, _ = _frame(text, word)
    assert frame.time is not None and frame.time.value == "2025-11-14", frame.time


# "add" reports ("..., he added"; "added that ...") unless it names a thing or an amount
# added ("added $20 million to its reserves", "added two goals") or what it adds to
# ("rain added to the misery"): then an event with its date (words.json adds_to).
ADDS = [
    ("The bank added $20 million to its reserves in the third quarter.", "2025-Q3"),
    ("The striker added two goals on Sunday.", "2025-11-16"),
    ("The firm added 300 jobs in October.", "2025-10"),
    ("Heavy rain added to the misery of flood victims on Monday.", "2025-11-17"),
    ("The utility added a second reactor in 2019.", "2019"),
    ("On Friday the museum added a wing for modern art.", "2025-11-14"),
    ("The airline added flights to Lisbon in March.", "2025-03"),
    ("The league added four teams last year.", "2024"),
    ("He added one more medal on Saturday.", "2025-11-15"),
    ("The tax cut added $40 billion to the deficit in 2024.", "2024"),
    ("Investors added to their bets on Thursday.", "2025-11-13"),
    ("The council added a clause to the bill last week.", "2025-W46"),
    ("The chain added 12 stores in the second quarter.", "2025-Q2"),
    ("The club added a goalkeeper on Wednesday.", "2025-11-12"),
    ("Police added charges against the driver on Tuesday.", "2025-11-18"),
]


@pytest.mark.parametrize(("text", "value"), ADDS)
def test_adding_a_thing_is_an_event(text, value) -> None:
    frame, _ = _frame(text, "added")
    assert frame.time is not None and frame.time.value == value, frame.time


ADDS_A_REPORT = [
    '"We will win the next round," he added.',
    "He added that the talks would resume on Monday.",
    'The minister added: "Nothing has changed."',
    "Prices will rise, she added.",
    '"It was a hard year," the coach added on Friday.',
]


@pytest.mark.parametrize("text", ADDS_A_REPORT)
def test_adding_words_stays_attribution(text) -> None:
    frames, doc = _frames(text, "added")
    assert frames == []
    assert any(f.attribution is not None for f in doc.facts)


# A nominal (models/events/nominals.json) that a verb of no event of its own ("follows",
# "included", "came") carries, with a date on that verb, is told as an event: the date is
# the nominal's ("the protest followed the approval of the dam on Monday").
CARRIED_BY_A_STATE = [
    ("The warning follows two decisions by the high court last June.", "decisions", "2025-06"),
    ("The plan included the demolition of the old pier in March.", "demolition", "2025-03"),
    ("The protest followed the approval of the dam on Monday.", "approval", "2025-11-17"),
    ("The cuts came after the acquisition of a rival in October.", "acquisition", "2025-10"),
    ("The budget involves the renovation of two schools next year.", "renovation", "2026"),
    ("The strike followed the cancellation of a pay rise on Monday.", "cancellation", "2025-11-17"),
    ("The project included the construction of a tunnel in 2019.", "construction", "2019"),
    ("The delay followed the removal of the board chairman on Friday.", "removal", "2025-11-14"),
    ("The talks followed the adoption of a fresh charter in 2024.", "adoption", "2024"),
    ("The schedule includes the delivery of six trains in December.", "delivery", "2025-12"),
    (
        "The ban followed an intervention by the regulator on Thursday.",
        "intervention",
        "2025-11-13",
    ),
    ("Her visit followed the rescue of 40 miners on Sunday.", "rescue", "2025-11-16"),
    ("The fine followed an inspection of the plant in September.", "inspection", "2025-09"),
    ("The lawsuit follows the transfer of the land in 2021.", "transfer", "2021"),
    ("The program included the repair of 30 bridges in 2023.", "repair", "2023"),
    ("The outcry followed the departure of the coach on Saturday.", "departure", "2025-11-15"),
    ("The crisis followed the merger of two banks in 2008.", "merger", "2008"),
    ("The reform came after the ruling of the court in August.", "ruling", "2025-08"),
]


@pytest.mark.parametrize(("text", "noun", "value"), CARRIED_BY_A_STATE)
def test_a_nominal_carried_by_a_verb_of_no_event(text, noun, value) -> None:
    frame, _ = _frame(text, noun)
    assert frame.time is not None and frame.time.value == value, frame.time


# A date that names a comparison's base by its own words ("the year-ago quarter",
# "year-earlier earnings"; time.json comparison_dates) is its event's time but never the
# scene: the next sentence stays in the reported period.
COMPARISON_BASE = [
    (
        "Norlund Inc. said "
        "third-quarter profit fell 6% to $9 million from $9.6 million in the year-ago quarter. "
        "Revenue rose 2%."
    ),
    (
        "Tarvex Corp. said third-quarter net income rose to $4 million "
        "from $3 million during the year-ago period. Sales climbed 8%."
    ),
    (
        "Bellam Co. posted "
        "third-quarter earnings of $12 million, above year-earlier earnings of $10 million. "
        "Sales grew 5%."
    ),
    (
        "Third-quarter profit at Oskar Mills dropped to $2 million from $5 million in the y"
        "ear-ago quarter. Orders slumped."
    ),
    (
        "Quell Foods said third-quarter sales slipped to $80 million from $84 million in the y"
        "ear-ago period. Profit doubled."
    ),
    (
        "Harnett Bank said third-quarter net rose 12% over the year-earlier quarter. "
        "Deposits increased."
    ),
    (
        "Corvin Ltd. reported "
        "third-quarter revenue of $50 million against $45 million in the year-ago quarter. "
        "Margins widened."
    ),
    "Third-quarter output at the Pell mine fell 9% from the year-ago quarter. Costs rose.",
    (
        "Arbel Corp. said its third-quarter loss narrowed from the year-ago period. "
        "Revenue jumped 14%."
    ),
    "Drayton Inc. said third-quarter profit rose from year-earlier levels. Shipments increased 6%.",
    (
        "Fenwick Co. said third-quarter sales fell from $30 million in the year-ago quarter. "
        "Its shares dropped."
    ),
    "Third-quarter earnings at Gallo Steel rose 20% from the year-ago period. Demand recovered.",
    "Istra Air said third-quarter traffic grew 4% over the year-ago quarter. Fares rose.",
    "Jessup Corp. said third-quarter profit slid from the year-earlier quarter. Expenses climbed.",
    "Kober Ltd. said third-quarter income doubled from the year-ago period. Exports surged.",
]


@pytest.mark.parametrize("text", COMPARISON_BASE)
def test_the_base_of_a_comparison_is_not_the_scene(text) -> None:
    doc = briefx.extract(text, published=PUBLISHED)
    verbs = [e for f in doc.facts if f.sentence == 1 for e in f.events if e.when == "past"]
    verbs = [e for e in verbs if e.text[0].islower()]
    assert verbs, [e.text for f in doc.facts for e in f.events]
    assert verbs[-1].time is not None and verbs[-1].time.value == "2025-Q3", verbs[-1].time


# What a dated report says will happen does not take the earlier scene.
def test_a_reported_future_keeps_no_earlier_scene() -> None:
    text = (
        "The army moved north on Friday. "
        "The ministry said today that its soldiers would join the force."
    )
    frame, _ = _frame(text, "join")
    assert frame.time is None or frame.time.value != "2025-11-14", frame.time


# An event noun whose start or end a control word announces ("is set to begin", "are
# expected to resume", "is due to end") is told as an event and takes that phase's date.
PHASE_TO_COME = [
    ("Construction is due to start in early 2027.", "Construction", "2027"),
    ("The talks are expected to resume next week.", "talks", "2025-W48"),
    ("The trial is scheduled to start on Dec. 3.", "trial", "2025-12-03"),
    ("The inquiry is due to begin in January.", "inquiry", "2026-01"),
    ("Demolition is scheduled to start in March.", "Demolition", "2026-03"),
    ("The strike is set to end on Friday.", "strike", "2025-11-21"),
    ("The tour is expected to start on Dec. 12.", "tour", "2025-12-12"),
    ("The negotiations are due to resume in February.", "negotiations", "2026-02"),
    ("The renovation is set to finish in 2026.", "renovation", "2026"),
    ("The evacuation is expected to begin on Thursday.", "evacuation", "2025-11-20"),
    ("The campaign is scheduled to start in April.", "campaign", "2026-04"),
    ("The summit is set to begin on Dec. 8.", "summit", "2025-12-08"),
    ("The hearing is expected to resume on Dec. 1.", "hearing", "2025-12-01"),
    ("Deliveries are scheduled to begin in June.", "Deliveries", "2026-06"),
    ("The investigation is due to end in May.", "investigation", "2026-05"),
    ("The repair is expected to start next month.", "repair", "2025-12"),
]


@pytest.mark.parametrize(("text", "noun", "value"), PHASE_TO_COME)
def test_an_event_noun_takes_the_date_of_its_announced_phase(text, noun, value) -> None:
    frame, _ = _frame(text, noun)
    assert frame.time is not None and frame.time.value == value, frame.time
    assert frame.when == "future"


# An act told beside a dated report ("said last week ... but blamed", "said on Friday it
# had no plans and fired the manager") is of the report's time, never of an earlier
# scene: the report's date when the parse coordinates it with the reporting verb, else
# no time rather than the old one.
BESIDE_A_REPORT = [
    (
        "In early October the ports closed. "
        "Last week, the minister said talks would resume, but blamed the unions for the delay.",
        "blamed",
        "2025-W46",
    ),
    ("On Monday the union said it would strike and called a vote.", "called", "2025-11-17"),
    (
        "In March the plant shut. "
        "On Friday the company said it had no plans and fired the manager.",
        "fired",
        "2025-11-14",
    ),
    ("The firm said on Tuesday that sales fell and cut its forecast.", "cut", "2025-11-18"),
    (
        "In 2019 the mine opened. Last month the owner said output was low and sold the site.",
        "sold",
        "2025-10",
    ),
    ("Police said on Sunday that the man fled, and released a photo.", "released", "2025-11-16"),
    (
        "In June the clinic closed. On Thursday the mayor said nothing and left the hall.",
        "left",
        "2025-11-13",
    ),
    ("The coach said on Saturday he was tired and quit.", "quit", "2025-11-15"),
    (
        "In May the deal collapsed. Yesterday the bank said little but sold its stake.",
        "sold",
        "2025-11-17",
    ),
    (
        "The agency said on Wednesday that rates would rise, and raised its fee.",
        "raised",
        "2025-11-12",
    ),
    (
        "In April the strike began. On Monday the minister said the talks failed and resigned.",
        "resigned",
        "2025-11-17",
    ),
    ("Last week the senator said she was sorry and repaid the money.", "repaid", "2025-W46"),
    (
        "In 2020 the dam broke. On Friday officials said repairs were done and reopened the road.",
        "reopened",
        "2025-11-14",
    ),
    ("The club said on Sunday it was shocked and sacked the manager.", "sacked", "2025-11-16"),
    (
        "In August fires spread. This week the governor said aid was coming and toured the area.",
        "toured",
        "2025-W47",
    ),
]


@pytest.mark.parametrize(("text", "word", "value"), BESIDE_A_REPORT)
def test_an_act_beside_a_dated_report_takes_no_earlier_scene(text, word, value) -> None:
    frame, _ = _frame(text, word)
    assert frame.time is None or frame.time.value == value, frame.time


def test_an_act_coordinated_with_a_report_takes_its_date() -> None:
    text, word, value = BESIDE_A_REPORT[0]
    frame, _ = _frame(text, word)
    assert frame.time is not None and frame.time.value == value, frame.time
