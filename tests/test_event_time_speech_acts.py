"""A reporting verb that reports nothing is an act of its own (issue 25, event coverage):
"will testify before Congress on Tuesday", "responded to the fire within minutes", "wrote
to the council on Friday" tell something done at a time, with no words reported. A verb
with what was said (a clause, a quotation, "as saying") stays attribution, with its own
dates ("said on Sunday that taxes would rise"). Capability table of invented sentences
(published 2025-11-18, a Tuesday)."""

from __future__ import annotations

import pytest

import briefx
from tests.event_times import frames_of, time_of

# (text, verb, its time's value)
ACTS = [
    ("The chief executive will testify before Congress on Thursday.", "testify", "2025-11-20"),
    ("Witnesses testified for three hours on Monday.", "testified", "2025-11-17"),
    ("The defendant testified in his own defence yesterday.", "testified", "2025-11-17"),
    ("Firefighters responded to the blaze on Saturday night.", "responded", "2025-11-15TNI"),
    ("Police responded to the call within minutes on Friday.", "responded", "2025-11-14"),
    ("The mayor wrote to the council on Friday.", "wrote", "2025-11-14"),
    ("Residents wrote to the minister in March.", "wrote", "2025-03"),
    ("The board replied to the offer on Wednesday.", "replied", "2025-11-12"),
    ("Medics responded within minutes on Sunday.", "responded", "2025-11-16"),
    ("The nurse testified at the inquest last week.", "testified", "2025-W46"),
    ("The senator will testify in closed session next month.", "testify", "2025-12"),
    ("The regulator responded in June with new rules.", "responded", "2025-06"),
    ("Two officers testified at the trial in 2019.", "testified", "2019"),
    ("Lifeguards responded to the distress call on Sunday.", "responded", "2025-11-16"),
    ("The union wrote to every member on Monday.", "wrote", "2025-11-17"),
]

# What was said is reported: attribution, no frame of the verb.
REPORTS = [
    ("The minister said on Sunday that taxes would rise.", "said"),
    ("'We will rebuild,' the mayor said on Monday.", "said"),
    ("Taxes will rise, the minister said on Sunday.", "said"),
    ("The witness testified on Monday that she saw the car.", "testified"),
    ("The firm responded on Friday that the claims were false.", "responded"),
    ("The governor wrote on Friday that the plan had failed.", "wrote"),
    ("He was quoted on Friday by a local paper as saying the plan had failed.", "quoted"),
]


@pytest.mark.parametrize(("text", "word", "value"), ACTS)
def test_a_report_of_nothing_is_an_act(text: str, word: str, value: str) -> None:
    assert time_of(text, word) == value


@pytest.mark.parametrize(("text", "word"), REPORTS)
def test_a_report_of_words_stays_attribution(text: str, word: str) -> None:
    assert word not in frames_of(text)


# What is reported may come in a preposition: "commented about", "spoke about"
# (reported_preps).
ABOUT = [
    ("The coach commented about the referee on Monday.", "commented"),
    ("The minister remarked about the delays on Monday.", "remarked"),
]


@pytest.mark.parametrize(("text", "word"), ABOUT)
def test_a_report_about_something_stays_attribution(text: str, word: str) -> None:
    assert word not in frames_of(text)


# A warning, a prediction, an accusation, a denial are acts of their own even with the
# words they carry (``speech_acts``; TimeML's I_ACTION, where "said", "announced" and
# "confirmed" are REPORTING): the verb is a frame with its time, and it still attributes
# what it reports. (text, verb, its time's value)
SPEECH_ACTS = [
    ("The union warned on Monday that a strike could start next week.", "warned", "2025-11-17"),
    ("'The river will burst its banks,' the agency warned on Sunday.", "warned", "2025-11-16"),
    ("Forecasters on Friday warned of heavy snow.", "warned", "2025-11-14"),
    ("Doctors warned against the cuts in a letter last week.", "warned", "2025-W46"),
    ("Officials have warned of more flooding.", "warned", "2025-11-18"),
    ("The ministry predicted Thursday that exports would recover.", "predicted", "2025-11-13"),
    ("On Wednesday the coach insisted that his job was safe.", "insisted", "2025-11-12"),
    ("The firm denied on Saturday that it had paid the officials.", "denied", "2025-11-15"),
    ("Prosecutors alleged in court on Monday that the funds were stolen.", "alleged", "2025-11-17"),
    ("Lawyers for the city argued on Friday that the law was void.", "argued", "2025-11-14"),
    ("Rivals accused the mayor yesterday of lying to voters.", "accused", "2025-11-17"),
    ("In 2021 the auditor warned that the fund was short of cash.", "warned", "2021"),
    ("The minister denied in March that any deal had been made.", "denied", "2025-03"),
    ("Economists predicted last month that inflation would ease.", "predicted", "2025-10"),
    ("'We did nothing wrong,' the company insisted on Tuesday.", "insisted", "2025-11-18"),
    # A warning still to come has no time of its own until the text gives one.
    ("The regulator will warn banks about the risk, officials expect.", "warn", None),
]


@pytest.mark.parametrize(("text", "word", "value"), SPEECH_ACTS)
def test_a_speech_act_is_an_act_with_its_time(text: str, word: str, value: str | None) -> None:
    assert time_of(text, word) == value


# Said, told, announced, confirmed: what they report is the news; no frame of the verb.
ASSERTIONS = [
    ("The club announced on Monday that its coach had resigned.", "announced"),
    ("Regulators confirmed on Friday that the inquiry was over.", "confirmed"),
    ("The envoy stated on Sunday that talks would resume.", "stated"),
    ("The council admitted on Monday that the figures were wrong.", "admitted"),
]


@pytest.mark.parametrize(("text", "word"), ASSERTIONS)
def test_an_assertion_stays_attribution(text: str, word: str) -> None:
    assert word not in frames_of(text)


def test_a_warning_still_attributes_what_it_reports() -> None:
    """The clause a warning carries keeps the warner as its source and the report's date;
    the warning's frame has the warner for doer, and the strike keeps its own week."""
    doc = briefx.extract(
        "The union warned on Monday that a strike could start next week.", published="2025-11-18"
    )
    fact = doc.facts[0]
    assert fact.attribution is not None
    assert fact.attribution.cue == "warn"
    assert fact.attribution.speaker_text == "The union"
    assert fact.attribution.dates == [0]
    frames = {event.text: event for event in fact.events}
    assert frames["warned"].agent is not None and frames["warned"].agent.text == "The union"
    assert frames["warned"].dates == [0]
    assert frames["start"].time is not None and frames["start"].time.value == "2025-W48"
