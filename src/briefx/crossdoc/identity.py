"""Events across documents: when two facts' event frames report the same event.

Two frames match when their event words name the same kind of event (the same lemma, or
one group of ``models/events/equivalents.json``: swap / exchange, free / release), no slot
names two different participants (the agent, the patient, the place; a capital as agent
or patient is its country, ``briefx.crossdoc.parties``; a doer with no entity may carry an
untagged name), and their times can be one (``apart``). A frame's dates are one value:
"between May and July" is the span from May to July, not two dates. An undated frame a
report tells as news is of the report's publication day (``news_day``): it parts from
frames of reports of other days.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from briefx.crossdoc.headlines import complement_after, control_after, particle_after
from briefx.crossdoc.parties import country_of
from briefx.crossdoc.senses import sense_of
from briefx.events.words import bearing_phrase, event_kind
from briefx.events.words import words as event_words
from briefx.resources import load_json
from briefx.schema import (
    ClusterEvent,
    DateMention,
    Document,
    Entity,
    EventFrame,
    Quantity,
    Sentence,
)
from briefx.text import timex

_NAME_WORD = re.compile(r"[^\W\d_][\w&'.-]*")
# An untagged name of a doer is read from this many capitalised words on: one capital
# ("Police", "Obama's") is too often no name of its own.
NAME_WORDS = 2
# A word, or a contracted auxiliary ("'d" of "they'd").
_AUX_WORD = re.compile(r"'?\w+")
# "had", "has" or "have" just before the event word, an adverb or "not" between.
_PERFECT = re.compile(r"\b(had|has|have)(?:\s+(?:not|never|already|also|just|\w+ly))?\s+$", re.I)
_DEICTIC_VALUES = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})
# A pair of frames that agree on a participant or a date counts this many times more
# when choosing the cluster's event.
ANCHOR_WEIGHT = 10
# A kind of event named by at least this share of a story's reports (of at least
# MIN_STORY_REPORTS) is what the story is about: its frames join without sharing a name
# or a date. Two reports share many kinds in passing.
STORY_KIND_SHARE = 0.5
MIN_STORY_REPORTS = 3
# A time of at most this many days anchors two frames; a longer one ("earlier this
# year") only keeps apart what it cannot overlap.
PRECISE_DAYS = 8
# Frames naming this many participants alike in the same roles report one event even
# when their times cannot overlap: the reports disagree on its date (a conflict).
CONFLICT_SLOTS = 2
# Reports published the same day may place one event a day apart (late at night, time
# zones): so many days of slack between their times.
SAME_DAY_SLACK = 1
# An undated event a report tells as news (actual, not future, not in the past perfect)
# happened within this many days before the report's publication: "the index fell" in
# Tuesday's report is Tuesday's fall (or the weekend's), not last week's.
NEWS_DAYS = 3
# The day comparisons (``_apart``, ``_times_meet``, ``ended_before``, ``_off_the_news``) are
# pure and asked of the same few days by pair after pair of frames: each keeps this many
# answers.
DAY_CACHE = 1 << 16
# How many words before an event word may hold the auxiliary of its past perfect.
PERFECT_WORDS = 3


@cache
def _cluster_rules() -> tuple[frozenset[str], frozenset[str]]:
    data = load_json("events/clusters.json")
    return frozenset(data["light_verbs"]), frozenset(data["background"])


def is_light(lemma: str) -> bool:
    """A light or aspectual verb ("bring", "develop", "continue"): it says little alone."""
    return lemma in _cluster_rules()[0]


def is_background(lemma: str) -> bool:
    """A state running through a whole story ("the war"), not an event a report claims."""
    return lemma in _cluster_rules()[1]


def event_key(lemma: str) -> str:
    """The kind of event a word names: "swap" and "exchange" both give "exchange"
    (``briefx.events.words.event_kind``)."""
    return event_kind(lemma)


_When = tuple[tuple[str, str] | None, str | None, bool]  # (period, news day, verbal)


@dataclass(frozen=True)
class EventView:
    """One event frame of a fact, with corpus entity ids and comparable dates."""

    doc: int
    sentence: int
    key: str
    lemma: str
    agent: str | None
    patient: str | None
    place: str | None
    span: tuple[str, str] | None  # first and last day of the frame's dates, as one range
    date: str | None  # the frame's date values, a range written first/last
    quantities: tuple[Quantity, ...]
    modality: str
    polarity: str
    # First and last day of the frame's time (issue 25) when it is the frame's own date
    # or the publication day (present perfect, headline), and comparable.
    time_span: tuple[str, str] | None = None
    published: str = ""  # the document's reference date
    # First and last day of all comparable dates of the frame's sentence.
    sentence_span: tuple[str, str] | None = None
    sense: str | None = None  # briefx.crossdoc.senses: "captives", "market"; None: open
    text: str = ""  # the event word as written
    verbal: bool = False  # it stands as a verb in its sentence ("swapped", not "the swap")
    agent_text: str | None = None
    patient_text: str | None = None
    # The publication day of its report when the frame has no time and tells news of
    # that day (``news_day``); None otherwise.
    news: str | None = None
    # The country a place in the role stands for (``briefx.crossdoc.parties``), as
    # "country:UA"; None when the participant is no country or capital.
    agent_party: str | None = None
    patient_party: str | None = None
    # The name in the doer's words, tagged or not ("The Tarsk Composite" -> "tarsk
    # composite"): two doers whose names share no word are two doers (``names_clash``).
    agent_name: str | None = None
    # The auxiliary of a perfect ("had", "has", "have") written before the event word
    # ("had fallen"): a timeline line keeps it with an irregular participle.
    perfect: str | None = None
    # The preposition the report names the place with ("to" of "flew to Lyon"), for a
    # headline; None when it names none.
    place_prep: str | None = None
    # The particle right after the event word ("off" of "called off the strike"), for a
    # headline's verb; None without one.
    particle: str | None = None
    # What completes a verb with no object ("into a ravine", "chief executive" of
    # "became chief executive"), for a headline.
    complement: str | None = None
    # past, ongoing or future, relative to its report's publication (``EventFrame.when``).
    when: str = ""
    # Its dates are written after "by" ("will restore power by Friday"): the latest the
    # act may happen, not its day; None when it has no date.
    deadline: bool | None = None

    @property
    def period(self) -> tuple[str, str] | None:
        """When the event happened, as far as the reports tell: its time, else its dates."""
        return self.time_span or self.span

    # Read for every pair of frames compared (``same_event``, ``times_clash``): made once.
    _roles: tuple[str | None, str | None, str | None] = field(init=False, repr=False, compare=False)
    _when: _When = field(init=False, repr=False, compare=False)  # for ``apart``
    _done: str | None = field(init=False, repr=False, compare=False)  # ``done_by``

    def __post_init__(self) -> None:
        roles = (self.agent_party or self.agent, self.patient_party or self.patient, self.place)
        # Frozen: each is set once, as the view is made (``replace`` makes them anew).
        object.__setattr__(self, "_roles", roles)
        object.__setattr__(self, "_when", (self.period, self.news, self.verbal))
        object.__setattr__(self, "_done", done_by(self))

    def roles(self) -> tuple[str | None, str | None, str | None]:
        """Who did it, to whom, where, as compared across reports: a capital as the doer or
        the one acted on stands for its country ("Kyiv" and "Ukraine": one party)."""
        return self._roles

    def slots(self) -> Iterable[str]:
        """The corpus entities the frame names."""
        return (e for e in (self.agent, self.patient, self.place) if e is not None)


def is_calendar(date: DateMention, *, times: bool = False) -> bool:
    """A calendar date that can be compared across reports (not "now", not a duration).

    With ``times``, a time of a known day counts by its day ("at 4:15 a.m. on Saturday"),
    as on the timeline; a clock time alone, a duration or a set never does. Clustering
    leaves times out: on ECB+ (eval_brief.py --halves) counting them cost 0.004 F1.
    """
    if not date.value or date.value in _DEICTIC_VALUES:
        return False
    if date.type == "TIME":
        return times and bool(timex.DAY.match(date.value))
    return date.type == "DATE"


def comparable_date(date: DateMention, document: Document, *, times: bool = False) -> bool:
    """A calendar date that can be set against another report's.

    Not "now" or a length of time; and not a relative date of a document whose reference
    date was defaulted to today (nobody gave its publication date). ``times``: as
    ``is_calendar``.
    """
    if not is_calendar(date, times=times) or date.range is None:
        return False
    return document.reference_date.origin != "default-today" or date.anchor == "absolute"


def event_views(
    d: int, document: Document, mapping: dict[tuple[int, str], str]
) -> dict[int, list[EventView]]:
    """The event frames of every fact of one document, keyed by sentence id."""

    def corpus(entity: str | None) -> str | None:
        return None if entity is None else mapping.get((d, entity))

    named = {e.id: e for e in document.entities}
    places = {i: e for i, e in named.items() if e.type == "PLACE"}
    located = [
        (m.start, m.end, e.id) for e in places.values() for m in e.mentions
    ]  # where each place is named

    def party(entity: str | None) -> str | None:
        place = places.get(entity or "")
        if place is None:
            return None
        code = country_of([place.name, *place.aliases])
        return None if code is None else f"country:{code}"

    spans = _sentence_spans(document)
    out: dict[int, list[EventView]] = {}
    for fact in document.facts:
        views: list[EventView] = []
        for frame in fact.events:
            view = _view(d, fact.sentence, frame, document, corpus, party, named, spans)
            if view is not None and frame.place is None:
                where = corpus(_described_place(frame, located))
                if where is not None:
                    view = replace(view, place=where)
            if view is not None:
                views.append(view)
        if views:
            out[fact.sentence] = views
    return out


def _view(
    d: int,
    sentence: int,
    frame: EventFrame,
    document: Document,
    corpus: Callable[[str | None], str | None],
    party: Callable[[str | None], str | None],
    named: Mapping[str, Entity],
    spans: Mapping[int, tuple[str, str]],
) -> EventView | None:
    """The frame as identity sees it; None when its word names no event here ("the
    stock exchange"). ``spans``: each sentence's ``_sentence_spans``."""
    line = document.sentences[sentence]
    # The sentence's words before and after the event word, read by several slots.
    before, after = line.text[: frame.start - line.start], line.text[frame.end - line.start :]
    sense = sense_of(
        event_key(frame.lemma),
        before=before,
        after=after,
        patient=frame.patient.text if frame.patient else None,
        agent=frame.agent.text if frame.agent else None,
    )
    if sense is not None and not sense.event:
        return None
    dates = [document.dates[i] for i in frame.dates]
    usable = [x for x in dates if comparable_date(x, document)]
    span = None
    if usable:
        span = (min(x.range[0] for x in usable), max(x.range[1] for x in usable))  # type: ignore[index]
    time_span = _time_span(frame, document)
    news = None
    if span is None and time_span is None:
        news = news_day(frame, document, before)
        if sense is not None and sense.name == "market":
            time_span = _trading_day(frame, document)
    return EventView(
        doc=d,
        sentence=sentence,
        key=event_key(frame.lemma),
        lemma=frame.lemma,
        agent=corpus(frame.agent.entity) if frame.agent else None,
        patient=corpus(frame.patient.entity) if frame.patient else None,
        place=corpus(frame.place),
        span=span,
        date="/".join(dict.fromkeys(x.value or "" for x in usable)) if usable else None,
        deadline=all(_after_by(x, line) for x in usable) if usable else None,
        quantities=tuple(document.quantities[i] for i in frame.quantities),
        modality=frame.modality,
        polarity=frame.polarity,
        time_span=time_span,
        published=document.reference_date.value,
        sentence_span=spans.get(sentence),
        sense=sense.name if sense else None,
        text=frame.text,
        verbal=_verbal(frame, document, sentence),
        agent_text=frame.agent.text if frame.agent else None,
        patient_text=frame.patient.text if frame.patient else None,
        news=news,
        agent_party=party(frame.agent.entity) if frame.agent else None,
        agent_name=doer_name(frame, line),
        patient_party=party(frame.patient.entity) if frame.patient else None,
        perfect=perfect_before(before),
        place_prep=_place_word(frame, named.get(frame.place or ""), line),
        particle=particle_after(after),
        complement=_complement(frame, after, document),
        when=frame.when,
    )


def _complement(frame: EventFrame, after: str, document: Document) -> str | None:
    """What completes the frame's verb in a line: what a verb of asking asks of its
    object ("asked the mayor to explain the overspend"), else, with no object, what a verb
    of deciding or promising decided, past its own date ("agreed on Wednesday to buy Tesk
    Metals": "to buy Tesk Metals"; ``control``), or where it went or what its subject
    became (``complement_after``)."""
    patient = frame.patient.text if frame.patient is not None else None
    words = event_words()
    asked = control_after(after, patient) if frame.lemma in words.object_control else None
    if asked is not None or patient is not None:
        return asked
    if frame.lemma in words.control:
        decided = control_after(_past_its_dates(after, frame, document), None)
        if decided is not None and decided.startswith("to "):
            return decided
    return complement_after(after, frame.lemma)  # "pushed into the suburbs"


def _past_its_dates(after: str, frame: EventFrame, document: Document) -> str:
    """The words after an event word, past its own dates written right after it ("on
    Wednesday to buy" -> "to buy")."""
    rest = after.lstrip()
    for index in frame.dates:
        told = document.dates[index].text
        for lead in _DATE_LEADS:
            if rest.startswith(lead + told):
                rest = rest[len(lead + told) :].lstrip()
                break
    return " " + rest


# The prepositions a date written right after its event word may open with.
_DATE_LEADS = ("", "on ", "in ", "at ", "during ")


def _place_word(frame: EventFrame, entity: Entity | None, line: Sentence) -> str | None:
    """The word just before the frame's place (``entity``) where the sentence names it
    after the event word ("to" of "flew to Lyon on Monday"; a bearing's two: "east of"),
    lower-cased; None without a place."""
    if entity is None:
        return None
    after = [m for m in entity.mentions if frame.end <= m.start < line.end]
    if not after:
        return None
    before = line.text[: min(m.start for m in after) - line.start]
    bearing = bearing_phrase(before)  # "east of" of "burned 800 acres east of Bend"
    if bearing is not None:
        return bearing
    last = before.split()
    return last[-1].lower() if last else None


def perfect_before(before: str) -> str | None:
    """The auxiliary of a perfect that ends ``before`` ("the index had fallen": "had";
    "has already risen": "has"), or None."""
    found = _PERFECT.search(before)
    return found[1].lower() if found else None


def doer_name(frame: EventFrame, line: Sentence) -> str | None:
    """The capitalised words of a doer ("The Brennick Industrial Average" -> "brennick
    industrial average"), lowercased, when there are at least ``NAME_WORDS``; a
    sentence's first word counts only in capitals. The tagger may have missed the name
    in one report and found it in another: the words are compared, not the entity."""
    arg = frame.agent
    if arg is None:
        return None
    words = _NAME_WORD.findall(arg.text)
    if words and arg.start == line.start and not (words[0].isupper() and len(words[0]) > 1):
        words = words[1:]
    name = [w.lower() for w in words if w[0].isupper()]
    return " ".join(name) if len(name) >= NAME_WORDS else None


def _described_place(frame: EventFrame, located: Sequence[tuple[int, int, str]]) -> str | None:
    """The place a doer described by words names ("delegations in Istanbul"): a place
    after "in" inside an agent that is no entity of its own.

    Only the doer: a patient's place is often not the event's ("sold cars built in
    Spain"); measured on ECB+ (eval_brief.py --halves --rebrief), reading it there cost
    recall, the doer's nothing.
    """
    arg = frame.agent
    if arg is None or arg.entity is not None:
        return None
    for start, end, entity in located:
        at = start - arg.start
        if arg.start <= start and end <= arg.end and arg.text[max(0, at - 3) : at] == "in ":
            return entity
    return None


def news_day(frame: EventFrame, document: Document, before: str) -> str | None:
    """The publication day of the report, when an undated frame tells news of that day.

    News is what happened: an actual event, not a plan, a possibility or something to
    come, and not one placed before another in the past perfect ("it had agreed").
    A report whose publication date nobody gave tells no day.

    Args:
        frame: an event frame with no time of its own.
        document: its report.
        before: the sentence's text before the event word.
    """
    if document.reference_date.origin == "default-today":
        return None
    if frame.modality != "actual" or frame.when == "future":
        return None
    words = _AUX_WORD.findall(before.replace("’", "'").lower())
    if any(w in _past_perfect() for w in words[-PERFECT_WORDS:]):
        return None
    return document.reference_date.value[:10]


@cache
def _past_perfect() -> frozenset[str]:
    return frozenset(load_json("events/time.json")["past_perfect_aux"])


def _after_by(date: DateMention, line: Sentence) -> bool:
    """The date is written right after "by" in its sentence ("by Friday", "by Dec. 1")."""
    at = date.start - line.start
    before = line.text[:at].split() if 0 <= at <= len(line.text) else []
    return bool(before) and before[-1].lower() == "by"


def _time_span(frame: EventFrame, document: Document) -> tuple[str, str] | None:
    """The first and last day of the frame's time (issue 25), when it can be compared.

    A time read off a relative date, the paragraph or the publication day of a document
    whose publication date nobody gave says nothing about the calendar.
    """
    time = frame.time
    if (
        time is None
        or time.source == "context"
        or (time.source == "sentence" and time.date not in frame.dates)
    ):
        # A date inherited from the governing event (rule 2 of issue 25) or from the
        # paragraph's focus (rule 3) parts events too eagerly across reports: measured
        # on ECB+ (eval_brief.py --halves), each only cost recall.
        return None
    if time.date is None:
        if document.reference_date.origin == "default-today":
            return None
    elif not comparable_date(document.dates[time.date], document):
        return None
    return (time.range[0], time.range[1])


def _trading_day(frame: EventFrame, document: Document) -> tuple[str, str] | None:
    """The day a move of the market ("the index lost 1.2%") took from its paragraph, when
    the paragraph told one day ("Stocks fell on Monday. The index lost 1.2%").

    A move of the market happens again every trading day: two reports of one day's
    market tell that day's moves, and another day's are other moves, however alike their
    words. A longer scene ("this week") parts no two days' moves. The move keeps its news
    day (``news_day``), which parts it from the undated moves of a report of another day.
    """
    time = frame.time
    if time is None or time.source != "context" or time.date is None:
        return None
    if time.range[0] != time.range[1]:
        return None
    return time.range if comparable_date(document.dates[time.date], document) else None


def _sentence_spans(document: Document) -> dict[int, tuple[str, str]]:
    """Sentence -> first and last day of its comparable dates (sentences with one)."""
    spans: dict[int, tuple[str, str]] = {}
    for x in document.dates:
        if x.range is None or not comparable_date(x, document):
            continue
        first, last = spans.get(x.sentence, x.range)
        spans[x.sentence] = (min(first, x.range[0]), max(last, x.range[1]))
    return spans


def _verbal(frame: EventFrame, document: Document, sentence: int) -> bool:
    """The event word stands as a verb: no article or possessive before it, no "of" after,
    no -ing its lemma keeps ("meeting", "shooting"); after "that" with a doer before it, a
    relative clause's verb ("a jet that slid")."""
    text = frame.text.lower()
    if text.endswith("ing") and text == frame.lemma.lower():
        return False  # "the previous meeting": a verb's lemma drops the -ing ("meet")
    line = document.sentences[sentence]
    # Only the word on each side is read.
    before = line.text[: frame.start - line.start].rsplit(None, 1)
    after = line.text[frame.end - line.start :].split(None, 1)
    if after and after[0].lower() == "of":
        return False
    if not before:
        return True
    word = before[-1].lower()
    if word == "that" and frame.agent is not None and frame.agent.end <= frame.start:
        return True  # "a jet that slid off the runway": the relative clause's verb
    return word not in _noun_marks() and not word.endswith(("'s", "’s"))


@cache
def _noun_marks() -> frozenset[str]:
    return frozenset(load_json("events/headlines.json")["noun_before"])


def _spans_overlap(a: tuple[str, str] | None, b: tuple[str, str] | None) -> bool:
    """True unless both spans of days are known and disjoint."""
    return a is None or b is None or (a[0] <= b[1] and b[0] <= a[1])


@lru_cache(maxsize=DAY_CACHE)
def _times_meet(
    a: tuple[str, str] | None, b: tuple[str, str] | None, same_day_reports: bool
) -> bool:
    """Two event times can be one: they overlap, or, in reports published the same day,
    lie ``SAME_DAY_SLACK`` days apart ("late on Sunday" in one report is "Monday" in
    another); reports published on different days get no slack."""
    if a is None or b is None:
        return True
    if not same_day_reports:
        return _spans_overlap(a, b)
    slack = dt.timedelta(days=SAME_DAY_SLACK)
    first = (dt.date.fromisoformat(a[0][:10]) - slack).isoformat()
    other = (dt.date.fromisoformat(b[0][:10]) - slack).isoformat()
    return first <= b[1] and other <= a[1]


def dates_overlap(a: EventView, b: EventView) -> bool:
    """True unless both frames have dates and their spans are disjoint."""
    return _spans_overlap(a.span, b.span)


def same_event(a: EventView, b: EventView, *, dates: bool = True) -> bool:
    """True when two frames can report one event: same kind, no clash of slot (or date).

    Args:
        a: a frame.
        b: a frame of another document.
        dates: also require the dates to overlap (off when looking for conflicts).
    """
    if a.key != b.key or (a.sense and b.sense and a.sense != b.sense):
        return False
    for x, y in zip(a.roles(), b.roles(), strict=True):
        if x is not None and y is not None and x != y:
            return False
    if names_clash(a.agent_name, b.agent_name) or done_and_to_come(a, b):
        return False
    return not dates or not apart(a, b) or _named_alike(a, b)


def done_and_to_come(a: EventView, b: EventView) -> bool:
    """One report tells the act done at a time over ``NEWS_DAYS`` before the other's
    publication, which tells it to come: two acts, not one told twice nor a conflict
    ("Kral vetoed two bills in the summer" and "Kral has threatened to veto the budget").
    A deed of the news days may be the plan another report told ("will be sentenced",
    "was sentenced"), and so may a plan told before the deed ("will sign on Friday", then
    "signed on Friday")."""
    return (b.when == "future" and a._done is not None and ended_before(a._done, b.published)) or (
        a.when == "future" and b._done is not None and ended_before(b._done, a.published)
    )


def done_by(view: EventView) -> str | None:
    """The last day of the time its report tells the act done in (actual, past), or None."""
    if view.modality != "actual" or view.when != "past" or view.period is None:
        return None
    return view.period[1][:10]


@lru_cache(maxsize=DAY_CACHE)
def ended_before(last_day: str, published: str) -> bool:
    """A time ending on ``last_day`` ended over ``NEWS_DAYS`` before ``published``."""
    news = dt.date.fromisoformat(published[:10]) - dt.timedelta(days=NEWS_DAYS)
    return last_day[:10] < news.isoformat()


def apart(a: EventView, b: EventView) -> bool:
    """The two frames' times cannot be one event's.

    Their times cannot overlap (``_times_meet``); or, where a frame has no time and tells
    the news of its report's day (``news_day``), the other is news of another day, or has
    a time more than ``NEWS_DAYS`` before that day (or, for a verb, after it): "the index
    fell" in Tuesday's report and in Wednesday's are two falls, and "the quake damaged a
    church" in a report of the 11th is not the quake of the 3rd. The news day parts only
    reports published on different days: reports of one day tell one day's news.
    """
    return _apart(a._when, b._when, a.published == b.published)


@lru_cache(maxsize=DAY_CACHE)
def _apart(a: _When, b: _When, same_day_reports: bool) -> bool:
    (period_a, news_a, verbal_a), (period_b, news_b, verbal_b) = a, b
    if period_a is not None and period_b is not None:
        return not _times_meet(period_a, period_b, same_day_reports)
    if same_day_reports:
        return False  # one day's news: the news day parts nothing
    if news_a is not None and news_b is not None:
        return news_a != news_b
    if news_a is not None and period_b is not None:
        return _off_the_news(period_b, news_a, verbal_a)
    if news_b is not None and period_a is not None:
        return _off_the_news(period_a, news_b, verbal_b)
    return False


@lru_cache(maxsize=DAY_CACHE)
def _off_the_news(period: tuple[str, str], day: str, verbal: bool) -> bool:
    """A time that cannot be the day's news: over ``NEWS_DAYS`` before it, or (for an
    event told by a verb) after it; a noun ("the visit") may name what is to come."""
    first = (dt.date.fromisoformat(day) - dt.timedelta(days=NEWS_DAYS)).isoformat()
    return period[1][:10] < first or (verbal and period[0][:10] > day)


def by_kind(events: Iterable[EventView]) -> dict[str, list[EventView]]:
    """Frames grouped by their kind of event (``key``), each group in the frames' order:
    only frames of one kind can report one event, so pairs are looked for within a kind."""
    kinds: dict[str, list[EventView]] = {}
    for view in events:
        kinds.setdefault(view.key, []).append(view)
    return kinds


def _pairs_of_a_kind(
    a: Mapping[str, Sequence[EventView]], b: Mapping[str, Sequence[EventView]]
) -> Iterator[tuple[EventView, EventView]]:
    """Each pair of a frame of ``a`` and one of ``b`` of the same kind (``by_kind``)."""
    for key, xs in a.items():
        ys = b.get(key)
        if ys:
            for x in xs:
                for y in ys:
                    yield x, y


def times_clash(a: Mapping[str, Sequence[EventView]], b: Mapping[str, Sequence[EventView]]) -> bool:
    """Two facts (their frames ``by_kind``) report the same kind of event at times that
    cannot overlap.

    Then they report two events, however alike their words: the quake of one Monday and
    the quake of the next, the index falling on Monday and on Tuesday; a veto done and
    one threatened (``done_and_to_come``).
    """
    return any(
        (apart(x, y) and not _named_alike(x, y)) or done_and_to_come(x, y)
        for x, y in _pairs_of_a_kind(a, b)
    )


def _named_alike(a: EventView, b: EventView) -> bool:
    """Both frames name at least ``CONFLICT_SLOTS`` participants, the same in the same roles.

    "Witkoff will visit Ankara on Nov. 19" and "... on Nov. 21" then report one visit
    whose date they disagree on (a conflict), not two visits.
    """
    same = sum(x is not None and x == y for x, y in _roles(a, b))
    same += a.roles()[0] is None and same_doer_name(a, b)
    clash = any(x is not None and y is not None and x != y for x, y in _roles(a, b))
    clash = clash or names_clash(a.agent_name, b.agent_name)
    return same >= CONFLICT_SLOTS and not clash


def matched(
    a: Mapping[str, Sequence[EventView]],
    b: Mapping[str, Sequence[EventView]],
    *,
    dates: bool = True,
) -> list[tuple[EventView, EventView]]:
    """The pairs of frames of two facts (their frames ``by_kind``) that report the same
    event."""
    return [(x, y) for x, y in _pairs_of_a_kind(a, b) if same_event(x, y, dates=dates)]


def names_clash(a: str | None, b: str | None) -> bool:
    """Two doers' names share no word: "tarsk composite" and "brennick industrial
    average" are two doers; "president volodymyr zelensky" and "volodymyr zelensky" one."""
    return a is not None and b is not None and not set(a.split()) & set(b.split())


def same_doer_name(a: EventView, b: EventView) -> bool:
    """Both doers carry a name, with a word in common, and no entity tells them apart."""
    return (
        a.agent_name is not None
        and b.agent_name is not None
        and not names_clash(a.agent_name, b.agent_name)
        and (a.roles()[0] is None or b.roles()[0] is None or a.roles()[0] == b.roles()[0])
    )


def _roles(a: EventView, b: EventView) -> tuple[tuple[str | None, str | None], ...]:
    return tuple(zip(a.roles(), b.roles(), strict=True))


def cluster_event(pairs: Sequence[tuple[EventView, EventView]]) -> ClusterEvent | None:
    """The event a cluster's facts share: its most reported kind and the slots they agree on."""
    if not pairs:
        return None
    # A kind of event whose reports share a participant in the same role, or a date,
    # is what the cluster is about ("visit" of Zelensky to Turkey on Nov. 19) rather
    # than a word both sentences happen to hold ("reinvigorate").
    keys: Counter[str] = Counter()
    for a, b in pairs:
        anchored = (
            any(x is not None and x == y for x, y in _roles(a, b))
            or same_doer_name(a, b)
            or (a.date is not None and a.date == b.date)
        )
        keys[a.key] += 1 + ANCHOR_WEIGHT * anchored
    # A light verb or the story's backdrop ("war") names the cluster only when nothing
    # else does.
    # Of two kinds as often told, one done before one only asked or planned: "police told
    # residents to leave" is headed by the telling, not "residents may leave".
    done = {a.key for pair in pairs for a in pair if a.modality == "actual"}
    key = min(keys, key=lambda k: (is_light(k) or is_background(k), -keys[k], k not in done, k))
    # Each frame once, however many pairs it is in.
    views = list({id(v): v for pair in pairs for v in pair if v.key == key}.values())

    def agreed(values: Iterable[str | None]) -> str | None:
        found = Counter(v for v in values if v is not None)
        return min(found, key=lambda k: (-found[k], k)) if found else None

    lemmas = Counter(v.lemma for v in views)
    # The frames that name most (participants, a date) say best whether the event is a
    # plan or happened: "will visit Ankara on Nov. 19" over a bare "the visit".
    most = max(filled(v) for v in views)
    modalities = Counter(v.modality for v in views if filled(v) == most)
    return ClusterEvent(
        lemma=min(lemmas, key=lambda k: (-lemmas[k], k)),
        agent=agreed(v.agent for v in views),
        patient=agreed(v.patient for v in views),
        place=agreed(v.place for v in views),
        date=agreed(v.date for v in views),
        modality=min(modalities, key=lambda k: (-modalities[k], k)),  # type: ignore[arg-type]
    )


def _agreeing(part: _Part, view: EventView) -> tuple[int, int] | None:
    """What ``view`` shares with a forming cluster, or None when a slot or the time clashes.

    Returns:
        The participants it names in the same role, and whether both times are precise
        (a week or less) and overlap: "earlier this year" parts nothing and joins nothing.
    """
    if part.sense and view.sense and part.sense != view.sense:
        return None
    last = done_by(view)
    if (part.done and view.when == "future" and ended_before(part.done, view.published)) or (
        part.to_come and last is not None and ended_before(last, part.to_come)
    ):
        return None  # done well before a report that tells it to come
    shared = 0
    for mine, theirs in zip(part.slots, view.roles(), strict=True):
        if mine is not None and theirs is not None:
            if mine != theirs:
                return None
            shared += 1
    if any(names_clash(name, view.agent_name) for name in part.names):
        return None
    if view.agent_name is not None and part.names and (part.slots[0] is None or view.agent is None):
        shared += 1  # the same name, where no entity said so
    timed = 0
    clash = False
    # Whether the forming cluster holds reports of other days than the frame's.
    other_days = len(part.days) > 1 or view.published not in part.days
    if part.span is not None and view.period is not None:
        clash = not _times_meet(part.span, view.period, not other_days)
        timed = int(_precise(part.span) and _precise(view.period))
    # The news day parts only reports of different days (``apart``).
    if view.news is not None and other_days:
        clash = clash or any(day != view.news for day in part.news)
        if part.span is not None:
            clash = clash or _off_the_news(part.span, view.news, view.verbal)
    if view.period is not None:
        clash = clash or any(
            _off_the_news(view.period, day, verbal)
            for day, verbal in part.news.items()
            if day != view.published[:10]
        )
    if clash and shared < CONFLICT_SLOTS:
        return None
    # "rose 3%" and "gained 3%": one count of one move (a count alone does not make two
    # reports of other days one event).
    shared += bool(part.counts & _counts(view))
    return shared, timed


def _precise(span: tuple[str, str]) -> bool:
    """A time of at most ``PRECISE_DAYS`` days."""
    first, last = (dt.date.fromisoformat(x[:10]) for x in span)
    return (last - first).days < PRECISE_DAYS


@dataclass
class _Part:
    """A cluster of frames being formed: the slot values and dates its frames agree on."""

    slots: list[str | None]
    span: tuple[str, str] | None
    views: list[EventView]
    anchors: set[str]
    sense: str | None = None
    # The news days of its undated frames, each with whether a verb tells it.
    news: dict[str, bool] = field(default_factory=dict)
    # The names its frames' doers carry (``EventView.agent_name``).
    names: set[str] = field(default_factory=set)
    # The counts its frames carry (``_counts``).
    counts: set[tuple[object, ...]] = field(default_factory=set)
    # Per publication day of its reports, the bounds of their sentences' known days: the
    # latest first day and the earliest last day (None when none is known), so that a
    # new frame is set against days, not against every frame (``meets_days``).
    days: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    docs: set[int] = field(default_factory=set)
    # The last day of a time its frames tell the act done in, and the last publication
    # day of a report telling it to come (``done_and_to_come``).
    done: str | None = None
    to_come: str | None = None

    def add(self, view: EventView) -> None:
        self.views.append(view)
        self.docs.add(view.doc)
        last = done_by(view)
        if last is not None:
            self.done = max(self.done or last, last)
        elif view.when == "future":
            self.to_come = max(self.to_come or view.published, view.published)
        first, last = self.days.get(view.published, (None, None))
        if view.sentence_span is not None:
            first = max(first or view.sentence_span[0], view.sentence_span[0])
            last = min(last or view.sentence_span[1], view.sentence_span[1])
        self.days[view.published] = (first, last)
        self.sense = self.sense or view.sense
        if view.news is not None:
            self.news[view.news] = self.news.get(view.news, False) or view.verbal
        if view.agent_name is not None:
            self.names.add(view.agent_name)
        self.counts |= _counts(view)
        for n, value in enumerate(view.roles()):
            if self.slots[n] is None:
                self.slots[n] = value
        if view.period is not None:
            self.span = (
                view.period
                if self.span is None
                else (
                    max(self.span[0], view.period[0]),
                    min(self.span[1], view.period[1]),
                )
            )


def meets_days(part: _Part, view: EventView) -> bool:
    """Every frame of ``part`` from a report of another day than ``view``'s has sentence
    days that can meet ``view``'s (``_spans_overlap`` with each of them)."""
    span = view.sentence_span
    if span is None:
        return True
    return all(
        (first is None or first <= span[1]) and (last is None or span[0] <= last)
        for day, (first, last) in part.days.items()
        if day != view.published
    )


def _counts(view: EventView) -> set[tuple[object, ...]]:
    """The frame's counts as comparable keys: the number with its kind and unit."""
    return {(q.kind, q.unit_lemma, q.low, q.high) for q in view.quantities if q.low is not None}


def filled(view: EventView) -> int:
    """How many of a frame's slots (participants and date) are known."""
    return sum(1 for _ in view.slots()) + (view.period is not None)


def _story_kinds(
    by_kind: Mapping[tuple[int, str], Sequence[EventView]], story: Sequence[int]
) -> set[tuple[int, str]]:
    """The kinds of event a story is about: in a story of at least ``MIN_STORY_REPORTS``
    reports, those that at least ``STORY_KIND_SHARE`` of them name ("quake" in reports of
    a quake).

    A bare mention of one of them there ("the quake") needs nothing in common with the
    others to join them. Two reports share many kinds in passing, so a story of two has
    none.
    """
    size = Counter(story)
    found = set()
    for (told, key), frames in by_kind.items():
        reports = len({v.doc for v in frames})
        if size[told] >= MIN_STORY_REPORTS and reports >= STORY_KIND_SHARE * size[told]:
            found.add((told, key))
    return found


def event_clusters(
    views: Iterable[EventView],
    story: Sequence[int],
    anchors: Mapping[tuple[int, int], frozenset[str]] | None = None,
) -> list[list[EventView]]:
    """Group the frames of one story that report one event, across documents.

    Frames of one story with the same kind of event (``event_key``) are one event unless
    they name different corpus entities in a role, give dates that cannot overlap, or
    tell a deed and a later plan (``done_and_to_come``):
    "the rebels freed 12 hostages" and "the 12 hostages were released on Friday" are one
    release; the release of other hostages by the army is another. The frames naming
    most slots are placed first; each later frame joins the compatible group it shares
    most with (then the one with most documents), or starts its own. With ``anchors``, a
    frame that agrees on no slot joins only a group whose facts share a name or a date
    with its own, unless its kind is one the story is about (``_story_kinds``).

    Args:
        views: the event frames of every fact of the brief.
        story: each document's story (``briefx.crossdoc.stories.group_stories``).
        anchors: ``(doc, sentence)`` -> the corpus entities and dates of that fact.
    Returns:
        Groups of frames from at least two documents, in order of their first frame.
    """
    by_kind: dict[tuple[int, str], list[EventView]] = {}
    for view in views:
        by_kind.setdefault((story[view.doc], view.key), []).append(view)
    about = _story_kinds(by_kind, story)
    found: list[list[EventView]] = []
    for kind, frames in by_kind.items():
        if len({v.doc for v in frames}) < 2 or is_background(kind[1]):
            continue
        light = is_light(kind[1])
        parts: list[_Part] = []
        specific_first = sorted(frames, key=lambda v: (-filled(v), v.doc, v.sentence))
        for view in specific_first:
            best: tuple[int, bool, int, int] | None = None
            for n, part in enumerate(parts):
                agreed = _agreeing(part, view)
                if agreed is None:
                    continue
                slots, timed = agreed
                shared = slots + timed
                # A light verb ("bring", "develop") is one event only for one participant
                # in one role; another kind also for one precise time, or, in a story of
                # three or more, for being what the story is about.
                if slots == 0 and (light or (timed == 0 and kind not in about)):
                    continue
                # What the story is about joins with nothing in common, but not across
                # reports of different days whose sentences' dates cannot meet (the quake
                # of one Monday and of the next).
                if slots == 0 and timed == 0 and not meets_days(part, view):
                    continue
                # Among equals, the group holding reports of the frame's own day: "the
                # strike" in Wednesday's report is Wednesday's strike, not Friday's end.
                today = view.published in part.days
                rank = (shared, today, len(part.docs), -n)
                if best is None or rank > best:
                    best = rank
                    choice = part
            mine = anchors.get((view.doc, view.sentence), frozenset()) if anchors else frozenset()
            if best is None:
                part = _Part([None, None, None], None, [], set(mine))
                part.add(view)
                parts.append(part)
            else:
                choice.add(view)
                choice.anchors |= mine
        found.extend(
            sorted(p.views, key=lambda v: (v.doc, v.sentence))
            for p in parts
            if len({v.doc for v in p.views}) > 1
        )
    return sorted(found, key=lambda vs: (vs[0].doc, vs[0].sentence, vs[0].key))
