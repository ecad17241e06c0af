"""Event frames: who did what to whom, where and when, read off spaCy's dependency parse.

An event word is a verb (any verb but the states and light verbs of
``models/events/words.json`` and the reporting verbs of ``models/attribution.json``, which
stay attribution) or an event noun of the word list ("visit", "talks", "exchange"). Its
arguments come from the parse: the subject is the agent and the object the patient in the
active voice; in the passive the subject is the patient and the "by" phrase the agent; an
event noun takes its possessive and "by" phrase as agent and its "of" phrase as patient
(agent for intransitive nouns: "the visit of the president"). Coordinated verbs share the
arguments they lack ("arrested and charged the man"). A verb of intention or attempt
("plans to", "refused to") lends its subject, modality and polarity to the verb it governs.
``briefx.events.frames`` turns these frames into the contract's, with entities and dates.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from briefx.dates.lexicon import lexicon, past_beside_a_carried_verb
from briefx.dates.tense import (
    awaited_ahead,
    awaited_day,
    bare_infinitive,
    cause_answered,
    sequence_object,
    span_start_event,
)
from briefx.events.attribution import (
    OBJECT_LINKS,
    in_another_sense,
    reports_a_clause,
    takes_a_thing,
)
from briefx.extensions import text_of
from briefx.resources import load_json
from briefx.text.dateline import DATELINE_DASHES, opening
from briefx.text.tokens import split_prefix

_SUBJECTS = frozenset({"nsubj", "csubj"})
_PASSIVE_SUBJECTS = frozenset({"nsubjpass", "csubjpass"})
_OBJECTS = OBJECT_LINKS
# A word that completes its verb as what the subject is or becomes ("are dead", "found dead").
_PREDICATIVE = frozenset({"acomp", "oprd"})
# Links under which a verb heads a clause of its own (not "missing posters").
_CLAUSE_HEADS = frozenset({"ROOT", "conj", "ccomp", "advcl", "relcl", "xcomp"})
# The links of a noun's place: a word the tagger calls a verb that holds one is a noun.
_NOUN_ROLES = _SUBJECTS | _PASSIVE_SUBJECTS | _OBJECTS | {"pobj", "compound", "appos", "poss"}
# The modality that wins when several cues meet ("will try to visit" is possible).
_MODALITY_RANK = {"actual": 0, "planned": 1, "possible": 2}
_EVENT_NOUN_POS = frozenset({"NOUN", "PROPN"})
_RELATIVE_TAGS = frozenset({"WP", "WDT"})
# What a copula links its subject to: a state ("was due") or what there was ("there was
# a fire"): the event its dates belong to.
_COPULA_LINKS = frozenset({"acomp", "attr"})
# Links from a verb up to the word whose subject and cues it shares.
_CLIMB = frozenset({"xcomp", "conj", "acomp", "advcl"})


# Endings of agent nouns ("defender", "spokesman", "minister", "goalkeeper").
_AGENT_ENDINGS = ("er", "or", "man", "woman", "person", "ist")


@dataclass(frozen=True)
class _Words:
    nouns: frozenset[str]
    intransitive: frozenset[str]
    shell: frozenset[str]
    pointing: frozenset[str]  # "the", "this": time.json's pointing_determiners
    new_words: frozenset[str]  # "next", "another": time.json's, a mention of a new event
    not_events: frozenset[str]
    # Agent nouns of a person's role or title ("defender", "spokesman"), from entities'
    # data; not a role that is also a verb ("coach", "chair", "lead").
    roles: frozenset[str]
    support: frozenset[str]
    control: dict[str, str]
    noun_control: dict[str, str]  # "a bid to buy": possible
    fulfilment: frozenset[str]  # "kept its promise to": what it promised was done
    modal_aux: dict[str, str]
    reported_future: frozenset[str]
    reported_conditions: frozenset[str]
    noun_modifiers: dict[str, str]
    plan_objects: frozenset[str]  # "plans an appeal": the appeal is to come
    negators: frozenset[str]
    negative_arguments: frozenset[str]  # "arrested no one", "Nobody was hurt"
    place_preps: frozenset[str]
    bearings: frozenset[str]
    light_objects: frozenset[str]
    joint_preps: frozenset[str]
    reporting_events: frozenset[str]
    outcomes: frozenset[str]
    reporting: frozenset[str]
    pronouns: frozenset[str]
    aspectual: frozenset[str]
    making: frozenset[str]  # "the accord struck in March": making_verbs
    nominals: frozenset[str]
    dated_nouns: frozenset[str]  # "seizure", "restructuring": events when dated (nominals.json)
    weather: frozenset[str]  # "rain", "gale": events when dated, or their act (nominals.json)
    complex_prepositions: frozenset[str]  # "in connection with": its noun is no event
    weak_support: frozenset[str]
    intention_acts: frozenset[str]
    refusals: frozenset[str]
    withheld: frozenset[str]
    reported_preps: frozenset[str]
    name_labels: frozenset[str]
    named_occasions: frozenset[str]
    place_senses: dict[str, dict[str, frozenset[str]]]  # "the summit of Mount Tarn"
    result_nouns: frozenset[str]
    result_verbs: frozenset[str]
    age_participles: frozenset[str]  # "a man aged 45": an age, no event
    adds_to: frozenset[str]
    stance: frozenset[str]
    raising: frozenset[str]
    relating: frozenset[str]
    relating_marks: frozenset[str]
    copulas: frozenset[str]
    postnominal_states: frozenset[str]
    event_participles: frozenset[str]  # "bringing the toll to 40": the event's doing
    telling_participles: frozenset[str]  # "reflecting a provision": no act of its own
    prevention: frozenset[str]  # "prevented the ferry from sailing": no sailing
    not_state_adjectives: frozenset[str]
    requests: frozenset[str]
    object_control: dict[str, str]  # "asked Brenn to form": Brenn forms -> its modality
    speech_acts: frozenset[str]
    period_preps: frozenset[str]
    scheduling: frozenset[str]
    noun_verbs: dict[str, str]  # "explosion": "explode" (nominals.json's verbs)
    # Lists of events/time.json that the owner of a date reads:
    aim_preps: frozenset[str]  # "braced for Friday's jobs report"
    taking: frozenset[str]  # taking_up and reacting: "announced a merger on Monday"
    recalling: frozenset[str]  # recalling_verbs and reacting: "remembered the 1998 storm"
    sequence: frozenset[str]  # sequence_verbs: "the selloff followed a strong November"
    outlook_nouns: frozenset[str]  # "up from an August estimate"
    term_words: frozenset[str]  # "a dividend, payable Jan. 15": the dividend's term
    evidence: frozenset[str]  # evidence_verbs: "showed a drop in sales in August"
    things: frozenset[str]  # thing_nouns.json: "the appeals court" names a kind of court
    aftermath: frozenset[str]  # aftermath_nouns: "flood victims" names one flood
    arriving: frozenset[str]  # arriving_verbs: "its approval came on Friday"


@cache
def words() -> _Words:
    """The event word lists of ``models/events/words.json`` (loaded once)."""
    data = load_json("events/words.json")
    said = load_json("attribution.json")
    nominals = load_json("events/nominals.json")
    time_data = load_json("events/time.json")
    return _Words(
        nouns=frozenset(data["nouns"]),
        intransitive=frozenset(data["intransitive_nouns"]),
        shell=frozenset(data["shell_nouns"]),
        pointing=frozenset(time_data["pointing_determiners"]),
        new_words=frozenset(time_data["new_words"]),
        not_events=frozenset(data["not_events"]),
        roles=frozenset(
            w
            for w in [
                *load_json("entities/rules.json")["person_roles"],
                *load_json("entities/titles.json")["titles"],
            ]
            if w.endswith(_AGENT_ENDINGS)
        ),
        support=frozenset(data["support_verbs"]),
        control=dict(data["control"]),
        noun_control=dict(data["noun_control"]),
        fulfilment=frozenset(data["fulfilment_verbs"]),
        modal_aux=dict(data["modal_aux"]),
        reported_future=frozenset(data["reported_future"]),
        reported_conditions=frozenset(data["reported_conditions"]),
        noun_modifiers=dict(data["noun_modifiers"]),
        plan_objects=frozenset(data["plan_objects"]),
        negators=frozenset(data["negators"]),
        negative_arguments=frozenset(data["negative_arguments"]),
        place_preps=frozenset(data["place_preps"]),
        bearings=frozenset(data["bearing_words"]),
        light_objects=frozenset(data["light_objects"]),
        joint_preps=frozenset(data["joint_preps"]),
        reporting_events=frozenset(data["reporting_events"]),
        outcomes=frozenset(data["outcome_adjectives"]),
        reporting=frozenset(said["cues"]),
        pronouns=frozenset(p.lower() for p in said["pronouns"]),
        aspectual=frozenset(data["aspectual"]),
        making=frozenset(data["making_verbs"]),
        nominals=frozenset(nominals["nouns"]) | frozenset(nominals["news_nouns"]),
        dated_nouns=frozenset(nominals["dated_nouns"]),
        weather=frozenset(nominals["weather_nouns"]),
        complex_prepositions=frozenset(data["complex_prepositions"]),
        noun_verbs=dict(nominals["verbs"]),
        aim_preps=frozenset(time_data["aim_preps"]),
        taking=frozenset(time_data["taking_up"]) | frozenset(time_data["reacting"]),
        recalling=frozenset(time_data["recalling_verbs"]) | frozenset(time_data["reacting"]),
        sequence=frozenset(time_data["sequence_verbs"]),
        outlook_nouns=frozenset(time_data["outlook_nouns"]),
        term_words=frozenset(time_data["term_words"]),
        evidence=frozenset(time_data["evidence_verbs"]),
        things=frozenset(load_json("events/thing_nouns.json")["nouns"]),
        aftermath=frozenset(time_data["aftermath_nouns"]),
        arriving=frozenset(data["arriving_verbs"]),
        weak_support=frozenset(data["weak_support"]),
        intention_acts=frozenset(data["intention_acts"]),
        refusals=frozenset(data["refusals"]),
        withheld=frozenset(data["withheld"]) | frozenset(said["cues"]),
        reported_preps=frozenset(data["reported_preps"]),
        name_labels=frozenset(data["name_labels"]),
        named_occasions=frozenset(data["named_occasions"]),
        place_senses={
            noun: {cue: frozenset(ws) for cue, ws in cues.items()}
            for noun, cues in data["place_senses"].items()
        },
        result_nouns=frozenset(data["result_nouns"]),
        result_verbs=frozenset(data["result_verbs"]),
        age_participles=frozenset(data["age_participles"]),
        adds_to=frozenset(data["adds_to"]),
        scheduling=frozenset(data["scheduling"]),
        stance=frozenset(data["stance_verbs"]),
        raising=frozenset(data["raising_verbs"]),
        relating=frozenset(data["relating_verbs"]),
        relating_marks=frozenset(data["relating_marks"]),
        copulas=frozenset(data["copulas"]),
        postnominal_states=frozenset(data["postnominal_states"]),
        event_participles=frozenset(data["event_participles"]),
        telling_participles=frozenset(data["telling_participles"]),
        prevention=frozenset(data["prevention_verbs"]),
        not_state_adjectives=frozenset(data["not_state_adjectives"]),
        requests=frozenset(data["request_verbs"]),
        object_control=dict(data["object_control"]),
        speech_acts=frozenset(data["speech_acts"]),
        period_preps=frozenset(data["period_preps"]),
    )


@dataclass(frozen=True)
class RawFrame:
    """An event found in the parse, before entities, dates and quantities are attached.

    Token indices are into the Doc; ``agent`` and ``patient`` are head tokens.
    """

    trigger: int
    lemma: str
    agent: int | None
    patient: int | None
    places: tuple[int, ...]
    polarity: str
    modality: str
    # A state told by an adjective ("were optimistic"): a frame only when the sentence
    # gives it a time (``briefx.events.frames``); "the weather was mild" is no fact.
    state: bool = False


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _unprefixed(lemma: str) -> str:
    """A word kept whole with its hyphenated prefix (``briefx.text.tokens``) without it:
    "re-election" -> "election"."""
    split = split_prefix(lemma)
    return lemma if split is None else split[1]


def is_event_noun(token: Token) -> bool:
    """True for an event noun: of the word list ("talks" in "the talks resumed"), or a
    common noun that names a verb's event ("the decision", "construction"; WordNet's
    event nominals, ``models/events/nominals.json``)."""
    w = words()
    if token.pos_ not in _EVENT_NOUN_POS:
        return False
    lemma = _unprefixed(_lemma(token))  # "re-election": an election
    if token.pos_ == "PROPN" and token.ent_type_ in w.name_labels and _in_a_long_name(token):
        if token.lower_ not in w.named_occasions and lemma not in w.named_occasions:
            return False  # "the London Metal Exchange", not "the Climate Change Conference"
    if lemma in w.place_senses and _told_as_a_place(token, w.place_senses[lemma]):
        return False  # "reached the summit of Mount Tarn": the top, no meeting
    if _in_a_complex_preposition(token, w):
        return False  # "arrested in connection with the theft": one preposition
    if _names_a_kind(token, w):
        return False  # "the appeals court", "rescue workers": a kind of court, of worker
    if token.lower_ in w.nouns or lemma in w.nouns:
        return True
    if compound_heads().get(lemma) in w.nouns:
        return True  # "a grassfire", "a snowstorm": a fire, a storm
    if token.pos_ == "NOUN" and (token.lower_ in w.result_nouns or lemma in w.result_nouns):
        return _told_result(token)
    if token.pos_ == "NOUN" and lemma in w.shell and _names_again(token):
        return True  # "The bank cut its rate on Thursday. The move surprised investors."
    if token.pos_ != "NOUN":
        return False
    if lemma in w.nominals and _anchored(token):
        return True
    if lemma in w.weather:
        # "heavy rains in October", "Gales on Thursday grounded the ferries"; not "Rain
        # is forecast": weather in general
        return _dated_phrase(token, told=True) or _does_a_dated_act(token)
    # "the seizure of the tanker on Monday", "Friday's filing", "Tuesday's request": a noun
    # that names a verb's act or saying in a sense not its first, when its own phrase dates
    # it (not "a 1920s building"); not a report's vehicle ("wrote in a statement on Friday").
    return (
        _names_an_act(lemma, w)
        and _dated_phrase(token, told=True)
        and not _carries_a_report(token, w)
    )


def _names_a_kind(noun: Token, w: _Words) -> bool:
    """An event noun compounded before a person, a body, a thing or a place (WordNet's,
    ``thing_nouns.json``) names a kind of it, not an event of the story: "the appeals
    court", "rescue workers", "an attack helicopter", "the election commission". Not
    before an event word ("the merger talks") nor before the nouns of those an event
    touched or left ("flood victims", "the crash site": ``aftermath_nouns``)."""
    head = noun.head
    if noun.dep_ != "compound" or head.i <= noun.i or head.pos_ != "NOUN":
        return False
    lemma = _lemma(head)
    return (
        lemma in w.things
        and lemma not in w.aftermath
        and lemma not in w.nouns
        and lemma not in w.nominals
        and lemma not in w.result_nouns
    )


def _in_a_complex_preposition(noun: Token, w: _Words) -> bool:
    """The noun of a phrase that works as one preposition (``complex_prepositions``): "in
    connection with", "in the wake of", told from its preposition to the word after it."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.i >= noun.i or noun.i + 1 >= len(noun.doc):
        return False
    said = " ".join(t.lower_ for t in noun.doc[prep.i : noun.i + 2])
    return said in w.complex_prepositions


def _carries_a_report(noun: Token, w: _Words) -> bool:
    """The noun a report was told in, after its verb: "said in a statement", "warned in a
    report" (not "In that suit, the agency accused": the suit is what it is about)."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ == "in"
        and prep.head.pos_ == "VERB"
        and prep.head.i < prep.i
        and _lemma(prep.head) in w.reporting
    )


def _names_an_act(lemma: str, w: _Words) -> bool:
    """A dated noun of nominals.json, or one made again with "re" ("reinvestment": a
    nominal or a dated noun after the prefix)."""
    if lemma in w.dated_nouns:
        return True
    stem = lemma[2:] if lemma.startswith("re") and len(lemma) > 6 else ""
    return stem in w.dated_nouns or stem in w.nominals


# Entity labels of a place an "of" phrase can name ("the summit of Mount Tarn").
_PLACE_ENTS = frozenset({"FAC", "LOC", "GPE"})


def _told_as_a_place(noun: Token, cues: Mapping[str, frozenset[str]]) -> bool:
    """An event noun told as a place (``place_senses``): governed by a preposition of
    place ("near the summit", "short of the summit"), taken by a verb of climbing
    ("reached the summit"), or with an "of" phrase that names a place or a landform ("the
    summit of Mount Tarn", "of the volcano"); not "a summit of G20 leaders"."""
    head = noun.head
    if noun.dep_ == "pobj":
        if head.lower_ in cues["preps"] or (head.lower_ == "of" and head.head.lower_ == "short"):
            return True
    elif noun.dep_ in _OBJECTS and _lemma(head) in cues["verbs"]:
        return True
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for place in prep.children:
            if place.dep_ != "pobj":
                continue
            if place.ent_type_ in _PLACE_ENTS or _lemma(place) in cues["landforms"]:
                return True
            if any(c.dep_ == "compound" and c.lower_ in cues["landforms"] for c in place.children):
                return True  # "Mount Tarn"
    return False


def _names_again(token: Token) -> bool:
    """A shell noun ("the move", "this step", ``shell_nouns``) told as the subject or
    object of a verb after the story's first sentence: it names again what was done;
    not "the next move", "another step" (a new one)."""
    if token.sent.start == 0 or token.head.pos_ not in {"VERB", "AUX"}:
        return False
    return token.dep_ in _SUBJECTS | _PASSIVE_SUBJECTS | _OBJECTS and points_back(token)


def points_back(token: Token) -> bool:
    """A noun that names again something told before: "the ruling", "this attack", "its
    merger" (time.json's ``pointing_determiners`` or a possessive), not "a new ruling",
    "another strike" (``new_words``)."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return False
    w = words()
    kids = list(token.children)
    if any(c.dep_ == "amod" and c.lower_ in w.new_words for c in kids):
        return False
    return any((c.dep_ == "det" and c.lower_ in w.pointing) or c.dep_ == "poss" for c in kids)


def _in_a_long_name(token: Token) -> bool:
    """The word is one of a name of several words ("Federal Bureau of Investigation"): a
    name of one word is as often a headline's event the model misread ("Fire Kills 3")."""
    if token.ent_iob_ == "I":
        return True
    following = token.i + 1
    return following < len(token.doc) and token.doc[following].ent_iob_ == "I"


def _told_result(token: Token) -> bool:
    """A result told for a time: "third-quarter earnings", "had a profit of $2 million",
    "posted net income", "sales in October"; not "profits matter to investors"."""
    w = words()
    head = token.head
    if token.dep_ in _SUBJECTS | _PASSIVE_SUBJECTS | _OBJECTS and _lemma(head) in w.result_verbs:
        return True
    return _anchored(token) or _amount(token)


def _amount(token: Token) -> bool:
    """An amount in the noun's phrase: "of $2 million", "$5 million in sales"."""
    for child in token.children:
        if child.ent_type_ in _AMOUNT_ENTS or child.like_num:
            return True
        if child.dep_ == "prep" and child.lower_ == "of":
            if any(c.ent_type_ in _AMOUNT_ENTS or c.like_num for c in child.children):
                return True
    return False


def _holds_result(token: Token) -> bool:
    """'have' with a result for its object: "had a loss of $3 million in the quarter"."""
    w = words()
    return _lemma(token) == "have" and any(
        c.dep_ in _OBJECTS and (c.lower_ in w.result_nouns or _lemma(c) in w.result_nouns)
        for c in token.children
    )


_DATE_ENTS = frozenset({"DATE", "TIME"})
_AMOUNT_ENTS = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})


def _anchored(token: Token) -> bool:
    """A nominal that is told as an event: a date in its phrase ("the decision on
    Friday", "Monday's vote") or a verb that carries it ("began a review", "the
    review took place", "the approval came on Friday"). Alone ("the process",
    "support") it is as often a thing."""
    w = words()
    head = token.head
    if token.dep_ in _SUBJECTS | _PASSIVE_SUBJECTS | _OBJECTS and head.pos_ in {"VERB", "AUX"}:
        lemma = _lemma(head)
        if (lemma in w.support and lemma not in w.weak_support) or lemma in w.aspectual:
            return True
        if lemma in w.not_events and any(_dated(c) for c in head.children):
            return True  # a verb of no event of its own, dated: "follows two rulings last June"
        if (
            token.dep_ in _SUBJECTS
            and lemma in w.arriving
            and any(_dated(c) for c in head.children)
        ):
            return True  # "its approval by regulators came on Friday"
        if phase_to_come(head) is not None:
            return True  # "the demolition is due to start in 2027"
        if token.dep_ in _SUBJECTS and only_relates(head):
            return True  # "the pullout came before the ceasefire took hold"
    if _dated_phrase(token):
        return True
    # "earnings and cash flow for 2026": a noun coordinated with one told for a time.
    return token.dep_ == "conj" and head.pos_ == "NOUN" and _dated_phrase(head)


def _does_a_dated_act(noun: Token) -> bool:
    """The noun is the subject of a verb with a date of its own: "Strong winds toppled
    trees on Sunday", "Gales on Thursday grounded the ferries" (the parse hangs the day
    on the verb)."""
    verb = noun.head
    return (
        noun.dep_ in _SUBJECTS
        and verb.pos_ == "VERB"
        and any(c.dep_ != "nsubj" and _dated(c) for c in verb.children)
    )


def _dated_phrase(token: Token, told: bool = False) -> bool:
    """A date in the noun's phrase: "the decision on Friday", "Monday's vote", "the
    closure of the plant in May" (after the object of its "of"). ``told``: only a date
    that tells a time of the act (by a preposition, a possessive, an adverbial noun
    phrase), not one that classifies a thing ("a 1920s building", "the June issue") nor
    the period it is about ("the forecast for 2026")."""
    for child in token.children:
        if child.ent_type_ in _DATE_ENTS and (not told or child.dep_ in _TELLING_A_TIME):
            return True
        if child.dep_ == "prep" and not (told and child.lower_ in _FOR_A_PERIOD) and _dated(child):
            return True
        if child.dep_ == "prep" and child.lower_ == "of" and _dates_its_object(child):
            return True
    return False


# How a date tells the time of a noun's act: "Friday's filing", "the sale last month".
_TELLING_A_TIME = frozenset({"poss", "npadvmod"})
# Prepositions of the period a noun is about, not of its act: "the forecast for 2026".
_FOR_A_PERIOD = frozenset({"for", "through", "until", "to"})
# The prepositions of a date after the object of an act's "of" that are the act's ("the
# eviction of the tenants on Wednesday"; "the audit of the accounts for 2024" is the
# accounts' year).
_AFTER_THE_OBJECT = frozenset({"on", "in"})


def _dates_its_object(of: Token) -> bool:
    """A date after the object of "of", as the parse hangs it there: "the reopening of the
    museum on Thursday"."""
    return any(
        obj.dep_ == "pobj"
        and obj.ent_type_ not in _DATE_ENTS
        and any(
            prep.dep_ == "prep" and prep.lower_ in _AFTER_THE_OBJECT and _dated(prep)
            for prep in obj.children
        )
        for obj in of.children
    )


def phase_to_come(verb: Token) -> Token | None:
    """The phase a control verb announces for its subject: "(demolition) is due to
    start", "(the trial) is scheduled to start", "(talks) are expected to resume"."""
    w = words()
    if _lemma(verb) == "be":  # "is due to begin": the control word is the complement
        verb = next((c for c in verb.children if c.dep_ == "acomp"), verb)
    if _lemma(verb) not in w.control:
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "xcomp" and (_lemma(c) in w.aspectual or _lemma(c) in w.support)
        ),
        None,
    )


def _dated(token: Token) -> bool:
    """A date that modifies its head: "last June", "on Friday", "in March"."""
    if token.dep_ in {"npadvmod", "tmod"} and token.ent_type_ in _DATE_ENTS:
        return True
    return token.dep_ == "prep" and any(
        c.dep_ == "pobj" and c.ent_type_ in _DATE_ENTS for c in token.children
    )


def _is_control(token: Token) -> bool:
    return _lemma(token) in words().control and any(c.dep_ == "xcomp" for c in token.children)


def _carries_noun(token: Token) -> bool:
    """A support verb whose subject or object is an event noun ("held talks")."""
    return _lemma(token) in words().support and any(
        c.dep_ in _SUBJECTS | _PASSIVE_SUBJECTS | _OBJECTS and is_event_noun(c)
        for c in token.children
    )


def is_outcome(token: Token) -> bool:
    """A word said of someone that reports what happened to them: "ten people are dead",
    "five are still missing" (read by the parser as a verb with no object)."""
    if token.lower_ not in words().outcomes:
        return False
    if token.dep_ in _PREDICATIVE:
        return True
    return token.tag_ == "VBG" and token.dep_ in _CLAUSE_HEADS and _child(token, _OBJECTS) is None


def is_state_adjective(token: Token) -> bool:
    """An adjective that tells its subject's state for a time: "the notes will be due on
    March 1", "investors were optimistic on Friday", "properties, worth $5 million in
    2020" (TimeML's STATE and I_STATE adjectives); not "the strong dollar", "is likely to
    sell" (the sale is the event) nor "it is clear that"."""
    if token.pos_ != "ADJ":
        return False
    w = words()
    lemma = _lemma(token)
    if lemma in w.not_state_adjectives or lemma in w.outcomes:
        return False
    if any(c.dep_ == "xcomp" for c in token.children):
        return False  # "is due to start": the start is the event
    head = token.head
    if token.dep_ == "acomp":
        return head.pos_ in {"VERB", "AUX"} and _lemma(head) in w.copulas
    # "properties, worth $5 million in 2020": after its noun, with a complement.
    return (
        token.dep_ == "amod"
        and token.i > head.i
        and lemma in w.postnominal_states
        and any(True for _ in token.children)
    )


def _state_frame(token: Token) -> tuple[Token | None, Token | None]:
    """The one the state is said of: the copula's subject, or the noun before it."""
    if token.dep_ == "amod":
        return token.head, None
    return _subject(token)


def _outcome_frame(token: Token) -> tuple[Token | None, Token | None]:
    """The one the outcome is said of ("the climber was found dead") is its doer; after
    an object, the object ("left the driver dead"); a number on it, that number of
    people ("the attack left 30 dead")."""
    counted = _child(token, {"nummod"})
    said_of = _child(token.head, _OBJECTS) if token.dep_ == "oprd" else None
    holder = token if token.dep_ not in _PREDICATIVE else token.head
    return counted or said_of or _child(holder, _SUBJECTS | _PASSIVE_SUBJECTS), None


def reports_a_thing(token: Token) -> bool:
    """A reporting verb with a noun (or an amount) for object and no clause: "announced a
    merger", "added $20 million to its reserves", "added to the gloom" ("to" for the
    verbs of ``adds_to``); not "..., he added" nor "added that ..."."""
    if takes_a_thing(token):
        return True
    return (
        not reports_a_clause(token)
        and _lemma(token) in words().adds_to
        and any(
            c.dep_ == "prep" and c.lower_ == "to" and _child(c, {"pobj"}) is not None
            for c in token.children
        )
    )


# What a reporting verb reports: a clause, a quotation, or an object ("said so", "what
# he said"); and the links of a verb that is itself what another reports.
_REPORTED = frozenset(
    {
        "ccomp",
        "xcomp",
        "parataxis",
        "advcl",
        "csubj",
        "dobj",
        "dative",
        "attr",
        "oprd",
        "acomp",
        "nsubjpass",
        "expl",
    }
)
_REPORTED_LINKS = frozenset({"parataxis", "ccomp", "relcl", "advcl", "conj", "acl"})
# What tells where, when or how an act of speaking was done: "testified before Congress
# on Tuesday", "responded within minutes", "wrote to the council".
_SETTING = frozenset({"prep", "npadvmod", "advmod", "agent"})


def _reports_nothing(token: Token) -> bool:
    """A reporting verb with nothing reported, told with where, when or how it was done:
    "will testify before Congress on Tuesday", "responded to the blaze on Saturday",
    "wrote to the council"; not "said on Sunday that ...", "'...,' he said on Monday",
    "was quoted as saying ...", "said so", "warned of more rain" (``reported_preps``).
    A "to" clause is never what the verb above reports, however the parse hangs it:
    "summoned the banker to testify before the panel", "wants her to speak at the gala"."""
    children = list(token.children)
    if token.dep_ in _REPORTED_LINKS and not any(c.tag_ == "TO" for c in children):
        return False
    about = words().reported_preps
    if any(
        c.dep_ in _REPORTED
        or c.tag_ in {"``", "''"}
        or c.lower_ in {"so", "as"}
        or (c.dep_ == "prep" and c.lower_ in about)
        for c in children
    ):
        return False
    return any(c.dep_ in _SETTING for c in children)


def is_event_verb(token: Token) -> bool:
    """True for a verb that names an event ("visit"), not a state, cue or reporting verb."""
    w = words()
    if token.pos_ != "VERB" or token.dep_ in {"amod", "aux", "auxpass", "prep"}:
        return False  # "prep": a participle used as a preposition ("pending the appeal")
    if token.ent_type_ == "PERSON" and _surname_again(token):
        return False  # "Rook cited exhaustion": a surname the tagger read as a verb
    if token.lower_ in w.age_participles and _tells_an_age(token):
        return False  # "a man aged 45": an age
    lemma = _lemma(token)
    if (
        lemma in w.scheduling
        and token.dep_ in {"acl", "amod"}
        and any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children)
        and is_event_noun(token.head)
    ):
        return False  # "talks set for Friday": the talks are the event, put on a calendar
    if lemma in w.reporting and not in_another_sense(token):  # not "wrote off $12 million"
        if lemma in w.speech_acts:
            # "warned on Monday that ...": the warning is an act, and a report; not a noun
            # the tagger read as a verb ("profits topped consensus estimates")
            return token.dep_ not in _NOUN_ROLES
        if lemma in w.requests and _requests(token):
            return True  # "urged the board to sell": an act, not a report
        return (lemma in w.reporting_events and reports_a_thing(token)) or _reports_nothing(token)
    if lemma in w.intention_acts and (is_finite(token) or _participle_clause(token)):
        return True  # "agreed on Monday to release": the agreeing is an act of its own
    if lemma in w.refusals and is_finite(token) and _refuses_an_act(token):
        return True  # "refused on Thursday to order a hearing", not "declined to comment"
    if lemma in w.raising and _states_through(token):
        return True  # "appeared to be a fresh bid": the appearing is the state
    if _holds_result(token):
        return True  # "had a loss in the quarter": a state at that time (TimeML's)
    if is_stance(token):
        return True  # "the union wants a raise": a state of mind, an event in TimeML
    if lemma in w.not_events or lemma in w.roles:
        return False  # "fell to defender Tom Arkwright": a role the parse read as a verb
    if lemma in w.raising and any(c.dep_ == "xcomp" for c in token.children):
        return False  # "appeared to be", "got to see": the 'to' clause is the event
    if only_relates(token):
        return False  # "the trip comes as talks stalled": the trip is the event
    if any(c.dep_ in _OBJECTS and c.lower_ in w.light_objects for c in token.children):
        return False
    if lemma in w.aspectual and is_finite(token):
        return True  # "began selling", "completed the purchase": a phase, an event too
    return not _is_control(token) and not _carries_noun(token)


def _tells_an_age(token: Token) -> bool:
    """A participle of ``age_participles`` that describes a noun with a number right below
    it ("a man aged 45", "aged 19 to 24") or in its phrase ("aged under five"), not "The
    wine aged in oak barrels for two years"."""
    if token.dep_ not in {"acl", "amod", "appos"}:
        return False
    for child in token.children:
        if child.like_num:
            return True
        if child.dep_ == "prep" and any(g.like_num for g in child.children):
            return True
    return False


def _surname_again(token: Token) -> bool:
    """The word is the surname of a person named in full before it ("The singer Nadia Rook
    cancelled her tour. Rook cited exhaustion"); not a word the model alone read as a
    name ("Freed after two weeks, the hostages ...")."""
    return any(
        e.label_ == "PERSON" and len(e) > 1 and e.end <= token.i and e[-1].text == token.text
        for e in token.doc.ents
    )


def _requests(token: Token) -> bool:
    """A reporting verb with an object and a 'to' clause: "urged the board to sell" (the
    parser can read the clause as one of purpose: "warned residents on Sunday to leave"),
    or its passive: "residents were urged to leave"."""
    children = list(token.children)
    # In the passive the subject is the one asked: "residents were urged on Sunday to leave".
    return any(c.dep_ in _OBJECTS or c.dep_ == "nsubjpass" for c in children) and any(
        c.dep_ in {"xcomp", "advcl"} and any(a.tag_ == "TO" for a in c.children) for c in children
    )


def _refuses_an_act(token: Token) -> bool:
    """A refusal whose 'to' clause is an act, not a word withheld: "refused to resign",
    not "declined to comment", "refused to say", "declined to be named"."""
    w = words()
    clause = next(
        (
            c
            for c in token.children
            if c.dep_ == "xcomp" and any(a.tag_ == "TO" for a in c.children)
        ),
        None,
    )
    return clause is not None and _lemma(clause) not in w.withheld


def _participle_clause(token: Token) -> bool:
    """A participle clause of its own beside a verb: "stalled it, trying to tie it to a
    deal" (the trying is an act in the main verb's time)."""
    return token.tag_ == "VBG" and token.dep_ == "advcl"


def _states_through(token: Token) -> bool:
    """A raising verb whose 'to' clause is a copula with no state of its own: "appeared
    to be the latest attempt", "seemed to be in retreat" (not "appeared to be calm":
    the calm is the state, nor "appeared to flee": the flight is the event)."""
    xcomp = _child(token, {"xcomp"})
    if xcomp is None or _lemma(xcomp) not in words().copulas:
        return False
    return not any(is_state_adjective(c) for c in xcomp.children)


def is_stance(token: Token) -> bool:
    """A state of mind or an intention told with a tense of its own ("wants a raise",
    "knew of the fault", "plans to cut jobs"); not an aside ("the deal, I think, ...")."""
    if token.pos_ != "VERB" or _lemma(token) not in words().stance or not is_finite(token):
        return False
    return token.dep_ not in {"parataxis", "amod", "aux", "auxpass"}


def only_relates(verb: Token) -> bool:
    """A verb that names no event, only placing its subject's relative to another: "the
    trip comes as talks stalled", "the win came three days after ..." (``relating_verbs``
    with a ``relating_marks`` clause or phrase)."""
    return _lemma(verb) in words().relating and _relates(verb)


def _relates(token: Token) -> bool:
    """A clause or phrase of the verb opens with a relating mark ("comes as talks
    stalled", "comes days after the raid", "comes amid protests")."""
    marks = words().relating_marks
    for child in token.children:
        if child.dep_ in {"prep", "mark", "advmod"} and child.lower_ in marks:
            return True
        if child.dep_ in {"advcl", "npadvmod"} and any(
            c.dep_ in {"mark", "prep", "advmod"} and c.lower_ in marks for c in child.children
        ):
            return True
        if child.dep_ == "advcl" and any(
            # "comes as prices keep rising": the mark hangs on the auxiliary
            c.dep_ == "mark" and c.lower_ in marks
            for aux in child.lefts
            if aux.dep_ in {"aux", "auxpass"}
            for c in aux.children
        ):
            return True
    return False


def is_finite(token: Token) -> bool:
    """A verb with a tense of its own ("began", "will begin", "has completed"), not an
    infinitive or a gerund ("to end the war", "toward ending it": an aim, not a phase)."""
    if token.tag_ in {"VBD", "VBZ", "VBP"}:
        return True
    return any(c.dep_ in {"aux", "auxpass"} and c.tag_ != "TO" for c in token.children)


def _child(token: Token, deps: frozenset[str] | set[str]) -> Token | None:
    return next((c for c in token.children if c.dep_ in deps), None)


def _pobj(token: Token, preps: set[str] | frozenset[str]) -> Token | None:
    """The object of the first of ``token``'s prepositions named in ``preps``."""
    for child in token.children:
        if child.dep_ in {"prep", "agent", "dative"} and child.lower_ in preps:
            obj = _child(child, {"pobj"})
            if obj is not None:
                return obj
    return None


# The links of a "to" clause to the verb whose object does it ("left the museum to
# restore the paintings"): a complement, or what the parse reads as a clause of purpose
# (``_governors`` climbs an advcl only with its "to").
_TO_CLAUSES = frozenset({"xcomp", "advcl"})


def _governors(token: Token) -> list[tuple[Token, str]]:
    """The words whose subject and cues ``token`` shares, each with the link climbed.

    "is due to meet": meet -xcomp-> due -acomp-> is; "arrested and charged": charged
    -conj-> arrested; "should help the firm cut costs": cut -> help (``bare_infinitive``).
    """
    chain: list[tuple[Token, str]] = []
    current = token
    # "should help the firm cut costs": cut -ccomp-> help, a bare infinitive's verb
    while (current.dep_ in _CLIMB or bare_infinitive(current)) and current.head.i != current.i:
        if current.dep_ == "conj" and (
            current.head.pos_ != current.pos_ or past_beside_a_carried_verb(current)
        ):
            break  # "would close the plant and fired 200 workers": fired is done
        if current.dep_ == "advcl" and not any(c.tag_ == "TO" for c in current.children):
            break  # only a purpose clause ("visit ... to reinvigorate") shares the subject
        chain.append((current.head, current.dep_))
        current = current.head
    return chain


def _asked_of(verb: Token, w: _Words, clause: Token | None = None) -> bool:
    """A verb of ``object_control`` with its object: "pressed banks (to cut fees)"; or,
    given its ``clause``, one the parse read as that clause's subject ("forbade the union
    to strike": an infinitive with a subject of its own)."""
    if _lemma(verb) not in w.object_control:
        return False
    if clause is None:
        return any(c.dep_ == "dobj" for c in verb.children)
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children) and any(
        c.dep_ == "nsubj" for c in clause.children
    )


def _cues(token: Token) -> tuple[str, str]:
    """Polarity and modality from the token's own dependents and its governors'."""
    w = words()
    negative = False
    modality = "actual"

    def raise_to(value: str) -> None:
        nonlocal modality
        if _MODALITY_RANK[value] > _MODALITY_RANK[modality]:
            modality = value

    if token.dep_ == "ccomp" and _asked_of(token.head, w, token):
        asked = w.object_control[_lemma(token.head)]  # "forbade the union to strike"
        negative, modality = asked == "negative", "actual" if asked == "negative" else asked
    chain = [(token, ""), *_governors(token)]
    below = token
    for link, via in chain:
        if via in {"", "conj", "advcl"} and link.pos_ == "VERB" and is_headline_plan(link):
            raise_to("planned")
        for child in link.children:
            if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no"):
                negative = True
            elif not via and child.dep_ in _ARGUMENTS and _nobody(child, w):
                negative = True  # "arrested no one", "Nobody was hurt"
            elif child.dep_ in {"aux", "auxpass"}:
                cue = w.modal_aux.get(_lemma(child)) or w.modal_aux.get(child.lower_)
                if cue and child.lower_ in w.reported_future and _to_come_in_a_report(link):
                    cue = "planned"  # "said it would close": then to come, not a maybe
                if cue:
                    raise_to(cue)
                elif _lemma(child) == "go" and link.tag_ == "VB":
                    raise_to("planned")
            elif child.dep_ == "amod" and child.lower_ in w.noun_modifiers:
                raise_to(w.noun_modifiers[child.lower_])
        of_object = via in _TO_CLAUSES and _asked_of(link, w)
        # "voted in March to sell the unit": a date between them makes the parse read
        # the "to" clause of a verb of intention as one of purpose
        intent = via == "advcl" and _lemma(link) in w.intention_acts and _to_clause(below)
        if of_object or ((via == "xcomp" or intent) and _lemma(link) in w.control):
            # "expected orders to recover": with an object, what another is expected to do
            cue = w.object_control[_lemma(link)] if of_object else w.control[_lemma(link)]
            if cue == "negative":
                negative = True
            else:
                raise_to(cue)
        below = link
    if token.head.dep_ == "prep" and token.head.lower_ == "without":
        negative = True
    if token.dep_ == "dobj" and token.pos_ == "NOUN" and _lemma(token.head) in w.plan_objects:
        raise_to(w.control[_lemma(token.head)])  # "plans an appeal", "threatened an attack"
    intended = _intention_of(token, w)
    if intended == "negative":
        negative = True  # "its refusal to pay": no paying
    elif intended is not None:
        raise_to(intended)  # "unveiled plans on Friday to build 300,000 homes": planned
    prevention = prevented_by(token)
    if prevention is not None and not any(c.dep_ == "neg" for c in prevention.children):
        negative = True  # "Storms prevented the ferry from sailing": no sailing
    verb = _verb_of_a_participle_clause(chain[-1][0], w)
    if verb is not None:
        # "would close the plant, cutting 1,200 jobs": the cutting is planned too (the
        # verb's modality, not its negation: "did not close it, saying ..." said).
        raise_to(_cues(verb)[1])
    return ("negative" if negative else "positive"), modality


def _to_clause(verb: Token) -> bool:
    """The verb is an infinitive with its "to" ("to sell the unit")."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.lefts)


def _intention_of(token: Token, w: _Words) -> str | None:
    """The modality a noun of intention gives the infinitive that completes it ("plans to
    build", "a bid to buy", "a proposal to close"): its own (``noun_control``), else its
    verb's (``control`` of the noun's verb in nominals.json: "decision" as "decide")."""
    noun = token.head
    if token.dep_ not in {"acl", "relcl"} or noun.pos_ != "NOUN" or token.tag_ != "VB":
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return None
    if noun.lower_ == "order" and noun.i > 0 and noun.doc[noun.i - 1].lower_ == "in":
        return None  # "in order to sell": a purpose
    if _lemma(noun.head) in w.fulfilment and noun.dep_ in _OBJECTS:
        return None  # "kept their promise to free the hostages": done
    lemma = _lemma(noun)
    return w.noun_control.get(lemma) or w.control.get(w.noun_verbs.get(lemma, lemma))


def prevented_by(token: Token) -> Token | None:
    """The verb of prevention that keeps ``token`` from happening: an "-ing" verb after
    "from" that hangs on it or on its object ("prevented the ferry from sailing", "was
    barred from running"; ``prevention_verbs``)."""
    prep = token.head
    if token.dep_ != "pcomp" or prep.lower_ != "from" or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.dep_ in _OBJECTS and verb.pos_ in {"NOUN", "PROPN", "PRON"}:
        verb = verb.head  # "stopped the protesters from marching"
    return verb if _lemma(verb) in words().prevention and verb.pos_ == "VERB" else None


def _verb_of_a_participle_clause(clause: Token, w: _Words) -> Token | None:
    """The verb an "-ing" clause with no subject, mark or auxiliary of its own hangs on
    ("would close the plant, cutting 1,200 jobs"); not a clause of a report ("citing weak
    demand") or one that tells what a fact means (``telling_participles``: "reflecting a
    provision"), nor a verb inside a noun's clause ("pupils chosen to go on the trip,
    assuring them": the parse may hang the clause there)."""
    lemma = _lemma(clause)
    if clause.dep_ != "advcl" or clause.tag_ != "VBG":
        return None
    if lemma in w.reporting or lemma in w.telling_participles:
        return None
    if any(c.dep_ in _OWN_CLAUSE_WORDS for c in clause.children):
        return None
    verb = clause.head
    if verb.pos_ not in {"VERB", "AUX"} or verb.i == clause.i:
        return None
    top = verb
    while top.dep_ in {"xcomp", "conj"} and top.head.i != top.i:
        top = top.head
    if top.dep_ in {"acl", "relcl"}:
        return None
    if _lemma(verb) in w.control:
        # "plans to sell the unit, raising $500 million": the parse hangs the clause on
        # the plan; it is the selling's.
        return next((c for c in verb.children if c.dep_ == "xcomp" and c.i < clause.i), verb)
    return verb


# The words that give an "-ing" clause a frame of its own ("while cutting", "he cutting").
_OWN_CLAUSE_WORDS = frozenset({"mark", "nsubj", "nsubjpass", "aux", "auxpass"})


# The links of a doer or an object that can make their event negative ("Nobody was hurt").
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj"})


def _nobody(argument: Token, w: _Words) -> bool:
    """A doer or an object that is nobody or nothing: "no one", "nobody", "nothing",
    "none of the passengers", "no injuries" (``negative_arguments``)."""
    return argument.lower_ in w.negative_arguments or any(
        c.dep_ == "det" and c.lower_ == "no" for c in argument.children
    )


def _to_come_in_a_report(verb: Token) -> bool:
    """``verb`` heads the clause a reporting verb in the past reports, with no perfect
    and no condition of its own: "said the road would reopen", "has said it would
    rebuild"; not "would have collapsed", "would fall if demand weakened", nor after a
    report in the present ("says the plan would save money": a maybe)."""
    w = words()
    report = verb.head
    if verb.dep_ != "ccomp" or _lemma(report) not in w.reporting:
        return False
    past = report.tag_ == "VBD" or (
        report.tag_ == "VBN"
        and any(_lemma(c) == "have" for c in report.children if c.dep_ == "aux")
    )
    if not past:
        return False
    for child in verb.children:
        if child.dep_ == "aux" and _lemma(child) == "have":
            return False  # "would have collapsed": what did not happen
        if child.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in w.reported_conditions for m in child.children
        ):
            return False
    return True


def is_headline_plan(token: Token) -> bool:
    """A headline's "to" infinitive, which announces a plan: "Pope to visit Iraq".

    No finite verb governs the verb: it is the root (with its own subject: "Rail workers
    to strike") or hangs off the noun that is the root, by whichever link the parser
    chose ("Pope to visit Iraq", parsed as a clause of "Pope"; "Regulator to probe bank
    fees"; "Veltrix to build chip plant", a new name tagged as a common noun), which is
    then its doer.
    """
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children):
        return False
    if token.dep_ == "ROOT":
        return True
    head = token.head
    return (
        token.dep_ in _HEADLINE_PLAN_LINKS
        and head.dep_ == "ROOT"
        and head.pos_ in {"NOUN", "PROPN"}
    )


# How the parser hangs a headline's plan off the noun at its root: "Pope to visit Iraq"
# (a clause of the noun), "Airline to resume flights" (of purpose), "Startup to list
# shares" (a complement).
_HEADLINE_PLAN_LINKS = frozenset({"acl", "relcl", "advcl", "xcomp"})


# A dateline is a place, a region, an agency in brackets: a few words at most.
_MAX_DATELINE_TOKENS = 10
# One with its day and a region is longer: "SAN FRANCISCO, Calif., Nov. 17 (Wire) -".
_MAX_OPENING_TOKENS = 16


def dateline_end(token: Token) -> int:
    """The index of the dash that ends the dateline opening ``token``'s sentence, or -1.

    "SEOUL (Wire) - The opposition won": the dash after "(Wire)". Before it, only
    names, words in capitals, commas and a bracketed agency; a spaced hyphen counts
    after a bracket or a word in capitals ("a 90 - day stint" has none). The Doc's
    datelines are found once, on the first call for it (``_datelines``).
    """
    i = token.i
    for start, end, dash in _datelines(token.doc):
        if start <= i < end:
            return dash
    return -1


_last = threading.local()  # a weak reference to the last Doc read, and its datelines


def _datelines(doc: Doc) -> tuple[tuple[int, int, int], ...]:
    """``(sentence start, sentence end, dash)`` for each sentence of ``doc`` a dateline
    opens; kept for the last Doc read (its events ask for each word they hold), by a weak
    reference: a Doc its reader has let go is freed."""
    found = getattr(_last, "datelines", None)
    if found is not None and found[0]() is doc:
        return found[1]
    out = []
    for sent in doc.sents:
        dash = _sentence_dateline(sent)
        if dash >= 0:
            out.append((sent.start, sent.end, dash))
    datelines = tuple(out)
    _last.datelines = (weakref.ref(doc), datelines)
    return datelines


def _sentence_dateline(sent: Span) -> int:
    """The dash that ends the dateline opening ``sent``, or -1 (``dateline_end``): read
    from the words, else from the wire opening's pattern, which also knows a dateline with
    its day ("LONDON, Nov. 17 (Wire) - ", ``briefx.text.dateline``)."""
    dash = _dateline_by_words(sent)
    if dash >= 0:
        return dash
    found = opening(text_of(sent.doc), sent.start_char)
    if found is None:
        return -1
    # The dash is the last word before the end of the opening (the space after it).
    return next(
        (
            t.i
            for t in reversed(sent[:_MAX_OPENING_TOKENS])
            if t.idx < found.end and t.text in DATELINE_DASHES
        ),
        -1,
    )


def _dateline_by_words(sent: Span) -> int:
    bracket = marked = False
    for t in sent[:_MAX_DATELINE_TOKENS]:
        if t.text in DATELINE_DASHES and t.i > sent.start and t.whitespace_:
            before = t.doc[t.i - 1]
            if (
                marked
                and before.whitespace_
                and (t.text != "-" or before.text == ")" or (before.is_upper and before.is_alpha))
            ):
                return t.i
            return -1
        # "Smith — the mayor — said" is no dateline: one has capitals or an agency.
        marked = marked or t.text == "(" or (t.is_upper and t.is_alpha and len(t) >= 3)
        bracket = (bracket or t.text == "(") and t.text != ")"
        if not (bracket or t.pos_ == "PROPN" or t.is_upper or t.text in {",", ")"}):
            return -1
    return -1


def split_head(word: Token) -> Token:
    """The noun the small parser split off from ``word``, where the two are one phrase:
    a measure before a number ("A magnitude 6.9 earthquake struck", "Force 10 winds
    battered": two subjects of one verb, or a noun and its apposition) or a noun before
    the noun it modifies ("lifted the flood warning": two objects); else ``word``."""
    doc = word.doc
    if word.pos_ not in {"NOUN", "PROPN"}:
        return word
    noun = word.i + 2 if word.i + 1 < len(doc) and doc[word.i + 1].like_num else word.i + 1
    # A gerund in a noun's place is a noun too ("warning" read as a verb).
    if noun >= len(doc) or not (doc[noun].pos_ in {"NOUN", "PROPN"} or doc[noun].tag_ == "VBG"):
        return word
    if noun == word.i + 2 and doc[word.i + 1].head.i != noun:
        return word  # the number is not the noun's
    other = doc[noun]
    siblings = other.dep_ == word.dep_ and other.head.i == word.head.i
    sized = noun == word.i + 2 and other.dep_ == "appos" and other.head.i == word.i
    return other if siblings or sized else word


def split_before(noun: Token) -> Token | None:
    """The word the parse split off before ``noun`` (``split_head``): "magnitude" before
    "6.9 earthquake", "flood" before "warning"; else None."""
    before = noun.left_edge.i - 1
    if before < 0:
        return None
    word = noun.doc[before]
    return word if split_head(word).i == noun.i else None


# Words a relative clause's antecedent is looked for above ("in 2012" of "launched in 2012").
_ANTECEDENT_HOPS = 3
# Entity labels of dates and times.
_WHEN_TYPES = frozenset({"DATE", "TIME"})


def _subject(token: Token) -> tuple[Token | None, Token | None]:
    """``(agent, patient)`` from the subject of the token or of its governors."""
    opening = dateline_end(token)
    for link, via in [(token, ""), *_governors(token)]:
        if via in _TO_CLAUSES and _lemma(link) in words().object_control:
            # "asked Karl Brenn to form a cabinet": the one asked forms it (also when the
            # parse reads the clause as one of purpose: "left the museum to restore").
            asked = _child(link, {"dobj"})
            if asked is not None:
                return split_head(asked), None
        # "LIMA (Wire) - Miners blocked a road": the dateline can be parsed as a subject.
        subject = next((c for c in link.children if c.dep_ in _SUBJECTS and c.i > opening), None)
        if subject is not None:
            subject = split_head(subject)
            if subject.tag_ in _RELATIVE_TAGS and link.dep_ == "relcl":
                subject = _antecedent(link.head)  # "Zelensky, who is visiting Spain"
                if subject.ent_type_ in _WHEN_TYPES:
                    return None, None  # "forecast for Friday, which could hamper": no day
            return subject, None
        passive = _child(link, _PASSIVE_SUBJECTS)
        if passive is not None:
            passive = split_head(passive)
            if passive.tag_ in _RELATIVE_TAGS and link.dep_ == "relcl":
                passive = _antecedent(link.head)  # "the senate, which is expected to back it"
            if via in {"", "conj"}:
                return _pobj(link, {"by"}), passive
            return passive, None  # "is expected to visit": the visitor
        if link.dep_ != "ROOT" and link.pos_ == "VERB" and is_headline_plan(link):
            return link.head, None  # "Pope to visit Iraq": the Pope will visit
    verb = _participle_of(token)
    if verb is not None:
        # "An earthquake struck, killing 14": the participle's doer is the verb's subject.
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS and c.i > opening), None)
        if subject is not None and subject.tag_ not in _RELATIVE_TAGS:
            return split_head(subject), None
    return None, None


def _participle_of(token: Token) -> Token | None:
    """The active verb a clause of an "-ing" verb with no subject of its own hangs on
    ("struck on Sunday, killing 14", "toppling trees and leaving homes without power");
    None under a passive, for a clause of what the event did ("died, bringing the toll
    to 40"; ``event_participles``) or after a "with" clause ("with Moscow rejecting a
    ceasefire, stepping up advances")."""
    clause = token
    while clause.dep_ == "conj" and clause.head.tag_ == "VBG" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "advcl" or clause.tag_ != "VBG" or token.tag_ != "VBG":
        return None
    if _lemma(token) in words().event_participles:
        return None  # "died, bringing the toll to 40": what the event did
    verb = clause.head
    if verb.pos_ not in {"VERB", "AUX"} or _child(verb, _PASSIVE_SUBJECTS) is not None:
        return None
    if any(c.dep_ == "prep" and c.lower_ == "with" and c.i < clause.i for c in verb.children):
        return None  # "with Moscow rejecting a ceasefire, stepping up ...": Moscow's
    return verb


def _antecedent(word: Token) -> Token:
    """The noun a relative clause tells of, above a date or time the parse hung it on: in
    "a craft launched in 2012, which will be moved" the craft, over "in" and "launched";
    the word itself when it is no date or nothing names a noun above it."""
    noun = word
    for _ in range(_ANTECEDENT_HOPS):
        if noun.ent_type_ not in _WHEN_TYPES:
            return noun if noun.pos_ in {"NOUN", "PROPN", "PRON"} else word
        head = noun.head
        if noun.dep_ == "pobj" and head.dep_ == "prep":
            head = head.head  # over the preposition: "in 2012"
        if head.dep_ in {"acl", "amod"} and head.pos_ in {"VERB", "ADJ"}:
            head = head.head  # over the participle: "launched in 2012", "missing since Sunday"
        if head.i == noun.i:
            return word
        noun = head
    return word


def _verb_frame(token: Token) -> tuple[Token | None, Token | None]:
    agent, patient = _subject(token)
    if _child(token, _PASSIVE_SUBJECTS) is not None:
        agent = _pobj(token, {"by"})
    if token.dep_ == "acl" and token.tag_ == "VBN":
        # "the man arrested by police": a past participle after its noun is passive.
        agent, patient = _pobj(token, {"by"}), token.head
    obj = _child(token, _OBJECTS)
    if obj is not None:
        obj = split_head(obj)  # "lifted the flood warning": the warning
    reported = _reported_past_a_noun(token)
    if reported and obj is not None and obj.lower_ == "that":
        obj = None  # "told the agency in an email that the plant had closed"
    if (
        obj is not None
        and token.dep_ == "relcl"
        and (obj.tag_ in _RELATIVE_TAGS or obj.lower_ == "that")  # a 'that' tagged IN too
    ):
        obj = token.head  # "solutions that we will propose"
    if obj is None and not reported and _object_gap(token):
        obj = token.head  # "the deal they signed on Monday"
    if obj is not None:
        patient = obj
    elif patient is None:
        # Coordinated verbs share an object: "arrested and charged the man"; a first verb
        # with a complement of its own does not take the next one's ("flew to the capital
        # and declared an emergency"), nor a later verb one told before it ("hit a wall
        # and died"), nor one of a clause with its own subject ("rebels fled and troops
        # seized the town").
        partners = [token.head] if token.dep_ == "conj" else []
        if not _has_own_complement(token):
            partners += [
                c
                for c in token.children
                if c.dep_ == "conj"
                and c.pos_ == "VERB"
                and not any(g.dep_ in _SUBJECTS | _PASSIVE_SUBJECTS for g in c.children)
            ]
        patient = next(
            (o for p in partners if (o := _child(p, _OBJECTS)) is not None and o.i > token.i),
            None,
        )
    return agent, patient


def _reported_past_a_noun(token: Token) -> bool:
    """A clause opened by 'that' that the parse hung as a relative clause on the object of
    a reporting verb's preposition, the verb having no clause of its own: what the verb
    reports ("told analysts on a call that orders had fallen"), not a clause of the noun."""
    if token.dep_ != "relcl" or token.left_edge.lower_ != "that":
        return False
    prep = token.head.head
    if token.head.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    verb = prep.head
    return (
        verb.pos_ == "VERB"
        and verb.lemma_.lower() in words().reporting
        and not any(c.dep_ in {"ccomp", "parataxis"} for c in verb.children)
    )


def _object_gap(token: Token) -> bool:
    """A relative clause with a doer of its own and no object tells of the noun it hangs
    on as what was acted on ("the $4.8 billion it had forecast", "the plant the firm
    built"); not a clause of place or time ("the city where they met"), one whose
    preposition keeps the noun ("the house they lived in"), nor one with a clause or a
    complement of its own."""
    if token.dep_ != "relcl" or token.head.pos_ not in {"NOUN", "PROPN", "NUM", "SYM"}:
        return False
    subject = _child(token, _SUBJECTS)
    if subject is None or subject.tag_ in _RELATIVE_TAGS:
        return False
    for c in token.children:
        if c.dep_ in _OWN_COMPLEMENTS or (c.dep_ == "advmod" and c.tag_ == "WRB"):
            return False  # "the city where they met", "the man they said was ill"
        if c.dep_ == "prep" and _child(c, {"pobj", "pcomp"}) is None:
            return False  # "the house they lived in"
    return True


# What makes a relative clause whole without the noun it tells of.
_OWN_COMPLEMENTS = frozenset({"xcomp", "ccomp", "acomp", "attr", "dative", "oprd"})


def _has_own_complement(token: Token) -> bool:
    """A preposition after the verb that tells more than when: "flew to the capital",
    "withdrew from the city" (not "arrested on Monday and charged ...")."""
    for child in token.rights:
        if child.dep_ in {"cc", "conj"}:
            break
        if child.dep_ == "prep":
            pobj = _child(child, {"pobj"})
            if pobj is None or pobj.ent_type_ not in {"DATE", "TIME"}:
                return True
    return False


_NAME_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _a_time_word(token: Token) -> bool:
    """A word of a date or a time ("Sunday", "week" of "last week", "yesterday"): the
    model's DATE or TIME, or a weekday, a month, a unit or a day word of the date
    lexicon, unless the model read it as a name."""
    if token.ent_type_ in {"DATE", "TIME"}:
        return True
    if token.ent_type_ in _NAME_ENTS:
        return False  # "May's government": a person named like a month
    lex = lexicon()
    lower = token.lower_
    return (
        lower in lex.weekdays
        or lower in lex.months
        or lower in lex.units
        or lower in lex.deictic_days
    )


def _noun_frame(token: Token) -> tuple[Token | None, Token | None]:
    w = words()
    intransitive = token.lower_ in w.intransitive or _lemma(token) in w.intransitive
    possessor = _child(token, {"poss"})
    if possessor is not None and _a_time_word(possessor):
        possessor = None  # "Sunday's election", "last week's strike": when, not who
    of = _pobj(token, {"of"})
    by = _pobj(token, {"by"})
    compound = _child(token, {"compound"})
    agent = by or possessor
    patient = None
    if intransitive:
        agent = agent or of
    else:
        patient = of or (
            compound
            if compound is not None
            and compound.pos_ == "NOUN"
            and compound.ent_type_ not in _AMOUNT_TYPES  # "fourth-quarter revenue"
            else None
        )
    head = token.head
    if agent is None and token.dep_ in _OBJECTS | {"pobj"} and head.pos_ in {"VERB", "ADP"}:
        verb = head if head.pos_ == "VERB" else head.head
        if _lemma(verb) in w.support:
            agent, _ = _subject(verb)
    # "talks between the union and the owners": who takes part, when nothing else says;
    # not sums, shares, counts or dates ("revenue between $2 billion and $3 billion").
    joint = _pobj(token, w.joint_preps)
    if joint is not None and (joint.ent_type_ in _AMOUNT_TYPES or joint.like_num or _ranged(joint)):
        joint = None
    agent = agent or joint
    return agent, patient


def _ranged(noun: Token) -> bool:
    """A noun counted by a range: "between 400,000 and 450,000 vehicles" (not "two sides")."""
    return any(
        c.dep_ == "nummod" and any(n.dep_ == "conj" and n.like_num for n in c.children)
        for c in noun.children
    )


# Entity labels of amounts and times: no party to an event, nothing acted on.
_AMOUNT_TYPES = _WHEN_TYPES | {"MONEY", "PERCENT", "QUANTITY", "CARDINAL"}


def _places(token: Token, patient: Token | None) -> tuple[int, ...]:
    w = words()
    found: list[int] = []
    named: list[int] = []  # "the Istanbul talks": a place only when no preposition names one
    for holder in [token, patient]:
        if holder is None:
            continue
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ in w.place_preps:
                found.extend(c.i for c in child.children if c.dep_ == "pobj")
            elif child.dep_ == "compound" and holder is token and child.pos_ == "PROPN":
                named.append(child.i)
            else:
                found.extend(_bearing_from(child, w.bearings))
    # "Russia-Ukraine talks in Istanbul" happen in Istanbul: the preposition says where,
    # a name before the noun may say who.
    return tuple(found + named)


# How a bearing hangs on the event or what it acted on: "crashed northeast of Nairobi",
# "capsized south-west of Manila", "destroyed homes southwest of Dhaka" (a misparse).
_BEARING_LINKS = frozenset({"advmod", "npadvmod", "dobj"})


def bearing_phrase(before: str) -> str | None:
    """The bearing that ends the words before a place ("burned 800 acres east of":
    "east of"; "north-east of"), lower-cased, or None."""
    parts = before.split()
    if len(parts) < 2 or parts[-1].lower() != "of":
        return None
    bearing = parts[-2].lower()
    return f"{bearing} of" if bearing.rsplit("-", 1)[-1] in words().bearings else None


def _bearing_from(child: Token, bearings: frozenset[str]) -> list[int]:
    """The place a bearing is taken from ("east of Denver"), the bearing a child of the
    event word or of a distance before it ("20 miles north of Mosul"); the words of its
    "of" phrase (a price is no place entity: "rose north of $90")."""
    steps = [child, *child.children] if child.dep_ == "npadvmod" else [child]
    for word in steps:
        if word.lower_ in bearings and word.dep_ in _BEARING_LINKS:
            for of in word.children:
                if of.dep_ == "prep" and of.lower_ == "of":
                    return [c.i for c in of.children if c.dep_ == "pobj"]
    return []


def _carrier_cues(token: Token) -> tuple[str, str] | None:
    """The cues of the verb that carries an event noun ("the talks will not take place")."""
    head = token.head
    if token.dep_ in _SUBJECTS | _PASSIVE_SUBJECTS | _OBJECTS and head.pos_ in {"VERB", "AUX"}:
        w = words()
        if _lemma(head) in w.support or _lemma(head) in w.not_events:
            return _cues(head)
    return None


# The parts of speech an event word can have (``is_event_verb``, ``is_event_noun``,
# ``is_state_adjective``; ``is_outcome`` goes by the word).
_MAY_BE_EVENTS = frozenset({"VERB", "ADJ"}) | _EVENT_NOUN_POS


def find_events(sent: Span) -> list[RawFrame]:
    """Find the event words of a sentence and their frames, in text order.

    "Police arrested the suspect in Lyon" gives one frame: arrest, agent "Police",
    patient "suspect", place "Lyon".

    Args:
        sent: a sentence (or any span) of a parsed Doc.
    Returns:
        One ``RawFrame`` per event verb or event noun.
    """
    frames: list[RawFrame] = []
    outcomes = words().outcomes
    for token in sent:
        # Only verbs, nouns, adjectives and the outcome words can be events: the other
        # words (most of a sentence) skip the tests below.
        if token.pos_ not in _MAY_BE_EVENTS and token.lower_ not in outcomes:
            continue
        state = False
        if is_outcome(token):
            agent, patient = _outcome_frame(token)
            polarity, modality = _cues(token)
        elif is_event_verb(token):
            agent, patient = _verb_frame(token)
            polarity, modality = _cues(token)
        elif is_event_noun(token):
            agent, patient = _noun_frame(token)
            polarity, modality = _cues(token)
            carried = _carrier_cues(token)
            if carried is not None:
                polarity = "negative" if "negative" in (polarity, carried[0]) else "positive"
                modality = max(modality, carried[1], key=_MODALITY_RANK.__getitem__)
        elif is_state_adjective(token):
            agent, patient = _state_frame(token)
            polarity, modality = _cues(token)
            state = True
        else:
            continue
        frames.append(
            RawFrame(
                trigger=token.i,
                lemma=token.lower_ if is_outcome(token) else _lemma(token),
                agent=None if agent is None else agent.i,
                patient=None if patient is None else patient.i,
                places=_places(token, patient),
                polarity=polarity,
                modality=modality,
                state=state,
            )
        )
    return frames


def shown_by(verb: Token, date: Token) -> Token | None:
    """What a source's verb of showing shows (``evidence_verbs``: "figures showed 30,000
    fewer jobs in September"), when the date comes after it: the period of what is
    shown, not the showing's time (a date before it is: "showed on Friday a drop in
    sales")."""
    if verb.pos_ != "VERB" or _lemma(verb) not in words().evidence:
        return None
    children = list(verb.children)
    # What data show has a source for its subject: a person showing something acts ("the
    # minister showed restraint in March"), and so does a bare "to show".
    source = next((c for c in children if c.dep_ == "nsubj"), None)
    if source is None or _a_person(source):
        return None
    shown = next((c for c in children if c.dep_ == "dobj"), None)
    return shown if shown is not None and shown.i < date.i else None


def _a_person(noun: Token) -> bool:
    """A person, by name, pronoun or role ("the minister"; ``roles``)."""
    return (
        noun.ent_type_ == "PERSON"
        or noun.lower_ in _PEOPLE_PRONOUNS
        or _lemma(noun) in words().roles
    )


# The pronouns of people: what they show is an act, not what data show.
_PEOPLE_PRONOUNS = frozenset({"he", "she", "i", "we", "you", "they"})


def _reported_period(date: Token, verb: Token, triggers: set[int]) -> int | None:
    """The reported event a period belongs to when the parse hung it on the report: "said
    it had a loss of $9 million for the quarter" (a report is made on a day, not for a
    quarter: the loss was)."""
    prep = date.head
    if date.dep_ != "pobj" or prep.head.i != verb.i or prep.lower_ not in words().period_preps:
        return None
    return next((c.i for c in verb.children if c.dep_ == "ccomp" and c.i in triggers), None)


def _dated_elsewhere(noun: Token, date: Token) -> bool:
    """A noun dated by its possessive takes no other day: in "condemned Sunday's attack on
    Monday" Monday is the condemning's, though the parse hangs it on "attack"."""
    return (
        noun.pos_ in {"NOUN", "PROPN"}
        and date.head.i != noun.i
        and any(c.dep_ == "poss" and c.ent_type_ == "DATE" for c in noun.children)
    )


# How a date names the forecast, target or budget it modifies ("an August estimate",
# "the 2026 budget").
_PLAN_DATES = frozenset({"compound", "nummod", "amod", "nmod", "npadvmod", "poss"})


def _aimed_at(noun: Token) -> bool:
    """The noun is what an act aims at or is about: the object of "for", "over",
    "about" (``aim_preps``: "braced for Friday's jobs report")."""
    return noun.dep_ == "pobj" and noun.head.lower_ in words().aim_preps


# Prepositions of the day an act was done on, which the parse may hang on its object.
_DAY_PREPS = frozenset({"on", "in"})


def _taker_of(noun: Token, day: Token) -> Token | None:
    """The verb that announces, calls, takes up or reacts to ``noun`` when the parse hung
    the date ``day`` on the noun right after it ("announced a restructuring in June",
    "condemned the attack on Monday"): the date is the verb's, what it takes up comes
    after or before it (``taking_up`` and ``reacting`` of events/time.json)."""
    prep = day.head
    if (
        noun.dep_ != "dobj"
        or day.dep_ != "pobj"
        or prep.lower_ not in _DAY_PREPS  # not "the strike of last week"
        or prep.head.i != noun.i
        or noun.right_edge.i != day.right_edge.i  # the date ends the noun's phrase
    ):
        return None
    verb = noun.head
    return verb if verb.pos_ == "VERB" and _lemma(verb) in words().taking else None


def names_the_recalled(day: Token) -> bool:
    """``day`` (a date's head word) names what an act recalls, compares or undoes, told
    before it or as its possessive: "remembered the 1998 storm", "revives a 2016
    proposal", "reverses Monday's order". That act comes after it."""
    noun = day.head
    return (
        day.dep_ in _PLAN_DATES
        and noun.i > day.i
        and noun.pos_ in {"NOUN", "PROPN"}
        and _recalled(noun)
    )


def _recalled(noun: Token) -> bool:
    """The noun is what an act recalls, compares, undoes or reacts to, its object or its
    phrase's ("remembered the 1998 storm", "compared the fire with the 2014 disaster",
    "condemned the 2019 attack"; ``recalling_verbs`` and ``reacting`` of
    events/time.json)."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if verb.dep_ == "dobj" and verb.pos_ in {"NOUN", "PROPN"}:
        verb = verb.head  # "compared the fire with ...": the phrase hangs on the object
    return noun.dep_ in {"dobj", "pobj"} and _lemma(verb) in words().recalling


def sequenced(root: Token) -> bool:
    """The date is the time a verb of sequence places its subject after or before: "the
    selloff followed a strong November", "the fall was preceded by a calm September"
    (``sequence_verbs``): a look back from the story's time, no event's own date."""
    verb = root.head
    if root.dep_ == "pobj" and verb.lower_ == "by" and verb.dep_ == "agent":
        verb = verb.head
    elif root.dep_ == "npadvmod":
        # "followed a violent Monday": with its article an object, though parsed as an
        # adverb of time ("followed Monday" stays one).
        if not any(c.dep_ == "det" for c in root.children):
            return False
    elif root.dep_ != "dobj":
        return False
    return _lemma(verb) in words().sequence


@cache
def _kinds() -> dict[str, str]:
    data = load_json("events/equivalents.json")
    kinds = {word: group[0] for group in data["groups"] for word in group}
    for word, last in compound_heads().items():
        kinds.setdefault(word, kinds.get(last, last))  # "wildfire": of the kind of "fire"
    return kinds


@cache
def compound_heads() -> dict[str, str]:
    """Event nouns written as one with the noun of their kind -> that noun ("wildfire" ->
    "fire", "snowstorm" -> "storm"; ``models/events/compound_events.json``, WordNet's)."""
    return dict(load_json("events/compound_events.json")["heads"])


def event_kind(lemma: str) -> str:
    """The kind of event a word names, the first word of its group in
    ``models/events/equivalents.json``: "swap" and "exchange" both give "exchange", "deal"
    and "agree" give "agree"; a word written as one with the noun of its kind is of that
    kind ("wildfire", "snowstorm": ``compound_events.json``, WordNet's); a verb kept whole
    with its hyphenated prefix is of its stem's kind ("re-elect": "elect"); a word of no
    group is its own kind."""
    kinds = _kinds()
    kind = kinds.get(lemma)
    if kind is None:
        stem = _unprefixed(lemma)
        kind = kinds.get(stem, lemma if stem == lemma else stem)
    return kind


# Dependencies of a term word that tell its subject's state through a verb ("The report is
# due on Friday", "The rules are effective now"): not a term that describes a thing.
_TOLD_STATES = frozenset({"acomp", "ROOT", "ccomp", "xcomp", "attr"})


def term_of(day: Token) -> Token | None:
    """The word of a thing's term a date is told under: "a dividend, payable [Jan. 15]",
    "new rules, effective [July 1]", "notes maturing in [2030]" (``term_words``), the word
    the date or its preposition hangs on, or the word right before the date's phrase when
    the parse hung that elsewhere ("signed a lease expiring in [2040]"). None for a term
    told of its subject by a verb ("The report is due on [Friday]") and for other dates.
    ``day`` is the date's head word."""
    terms = words().term_words
    opener = day.head if day.dep_ == "pobj" and day.head.dep_ == "prep" else day
    first = opener.left_edge.i
    candidates = [opener.head] if opener.head.i != opener.i else []
    if first > 0:
        candidates.append(day.doc[first - 1])
    for term in candidates:
        if (term.lower_ in terms or _lemma(term) in terms) and term.dep_ not in _TOLD_STATES:
            return term
    return None


def described(term: Token) -> Token | None:
    """The thing a term word describes: the noun it modifies ("a dividend payable Jan. 15",
    "bonds due in 2031"), or the object of the verb its clause follows ("approved the
    merger, effective Monday"); None when there is none."""
    if term.dep_ in {"amod", "acl"} and term.head.pos_ in {"NOUN", "PROPN"}:
        return term.head
    verb = term.head
    if verb.pos_ in {"VERB", "AUX"}:
        return next((c for c in verb.children if c.dep_ in _OBJECTS | _PASSIVE_SUBJECTS), None)
    return None


def owner(token: Token, triggers: set[int], *, of_date: bool = False) -> int | None:
    """The event a date or quantity belongs to: the nearest event word above it.

    A reporting verb on the way ("said on Monday") ends the search: its dates belong to
    the report. A verb that carries an event noun ("the exchange was in May") hands the
    date to the noun. A date of a forecast, a target or a budget ("raised its outlook,
    up from an August estimate", "approved the 2026 budget"), the possessive of a noun
    that is no event word and what an act aims at ("braced for Friday's jobs report"),
    the time a verb of sequence places its subject after ("the selloff followed a
    strong November", ``sequenced``; a date of its object is the object's: "followed a
    surge in September", ``sequence_object``), and a date of what a verb of awaiting in the present
    awaits ("faces an election in May": the election's, ``awaited_ahead``) and of the
    cause an awaited answer answers ("faces charges over a spill in March": the spill's,
    ``cause_answered``), the date that names what an act recalls ("revives a 2016
    proposal", ``recalling_verbs``) and the period of what a verb of showing shows
    ("figures showed 30,000 fewer jobs in September", ``shown_by``) belong to no act
    above it. A date of a thing's term (``of_date``; "a dividend, payable Jan. 15",
    ``term_of``) is the term word's when it is an event word, else the thing's when that
    is one ("a fare increase effective Monday"), and no act's ("declared a dividend").
    """
    w = words()
    term = term_of(token) if of_date else None
    if term is not None:
        if term.i in triggers:
            return term.i
        thing = described(term)
        return thing.i if thing is not None and thing.i in triggers else None
    started = span_start_event(token)
    if started is not None and started.i in triggers:
        return started.i  # "their biggest gain since the crash in March": the crash's
    if sequenced(token):
        return None  # "the selloff followed a strong November": placed after it
    placed = sequence_object(token)
    if placed is not None:
        # "the decline followed a surge in September": the surge's, not the decline's
        return placed.i if placed.i in triggers else None
    cause = cause_answered(token)
    if cause is not None:
        # "faces charges over a spill in March": the spill's; neither the facing nor the
        # charges take part
        return cause.i if cause.i in triggers else None
    awaited = awaited_ahead(token)
    if awaited is not None and not (awaited.pos_ == "PROPN" and awaited.i not in triggers):
        # "the party faces an election in May": the election's, the facing takes no part;
        # a name faced is an opponent ("Brannock face Corlin on Wednesday"): the facing
        # is the match, and the date its own.
        return awaited.i if awaited.i in triggers else None
    current: Token | None = token
    while current is not None:
        shown = shown_by(current, token)
        if shown is not None:
            # "figures showed a drop in sales in August": the drop's month, wherever the
            # parse hangs it; what no event word names keeps it from the verb too
            return shown.i if shown.i in triggers else None
        if current.i in triggers and not _dated_elsewhere(current, token):
            taker = _taker_of(current, token)
            return taker.i if taker is not None and taker.i in triggers else current.i
        if current.dep_ in _PLAN_DATES and current.ent_type_ in _DATE_ENTS:
            plan = current.head
            if plan.i not in triggers and plan.lower_ in w.outlook_nouns:
                return None  # "up from an August estimate": the estimate's date, no act's
            if (
                current.dep_ == "poss"
                and plan.i not in triggers
                and (_aimed_at(plan) or awaited_day(current))
            ):
                return None  # "braced for Friday's jobs report": the report's day
            if plan.i not in triggers and names_the_recalled(current):
                return None  # "revives a 2016 proposal": the proposal's year
        if current.pos_ in {"VERB", "AUX"}:
            if _lemma(current) in w.reporting:
                return _reported_period(token, current, triggers)
            carried = [
                c.i
                for c in current.children
                if c.i in triggers and c.dep_ in _SUBJECTS | _PASSIVE_SUBJECTS | _OBJECTS
            ]
            if carried:
                return carried[0]
            # "the notes will be due on March 1", "there was a fire on Monday": the copula
            # hands its date to the state or to the event it says there was.
            state = next(
                (c.i for c in current.children if c.i in triggers and c.dep_ in _COPULA_LINKS),
                None,
            )
            if state is not None and _lemma(current) in w.copulas:
                return state
        current = None if current.head.i == current.i else current.head
    return None
