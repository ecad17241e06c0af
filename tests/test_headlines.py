"""Headlines of fact clusters (briefx.crossdoc.headlines): capability tables."""

from __future__ import annotations

import pytest

from briefx.crossdoc.headlines import (
    HeadlineFrame,
    cluster_headline,
    frame_headline,
    head_phrase,
    reader_date,
    sentence_headline,
)
from briefx.schema import ClusterEvent

NAMES = {"g1": "Amara Quist", "g2": "Velmora", "g3": "Port Istel", "g4": "Dunmark Bank"}


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("2025-11-19", "on Nov. 19, 2025"),
        ("2024-02-29", "on Feb. 29, 2024"),
        ("2025-11-19T14:30", "on Nov. 19, 2025"),
        ("2025-06-02", "on June 2, 2025"),
        ("2025-02-30", None),  # no such day
        ("2025-10", "in October 2025"),
        ("2023", "in 2023"),
        ("2025-W47", "in the week of Nov. 17, 2025"),
        ("2025-SU", None),
        ("PRESENT_REF", None),
        ("202X", None),
    ],
)
def test_reader_date(value: str, written: str | None) -> None:
    assert reader_date(value) == written


def _event(**slots: str | None) -> ClusterEvent:
    base: dict[str, str | None] = {
        "lemma": "visit",
        "agent": None,
        "patient": None,
        "place": None,
        "date": None,
        "modality": "actual",
    }
    base.update(slots)
    return ClusterEvent(**base)  # type: ignore[arg-type]


def _frame(text: str, lemma: str, verbal: bool = True, **kw: str | None) -> HeadlineFrame:
    return HeadlineFrame(text, lemma, verbal, kw.get("agent"), kw.get("patient"))


SENTENCES = ["Amara Quist arrived in Velmora late on Tuesday, officials said."]

# (event slots, frames, expected headline)
FRAME_CASES = [
    (
        {"agent": "g1", "patient": "g2", "date": "2025-11-19", "modality": "planned"},
        [_frame("visit", "visit")],
        "Amara Quist will visit Velmora on Nov. 19, 2025",
    ),
    (
        {"agent": "g1", "patient": "g2", "modality": "possible"},
        [_frame("visit", "visit")],
        "Amara Quist may visit Velmora",
    ),
    (
        {"agent": "g1", "patient": "g2"},
        [_frame("visited", "visit")],
        "Amara Quist visited Velmora",
    ),
    (
        {"lemma": "meet", "agent": "g1", "place": "g3", "date": "2025-10"},
        [_frame("met", "meet")],
        "Amara Quist met in Port Istel in October 2025",
    ),
    (
        {"lemma": "release", "agent": "g2", "date": "2025-05/2025-07"},
        [_frame("freed", "free", patient="40 fishermen")],
        "Velmora freed 40 fishermen between May and July 2025",
    ),
    (
        {"lemma": "fire", "agent": "g4", "date": "2025-03-02"},
        [_frame("fired", "fire", patient="its chief executive")],
        "Dunmark Bank fired its chief executive on March 2, 2025",
    ),
    # The place is the doer: not said twice.
    (
        {"lemma": "sign", "agent": "g2", "place": "g2", "date": "2025-11-17"},
        [_frame("signed", "sign")],
        "Velmora signed on Nov. 17, 2025",
    ),
    # No doer known: the shortest sentence instead.
    (
        {"patient": "g2"},
        [_frame("visited", "visit")],
        "Amara Quist arrived in Velmora late on Tuesday",
    ),
    # Doer and verb, but nothing else: the sentence.
    (
        {"agent": "g1"},
        [_frame("visited", "visit")],
        "Amara Quist arrived in Velmora late on Tuesday",
    ),
    # The word is a noun in every report ("the visit"): the sentence.
    (
        {"agent": "g1", "patient": "g2", "modality": "planned"},
        [_frame("visit", "visit", verbal=False)],
        "Amara Quist arrived in Velmora late on Tuesday",
    ),
    # A plural noun is no verb: "Velmora negotiations" is not a headline.
    (
        {"lemma": "negotiation", "agent": "g2", "place": "g3"},
        [_frame("negotiations", "negotiation")],
        "Amara Quist arrived in Velmora late on Tuesday",
    ),
    # A long participant is cut to its head noun phrase (issue 27), not dropped.
    (
        {"lemma": "release", "agent": "g2"},
        [_frame("released", "release", patient="the men who had been held since the first raids")],
        "Velmora released the men",
    ),
    # An agent without an entity: its words, when short.
    (
        {"lemma": "arrest", "date": "2025-06-03"},
        [_frame("arrested", "arrest", agent="the police", patient="two men")],
        "The police arrested two men on June 3, 2025",
    ),
    # A pronoun names nobody: the sentence.
    (
        {"lemma": "propose", "modality": "planned", "patient": None},
        [_frame("propose", "propose", agent="we", patient="new terms")],
        "Amara Quist arrived in Velmora late on Tuesday",
    ),
    # A date a reader would not use (a season) is left out; the patient is enough.
    (
        {"lemma": "launch", "agent": "g4", "date": "2025-SU", "patient": None},
        [_frame("launched", "launch", patient="a savings account")],
        "Dunmark Bank launched a savings account",
    ),
    # Planned, verbal frame of another lemma of the group.
    (
        {"lemma": "exchange", "agent": "g2", "patient": None, "modality": "planned"},
        [_frame("swap", "swap", patient="prisoners")],
        "Velmora will swap prisoners",
    ),
]


@pytest.mark.parametrize(("slots", "frames", "expected"), FRAME_CASES)
def test_frame_headline(slots: dict, frames: list[HeadlineFrame], expected: str) -> None:
    line = cluster_headline(_event(**slots), frames, SENTENCES, NAMES)
    assert line == expected
    assert len(line.split()) >= 3


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (["Prices of bread rose again in March."], "Prices of bread rose again in March"),
        (
            [
                "The port reopened on Friday, when seven days of repairs that had cost the city "
                "far more than planned, the mayor said.",
                "Ships were again loading grain at the northern quay by noon, while the crews "
                "who had waited for days cheered from the decks.",
            ],
            "The port reopened on Friday",
        ),
        (["“We will rebuild the bridge,” the minister said."], "We will rebuild the bridge"),
        (["Talks resumed, he said."], "Talks resumed, he said"),
        # A two-word sentence is no headline when a longer one exists.
        (
            ["Talks resumed.", "Both delegations returned to the table on Monday."],
            "Both delegations returned to the table on Monday",
        ),
        (
            ["Fuel prices rose sharply overnight, traders said."],
            "Fuel prices rose sharply overnight",
        ),
    ],
)
def test_sentence_headline(sentences: list[str], expected: str) -> None:
    assert sentence_headline(sentences) == expected


# A sentence cut at its first clause can be the shortest line; a line naming more of
# what the reports share comes first (issue 26).
KEEP_CASES = [
    (
        [
            "Velmora and Dunmark held three rounds of talks in Geneva this spring, which "
            "ended with a swap of prisoners and no ceasefire at all.",
            "The only result of the talks between the delegations was a swap of prisoners.",
        ],
        [],
        "Velmora and Dunmark held three rounds of talks in Geneva this spring",
    ),
    (
        [
            "Talks to end the dispute stalled after the Geneva rounds produced nothing new.",
            "Velmora and Dunmark held three rounds of talks in Geneva this spring, which "
            "ended with a swap of prisoners.",
        ],
        ["Velmora", "Dunmark", "Geneva"],
        "Velmora and Dunmark held three rounds of talks in Geneva this spring",
    ),
    (
        [
            "Talks to end the dispute stalled after the Geneva rounds produced nothing new.",
            "Velmora and Dunmark held three rounds of talks in Geneva this spring, which "
            "ended with a swap of prisoners.",
        ],
        [],
        # A sentence of up to max_words is not cut: the cut long one is shorter.
        "Velmora and Dunmark held three rounds of talks in Geneva this spring",
    ),
    (
        ["The quake damaged a church.", "A strong quake struck Oaxaca on Monday."],
        ["Oaxaca"],
        "A strong quake struck Oaxaca on Monday",
    ),
    (
        ["The quake damaged a church.", "A strong quake struck Oaxaca on Monday."],
        [],
        "The quake damaged a church",
    ),
    (
        ["Shares fell.", "Norvik shares fell 4% in Oslo on the results."],
        ["Oslo", "Norvik"],
        "Norvik shares fell 4% in Oslo on the results",
    ),
]


@pytest.mark.parametrize(("sentences", "keep", "expected"), KEEP_CASES)
def test_sentence_headline_keeps_what_reports_share(
    sentences: list[str], keep: list[str], expected: str
) -> None:
    assert sentence_headline(sentences, keep) == expected


# A participant cut to its head noun phrase: determiner, numbers, adjectives, compounds
# and the prepositional phrases that fit; no apposition, relative clause or reduced clause.
HEAD_CASES = [
    ("a new trade pact", "a new trade pact"),
    ("a new trade pact with Velmora", "a new trade pact with Velmora"),
    (
        "a new trade pact with Velmora, which lowers tariffs on grain and steel",
        "a new trade pact with Velmora",
    ),
    ("Orla Brandt, the port's harbour master", "Orla Brandt"),
    ("the two ferry operators that had missed the deadline", "the two ferry operators"),
    ("the 40 fishermen who were seized in March", "the 40 fishermen"),
    ("1,200 workers held in Port Istel since the strike", "1,200 workers"),
    ("up to 30 patrol boats and other equipment,", "up to 30 patrol boats"),
    ("up to 30 boats and drones,", "up to 30 boats and drones"),
    ("a long and detailed annual sustainability and governance report", None),
    (
        "the first shipment of medical supplies for the northern hospitals",
        "the first shipment of medical supplies",
    ),
    ("the contract for the bridge over the Tane river", "the contract for the bridge"),
    ("its chief executive (a former minister)", "its chief executive"),
    ("the merger — the largest in a decade", "the merger"),
    ("all remaining charges against the four activists", "all remaining charges"),
    ("the plan, including a fuel tax", "the plan"),
    ("three rounds of talks in Geneva", "three rounds of talks in Geneva"),
    ("", None),
    (None, None),
]


@pytest.mark.parametrize(("text", "expected"), HEAD_CASES)
def test_head_phrase(text: str | None, expected: str | None) -> None:
    assert head_phrase(text) == expected


def _line(slots: dict, *frames: HeadlineFrame) -> str | None:
    return frame_headline(_event(**slots), list(frames), NAMES)


# Headlines from frames (issue 27): who did what to whom, where and when, each line a
# sentence a reader understands; the doer as written when the reports name two.
HEADLINE_CASES = [
    (
        {"lemma": "sign", "date": "2025-11-17"},
        [
            _frame(
                "signed",
                "sign",
                agent="the prime minister",
                patient="a defence accord with Velmora, which allows for joint patrols",
            )
        ],
        "The prime minister signed a defence accord with Velmora on Nov. 17, 2025",
    ),
    (
        {"lemma": "hold", "agent": "g2", "place": "g3", "date": "2025-05/2025-07"},
        [_frame("held", "hold", agent="Velmora and Dunmark", patient="three rounds of talks")],
        "Velmora and Dunmark held three rounds of talks in Port Istel between May and "
        "July 2025",
    ),
    (
        {"lemma": "visit", "agent": "g1", "patient": "g2", "date": "2025-11-18"},
        [HeadlineFrame("visiting", "visit", True, "Quist", "Velmora", when="ongoing")],
        "Amara Quist is visiting Velmora on Nov. 18, 2025",
    ),
    (
        {"lemma": "march", "date": "2025-11-18"},
        [
            HeadlineFrame(
                "marching", "march", True, "Miners and dockers", "the capital", when="ongoing"
            )
        ],
        "Miners and dockers are marching the capital on Nov. 18, 2025",
    ),
    (
        {"lemma": "free", "agent": "g2", "date": "2025-10"},
        [_frame("freed", "free", patient="the 40 fishermen who were seized in March")],
        "Velmora freed the 40 fishermen in October 2025",
    ),
    (
        {"lemma": "appoint", "agent": "g4", "date": "2025-03-02"},
        [_frame("appointed", "appoint", patient="Orla Brandt, a former regulator")],
        "Dunmark Bank appointed Orla Brandt on March 2, 2025",
    ),
    (
        {"lemma": "cancel", "agent": "g2", "modality": "planned", "date": "2025-12-01"},
        [_frame("cancel", "cancel", patient="the contract for the bridge over the Tane river")],
        "Velmora will cancel the contract for the bridge on Dec. 1, 2025",
    ),
    (
        {"lemma": "drop", "agent": "g2", "modality": "possible"},
        [_frame("drop", "drop", patient="all remaining charges against the four activists")],
        "Velmora may drop all remaining charges",
    ),
    (
        {"lemma": "release", "agent": "g2", "date": "2025-11-11"},
        [_frame("released", "release", patient="1,200 workers held in Port Istel since May")],
        "Velmora released 1,200 workers on Nov. 11, 2025",
    ),
    (
        {"lemma": "buy", "agent": "g4", "date": "2025"},
        [_frame("bought", "buy", patient="up to 30 patrol boats and other equipment,")],
        "Dunmark Bank bought up to 30 patrol boats in 2025",
    ),
    (
        {"lemma": "close", "agent": "g4", "place": "g3", "date": "2025-W47"},
        [_frame("closed", "close", patient="its branch")],
        "Dunmark Bank closed its branch in Port Istel in the week of Nov. 17, 2025",
    ),
    # Named doer in one report, pronoun in another: the name.
    (
        {"lemma": "resign", "agent": "g1", "date": "2025-06-02"},
        [_frame("resigned", "resign", agent="she"), _frame("resigned", "resign", agent="Quist")],
        "Amara Quist resigned on June 2, 2025",
    ),
    # The doer's words stand for no one: no line (the caller takes a sentence).
    (
        {"lemma": "propose", "date": "2025-06-02"},
        [_frame("proposed", "propose", agent="they", patient="new terms")],
        None,
    ),
    # A plural noun is no verb.
    (
        {"lemma": "talk", "agent": "g2", "date": "2025-06"},
        [_frame("talks", "talk", agent="Velmora")],
        None,
    ),
    # Nothing but the doer and the verb: too little.
    ({"lemma": "resign", "agent": "g1"}, [_frame("resigned", "resign")], None),
    # What is acted on cannot be said short: no line rather than one without it.
    (
        {"lemma": "publish", "agent": "g4", "date": "2025-04"},
        [
            _frame(
                "published",
                "publish",
                patient="an unusually long and detailed annual sustainability and governance "
                "report",
            )
        ],
        None,
    ),
    # What is acted on already says where: the place is not said a second time.
    (
        {"lemma": "hold", "agent": "g2", "place": "g3", "date": "2025"},
        [_frame("held", "hold", agent="Velmora", patient="two rounds of talks in Geneva")],
        "Velmora held two rounds of talks in Geneva in 2025",
    ),
    (
        {"lemma": "resume", "agent": None, "place": "g3", "date": "2025-02-28"},
        [
            _frame(
                "resumed", "resume", agent="The ferry operator", patient="crossings to Port Istel"
            )
        ],
        "The ferry operator resumed crossings to Port Istel on Feb. 28, 2025",
    ),
    # Two parties in a frame of another word do not make the doer two.
    (
        {"lemma": "sign", "agent": "g2", "date": "2025-09-09"},
        [
            _frame("signed", "sign", agent="Velmora", patient="a truce"),
            _frame("talks", "talk", verbal=False, agent="Velmora and Dunmark"),
        ],
        "Velmora signed a truce on Sept. 9, 2025",
    ),
    # A doer that is the named one and another: both, not only the named one.
    (
        {"lemma": "sign", "agent": "g2", "patient": None, "date": "2025-09-09"},
        [_frame("signed", "sign", agent="Velmora and Dunmark", patient="a truce")],
        "Velmora and Dunmark signed a truce on Sept. 9, 2025",
    ),
]


@pytest.mark.parametrize(("slots", "frames", "expected"), HEADLINE_CASES)
def test_headline_capabilities(
    slots: dict, frames: list[HeadlineFrame], expected: str | None
) -> None:
    assert _line(slots, *frames) == expected


# A headline never carries the reported-speech ending of its sentence.
ATTRIBUTION_CASES = [
    ("Fuel prices rose sharply overnight, traders said.", "Fuel prices rose sharply overnight"),
    (
        "The ferry service to Port Istel resumed on Monday, officials in Velmora said.",
        "The ferry service to Port Istel resumed on Monday",
    ),
    (
        "The ferry service to Port Istel resumed, the harbour authority said on Monday.",
        "The ferry service to Port Istel resumed",
    ),
    (
        "The ferry service to Port Istel resumed, the harbour office said in a notice.",
        "The ferry service to Port Istel resumed",
    ),
    (
        "The ferry service to Port Istel resumed, according to the harbour authority.",
        "The ferry service to Port Istel resumed",
    ),
    (
        "Two ferries will sail again next week, Dunmark Radio reported, citing port staff.",
        "Two ferries will sail again next week",
    ),
    ("“We will rebuild the bridge by spring,” she added.", "We will rebuild the bridge by spring"),
    (
        "The mayor said the bridge would reopen in the spring.",
        "The mayor said the bridge would reopen in the spring",
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), ATTRIBUTION_CASES)
def test_headline_drops_the_attribution(sentence: str, expected: str) -> None:
    assert sentence_headline([sentence]) == expected


# A wire dateline opens the sentence, not the headline: (sentence, headline).
DATELINE_LINES = [
    (
        "LIMA (Wire) — Miners blocked the highway to the port.",
        "Miners blocked the highway to the port",
    ),
    ("OSLO (Newswire) - The central bank raised its rate.", "The central bank raised its rate"),
    ("NAIROBI, Kenya (Wire) — Floods displaced 3,000 families.", "Floods displaced 3,000 families"),
    (
        "BERLIN — Workers walked off the job at two plants.",
        "Workers walked off the job at two plants",
    ),
    ("SAN DIEGO (Wire) — U.S. shares slipped on Friday.", "U.S. shares slipped on Friday"),
    ("Denver (Wire) — Voters rejected the new sales tax.", "Voters rejected the new sales tax"),
    (
        "QUITO, Ecuador — Protesters occupied the main square.",
        "Protesters occupied the main square",
    ),
    ("ST. LOUIS (Agency) -- The zoo welcomed twin cubs.", "The zoo welcomed twin cubs"),
    ("PORT-AU-PRINCE, Haiti (Wire) – Aid reached the south.", "Aid reached the south"),
    ("HANOI, May 3 (Agency) — Exporters shipped more rice.", "Exporters shipped more rice"),
    (
        "ACCRA (Wire) — The president fired his finance minister.",
        "The president fired his finance minister",
    ),
    (
        "TORONTO (Wire) - Police arrested two men after the raid.",
        "Police arrested two men after the raid",
    ),
    ("MANILA — A ferry sank near the coast overnight.", "A ferry sank near the coast overnight"),
    ("SEOUL (Wire) — The opposition won the vote.", "The opposition won the vote"),
    ("ATHENS (Wire) — Farmers blocked roads with tractors.", "Farmers blocked roads with tractors"),
    # Not datelines: the opening stays.
    (
        "Mayor Ruth Oduya — a former nurse — resigned.",
        "Mayor Ruth Oduya — a former nurse — resigned",
    ),
    ("NATO ministers agreed on the plan.", "NATO ministers agreed on the plan"),
    ("Acme Corp (ACME) shares fell 3% on the news.", "Acme Corp (ACME) shares fell 3% on the news"),
]


@pytest.mark.parametrize(("sentence", "expected"), DATELINE_LINES)
def test_sentence_headline_leaves_out_the_dateline(sentence: str, expected: str) -> None:
    assert sentence_headline([sentence]) == expected


# A clause mark inside a number is no clause end: a long sentence is cut at the first
# clause end after five words, and "4:15", "1,200", "3,000" or "2:1" are none; the
# period of an abbreviation at the end stays ("a.m.", "U.S.").
NUMBER_LINES = [
    (
        "A strong tremor shook the northern coast at 4:15 a.m. on Saturday, "
        "waking thousands of residents across the province",
        "A strong tremor shook the northern coast at 4:15 a.m. on Saturday",
    ),
    (
        "Firefighters evacuated 1,200 residents from the hillside villages overnight, "
        "the regional fire service said in a statement",
        "Firefighters evacuated 1,200 residents from the hillside villages overnight",
    ),
    (
        "The ferry left the harbour at 10:30 p.m. carrying 3,400 passengers and crew, "
        "two hours behind its schedule",
        "The ferry left the harbour at 10:30 p.m. carrying 3,400 passengers and crew",
    ),
    (
        "City beat Rovers 2:1 in the cup final on Sunday evening, with a goal in "
        "stoppage time from the captain",
        "City beat Rovers 2:1 in the cup final on Sunday evening",
    ),
    (
        "The airline cancelled 2,350 flights over the long holiday weekend; unions blamed "
        "staff shortages at the main airports on the ground",
        "The airline cancelled 2,350 flights over the long holiday weekend",
    ),
    (
        "Shares of the lender fell to 14,85 euros in Frankfurt trading after the "
        "results missed forecasts by a wide margin",
        "Shares of the lender fell to 14,85 euros in Frankfurt trading",
    ),
    (
        "Voters approved the measure by 61,402 votes to 58,911 in Tuesday's referendum, "
        "the election board announced",
        "Voters approved the measure by 61,402 votes to 58,911 in Tuesday's referendum",
    ),
    (
        "The race started at 7:00 a.m. and the winner crossed the line at 9:12 a.m. "
        "after a sprint along the river",
        "The race started at 7:00 a.m. and the winner crossed the line at 9:12 a.m.",
    ),
    (
        "The council approved 12,000 new homes on the edge of the town, but residents "
        "vowed to fight the plan in court",
        "The council approved 12,000 new homes on the edge of the town",
    ),
    (
        "Rescuers pulled 3 survivors from the rubble at 11:45 p.m. on Monday: a "
        "woman and her two children",
        "Rescuers pulled 3 survivors from the rubble at 11:45 p.m. on Monday",
    ),
    (
        "The storm left 250,000 homes without power in the coastal counties, "
        "the utility said on Wednesday",
        "The storm left 250,000 homes without power in the coastal counties",
    ),
    (
        "Police arrested 1,024 protesters during the march through the capital, "
        "a spokesman told reporters",
        "Police arrested 1,024 protesters during the march through the capital",
    ),
    (
        "The train derailed near the border at 6:05 p.m. with 410 people aboard, "
        "injuring at least a dozen of them",
        "The train derailed near the border at 6:05 p.m. with 410 people aboard",
    ),
    (
        "The index closed at 7,412.6 points on Friday after a late rally in "
        "banking shares, traders said",
        "The index closed at 7,412.6 points on Friday",
    ),
    (
        "Workers at the plant voted 3:2 to accept the new contract offered on Monday, "
        "ending a strike of six weeks",
        "Workers at the plant voted 3:2 to accept the new contract offered on Monday",
    ),
    (
        "The museum drew 1,500,000 visitors last year, a record for the city, "
        "its director said",
        # Twelve words: short enough to stand whole, without its attribution.
        "The museum drew 1,500,000 visitors last year, a record for the city",
    ),
]


NUMBER_LINES += [
    (
        "Investors pulled 4,300 million dollars from funds that buy stocks listed "
        "in the U.S., a research firm said",
        "Investors pulled 4,300 million dollars from funds that buy stocks listed in the U.S.",
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), NUMBER_LINES)
def test_sentence_headline_keeps_numbers_whole(sentence: str, expected: str) -> None:
    assert sentence_headline([sentence]) == expected
