"""When each event happened: its time, where that time comes from, and past / ongoing / future.

Two steps, as the data allows:

- per sentence, from the parse (``time_cues``): the dates that are the event's own (a date
  in its clause or its temporal modifier: rule 1), the dates it takes from the event that
  governs it (a participle, infinitive, complement, coordinated verb or a noun's verb:
  rule 2), its tense and aspect, and whether it is an event with no time of its own
  (generic, habitual, negated and hypothetical, placed only relative to another event:
  rule 5);
- per document, in sentence order (``assign_times``): the time itself, from the own or
  inherited date ("sentence"), else the temporal focus, the last date that set the scene
  in an earlier sentence (across paragraphs, as HeidelTime's news strategy), until another
  date or a change of tense, while the tense agrees ("context", rule 3), else the
  publication date for the present perfect, the present progressive and a present-tense
  headline ("publication", rule 4); and ``when`` relative to the publication date.

The word lists are data (``models/events/time.json``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Mapping, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Any

from spacy.tokens import Doc, Token

from briefx.dates.calendar import Point, add_months, bounds, fmt, parse_value, whole_length
from briefx.dates.find import closes_a_period
from briefx.dates.lexicon import context_words, lexicon, misread_past, past_beside_a_carried_verb
from briefx.dates.tense import (
    awaits,
    bare_infinitive,
    bare_present,
    cause_answered,
    looks_back,
    names_a_time,
    report_day_of,
    sequence_object,
    span_start_event,
)
from briefx.events.words import (
    event_kind,
    is_finite,
    is_stance,
    names_the_recalled,
    only_relates,
    phase_to_come,
    points_back,
    prevented_by,
    reports_a_thing,
    sequenced,
    shown_by,
    split_head,
    term_of,
    words,
)
from briefx.extensions import text_of
from briefx.resources import load_json
from briefx.schema import EventTime
from briefx.text import ends_without_a_stop
from briefx.text.numwords import number_words

# Dates an event can happen within: a calendar date or time, not a duration or a set.
_CALENDAR_TYPES = frozenset({"DATE", "TIME"})
# Mods that put the event outside the date rather than within it.
_OUTSIDE_MODS = frozenset(
    {"BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER", "LESS_THAN", "MORE_THAN"}
)
# Some time before or after a date just named ("weeks later"): no day of its own.
_SOME_TIME_APART = frozenset({"BEFORE", "AFTER"})
# How far up the parse an event looks for the event it inherits a date from.
_MAX_CLIMB = 8


@dataclass(frozen=True)
class _TimeWords:
    future_aux: frozenset[str]
    perfect_aux: frozenset[str]
    past_perfect_aux: frozenset[str]
    present_be: frozenset[str]
    past_be: frozenset[str]
    past_do: frozenset[str]
    present_do: frozenset[str]
    modal_aux: frozenset[str]
    habitual: frozenset[str]
    conditional_marks: frozenset[str]
    relative_marks: frozenset[str]
    not_within: frozenset[str]
    inherit_links: frozenset[str]
    generic_determiners: frozenset[str]
    habitual_determiners: frozenset[str]
    range_openers: frozenset[str]
    comparisons: frozenset[str]
    comparison_dates: frozenset[str]
    earlier_marks: frozenset[str]  # "the level of a year earlier": a base of comparison
    comparisons_back: frozenset[str]  # "against $75 million a year earlier"
    when_marks: frozenset[str]
    pointing_determiners: frozenset[str]  # read by events.words.points_back
    audience_verbs: frozenset[str]
    market_moves: frozenset[str]
    deadline_preps: frozenset[str]
    new_words: frozenset[str]  # read by events.words.points_back
    period_preps: frozenset[str]
    quote_marks: frozenset[str]
    quote_opening: frozenset[str]
    quote_closing: frozenset[str]
    scene_bounds: frozenset[str]
    judging: frozenset[str]
    elapsed_units: frozenset[str]
    judged_preps: frozenset[str]
    present_states: frozenset[str]
    evidence_verbs: frozenset[str]
    within_preps: frozenset[str]
    long_spans: frozenset[str]
    reacting: frozenset[str]
    taking_up: frozenset[str]
    reacting_preps: frozenset[str]
    inquiry_nouns: frozenset[str]  # "an investigation into the fire": the fire came before
    inquiry_preps: frozenset[str]
    presence_preps: frozenset[str]
    audiences: frozenset[str]
    occasion_preps: frozenset[str]
    period_ends: frozenset[str]
    day_edges: frozenset[str]  # "before dawn on Wednesday": on Wednesday
    aim_preps: frozenset[str]  # "braced for Friday's jobs report": the report's day
    during_marks: frozenset[str]  # "skidded while landing on Saturday": on Saturday
    near_marks: frozenset[str]  # "shortly after 8 a.m. Thursday": on Thursday
    outlook_nouns: frozenset[str]
    meeting_verbs: frozenset[str]
    passage_preps: frozenset[str]
    epistemic_modals: frozenset[str]
    aftermath_nouns: frozenset[str]
    speaker_days: frozenset[str]
    consequences: frozenset[str]
    running_totals: frozenset[str]
    span_starts: frozenset[str]
    stretch_words: frozenset[str]  # "over the past 12 months": throughout the stretch
    sequence_verbs: frozenset[str]  # "a freeze that followed a clash": the clash before
    sequence_after: frozenset[str]  # read by dates.tense.sequence_object ("follows a fire")
    stretches_to_now: frozenset[str]  # "over the past month": no scene
    long_events: frozenset[str]  # "damaged during the war": some time in the war
    long_event_preps: frozenset[str]
    place_clause_marks: frozenset[str]  # "in Amaro, where ... in August": no scene
    untold_periods: frozenset[str]
    person_relatives: frozenset[str]  # "a man who robbed three banks": an earlier act
    apart_marks: frozenset[str]  # "the win came three days after ...": apart from the news
    scene_phases: frozenset[str]  # "scored after the break": in the scene's day
    recalling_verbs: frozenset[str]  # read by events.words (owner, _taking_part below)
    possibility_modals: frozenset[str]  # "Talks may take weeks": no scene gone by
    ability_modals: frozenset[str]  # "Residents can return home": at publication
    outcome_modals: frozenset[str]  # "The merger would create a giant": no scene gone by
    now_adverbs: frozenset[str]  # "traders now see a cut as less likely": at publication
    occasion_nouns: frozenset[str]  # "told a news conference": when the telling was
    conditional_inversions: frozenset[str]  # "Should the levee break": a condition
    counted_back_marks: frozenset[str]  # "a day after talks collapsed": a day before
    counted_ahead_marks: frozenset[str]  # "two days before the vote": two days after
    day_before_phrases: frozenset[str]  # "on the eve of the vote on Sunday": Saturday
    day_after_phrases: frozenset[str]  # "on the day after the vote on Sunday": Monday
    traded_nouns: frozenset[str]  # "Its shares rose 7.5%": on the day the story told
    day_preps: frozenset[str]  # "its first voyage since the summer on Tuesday": Tuesday
    origin_verbs: frozenset[str]  # "The bank was founded in 1882": its history, no scene
    origin_intransitive: frozenset[str]  # "The plant opened in 1974"
    told_subjects: frozenset[str]  # "It was their first meeting": the event told
    expecting_now: frozenset[str]  # "Markets expect a cut in June": the cut's June
    awaiting_preps: frozenset[str]  # "closed before the marathon on Sunday"
    awaiting_adverbs: frozenset[str]  # "ahead of a derby on Sunday", "prior to the vote"
    run_up_nouns: frozenset[str]  # "the run-up to a vote in May"
    retelling_nouns: frozenset[str]  # "Bond yields rose after the announcement"
    plan_act_nouns: frozenset[str]  # "will publish new rules next week. The move ..."
    occasion_participles: frozenset[str]  # "backed the mayor in a poll taken in October"
    backshift_modals: frozenset[str]  # "said it would stay shut until crews repaired it"
    term_words: frozenset[str]  # read by events.words.term_of ("payable Jan. 15")
    release_verbs: frozenset[str]  # "The audit, published on Nov. 4, found": Nov. 4
    priced_nouns: frozenset[str]  # "Oil prices rose 3% after the attack": the attack's day
    noun_date_preps: frozenset[str]  # "a blaze in May 2019 that destroyed 40 homes"
    figure_moves: frozenset[str]  # "Inflation slowed in November. The board discussed ..."
    another_words: frozenset[str]  # "Two more men were arrested after a raid"


@cache
def time_words() -> _TimeWords:
    """The word lists of ``models/events/time.json`` (loaded once)."""
    data = load_json("events/time.json")
    return _TimeWords(**{k: frozenset(v) for k, v in data.items() if not k.startswith("_")})


# Not frozen: one is made for every event word of every sentence, and a frozen dataclass
# sets its 24 fields four times slower. Nothing changes one once made (``replace`` and
# ``moved`` make new ones).
@dataclass(slots=True)
class TimeCues:
    """What the parse says about an event's time, before the document is put together.

    Attributes:
        own: indices of the sentence's dates the event happened within (rule 1), finest
            first; local to the Doc like every date index of a ``FrameDraft``.
        inherited: the dates of the event that governs it (rule 2).
        nearby: for an event of the sentence's main line with neither, the sentence's
            dates that no reporting verb holds, nearest first (the parse attached them
            elsewhere: "voted to back the plan Friday").
        tense: past, present, perfect (present perfect), progressive (present
            progressive), future, modal (would, could...) or none: of the event's own
            verb chain, else of its sentence's main verb.
        timeless: why the event has no time (generic, habitual, hypothetical, relative;
            negated: a plan called off, which keeps only a date of its own), or None.
        verbal: the tense is the event's own (its verb, or the verb that carries it).
        main: the event is its sentence's main verb (or one coordinated with it).
        aside: its own or inherited date is one of comparison ("compared with a loss a
            year earlier", "than in 2020"): the event's time, not the scene's.
        only_aside: every calendar date of the event's sentence is one of comparison:
            the sentence still lies in the paragraph's scene.
        compared: the sentence's dates of comparison ("down from $243 million a year
            earlier"): none of them sets the scene.
        reported: a date of the event's sentence is a reporting verb's ("said on
            Monday"): what the sentence tells is of that report, not of an earlier scene.
        state: a state of mind or an intention ("wants", "knew", "plans"): told in the
            simple present, it holds at publication.
        before: an event noun that a verb reacts to ("condemned the attack"): it came
            before the reaction, which lends it no date (``reacting``).
        current: a state of affairs told in the simple present ("remains in custody",
            "faces three lawsuits", "a survey shows"), what can be done ("Residents can
            return home"; ``ability_modals``), or any present told as now ("the two sides
            now blame each other"; ``now_adverbs``): it holds at publication.
        quoted: the event is inside a quotation ("'This has gone too far,' she said"), or
            is itself a report of words (a speech act: "officials have warned of more
            rain"): the speaker's present perfect is no news of now that ends the told
            scene (read only for a main present perfect or progressive).
        bounded: the sentence's dates that bound a span it tells ("since her surgery in
            March", "until the flood in 2021"): they set no scene for what follows.
        looks_back: the sentence's dates of a past perfect that a report tells ("parents
            said staff had complained in September"): lying wholly before the scene told
            so far, they set no scene for what follows.
        report: the date of the report that tells the event ("six people died, police
            said on Monday": Monday), when the event is what a dated report says, not an
            act beside it ("said on Monday ... and fired him").
        continuing: a present perfect that runs from a bound to now ("has been missing
            since Sunday"): ongoing, and reaching back into the told scene it does not end.
        relative: the event is in a relative clause ("Okafor, who joined in January,
            scored"), or is a noun that clause dates ("the treaty, which expired in May"):
            its date tells of the noun, and sets no scene for what follows (read only for
            an event with a date of its sentence).
        spans_from: the sentence's dates in a clause opened by "since" or "until" ("its
            best day since the crisis erupted in 2020"): beside a main event with a date of
            its own they set no scene.
        later: a modal that a past report looks ahead with ("the lawyer said he would
            appeal"): after the report, so no scene that is not to come holds it.
        name: the event word's lemma, under which a later mention finds it ("the ruling");
            a noun's verb when the two are spelt apart ("the explosion": explode).
        points_back: an event noun with no date of its own that names again an event the
            story told ("the ruling", "this attack", "its merger"): it takes that time.
        kind: the name's kind (``event_kind``: "deal" and "agree" are one), under which a
            noun that points back finds an event told by another word of the kind
            ("agreed on Thursday ... the deal").
        leads: an event noun that is the subject of its sentence's main verb ("Quake kills
            23"): in a headline it happened with the verb.
        participle: a participle clause of a verb, with no auxiliary of its own ("Floods
            sweep the north, killing nine"): in a headline it happened with the verb.
        relates: an event noun that a verb of no event of its own places relative to
            another ("The win came three days after ..."), or that a copula says the
            story's "it" is ("It was their first meeting"): the sentence's news, told in
            that verb's tense, it lies in the scene as a verb would.
        judged: the act a judgment is about ("convicted on Monday of taking bribes in
            2019"): the story goes on with the judgment, so its date sets no scene.
        may: told with a modal of what may, can, would or should be, never of a past
            ("Talks may take weeks", "Residents can return home", "The merger would
            create a giant"; ``possibility_modals``, ``ability_modals``,
            ``outcome_modals``): it takes no scene gone by ("could" is also the past of
            "can": "rescuers could hear voices").
        with_its_verb: an event with no verb of its own to take a time from that lies
            where the verb it hangs on does: a noun that names the occasion its verb was
            told or done at ("told a news conference", "said in an interview",
            ``occasion_nouns``), or a participle clause of a report ("Speaking to
            analysts, she said"). Told in that verb's tense, it lies in the scene as the
            verb would.
        word: the event word's index in its Doc (the events of a sentence compare by it).
        governor: for a participle clause of another event ("It flattened a village,
            killing 14"), that event's ``word``: with no time of its own the clause takes
            the one its verb took from the scene.
        counted: for an event a length before or after another ("walked out on Tuesday,
            a day after talks collapsed"; "will sail on the day after the ceremony on
            March 14"), the other's ``word``, the length (TIMEX3: "P1D") and -1 (the event
            came before the other) or 1 (after): with no date of its own it lies that
            length from the other's time (``counted_back_marks``, ``day_after_phrases``).
        counts_to: the same for an event with a date of its own ("began a day after
            talks collapsed on Monday": the collapse): the other, with no date of its own,
            lies that length from this event's time.
        shift: days from its own date to the event's: -1 for an act on the eve of an
            event the date names ("erupted on the eve of the election on Sunday": the
            parse gives the act the election's Sunday), 1 on the day after, else 0.
        traded: the event's subject is a thing traded on a day ("Its shares rose 7.5%",
            ``traded_nouns``): a move of it with no date of its own lies on the last day
            the story told, not in a longer period the story's scene is.
        priced: the event is a move of the market (``market_moves``) whose subject has a
            price: a thing traded, a commodity or a currency (``traded_nouns``,
            ``priced_nouns``: "Gold rose", "The dollar weakened"), or a firm by its name
            ("Harlan Industries rose 1 1/4"): told after a move told on a day, it lies on
            that trading day, whatever coarser scene a company's news named.
        subject_of: for an event noun that is the subject of a verb, in any clause
            ("Stewards said the match passed without trouble"), that verb's ``word``;
            else -1 (``leads`` tells the main verb's subject only).
        origin: a past act with a date of its own that tells how a thing or a person came
            to be ("The bank was founded in 1882", ``origin_verbs``): told long before
            publication, it is the thing's history and sets no scene.
        after_cause: placed only by an "after" or "before" phrase or clause and no other
            span ("Oil rose 2% after a pipeline outage", ``apart_marks``): a move of the
            market so placed is the trading day's.
        cause: for ``after_cause``, the ``word`` of the event the "after" phrase or clause
            names ("rose 6% after the launch": the launch), when it is one: a move of the
            market with no trading day told takes that event's time.
        stretches: the sentence's dates that end a length told right before them ("grew
            0.3% in the three months to September", "the year ended June 30"), each with
            the stretch's first day: an event within such a date happened over the stretch
            (its time's range starts there).
        described: an event noun a copula describes ("The trip is his first abroad",
            "The meeting is their first since the war"): named again, it takes the time of
            the event told, whatever the copula's tense.
        phase: ``inherited`` is the date of the phase a verb of beginning or ending
            starts ("began to recede on Wednesday"): the verb's own, kept when an "after"
            clause places it too ("began to recede on Wednesday, a week after the rain").
        retells: an event noun that points back and names the story's news whatever word
            told it ("Bond yields rose after the announcement", "condemned the move";
            ``retelling_nouns``, ``_retells``): with no earlier event of its name or kind
            and no time from the scene, it is the story's lead, the first act told as
            done with a date of its sentence (else the first dated report); so is one a
            verb reacts to or that a verb of relating places, over a scene a look back
            or an outlook set ("It cut jobs in June. Unions criticised the decision").
        reacted_by: for an event noun a verb reacts to (``before``), that verb's
            ``word``: a reaction to the story's lead named again lies at the lead.
        speech: a speech act told in the past with no date of its own ("The minister
            urged both sides to talk", ``speech_acts``): a scene that a look back set before
            the story's lead is not its time; the lead's is.
        figure: the event tells a figure: a move of what a common noun counts ("Sales
            fell 4%", "Inflation slowed"; ``market_moves``, ``figure_moves``), or a verb of
            results ("It earned $40 million"; ``result_verbs``): a period it is told over
            is the figures', not the day of the story's acts.
        another: an act placed after another event (``after_cause``) told as another of
            its kind ("Two more men were arrested after a raid", "was arrested again";
            ``another_words``): it is no act the story told before, told again.
    """

    own: tuple[int, ...] = ()
    inherited: tuple[int, ...] = ()
    nearby: tuple[int, ...] = ()
    tense: str = "none"
    timeless: str | None = None
    verbal: bool = False
    main: bool = False
    aside: bool = False
    only_aside: bool = False
    compared: tuple[int, ...] = ()
    reported: bool = False
    state: bool = False
    current: bool = False
    before: bool = False
    quoted: bool = False
    bounded: tuple[int, ...] = ()
    looks_back: tuple[int, ...] = ()
    report: tuple[int, ...] = ()
    later: bool = False
    continuing: bool = False
    relative: bool = False
    spans_from: tuple[int, ...] = ()
    name: str = ""
    kind: str = ""
    points_back: bool = False
    leads: bool = False
    participle: bool = False
    relates: bool = False
    may: bool = False
    judged: bool = False
    with_its_verb: bool = False
    word: int = -1
    governor: int | None = None
    counted: tuple[int, str, int] | None = None
    counts_to: tuple[int, str, int] | None = None
    shift: int = 0
    traded: bool = False
    priced: bool = False
    subject_of: int = -1
    origin: bool = False
    phase: bool = False
    described: bool = False
    retells: bool = False
    reacted_by: int = -1
    speech: bool = False
    after_cause: bool = False
    cause: int | None = None
    stretches: tuple[tuple[int, str], ...] = ()
    figure: bool = False
    another: bool = False

    def moved(self, first_date: int) -> TimeCues:
        """The cues with date indices moved by ``first_date`` (a piece's first date)."""
        if not first_date:
            return self
        return replace(
            self,
            own=tuple(i + first_date for i in self.own),
            inherited=tuple(i + first_date for i in self.inherited),
            nearby=tuple(i + first_date for i in self.nearby),
            bounded=tuple(i + first_date for i in self.bounded),
            looks_back=tuple(i + first_date for i in self.looks_back),
            compared=tuple(i + first_date for i in self.compared),
            report=tuple(i + first_date for i in self.report),
            spans_from=tuple(i + first_date for i in self.spans_from),
            stretches=tuple((i + first_date, day) for i, day in self.stretches),
        )


# --- per sentence, from the parse -------------------------------------------------------


def _lower(token: Token) -> str:
    return token.lower_


class _Children:
    """The children of the words of the Doc one ``time_cues`` call reads, each word's
    listed once: its rules walk the same words' children many times over (``_children``).
    """

    __slots__ = ("doc", "of")

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.of: dict[int, tuple[Token, ...]] = {}


# The children listed so far in the running ``time_cues`` call (a context variable: each
# thread reads its own).
_LISTED: ContextVar[_Children | None] = ContextVar("_LISTED", default=None)


def _children(token: Token) -> Sequence[Token]:
    """``token.children``, listed once per ``time_cues`` call (``_Children``)."""
    listed = _LISTED.get()
    if listed is None or listed.doc is not token.doc:
        return tuple(token.children)
    kids = listed.of.get(token.i)
    if kids is None:
        kids = listed.of[token.i] = tuple(token.children)
    return kids


def verb_tense(token: Token, memo: dict[int, str] | None = None) -> str:
    """The tense and aspect of a verb from its auxiliaries and its tag.

    "has closed" perfect, "is closing" progressive, "will close" future, "closed" past,
    "to have closed" past, "closes" present, "would close" modal; "closing" / "to close"
    alone: none. ``memo`` keeps each verb's tense by its index, for the other rules that
    read it in the same sentence (``time_cues``).
    """
    if memo is not None:
        found = memo.get(token.i)
        if found is None:
            found = memo[token.i] = verb_tense(token)
        return found
    w = time_words()
    # Auxiliaries come before their verb ("has closed", "will the talks resume").
    lefts = list(token.lefts) if token.n_lefts else []
    auxes = [c for c in lefts if c.dep_ in {"aux", "auxpass"}]
    tag = token.tag_
    if not auxes:  # most event words: the tag alone tells
        if tag in {"VBD", "VBN"} and _joined_to_a_perfect(token):
            return "perfect"  # "has burned 6,000 hectares and forced 3,500 from home"
        if misread_past(token):
            return "past"  # "Troops retook a village": a past form the tagger missed
        if bare_present(token):
            return "present"  # "Lions attack": the tagger's base form with a subject
        return _TAG_TENSES.get(tag, "none")
    forms = [_lower(a) for a in auxes]
    if any(f in w.future_aux for f in forms) or ("going" in forms and tag == "VB"):
        return "future"
    if "to" in forms and "have" in forms and tag == "VBN":
        return "past"  # a perfect infinitive: "is believed to have started"
    if any(f in w.modal_aux for f in forms):
        # "may have attacked", "would have closed": a modal perfect lies in the past.
        return "past" if tag == "VBN" and "have" in forms else "modal"
    for aux, form in zip(auxes, forms, strict=True):
        if aux.dep_ == "aux" and aux.lemma_.lower() == "have":
            if form in w.past_perfect_aux:
                return "past"
            if form in w.perfect_aux:
                return "perfect"
    being = "being" in forms  # a passive progressive: "residents are being urged to leave"
    for aux, form in zip(auxes, forms, strict=True):
        if aux.lemma_.lower() == "be" or form in w.present_be or form in w.past_be:
            if form in w.past_be:
                return "past"
            if form in w.present_be and form != "be":
                return "progressive" if tag == "VBG" or being else "present"
        if form in w.past_do:
            return "past"
        if form in w.present_do:
            return "present"
    return _TAG_TENSES.get(tag, "none")


def _joined_to_a_perfect(verb: Token) -> bool:
    """``verb`` is joined to a present perfect and shares its auxiliary, with no subject of
    its own: "forced" in "The fire has burned 6,000 hectares and forced 3,500 people from
    their homes" (the tagger reads it as a simple past); not "and rescuers reached", nor a
    clause the parse joined to it with no "and" ("has been under pressure since bidders
    surfaced"). ``verb`` has no auxiliary of its own (``verb_tense``)."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and head.i < verb.i
        and head.pos_ in {"VERB", "AUX"}
        and not any(c.dep_ in {"nsubj", "nsubjpass", "expl", "mark"} for c in verb.children)
        and any(c.dep_ == "cc" and head.i < c.i < verb.i for c in (*head.children, *verb.children))
        and verb_tense(head) == "perfect"
    )


# The tense a verb's tag tells when no auxiliary does ("closed", "closes", "close").
_TAG_TENSES = {"VBD": "past", "VBZ": "present", "VBP": "present"}


def tense(
    token: Token,
    modality: str = "actual",
    root: Token | None = None,
    *,
    memo: dict[int, str] | None = None,
) -> tuple[str, bool]:
    """The tense of an event word, and whether it is the event's own verb's.

    "arrested and charged": charged takes arrested's; "began to arrive": arrive takes
    began's (an infinitive of intention, "plans to visit", does not: its modality tells);
    "the talks were held": talks takes were held's (a verb that only carries the noun).
    Anything else takes the tense of the nearest verb above it that has one, else of its
    sentence's main verb, as not its own: "the war" in "ending the war is the priority" is
    present only in that sense; "the attack" in "staff who survived the attack will be
    paid" is past. ``memo`` keeps each verb's tense for the other events of the sentence
    (they share verbs and root).
    """
    w = words()
    known: dict[int, str] = {} if memo is None else memo
    current = token
    for _ in range(_MAX_CLIMB):
        if current.pos_ in {"VERB", "AUX"}:
            found = verb_tense(current, known)
            if found != "none":
                return found, True
        dep = current.dep_
        head = current.head
        if head.i == current.i:
            break
        if dep in {"nsubj", "nsubjpass", "dobj"}:
            carrier = head.lemma_.lower()
            if current.pos_ not in {"NOUN", "PROPN"} or not (
                carrier in w.support or carrier in w.not_events
            ):
                break
        elif dep == "xcomp":
            if modality != "actual":
                break
        elif dep not in {"conj", "acomp"}:
            break
        current = head
    if root is None:
        # The head chain ends at the root of the token's sentence (``token.sent`` would
        # scan the Doc for sentence starts); a verb with a tense on the way is the clause's
        # ("staff who survived the attack will receive compensation": the attack is past).
        root = current
        for _ in range(len(token.doc)):
            if (
                root.i != token.i
                and root.pos_ in {"VERB", "AUX"}
                and verb_tense(root, known) != "none"
            ):
                return verb_tense(root, known), False
            up = root.head
            if up.i == root.i:
                break
            root = up
    if root is not None and root.pos_ in {"VERB", "AUX"}:
        return verb_tense(root, known), False
    return "none", False


def _clause(token: Token) -> list[Token]:
    """The event word and the words it shares its clause's cues with."""
    out = [token]
    current = token
    while current.dep_ in {"xcomp", "conj"} and current.head.i != current.i:
        current = current.head
        out.append(current)
    return out


def _present_passive(token: Token, w: _TimeWords) -> bool:
    """A passive in the simple present: "the road is closed", "two climbers are trapped"
    (a state of affairs); not "is being repaired" (progressive) nor "will be closed"."""
    if token.tag_ != "VBN":
        return False
    auxes = [c for c in _children(token) if c.dep_ in {"aux", "auxpass"}]
    return len(auxes) == 1 and auxes[0].dep_ == "auxpass" and _lower(auxes[0]) in w.present_be


def _counted(noun: Token) -> bool:
    """A plural with a number: "two climbers", "hundreds of homes", "dozens of cars"."""
    words = number_words()
    lemma = noun.lemma_.lower()
    return (
        any(c.dep_ == "nummod" for c in _children(noun))
        or lemma in words.cardinals
        or lemma in words.multipliers
    )


def _is_generic(token: Token, found: str) -> bool:
    """A present-tense statement about a kind: "Volcanoes erupt", "A dog barks"."""
    if found != "present":
        return False
    w = time_words()
    if token.lemma_.lower() in w.evidence_verbs:
        return False  # "a survey shows", "figures show": one source's evidence, of now
    for link in _clause(token):
        for child in _children(link):
            if child.dep_ not in {"nsubj", "nsubjpass"} or child.pos_ != "NOUN":
                continue
            dets = [c for c in _children(child) if c.dep_ == "det"]
            if any(c.dep_ == "poss" for c in _children(child)):
                return False  # "our data shows", "its shares trade": of someone named
            if not dets:
                # "Dogs bark"; not "two climbers are trapped", "hundreds of homes".
                return child.tag_ == "NNS" and not _counted(child)
            return all(_lower(d) in w.generic_determiners for d in dets)
    return False


def _told_in_clause(token: Token, own: Mapping[int, tuple[int, ...]]) -> tuple[int, ...]:
    """The own dates of a clause that tells when an event noun happened: a relative clause
    or participle whose verb the noun does ("the quake that struck on Sunday", "the storm
    sweeping the coast on Monday"), whose verb carries or begins it ("the merger, which
    was completed in June", "the talks held on Sunday"), or whose verb, told of the noun
    in the passive, makes it (``making_verbs``: "the accord struck in March", "the deal,
    which was signed on Monday"); else ()."""
    w = words()
    for clause in _children(token):
        if clause.dep_ not in {"relcl", "acl"} or clause.i not in own:
            continue
        lemma = clause.lemma_.lower()
        if lemma in w.support or lemma in w.aspectual:
            return own[clause.i]
        kids = _children(clause)
        if clause.dep_ == "acl":
            does = clause.tag_ == "VBG"  # "the storm sweeping the coast"
            done = clause.tag_ == "VBN"  # "the accord struck in March"
        else:  # with a relative pronoun for its subject: "that struck", "which was signed"
            relative = [c for c in kids if c.tag_ in {"WDT", "WP"}]
            passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in kids)
            does = not passive and any(c.dep_ == "nsubj" for c in relative)
            done = passive and any(c.dep_ == "nsubjpass" for c in relative)
        if does or (done and lemma in w.making):
            return own[clause.i]
    return ()


def _carried_by_a_habit(token: Token, w: _TimeWords) -> bool:
    """An event noun that is the subject or object of a verb told as a habit ("usually
    holds its annual meeting in May", "the race is usually run in late October", "holds a
    conference in March every year"): the noun's date recurs."""
    if token.pos_ not in {"NOUN", "PROPN"} or token.dep_ not in _CARRIED:
        return False
    verb = token.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    chain = [verb]
    # Up "to" clauses, and coordination in one tense: "usually meet in March, but this
    # year held talks in May" is a habit, then a time.
    while chain[-1].dep_ in {"xcomp", "conj"} and chain[-1].head.i != chain[-1].i:
        link = chain[-1]
        if link.dep_ == "conj" and link.tag_ != link.head.tag_:
            break
        chain.append(link.head)
    return any(_marks_a_habit(c, w) for link in chain for c in _children(link))


# The links of an event word's children that ``timeless`` reads: habits, auxiliaries,
# prepositions and clauses that place it relative to another event.
_TIMELESS_LINKS = frozenset({"advmod", "npadvmod", "prep", "aux", "auxpass", "advcl"})

# The links of a verb's child that can make it a habit ("usually", "every Friday", "on
# each visit"): ``_marks_a_habit`` reads no other.
_HABIT_LINKS = frozenset({"advmod", "npadvmod", "prep"})

# How an event noun hangs on the verb that carries it ("held talks", "the race is run").
_CARRIED = frozenset({"dobj", "nsubj", "nsubjpass"})


def _marks_a_habit(child: Token, w: _TimeWords) -> bool:
    """A verb's child that makes it a habit: "usually", "every Friday", "on each visit",
    "on Mondays"."""
    dep = child.dep_
    if dep == "advmod":
        return _lower(child) in w.habitual
    if dep == "npadvmod":
        noun = child
    elif dep == "prep":
        # The time a preposition names is its object; one without an object names none.
        for noun in _children(child):
            if noun.dep_ == "pobj":
                break
        else:
            return False
    else:
        return False
    return _recurring(noun) or _every(noun, w, bare=noun is child)


def _recurring(noun: Token) -> bool:
    """A time named in the plural, which recurs: "(on) Mondays", "(at) weekends", "closed
    in the evenings"; not a length of time ("for weeks", "for three nights")."""
    return noun.lower_ in _recurring_nouns() and not any(
        c.dep_ == "nummod" for c in _children(noun)
    )


@cache
def _recurring_nouns() -> frozenset[str]:
    """Weekdays, parts of the day, weekends and seasons in the plural ("Mondays",
    "evenings", "winters"; ``models/dates``), leaving out abbreviations and the words a
    plural makes another noun of ("falls", "springs")."""
    lex = lexicon()
    days = {word for word in lex.weekdays if word.endswith("day")}
    parts = {word for word in lex.day_parts if word.isalpha() and word != "overnight"}
    seasons = set(lex.seasons) - {"fall", "spring"}
    singular = {w for w in days | parts | seasons | {"weekend"} if not w.endswith("s")}
    return frozenset(f"{word}s" for word in singular)


def _every(noun: Token, w: _TimeWords, *, bare: bool) -> bool:
    """A time that repeats: "every year", "each Monday", "(on) every visit"; not one of
    whom or where it was done to ("wrote to every member", "sent food to each village").
    ``bare``: the noun is the verb's own modifier ("every year"), not a preposition's
    object."""
    # A determiner comes before its noun.
    if not noun.n_lefts or not any(
        c.dep_ == "det" and _lower(c) in w.habitual_determiners for c in noun.lefts
    ):
        return False
    return bare or noun.ent_type_ in {"DATE", "TIME"} or _of_time(noun)


def _of_time(noun: Token) -> bool:
    """A noun of time or of an occasion: "Monday", "evening", "year", "visit", "match"."""
    lower = noun.lower_
    return lower in _time_nouns() or noun.lemma_.lower() in _event_nouns()


@cache
def _time_nouns() -> frozenset[str]:
    """The words of the date lexicon that name a time: units, weekdays, months, parts of
    the day, seasons (``models/dates``)."""
    lex = lexicon()
    return frozenset(
        word
        for group in (lex.units, lex.weekdays, lex.months, lex.day_parts, lex.seasons)
        for word in group
    ) | frozenset(f"{day}s" for day in lex.weekdays)


@cache
def _habit_words() -> frozenset[str]:
    """The words one of which a child of a verb needs for ``_marks_a_habit``: an adverb
    of habit ("usually"), a time named in the plural ("Mondays", ``_recurring``), "every"
    or "each" (``_every``)."""
    w = time_words()
    return w.habitual | _recurring_nouns() | w.habitual_determiners


def _marks(token: Token) -> set[str]:
    return {_lower(c) for c in _children(token) if c.dep_ in {"mark", "advmod"}}


def timeless(
    token: Token, tense_found: str, polarity: str, modality: str, *, habits: bool = True
) -> str | None:
    """Why an event has no time: generic, habitual, hypothetical or relative (or None).

    "Volcanoes erupt" generic; "usually closes" habitual; "if the talks fail",
    "would have closed", "could not close" hypothetical; "resigned after the vote"
    relative (placed before or after another event, not within a time). ``habits``
    False: the sentence names no word of a habit (``_habit_words``), so none is looked
    for.
    """
    w = time_words()
    chain = _clause(token)
    # The event word's own auxiliaries and relative marks are gathered in the same walk
    # over its children as the habitual cues (one walk, not three).
    auxes: set[str] = set()
    relative = conditioned = False
    for link in chain:
        own = link.i == token.i
        for c in _children(link):
            dep = c.dep_
            if dep not in _TIMELESS_LINKS:
                continue
            if habits and dep in _HABIT_LINKS and _marks_a_habit(c, w):
                return "habitual"  # "usually closes", "every Friday", "on each visit"
            if not own:
                continue
            if dep == "aux" or dep == "auxpass":
                auxes.add(_lower(c))
            elif dep == "advcl" and _a_condition(c, w):
                conditioned = True  # "If it bursts, the water could flood the valley"
            elif relative:
                continue  # placed already: only a habit or the auxiliaries still count
            elif dep == "prep":
                lower = _lower(c)
                if lower in w.relative_marks:
                    relative = (
                        _of_an_event(c)
                        and not _close_to_a_clock(c, w)
                        and not _ranks_since(link, c, w)
                    )
                elif lower in w.deadline_preps:
                    # "by Monday afternoon, they had found 17": some time before
                    relative = _of_a_date(c)
                elif lower in w.within_preps:
                    # "within a week, the leader had resigned": some day after
                    relative = _a_long_span(c, w)
            elif dep == "advcl":
                marks = _marks(c)
                relative = (
                    bool(marks & w.relative_marks)
                    and not _bounds_a_total(c, w)
                    # "its first win since the coach was sacked": the record's field
                    and not (marks & w.span_starts and _ranks_a_record(link))
                )
        if link.dep_ in {"advcl", "ccomp"} and _marks(link) & w.conditional_marks:
            return "hypothetical"
    if auxes & w.modal_aux and (conditioned or _marks(token) & w.conditional_marks):
        # What would follow from a condition: "would strike if talks fail"; the parse may
        # hang the "if" on it when it reads the condition's verb as a noun ("If the wind
        # shifts, the ash could reach the capital").
        return "hypothetical"
    if auxes & w.modal_aux and "have" in auxes and token.tag_ == "VBN":
        # "would have closed": what did not happen; not "may have attacked in March",
        # a past that may have been (``epistemic_modals``).
        if not (auxes & w.modal_aux) <= w.epistemic_modals:
            return "hypothetical"
    if polarity == "negative" and auxes & w.modal_aux:
        return "hypothetical"
    if polarity == "negative" and modality != "actual":
        # "will not strike on Friday": a plan called off keeps the date it names, but
        # takes no other ("negated").
        return "negated" if modality == "planned" else "hypothetical"
    if _is_generic(token, tense_found):
        return "generic"
    return "relative" if relative else None


def _ranks_since(noun: Token, prep: Token, w: _TimeWords) -> bool:
    """A "since" phrase of a noun told as a record ("their first meeting since the war",
    "the fourth increase since May"): the span the record ranks within, no event the noun
    is placed after (``span_starts``)."""
    return _lower(prep) in w.span_starts and _ranks_a_record(noun)


def _ranks_a_record(word: Token) -> bool:
    """An event noun told as a record (``_told_as_a_record``), or a verb whose object or
    complement is one ("scored his first goal since August", "posted its biggest gain
    since March"): what "since" opens is the record's field, wherever the parse hangs it."""
    if word.pos_ in {"VERB", "AUX"}:
        return any(
            c.dep_ in {"dobj", "attr", "oprd"} and _told_as_a_record(c) for c in _children(word)
        )
    return _told_as_a_record(word)


def _told_as_a_record(noun: Token) -> bool:
    """An event noun ranked by a superlative or an ordinal ("their heaviest defeat", "the
    fourth increase"): what follows it ("of the season", "since May") is the field it
    ranks within."""
    return noun.pos_ in {"NOUN", "PROPN"} and any(
        c.dep_ == "amod" and (c.tag_ in {"JJS", "RBS"} or c.ent_type_ == "ORDINAL")
        for c in _children(noun)
    )


def _a_condition(clause: Token, w: _TimeWords) -> bool:
    """A clause that conditions the verb it hangs on: opened by one of
    ``conditional_marks`` ("if it bursts", "unless lenders agree", "If elected") or by an
    auxiliary put before its subject (``conditional_inversions``: "Should the levee
    break")."""
    if _marks(clause) & w.conditional_marks:
        return True
    first = clause.left_edge
    return _lower(first) in w.conditional_inversions and (
        first.i == clause.i or (first.dep_ in {"aux", "auxpass"} and first.head.i == clause.i)
    )


def _bounds_a_total(clause: Token, w: _TimeWords) -> bool:
    """A "since" clause that bounds a running total the verb above it names, not that
    verb ("bringing the total since the outbreak began to 1,200")."""
    verb = clause.head
    return "since" in _marks(clause) and any(
        c.dep_ == "dobj" and c.i < clause.i and c.lemma_.lower() in w.running_totals
        for c in _children(verb)
    )


def _a_long_span(prep: Token, w: _TimeWords) -> bool:
    """A preposition whose object is a span of days or more ("within a week", "within
    days"), not of minutes or hours, nor a place or a limit ("within the city limits")."""
    return any(c.dep_ == "pobj" and c.lemma_.lower() in w.long_spans for c in _children(prep))


def _of_a_date(prep: Token) -> bool:
    """A preposition whose object is a date or a time ("by Monday", "by noon")."""
    return any(c.dep_ == "pobj" and c.ent_type_ in {"DATE", "TIME"} for c in _children(prep))


@cache
def _event_nouns() -> frozenset[str]:
    """Every word that names an event as a noun (the lists, the nominals, the results)."""
    w = words()
    return w.nouns | w.nominals | w.result_nouns


def _of_an_event(prep: Token) -> bool:
    """A preposition of time whose object is an event or a time ("after the vote", "before
    dawn", "since 1990"), not a thing or a body ("before tax", "before the committee"), nor
    a span counted from the scene's start ("after 20 minutes", ``elapsed_units``), nor a
    phase of the scene's own day ("after the break", "before the close", ``scene_phases``).
    """
    pobj = next((c for c in _children(prep) if c.dep_ in {"pobj", "pcomp"}), None)
    if pobj is None or pobj.dep_ == "pcomp" or pobj.pos_ not in {"NOUN", "PROPN"}:
        return True
    if pobj.lower_ in time_words().scene_phases and not any(
        c.dep_ == "prep" for c in _children(pobj)
    ):
        return False  # "scored after the break"; not "after the break in talks"
    if pobj.lemma_.lower() in time_words().elapsed_units and any(
        c.dep_ in {"nummod", "det", "amod"} and c.lower_ != "the" for c in _children(pobj)
    ):
        return False  # "scored after 20 minutes": a span from the start of the scene
    known = _event_nouns()
    return any(
        t.ent_type_ in {"DATE", "TIME"}
        or t.pos_ in {"VERB", "AUX"}
        or t.lemma_.lower() in known
        or t.lower_ in known
        for t in pobj.subtree  # "after the central bank cut rates", read as a noun phrase
    )


def _calendar(type_: str | None, range_: Any, value: str | None, mod: str | None) -> bool:
    """A date an event can happen within: calendar (DATE / TIME with days), not "before"."""
    return (
        type_ in _CALENDAR_TYPES
        and range_ is not None
        and value is not None
        and mod not in _OUTSIDE_MODS
    )


def _usable(record: Mapping[str, Any]) -> bool:
    return _calendar(
        record.get("type"), record.get("range"), record.get("value"), record.get("mod")
    )


def spans(record: Mapping[str, Any]) -> bool:
    """A date written as a range of two ("May to July", "2019 and 2021" after "between"):
    its days run past the end of its value's own unit (``2025-05`` up to July 31)."""
    days = record.get("range")
    return days is not None and _runs_past(record.get("value") or "", str(days[1]))


@lru_cache(maxsize=4096)
def _runs_past(value: str, last_day: str) -> bool:
    """``last_day`` lies after the end of ``value``'s own unit (the same dates recur in every
    sentence of a document: parsed once)."""
    point = parse_value(value)
    return point is not None and last_day > bounds(point)[1].isoformat()


def _compared(root: Token, w: _TimeWords, marks: frozenset[str] | None = None) -> bool:
    """A date of comparison: "compared with", "from" or "than" on the way up from it to
    its sentence's root ("up from a loss a year earlier"); or one of ``marks``."""
    marks = w.comparisons if marks is None else marks
    current = root
    for _ in range(_MAX_CLIMB):
        if current.n_lefts and any(
            c.dep_ in {"prep", "case", "mark"} and _lower(c) in marks for c in current.lefts
        ):
            return True
        head = current.head
        if head.i == current.i:
            return False
        if _lower(head) in marks:
            # not the "from" of an act prevented: "prevented the ferry from sailing"
            return current.dep_ != "pcomp" or prevented_by(current) is None
        current = head
    return False


def _bounding_clause(root: Token, w: _TimeWords) -> Token | None:
    """The clause a date is in when "since" or "until" opens it ("its best day since the
    crisis erupted in 2020", "the total since the outbreak began in early October"): the
    clause bounds a span. None for a date of any other clause."""
    current = root
    for _ in range(_MAX_CLIMB):
        head = current.head
        if head.i == current.i:
            return None
        if head.pos_ in {"VERB", "AUX"}:
            clause = head
            while clause.dep_ == "conj" and clause.head.i != clause.i:
                clause = clause.head
            marked = any(
                c.dep_ in {"mark", "advmod", "prep"} and _lower(c) in w.scene_bounds
                for c in clause.lefts
            )
            opener = clause.head
            if clause.dep_ in {"acl", "relcl"} and opener.dep_ == "pobj":
                opener = opener.head  # "since the coach left in May", read as a noun's clause
            opened = clause.dep_ in {"pcomp", "pobj", "acl", "relcl"} and _lower(opener) in (
                w.scene_bounds
            )
            return clause if marked or opened else None
        current = head
    return None


def _since_a_record(root: Token, w: _TimeWords) -> bool:
    """The date is in a "since" or "until" clause of a record ("The fighting was the
    heaviest since a ceasefire took effect in March", "their heaviest defeat since the
    coach arrived in August", "the second cut since the recession began"): the field the
    record ranks within, no time of the scene."""
    clause = _bounding_clause(root, w)
    if clause is None:
        return False
    governor = clause.head
    if governor.pos_ in {"NOUN", "PROPN", "ADJ"}:
        return _ranked(governor) or _told_as_a_record(governor)
    return any(
        c.dep_ in {"attr", "acomp"} and (_ranked(c) or _told_as_a_record(c))
        for c in _children(governor)
    )


def _ranked(word: Token) -> bool:
    """A superlative or an ordinal word ("heaviest", "first", "second")."""
    return word.tag_ in {"JJS", "RBS"} or word.ent_type_ == "ORDINAL"


def _ranks_within(root: Token) -> bool:
    """A date a superlative ranks within ("its biggest drop this year", "the largest deal
    in the sector this year", "its highest level since 2008"): the field of comparison,
    not the time of the scene."""
    current = root
    for _ in range(3):
        head = current.head
        if head.i == current.i or head.pos_ in {"VERB", "AUX"}:
            return False
        if head.pos_ in {"NOUN", "PROPN", "PRON"} and any(
            c.tag_ in {"JJS", "RBS"} for c in _children(head)
        ):
            return True
        current = head
    return False


# Words that make what a copula says of its subject a record, besides the ordinals ("the
# fifth") and superlatives ("the worst"): "was the last this year".
_RECORD_WORDS = frozenset({"first", "last", "latest", "only"})


def _field_of_a_record(root: Token) -> bool:
    """A date a record told by a copula ranks within: "The attack was the fifth this
    month", "The visit was her third this year", "The fall was its biggest this year"
    (an ordinal or a superlative the copula says of its subject, or of a noun it names).
    The field, not the time of the event the subject names again."""
    current = root
    for _ in range(3):
        head = current.head
        if head.i == current.i:
            return False
        if head.pos_ in {"AUX", "VERB"}:
            # Not the subject's own date ("Monday's vote was the first since the war",
            # "today is the tenth day of the strike"): one hung on the copula or on what it says.
            return (
                head.lemma_ == "be"
                and current.dep_ not in {"nsubj", "nsubjpass", "csubj"}
                and any(
                    c.dep_ in {"attr", "acomp", "advmod"}
                    and (_a_record(c) or any(map(_a_record, _children(c))))
                    for c in _children(head)
                )
            )
        current = head
    return False


def _a_record(token: Token) -> bool:
    """An ordinal or a superlative: "fifth", "worst", "most", "first"."""
    return (
        token.lower_ in lexicon().ordinals
        or token.lower_ in _RECORD_WORDS
        or token.tag_ in {"JJS", "RBS"}
    )


def _bounds_a_span(root: Token, w: _TimeWords) -> bool:
    """A date after "since" or "until" with no verb between ("since her surgery in March",
    however the parse hangs "in March"): the bound of a span, not a time of the scene.
    Not a date after a time that is the bound itself ("its first title since 2015 on
    Saturday": Saturday is the act's day)."""
    crossed: list[Token] = []  # the words between: read for a time only at a bound
    for i in range(root.left_edge.i - 1, max(-1, root.left_edge.i - _MAX_CLIMB - 1), -1):
        token = root.doc[i]
        if token.pos_ in {"VERB", "AUX"} or token.is_sent_start:
            return _lower(token) in w.scene_bounds and not any(map(names_a_time, crossed))
        if _lower(token) in w.scene_bounds:
            return not any(map(names_a_time, crossed))
        crossed.append(token)
    return False


def _days_data_was_shown(
    triggers: Sequence[tuple[Token, str, str]], own: Mapping[int, tuple[int, ...]], w: _TimeWords
) -> tuple[int, ...]:
    """The days of a verb by which data shows what is so ("Exports fell in February,
    official data showed on Friday", ``evidence_verbs``) when what it shows has a date of
    its own: the report's day, no scene over the data's period (as "said on Friday")."""
    out: tuple[int, ...] = ()
    for token, _, _ in triggers:
        if token.i in own and token.lemma_.lower() in w.evidence_verbs:
            if any(c.dep_ == "ccomp" and c.i in own for c in _children(token)):
                out += own[token.i]
    return out


def _speakers_days(
    calendar: Sequence[int],
    roots: Mapping[int, Token],
    dates: Sequence[Mapping[str, Any]],
    w: _TimeWords,
) -> tuple[int, ...]:
    """The dates a speaker names by their own day inside a quotation ("'We were brilliant
    today,' the coach said" after a Saturday match; ``speaker_days``): read against the
    publication date, they are no scene for what the story goes on to tell."""
    texts = {d: str(dates[d].get("text", "")).lower() for d in calendar}  # each read once
    told = [d for d in calendar if any(day in texts[d] for day in w.speaker_days)]
    if not told:
        return ()
    quotes = _quote_marks(roots[told[0]], w)
    return tuple(d for d in told if quotes and _quoted(roots[d].i, quotes, w))


def _ends_a_period(root: Token, w: _TimeWords) -> bool:
    """A date that ends a period named before it: "the quarter ended Sept. 28", "the fiscal
    year ending June 30" (``period_ends``, after a unit of the date lexicon)."""
    verb = root.head
    if verb.i == root.i or verb.dep_ not in {"acl", "relcl"}:
        return False
    return verb.lemma_.lower() in w.period_ends and verb.head.lemma_.lower() in lexicon().units


def _base_of_comparison(record: Mapping[str, Any], w: _TimeWords) -> bool:
    """A date that names the base of a comparison by its own words ("in the year-ago
    quarter", "year-earlier sales"): the event's time, never the scene's."""
    text = str(record.get("text") or "").lower()
    return any(word in text for word in w.comparison_dates)


def _compared_back(root: Token, w: _TimeWords) -> bool:
    """A date told back from another ("a year earlier": ``earlier_marks``) under a word of
    ``comparisons_back``: "$90 million, against $75 million a year earlier"."""
    return _lower(root) in w.earlier_marks and _compared(root, w, w.comparisons_back)


def _level_of_another_time(root: Token, w: _TimeWords) -> bool:
    """A date told back from another in the "of" phrase of a noun ("beat the level of a
    year earlier", "topped the pace of a month ago"; ``earlier_marks``): the base a figure
    is measured against, the event's time, never the scene's."""
    of = root.head
    return (
        _lower(root) in w.earlier_marks
        and root.dep_ in {"pcomp", "pobj"}
        and _lower(of) == "of"
        and of.head.pos_ == "NOUN"
    )


def _within(root: Token, owner: int | None = None, *, span: bool = False) -> bool:
    """False for a date after "since", "until", "by", "from", "compared with"... on the way
    up to the event that owns it (``owner``, else the root): the event is not within it.
    A range (``span``) is within after the word that opens it ("between May and July",
    "from March to June")."""
    w = time_words()
    not_within = w.not_within
    opener = w.range_openers if span else frozenset()
    if root.n_lefts:
        blocked = not_within - opener
        if any(c.dep_ in {"prep", "case", "mark"} and _lower(c) in blocked for c in root.lefts):
            return False
    current = root
    for step in range(_MAX_CLIMB):
        head = current.head
        if head.i == current.i or head.i == owner:
            return True
        if current.dep_ in _NOUN_MODIFIERS and _names_a_plan(head, w) and _acted_on(head, w):
            return False  # "approved the 2026 budget": the budget's period
        if current.dep_ == "prep" and _opens_what_is_awaited(current, w):
            return False  # "will strike ahead of Christmas", "in the run-up to May"
        if head.dep_ in {"prep", "agent"} or head.pos_ == "ADP" or head.tag_ == "VBN":
            lower = _lower(head)
            if lower in w.period_preps and _covered_by_a_plan(head, w):
                return False  # "cut its forecast for 2026": the forecast's period
            # "by" of a doer the date hangs on ("told by the coach on Thursday"), not of
            # the date itself ("completed by June").
            doer = head.dep_ == "agent" and current.i != root.i
            if (
                lower in not_within
                and not (step == 0 and lower in opener)
                and not doer
                and not _before_or_through_a_place(head, current, w)
                and not (current.i != root.i and _lower(current) in w.day_edges)
                and not _close_to_a_clock(head, w)
                and not _on_a_day_after_a_bound(root, current, w)
            ):
                return False  # not "before dawn on Wednesday": on Wednesday
        current = head
    return True


def _on_a_day_after_a_bound(root: Token, bound: Token, w: _TimeWords) -> bool:
    """A day the parse hung on the time a "since" phrase names as its bound ("its first
    voyage since the summer on Tuesday"): the act's own day (``day_preps``; a day after
    "to", which may close a range, is not)."""
    return (
        bound.i != root.i
        and root.head.head.i == bound.i
        and _lower(root.head) in w.day_preps
        and names_a_time(bound)
    )


def _covered_by_a_plan(prep: Token, w: _TimeWords) -> bool:
    """A "for" of the period a forecast, a target or a budget covers, hung on the noun or
    on the verb it is the object of: "cut its forecast for the year", "raised its outlook
    for 2026", "approved a budget for next year" (``outlook_nouns``); not one that what
    happened is measured against ("exports beat the target for 2024", ``meeting_verbs``)."""
    holder = prep.head
    if _lower(holder) in w.outlook_nouns:
        return _acted_on(holder, w)
    return (
        holder.pos_ in {"VERB", "AUX"}
        and holder.lemma_.lower() not in w.meeting_verbs
        and any(
            c.dep_ in {"dobj", "nsubjpass"} and _lower(c) in w.outlook_nouns
            for c in _children(holder)
        )
    )


# How a date names the period of the noun it modifies ("the 2026 budget").
_NOUN_MODIFIERS = frozenset({"compound", "nummod", "amod", "nmod", "npadvmod"})


def _names_a_plan(noun: Token, w: _TimeWords) -> bool:
    """A forecast, target or budget (``outlook_nouns``), or a noun one of them names the
    kind of ("the 2027 budget draft")."""
    return _lower(noun) in w.outlook_nouns or any(
        c.dep_ == "compound" and _lower(c) in w.outlook_nouns for c in noun.lefts
    )


def _acted_on(plan: Token, w: _TimeWords) -> bool:
    """A forecast, target or budget that the verb above it makes, changes or talks over
    ("cut its 2026 forecast", "approved the budget for next year"), not one that what
    happened is measured against ("beat the target for 2024", ``meeting_verbs``)."""
    return plan.head.lemma_.lower() not in w.meeting_verbs


# Names of those one acts in front of: "testified before Congress", "before Judge Okoro".
_AUDIENCE_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE", "FAC"})


def _close_to_a_clock(prep: Token, w: _TimeWords) -> bool:
    """'after' or 'before' a clock time with a word of nearness ("shortly after 8 a.m.",
    "just before midnight", "minutes after 3 a.m."; ``near_marks``): the event happened
    then, on that time's day. The word hangs on the preposition or, as the parse often
    puts it, on the verb right before it ("began soon after 5 a.m.")."""
    if _lower(prep) not in w.relative_marks or not prep.i:
        return False
    if not any(c.dep_ == "pobj" and c.ent_type_ == "TIME" for c in _children(prep)):
        return False
    return _lower(prep.doc[prep.i - 1]) in w.near_marks


def _before_or_through_a_place(prep: Token, obj: Token, w: _TimeWords) -> bool:
    """A preposition of ``not_within`` that leads to someone or somewhere, not to a time.

    In front of a body, a crowd or a name ("testified before the panel on Jan. 9",
    "appeared before a magistrate on Monday"; ``presence_preps``, ``audiences``), or
    through a place or a thing ("broke in through a window on the night of March 27";
    ``passage_preps``, its object no time and no event); not "resigned before the vote on
    Monday", "before Monday" nor "through the weekend".
    """
    if obj.dep_ != "pobj" or obj.ent_type_ in {"DATE", "TIME"}:
        return False
    lower = _lower(prep)
    if lower in w.presence_preps:
        return obj.ent_type_ in _AUDIENCE_LABELS or obj.lemma_.lower() in w.audiences
    return lower in w.passage_preps and not _of_time(obj)


def _in_clause_below(root: Token, owner: int) -> bool:
    """The date hangs in a clause of its own under the event at ``owner`` (an adverbial,
    complement or relative clause), not on the event itself."""
    current = root
    for _ in range(_MAX_CLIMB):
        head = current.head
        if head.i == owner or head.i == current.i:
            return False
        if head.dep_ in {"advcl", "ccomp", "relcl", "csubj"} and head.pos_ in {"VERB", "AUX"}:
            return True
        current = head
    return False


def _act_a_record_names(
    noun: Token, own: Mapping[int, Sequence[int]], roots: Mapping[int, Token]
) -> tuple[int, tuple[int, ...]] | None:
    """(verb, the record's dates) when a record set off by a comma after a verb names its
    act again ("raised its rate on Thursday, the third increase this year", "cut 500 jobs
    on Monday, its second round of layoffs this year", "erupted on Saturday, its third
    eruption this month", "was down on Tuesday, the second outage this month"): the record
    is the noun or the noun's "of" head, ranked by an ordinal or a superlative
    (``_told_as_a_record``); its dates hang on it. The caller finds the verb's day (its
    own dates, or a copula's: ``_days_of_a_state``)."""
    record = noun
    if noun.dep_ == "pobj" and _lower(noun.head) == "of" and _told_as_a_record(noun.head.head):
        record = noun.head.head
    if not _told_as_a_record(record):
        return None
    fields = tuple(d for d, root in roots.items() if root.head.i == record.i)
    if not fields and noun.i in own:
        return None
    while record.dep_ == "conj" and record.head.i != record.i:
        record = record.head  # "its biggest penalty this season and the third fine"
    first = record.left_edge.i
    if first == 0 or noun.doc[first - 1].text != ",":
        return None
    verb = record.head
    if record.dep_ == "appos":  # "the volcano erupted ..., its third eruption"
        for _ in range(_MAX_CLIMB):
            if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
                break
            verb = verb.head
    elif record.dep_ not in {"dobj", "npadvmod", "attr"}:  # "attr": "was offline ..., its"
        return None
    if verb.i > record.i:
        return None
    return verb.i, fields


def _days_of_a_state(
    verb: Token, own: Mapping[int, Sequence[int]], roots: Mapping[int, Token]
) -> tuple[int, ...]:
    """The dates of a state told with a copula that is no event word: its complement's own
    ("was idle on Tuesday"), else those hung on the copula, right under it or in its
    preposition's phrase ("was down on Tuesday"), in text order."""
    for child in _children(verb):
        if child.dep_ == "acomp" and child.i in own:
            return tuple(own[child.i])
    return tuple(
        d
        for d, root in sorted(roots.items(), key=lambda item: item[1].i)
        if root.head.i == verb.i or (root.dep_ == "pobj" and root.head.head.i == verb.i)
    )


def _holds_all(
    fields: Sequence[int], days: Sequence[int], dates: Sequence[Mapping[str, Any]]
) -> bool:
    """Each date of ``fields`` (maybe none: "met on Monday, their first meeting since
    talks broke down") holds the first of ``days`` ("this year" holds Thursday), and
    ``days`` has a date that is no field."""
    days = [d for d in days if d not in fields]
    if not days:
        return False
    first, last = dates[days[0]]["range"]
    return all(dates[f]["range"][0] <= first and last <= dates[f]["range"][1] for f in fields)


def _a_later_date_of_a_noun(
    verb: Token,
    dated: Sequence[int],
    at: Collection[int],
    own: Mapping[int, Sequence[int]],
    roots: Mapping[int, Token],
    dates: Sequence[Mapping[str, Any]],
) -> tuple[int, int] | None:
    """(event noun, date) when the verb holds a date told after an event noun of its
    phrase that lies apart from a date of the verb's told before the noun: "arrested three
    men on Friday over a robbery at a shop last month" (Friday is not in last month: the
    robbery's), "defended on Monday the closure of the library last month", "opened an
    inquiry on Monday into a fire in August". Dates that overlap ("on Tuesday this week")
    are both the verb's."""
    if verb.pos_ not in {"VERB", "AUX"} or len(dated) < 2:
        return None
    for d in sorted(dated, key=lambda x: roots[x].i, reverse=True):
        late = roots[d]
        first, last = dates[d]["range"]
        told_before = [
            e
            for e in dated
            if roots[e].i < late.i and (dates[e]["range"][1] < first or last < dates[e]["range"][0])
        ]
        if not told_before:
            continue
        start = max(roots[e].i for e in told_before)
        for noun in verb.doc[start + 1 : late.i]:
            if noun.i in at and noun.i not in own and noun.pos_ in {"NOUN", "PROPN"}:
                if noun.dep_ != "compound" and _in_the_phrase_of(noun, verb):
                    return noun.i, d
    return None


def _in_the_phrase_of(noun: Token, verb: Token) -> bool:
    """The noun is the verb's object or in a prepositional phrase of it, or of a noun of
    one ("over a robbery", "the closure of", "an inquiry into a fire"): no other verb is
    on the way up."""
    current = noun
    for _ in range(_MAX_CLIMB):
        if current.dep_ not in {"pobj", "dobj", "prep", "nsubjpass"} and current.i != noun.i:
            if current.pos_ not in {"NOUN", "PROPN"}:
                return False
        head = current.head
        if head.i == verb.i:
            return current.dep_ in {"prep", "dobj"}
        if head.i == current.i or head.pos_ in {"VERB", "AUX"}:
            return False
        current = head
    return False


def finest(indices: Sequence[int], dates: Sequence[Mapping[str, Any]]) -> tuple[int, ...]:
    """The dates in the order to take them: text order, but a date that lies within the
    first one ("on Friday at 3 p.m.") before it."""
    order = list(indices)
    if len(order) < 2:
        return tuple(order)
    first = dates[order[0]]
    inner = [
        i
        for i in order[1:]
        if first["range"][0] <= dates[i]["range"][0]
        and dates[i]["range"][1] <= first["range"][1]
        and len(dates[i]["value"]) > len(first["value"])
    ]
    return tuple(inner + [i for i in order if i not in inner])


def time_cues(
    triggers: Sequence[tuple[Token, str, str]],
    owned: Mapping[int, Sequence[int]],
    dates: Sequence[Mapping[str, Any]],
    roots: Mapping[int, Token],
    *,
    text: str | None = None,
) -> dict[int, TimeCues]:
    """The time cues of a sentence's events.

    "A quake struck on Sunday, killing 14": struck owns Sunday (own), killing inherits it
    (inherited); both past.

    Args:
        triggers: each event's word with its polarity and modality.
        owned: trigger index -> the dates attached to it (``events.words.owner``).
        dates: the Doc's date records (indices in ``owned`` and ``roots`` point here).
        roots: date index -> the date's head token, for the sentence's dates.
        text: the Doc's text (``text_of``), when the caller read it once for all the
            sentences of the Doc.
    Returns:
        Trigger index -> its cues.
    """
    if not triggers:
        return _sentence_cues(triggers, owned, dates, roots, "")
    doc = triggers[0][0].doc
    # The rules read the children of each word through ``_children``: listed once here.
    listing = _LISTED.set(_Children(doc))
    try:
        return _sentence_cues(triggers, owned, dates, roots, text_of(doc) if text is None else text)
    finally:
        _LISTED.reset(listing)


def _sentence_cues(
    triggers: Sequence[tuple[Token, str, str]],
    owned: Mapping[int, Sequence[int]],
    dates: Sequence[Mapping[str, Any]],
    roots: Mapping[int, Token],
    text: str,
) -> dict[int, TimeCues]:
    """``time_cues``, the rules in their order (``text``: the Doc's)."""
    w = time_words()
    reporting = words().reporting
    at = {t.i for t, _, _ in triggers}
    # Some rules look for a word of a list among the words around an event word (below
    # it or above it, in its parse tree): while no word of the list is in the text of the
    # event words' trees, the rule cannot hold and is not read (``_trees_text``).
    trees_text, one_tree = (
        _trees_text(triggers[0][0], at.union(r.i for r in roots.values()), text)
        if triggers
        else ("", True)
    )
    now_named = any(word in trees_text for word in w.now_adverbs)  # ``_told_as_now``
    habits_named = any(word in trees_text for word in _habit_words())  # ``_marks_a_habit``
    since_named = any(word in trees_text for word in w.span_starts)  # ``_starts_a_span``
    relatives_named = any(word in trees_text for word in w.person_relatives)  # ``_picks_out``
    apart_named = any(word in trees_text for word in w.apart_marks)  # ``_apart_from_the_news``
    # ``_placed_a_day_from``: the first word of a phrase ("eve", "day")
    day_named = any(word in trees_text for word in _day_phrase_starts())
    when_named = any(word in trees_text for word in w.when_marks)  # ``_when_clause``
    compared_named = any(word in trees_text for word in w.comparisons)  # ``_compared``
    bounds_named = any(word in trees_text for word in w.scene_bounds)  # ``_bounding_clause``
    # The word a date climbs to for its event: the copula of a state or of what there was
    # ("will be due on March 1", "there was a fire on Monday": the date hangs on "be"),
    # else the event word.
    stop = {t.i: t.head.i if t.dep_ in {"acomp", "attr"} else t.i for t, _, _ in triggers}
    # The dates an event can happen within (``_usable``), each read once.
    calendar = [d for d in roots if _usable(dates[d])]
    # Those right after "since" and the event a span starts from ("since the crash in
    # March"): that event's, and no scene.
    started = {d for d in calendar if span_start_event(roots[d]) is not None}
    usable_dates = set(calendar)
    # Those of the cause an answer awaited now answers ("faces charges over a spill in
    # March"): the cause's; the awaiting takes no part in it.
    caused = {d for d in calendar if cause_answered(roots[d]) is not None}
    # Those of what a verb of sequence places its subject after ("the decline followed a
    # surge in September"): the object's, lent to no other event of the sentence.
    sequenced_objects = {d for d in calendar if sequence_object(roots[d]) is not None}
    # Those that name what an act recalls or undoes ("revives a 2016 proposal"): the
    # thing's; the act comes after it.
    recalled = {d for d in calendar if names_the_recalled(roots[d])}
    ranged = {d for d in calendar if spans(dates[d])}  # "May to July"
    # Those of a thing's term ("a dividend, payable Jan. 15"): lent to no act, no scene.
    terms = {d for d in calendar if term_of(roots[d]) is not None}
    unranged = sorted(usable_dates - ranged)
    # Those of a running total ("bringing the total this year to 140"): the span the
    # total counts over, no act's (the verb that moves it takes its governor's day).
    totals = {d for d in calendar if _of_a_total(roots[d], at, w)}
    # Those a record told by a copula ranks within ("The attack was the fifth this
    # month"): the field, no time of the event the subject names again, and no scene.
    # A state told with a day of its own ("was offline on Monday, its third outage this
    # year") is the record's act instead (``_act_a_record_names``).
    # Nor is a date of the event a span starts from ("the worst flooding since the storm
    # in October": the storm's).
    records = {d for d in calendar if _field_of_a_record(roots[d])}
    record_fields = records - started if len(calendar) == 1 else set()
    totals |= record_fields
    # Those that end a length ("the six months through June"): the event spans the
    # stretch, whatever the preposition.
    stretches = _stretches(calendar, dates, triggers[0][0].doc) if calendar else ()
    stretched = {d for d, _ in stretches}
    words_at = {t.i: t for t, _, _ in triggers}
    own: dict[int, tuple[int, ...]] = {}
    for i in at:
        usable = [
            d
            for d in owned.get(i, ())
            if d in usable_dates
            and d not in totals
            and (
                (d in stretched and not _closes(words_at[i], d, dates))
                or _within(roots[d], stop[i], span=d in ranged)
            )
        ]
        if usable:
            # A date of a clause below the event ("while sales were flat this year, last
            # year they fell") comes after the event's own.
            nested = [d for d in usable if len(usable) > 1 and _in_clause_below(roots[d], i)]
            direct = [d for d in usable if d not in nested]
            own[i] = finest(direct, dates) + finest(nested, dates)
    # "arrested three men on Friday over a robbery last month": the parse hangs the later
    # date on the verb, which cannot happen within both; it is the robbery's.
    for i, dated in list(own.items()) if len(calendar) > 1 else ():
        later = _a_later_date_of_a_noun(triggers[0][0].doc[i], dated, at, own, roots, dates)
        if later is not None:
            _hand_on(own, i, later[0], (later[1],))
    # "reported a 14% rise in third-quarter profit on Thursday": the day the parse hangs on
    # the figure is the report's; the figure's time is the period of its phrase.
    for i in [i for i in at if _figure_of_results(triggers[0][0].doc[i], at)] if calendar else ():
        _report_the_figure(triggers[0][0].doc[i], own, roots, dates)
    # An event is counted from another only by a length of the sentence ("a day after"):
    # each event's act, length and direction (``_counted_from``), read once.
    counted_from: dict[int, tuple[int, str, int]] = {}
    for token, _, _ in triggers if any(dates[d].get("type") == "DURATION" for d in roots) else ():
        counts = _counted_from(token, at, roots, dates, w)
        if counts is not None:
            counted_from[token.i] = counts
    # "arrested a suspect three days after the fire on Saturday": the parse hangs the
    # date right after the counted noun on the act; it is the noun's (``_counted_noun_date``).
    for i, counted in counted_from.items() if own else ():
        moved = _counted_noun_date(triggers[0][0].doc[i], counted, own, roots)
        if moved is not None:
            _hand_on(own, moved[0], i, (moved[1],))
    # "convicted him of taking bribes in 2019": the parse hangs the date on the verb of
    # judgment; told after the act judged, it is the act's.
    judged_acts: set[int] = set()  # the dates of acts judged: no judgment's nearby
    for token, _, _ in triggers if own else ():
        judge = _judge_of(token, w)
        if judge is None:
            continue
        after = tuple(d for d in own.get(judge.i, ()) if roots[d].i > token.i)
        if after:  # to the act, unless it has a date of its own
            _hand_on(own, judge.i, None if token.i in own else token.i, after)
        judged_acts.update(own.get(token.i, ()))
    # "raised its rate on Thursday, the third increase this year": the record names the
    # act again; its date is the field it ranks within.
    for token, _, _ in triggers if own and len(calendar) > 1 else ():
        if token.pos_ in {"NOUN", "PROPN"} and token.i not in own.get(token.head.i, ()):
            named = _act_a_record_names(token, own, roots)
            if named is None:
                continue
            verb, fields = named
            # A state told with a copula ("was down on Tuesday, the second outage this
            # month") is no event word: the dates hung on the copula are its day.
            days = own.get(verb) or tuple(
                d for d in _days_of_a_state(token.doc[verb], own, roots) if d in usable_dates
            )
            if _holds_all(fields, days, dates):
                own[token.i] = tuple(d for d in days if d not in fields)
                if verb in own:
                    own[verb] = own[token.i]
    # Acts placed the day before or after an event ("on the eve of the election"), read
    # once (only a dated sentence can tell that day).
    placed: dict[int, tuple[Token, int]] = {}
    for token, _, _ in triggers if roots and day_named else ():
        if (placing := _placed_a_day_from(token, w)) is not None:
            placed[token.i] = placing
    # "freed the hostages the day before the deadline on Monday": the deadline's date
    # places the act (a day from it: ``_a_day_apart``).
    for i, (noun, _) in placed.items():
        if i not in own and noun.i not in at:
            hanging = [d for d, r in roots.items() if r.dep_ == "pobj" and r.head.head.i == noun.i]
            if hanging:
                own[i] = (hanging[0],)
    # Each verb's tense, read once for all the rules of the sentence (``verb_tense``).
    memo: dict[int, str] = {}
    # "called a strike for Dec. 2": the date is the strike's, not the calling's.
    handed = _hand_to_booked(triggers, at, own, roots) if own else {}
    # "demanded an election next spring": a past act cannot happen after publication; the
    # date still to come is the election's.
    for verb, ahead in (_hand_ahead(triggers, at, own, dates) if own else {}).items():
        handed[verb] = handed.get(verb, ()) + ahead
    # "The storm last month will cost insurers $2 billion": nor an act to come before it;
    # the past date between the subject and its verb is the storm's.
    for verb, back in (_hand_back(triggers, at, own, roots, dates, memo) if own else {}).items():
        handed[verb] = handed.get(verb, ()) + back
    # "will close roads prior to the marathon on Sunday": Sunday is the marathon's.
    for verb, awaited in (_hand_to_awaited(triggers, at, own, roots) if own else {}).items():
        handed[verb] = handed.get(verb, ()) + awaited
    # An event noun whose own clause dates it ("the strike that shut the ports last week",
    # "the merger, which was completed in June") happened then.
    # Like the clause's own, that date sets no scene over one told.
    clause_dated: set[int] = set()
    for token, _, _ in triggers if own else ():
        if token.i not in own and token.pos_ in {"NOUN", "PROPN"}:
            told = _told_in_clause(token, own)
            if told:
                own[token.i] = told
                clause_dated.add(token.i)
    # An event noun put on a calendar by a participle ("elections scheduled for next
    # spring", "talks set for Friday") happens then.
    for token, _, _ in triggers if roots else ():
        if token.i not in own and token.pos_ in {"NOUN", "PROPN"}:
            booked = _scheduled_for(token, roots, dates)
            if booked:
                own[token.i] = finest(booked, dates)
    # Dates that hang off a word no event is above ("Today, hundreds began to arrive"):
    # every word on the way up from them to the root lends them to the events below it.
    floating: dict[int, tuple[int, ...]] = {}
    in_date: dict[int, int] = {}
    free: list[tuple[int, int]] = []  # (token, date) of the dates no reporting verb holds
    held: dict[int, int] = {}  # date -> the event it is attached to
    said: dict[int, tuple[int, ...]] = {}  # reporting verb -> its own date
    periods: dict[int, tuple[int, ...]] = {}  # reporting verb -> the period it reports on
    any_reported = False
    for d, root in roots.items():
        if d not in usable_dates:
            continue
        for i in range(root.left_edge.i, root.right_edge.i + 1):
            in_date.setdefault(i, d)  # "in March, when the plant opened"
        in_date[root.i] = d  # "in May and in July, when...": the date the clause hangs on
        span = d in ranged
        if not _within(root, span=span) or sequenced(root):
            continue  # "followed a strong November": no event's date, nor the sentence's
        if d in recalled:
            continue  # "revives a 2016 proposal": the proposal's, no act's
        if d in terms:
            continue  # "declared a dividend, payable Jan. 15": the term's, lent to no act
        holder = next((i for i, v in owned.items() if d in v), None)
        if holder is None and d in sequenced_objects:
            continue  # "followed a walkout in May": the walkout's, though no event word
        if holder is not None:
            held[d] = holder
            # A date of an event in a relative clause is that event's ("the firm that
            # opened in 2019 closed"), not one the parse put elsewhere; so is one of the
            # event a span starts from ("since the crash in March": the crash's).
            if (
                _within(root, stop[holder], span=span)
                and not _in_relative(root.doc[holder])
                and d not in started
                and d not in caused
                and d not in sequenced_objects
            ):
                free.append((root.i, d))
            continue
        path: list[int] = []
        current, reported = root.head, False
        while True:
            if _reports(current, reporting) and current.i not in at:
                reported = any_reported = True
                if (
                    path
                    and all(root.doc[i].dep_ == "prep" for i in path)
                    and (_lower(root.doc[path[0]]) in w.period_preps)
                ):
                    # "said it lost $5 million for the quarter": the period of what is
                    # reported, not the report's date.
                    periods.setdefault(current.i, (d,))
                elif all(root.doc[i].dep_ == "prep" for i in path) or _report_day(root, current):
                    said.setdefault(current.i, (d,))  # "said (on) Monday (it will...)"
                break
            path.append(current.i)
            if current.head.i == current.i:
                break
            current = current.head
        if not reported:
            free.append((root.i, d))
            for i in path:
                floating.setdefault(i, (d,))
    # Dates of comparison: not within, on the way up to the sentence's root (read for the
    # calendar dates only: no other is any event's own or inherited).
    aside = {
        d
        for d in calendar
        if d not in ranged
        and (
            (compared_named and _compared(roots[d], w))
            or _compared_back(roots[d], w)
            or _base_of_comparison(dates[d], w)
            or _level_of_another_time(roots[d], w)
            or _ranks_within(roots[d])
            or d in records
        )
    }
    only_aside = bool(calendar) and all(d in aside for d in calendar)
    compared_dates = tuple(sorted(aside))
    # A date in the possessive dates its noun ("will miss Tuesday's game", "printed ballots
    # for Sunday's vote"): it is lent to no other event the parse put nearby, but the one
    # the noun is the subject or object of ("Monday's blackout left 40,000 homes without
    # power", "won Sunday's race") or that lies within it ("in Friday's trading").
    named_by = {d: roots[d].head for d in calendar if roots[d].dep_ == "poss" and d not in caused}
    # Dates that bound a span the sentence tells ("has not sung since her surgery in
    # March"): no scene for what follows.
    # Nor do those that end a period of accounts ("in the quarter ended Sept. 28"), a
    # stretch up to the story ("over the past month"), a place's or a thing's history
    # ("in Amaro, where a pupil fell ill in August", "fishermen it detained in May"), a
    # time a verb of sequence places the subject after ("the selloff followed a strong
    # November"), nor those of a look back in the past perfect ("The launch had been
    # planned for Nov. 10"), nor a thing's term ("a dividend, payable Jan. 15").
    bounded = (
        tuple(
            d
            for d in calendar
            if d in started
            or d in terms  # "a dividend, payable Jan. 15"
            or sets_no_scene(roots[d], dates[d])
            or _past_perfect(_clause_root(roots[d]), w)
        )
        + _speakers_days(calendar, roots, dates, w)
        + _days_data_was_shown(triggers, own, w)
    )
    looks_back = (
        tuple(
            d for d in calendar if d not in bounded and _reported_look_back(roots[d], w, reporting)
        )
        if calendar
        else ()
    )
    clause_of = {
        d: clause
        for d in calendar
        if bounds_named and (clause := _bounding_clause(roots[d], w)) is not None
    }
    spans_from = tuple(clause_of)
    for i, dated in list(own.items()):
        # A "since" clause's date is its own verb's, not the event's it hangs below
        # ("bringing the total since the outbreak began in early October").
        kept = tuple(
            d
            for d in dated
            if d not in clause_of or clause_of[d].left_edge.i <= i <= clause_of[d].right_edge.i
        )
        if kept != dated:
            if kept:
                own[i] = kept
            else:
                del own[i]
    # The date a clause hangs on: "in 2023, when demand fell", "on Monday, when the storm
    # hit"; the events below the clause's verb take it too ("when he was found clinging").
    claused: dict[int, tuple[int, ...]] = {}
    for token, _, _ in triggers if roots else ():
        if token.i in own:
            continue
        hung = _when_clause(token, roots, dates, w) if when_named else ()
        if not hung and token.dep_ == "relcl" and token.head.i in in_date:
            hung = (in_date[token.head.i],)
        if hung:
            claused[token.i] = hung
    quotes: list[tuple[int, str]] | None = None  # read only for a main perfect
    # A season of play, or a long event an act lies during, is looked for below an event
    # only when the sentence names one.
    sentence_text = trees_text if one_tree else _clause_text(triggers[0][0], text)
    seasons = any(period in sentence_text for period in w.untold_periods)
    during = any(prep in sentence_text for prep in w.long_event_preps)
    out: dict[int, TimeCues] = {}
    calendar_roots = {d: roots[d] for d in calendar}  # a length dates no clause
    for token, polarity, modality in triggers:
        participle = _participle(token)
        # "Speaking to analysts, she said": a participle clause before a report
        before_a_report = participle and _of_a_report(token, at, reporting)
        found, verbal = tense(token, modality, memo=memo)
        if not verbal and _headline_passive(token):
            found, verbal = "past", True  # "Former mayor jailed for bribery"
        if not verbal and found == "present" and token.tag_ == "VBG" and token.dep_ == "acl":
            # "a story unfolding here" in a present sentence: a reduced "that is
            # unfolding", a present progressive of its own.
            found, verbal = "progressive", True
        # "cast", "cut", "put": a past tag on the base form is the parse's guess.
        now = found == "present" or (found == "past" and token.lower_ == token.lemma_)
        if verbal and now and _ahead_in_a_time_clause(token, w, memo):
            found = "future"  # "will join the board once the merger is completed"
        elif verbal and found == "perfect" and _ahead_in_a_time_clause(token, w, memo, done=True):
            found = "future"  # "will reopen once divers have checked the channel"
        elif verbal and found == "past" and _ahead_in_a_time_clause(token, w, memo, back=True):
            found = "future"  # "said it would stay closed until engineers repaired it"
        if (
            calendar
            and token.i not in own
            and ((verbal and found in {"future", "present"}) or modality == "planned")
        ):
            begun = _starts_on(token, roots, unranged)
            if begun:
                own[token.i] = begun  # "will walk out for three days from Dec. 10"
        # "traders now see a cut as less likely": an event told as now holds at
        # publication, and takes no other date of its sentence (``now_adverbs``); a
        # present form joined to a past is a present of its own ("seized the town in
        # May and now control the road").
        told_now = (
            now_named
            and _told_as_now(token, w)
            and (
                (verbal and found in {"present", "progressive"})
                or (token.tag_ in _PRESENT_TAGS and not _has_aux(token))
            )
        )
        if told_now and found != "progressive":
            found, verbal = "present", True
        inherited: tuple[int, ...] = ()
        # A sentence without dates lends none: its events take theirs from the document.
        if roots and token.i not in own and not told_now:
            inherited = claused.get(token.i, ())
            if not inherited and (
                _restrictive_participle(token) or (verbal and found == "past" and _did(token))
            ):
                inherited = _noun_date(token, roots, dates)
            if not inherited and named_by:
                # "won Sunday's election, officials said on Monday": on Sunday
                inherited = _part_taken(token, named_by, w)
            # The rules that lend the own date of another event of the sentence lend none
            # while no event has one (``own`` empty): they are not read then.
            if not inherited and own:
                # "said the board would review its forecasts at a meeting on Jan. 29"
                inherited = _within_occasion(token, own, w)
            if not inherited and own:
                # "skidded off the runway while landing on Saturday, officials said"
                inherited = _during_clause(token, own, w) or _conjuncts_clause(token, own, w, memo)
            if not inherited and own:
                # "who took office in March after her predecessor resigned": March
                inherited = _placed_by(token, own, w)
            cause = _cause_before(token, w)
            if cause is not None:
                # "found a bus that plunged into a ravine on Friday, killing 12"
                inherited = own.get(cause.i) or claused.get(cause.i, ())
            elif not inherited and (own or floating or claused or periods):
                # (what ``_inherit`` lends is one of those dates)
                inherited = _inherit(
                    token, at, own, floating, claused, w, reporting, roots, periods, memo
                )
            if not inherited and own:
                inherited = _made_to_happen(token, own)
            if not inherited and said:
                inherited = _occasion(token, at, said, reporting)
            if not inherited and before_a_report:
                # "Speaking to reporters, she said on Monday": the saying's day
                inherited = said.get(token.head.i, ())
            if not inherited and said and _follows_a_report(token, reporting):
                # "said last week ... but blamed", "confirmed 12 more deaths on Monday,
                # bringing the toll to 40"
                inherited = said.get(token.head.i, ())
            if not inherited and own and token.lemma_.lower() in words().aspectual:
                inherited = _phase_of(token, own)
            if not inherited and own:
                inherited = _closing_date(token, own, memo)
            if not inherited and own:
                inherited = _subject_of_phase(token, own)
            if not inherited and own and token.pos_ == "VERB":
                # "The audit, published on Nov. 4, found ...": Nov. 4
                inherited = _came_out(token, own, w)
            if not inherited and own and token.pos_ == "VERB":
                # "Storms prevented the ferry from sailing on Tuesday": Tuesday
                inherited = _date_of_the_prevented(token, own)
            if not inherited and own and token.pos_ == "VERB":
                # "who led the 1998 coup": 1998
                inherited = _date_of_its_event(token, own, roots, w)
            if not inherited and own and token.pos_ == "VERB" and found == "past" and verbal:
                # "The merger, which was completed in June, created a giant": June
                inherited = _date_of_its_doer(token, at, own, roots)
            if not inherited and own and token.dep_ == "ccomp":
                # "walked out in May, saying managers ignored its demands": May
                inherited = _said_while_acting(token, own, reporting)
            if not inherited and (token.pos_ == "VERB" or token.dep_ == "acomp"):
                inherited = _subject_period(token, roots, dates, ranged, memo)
            if caused and inherited and (awaits(token) or _answers(token)):
                # "faces a fine over trouble at Saturday's match": the match's day, neither
                # the facing's nor the fine's
                inherited = tuple(d for d in inherited if d not in caused)
        behind = _past_below_a_verb_to_come(token, memo)
        if behind:
            inherited = ()  # "will walk out on Monday after talks collapsed": behind
        nearby: tuple[int, ...] = ()
        # A noun takes a date the parse put elsewhere only when a verb carries it ("talks
        # took place four months ago"): "the war" of a dated sentence is older than it.
        carried = token.pos_ == "VERB" or verbal
        # In a relative clause only a verb with a past tense of its own ("the index, which
        # fell 2%, ... on Friday"), not an aim ("an accord which provides for Kyiv to buy").
        if (
            free
            and carried
            and token.i not in own
            and not inherited
            and not told_now
            and not behind
            and (
                _in_main_line(token, reporting, memo=memo)
                or (verbal and found == "past" and _in_main_line(token, reporting, True, memo))
            )
        ):
            nearby = tuple(
                d
                for _, d in sorted(free, key=lambda f: abs(f[0] - token.i))
                if d not in record_fields
                and (d not in named_by or _taking_part(named_by[d], token, w))
                and d not in handed.get(token.i, ())
                and d not in judged_acts
                # "found that deaths rose in 2023": the rise's, not the finding's
                and not (d in held and _in_its_complement(token, held[d], memo))
                # "blamed a report that prices jumped in October": the jump's
                and not (d in held and _told_by_its_noun(token, held[d]))
                # "may cancel flights and grounded 40 planes on Monday": the grounding's
                and not (d in held and _conjoined_in_two_times(token, held[d], memo))
                # "The ferry sank, and divers found the wreck on Saturday": the finding's
                and not (d in held and _its_own_clause_after(token, token.doc[held[d]]))
                # "resigned and admitted that she had lied in 2019": the lying's
                and not (d in held and _in_a_complement_apart(token, token.doc[held[d]]))
                # "figures showed fewer jobs in September": the jobs', not the showing's
                and shown_by(token, roots[d]) is None
                # "fell to 3.9%, the lowest since the crisis began in 2008": the span's
                # start, its clause's own date
                and d not in clause_of
            )
        state = is_stance(token)
        reason = timeless(
            token, found if verbal else "none", polarity, modality, habits=habits_named
        )
        if reason == "generic" and told_now:
            reason = None  # "regulators now own its assets": these regulators, now
        if reason is None and habits_named and _carried_by_a_habit(token, w):
            reason = "habitual"  # "usually holds its annual meeting in May": every May
        elif reason == "relative" and inherited and _tells_the_act_again(token, participle):
            # "held its rate on Tuesday, pausing after five increases": what the pause
            # follows came before; the pause is the dated act, on its day.
            reason = None
        if reason == "generic" and (state or token.i in own or inherited):
            # "farmers need rain": news tells the state of those it names; a date of its
            # own or of the event above it makes a bare plural's present one happening
            # ("as customers cut orders in the fourth quarter").
            reason = None
        if found == "past" and verbal and token.i not in own and reason is None:
            earlier = _past_perfect(token, w)
            if earlier and _lasted_before(token, w):
                # "The victim had run the shop for 20 years": a span that led up to the
                # scene.
                inherited, nearby, reason = (), (), "relative"
            elif (
                earlier
                and not inherited
                and not nearby
                and _in_a_report(token, reporting) is None
                and not _counted_from_the_scene(token, w)
            ):
                # "Rovers won on Saturday. They had lost three of the previous four":
                # some time before the scene, not within it. Not the past perfect of
                # reported speech ("said 12 miners had died": what was said, as "died"),
                # nor one counted from the scene ("had taken the lead after 12 minutes").
                reason = "relative"
        taker = _taken_up_by(token, w) if token.i not in own else None
        if token.i not in own and (
            taker is not None
            or _placed_apart(token, w, seasons, since_named)
            or (relatives_named and _picks_out(token, w, calendar_roots))
            or (apart_named and _apart_from_the_news(token, w))
            or _in_sequence(token, w)
            # "sold 212,000 cars in the first nine months", "damaged during the war":
            # throughout the stretch, or some time in it; not on the scene's day.
            or (token.i in owned and _over_a_stretch(owned[token.i], dates, w))
            or (during and _during_a_long_event(token, w))
        ):
            inherited, nearby, reason = (), (), reason or "relative"
        main = token.dep_ == "ROOT" or (token.dep_ == "conj" and token.head.dep_ == "ROOT")
        if not main and token.dep_ in {"ccomp", "parataxis"} and token.head.dep_ == "ROOT":
            # "Inflation slowed in October, the office said": what the report tells is
            # the sentence's main event.
            main = token.head.i not in at and _reports(token.head, reporting)
        quoted = False
        if main and verbal and found in {"perfect", "progressive"}:  # news of now, or a quote
            quotes = _quote_marks(token, w) if quotes is None else quotes
            # A speech act is a report too: "officials have warned of more rain"; not one
            # that does a thing ("the city has declared an emergency": news of now).
            quoted = _quoted(token.i, quotes, w) or (_speaks(token) and not reports_a_thing(token))
        out[token.i] = TimeCues(
            own=own.get(token.i, ()),
            inherited=inherited,
            nearby=nearby,
            tense=found,
            timeless=reason,
            verbal=verbal,
            main=main,
            aside=(own.get(token.i) or inherited or (-1,))[0] in aside,
            only_aside=only_aside,
            compared=compared_dates,
            reported=any_reported,
            state=state,
            before=(
                reacted := taker is not None
                and (taker.lemma_.lower() in w.reacting or taker.lemma_.lower() in w.inquiry_nouns)
            ),
            # not an act that undoes or recalls it ("sued to overturn the decision"): older
            reacted_by=taker.i
            if reacted and taker is not None and taker.lemma_.lower() not in w.recalling_verbs
            else -1,
            current=(
                not state
                and verbal
                and (
                    (
                        found == "present"
                        and (token.lemma_.lower() in w.present_states or _present_passive(token, w))
                    )
                    or (found == "modal" and _told_with(token, w.ability_modals))
                    or (found == "present" and told_now)
                )
            ),
            quoted=quoted,
            speech=verbal and found == "past" and token.i not in own and _speaks(token),
            bounded=bounded,
            looks_back=looks_back,
            report=_report_of(token, said) if said else (),
            later=found == "modal" and _ahead_of_a_report(token, reporting),
            continuing=found == "perfect"
            and (
                _runs_from(token, bounded, roots)
                or _since_a_clause(token, w)
                or _runs_for(token, roots, dates, w)
            ),
            relative=token.i in clause_dated
            or ((token.i in own or bool(inherited or nearby)) and _in_relative(token)),
            spans_from=spans_from,
            # "the nine months ended June 30": the ending is the date's own day.
            stretches=()
            if stretches and any(_closes(token, d, dates) for d, _ in stretches)
            else stretches,
            name=(name := _event_name(token)),
            kind=_event_kind(token, name),
            points_back=(pointing := token.i not in own and points_back(token)),
            retells=pointing and _retells(token, w),
            participle=participle,
            leads=_leads(token),
            relates=_subject_of_a_relation(token)
            or (not verbal and _names_what_was_told(token, w)),
            may=found == "modal" and _told_as_may_be(token, w),
            judged=_in_a_judged_act(token, w),
            with_its_verb=token.i not in own
            and not inherited
            and (before_a_report or _at_an_occasion(token, w)),
            word=token.i,
            governor=token.head.i if participle and token.head.i in at else None,
            counted=None
            if token.i in own
            else counted_from.get(token.i)
            # "sailed on the day after the ceremony on May 4": with no date of its
            # sentence (not "raided the port Sunday, on the eve of the talks")
            or _a_day_from(placed.get(token.i), at, near=None if inherited else nearby, held=held),
            counts_to=counted_from.get(token.i) if token.i in own else None,
            shift=_a_day_apart(placed.get(token.i), own.get(token.i, ()), roots),
            traded=name in w.market_moves
            and any(
                c.dep_ in {"nsubj", "nsubjpass"} and _lower(c) in w.traded_nouns
                for c in _children(token)
            ),
            priced=name in w.market_moves and _a_priced_subject(token, w, firms=True),
            figure=_tells_a_figure(token, name),
            subject_of=token.head.i
            if token.dep_ in {"nsubj", "nsubjpass"}
            and token.pos_ in {"NOUN", "PROPN"}
            and token.head.pos_ in {"VERB", "AUX"}
            else -1,
            origin=found == "past" and token.i in own and _tells_an_origin(token, w),
            described=_described(token),
            after_cause=(after_cause := reason == "relative" and _after_a_cause(token, w)),
            cause=_cause_named(token, at, w) if after_cause else None,
            another=after_cause and _another_of_its_kind(token, w),
            phase=bool(inherited)
            and token.lemma_.lower() in words().aspectual
            and _phase_of(token, own) == inherited,
        )
    # "two days after a landslide buried it": the landslide is counted as its verb is;
    # "two days after a defeat left it bottom": what the defeat did, as the defeat.
    for token, _, _ in triggers:
        cues = out[token.i]
        head = out.get(token.head.i)
        if (
            head is not None
            and head.counted is not None
            and cues.counted is None
            and not cues.own
            and (
                (token.pos_ in {"NOUN", "PROPN"} and token.dep_ in {"nsubj", "nsubjpass"})
                or (token.dep_ == "acl" and token.head.pos_ in {"NOUN", "PROPN"})
            )
        ):
            out[token.i] = replace(cues, counted=head.counted)
    return out


# A length's unit in a TIMEX3 duration value, and the months it counts ("P3M", "P1Y").
_UNIT_MONTHS = {"Y": 12, "M": 1}
_UNIT_DAYS = {"W": 7, "D": 1}


def _stretches(
    calendar: Sequence[int], dates: Sequence[Mapping[str, Any]], doc: Doc
) -> tuple[tuple[int, str], ...]:
    """The dates of ``calendar`` that end a length told right before them, with the
    stretch's first day: "the three months to September" (July 1), "the year ended June
    30" (July 1 a year before), "the week to Nov. 9" (Nov. 3); a period named before the
    date ("the quarter ended Sept. 30") starts where that period does."""
    out: list[tuple[int, str]] = []
    text = ""  # the Doc's text, read for the first date after another of its sentence
    for d in calendar:
        before = dates[d - 1] if d else None
        if before is None or before.get("sentence") != dates[d].get("sentence"):
            continue
        text = text or text_of(doc)
        if not closes_a_period(text, before["end"], dates[d]["start"]):
            continue
        last = dt.date.fromisoformat(str(dates[d]["range"][1]))
        first: dt.date | None = None
        length = whole_length(str(before.get("value") or ""))
        if before.get("type") == "DURATION" and length is not None:
            count, unit = length
            after = last + dt.timedelta(days=1)
            if unit in _UNIT_MONTHS:
                first = add_months(after, -count * _UNIT_MONTHS[unit])
            else:
                first = after - dt.timedelta(days=count * _UNIT_DAYS[unit])
        elif before.get("range") and str(before["range"][1]) == last.isoformat():
            first = dt.date.fromisoformat(str(before["range"][0]))  # "the quarter ended"
        if first is not None and first < last:
            out.append((d, first.isoformat()))
    return tuple(out)


def _closes(token: Token, date: int, dates: Sequence[Mapping[str, Any]]) -> bool:
    """``token`` is the word that closes the stretch ``date`` ends: "ended" in "the year
    ended June 30" (between the length and the date; ``_stretches``)."""
    return dates[date - 1]["end"] <= token.idx < dates[date]["start"]


def _tells_an_origin(token: Token, w: _TimeWords) -> bool:
    """A verb that tells how a thing or a person came to be: "was founded", "was set up",
    "was born" (``origin_verbs``), "opened" with no object (``origin_intransitive``)."""
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    lemma = token.lemma_.lower()
    if lemma in w.origin_verbs:
        return True
    if lemma in w.origin_intransitive:
        return not any(c.dep_ == "dobj" for c in _children(token))
    particle = next((c for c in _children(token) if c.dep_ == "prt"), None)
    return particle is not None and f"{lemma} {_lower(particle)}" in w.origin_verbs


def _placed_a_day_from(token: Token, w: _TimeWords) -> tuple[Token, int] | None:
    """The event an act is placed the day before or after, and -1 or 1: "on the eve of
    the election", "resigned the day before the vote", "jumped on the day after the rate
    cut" (``day_before_phrases``, ``day_after_phrases``: a noun of the act, then the word
    that links it to the event, however the parse hangs them); else None."""
    starts = _day_phrase_starts()
    placings = []
    for child in _children(token):
        if child.dep_ == "npadvmod":
            placings.append(child)  # "the day before the vote"
        elif child.dep_ == "prep":  # "on the eve of", "[the day] before the vote"
            placings += [c for c in _children(child) if c.dep_ in {"pobj", "npadvmod"}]
    for placing in placings:
        if _lower(placing) not in starts or placing.i + 1 >= len(token.doc):
            continue
        link = token.doc[placing.i + 1]
        phrase = f"{_lower(placing)} {_lower(link)}"
        sign = -1 if phrase in w.day_before_phrases else 1 if phrase in w.day_after_phrases else 0
        if not sign:
            continue
        if not any(c.dep_ == "det" and _lower(c) == "the" for c in _children(placing)):
            continue  # "a day after talks collapsed" is a length (``_counted_from``)
        if link.dep_ == "mark" and link.head.i != token.i:  # "the day after [the rate cut]"
            return link.head, sign
        event = next((c for c in _children(link) if c.dep_ == "pobj"), None)
        if event is not None:
            return event, sign
    return None


@cache
def _day_phrase_starts() -> frozenset[str]:
    """The first words of ``day_before_phrases`` and ``day_after_phrases`` ("eve", "day"):
    a word that is none of them places no act a day from an event (read first)."""
    w = time_words()
    return frozenset(p.partition(" ")[0] for p in w.day_before_phrases | w.day_after_phrases)


def _a_day_from(
    found: tuple[Token, int] | None,
    at: set[int],
    *,
    near: tuple[int, ...] | None,
    held: Mapping[int, int],
) -> tuple[int, str, int] | None:
    """``TimeCues.counted`` of an act placed the day before or after an event of its
    sentence (``found``: ``_placed_a_day_from``; "will sail on the day after the ceremony
    on March 14"), when the act has no date of its sentence but the event's (``near``:
    its nearby dates, None when it inherits one): "raided the port Sunday, on the eve of
    the talks" keeps Sunday."""
    if near is None or found is None or found[0].i not in at:
        return None
    event, sign = found
    if any(held.get(d) != event.i for d in near):
        return None
    return event.i, "P1D", sign


def _a_day_apart(
    found: tuple[Token, int] | None, dated: tuple[int, ...], roots: Mapping[int, Token]
) -> int:
    """-1 (1) when the act's own first date is that of the event it is placed on the eve
    of (the day after; ``found``: ``_placed_a_day_from``): the date right after the
    event's words ("erupted on the eve of the election on Sunday", "resigned the day
    before the vote on Thursday"); else 0."""
    root = roots.get(dated[0]) if dated else None
    if found is None or root is None or root.dep_ != "pobj":
        return 0
    event, sign = found
    # The date hangs on the event's noun, or comes right after its words.
    after_it = root.head.head.i == event.i or root.head.i == event.right_edge.i + 1
    return sign if after_it else 0


def _date_of_its_doer(
    verb: Token, at: set[int], own: Mapping[int, tuple[int, ...]], roots: Mapping[int, Token]
) -> tuple[int, ...]:
    """The date an event noun that is ``verb``'s subject takes from a clause of its own
    ("The merger, which was completed in June, created a giant", "The fire, started by a
    cigarette on Sunday, destroyed 40 homes"): what an event did, it did while it
    happened. Only a date inside the noun's relative clause or participle aside."""
    noun = next((c for c in _children(verb) if c.dep_ == "nsubj"), None)
    if noun is None or noun.i not in at or noun.pos_ not in {"NOUN", "PROPN"}:
        return ()
    clauses = [c for c in _children(noun) if c.dep_ in {"relcl", "acl"} and c.i > noun.i]
    if not clauses:
        return ()
    dated = own.get(noun.i, ())
    return tuple(
        d for d in dated if any(c.left_edge.i <= roots[d].i <= c.right_edge.i for c in clauses)
    )


def _retells(noun: Token, w: _TimeWords) -> bool:
    """One of ``retelling_nouns``, in the singular, with no noun before it and no clause
    after it: "the announcement", "its decision"; not "the Supreme Court decision" (a
    named one), "the decision to close the plant" (one that names its own content)
    nor "the company's moves" (several)."""
    return (
        noun.tag_ == "NN"
        and noun.lemma_.lower() in w.retelling_nouns
        and not any(c.dep_ == "compound" for c in noun.lefts)
        # "her decision to close the plant": one that names its own content
        and not any(c.dep_ in {"acl", "relcl"} for c in noun.rights)
    )


def _past_below_a_verb_to_come(token: Token, memo: dict[int, str] | None) -> bool:
    """A verb told in the past in a clause of a verb told in the future or with a modal
    ("will walk out on Monday after talks collapsed", "will argue on Friday that managers
    broke the deal", "may strike on Monday after talks failed"): it cannot lie after
    publication, as the verb to come may; it takes none of that verb's dates. Not under
    a modal in a past form, which may tell a report's backshift ("said it would strike
    after talks failed": when they fail; ``backshift_modals``)."""
    if token.dep_ not in {"advcl", "ccomp"} or token.pos_ not in {"VERB", "AUX"}:
        return False
    if verb_tense(token, memo) != "past":
        return False
    head = token.head
    told = verb_tense(head, memo)
    if told == "modal":
        backshift = time_words().backshift_modals
        return not any(c.dep_ == "aux" and _lower(c) in backshift for c in _children(head))
    return told == "future"


def _conjoined_in_two_times(token: Token, event: int, memo: dict[int, str] | None) -> bool:
    """``token`` and the event at index ``event`` are verbs coordinated one after the
    other and told in two times (``_tense_shift``): "may cancel more flights and grounded
    40 planes on Monday"."""
    other = token.doc[event]
    if other.dep_ == "conj" and other.head.i == token.i:
        return _tense_shift(other, token, memo)
    if token.dep_ == "conj" and token.head.i == event:
        return _tense_shift(token, other, memo)
    return False


def _in_its_complement(token: Token, event: int, memo: dict[int, str] | None = None) -> bool:
    """The event at index ``event`` is the past verb of a clause with a subject of its
    own that ``token`` takes as its complement ("found that deaths rose in 2023", "showed
    that exports fell in January"): what the clause tells came before. Not an event to
    come ("worried their plan would fail today"), unless ``token`` is a speech act: what
    a warning or an estimate tells, any event of it, is never its own time ("estimated
    that the storm last month will cost $10 million"). Nor a clause without a subject
    ("was found Sunday clinging to a raft")."""
    current = token.doc[event]
    told = current.pos_ in {"VERB", "AUX"} and verb_tense(current, memo) == "past"
    if not told and not _speaks(token):
        return False
    for _ in range(_MAX_CLIMB):
        head = current.head
        if head.i == current.i:
            return False
        if head.i == token.i:
            return current.dep_ == "ccomp" and any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in _children(current)
            )
        current = head
    return False


def _told_by_its_noun(token: Token, event: int) -> bool:
    """The event at index ``event`` is the verb of a clause that tells what a noun of
    ``token``'s says or holds, a "that" clause with a subject of its own ("blamed a report
    that prices jumped in October", "rejected claims that troops shelled a village",
    "reacted to word that the cartel cut output"): the noun is ``token``'s object, or the
    object of its preposition. What the clause tells has its own time, not the act's on
    the noun; so has a verb the clause's verb governs ("suggestions that he tried to sell
    the team in August")."""
    clause = token.doc[event]
    for _ in range(_MAX_CLIMB):
        if clause.dep_ not in {"xcomp", "conj"} or clause.head.i == clause.i:
            break
        clause = clause.head
    if clause.dep_ != "acl" or not any(
        c.dep_ == "mark" and c.lower_ == "that" for c in _children(clause)
    ):
        return False
    if not any(c.dep_ in {"nsubj", "nsubjpass"} for c in _children(clause)):
        return False
    noun = clause.head
    # "reacted to word that ...": the noun's preposition hangs on the act
    link = noun.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun
    return link.head.i == token.i and link.dep_ in {"dobj", "prep"}


def _counted_from(
    token: Token,
    at: set[int],
    roots: Mapping[int, Token],
    dates: Sequence[Mapping[str, Any]],
    w: _TimeWords,
) -> tuple[int, str, int] | None:
    """The act an event is counted from, the length and the direction (``TimeCues.counted``):
    a clause, a noun or a gerund after "after" or "before" that has a length of its own,
    hung on an event of the sentence ("walked out on Tuesday, a day after talks
    collapsed", "two days after the shooting", "a week after rejecting it", "three days
    before its results were due"); else None."""
    if token.pos_ in {"NOUN", "PROPN"} or (token.dep_ == "pcomp" and token.tag_ == "VBG"):
        # A noun or a gerund after the preposition ("two weeks after losing a vote")
        mark = token.head if token.dep_ in {"pobj", "pcomp"} else None
        if mark is None or mark.dep_ != "prep":
            return None
        act, lengths = mark.head, list(_children(mark))  # "two days after the shooting"
        # "withdrew a day after the debate": the length right before the mark, on the act
        lengths += [c for c in _children(act) if c.right_edge.i == mark.i - 1]
        if act.i > token.i and _misread_mark(act, w) is mark:
            # "two days after an earthquake of magnitude 6.4 struck": the parse made the
            # clause's subject the object of "after"; the act is the clause's governor.
            act = act.head
        if any(root.i == act.i for root in roots.values()):
            # "fell on March 3, a day before the vote": the length is the preposition's
            # head; the act is the first event above it.
            lengths = [act]
            while act.i not in at and act.head.i != act.i:
                act = act.head
    else:
        verb = token.head if token.dep_ in {"acomp", "attr"} else token
        while verb.dep_ == "conj" and verb.head.i != verb.i:  # "after X fell and Y rose"
            verb = verb.head
        if verb.dep_ != "advcl":
            return None
        mark = next((c for c in _children(verb) if c.dep_ == "mark"), None)
        if mark is None:
            mark = _misread_mark(verb, w)
            if mark is None:
                return None
        # "a day after talks collapsed": the length hangs on the clause's verb, or on
        # its mark ("two days" under "after").
        act = verb.head
        lengths = [c for c in _children(verb) if c.i < mark.i] + list(_children(mark))
        # "began a day after talks collapsed": the length right before the mark, on the act
        lengths += [c for c in _children(act) if c.right_edge.i == mark.i - 1]
    if act.i not in at and only_relates(act):
        # "The attack came two days after talks collapsed": counted from the attack.
        act = next((c for c in _children(act) if c.dep_ == "nsubj" and c.i in at), act)
    lower = _lower(mark)
    sign = -1 if lower in w.counted_back_marks else 1 if lower in w.counted_ahead_marks else 0
    if not sign or act.i not in at or act.i == token.i:
        return None
    length = next((c.i for c in lengths if c.dep_ in {"npadvmod", "appos"}), None)
    found = next(
        (d for d, root in roots.items() if root.i == length and dates[d]["type"] == "DURATION"),
        None,
    )
    return None if found is None else (act.i, dates[found]["value"], sign)


def _misread_mark(verb: Token, w: _TimeWords) -> Token | None:
    """The "after" or "before" of a clause the parse read as a preposition with the
    clause's subject for its object: "two days after a storm with winds of 160 km/h
    battered the coast" (the clause's verb has no subject; the preposition hangs on it or
    on its governor, before the object and the verb)."""
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in _children(verb)):
        return None
    marks = w.counted_back_marks | w.counted_ahead_marks
    for prep in (*verb.lefts, *(c for c in _children(verb.head) if c.i < verb.i)):
        if (
            prep.dep_ == "prep"
            and _lower(prep) in marks
            and any(c.dep_ == "pobj" and prep.i < c.i < verb.i for c in _children(prep))
        ):
            return prep
    return None


# How a participle clause hangs on its verb ("sweep ..., killing nine").
_PARTICIPLE_LINKS = frozenset({"advcl", "xcomp", "conj", "dep"})


def _event_name(token: Token) -> str:
    """The name a later mention finds an event by: its lemma, or for a noun spelt apart
    from its verb that verb ("the explosion" after "a bomb exploded": explode)."""
    lemma = token.lemma_.lower()
    if token.pos_ in {"NOUN", "PROPN"}:
        return words().noun_verbs.get(lemma, lemma)
    return lemma


def _event_kind(token: Token, name: str) -> str:
    """The kind of the event (``event_kind``) by its name, else by its own word ("the
    layoffs": named "lay_off", of the kind of "laid off")."""
    kind = event_kind(name)
    return kind if kind != name else event_kind(token.lemma_.lower())


def _answers(token: Token) -> bool:
    """What a verb of awaiting awaits: "charges" in "faces charges over a spill"."""
    return token.dep_ == "dobj" and awaits(token.head)


def _told_as_may_be(token: Token, w: _TimeWords) -> bool:
    """The event's verb (or the verb that carries its noun: "Talks may take weeks") has a
    modal of what may, can or would be ("may", "might", "can", "would", "should";
    ``possibility_modals``, ``ability_modals``, ``outcome_modals``)."""
    verb = token
    for _ in range(_MAX_CLIMB):
        if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
            break
        verb = verb.head
    return _told_with(verb, w.possibility_modals | w.ability_modals | w.outcome_modals)


# The tags of a verb's present ("see", "sees") and its base form, which the tagger gives
# a plural present joined to another verb ("seized the town and now control the road").
_PRESENT_TAGS = frozenset({"VB", "VBP", "VBZ"})


def _has_aux(verb: Token) -> bool:
    """The verb has an auxiliary of its own ("has closed", "was closed")."""
    return any(c.dep_ in {"aux", "auxpass"} for c in _children(verb))


def _told_as_now(verb: Token, w: _TimeWords) -> bool:
    """The verb, or the copula of a state, has an adverb of now ("traders now see a cut
    as less likely", "is currently seeking a buyer", "is now worth twice that";
    ``now_adverbs``)."""
    words = (verb, verb.head) if verb.dep_ == "acomp" else (verb,)
    return any(
        c.dep_ == "advmod" and c.lower_ in w.now_adverbs for t in words for c in _children(t)
    )


def _told_with(verb: Token, modals: frozenset[str]) -> bool:
    """``verb`` has one of ``modals`` for an auxiliary ("can return")."""
    return any(c.dep_ == "aux" and c.lower_ in modals for c in verb.lefts)


def _participle(token: Token) -> bool:
    """A participle clause of a verb with no auxiliary of its own: "killing nine"; in a
    headline the small parser often misreads the verb ("Quake rocks Peru, leaving ..."),
    so a present participle right after a comma counts too."""
    if token.tag_ not in {"VBG", "VBN"} or _has_aux(token):
        return False
    after_comma = token.i > 0 and token.tag_ == "VBG" and token.nbor(-1).text == ","
    return after_comma or (token.dep_ in _PARTICIPLE_LINKS and token.head.pos_ in {"VERB", "AUX"})


def _tells_the_act_again(token: Token, participle: bool) -> bool:
    """A present participle clause of a verb ("sank on Sunday, capsizing after striking
    rocks"): it says what the act above it was, so an "after" phrase of its own places
    that act, not a second one; not a perfect participle ("having fled after the robbery",
    with its auxiliary no ``_participle``) nor one of a noun ("founded after the war")."""
    return participle and token.tag_ == "VBG" and token.dep_ == "advcl"


def _leads(token: Token) -> bool:
    """An event noun (or gerund) that is the subject of its sentence's main verb: "Quake
    kills 23", "Shooting leaves two dead"; the parse may hang it on the verb as a compound
    ("Talks collapse")."""
    dep = token.dep_
    if dep not in {"compound", "nsubj", "nsubjpass"}:
        return False  # read first: most event words are no subject
    head = token.head
    if head.dep_ != "ROOT" or head.i == token.i:
        return False
    if dep == "compound":
        return head.pos_ == "VERB" and token.pos_ in {"NOUN", "PROPN"}
    return token.pos_ in {"NOUN", "PROPN"} or token.tag_ == "VBG"


def _ahead_in_a_time_clause(
    token: Token, w: _TimeWords, memo: dict[int, str], *, done: bool = False, back: bool = False
) -> bool:
    """``token`` is in a clause of time or condition under a verb to come, where English
    tells the future in the present: "will reopen when repairs are finished", "is going
    to strike if talks collapse", "residents can return when the water recedes" (a
    modal).

    With ``back`` (``token`` in the past), under a modal: a report tells the whole back
    ("said the walkout would continue until management improved its offer").

    With ``done`` (``token`` in the present perfect), under any verb not told in the
    past: English tells what will be done first in the present perfect ("will reopen
    once divers have checked the channel", "can return home when the fire has been put
    out", "reopens on Friday after workers have repaired the roof").
    """
    current = token
    while current.dep_ == "conj" and current.head.i != current.i:
        current = current.head
    if current.dep_ != "advcl":
        return False
    marks = w.relative_marks | w.when_marks | w.conditional_marks
    head = current.head
    if head.dep_ == "advmod" and head.lower_ == "soon":  # "will fall as soon as it starts"
        head = head.head
    elif not any(c.dep_ in {"mark", "advmod"} and c.lower_ in marks for c in _children(current)):
        return False
    if head.dep_ == "xcomp" and head.head.lower_ == "going":  # "is going to strike if"
        return True
    told = tense(head, memo=memo)[0]
    if done:
        return told not in {"past", "perfect"}
    if back:  # only a modal in a past form tells a report's backshift
        return told == "modal" and any(
            c.dep_ == "aux" and _lower(c) in w.backshift_modals for c in _children(head)
        )
    return told in {"future", "modal"}


def _hand_to_booked(
    triggers: Sequence[tuple[Token, str, str]],
    at: set[int],
    own: dict[int, tuple[int, ...]],
    roots: Mapping[int, Token],
) -> dict[int, tuple[int, ...]]:
    """Move the dates a verb of booking names after "for" to the event it books ("called
    a strike for Dec. 2", "set a hearing for Jan. 5"; ``booking_verbs`` in
    models/dates/context.json). Returns booking verb -> the dates it handed on (no longer
    its own nor nearby)."""
    booking = context_words()["booking_verbs"]
    handed: dict[int, tuple[int, ...]] = {}
    for token, _, _ in triggers:
        if token.i not in own or token.lemma_.lower() not in booking:
            continue
        event = next((c for c in _children(token) if c.dep_ == "dobj" and c.i in at), None)
        moved = tuple(d for d in own[token.i] if _lower(roots[d].head) == "for")
        if event is None or not moved:
            continue
        _hand_on(own, token.i, event.i, moved)
        handed[token.i] = moved
    return handed


def _figure_of_results(noun: Token, at: set[int]) -> bool:
    """``noun`` is the object of a verb of results that is an event of the sentence
    ("reported a 14% rise", "posted a loss", "booked a charge"; ``result_verbs``)."""
    verb = noun.head
    return (
        noun.dep_ == "dobj"
        and noun.pos_ == "NOUN"
        and verb.i in at
        and verb.lemma_.lower() in words().result_verbs
    )


def _report_the_figure(
    figure: Token,
    own: dict[int, tuple[int, ...]],
    roots: Mapping[int, Token],
    dates: Sequence[Mapping[str, Any]],
) -> None:
    """The day the parse hangs on a figure of results ("reported a 14% rise in
    third-quarter profit on Thursday": "on Thursday" on "rise") goes to the verb when the
    verb has no date of its own; then a figure with no date of its own takes the period the
    verb holds beside a day ("posted a loss for the first quarter on Monday"), or else the
    period of a noun of its "in" or "for" phrase ("in third-quarter profit": the quarter)."""
    verb = figure.head

    def a_day(d: int) -> bool:
        return _day(dates[d]["value"] or "") is not None

    days = tuple(d for d in own.get(figure.i, ()) if a_day(d) and _hung_on(roots[d], figure))
    if days and verb.i not in own:
        _hand_on(own, figure.i, verb.i, days)
    if figure.i in own:
        return
    held = own.get(verb.i, ())
    periods = tuple(
        d
        for d in held
        if not a_day(d)
        and _hung_on(roots[d], verb)
        and roots[d].head.lower_ in _FIGURE_PERIOD_PREPS
    )
    if periods and any(a_day(d) for d in held):
        # "posted a loss for the first quarter on Monday": both on the verb
        _hand_on(own, verb.i, figure.i, periods)
        return
    for prep in _children(figure):
        if prep.dep_ != "prep" or prep.lower_ not in _FIGURE_PERIOD_PREPS:
            continue
        for noun in _children(prep):
            periods = tuple(d for d in own.get(noun.i, ()) if not a_day(d))
            if noun.dep_ == "pobj" and periods:
                own[figure.i] = periods
                return


# The prepositions of a figure's period phrase: "a rise in third-quarter profit", "a loss
# for the first quarter".
_FIGURE_PERIOD_PREPS = frozenset({"in", "for"})


def _hung_on(root: Token, word: Token) -> bool:
    """A date's head word hangs on ``word``, itself or by its preposition ("a rise on
    Thursday", "a rise Thursday")."""
    head = root.head
    return head.i == word.i or (head.dep_ == "prep" and head.head.i == word.i)


def _hand_on(
    own: dict[int, tuple[int, ...]],
    giver: int,
    taker: int | None,
    moved: tuple[int, ...],
    *,
    first: bool = False,
) -> None:
    """Move the dates ``moved`` from ``giver``'s own to ``taker``'s: after its own, or
    before them with ``first``; with no ``taker`` they are only taken from ``giver``."""
    if taker is not None:
        held = own.get(taker, ())
        own[taker] = moved + tuple(d for d in held if d not in moved) if first else held + moved
    kept = tuple(d for d in own[giver] if d not in moved)
    if kept:
        own[giver] = kept
    else:
        del own[giver]


# Modals that tell what may come, never a past: "could", "would" may ("could only draw").
_COMING_MODALS = frozenset({"may", "might"})


def _hand_back(
    triggers: Sequence[tuple[Token, str, str]],
    at: set[int],
    own: dict[int, tuple[int, ...]],
    roots: Mapping[int, Token],
    dates: Sequence[Mapping[str, Any]],
    memo: dict[int, str] | None = None,
) -> dict[int, tuple[int, ...]]:
    """Move the past dates of a verb told in the future (or with "may", "might") that sit
    between its subject and itself to that subject, when it is an event word: "The storm
    last month will cost insurers $2 billion" (the parse hangs "last month" on "cost"; an
    act to come cannot happen within a date that ended before the publication day). A
    subject that is no event word takes none; the verb keeps the dates of its own ("will
    resume on Monday"). Returns verb -> the dates it handed on."""
    reference: str | None = None  # the publication date, read for the first verb to come
    handed: dict[int, tuple[int, ...]] = {}
    for token, _, _ in triggers:
        dated = own.get(token.i)
        if not dated or not _told_to_come(token, memo):
            continue
        if reference is None:
            reference = token.doc._.briefx_reference
            if reference is None:
                return {}
        subject = next((c for c in _children(token) if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None:
            continue
        back = tuple(
            d
            for d in dated
            if subject.left_edge.i <= roots[d].i < token.i
            and (days := dates[d].get("range")) is not None
            and str(days[1]) < reference
        )
        if not back:
            continue
        taker = subject.i if subject.i in at and subject.i not in own else None
        _hand_on(own, token.i, taker, back)
        handed[token.i] = back
    return handed


def _told_to_come(verb: Token, memo: dict[int, str] | None = None) -> bool:
    """A verb told in the future ("will cost") or with a modal of what may come ("may
    lead"), not a modal perfect ("may have damaged")."""
    tense = verb_tense(verb, memo)
    if tense == "future":
        return True
    return tense == "modal" and any(
        c.dep_ == "aux" and _lower(c) in _COMING_MODALS for c in _children(verb)
    )


def _hand_ahead(
    triggers: Sequence[tuple[Token, str, str]],
    at: set[int],
    own: dict[int, tuple[int, ...]],
    dates: Sequence[Mapping[str, Any]],
) -> dict[int, tuple[int, ...]]:
    """Move the dates still to come of a verb in the simple past to the event noun it takes
    for object: "called a strike next week", "demanded an election next spring",
    "recommended surgery next week" (a past act cannot lie after the publication date;
    what it asked for, called or set can). So for a verb of expecting in the present
    (``expecting_now``: "Markets expect a cut in June", "The union wants a strike in
    April"): the expecting holds now; the date goes to a clause that tells what is
    expected when no event noun is its object ("forecast a slowdown in January as
    shoppers spend less"), and with neither ("Forecasters expect more snow over the
    weekend") leaves the verb all the same. A past act, a past passive or a state told
    with a past copula with a phrase of what it awaits (``_awaited``: "stepped up patrols
    ahead of a derby on Sunday", "were cautious ahead of a meeting next week") hands such
    a date to the awaited event noun, or drops it when the phrase names no event. Returns
    verb -> the dates it handed on."""
    reference: str | None = None  # the publication date, read for the first date to move
    expecting = time_words().expecting_now
    handed: dict[int, tuple[int, ...]] = {}
    for token, _, _ in triggers:
        if token.i not in own:
            continue
        auxes = [c for c in _children(token) if c.dep_ in {"aux", "auxpass"}]
        now = token.tag_ in {"VBP", "VBZ"} and token.lemma_.lower() in expecting and not auxes
        simple_past = token.tag_ == "VBD" and not auxes  # not "did call", "was called"
        # "Roads were closed before the marathon", "Investors were cautious ahead of it"
        past = simple_past or _told_as_past(token, auxes)
        if not (now or past):
            continue
        event = None
        if now or simple_past:
            event = next(
                (
                    c
                    for c in _children(token)
                    if c.dep_ == "dobj" and c.i in at and c.pos_ in {"NOUN", "PROPN"}
                ),
                None,
            )
        if event is None and now:
            # "forecast a slowdown in January as shoppers spend less": what the clause
            # tells is what is expected
            event = next((c for c in _children(token) if c.dep_ == "advcl" and c.i in at), None)
        awaited = _awaited(token) if event is None and past else None
        if awaited is not None and awaited.i in at:
            event = awaited  # "stepped up patrols ahead of a derby on Sunday"
        if event is None and not now and awaited is None:
            continue
        if reference is None:
            reference = token.doc._.briefx_reference
            if reference is None:
                return {}  # no publication date: nothing tells what is still to come
        ahead = tuple(d for d in own[token.i] if str(dates[d]["range"][0]) > reference)
        if not ahead:
            continue
        _hand_on(own, token.i, None if event is None else event.i, ahead, first=True)
        handed[token.i] = ahead
    return handed


def _told_as_past(token: Token, auxes: Sequence[Token]) -> bool:
    """A past passive ("Roads were closed") or a state told with a past copula
    ("Investors were cautious")."""
    if token.tag_ == "VBN" and auxes:
        return all(a.dep_ == "auxpass" and a.tag_ == "VBD" for a in auxes)
    return token.dep_ == "acomp" and token.head.tag_ == "VBD"


def _awaited(token: Token, *, preps: bool = True) -> Token | None:
    """The noun of what an act or a state awaits: "ahead of a derby", "prior to the vote"
    (``awaiting_adverbs`` with "of" or "to"), "during the run-up to a vote" (``run_up_nouns``
    with "to"), and with ``preps`` "before the marathon" (``awaiting_preps``), hung on the
    word or, for a state, on its copula; None when there is no such phrase."""
    w = time_words()
    holders = [token, token.head] if token.dep_ == "acomp" else [token]
    for holder in holders:
        for child in _children(holder):
            word = _lower(child)
            if child.dep_ != "prep" and not (child.dep_ == "advmod" and word in w.awaiting_adverbs):
                continue
            if child.dep_ == "prep" and (
                (preps and word in w.awaiting_preps) or _opens_what_is_awaited(child, w)
            ):
                # "before the marathon"; the "to" of "in the build-up to the final" the
                # parse hangs on the act
                phrase: Token | None = child
            else:
                # "ahead of", "prior to"; "during the run-up to": the phrase of the noun's
                awaiting = (
                    child
                    if word in w.awaiting_adverbs
                    else next((c for c in _children(child) if c.dep_ == "pobj"), None)
                )
                phrase = next(
                    (
                        c
                        for c in (_children(awaiting) if awaiting is not None else ())
                        if c.dep_ == "prep" and _opens_what_is_awaited(c, w)
                    ),
                    None,
                )
            noun = (
                None
                if phrase is None
                else next((c for c in _children(phrase) if c.dep_ == "pobj"), None)
            )
            if noun is not None:
                return noun
    return None


def _opens_what_is_awaited(prep: Token, w: _TimeWords) -> bool:
    """``prep`` opens the phrase of what an act awaits: the "of" of "ahead of", the "to" of
    "prior to" (``awaiting_adverbs``) or of "the run-up to" (``run_up_nouns``)."""
    word = _lower(prep)
    if word not in {"of", "to"}:
        return False
    head = prep.head
    if _lower(head) in w.awaiting_adverbs:
        return True
    if word != "to":
        return False
    # The noun the "to" hangs on, or the one right before it when the parse hangs "to" on
    # the act ("in the build-up to the final"); "run-up" is three tokens: "run", "-", "up"
    before = prep.doc[prep.i - 1] if prep.i > 0 else head
    for noun in (head, before):
        if noun.pos_ not in {"NOUN", "PROPN"}:
            continue
        lefts = [c.i for c in noun.lefts if c.dep_ in {"compound", "punct"}]
        if prep.doc[min(lefts, default=noun.i) : noun.i + 1].text.lower() in w.run_up_nouns:
            return True
    return False


def _hand_to_awaited(
    triggers: Sequence[tuple[Token, str, str]],
    at: set[int],
    own: dict[int, tuple[int, ...]],
    roots: Mapping[int, Token],
) -> dict[int, tuple[int, ...]]:
    """Move a date the parse hangs on an act right after the phrase of what the act awaits
    to the awaited event noun, whatever the act's tense: "will close roads prior to the
    marathon on Sunday", "will campaign during the run-up to a vote in May" (``_awaited``);
    with no event noun there it is only taken from the act. A date told before the phrase
    ("will walk out on Dec. 1, ahead of Christmas") stays; so does one after "before",
    which also puts an act in front of a body ("will testify before the committee on Feb.
    10"). Returns act -> the dates moved."""
    handed: dict[int, tuple[int, ...]] = {}
    for token, _, _ in triggers:
        if token.i not in own or (awaited := _awaited(token, preps=False)) is None:
            continue
        after = awaited.right_edge.i + 1
        moved = tuple(
            d
            for d in own[token.i]
            if (roots[d].head.i if roots[d].dep_ == "pobj" else roots[d].left_edge.i) == after
        )
        if moved:
            _hand_on(own, token.i, awaited.i if awaited.i in at else None, moved)
            handed[token.i] = moved
    return handed


def _scheduled_for(
    noun: Token, roots: Mapping[int, Token], dates: Sequence[Mapping[str, Any]]
) -> list[int]:
    """The dates a scheduling participle of ``noun`` names ("talks set for Friday",
    "a vote due on Monday", ``scheduling`` in models/events/words.json)."""
    scheduling = words().scheduling
    out: list[int] = []
    for child in _children(noun):
        if child.dep_ not in {"acl", "amod"} or child.lemma_.lower() not in scheduling:
            continue
        for d, root in roots.items():
            head = root.head
            if head.dep_ == "prep" and head.i != child.i:
                head = head.head
            if head.i == child.i and _usable(dates[d]):
                out.append(d)
    return out


def _taking_part(noun: Token, verb: Token, w: _TimeWords) -> bool:
    """``verb`` takes part in what ``noun`` names: the noun is its subject or object
    ("Monday's blackout left ...", "won Sunday's race"), or an occasion it lies within,
    wherever the parse hung it ("fell 10 points in Friday's trading"; ``occasion_preps``);
    not what it awaits ("awaited Sunday's runoff")."""
    if noun.dep_ == "pobj":
        return _lower(noun.head) in w.occasion_preps
    if noun.dep_ == "dobj" and awaits(verb):
        return False  # "awaited Sunday's runoff": it comes after the awaiting
    if verb.lemma_.lower() in words().recalling:
        return False  # "remembered the 1998 storm", "condemned Sunday's attack": later
    return noun.head.i == verb.i and noun.dep_ in {"nsubj", "nsubjpass", "dobj"}


def _date_of_its_event(
    verb: Token, own: Mapping[int, tuple[int, ...]], roots: Mapping[int, Token], w: _TimeWords
) -> tuple[int, ...]:
    """The date that names the event noun a verb takes part in as its object, before the
    noun or in its possessive ("who led the 1998 coup", "brokered the March ceasefire",
    "won Sunday's race"): the act happened then. Not one a verb reacts to or recalls
    ("condemned the 2019 attack", ``_taking_part``), calls, announces or decides on
    ("called the June strike", ``taking_up``), reports, plans, expects, threatens or
    orders ("planned a march on Saturday", "ordered a recall next month"); not a date in
    the noun's own phrases ("expects a rise in December", "a vote against the 1994
    act")."""
    lemma = verb.lemma_.lower()
    event_words = words()
    if lemma in w.taking_up or lemma in event_words.reporting or lemma in event_words.stance:
        return ()
    if (
        lemma in event_words.scheduling
        or lemma in event_words.control
        or lemma in event_words.object_control
    ):
        return ()  # "threatened a walkout next month", "ordered a recall next month"
    for child in _children(verb):
        if child.dep_ == "dobj" and child.i in own and _taking_part(child, verb, w):
            return tuple(d for d in own[child.i] if d in roots and roots[d].head.i == child.i)
    return ()


def _said_while_acting(
    clause: Token, own: Mapping[int, tuple[int, ...]], reporting: frozenset[str]
) -> tuple[int, ...]:
    """The own date of the act a participle of saying hangs on, for the clause it reports
    ("had walked out in May, saying managers ignored its demands", "sued a rival in
    April, claiming it copied a design"): what was said was so when the act was done."""
    saying = clause.head
    if saying.tag_ != "VBG" or saying.dep_ != "advcl" or not _reports(saying, reporting):
        return ()
    return own.get(saying.head.i, ())


def _made_to_happen(token: Token, own: Mapping[int, tuple[int, ...]]) -> tuple[int, ...]:
    """The own date of the clause a verb made happen: "a wildfire forced 9,000 residents
    to flee their homes on Wednesday", "managed to reach the summit on Friday": the
    forcing and the managing were then too (a verb of ``control`` or ``object_control``
    of events/words.json that gives its clause "actual"). So did what a verb of
    ``bare_infinitive_verbs`` helped, made or saw happen ("heard the gunman fire shots on
    Monday")."""
    w = words()
    lemma = token.lemma_.lower()
    if lemma in context_words()["bare_infinitive_verbs"]:
        # "helped the club reach the final in March", "heard the gunman fire on Monday"
        bare = next((c for c in _children(token) if bare_infinitive(c)), None)
        if bare is not None:
            return own.get(bare.i, ())
    if w.object_control.get(lemma) != "actual" and w.control.get(lemma) != "actual":
        return ()
    return next((own[c.i] for c in _children(token) if c.dep_ == "xcomp" and c.i in own), ())


def _part_taken(token: Token, named_by: Mapping[int, Token], w: _TimeWords) -> tuple[int, ...]:
    """The possessive dates of the occasions ``token`` takes part in, its subject or
    object or a phrase it lies within ("won Sunday's election", "fell in Friday's
    trading"), wherever the parse hangs its clause."""
    return tuple(
        d
        for d, noun in named_by.items()
        if (noun.head.i == token.i or (noun.dep_ == "pobj" and noun.head.head.i == token.i))
        and _taking_part(noun, token, w)
    )


def _within_occasion(
    token: Token, own: Mapping[int, tuple[int, ...]], w: _TimeWords
) -> tuple[int, ...]:
    """The own dates of an event noun that the verb ``token`` is done at, during or in
    (``occasion_preps``: "would sign the accord at a summit on Friday", "was killed in an
    attack on Sunday"), wherever its clause hangs. A verb that talks an event over does
    so at the occasion too ("would review its forecasts at a meeting on Jan. 29"): what
    it talks over is its object, or comes after ``reacting_preps``. A noun no event word
    takes the date of the participle that tells it was held ("backed the mayor in a poll
    taken in October"; ``occasion_participles``)."""
    if token.pos_ != "VERB" or not token.n_rights:
        return ()
    for prep in token.rights:
        if prep.dep_ != "prep" or _lower(prep) not in w.occasion_preps:
            continue
        for noun in _children(prep):
            if noun.dep_ == "pobj" and noun.i in own:
                return own[noun.i]
    # the parse often hangs the phrase on the object: "found 12 faults in checks carried
    # out on Monday"
    objects = [c for c in token.rights if c.dep_ == "dobj"]
    for word in [token, *objects]:
        for opener in _children(word):
            if opener.dep_ != "prep" or _lower(opener) not in w.occasion_preps:
                continue
            for noun in _children(opener):
                held = _held_at(noun, own, w) if noun.dep_ == "pobj" else None
                if held is not None:
                    return own[held.i]
    return ()


def _held_at(noun: Token, own: Mapping[int, tuple[int, ...]], w: _TimeWords) -> Token | None:
    """The participle with a date of its own that tells ``noun`` was held ("a poll taken
    in October", "checks carried out on Monday"; ``occasion_participles``), or None."""
    for held in _children(noun):
        if (
            held.dep_ == "acl"
            and held.tag_ == "VBN"
            and held.i in own
            and held.lemma_.lower() in w.occasion_participles
        ):
            return held
    return None


def _during_clause(
    token: Token, own: Mapping[int, tuple[int, ...]], w: _TimeWords
) -> tuple[int, ...]:
    """The own dates of a clause of the verb ``token`` opened by one of ``during_marks``
    ("skidded while landing on Saturday", "collapsed when a truck hit it on Monday",
    "fell as investors sold on Friday"): its event's, else those of the verb it goes on
    to ("while trying to rescue his dog on Sunday")."""
    if token.pos_ not in {"VERB", "AUX"}:
        return ()
    for clause in _children(token):
        if clause.dep_ != "advcl" or not any(
            c.dep_ in {"mark", "advmod"} and _lower(c) in w.during_marks for c in _children(clause)
        ):
            continue
        dated = own.get(clause.i) or next(
            (own[c.i] for c in _children(clause) if c.dep_ == "xcomp" and c.i in own), ()
        )
        if dated:
            return dated
    return ()


def _conjuncts_clause(
    token: Token,
    own: Mapping[int, tuple[int, ...]],
    w: _TimeWords,
    memo: dict[int, str] | None = None,
) -> tuple[int, ...]:
    """The dates of a clause of time the parse hung on a verb coordinated after ``token``
    ("Ten people were killed and dozens wounded when a bomb exploded on Wednesday,
    officials said": the clause is the killing's too), when both are told in the past
    (``_during_clause``)."""
    if token.pos_ not in {"VERB", "AUX"} or verb_tense(token, memo) != "past":
        return ()
    for conjunct in _children(token):
        if (
            conjunct.dep_ == "conj"
            and conjunct.i not in own
            and verb_tense(conjunct, memo) == "past"
        ):
            dated = _during_clause(conjunct, own, w)
            if dated:
                return dated
    return ()


def _placed_by(token: Token, own: Mapping[int, tuple[int, ...]], w: _TimeWords) -> tuple[int, ...]:
    """The own dates of the verb an "after" or "before" clause of ``token`` is placed by
    ("who took office in March after her predecessor resigned"), wherever that verb's
    clause hangs: the clause shares its time, as a clause of the main line shares its
    sentence's dates ("was rescued last November after the boat capsized")."""
    if token.dep_ != "advcl" or not _marks(token) & w.apart_marks:
        return ()
    return own.get(token.head.i, ())


# How the clause a reporting verb says hangs on it ("said the talks had failed", "the
# talks had failed, she said").
_SAID_LINKS = frozenset({"ccomp", "parataxis"})


# How far below an event word a season of play is looked for ("at the end of last season").
_PERIOD_DEPTH = 4
# Links to another clause, where a season would be that clause's.
_CLAUSE_LINKS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis"})


def _clause_root(token: Token) -> Token:
    """The root of ``token``'s parse tree: its sentence's main verb (no Span is built)."""
    while token.head.i != token.i:
        token = token.head
    return token


def _clause_text(token: Token, text: str) -> str:
    """The text of ``token``'s sentence (its clause root's span), lower case: read once to
    see whether the sentence names a word some rules look for ("last season", "during").
    ``text``: the Doc's (``text_of``)."""
    root = _clause_root(token)
    start, last = root.left_edge, root.right_edge
    return text[start.idx : last.idx + len(last)].lower()


def _trees_text(token: Token, at: Collection[int], text: str) -> tuple[str, bool]:
    """The text, lower case, of the parse trees the sentence's event words and the head
    words of its dates (at ``at``) lie in, and whether they all lie in ``token``'s (the
    text is then ``_clause_text``'s). Each tree is a run of words, so the text from the
    first word's tree to the last one's holds them all (a sentence the parse split in two
    holds two). Each word a rule reads by walking down or up from an event word or a
    date's head is in it, and so is its lower case (``str.lower`` lowers letter by
    letter): a word of a list not in the text is no such word's. ``text``: the Doc's
    (``text_of``)."""
    doc = token.doc
    root = _clause_root(token)
    first, last = root.left_edge, root.right_edge
    low, high = min(at), max(at)
    one_tree = first.i <= low and high <= last.i
    if not one_tree:
        first = min(first, _clause_root(doc[low]).left_edge, key=lambda t: t.i)
        last = max(last, _clause_root(doc[high]).right_edge, key=lambda t: t.i)
    return text[first.idx : last.idx + len(last)].lower(), one_tree


def _in_an_untold_period(token: Token, w: _TimeWords) -> bool:
    """The event is told within a season of play ("scored 19 goals last season", "at the
    end of last season", "midway through the season"), a time no calendar date names."""
    level = [c for c in _children(token) if c.dep_ not in _CLAUSE_LINKS]
    for _ in range(_PERIOD_DEPTH):
        if any(c.lemma_.lower() in w.untold_periods and c.pos_ == "NOUN" for c in level):
            return True
        level = [g for c in level for g in _children(c) if g.dep_ not in _CLAUSE_LINKS]
    return False


def _placed_apart(token: Token, w: _TimeWords, seasons: bool, since: bool) -> bool:
    """The event lies apart from the dates of its sentence and scene, though none of its
    own places it: an act judged or talked over ("convicted on Monday of taking bribes",
    "discussed the strike on Thursday": it came before; reactions are ``_taken_up_by``),
    an act within a season of play ("scored 19 goals last season": a time the calendar does
    not name; ``seasons``: the sentence names one), the start of a span ("bringing the
    total since the outbreak began"), an event named by its aftermath ("met flood victims
    on Monday": the flood came before). ``since``: the sentence has a word of
    ``span_starts`` ("since")."""
    return (
        _judged(token, w)
        # "their heaviest defeat of the season": the record's field, not its time
        or (seasons and _in_an_untold_period(token, w) and not _told_as_a_record(token))
        or (since and _starts_a_span(token, w))
        or _names_an_aftermath(token, w)
    )


def _of_a_total(root: Token, at: Collection[int], w: _TimeWords) -> bool:
    """A date on a running total that is no event of its own (``running_totals``, not
    ``at``: "a $7 million loss last year" is the loss's time): "the total this year",
    "the death toll this month", "the number of arrests this month", "the number
    released this week"."""
    noun = root.head
    if root.dep_ == "pobj" and noun.dep_ == "prep":
        noun = noun.head  # "the total for the year"
    if noun.pos_ in {"VERB", "AUX"}:
        # "taking the total this year to 1,400": the parse hangs the date on the verb,
        # right after the total it moves
        return any(
            c.dep_ == "dobj"
            and c.lemma_.lower() in w.running_totals
            and c.i not in at
            and c.right_edge.i + 1 == root.left_edge.i
            for c in _children(noun)
        )
    for _ in range(2):  # "the number [of arrests] this month", "the number [released]"
        if noun.pos_ in {"NOUN", "PROPN"} and noun.lemma_.lower() in w.running_totals:
            return noun.i not in at and root.dep_ in {"npadvmod", "pobj", "nmod"}
        noun = noun.head
    return False


def _since_a_clause(token: Token, w: _TimeWords) -> bool:
    """A clause that starts a span hangs on the verb of a perfect of its own ("Prices have
    risen since the war began in 2022"): told in the present perfect, the verb runs from
    it to now (not a verb that borrows the perfect: "have called for her to step down
    since ...")."""
    clause = any(c.dep_ == "advcl" and _starts_a_span(c, w) for c in _children(token))
    return clause and _own_perfect(token)


def _own_perfect(token: Token) -> bool:
    """The verb carries the "have" of a perfect itself (not one it borrows from the verb
    it completes)."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in _children(token))


def _runs_for(
    token: Token, roots: Mapping[int, Token], dates: Sequence[Mapping[str, Any]], w: _TimeWords
) -> bool:
    """A length after "for" hangs on the verb of a perfect of its own ("have held the town
    for six weeks", "has been missing for three days"): told in the present perfect, it
    still holds. Not the term a judgment sets ("has been jailed for ten years")."""
    if token.lemma_.lower() in w.judging or not _own_perfect(token):
        return False
    return any(
        dates[d].get("type") == "DURATION"
        and root.dep_ == "pobj"
        and _lower(root.head) == "for"
        and root.head.head.i == token.i
        for d, root in roots.items()
    )


def _starts_a_span(token: Token, w: _TimeWords) -> bool:
    """The event is told in a clause that starts a span ("since the talks ended")."""
    for c in _children(token):  # a loop, not any(): read for every event word
        if c.dep_ == "mark" and c.lower_ in w.span_starts:
            return True
    return False


def _names_an_aftermath(token: Token, w: _TimeWords) -> bool:
    """An event noun that modifies a noun of those it touched or of what it left: "flood
    victims", "robbery suspects", "crash investigators", "the blast site"
    (``aftermath_nouns``); the small parser may read the pair as two objects ("blessed
    tsunami survivors"). Not "rescue efforts" nor "a rescue operation"."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return False
    noun = token.head if token.dep_ in {"compound", "nmod"} else split_head(token)
    return noun.i != token.i and noun.lemma_.lower() in w.aftermath_nouns


def _past_perfect(token: Token, w: _TimeWords) -> bool:
    """A verb in the past perfect: "had lost", "had been sold", "'d gone"."""
    return bool(token.n_lefts) and any(
        c.dep_ == "aux" and c.lower_ in w.past_perfect_aux for c in token.lefts
    )


def _reported_look_back(root: Token, w: _TimeWords, reporting: frozenset[str]) -> bool:
    """The date at ``root`` is one of a past perfect that a report tells: "parents said
    staff had complained about the wiring in September", "told reporters she had considered
    leaving in July"."""
    verb = root.head
    for _ in range(_MAX_CLIMB):
        if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
            break
        verb = verb.head
    while verb.dep_ == "xcomp" and not _past_perfect(verb, w):
        verb = verb.head  # "had considered leaving in July"
    return _past_perfect(verb, w) and _in_a_report(verb, reporting) is not None


def _lasted_before(token: Token, w: _TimeWords) -> bool:
    """A past perfect (``_past_perfect``) with "for" a span ("had run the shop for 20
    years", "had protested for months"): a state that led up to the told scene, not one
    within it."""
    for prep in _children(token):
        if prep.dep_ == "prep" and prep.lower_ == "for":
            span = next((c for c in _children(prep) if c.dep_ == "pobj"), None)
            if span is not None and span.lemma_.lower() in w.elapsed_units:
                return True
    return False


def _during_a_long_event(token: Token, w: _TimeWords) -> bool:
    """The event is placed during an event that lasts months or years: "damaged during
    the war", "housed refugees throughout the conflict", "survived shelling throughout the
    siege" (the parse may hang the phrase on the object; ``long_events``,
    ``long_event_preps``)."""
    words = [token, *(c for c in _children(token) if c.dep_ in {"dobj", "xcomp"})]
    return any(
        c.dep_ == "prep"
        and _lower(c) in w.long_event_preps
        and any(o.dep_ == "pobj" and o.lemma_.lower() in w.long_events for o in _children(c))
        for word in words
        for c in _children(word)
    )


def sets_no_scene(root: Token, record: Mapping[str, Any]) -> bool:
    """Whether a date, where its sentence puts it, sets no scene for the sentences that
    follow: it bounds a span ("has not sung since her surgery in March"), names the
    stretch up to the story ("over the past month"), tells a place's or a thing's history
    ("in Amaro, where a pupil fell ill in August"), is the time a verb of sequence places
    its subject after ("the selloff followed a strong November") or ends a period of
    accounts ("in the quarter ended Sept. 28"), or is the time of an act told as a look
    back ("It last erupted in 1998", ``looks_back``). Read for every sentence, with events
    or none (a sentence with a date and no event sets the scene otherwise)."""
    w = time_words()
    return (
        _bounds_a_span(root, w)
        or _a_deadline(root, w)
        or _since_a_record(root, w)
        or _to_now(record, w)
        or _in_a_clause_of_a_thing(root, w)
        or sequenced(root)
        or _ends_a_period(root, w)
        or _of_a_look_back(root)
    )


def _a_deadline(root: Token, w: _TimeWords) -> bool:
    """The date right after "by" (``deadline_preps``): a deadline an act is done before
    ("will hand over their weapons by the end of March"), no time it lies within, nor one
    the acts told after it do ("In return, the government will release 400 prisoners").
    Only right after it: "was hit by a storm on Monday" is no deadline."""
    before = root.left_edge.i - 1
    return before >= 0 and _lower(root.doc[before]) in w.deadline_preps


def _of_a_look_back(root: Token) -> bool:
    """The date's verb, the first above it, is told as a look back ("was last seen on
    March 2", "previously recalled vans in June")."""
    current = root
    for _ in range(_MAX_CLIMB):
        if current.pos_ in {"VERB", "AUX"}:
            return looks_back(current)
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def _in_a_clause_of_a_thing(root: Token, w: _TimeWords) -> bool:
    """The date is in a relative clause that tells the history of a place or a thing, not
    of its sentence's subject: "in Amaro, where a pupil fell ill after a trip in August"
    (``place_clause_marks``), "released fishermen it detained in May". A relative clause
    on the subject ("Veltor, which lost money in the third quarter, cut 300 jobs") frames
    what follows."""
    current = root
    for _ in range(_MAX_CLIMB):
        if current.dep_ == "relcl":
            return current.head.dep_ not in _SUBJECT_LINKS or any(
                c.dep_ == "advmod" and _lower(c) in w.place_clause_marks for c in _children(current)
            )
        if current.head.i == current.i:
            return False
        current = current.head
    return False


# How a relative clause's noun can be its sentence's subject.
_SUBJECT_LINKS = frozenset({"nsubj", "nsubjpass"})


def _to_now(record: Mapping[str, Any], w: _TimeWords) -> bool:
    """A date that names the stretch up to the story: "the past month", "the last year"
    (``stretches_to_now`` and a unit of the date lexicon), not "last month"."""
    words = str(record.get("text") or "").lower().rsplit(" ", 1)
    return len(words) == 2 and words[0] in w.stretches_to_now and words[1] in lexicon().units


def _in_sequence(token: Token, w: _TimeWords) -> bool:
    """An event noun that a verb of sequence places before or after its subject: "a
    freeze that followed a clash", "the row that preceded the summit", "was followed by a
    strike" (``sequence_verbs``): placed only relative to another event. Not when the
    verb holds a date, which is then the noun's ("the protest followed the approval of
    the dam on Monday")."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return False
    verb = token.head
    if token.dep_ == "pobj" and verb.lower_ == "by" and verb.dep_ == "agent":
        verb = verb.head
    elif token.dep_ != "dobj":
        return False
    if verb.lemma_.lower() not in w.sequence_verbs:
        return False
    return not any(
        c.ent_type_ in {"DATE", "TIME"}
        or (c.dep_ == "prep" and any(g.ent_type_ in {"DATE", "TIME"} for g in _children(c)))
        for c in _children(verb)
    )


def _over_a_stretch(
    owned: Sequence[int], dates: Sequence[Mapping[str, Any]], w: _TimeWords
) -> bool:
    """One of the event's own dates is a length that names a stretch of the calendar:
    "over the past 12 months", "in the first nine months" (``stretch_words``); not one of
    hours or minutes, which lies within the day told ("scored in the last ten minutes")."""
    return any(
        dates[d].get("type") == "DURATION"
        and not str(dates[d].get("value") or "").startswith("PT")
        and bool(set(str(dates[d].get("text") or "").lower().split()) & w.stretch_words)
        for d in owned
    )


def _judged(token: Token, w: _TimeWords) -> bool:
    """``token`` is the act a judgment is about: the gerund of "convicted of taking",
    "fined for fielding", "suspected of setting", or the event noun of "charged over the
    attack", "detained in connection with the stabbing" (``judging``, ``judged_preps``)."""
    # The word's own link first: most words are no preposition's object.
    dep = token.dep_
    if dep == "pcomp":
        if token.tag_ != "VBG":
            return False
    elif dep != "pobj" or token.pos_ not in {"NOUN", "PROPN"}:
        return False
    prep = token.head
    if prep.lower_ not in w.judged_preps:
        return False
    judge = prep.head
    if judge.lower_ == "connection" and judge.head.dep_ == "prep":
        judge = judge.head.head  # "in connection with the stabbing"
    if judge.dep_ == "dobj" and judge.lemma_.lower() not in w.judging:
        judge = judge.head  # the parse hangs "of" on the one judged: "convicted the mayor of"
    # A verb or an adjective ("found guilty of"), not a noun ("answered questions over
    # lunch").
    return judge.pos_ in {"VERB", "ADJ"} and judge.lemma_.lower() in w.judging


def _judge_of(token: Token, w: _TimeWords) -> Token | None:
    """The verb of the judgment ``token`` is the act of (``_judged``): "convicted" of
    "convicted him of taking", "found" of "found the officer guilty of beating"."""
    if not _judged(token, w):
        return None
    judge = token.head.head
    if judge.lower_ == "connection" and judge.head.dep_ == "prep":
        judge = judge.head.head
    if judge.dep_ == "dobj" and judge.lemma_.lower() not in w.judging:
        judge = judge.head
    return judge.head if judge.pos_ == "ADJ" and judge.head.pos_ in {"VERB", "AUX"} else judge


def _in_a_judged_act(token: Token, w: _TimeWords) -> bool:
    """``token`` is the act a judgment is about or lies within its phrase ("convicted of
    causing a crash in May": the causing and the crash)."""
    current = token
    for _ in range(_MAX_CLIMB):
        if _judged(current, w):
            return True
        head = current.head
        if head.i == current.i or (current.pos_ in {"VERB", "AUX"} and current.i != token.i):
            return False
        current = head
    return False


def _after_a_judged_act(clause: Token, w: _TimeWords) -> bool:
    """A clause the parse hung on the verb of a judgment right after the act judged, which
    it tells of ("sentenced the mayor for taking bribes | while he ran the city")."""
    for prep in _children(clause.head):
        if prep.dep_ != "prep" or prep.right_edge.i + 1 != clause.left_edge.i:
            continue
        if any(_judged(c, w) for c in _children(prep)):
            return True
    return False


def _taken_up_by(token: Token, w: _TimeWords) -> Token | None:
    """The verb an event noun is the object of when that verb reacts to it or takes it up
    ("condemned the attack", "protested against the verdict", "postponed the vote";
    ``reacting``, ``taking_up``, ``reacting_preps``), or the noun of an inquiry or a
    reaction it comes after ("an investigation into the fire", "anger over the bombing";
    ``inquiry_nouns``, ``inquiry_preps``), else None."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return None
    noun = token
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head  # "condemned the raids and the arrests"
    if noun.dep_ == "pobj" and noun.head.lower_ in w.inquiry_preps:
        prep = noun.head
        inquiry = prep.head
        if inquiry.pos_ == "VERB":
            # The parse hangs the phrase on the verb: "opened an investigation into the fire".
            inquiry = next(
                (c for c in _children(inquiry) if c.dep_ == "dobj" and c.i < prep.i), inquiry
            )
        if inquiry.pos_ == "NOUN" and inquiry.lemma_.lower() in w.inquiry_nouns:
            return inquiry
    if noun.dep_ == "dobj":
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ in w.reacting_preps:
        verb = noun.head.head
    else:
        return None
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or (lemma not in w.reacting and lemma not in w.taking_up):
        return None
    return verb


def _runs_from(token: Token, bounded: Sequence[int], roots: Mapping[int, Token]) -> bool:
    """One of the sentence's bounding dates ("since Sunday") hangs on ``token``'s clause:
    the first verb above it is ``token`` or its copula ("has been missing since")."""
    for d in bounded:
        current = roots[d]
        for _ in range(_MAX_CLIMB):
            head = current.head
            if head.i == current.i:
                break
            if head.pos_ in {"VERB", "AUX"}:
                copula = token.dep_ in {"acomp", "attr"} and head.i == token.head.i
                if head.i == token.i or copula:
                    return True
                break
            current = head
    return False


def _ahead_of_a_report(token: Token, reporting: frozenset[str]) -> bool:
    """``token`` is in the clause a past reporting verb says ("said he would appeal",
    "told reporters it could reopen"), or coordinated with the verb that is."""
    report = _in_a_report(token, reporting, {"ccomp"})
    return report is not None and report.tag_ == "VBD"


def _in_a_report(
    token: Token, reporting: frozenset[str], links: frozenset[str] | set[str] = _SAID_LINKS
) -> Token | None:
    """The reporting verb whose clause tells ``token`` ("said the talks had failed", "the
    talks had failed, she said"), through coordination ("said they met and agreed"), or
    None."""
    current = token
    while current.dep_ == "conj" and current.head.i != current.i:
        current = current.head
    report = current.head
    return report if current.dep_ in links and _reports(report, reporting) else None


def _counted_from_the_scene(token: Token, w: _TimeWords) -> bool:
    """An event placed by minutes or hours from the told scene: "had taken the lead after
    12 minutes", "within hours, crews had reached the town", "had taken off about 40
    minutes earlier", "had left two hours before" (``elapsed_units`` that are no
    ``long_spans``; ``earlier_marks`` but "ago", which counts from now, or "later")."""
    short = w.elapsed_units - w.long_spans
    return any(
        (
            c.dep_ == "prep"
            and (_lower(c) == "after" or _lower(c) in w.within_preps)
            and any(o.dep_ == "pobj" and o.lemma_.lower() in short for o in _children(c))
        )
        or (
            c.dep_ == "advmod"
            and (_lower(c) in w.earlier_marks - _FROM_NOW or _lower(c) == "later")
            and any(o.dep_ == "npadvmod" and o.lemma_.lower() in short for o in _children(c))
        )
        for c in _children(token)
    )


# The mark of a length counted back from now, not from the scene ("an hour ago").
_FROM_NOW = frozenset({"ago"})


def _report_day(root: Token, verb: Token) -> bool:
    """``verb`` is the report whose day the date at ``root`` tells, though the parse hung
    it on the clause the report carries ("said on Monday it will cut jobs")."""
    report = report_day_of(root)
    return report is not None and report.i == verb.i


def _report_of(token: Token, said: Mapping[int, tuple[int, ...]]) -> tuple[int, ...]:
    """The date of the dated report whose clause tells ``token`` ("two people died, police
    said on Monday"; "said on Monday that two people died"), or ()."""
    current = token
    for _ in range(_MAX_CLIMB):
        head = current.head
        if head.i == current.i:
            return ()
        if head.i in said:
            return said[head.i] if current.dep_ in {"ccomp", "parataxis"} else ()
        current = head
    return ()


def _when_clause(
    token: Token,
    roots: Mapping[int, Token],
    dates: Sequence[Mapping[str, Any]],
    w: _TimeWords,
) -> tuple[int, ...]:
    """A clause opened by "when" right after a date happens within that date: "through
    the first half of 2027, when factories will cut output" (not the sentence's first);
    so does one right after a noun the date modifies: "since the 2008 crisis, when banks
    stopped lending", "last year's floods, when the river burst its banks"."""
    if not any(c.dep_ == "advmod" and _lower(c) in w.when_marks for c in _children(token)):
        return ()
    before = token.left_edge.i - 1  # the word before the clause, over its punctuation
    while before >= 0 and token.doc[before].is_punct:
        before -= 1
    if before < 0:
        return ()
    last = token.doc[before]
    for d in roots:
        if dates[d].get("end") == last.idx + len(last) and _usable(dates[d]):
            return (d,)
    if last.pos_ in {"NOUN", "PROPN"}:
        for d, root in roots.items():
            if root.head.i == last.i and root.i < last.i and _usable(dates[d]):
                return (d,)
    return ()


def _quote_marks(token: Token, w: _TimeWords) -> list[tuple[int, str]]:
    """The quotation marks of the token's sentence (a quote may open or close in another)."""
    root = token
    for _ in range(len(token.doc)):  # the sentence is its root's phrase
        if root.head.i == root.i:
            break
        root = root.head
    first, last = root.left_edge, root.right_edge
    text = text_of(token.doc)[first.idx : last.idx + len(last)]  # the sentence's text
    marks = w.quote_marks | w.quote_opening | w.quote_closing
    if not any(m[0] in text for m in marks):
        return []  # most sentences quote nobody
    return [(t.i, t.text) for t in token.doc[first.i : last.i + 1] if t.text in marks]


def _quoted(i: int, quotes: Sequence[tuple[int, str]], w: _TimeWords) -> bool:
    """Inside a quotation: the nearest mark before opens one (an opening mark), the nearest
    after closes one (a closing mark), or an odd number of plain marks ('"') lies before."""
    before = [m for q, m in quotes if q < i]
    after = [m for q, m in quotes if q > i]
    if before and before[-1] in w.quote_opening:
        return True
    if after and after[0] in w.quote_closing:
        return True
    return sum(1 for m in before if m in w.quote_marks) % 2 == 1


def _speaks(token: Token) -> bool:
    """A speech act ("have warned of more rain", ``speech_acts``): a report of words."""
    return token.pos_ == "VERB" and token.lemma_.lower() in words().speech_acts


def _reports(token: Token, reporting: frozenset[str]) -> bool:
    """A reporting verb ("said", "reported"); not a noun of the same word ("reports of
    riots on Monday", "a statement")."""
    return token.pos_ in {"VERB", "AUX"} and token.lemma_.lower() in reporting


def _starts_on(token: Token, roots: Mapping[int, Token], usable: Sequence[int]) -> tuple[int, ...]:
    """The date an act to come starts on: the object of a "from" of its own, of its
    object or of a phrase of its own ("will close from Monday", "will stage walkouts from
    Dec. 3", "will strike for 48 hours from Thursday", "to cut quotas by a third from next
    year"), with no end date ("from May to July" is a range, read as one)."""
    return tuple(
        d
        for d in usable
        if roots[d].dep_ == "pobj"
        and _lower(prep := roots[d].head) == "from"
        and (
            (held := prep.head).i == token.i
            or (held.dep_ in {"dobj", "attr"} and held.head.i == token.i)
            # "for 48 hours from Thursday", "by a third from next year": a phrase of its own
            or (held.dep_ == "pobj" and held.head.head.i == token.i)
        )
    )


def _of_a_report(token: Token, at: set[int], reporting: frozenset[str]) -> bool:
    """``token`` hangs on a reporting verb that is no event, before it ("Speaking to
    analysts, she said": "said" is attribution); not after it, where a participle tells
    what the reported news did ("said prices fell, raising hopes of a cut")."""
    head = token.head
    return token.i < head.i and head.i not in at and _reports(head, reporting)


def _follows_a_report(token: Token, reporting: frozenset[str]) -> bool:
    """``token`` goes on from a report: joined to it ("said ... but blamed"), or a
    participle clause of a report of something named ("confirmed 12 more deaths on Monday,
    bringing the toll to 40"), not of a reported clause ("said they had arrested two men,
    sparking ...")."""
    head = token.head
    if not _reports(head, reporting):
        return False
    if token.dep_ == "conj":
        return True
    return token.dep_ == "advcl" and token.tag_ == "VBG" and reports_a_thing(head)


def _occasion(
    token: Token,
    at: set[int],
    said: Mapping[int, tuple[int, ...]],
    reporting: frozenset[str],
) -> tuple[int, ...]:
    """An event noun where a report was made takes the report's date: "told reporters
    at a briefing on Monday" (the briefing was on Monday), "told a news conference on
    Monday" (a verb of ``audience_verbs``)."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return ()
    if token.dep_ == "dobj":
        verb = token.head
        if verb.i in at or verb.lemma_.lower() not in time_words().audience_verbs:
            return ()
        return said.get(verb.i, ())
    prep = token.head
    if token.dep_ != "pobj" or prep.dep_ != "prep":
        return ()
    if _lower(prep) in time_words().not_within:
        return ()  # "said on Monday, after the vote": the vote came before the report
    verb = prep.head
    if verb.i in at or not _reports(verb, reporting):
        return ()
    return said.get(verb.i, ())


def _at_an_occasion(token: Token, w: _TimeWords) -> bool:
    """An event noun that names the occasion its verb was told or done at: the object of
    a verb of telling an audience ("told a news conference"), or an ``occasion_nouns`` noun
    in an ``occasion_preps`` phrase of a verb ("said in an interview", "spoke at a rally",
    "During a debate, she called it a disgrace"; the parse may hang the phrase on the
    verb's object: "announced her decision at a news conference"); not "after a meeting"
    (placed by it)."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return False
    dep = token.dep_
    if dep == "dobj":
        return token.head.lemma_.lower() in w.audience_verbs
    if dep != "pobj" or token.lemma_.lower() not in w.occasion_nouns:
        return False
    head = token.head
    if _lower(head) not in w.occasion_preps:
        return False
    held = head.head
    if held.dep_ == "dobj":
        held = held.head
    return held.pos_ in {"VERB", "AUX"}


def _closing_date(
    token: Token, own: Mapping[int, tuple[int, ...]], memo: dict[int, str] | None = None
) -> tuple[int, ...]:
    """The date that closes a coordination, for its first member: "slower growth and
    more layoffs for the fourth quarter", "the strike and the protest on Monday"; not for
    a verb whose last member has a tense of its own ("had cut jobs and would close a
    plant in March"), is told in another time (``_tense_shift``) or has a subject of its
    own (``_clause_of_its_own``)."""
    members = [c for c in token.rights if c.dep_ == "conj" and c.pos_ == token.pos_]
    if not members or members[-1].i not in own:
        return ()
    last = members[-1]
    if token.pos_ == "VERB" and (
        (
            any(c.dep_ in {"aux", "auxpass"} for c in _children(last))
            and verb_tense(last, memo) != verb_tense(token, memo)
        )
        or _tense_shift(last, token, memo)  # "employs 300 people and lost money in 2023"
        or _clause_of_its_own(last)  # "The ferry sank, and divers found it on Saturday"
    ):
        return ()  # "had sacked the coach and would name a successor on Friday"
    return own[last.i]


def _in_a_complement_apart(token: Token, holder: Token) -> bool:
    """``holder`` lies in a "that" clause (a ``ccomp``) of a verb coordinated after the
    verb ``token`` belongs to, not in ``token``'s own line: "resigned and admitted that
    she had lied in 2019", "expect the heat to ease, but warn that storms could arrive
    later this month"."""
    clause = holder
    for _ in range(_MAX_CLIMB):
        if clause.dep_ == "ccomp":
            break
        if clause.head.i == clause.i:
            return False
        clause = clause.head
    else:
        return False
    verb = clause.head
    first = verb.head
    return (
        verb.dep_ == "conj" and first.i < verb.i and first.left_edge.i <= token.i < verb.left_edge.i
    )


def _its_own_clause_after(token: Token, holder: Token) -> bool:
    """``holder`` is the verb of a clause with a subject of its own coordinated after
    ``token`` (``_clause_of_its_own``): a date it holds is not ``token``'s."""
    return (
        holder.dep_ == "conj"
        and holder.head.i == token.i
        and holder.i > token.i
        and _clause_of_its_own(holder)
    )


def _headline_passive(token: Token) -> bool:
    """A headline's passive told without its "was": a past participle after the noun at
    the root of a line with no final stop ("Former mayor jailed for bribery", "Two hurt
    in tram collision"); in a headline that is its news, told in the past."""
    head = token.head
    if token.tag_ != "VBN" or token.dep_ != "acl" or head.dep_ != "ROOT" or head.i > token.i:
        return False
    return head.pos_ in {"NOUN", "PROPN", "NUM"} and ends_without_a_stop(token.sent.text)


def _clause_of_its_own(verb: Token) -> bool:
    """A finite verb with a subject of its own: the verb of another clause after "and" or
    "but" ("divers found the wreck"), not a member that shares its subject ("arrested
    the driver and charged him") or one left with no verb of its own ("and dozens
    wounded")."""
    finite = is_finite(verb) or (verb.tag_ == "VB" and misread_past(verb))  # "retook it"
    return finite and any(c.dep_ in {"nsubj", "nsubjpass"} for c in _children(verb))


def _subject_period(
    token: Token,
    roots: Mapping[int, Token],
    dates: Sequence[Mapping[str, Any]],
    ranged: set[int],
    memo: dict[int, str] | None = None,
) -> tuple[int, ...]:
    """The period a verb's subject is measured over ("sales in the third quarter rose",
    "its deficit in the quarter widened"): a date in the subject's own phrase, not in a
    clause of it ("the firm that opened in 2019"). A state adjective's subject is its
    copula's ("third-quarter earnings were poor"). Not a date that ended before the
    publication day for a verb told to come ("The ruling last Friday will allow ..."),
    unless the subject is a result measured over it ("first-quarter sales will be weak",
    told after the quarter, before the figures are out)."""
    holder = token.head if token.dep_ == "acomp" else token
    subject = next((c for c in _children(holder) if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.pos_ not in {"NOUN", "PROPN"}:
        return ()
    results = words().result_nouns
    to_come = _told_to_come(holder, memo) and not {subject.lower_, subject.lemma_.lower()} & results
    reference = token.doc._.briefx_reference if to_come else None
    found = []
    for d, root in roots.items():
        if not subject.left_edge.i <= root.i <= subject.right_edge.i or not _usable(dates[d]):
            continue
        if reference is not None and str(dates[d]["range"][1]) < reference:
            continue
        current = root
        while current.i != subject.i and current.pos_ not in {"VERB", "AUX"}:
            current = current.head
        if current.i == subject.i and _within(root, subject.i, span=d in ranged):
            found.append(d)
    return finest(found, dates)


def _date_of_the_prevented(token: Token, own: Mapping[int, tuple[int, ...]]) -> tuple[int, ...]:
    """The date of the act a verb of prevention kept from happening ("prevented the ferry
    from sailing on Tuesday", ``events.words.prevented_by``): the parse hangs it there."""
    for i, dates in own.items():
        verb = prevented_by(token.doc[i]) if i > token.i else None
        if verb is not None and verb.i == token.i:
            return dates
    return ()


def _came_out(token: Token, own: Mapping[int, tuple[int, ...]], w: _TimeWords) -> tuple[int, ...]:
    """The date a verb's subject came out, when a participle of coming out dates it ("The
    audit, published on Nov. 4, found", "Data released on Monday showed";
    ``release_verbs``): what the document found or showed it told that day."""
    subject = next((c for c in _children(token) if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in {"NOUN", "PROPN"}:
        return ()
    for clause in _children(subject):
        if clause.dep_ == "acl" and clause.tag_ == "VBN" and clause.i in own:
            if clause.lemma_.lower() in w.release_verbs:
                return own[clause.i]
    return ()


def _subject_of_phase(token: Token, own: Mapping[int, tuple[int, ...]]) -> tuple[int, ...]:
    """An event noun whose start or end a control verb announces takes that phase's date:
    "the demolition is due to start in 2027" (demolition: 2027)."""
    if token.dep_ not in {"nsubj", "nsubjpass"} or token.pos_ not in {"NOUN", "PROPN"}:
        return ()
    phase = phase_to_come(token.head)
    return own.get(phase.i, ()) if phase is not None else ()


def _phase_of(token: Token, own: Mapping[int, tuple[int, ...]]) -> tuple[int, ...]:
    """An aspectual verb's date from the event it is a phase of, when the parse hung the
    date there: "started building the bridge in March" (started: March)."""
    for child in _children(token):
        if child.dep_ in {"xcomp", "dobj"} and child.i in own:
            return own[child.i]
    return ()


def _in_relative(token: Token) -> bool:
    """In a relative clause ("the firm that opened in 2019"), or a participle's that
    stands for one ("a plant opened in 2015", "the coach, hired in 2022"; not a period's
    "the year ended in June", nor a sentence's verb read as one: "A bus overturned")."""
    current = token
    for _ in range(_MAX_CLIMB):
        if current.dep_ == "relcl" or _reduced_relative(current):
            return True
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def _reduced_relative(token: Token) -> bool:
    if token.dep_ != "acl" or token.tag_ != "VBN":
        return False  # read first: most words are no participle of a noun
    head = token.head
    return head.dep_ != "ROOT" and head.ent_type_ not in {"DATE", "TIME"}


def _restrictive_participle(token: Token) -> bool:
    """A participle that picks out its noun ("three men arrested in the raid"), not one
    set off by a comma that tells what went with the event ("the mayor, accompanied by a
    lawyer, flew to Washington")."""
    if not _reduced_relative(token):
        return False
    start = token.left_edge.i
    return start == 0 or token.doc[start - 1].text != ","


def _said_to_come(clause: Token, memo: dict[int, str] | None = None) -> bool:
    """``clause`` is a 'that' clause with a modal or a future: what the verb above it says
    is to come, placed only after that verb ("decided that it would close")."""
    return clause.dep_ == "ccomp" and verb_tense(clause, memo) in {"future", "modal"}


def _in_main_line(
    token: Token,
    reporting: frozenset[str],
    relative: bool = False,
    memo: dict[int, str] | None = None,
) -> bool:
    """Not in a relative clause (unless ``relative``), nor in what a reporting verb reports,
    nor in a 'that' clause of a modal or a future, nor in a verb told of now or of what is
    to come coordinated with one told in the past (``_tense_shift``): an event whose
    sentence's dates can be its own when the parse did not attach them."""
    current = token
    w = time_words()
    for _ in range(_MAX_CLIMB):
        relcl = current.dep_ == "relcl" or _restrictive_participle(current)
        if current.dep_ == "parataxis" or (relcl and not relative):
            return False
        if current.i != token.i and _judged(current, w):
            return False  # "for taking a bribe in a deal that collapsed": the judged act's
        if current.dep_ == "advcl" and _after_a_judged_act(current, w):
            return False  # "for taking bribes while he ran the city": the judged act's
        if current.dep_ == "advcl" and _starts_a_span(current, w):
            return False  # "met on Friday, the first time since the war began": the span's
        head = current.head
        if head.i == current.i:
            return True
        if _reports(head, reporting) and current.dep_ in {"ccomp", "xcomp"}:
            return False
        if _said_to_come(current, memo):
            return False  # "decided on Monday that it would close": to come after it
        if (
            current.dep_ == "conj"
            and current.pos_ in {"VERB", "AUX"}
            and verb_tense(current, memo) in _NOT_PAST
            and verb_tense(head, memo) == "past"
        ):
            # Told of now or to come beside a verb told in the past (``_tense_shift``, the
            # later one only): "raised taxes last year and wants to cut spending".
            return False
        current = head
    return True


def _apart_from_the_news(token: Token, w: _TimeWords) -> bool:
    """An event of an "after" or "before" clause of a verb that only places the news
    relative to it (``apart_marks``, ``only_relates``), or an event noun of that clause:
    "The win came three days after they were knocked out", "came before the ceasefire
    took hold"."""
    clause = token
    for _ in range(3):  # up from an event noun of the clause, or a coordinated verb
        dep = clause.dep_
        if dep == "advcl":
            break
        if dep not in {"conj", "nsubj", "nsubjpass", "dobj"}:
            return False
        head = clause.head
        if head.i == clause.i:
            break
        clause = head  # "came after talks stalled and rebels attacked"
    if clause.dep_ != "advcl" or not only_relates(clause.head):
        return False
    return any(c.dep_ == "mark" and _lower(c) in w.apart_marks for c in _children(clause))


def _subject_of_a_relation(token: Token) -> bool:
    """An event noun that a verb of no event of its own places relative to another: "The
    win came three days after ...": it is the sentence's news, told in that verb's tense;
    so is one a verb of sequence places in the present ("The agreement follows months of
    protests", ``sequence_verbs``), not in the past ("The decline followed a surge": only
    relative to it)."""
    head = token.head
    return (
        token.pos_ in {"NOUN", "PROPN"}
        and token.dep_ in {"nsubj", "nsubjpass"}
        and head.pos_ in {"VERB", "AUX"}
        and (
            only_relates(head)
            or (
                head.lemma_.lower() in time_words().sequence_verbs and verb_tense(head) == "present"
            )
        )
    )


def _after_a_cause(token: Token, w: _TimeWords) -> bool:
    """Placed by an "after" or "before" phrase or clause (``apart_marks``) and by no other
    relative word: "rose 2% after a pipeline outage", "slid after the carmaker cut its
    forecast"; not "rose during the pandemic", "had lost 5% by noon"."""
    placing = set()
    for child in _children(token):
        if child.dep_ == "prep":
            placing.add(_lower(child))
        elif child.dep_ == "advcl":
            placing |= _marks(child)
    placing &= w.relative_marks | w.long_event_preps | w.deadline_preps | w.stretch_words
    return bool(placing) and placing <= w.apart_marks


def _another_of_its_kind(token: Token, w: _TimeWords) -> bool:
    """``TimeCues.another``: the verb, or a noun of its doer or of what it acts on, tells
    another of the kind (``another_words``: "was arrested again", "Two more men were
    arrested", "another ship sank")."""
    for child in _children(token):
        if _lower(child) in w.another_words:
            return True
        if child.dep_ in _DOERS_AND_OBJECTS and any(
            _lower(m) in w.another_words for m in child.doc[child.left_edge.i : child.i]
        ):
            return True  # "Two more men", "another ship": the words before the noun
    return False


_DOERS_AND_OBJECTS = frozenset({"nsubj", "nsubjpass", "dobj"})


def _cause_named(token: Token, at: Collection[int], w: _TimeWords) -> int | None:
    """The event an "after" phrase or clause of a move of a price names ("shares rose 6%
    after the launch", "slid after the carmaker cut its forecast";
    ``counted_back_marks``), when it is one of ``at``; None for any other act, and for
    one before an event (it may come any time before)."""
    if not _moves_a_price(token, w):
        return None
    for child in _children(token):
        if child.dep_ == "prep" and _lower(child) in w.counted_back_marks:
            found = next((c.i for c in _children(child) if c.dep_ in {"pobj", "pcomp"}), None)
            if found in at:
                return found
        elif child.dep_ == "advcl" and _marks(child) & w.counted_back_marks and child.i in at:
            return child.i
    return None


def _moves_a_price(token: Token, w: _TimeWords) -> bool:
    """A market move (``market_moves``) of a thing traded or priced (``traded_nouns``,
    ``priced_nouns``): "Its shares rose", "Oil prices climbed", "The pound weakened"; not
    "The three countries have finished the formalities"."""
    return token.lemma_.lower() in w.market_moves and _a_priced_subject(token, w)


def _a_priced_subject(verb: Token, w: _TimeWords, *, firms: bool = False) -> bool:
    """The verb's subject has a price: a thing traded or priced (``traded_nouns``,
    ``priced_nouns``), or with ``firms`` a firm by its name, whose shares move ("Harlan
    Industries rose 1 1/4")."""
    subject = next((c for c in _children(verb) if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if _lower(subject) in w.traded_nouns or subject.lemma_.lower() in w.priced_nouns:
        return True
    return firms and subject.pos_ == "PROPN" and subject.ent_type_ == "ORG"


def _described(token: Token) -> bool:
    """An event noun that is the subject of a copula with a complement: "The trip is his
    first abroad", "The concert is its last of the tour" (the copula describes the event,
    it tells no time of its own)."""
    if token.dep_ != "nsubj" or token.pos_ not in {"NOUN", "PROPN"}:
        return False
    head = token.head
    return head.lemma_.lower() == "be" and any(c.dep_ in {"attr", "acomp"} for c in _children(head))


def _names_what_was_told(token: Token, w: _TimeWords) -> bool:
    """An event noun a copula says the story's "it" is ("It was their first meeting since
    the war", ``told_subjects``): it names again the event just told."""
    head = token.head
    return (
        token.pos_ in {"NOUN", "PROPN"}
        and token.dep_ == "attr"
        and head.lemma_.lower() == "be"
        and any(c.dep_ == "nsubj" and _lower(c) in w.told_subjects for c in _children(head))
    )


def _picks_out(token: Token, w: _TimeWords, roots: Mapping[int, Token]) -> bool:
    """An act of a restrictive relative clause of a person (``person_relatives``, no comma
    before it) with no calendar date in it (``roots``: the sentence's): "a man who robbed
    three banks", "a doctor whose patient died"; it tells who by an earlier act of theirs,
    not what happened with the news or in its scene. Not "exiles who practiced forming a
    chain outside the home Monday" (the parse may hang the clause's date elsewhere). So
    is an aside of the subject set off by commas ("Ortez, who led the party for a decade,
    resigned on Monday": who acts, by a career); not one of an object ("freed the
    hostages, who walked to the border, on Monday": what went with the act)."""
    clause = token
    for _ in range(3):
        if clause.dep_ == "relcl":
            break
        if clause.dep_ not in {"conj", "xcomp"} or clause.head.i == clause.i:
            return False
        if clause.dep_ == "conj" and clause.tag_ == "VB" != clause.head.tag_:
            return False  # "will see workers who escaped the fire and greet the mayor"
        clause = clause.head
    else:
        return False
    first, last = clause.left_edge.i, clause.right_edge.i
    if clause.doc[first].lower_ not in w.person_relatives or not first:
        return False
    if any(first <= root.i <= last for root in roots.values()):
        return False
    if clause.doc[first - 1].text != ",":
        return True
    # An aside of the subject of an act; not of a speaker ("said an aide, who gave no
    # name": what went with the saying).
    person = clause.head
    return person.dep_ in {"nsubj", "nsubjpass"} and not _reports(person.head, words().reporting)


def _cause_before(token: Token, w: _TimeWords) -> Token | None:
    """The event a participle of consequence goes with when a relative clause ends at its
    comma: in "found a bus that plunged into a ravine on Friday, killing 12" the deaths
    came with the plunge, though the parse hangs "killing" on "found"."""
    if (
        token.tag_ != "VBG"
        or token.dep_ != "advcl"
        or token.i < 2
        or token.nbor(-1).text != ","
        or token.lemma_.lower() not in w.consequences
    ):
        return None
    end = token.i - 2  # the last word of the clause before the comma
    current = token.doc[end]
    for _ in range(_MAX_CLIMB):
        if current.i == token.head.i or current.head.i == current.i:
            return None
        if current.dep_ in {"relcl", "acl"} and current.pos_ in {"VERB", "AUX"}:
            return current if current.right_edge.i == end else None
        current = current.head
    return None


def _did(token: Token) -> bool:
    """A relative clause whose subject is the noun it tells of: "the 2023 strike, which
    grounded flights", "the 2011 tremor that damaged the cathedral", "since one in April
    2015, which killed 9,000 people"."""
    return (
        token.dep_ == "relcl"
        and (token.head.pos_ in {"NOUN", "PROPN"} or _lower(token.head) == "one")
        and any(c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ in {"WDT", "WP"} for c in token.lefts)
    )


def _noun_date(
    token: Token, roots: Mapping[int, Token], dates: Sequence[Mapping[str, Any]]
) -> tuple[int, ...]:
    """The date of the noun a participle or a relative clause it does modifies, before it:
    "the Feb. 2 pact signed by both leaders" was signed on Feb. 2; "the 2023 strike, which
    grounded flights" grounded them in 2023; so for a date in the noun's own phrase
    (``noun_date_preps``: "since a blaze in May 2019 that destroyed 40 homes")."""
    noun = token.head
    return tuple(
        d
        for d, root in roots.items()
        if _usable(dates[d]) and root.i < token.i and _dates_the_noun(root, noun)
    )


def _dates_the_noun(root: Token, noun: Token) -> bool:
    """A date's head word hangs on ``noun``, or is the object of its phrase ("the blaze in
    May 2019", "the flood of 2014")."""
    if root.head.i == noun.i:
        return True
    prep = root.head
    return (
        root.dep_ == "pobj"
        and prep.head.i == noun.i
        and prep.dep_ == "prep"
        and _lower(prep) in time_words().noun_date_preps
    )


# Tenses of a verb that tell of now or of what is to come, not of the past.
_NOT_PAST = frozenset({"present", "progressive", "perfect", "future"})


def _tense_shift(verb: Token, head: Token, memo: dict[int, str] | None = None) -> bool:
    """Whether one of two coordinated verbs is told in the past and the other of now or of
    what is to come: "cut 300 jobs last year and plans to hire", "opened in 1987 and
    employs 2,300 people", "grounded its jets on Monday and is checking every engine". The
    second tells another time and takes no date from the first."""
    if verb.pos_ not in {"VERB", "AUX"} or head.pos_ not in {"VERB", "AUX"}:
        return False
    if past_beside_a_carried_verb(verb):
        # "would investigate and arrested two men on Monday": a past of its own, unless
        # "could" carries the first, also the past of "can" ("could hear ... and pulled")
        return not any(c.dep_ == "aux" and _lower(c) == "could" for c in head.lefts)
    told = {verb_tense(verb, memo), verb_tense(head, memo)}
    return "past" in told and bool(told & _NOT_PAST)


def _inherit(
    token: Token,
    at: set[int],
    own: Mapping[int, tuple[int, ...]],
    floating: Mapping[int, tuple[int, ...]],
    claused: Mapping[int, tuple[int, ...]],
    w: _TimeWords,
    reporting: frozenset[str],
    roots: Mapping[int, Token],
    periods: Mapping[int, tuple[int, ...]],
    memo: dict[int, str] | None = None,
) -> tuple[int, ...]:
    """The dates of the event above ``token`` along participle, infinitive, complement,
    coordination (of verbs told in one time, ``_tense_shift``) and noun links; nothing to a
    'that' clause of a modal or a future (placed only after its verb: "decided on Monday
    that it would close"), nor across a reporting verb (but the period it reports on: "said
    it lost $5 million for the quarter") or "after" / "if"; nothing to a participle that
    stands for a relative clause ("charged on Monday three men arrested in the raid": the
    arrest came before; its noun's own date it takes, ``_noun_date``)."""
    if _restrictive_participle(token):
        return ()
    current = token
    for _ in range(_MAX_CLIMB):
        if current.head.i == current.i or current.dep_ not in w.inherit_links:
            return ()
        if current.dep_ == "advcl" and _marks(current) & (w.relative_marks | w.conditional_marks):
            return ()
        if current.dep_ == "advcl" and _after_a_judged_act(current, w):
            return ()  # "sentenced the mayor for taking bribes while he ran the city"
        if _judged(current.head, w):
            return ()  # "convicted of stealing drugs while she worked nights": the act's
        if _said_to_come(current, memo):
            # What a dated act says is to come comes after it ("warned on Monday that the
            # river would flood"); an infinitive's act does not ("agreed on Monday to go").
            return ()
        head = current.head
        if current.dep_ in {"pobj", "pcomp"} and _lower(head) in w.relative_marks:
            return ()
        if current.dep_ == "conj" and _tense_shift(current, head, memo):
            # Only a date the parse hung above it from inside its own clause ("builds
            # ferries and had 300 welders at its yard last year": the welders' year).
            edges = range(current.left_edge.i, current.right_edge.i + 1)
            return tuple(d for d in own.get(head.i, ()) if roots[d].i in edges)
        if _reports(head, reporting) and head.i not in at:
            return periods.get(head.i, ()) if current.dep_ == "ccomp" else ()
        if head.i in own:
            # A date of the clause the event is in comes first ("while output was flat
            # this year in the east, last year it grew": flat is this year's).
            dated = own[head.i]
            if len(dated) < 2:
                return dated
            inside = [d for d in dated if current.left_edge.i <= roots[d].i <= current.right_edge.i]
            return tuple(inside) or dated
        if head.i in floating:
            return floating[head.i]
        if head.i in claused:
            return claused[head.i]
        if (
            own
            and head.pos_ in {"VERB", "AUX"}
            and current.dep_ in {"advcl", "conj", "xcomp", "prep"}
        ):
            # A clause under a verb whose object is a dated event takes that date: "will
            # show a drop in output in the spring as buyers hold back".
            carried = next(
                (own[c.i] for c in _children(head) if c.dep_ == "dobj" and c.i in own), ()
            )
            if carried:
                return carried
        current = head
    return ()


# --- per document, in sentence order ----------------------------------------------------


def _day(value: str) -> dt.date | None:
    """The day a time value names, when it names one ("2025-11-18", "2025-11-18T09:30");
    None for a coarser one, a week too ("2025-W46", which Python's ``fromisoformat`` would
    read as its Monday)."""
    if len(value) < _DAY_LENGTH or value[4] != "-" or value[7] != "-":
        return None
    try:
        return dt.date.fromisoformat(value[:_DAY_LENGTH])
    except ValueError:
        return None


_DAY_LENGTH = len("2025-11-18")
# How long before the story's lead a scene must end to be a look back ("also hit by a
# stoppage in October"), not the eve of the news ("was found on Thursday").
_LOOK_BACK = dt.timedelta(days=7)


def _looks_back_from(scene: EventTime, lead: EventTime) -> bool:
    """``scene`` ends a week or more before ``lead`` starts."""
    end, start = _day(str(scene.range[1])), _day(str(lead.range[0]))
    return end is not None and start is not None and end + _LOOK_BACK <= start


def when_of(time: EventTime | None, tense_found: str, modality: str, reference: str) -> str:
    """Past, ongoing or future relative to the publication date ``reference``.

    From the time's days when it lies wholly before or after the reference date; else
    (no time, or a time that holds the reference date) from tense, aspect and modality.
    """
    if time is not None:
        if time.range[1] < reference:
            return "past"
        if time.range[0] > reference:
            return "future"
    if tense_found == "future" or modality == "planned":
        return "future"
    if tense_found in {"past", "perfect"}:
        return "past"
    if tense_found in {"progressive", "present"}:
        return "ongoing"
    if modality == "possible":
        return "future"
    return "past"


def _direction(time: EventTime, reference: str) -> str:
    if time.range[1] < reference:
        return "past"
    if time.range[0] > reference:
        return "future"
    return "current"


def _agrees(focus: EventTime, tense_found: str, modality: str, reference: str) -> bool:
    """The paragraph's focus holds for an event in a tense that points the same way."""
    direction = _direction(focus, reference)
    if tense_found == "past":
        return direction != "future" and modality == "actual"
    if tense_found == "future" or modality == "planned":
        return direction == "future"
    return tense_found in {"none", "modal"}


def _other_news_than_a_plan(event: Placed, scene: EventTime, reference: str) -> bool:
    """News related in the present to another event ("The findings come as ...",
    ``TimeCues.relates``) lies in no scene still to come ("The team plans to tag ten
    dolphins next spring"): the scene is a plan's, the news is now. A noun that names the
    plan again takes its time by pointing back, and one of ``plan_act_nouns`` ("The move
    comes amid a row") names the plan's act."""
    cues = event.cues
    return (
        _direction(scene, reference) == "future"
        and cues.tense in {"present", "none"}
        and event.modality == "actual"
        and cues.name not in time_words().plan_act_nouns
    )


@dataclass(frozen=True, slots=True)
class Placed:
    """An event of the document for ``assign_times``: its sentence, cues, modality and
    polarity."""

    sentence: int
    cues: TimeCues
    modality: str
    polarity: str = "positive"


class _Times:
    """The times of a document's events, each made once: the events of a sentence or a
    scene share one (frozen) ``EventTime``, not a copy each (a long text has many)."""

    def __init__(self, dates: Sequence[Any], stretches: Mapping[int, str]) -> None:
        self.dates = dates
        self.stretches = stretches  # date -> first day of the stretch it ends
        self._made: dict[tuple[int, str, bool], EventTime] = {}

    def of(self, index: int, source: str = "sentence", *, stretch: bool = True) -> EventTime:
        """The time of the date at ``index``, from the source named; a date that ends a
        stretch ("the three months to September") spans the stretch, unless ``stretch``
        is False."""
        stretch = stretch and index in self.stretches
        time = self._made.get((index, source, stretch))
        if time is None:
            d = self.dates[index]
            days = d.range
            if stretch and days is not None:
                days = (self.stretches[index], days[1])
            time = EventTime(value=d.value, range=days, source=source, date=index)  # type: ignore[arg-type]
            self._made[(index, source, stretch)] = time
        return time

    def context(self, focus: EventTime) -> EventTime:
        """The focus, as the time of an event that takes it from its context."""
        if focus.source == "sentence" and focus.date is not None:
            # a stretch's time stays the stretch ("the three months to September")
            spanned = tuple(focus.range or ()) != tuple(self.dates[focus.date].range or ())
            return self.of(focus.date, "context", stretch=spanned)
        return focus.model_copy(update={"source": "context"})


def assign_times(
    events: Sequence[Placed],
    dates: Sequence[Any],
    *,
    reference: str,
    breaks: Sequence[bool],
    headline: bool,
    keep_across_paragraphs: bool = True,
    sceneless: frozenset[int] = frozenset(),
) -> list[tuple[EventTime | None, str]]:
    """Each event's time and when, in document order.

    Args:
        events: the document's events in text order.
        dates: the document's ``DateMention`` records (indices in the cues point here).
        reference: the publication date (ISO).
        breaks: per sentence, True when a paragraph starts with it.
        headline: the first sentence is a headline (no final stop, a line of its own).
        keep_across_paragraphs: the focus holds into the next paragraph (HeidelTime's news
            strategy: the last date mentioned) until another date or a change of tense;
            False ends it with its paragraph.
        sceneless: dates of sentences without events that set no scene (``sets_no_scene``:
            "The move followed a volatile 2024.").
    Returns:
        ``(time, when)`` per event.
    """
    publication = None
    if _day(reference) is not None:
        day = reference[:10]
        publication = EventTime(value=day, range=(day, day), source="publication", date=None)
    out: list[tuple[EventTime | None, str]] = []
    focus: EventTime | None = None
    times = _Times(dates, {d: day for e in events for d, day in e.cues.stretches})
    # The last scene that is not to come: a past event takes it back after a quote or an
    # outlook in the future ended the scene ("met on Monday. 'We will fight.' Later they
    # left"); news of now (a present perfect or progressive) ends it for good.
    told_scene: EventTime | None = None
    # The focus was set by an event to come ("Results will be released this morning"): an
    # outlook's date, even one of today, is no scene for what was told.
    ahead = False
    told_events: dict[str, EventTime] = {}  # an event word's lemma -> its first time
    told_done: dict[str, EventTime] = {}  # ... of the events told as done, by name and kind
    told_kinds: dict[str, EventTime] = {}  # an event's kind (``event_kind``) -> its first time
    # An act told as done with a date of its sentence, by its lemma and by its kind: one
    # told again with what led to it ("freed two hostages on Sunday. The pair were
    # released after weeks of talks") takes its time.
    told_acts: dict[str, EventTime] = {}
    reporting = words().reporting
    # The story's lead: in the first sentence with one, an act told as done with a date
    # of its sentence, else a dated report; "the announcement", "the move" name it again
    # (``retelling_nouns``).
    story_lead: EventTime | None = None
    story_report: EventTime | None = None  # its first dated report, for want of an act
    lead_sentence: int | None = None  # the sentence of both
    # The day of the last move of a price told on a day: the trading day of a market
    # report, for the moves told after it ("Acme eased 1 to 30").
    move_day: EventTime | None = None
    moves = time_words().market_moves
    # The day the story's acts lie on when a figure's period took the focus from it
    # ("cut its forecast on Monday. Sales fell 4% in the third quarter. Its chief
    # apologised": Monday): the period is the figures', not the acts'. A figure is told by
    # a move or a verb of results ("earned $3 million"; ``figures``).
    figures = _figure_words()
    act_day: EventTime | None = None
    first_date: dict[int, int] = {}  # sentence -> its first calendar date
    calendar: dict[int, list[int]] = {}  # sentence -> its calendar dates
    # Sentences told some time after or before the date just named ("Weeks later, ..."):
    # the scene moves to a time the text does not give.
    moved = {
        d.sentence
        for d in dates
        if str(d.anchor).startswith("date:") and d.mod in _SOME_TIME_APART and d.range is None
    }
    for i, d in enumerate(dates):
        if _calendar(d.type, d.range, d.value, d.mod):
            if i not in sceneless:
                first_date.setdefault(d.sentence, i)
            calendar.setdefault(d.sentence, []).append(i)
    start, last = 0, -1
    last_day: EventTime | None = None  # the last day the story told ("said on Tuesday")
    # not the last day of a stretch ("the three months to Sept. 30": a period's end), a
    # day of comparison ("from $361 million a year earlier") or a day still to come
    not_told = {d for event in events for d, _ in event.cues.stretches}
    not_told |= {d for event in events for d in event.cues.compared}
    while start < len(events):
        sentence = events[start].sentence
        for told_sentence in range(last + 1, sentence + 1):
            for d in calendar.get(told_sentence, ()):
                told_day = _day(dates[d].value)
                if told_day is not None and d not in not_told and str(told_day) <= reference:
                    last_day = times.of(d)
        between = [s for s in range(last + 1, sentence) if s in first_date]
        moved_here = any(s in moved for s in range(last + 1, sentence + 1))
        if between:  # a sentence with a date and no event sets the scene too
            focus = _narrowest(focus, times.of(first_date[between[-1]]))
            told_scene = _behind(focus, told_scene, reference)
            ahead = False
        last = sentence
        end = start
        while end < len(events) and events[end].sentence == sentence:
            end += 1
        group = events[start:end]
        if headline and sentence == 0:
            # Headlines drop their articles: "Floods force thousands from homes" tells of
            # these floods, not of a kind.
            group = [
                replace(e, cues=replace(e.cues, timeless=None))
                if e.cues.timeless == "generic"
                else e
                for e in group
            ]
        if (not keep_across_paragraphs and breaks[sentence]) or moved_here:
            focus = told_scene = None
        elif breaks[sentence] and focus is not None and _looks_back(focus, reference):
            # "In 2019, a storm closed the port for a week." ends a paragraph: a look back
            # that far sets no scene for the next one, which returns to the news.
            focus = told_scene = None
        if focus is not None and _tense_changes(focus, group, reference):
            focus = None
            if _now_told(group):
                told_scene = None  # the story has moved to the news of now
        compared = all(e.cues.only_aside for e in group)  # "up from a year ago" only
        # A reported past perfect's date behind the scene is a look back: no scene
        # ("The fire was on Tuesday. Parents said staff had complained in September").
        back = (
            {d for d in group[0].cues.looks_back if times.of(d).range[1] < focus.range[0]}
            if focus is not None and group[0].cues.looks_back
            else set()
        )
        headline_now = (
            headline
            and sentence == 0
            and any(e.cues.main and e.cues.verbal and e.cues.tense == "present" for e in group)
        )
        # Another event of the sentence dated: a "since" clause's date beside it only
        # bounds a span ("won on Sunday for the first time since their coach left in May");
        # alone, it is the paragraph's time ("has been in care since he was found in May").
        spans = group[0].cues.spans_from
        main_dated = bool(spans) and (
            group[0].cues.reported  # "confirmed 14 cases on Monday, ... since ..."
            or any(e.cues.own and e.cues.own[0] not in spans for e in group)
        )
        dated = (sentence in first_date and not compared) or any(
            (e.cues.own or e.cues.inherited or e.cues.nearby) and not e.cues.aside for e in group
        )
        # A sentence that names a date of the news has come back from a look back: what
        # it tells in the past with no date of its own takes no day of the background.
        back_to_news = any(
            not _looks_back(times.of(d), reference) for d in calendar.get(sentence, ())
        )
        # "The bank was founded in 1882": the history of a thing, no scene.
        history = {
            d
            for e in group
            if e.cues.origin
            for d in e.cues.own
            if _looks_back(times.of(d), reference)
        }
        # A relative clause's dates tell of its noun: beside another date of the sentence
        # not to come (the report's "said on Thursday", the act's) they set no scene.
        relative_dates = {d for e in group if e.cues.relative for d in e.cues.own}
        beside = relative_dates and any(
            d not in relative_dates and _direction(times.of(d), reference) != "future"
            for d in calendar.get(sentence, ())
        )
        scene: EventTime | None = None  # the last time of this sentence's own dates
        scene_ahead = False
        told_here: EventTime | None = None  # the last past date a past event told
        # The main event's own time, when it has one, is the scene: a date of a clause
        # below it ("rose on Tuesday after prices climbed in October") is that clause's
        # (tests/test_event_time_main_scene.py).
        main_scene: tuple[EventTime, bool] | None = None
        last_verbal = False  # the last date of the sentence is a clause's, not a noun's
        # The time of an event noun that is the main verb's subject and names again an
        # event the story told ("The storm flattened a warehouse"): what the event did, it
        # did while it happened.
        lead: EventTime | None = None
        # The time of an event told before that a noun of this sentence names again, away
        # from the scene ("agreed on Thursday ... closed in August ... The deal was
        # welcomed"): the story is back at it, and what follows lies there.
        returned: EventTime | None = None
        # A verb that reacts to a noun naming the story's lead again -> the lead's time.
        reactions: dict[int, EventTime] = {}
        for event in group:
            # An event told in the past with no date of its own lies in the scene even when
            # the sentence's dates are other events' ("found a car that was stolen in 2021");
            # not what a dated report says will happen ("said today it would join").
            cues = event.cues
            told = cues.verbal and cues.tense == "past" and event.modality == "actual"
            # The news a verb of no event relates to another lies in the scene, whatever
            # date the other has ("The move came after he left Ostrava in the summer").
            held = focus if told or not dated or cues.relates or cues.with_its_verb else None
            if (
                held is not None
                and cues.relates
                and _other_news_than_a_plan(event, held, reference)
            ):
                held = None  # "plans to tag dolphins next spring. The findings come as ..."
            if told and (held is None or ahead or not _agrees(held, "past", "actual", reference)):
                held = told_scene
            if told and held is not None and back_to_news and _looks_back(held, reference):
                held = None  # "The last strike, in 2019, lasted 11 days. She urged ... Wednesday"
            if (
                told
                and act_day is not None
                and held is focus
                and cues.name not in figures
                and not (cues.own or cues.inherited or cues.nearby)
            ):
                held = act_day  # an act after a figure's period: the acts' day
            if (
                told
                and cues.reported
                and not (
                    # What a dated report tells of the days just before it lies in the scene
                    # ("A storm hit on Sunday. Two died, officials said on Monday"); an act
                    # beside the report does not ("said on Friday ... and fired him").
                    cues.report
                    and not cues.state
                    and held is not None
                    and _just_before(held, dates[cues.report[0]].range)
                )
            ):
                told, held = False, None
            time = _time_of(event, times, reference, focus=held)
            named_done = False  # a noun that names again an act told as done
            if (
                (time is None or time.source == "context")
                and cues.points_back
                and cues.timeless in {None, "relative"}
            ):
                # "The court issued its ruling on Wednesday. The ruling angered the family.",
                # also when a look back moved the scene in between.
                earlier = told_events.get(cues.name)
                if earlier is None:
                    earlier = told_kinds.get(cues.kind)  # "agreed on Thursday ... the deal"
                if earlier is not None and (
                    not cues.verbal
                    or cues.described
                    or _agrees(earlier, cues.tense, event.modality, reference)
                ):
                    time = times.context(earlier)
                    if focus is None or earlier.value != focus.value:
                        returned = time  # the story is back at that event
                    named_done = not cues.verbal and earlier in (
                        told_done.get(cues.name),
                        told_done.get(cues.kind),
                    )
            if (
                time is None
                and cues.after_cause
                and not cues.another
                and cues.verbal
                and cues.tense == "past"
                and event.modality == "actual"
                and cues.name not in reporting
            ):
                # "Rebels freed two hostages on Sunday. The pair were released after weeks
                # of talks": an act the story told, told again with what led to it.
                earlier = told_acts.get(cues.name) or told_acts.get(cues.kind)
                if earlier is not None:
                    time = times.context(earlier)
            if (
                lead is not None
                and told
                and cues.main
                and not (cues.own or cues.inherited or cues.nearby)
                and cues.timeless is None
            ):
                time = lead  # "A storm hit on Sunday. ... The storm flattened a warehouse"
            if time is None and publication is not None and _news_now(event, sentence, headline):
                time = publication
            if (
                time is None
                and publication is not None
                and headline_now
                and cues.leads
                and cues.timeless is None
            ):
                time = publication  # "Quake kills 23": the quake is as recent as the killing
            if (
                time is None
                and publication is not None
                and headline
                and sentence == 0
                and cues.participle
                and cues.timeless is None
            ):
                time = publication  # "Floods sweep the north, killing nine": with the verb
            if (
                (lead_told := story_lead or story_report) is not None
                and cues.retells
                and cues.timeless in {None, "relative"}
                and cues.name not in told_events
                and cues.kind not in told_kinds
                and (
                    # "raised its rate on Thursday ... rose after the announcement": with
                    # no scene, the story's lead; not a doer ("The decision angered
                    # them"), which its verb's time gives
                    (time is None and cues.subject_of == -1)
                    # "The move comes as ...", "Unions criticised the decision": what the
                    # news is placed by or reacted to is the lead, whatever scene a look
                    # back or an outlook set in between
                    or (
                        (cues.relates or cues.reacted_by >= 0)
                        and (time is None or time.source == "context")
                    )
                )
            ):
                time = times.context(lead_told)
                if focus is None or lead_told.value != focus.value:
                    returned = time  # the story is back at its lead
                if cues.reacted_by >= 0:
                    reactions[cues.reacted_by] = time  # "Unions criticised the decision"
            if (
                cues.speech
                and time is not None
                and time.source == "context"
                and (lead_told := story_lead or story_report) is not None
                and _looks_back_from(time, lead_told)
            ):
                # "Rail workers walked out on Monday. Commuters were also hit by a stoppage
                # in October. The minister urged both sides to talk": a speech act of the
                # news, not of the look back before it
                time = times.context(lead_told)
            if cues.leads and cues.points_back and time is not None and time.source == "context":
                lead = time  # an event the story told, named again as the doer
            market = told and cues.name in moves
            move = market and cues.timeless is None
            if market and cues.after_cause and move_day is not None and not cues.own:
                # "Stocks fell on Thursday. Oil rose 2% after a pipeline outage", "shares
                # slid after the carmaker cut its forecast late on Wednesday": a move after
                # its cause is the trading day's, not the cause's.
                time = times.context(move_day)
            if (
                move
                and move_day is not None
                and (
                    time is None
                    or (
                        cues.priced
                        and time.source == "context"
                        and _day(time.value) is None
                        and _day(move_day.value) is not None
                    )
                )
            ):
                # "Stocks fell on Friday. ... Acme eased 1", also after a quarter a company's
                # warning named ("fell after it said third-quarter earnings would fall
                # short. Harlan rose 1"): the trading day, not a coarser scene.
                time = times.context(move_day)
            if (
                move
                and not cues.relative  # "Tech stocks, which had rallied earlier in the week"
                and time is not None
                and time.source in {"sentence", "context"}
                # A figure's move over a month or a quarter told below the sentence's main
                # line ("dealers said selling began after a report that prices rose 0.6%
                # in September") is what a report tells, not the day's trading.
                and (cues.main or _day(time.value) is not None)
            ):
                move_day = time
            if (
                story_lead is None
                and lead_sentence in {None, sentence}
                and time is not None
                and time.source == "sentence"
                and not (headline and sentence == 0)
                and cues.main
                and cues.verbal
                and cues.tense == "past"
                and event.modality == "actual"
                and cues.timeless is None
                and not (cues.aside or cues.relative or cues.origin)
            ):
                story_lead, lead_sentence = time, sentence
            if (
                story_report is None
                and lead_sentence in {None, sentence}
                and cues.report
                and not (headline and sentence == 0)
                and _day(dates[cues.report[0]].value) is not None
            ):
                # "Veltrix will build a plant, the company said on Thursday": with no act
                # told as done, what the story leads with is the report
                story_report, lead_sentence = times.of(cues.report[0]), sentence
            if (
                told
                and time is not None
                and time.source == "sentence"
                and cues.name not in reporting
                and _direction(time, reference) != "future"
            ):
                told_acts.setdefault(cues.name, time)
                told_acts.setdefault(cues.kind, time)
            if time is not None and time.source != "publication" and cues.name:
                # The first time told of a kind of event: news tells its own event first
                # ("will visit Turkey on Nov. 19"), an aside of the kind later ("who is
                # visiting Spain"); a time told, not only the day of the news.
                told_events.setdefault(cues.name, time)
                told_kinds.setdefault(cues.kind, time)
            if (
                time is not None
                and time.source == "sentence"
                and not event.cues.aside
                and not event.cues.judged  # "convicted on Monday of taking bribes in 2019"
                # A relative clause's date tells of its noun: no scene over one told,
                # even when a look ahead ended the focus ("The mayor, who visited on
                # Saturday, will chair a meeting on Friday").
                and not (
                    event.cues.relative and (focus is not None or told_scene is not None or beside)
                )
                and time.date not in event.cues.bounded
                and time.date not in back
                and not (main_dated and time.date in spans)
                and time.date not in history
            ):
                # A past event's date moves the scene; a state's coarser date that holds
                # the scene's day ("volume for October is high") does not.
                scene = time if event.cues.tense == "past" else _narrowest(focus, time)
                # A plan dated by a past act ("agreed on Monday to buy") looks ahead from
                # a day gone: that day is the scene of what was told.
                direction = _direction(time, reference)
                scene_ahead = direction == "future" or (
                    (event.cues.tense == "future" or event.modality == "planned")
                    and direction != "past"
                )
                if (
                    event.cues.tense in {"past", "none"}
                    and event.modality == "actual"
                    and direction != "future"
                ):
                    told_here = time  # "agreed on Thursday to buy", told on Thursday too
                if event.cues.main and (
                    main_scene is None or (event.cues.tense == "past" and direction != "future")
                ):
                    main_scene = (scene, scene_ahead)  # the last main act told, in order
                last_verbal = event.cues.verbal
            # An act to come borrows no tense from the verb it hangs on: "has threatened to
            # veto the budget", "is likely to reject the bill" are to come.
            borrowed = not event.cues.verbal and event.modality != "actual"
            tense_of_event = "none" if borrowed else event.cues.tense
            if event.cues.current and tense_of_event == "modal":
                tense_of_event = "present"  # "Residents can return home": it holds now
            when = when_of(time, tense_of_event, event.modality, reference)
            if (
                named_done
                and when == "future"
                and time is not None
                and _direction(time, reference) != "future"
            ):
                when = "past"  # "agreed a deal on Friday. Under the deal, quotas will be ..."
            if when == "past" and time is not None and time.source == "sentence":
                told_done.setdefault(cues.name, time)  # "agreed a merger on Friday": both
                told_done.setdefault(cues.kind, time)
            if event.cues.before and time is None:
                when = "past"  # "investigators are examining the crash": it is over
            if event.cues.continuing and (time is None or when != "future"):
                when = "ongoing"  # "has been missing since Sunday": it still is
            if (
                time is not None
                and time.source == "publication"
                and event.cues.tense == "present"
                and not (event.cues.state or event.cues.current)
            ):
                when = "past"  # a headline's present reports what has just happened
            out.append((time, when))
        for k, event in enumerate(group) if reactions else ():
            told_lead = reactions.get(event.cues.word)
            taken = out[start + k][0]
            if told_lead is not None and (taken is None or taken.source == "context"):
                # "It cut jobs in June. Unions criticised the decision": the reaction
                # follows the lead, not the look back
                out[start + k] = (told_lead, when_of(told_lead, "past", event.modality, reference))
        _with_their_verbs(group, out, start, reference)
        _with_their_governors(group, out, start, reference)
        _counted_from_their_acts(group, out, start, reference)
        _after_their_causes(group, out, start, reference, times)
        if last_day is not None and any(event.cues.traded for event in group):
            _traded_on_the_day(
                group, out, start, reference, last_day.model_copy(update={"source": "context"})
            )
        if main_scene is not None and last_verbal:
            # Not over a dated event noun ("ended the search on Wednesday after the
            # collapse on Tuesday"): what follows may be the collapse's.
            scene, scene_ahead = main_scene
        if scene is None and sentence in first_date and not compared:
            # No event of the sentence owns a date: a date it reports on ("Castro said
            # Friday") still sets the scene for what follows; not one that bounds a span.
            bounds = {d for e in group for d in e.cues.bounded} | back | history
            bounds |= set(group[0].cues.compared)  # "down from $243 million a year earlier"
            if main_dated:
                bounds |= set(spans)
            if focus is not None or beside:  # a relative clause's date: no scene over one
                bounds |= relative_dates
            setting = next((d for d in calendar[sentence] if d not in bounds), None)
            if setting is not None:
                scene = _narrowest(focus, times.of(setting))
        if scene is None and returned is not None:
            scene = returned
        if told_here is None and (
            scene is None or scene_ahead or _direction(scene, reference) == "future"
        ):
            # "The plant will close by December, the company said on Tuesday.
            # Union leaders called the decision a betrayal": the outlook is to come; the
            # report's day is what a past narration goes on from.
            told_here = next(
                (
                    t
                    for d in sorted({d for e in group for d in e.cues.report})
                    if _direction(t := times.of(d), reference) != "future"
                ),
                None,
            )
        if told_here is not None:
            # A past event's own date is what was told, even when an outlook's date later
            # in the sentence is the focus ("slowed in October, ... to hold rates next
            # month. Core inflation eased": October).
            told_scene = told_here
        if scene is not None:
            if focus is not None and _a_figures_period(group, scene, focus):
                act_day = act_day or focus
            else:
                act_day = None
            focus, ahead = scene, scene_ahead
            if not ahead:
                told_scene = _behind(scene, told_scene, reference)
        elif focus is None:
            act_day = None
        start = end
    if headline and publication is not None:
        _headline_retold(events, out, publication, times)
    return out


@cache
def _figure_words() -> frozenset[str]:
    """The words that tell a figure: moves (``market_moves``, ``figure_moves``) and verbs
    of results (``result_verbs``)."""
    w = time_words()
    return w.market_moves | w.figure_moves | words().result_verbs


def _tells_a_figure(token: Token, name: str) -> bool:
    """``TimeCues.figure``: a verb of results, or a move whose subject is a common noun
    ("Sales fell", not "it closed two plants" nor "Harlan rose")."""
    if name not in _figure_words():
        return False
    if name in words().result_verbs:
        return True
    return any(c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in _children(token))


def _a_figures_period(group: Sequence[Placed], scene: EventTime, focus: EventTime) -> bool:
    """The sentence's scene is the period of a figure ("Inflation slowed to 2.9% in
    November", "Sales fell 4% in the third quarter", "earned $3 million in the year"): its
    main event tells a figure of no price (``TimeCues.figure``), with a date of its own
    coarser than a day that ended before the day the focus is."""
    main = next((e for e in group if e.cues.main and e.cues.verbal), None)
    if main is None or not main.cues.figure or main.cues.priced or main.cues.traded:
        return False
    if scene.source != "sentence" or _day(scene.value) is not None or _day(focus.value) is None:
        return False
    return scene.range[1] < focus.range[0]


# How many days before publication the lead's day of a headline's event may lie.
_RETOLD_DAYS = 7


def _headline_retold(
    events: Sequence[Placed],
    out: list[tuple[EventTime | None, str]],
    publication: EventTime,
    times: _Times,
) -> None:
    """A headline's event dated by its present ("Quake kills 23": the publication day)
    that the story's first sentence of events tells again by a word of its kind (its word,
    or one of its group of models/events/equivalents.json: "freed" and "released") with a
    day of its own, within a week before publication ("struck on Wednesday, killing 23"),
    happened that day, taken as its context; so does one in the present the headline
    places only by another event ("Mayor resigns after inquiry"), one told in the past
    with no day ("Rovers beat Ostrava"), and an event noun with no time ("Opposition wins
    election" over "in Sunday's election"). Those with no time take a lead's day that is
    the publication's too ("Official jailed" over "sentenced on Wednesday", published
    that Wednesday). Replaces the headline's times in ``out`` in place."""
    body = next((e.sentence for e in events if e.sentence > 0), None)
    if body is None:
        return
    published = _day(publication.value)
    # kind -> the lead's time as context, its "when", and whether it lies before the day
    retold: dict[str, tuple[EventTime, str, bool]] = {}
    for event, (time, when) in zip(events, out, strict=True):
        if event.sentence != body or time is None or not event.cues.name:
            continue
        day = _day(time.range[1])
        if (
            time.source in {"sentence", "context"}
            and day is not None
            and published is not None
            and 0 <= (published - day).days <= _RETOLD_DAYS
        ):
            retold.setdefault(
                event.cues.kind or event.cues.name,
                (times.context(time), when, day < published),
            )
    for k, (event, (time, _)) in enumerate(zip(events, out, strict=True)):
        if event.sentence != 0:
            break
        told_now = time is not None and time.source == "publication"
        # "Mayor resigns after inquiry": placed only by another event, but told as news;
        # "Rovers beat Ostrava", "Storm hit coastal towns": told in the past (or a past
        # form the tagger reads so), with no day of its own; "wins election": a noun.
        untold = time is None and (not event.cues.verbal or event.cues.tense in {"present", "past"})
        kind = event.cues.kind or event.cues.name  # "freed" of "was released on Saturday"
        found = retold.get(kind)
        if found is not None and (untold or (told_now and found[2])):
            out[k] = found[:2]


_REPORT_LAG = dt.timedelta(days=7)


def _just_before(scene: EventTime, report: Any) -> bool:
    """The scene ends on or before the report's first day, at most a week before it."""
    if not report:
        return False
    end, said = _day(scene.range[1]), _day(report[0])
    return end is not None and said is not None and dt.timedelta(0) <= said - end <= _REPORT_LAG


# A scene that ended this many days or more before publication looks back (a story's
# background: "Last year, a similar storm closed the port"), not at the news.
LOOK_BACK_DAYS = 183


def _looks_back(scene: EventTime, reference: str) -> bool:
    """The scene ended at least ``LOOK_BACK_DAYS`` before the publication date."""
    last, published = _day(scene.range[1]), _day(reference)
    return last is not None and published is not None and (published - last).days >= LOOK_BACK_DAYS


def _behind(scene: EventTime, told: EventTime | None, reference: str) -> EventTime | None:
    """The last scene not to come: ``scene`` unless it lies after the publication date."""
    return told if _direction(scene, reference) == "future" else scene


def _narrowest(focus: EventTime | None, date: EventTime) -> EventTime:
    """The scene after a date no event owns: the date, unless it holds the scene's day and
    is coarser ("Shares fell on Friday. Volume for October is high. Intel rose": Friday)."""
    if (
        focus is not None
        and date.range[0] <= focus.range[0]
        and focus.range[1] <= date.range[1]
        and len(date.value) < len(focus.value)
    ):
        return focus
    return date


def _time_of(
    event: Placed, times: _Times, reference: str, *, focus: EventTime | None
) -> EventTime | None:
    """Rules 1, 2, 3 and 5: the event's own date, its governor's or a date of its sentence
    the parse put elsewhere, else the focus (when given and the tense agrees), else None."""
    cues = event.cues
    if cues.own and cues.timeless not in {"habitual", "generic", "hypothetical"}:
        # The verb that closes a stretch ("the year ended June 30") ends on its date.
        own = times.of(cues.own[0], stretch=any(d == cues.own[0] for d, _ in cues.stretches))
        if cues.shift:  # "on the eve of the election on Sunday": Saturday
            return _moved_by(own, "P1D", cues.shift) or own
        return own
    if cues.timeless is not None and cues.timeless != "relative":
        return None
    if cues.inherited and (cues.timeless is None or (cues.phase and cues.timeless == "relative")):
        return times.of(cues.inherited[0])
    tense_found = cues.tense if cues.verbal else "none"
    # An event placed after another keeps a date of its sentence outside that placing
    # ("was found on Thanksgiving Day after the boat sank"), never the scene.
    for i in cues.nearby:
        time = times.of(i)
        if _agrees(time, tense_found, event.modality, reference):
            return time
    if cues.timeless is not None:
        return None
    if focus is not None and cues.later and _direction(focus, reference) != "future":
        return None  # "The trial opened in September. He said he would appeal."
    if focus is not None and cues.may and _direction(focus, reference) != "future":
        return None  # "The coalition collapsed on Monday. Talks may take weeks."
    if (
        focus is not None
        and (cues.verbal or cues.relates or cues.with_its_verb)
        and (
            _agrees(focus, cues.tense, event.modality, reference)
            # "The visit comes a week after ...": the news told, in the present of news
            or (cues.relates and cues.tense == "present")
        )
    ):
        return times.context(focus)  # "The win came three days after ...": the news
    return None


def _with_their_verbs(
    group: Sequence[Placed],
    out: list[tuple[EventTime | None, str]],
    start: int,
    reference: str,
) -> None:
    """An event noun with no time that names again an event the story told and is the
    subject of a verb told as done in the past with a time of the story, its sentence's
    main verb or a reported clause's ("The attack destroyed two warehouses", "Stewards
    said the match passed without trouble"), happened when its verb did: what an event
    did, it did while it happened; not "the last talks" (another one). ``out[start + k]``
    is ``group[k]``'s time and when."""
    main = next(
        (
            k
            for k, e in enumerate(group)
            if e.cues.main and e.cues.verbal and e.cues.tense == "past" and e.modality == "actual"
        ),
        None,
    )
    for k, event in enumerate(group):
        cues = event.cues
        if not (cues.points_back and cues.timeless is None) or out[start + k][0] is not None:
            continue
        if cues.leads and main is not None and k < main:
            verb: int | None = main
        else:
            verb = next(
                (
                    j
                    for j, e in enumerate(group)
                    if e.cues.word == cues.subject_of
                    and e.cues.verbal
                    and e.cues.tense == "past"
                    and e.modality == "actual"
                ),
                None,
            )
        time = out[start + verb][0] if verb is not None else None
        if time is not None and time.source in {"sentence", "context"}:
            out[start + k] = (time, when_of(time, "none", event.modality, reference))


def _with_their_governors(
    group: Sequence[Placed],
    out: list[tuple[EventTime | None, str]],
    start: int,
    reference: str,
) -> None:
    """A participle clause with no time that hangs on an event of its sentence whose time
    came from the scene or from its sentence happened with it ("A quake struck on Sunday.
    It flattened a village, killing 14": the killing too; "Chanting slogans, they blocked
    the road"; "skidded off the runway while landing on Tuesday, injuring 11, officials
    said": the injuring took no date of the reported clause, its verb the "while"
    clause's). A verb with no time, or only the publication's, lends none.
    ``out[start + k]`` is ``group[k]``'s time and when (in text order: a participle of an
    earlier participle has its time by then)."""
    at = {e.cues.word: k for k, e in enumerate(group)}
    for k, event in enumerate(group):
        cues = event.cues
        above = None if cues.governor is None else at.get(cues.governor)
        if above is None or cues.timeless is not None or out[start + k][0] is not None:
            continue
        time = out[start + above][0]
        if time is not None and time.source in {"context", "sentence"}:
            out[start + k] = (time, when_of(time, "none", event.modality, reference))


def _after_their_causes(
    group: Sequence[Placed],
    out: list[tuple[EventTime | None, str]],
    start: int,
    reference: str,
    times: _Times,
) -> None:
    """A move of the market with no time that its sentence places after an event with one
    (``TimeCues.cause``) lies on that event's day: "Orvane unveiled its chip on Wednesday.
    Its shares rose 6% after the launch" (the launch, named again, is Wednesday's). Only a
    move of the market: another act after an event may come any time after it."""
    at = {e.cues.word: k for k, e in enumerate(group)}
    for k, event in enumerate(group):
        cues = event.cues
        if cues.cause is None or out[start + k][0] is not None:
            continue
        cause = at.get(cues.cause)
        time = None if cause is None else out[start + cause][0]
        if time is not None and time.range[0][:10] == time.range[1][:10]:
            told = times.context(time)
            out[start + k] = (told, when_of(told, cues.tense, event.modality, reference))


def _counted_from_their_acts(
    group: Sequence[Placed],
    out: list[tuple[EventTime | None, str]],
    start: int,
    reference: str,
) -> None:
    """An event a length before or after an act of its sentence (``TimeCues.counted``)
    lies that length from the act's time ("walked out on Tuesday, a day after talks
    collapsed": Monday), and has none when the act has none. A length of no whole days,
    weeks, months or years ("12 hours after") leaves the time it had (the act's day)."""
    at = {e.cues.word: k for k, e in enumerate(group)}
    for k, event in enumerate(group):
        # "began a day after talks collapsed on Monday": the beginning, Tuesday
        if event.cues.counts_to is not None:
            _count_to_the_act(group, out, start, reference, k, at)
    for k, event in enumerate(group):
        cues = event.cues
        if cues.counted is None or cues.own or cues.timeless not in {None, "relative"}:
            continue
        word, length, sign = cues.counted
        above = at.get(word)
        if above is None:
            continue
        act = out[start + above][0]
        if act is None:
            out[start + k] = (None, out[start + k][1])  # its time was the act's day
            continue
        time = _moved_by(act, length, sign)
        if time is not None:
            out[start + k] = (time, when_of(time, cues.tense, event.modality, reference))
        elif _SOME_WHOLE_UNITS.fullmatch(length):
            # "weeks after recovering": some days, weeks, months or years away; not on
            # the act's day (hours or minutes away keep it)
            out[start + k] = (None, out[start + k][1])


def _counted_noun_date(
    noun: Token,
    counted: tuple[int, str, int],
    own: Mapping[int, tuple[int, ...]],
    roots: Mapping[int, Token],
) -> tuple[int, int] | None:
    """The act a noun is counted from (``counted``: "three days after the fire") and the
    act's own date told right after the noun's phrase ("... the fire on Saturday"), which
    is the noun's; None when there is none."""
    if noun.i in own or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    act = counted[0]
    after = noun.right_edge.i + 1
    for d in own.get(act, ()):
        prep = roots[d].head
        if prep.i == after and prep.dep_ == "prep" and prep.head.i == act:
            return act, d
    return None


def _count_to_the_act(
    group: Sequence[Placed],
    out: list[tuple[EventTime | None, str]],
    start: int,
    reference: str,
    k: int,
    at: Mapping[int, int],
) -> None:
    """The act ``group[k]`` is counted from (``TimeCues.counts_to``), with no date of its
    own, lies the length away from ``group[k]``'s own time: "began a day after talks
    collapsed on Monday" (Tuesday). As for an event counted from an act, some days or
    weeks not counted ("days after") leave it no time of that date, and hours ("hours
    after") leave it the day it took."""
    counts = group[k].cues.counts_to
    if counts is None:
        return
    word, length, sign = counts
    other = at.get(word)
    time = out[start + k][0]
    if other is None or time is None or time.source != "sentence":
        return
    act = group[other]
    taken = out[start + other][0]
    if act.cues.own or act.cues.timeless not in {None, "relative"}:
        return
    if taken is not None and taken.date != time.date:
        return  # a date of its own line ("on Tuesday, a day after ...")
    moved = _moved_by(time, length, -sign)
    if moved is not None:
        out[start + other] = (moved, when_of(moved, act.cues.tense, act.modality, reference))
    elif taken is not None and _SOME_WHOLE_UNITS.fullmatch(length):
        out[start + other] = (None, out[start + other][1])


# Some whole units, uncounted: "PXD" ("days"), "PXW", "PXM", "PXY" (not "PTXH").
_SOME_WHOLE_UNITS = re.compile(r"PX[DWMY]")


def _moved_by(act: EventTime, length: str, sign: int) -> EventTime | None:
    """``act``'s time moved by ``length`` (``sign`` -1: back): days and weeks from a day,
    months from a day or a month (the month), years from any time with a year (the year);
    None when the length or the act's time does not allow it."""
    counted = whole_length(length)
    point = parse_value(act.value.split("T", 1)[0])
    if counted is None or point is None or act.offset is not None or act.date is None:
        return None  # not from a time counted itself, nor from the publication date
    n, unit = sign * counted[0], counted[1]
    if unit in "DW":
        if point.gran != "day":
            return None
        moved = Point(point.day + dt.timedelta(days=n * (7 if unit == "W" else 1)), "day")
    elif unit == "M":
        if point.gran not in {"day", "month"}:
            return None
        moved = Point(add_months(point.day, n), "month")
    else:
        moved = Point(add_months(point.day, 12 * n), "year")
    first, last = bounds(moved)
    return EventTime(
        value=fmt(moved),
        range=(first.isoformat(), last.isoformat()),
        source=act.source,
        date=act.date,
        offset=("-" if sign < 0 else "") + length,
    )


def _traded_on_the_day(
    group: Sequence[Placed],
    out: list[tuple[EventTime | None, str]],
    start: int,
    reference: str,
    day: EventTime,
) -> None:
    """A move of a thing traded (``TimeCues.traded``: "Its shares rose 7.5%") that took
    a scene coarser than a day (a results story's quarter) lies on the last day the story
    told (``day``: "said on Tuesday"); ``out[start + k]`` is ``group[k]``'s time and when."""
    moves = time_words().market_moves
    for k, event in enumerate(group):
        cues = event.cues
        time = out[start + k][0]
        if (
            cues.traded
            and cues.name in moves
            and time is not None
            and time.source == "context"
            and time.range[0] != time.range[1]  # a quarter, or the stretch to its last day
        ):
            out[start + k] = (day, when_of(day, cues.tense, event.modality, reference))


def _news_now(event: Placed, sentence: int, headline: bool) -> bool:
    """Rule 4: news of the day: a present perfect or progressive, a state of mind or of
    affairs in the present, or a headline's present."""
    cues = event.cues
    if not cues.verbal:
        return False
    if (cues.state or cues.current) and cues.tense in {"present", "modal"}:
        # "the union wants a raise", "the suspect remains in custody": now, even after
        # another event ("the road is closed after the landslide").
        return cues.timeless in {None, "relative"}
    if cues.tense in {"perfect", "progressive"}:
        # "The club has sacked its coach after a run of defeats": what it comes after
        # places it, and its tense tells it as news of now all the same (not a span
        # since a bound: "has eluded police since March").
        return cues.timeless is None or (cues.timeless == "relative" and cues.after_cause)
    if cues.timeless is not None:
        return False
    return headline and sentence == 0 and cues.tense == "present"


def _now_told(group: Sequence[Placed]) -> bool:
    """The sentence's main verb tells the news of now (a present perfect or progressive),
    not a state that runs from the told scene to now ("has been missing since Sunday")."""
    main = next((e for e in group if e.cues.main and e.cues.verbal), None)
    return (
        main is not None
        and main.cues.tense in {"perfect", "progressive"}
        and not main.cues.quoted
        and not main.cues.continuing
        and not _not_yet(main)
    )


def _not_yet(event: Placed) -> bool:
    """A negated present perfect the story tells in its own voice: what has not happened
    so far ("No group has claimed responsibility", "Nobody has been arrested"), a state of
    the told scene's aftermath, not news of now that ends it (one reported or quoted
    still ends it)."""
    cues = event.cues
    return (
        cues.tense == "perfect"
        and event.polarity == "negative"
        and not cues.reported
        and not cues.quoted
    )


def _tense_changes(focus: EventTime, group: Sequence[Placed], reference: str) -> bool:
    """The sentence's main verb is in a tense the focus does not hold for: the scene ends.

    A simple present states how things are ("the plant employs 400 people") and does not
    end a past scene; a present perfect or progressive tells the news of now and does,
    unless it tells what has not happened so far ("No group has claimed responsibility":
    ``_not_yet``).
    """
    for event in group:
        cues = event.cues
        if cues.main and cues.verbal and cues.tense not in {"modal", "present"}:
            return not _not_yet(event) and not _agrees(focus, cues.tense, event.modality, reference)
    return False
