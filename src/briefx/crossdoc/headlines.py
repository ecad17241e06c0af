"""One readable line per fact cluster: who did what to whom, where and when.

From the event the reports share when its doer, its word and at least one of what is
acted on, the place or the date are known ("Volodymyr Zelensky will visit Turkey on
November 19, 2025"); else the shortest of the cluster's sentences, cut at a clause end
("Prisoner exchanges resumed in May"). Never a bare verb or noun: a line of fewer than
``min_words`` words falls back to a sentence. Dates are written as readers write them
(``reader_date``), not as TIMEX3 values. The wording rules are data
(``models/events/headlines.json``).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from briefx.dates.lexicon import context_words, lexicon
from briefx.events.words import bearing_phrase
from briefx.events.words import words as event_words
from briefx.resources import load_json
from briefx.schema import ClusterEvent
from briefx.text.dateline import opening
from briefx.text.daywords import day_words
from briefx.text.timex import DAY, MONTH, WEEK, YEAR


@cache
def _rules() -> dict[str, Any]:
    return load_json("events/headlines.json")


@dataclass(frozen=True)
class HeadlineFrame:
    """What a headline needs of one event frame of the cluster's event."""

    text: str  # the event word as written: "swapped", "visit"
    lemma: str
    verbal: bool  # the word stands as a verb in its sentence (not "the visit")
    agent_text: str | None
    patient_text: str | None
    # past, ongoing or future (``EventFrame.when``): "is visiting" for an ongoing "-ing"
    when: str = "past"
    # the auxiliary of a perfect before the word ("had" of "had fallen"), or None
    perfect: str | None = None
    # the corpus id of its place and the preposition its report names it with ("to")
    place: str | None = None
    place_prep: str | None = None
    # the particle of a phrasal verb right after the word ("off" of "called off")
    particle: str | None = None
    # what completes a verb with no object: where it went or struck ("into a ravine" of
    # "plunged into ..."), what its subject became ("chief executive" of "became ...")
    complement: str | None = None
    # its dates are written after "by" (a deadline: "restore power by Friday"); None when
    # it has no date
    deadline: bool | None = None


def particle_after(after: str) -> str | None:
    """The particle that opens the words after an event word ("off the strike": "off";
    ``particles``), or None; not the bound of an amount ("cut up to 300 jobs")."""
    first = after.split(maxsplit=2)[:2]
    word = first[0].lower() if first else ""
    if word not in _rules()["particles"] or (len(first) == 2 and first[1].lower() == "to"):
        return None
    return word


# A word that ends a complement with its own last letters: "levee," "ravine."
_CLOSE = ",.;:!?)\"'”’"


def complement_after(after: str, lemma: str) -> str | None:
    """What completes a verb with no object, from the words after it: a preposition and
    a bare noun, or up to three bare words that end there ("on strike", "to light", "in
    custody", "about faulty wiring"; ``_bare_phrase``); where it went or struck ("into a
    ravine in the valley on Sunday": "into a ravine"; ``goals``, after a particle if there
    is one; after a particle, a phrase that opens with one of ``determiners``, or "of" and
    one: "off the runway" -> "the runway"); or what the subject of a linking verb became or
    stayed ("became chief executive of Corvane in 2023": "chief executive";
    ``linking_verbs``). Cut before the next preposition, clause or comma. None when there
    is none or it runs past ``complement_words`` words."""
    rules = _rules()
    limit = rules["complement_words"]
    words = after.split(maxsplit=limit + 2)
    particled = bool(words) and particle_after(after) is not None
    if particled:
        words = words[1:]
    # After a particle, a noun phrase is where the verb went: "skidded off the runway".
    went = particled and bool(words) and words[0].lower() in rules["determiners"]
    if particled and len(words) > 1 and words[0].lower() == "of":
        went = words[1].lower() in rules["determiners"]  # "spilled out of the stadium"
    if len(words) > 1 and words[0].lower() in rules["prepositions"]:
        # "went on strike", "came to light", "remained in custody", "out of business",
        # "complained about faulty wiring"
        bare = _bare_phrase(words[1:])
        if bare is not None:
            return f"{words[0]} {bare}"
    linking = lemma in rules["linking_verbs"]
    if not words or not (linking or went or words[0].lower() in rules["goals"]):
        return None
    # Before a preposition, a conjunction or a clause ("who", "which" of ``phrase_ends``).
    stops = _phrase_stops(("phrase_ends",))
    phrase: list[str] = []
    for n, word in enumerate(words):
        bare = word.rstrip(_CLOSE)
        if linking and word.lower() == "to" and phrase:
            return None  # "the first city to ban cars": a clause, not cut short
        if ((n > 0 or linking) and word.lower() in stops) or not bare:
            break
        phrase.append(bare)
        if bare != word:
            break
    else:
        if len(words) > limit:
            return None  # the phrase runs on
    if len(phrase) < (1 if linking else 2) or len(phrase) > limit:
        return None
    return " ".join(phrase)


def control_after(after: str, patient: str | None) -> str | None:
    """What a verb of asking or ordering asks of its object, from the words after it:
    "the mayor to explain the overspend on Tuesday" -> "to explain the overspend" (the
    object is the frame's patient, said before it); with no patient, the object as
    written too ("the firm to sell its plant"). Cut before a preposition, a clause or a
    comma; None when there is no "to" right after the object or the words run past
    ``complement_words``."""
    rules = _rules()
    limit = rules["complement_words"]
    words = after.split()
    if "to" not in words[: limit + 1]:
        return None
    k = words.index("to")
    head = [w.rstrip(_CLOSE) for w in words[:k]]
    if any(w != b for w, b in zip(words[:k], head, strict=True)):
        return None  # a comma before "to": no object of the verb's
    if patient is not None and " ".join(head) != patient:
        return None
    stops = _phrase_stops(("phrase_ends", "clause_ends"))
    phrase = ["to"]
    for word in words[k + 1 :]:
        bare = word.rstrip(_CLOSE)
        if word.lower() in stops or not bare:
            break
        phrase.append(bare)
        if bare != word or len(phrase) > limit:
            break
    if len(phrase) < 2 or len(phrase) > limit:
        return None
    return " ".join(phrase if patient is not None else [*head, *phrase])


@cache
def _phrase_stops(marks: tuple[str, ...]) -> frozenset[str]:
    """The words a complement is cut before: ``prepositions``, a conjunction, and the
    words of the lists of clause marks named (``phrase_ends``, ``clause_ends``)."""
    rules = _rules()
    ends = {e.strip() for m in marks for e in rules[m] if e.strip().isalpha()}
    return frozenset(set(rules["prepositions"]) | ends | {"and", "or", "but"})


def _bare_noun(word: str) -> bool:
    """One lower-case word that is no function word, number or word of time: the object
    of a verb's preposition that completes what it says ("on strike", "to light"), not
    "at night", "for hours", "the polls"."""
    bare = word.rstrip(_CLOSE)
    return bare.isalpha() and bare.islower() and bare not in _not_bare_nouns()


# How many bare words a preposition's phrase may hold ("about poor working conditions").
_BARE_WORDS = 3


def _bare_phrase(words: Sequence[str]) -> str | None:
    """The bare words that open ``words`` and end where a phrase does: before a word that
    is no bare word and no determiner (a preposition, a word of time, a name, a number),
    at a mark, or at the end ("strike at three hospitals": "strike"; "faulty wiring in the
    hall": "faulty wiring"); None when the bare words run on ("custody pending a hearing":
    "pending" is no end, and a determiner after a noun is none either)."""
    determiners = set(_rules()["determiners"])
    for n, word in enumerate(words[:_BARE_WORDS]):
        if not _bare_noun(word):
            return None
        if word != word.rstrip(_CLOSE) or n + 1 == len(words):
            return " ".join(w.rstrip(_CLOSE) for w in words[: n + 1])
        after = words[n + 1]
        if not _bare_noun(after) and after.lower() not in determiners:
            return " ".join(words[: n + 1])
    return None


@cache
def _not_bare_nouns() -> frozenset[str]:
    """Function words of ``models/events/headlines.json`` and the date lexicon's words of
    time and number (``models/dates/lexicon.json``)."""
    rules, words = _rules(), lexicon()
    function = [*rules["determiners"], *rules["prepositions"], *rules["particles"]]
    function += [*rules["pronouns"], *rules["phrase_ends"], "and", "or", "but"]
    timed = [*words.units, *words.seasons, *words.day_parts, *words.deictic_days]
    timed += [*words.set_adverbs, *words.numbers, *words.vague, *words.ordinals]
    timed += [*words.months, *words.weekdays]
    return frozenset(w.strip().lower() for w in (*function, *timed))


def reader_date(value: str) -> str | None:
    """A TIMEX3 date value as a reader writes it, with its preposition.

    "2025-11-19" -> "on Nov. 19, 2025"; "2025-11" -> "in November 2025"; "2025" ->
    "in 2025"; "2025-W47" -> "in the week of Nov. 17, 2025"; None for what a reader
    would not be helped by (a season, a decade, "now").
    """
    if m := DAY.match(value):
        year, month, day = (int(g) for g in m.groups()[:3])
        try:
            return f"on {day_words(dt.date(year, month, day))}"
        except ValueError:
            return None
    if (m := MONTH.match(value)) and 1 <= int(m[2]) <= 12:
        return f"in {calendar.month_name[int(m.group(2))]} {m.group(1)}"
    if YEAR.match(value):
        return f"in {value}"
    if (m := WEEK.match(value)) and m[2] != "XX" and not m[3]:
        try:
            monday = dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        except ValueError:
            return None
        return f"in the week of {day_words(monday)}"
    return None


def _date_phrase(value: str | None) -> str | None:
    """One value, or a range written first/last ("between May and July 2025")."""
    if not value:
        return None
    parts = value.split("/")
    if len(parts) == 1:
        return reader_date(parts[0])
    first, last = reader_date(parts[0]), reader_date(parts[-1])
    if first is None or last is None:
        return None
    # "in May 2025" .. "in July 2025" -> "between May and July 2025"
    start, end = first.split(" ", 1)[1], last.split(" ", 1)[1]
    year = end[-4:]
    if year.isdigit() and start.endswith(year) and start != year:
        start = start[: -len(year)].rstrip(" ,")
    return f"between {start} and {end}"


def span_value(value: str, span: tuple[str, str]) -> str:
    """A time's value as a line writes it: "2022/2024" (between 2022 and 2024) when its
    range ``span`` ends after the value's own year, month or day, "2025-10/2025-12" when
    it starts before it (a stretch up to the value: "in the three months to December");
    else the value."""
    first, last = span
    for pattern, size in ((YEAR, 4), (MONTH, 7)):
        if pattern.match(value):
            if last[:size] > value:
                return f"{value}/{last[:size]}"
            return f"{first[:size]}/{value}" if first[:size] < value else value
    day = DAY.match(value)
    if day and day.group(4) is None:
        if last[:10] > value:
            return f"{value}/{last[:10]}"
        if first[:10] < value:
            return f"{first[:10]}/{value}"
    return value


def _verb(event: ClusterEvent, frames: Sequence[HeadlineFrame]) -> str | None:
    """The event word as the headline's verb, or None when no report uses it as one."""
    verbal = [f for f in frames if f.verbal and f.lemma == event.lemma] or [
        f for f in frames if f.verbal
    ]
    if not verbal:
        return None
    # A phrasal verb keeps its particle: "called off the strike" is no "called the strike".
    particle = next((f" {f.particle}" for f in verbal if f.particle), "")
    modal = _rules()["modal_words"].get(event.modality)
    if modal is not None:
        return f"{modal} {verbal[0].lemma}{particle}"
    # Going on as the report is written ("Zelensky, who is visiting Spain"): "is visiting".
    ongoing = [f for f in verbal if f.when == "ongoing" and f.text.lower().endswith("ing")]
    if ongoing:
        return f"{{be}} {ongoing[0].text}{particle}"
    # An inflected form that is not a plural noun ("negotiations", "exchanges") nor a
    # participle ("damaging"): news tells past events in the past tense. A verb told in
    # the past whose past is its plain form ("a fire shut the plant": ``same_past`` of
    # the dates' context words) is its past too; "the prisoner exchange" is no verb.
    same_past = context_words()["same_past"]
    inflected = [
        f
        for f in verbal
        if (f.text.lower() != f.lemma.lower() and not f.text.lower().endswith(("s", "ing")))
        or (f.when == "past" and f.text.lower() == f.lemma.lower() and f.lemma in same_past)
    ]
    if not inflected:
        return None
    # A perfect keeps its auxiliary unless the participle is the regular past ("had
    # called": "called"): "had fallen", never "fallen" alone.
    first = inflected[0]
    if first.perfect and not first.text.lower().endswith("ed"):
        return f"{first.perfect} {first.text}{particle}"
    return f"{first.text}{particle}"


def _short(text: str | None, limit: int = 6) -> str | None:
    return text if text and len(text.split()) <= limit else None


def head_phrase(text: str | None, limit: int = 6) -> str | None:
    """A participant cut to its head noun phrase, or None when even that is too long.

    The phrase keeps its determiner, numbers, adjectives and compounds and at most the
    prepositional phrases that fit ("an accord with France"); it loses what follows a
    comma, a dash or a bracket (an apposition: "Pedro Sanchez, Spain's prime minister"),
    a relative or subordinate clause ("which provides for ...") and a participle that
    starts a clause after the noun ("1,200 Ukrainians held in Russia"). A phrase of more
    than ``limit`` words after that is cut before its prepositions and its last
    conjunct, last first ("up to 30 patrol boats and other equipment" -> "up to 30
    patrol boats").
    The cut words are data (``models/events/headlines.json``: ``phrase_ends``,
    ``prepositions``).
    """
    if not text:
        return None
    rules = _rules()
    cut = " ".join(text.split())
    for mark in rules["phrase_ends"]:
        at = cut.find(mark)
        if at > 0:
            cut = cut[:at]
    words = cut.strip(" ,;:.").split()
    prepositions = set(rules["prepositions"])
    participles = set(rules["irregular_participles"])
    # A participle after the noun, followed by a preposition, starts a reduced clause.
    for n in range(2, len(words) - 1):
        w = words[n].lower()
        if (w.endswith(("ed", "ing")) or w in participles) and words[n + 1].lower() in prepositions:
            words = words[:n]
            break
    starts = set(rules["conjunct_starts"])
    while len(words) > limit:
        cuts = [
            n
            for n, w in enumerate(words)
            if n >= 2
            and (
                w.lower() in prepositions
                or (
                    w.lower() in ("and", "or")
                    and n + 1 < len(words)
                    and words[n + 1].lower() in starts
                )
            )
        ]
        if not cuts:
            return None
        words = words[: cuts[-1]]
    while words and words[-1].lower() in prepositions | {"and", "or", "the", "a", "an"}:
        words = words[:-1]
    return " ".join(words) or None


def _mid_line(phrase: str) -> str:
    """A phrase as it reads inside a line: the capital a sentence gave its first word
    dropped when that word opens a noun phrase ("The main road" -> "the main road";
    ``determiners``), not before a name ("The Hague court")."""
    first, _, rest = phrase.partition(" ")
    if first[:1].isupper() and first.lower() in _rules()["determiners"] and rest[:1].islower():
        return f"{first.lower()} {rest}"
    return phrase


def _agent_words(frames: Sequence[HeadlineFrame], pronouns: set[str]) -> str | None:
    """The doer in a report's words, when short, not a pronoun and not owned by one ("its
    stock": whose? ``possessives``)."""
    owners = set(_rules()["possessives"])
    return next(
        (
            t
            for f in frames
            if (t := _short(f.agent_text, 4))
            and t.lower() not in pronouns
            and t.split()[0].lower() not in owners
        ),
        None,
    )


def _done_by(frame: HeadlineFrame, agent: str, pronouns: set[str]) -> bool:
    """The frame's doer is the line's ``agent``, as far as its words tell: it names no
    doer, a pronoun, or a word of the agent's ("Marsk" of "Edda Marsk")."""
    told = frame.agent_text
    if not told or told.lower() in pronouns:
        return True
    words = {w for w in re.findall(r"\w+", told.casefold()) if w not in _ARTICLES}
    return bool(words & set(re.findall(r"\w+", agent.casefold())))


_ARTICLES = frozenset({"the", "a", "an"})


def _coordinated(frames: Sequence[HeadlineFrame], name: str) -> str | None:
    """The doer as written when it joins the named one with another ("Ukraine and
    Russia", whose entity is only "Ukraine"): the name alone would say less."""
    for f in frames:
        text = " ".join((f.agent_text or "").split())
        if " and " in f" {text} " and name.split()[-1] in text and len(text.split()) <= 6:
            return text
    return None


def frame_headline(
    event: ClusterEvent | None,
    frames: Sequence[HeadlineFrame],
    names: Mapping[str, str],
) -> str | None:
    """The line "agent verb patient in place on date", or None when the frame tells too little.

    Needs the doer, the event word used as a verb, and at least one of what is acted
    on, the place or the date; a speech act ("warned", ``speech_acts``) needs what was
    acted on, as what was said is no slot of the frame.
    """
    if event is None:
        return None
    verb = _verb(event, frames)
    pronouns = set(_rules()["pronouns"])
    named = names.get(event.agent or "")
    # Only a frame of the headline's own verb can tell that its doer is two parties.
    verbal = [f for f in frames if f.verbal and f.lemma == event.lemma]
    agent = (named and _coordinated(verbal, named)) or named or _agent_words(frames, pronouns)
    if verb is None or agent is None:
        return None
    verb = verb.replace("{be}", "are" if " and " in f" {agent} " else "is")
    patient = names.get(event.patient or "") if event.patient != event.agent else None
    if patient is None:
        # What the line's doer acted on: "the Greens quit her coalition" is no object of
        # "Edda Marsk resigned", though both name one kind of event. A frame of the line's
        # own verb lends its object ("the Ukrainian leader signed an accord").
        own = [f for f in frames if f.lemma == event.lemma or _done_by(f, agent, pronouns)]
        patient = next(
            (
                _mid_line(t)
                for f in own
                if (t := head_phrase(f.patient_text)) and t.casefold() != agent.casefold()
            ),
            None,
        )  # not the doer again, a parse of "A jet skidded off ..." as "a jet (that was) skidded"
        if patient is None and any(f.patient_text for f in frames):
            # What is acted on is told but cannot be said short, or by another doer: a
            # line without it ("The leader signed on Nov. 17") would mislead; the caller
            # takes a sentence.
            return None
    if patient is None and event.lemma in event_words().speech_acts:
        return None  # "Forecasters warned on Nov. 4" without what they warned of
    # With no object, what completes the verb: "plunged into a ravine", "became mayor".
    # Of a verb of asking, what it asks with its object: "asked the mayor to explain".
    # The frames of the line's verb: the event's own, else those of the word that gives
    # the verb (``_verb``: "agreed" for a deal).
    speaking = verbal or [f for f in frames if f.verbal]
    speaking = [f for f in speaking if f.lemma == speaking[0].lemma] if speaking else []
    carrier = next((f for f in speaking if f.complement), None)
    complement = carrier.complement if carrier is not None else None
    if patient and complement and not complement.startswith("to "):
        complement = None
    elif patient and complement and carrier is not None and not carrier.patient_text:
        # What a verb of deciding decided is its "to" clause ("agreed to buy Tesk"), not
        # another report's object of it ("The deal was agreed"): no "agreed the deal to".
        patient = None
    place = None
    # Said once: not where the doer or what is acted on already says ("crossings to
    # Tarsk" needs no "in Tarsk"; "several rounds of talks in Istanbul" no "in Russia").
    if event.place and event.place not in (event.agent, event.patient):
        place = names.get(event.place)
    told = f" {agent} {patient or ''} {complement or ''} "
    if place and (place in told or " in " in f" {patient or ''} "):
        place = None
    when = _date_phrase(event.date)
    deadlines = {f.deadline for f in frames if f.deadline is not None}
    if when and deadlines == {True} and " " in when and not when.startswith("between "):
        when = "by " + when.split(" ", 1)[1]  # "restore power by Nov. 21", not "on"
    if patient is None and place is None and when is None and (complement is None or event.date):
        # Nothing but the verb, or a date a reader's words cannot say ("became profitable
        # in the third quarter"): the caller takes a sentence, which keeps it.
        return None
    words = [agent, verb]
    if patient:
        words.append(patient)
    if complement:
        words.append(complement)
    if place:
        words.append(f"{_place_word(event.place, frames)} {place}")
    if when:
        words.append(when)
    line = " ".join(words)
    return line[0].upper() + line[1:]


def _place_word(place: str | None, frames: Sequence[HeadlineFrame]) -> str:
    """The preposition most reports name the place with, of ``place_words`` ("flew to
    Lyon") or a bearing ("struck southeast of Lima"); "in" otherwise."""
    allowed = set(_rules()["place_words"])
    found = Counter(
        f.place_prep
        for f in frames
        if f.place == place
        and f.place_prep is not None
        and (f.place_prep in allowed or bearing_phrase(f.place_prep) == f.place_prep)
    )
    words = [w for w in found if w is not None]
    return min(words, key=lambda w: (-found[w], w)) if words else "in"


def sentence_headline(sentences: Sequence[str], keep: Sequence[str] = ()) -> str:
    """The shortest of the sentences once cut at a clause end, without "he said".

    A long sentence cut at its first clause can be shorter than a whole short one
    ("Ukraine and Russia held talks in Istanbul earlier this year, resulting in ..."):
    the lines are compared after the cut. A line naming more of ``keep`` (the names the
    cluster's reports share) comes first: it says what the reports agree on.
    """
    rules = _rules()
    cleaned = sorted(
        (" ".join(s.split()).strip(" \"'“”‘’") for s in sentences if s.strip()),
        key=lambda s: (len(s.split()), s),
    )
    lines = sorted(
        (
            line
            for text in cleaned
            if len((line := _trim(text, rules)).split()) >= rules["min_words"]
        ),
        key=lambda line: (-sum(name in line for name in keep), len(line.split()), line),
    )
    if lines:
        return lines[0]
    # Every sentence is short: keep its attribution rather than give two words.
    return _trim(cleaned[0], rules, attribution=False) if cleaned else ""


@cache
def _attribution() -> re.Pattern[str]:
    """A reported-speech ending: ", officials said", ", the minister told reporters on
    Monday", ", according to the ministry", "," he added"."""
    rules = _rules()
    verbs = "|".join(re.escape(v) for v in rules["attribution_verbs"])
    tails = "|".join(re.escape(v) for v in rules["attribution_tails"])
    leads = "|".join(re.escape(v) for v in rules["attribution_leads"])
    said = rf"(?:[^\s,]+\s+){{0,4}}?(?:{verbs})(?:\s+(?:{tails})(?:\s+[^\s,]+){{0,3}})?"
    source = rf"(?:{leads})(?:\s+[^\s,]+){{1,6}}"
    return re.compile(rf"(?:,[\"'”’]*|[\"'”’]+,?)\s+(?:{said}|{source})$", re.I)


# A line ending in an abbreviation with inner periods once its last period is gone.
_ABBREVIATION_END = re.compile(r"(?:^|\s)(?:[A-Za-z]\.)+[A-Za-z]$")


def _in_number(text: str, at: int, mark: str) -> bool:
    """Whether a clause mark at ``at`` sits inside a number ("4:15", "1,200", "2:1")."""
    end = at + len(mark)
    return at > 0 and end < len(text) and text[at - 1].isdigit() and text[end].isdigit()


# Words of a name or an age set between commas after a subject, at most; words of the
# subject before it, at most (further on, the aside follows an object: "launch a slower
# chip, the Orion X7, in the first quarter" may be cut there).
_ASIDE_WORDS = 4
_SUBJECT_WORDS = 6


def _opens_an_aside(text: str, at: int) -> bool:
    """The comma at ``at`` opens a name or an age set beside the sentence's subject and
    closed by a comma (", Edda Marsk,", ", 58,", ", the Norland Reserve,"): a clause goes
    on after it."""
    closed = text.find(",", at + 1)
    if closed == -1 or len(text[:at].split()) > _SUBJECT_WORDS:
        return False
    words = text[at + 1 : closed].split()
    if not words or len(words) > _ASIDE_WORDS:
        return False
    if len(words) == 1 and words[0].isdigit():
        return True  # an age
    named = [w for w in words if w.lower() not in ("the", "of")]
    return bool(named) and all(w[:1].isupper() for w in named)


def _inside_a_clause(text: str, at: int, mark: str, rules: Mapping[str, Any]) -> bool:
    """A clause mark at ``at`` that ends no clause: the comma that closes an aside ("Mara
    Lindqvist, the chief executive, said"; ``aside_openers``) or opens a name or an age
    beside the subject ("the prime minister, Edda Marsk, resigned"), an "as" of a
    comparison or an example ("by as much as", "such as"; ``as_not_a_clause``)."""
    if mark.strip() == "as":
        near = text[:at].split()[-1:] + text[at + len(mark) :].split()[:1]
        return any(word.lower().strip(",.;:") in rules["as_not_a_clause"] for word in near)
    if mark != ",":
        return False
    if _opens_an_aside(text, at):
        return True
    opened = text.rfind(",", 0, at)
    while opened > 0 and _in_number(text, opened, ","):
        opened = text.rfind(",", 0, opened)
    if opened != -1 and _opens_an_aside(text, opened):
        return True  # the comma closes the name or the age: ", Edda Marsk,"
    first = text[opened + 1 : at].split()[:1] if opened != -1 else []
    return bool(first) and first[0].lower() in rules["aside_openers"]


def _clause_marks(text: str, rules: Mapping[str, Any]) -> list[tuple[int, int]]:
    """Where the clauses of ``text`` end, as (start, end) of each ``clause_ends`` mark
    (", ", " after ", " because "...) that ends a clause (not inside a number or an
    aside), in text order."""
    found = []
    for mark in rules["clause_ends"]:
        start = 0
        while (at := text.find(mark, start)) != -1:
            if not _in_number(text, at, mark) and not _inside_a_clause(text, at, mark, rules):
                found.append((at, at + len(mark)))
            start = at + 1
    return sorted(found)


def first_clause(line: str) -> str:
    """The line up to its first clause's end ("Stocks fell on Monday" of "Stocks fell on
    Monday after the bank said ...")."""
    marks = _clause_marks(line, _rules())
    return line[: marks[0][0]] if marks else line


def clause_start(sentence: str, at: int) -> int:
    """Where the clause that holds the character ``at`` starts: after the last clause
    mark before it and a conjunction after the mark ("Stocks fell after [the bank said it
    would raise rates]", "..., and [production was idle]"); 0 for the sentence's first
    clause."""
    rules = _rules()
    before = [end for start, end in _clause_marks(sentence, rules) if start < at]
    if not before:
        return 0
    end = before[-1]
    while end < len(sentence) and sentence[end] == " ":
        end += 1
    first = sentence[end:].split(" ", 1)[0]
    if first.casefold() in rules["clause_conjunctions"]:  # ", and production was idle"
        end += len(first) + 1
    return end


def relative_openers() -> frozenset[str]:
    """The words that open a relative aside ("which", "who"; ``relative_openers``)."""
    return frozenset(_rules()["relative_openers"])


def is_pronoun(text: str) -> bool:
    """A subject that is a pronoun ("it", "they"): it names no one a line can stand on."""
    return text.casefold() in _rules()["pronouns"]


def _trim(text: str, rules: Mapping[str, Any], *, attribution: bool = True) -> str:
    if (dateline := opening(text)) is not None:
        text = text[dateline.end :]
    words = text.split()
    if len(words) > rules["max_words"]:
        cut = next(
            (
                at
                for at, _ in _clause_marks(text, rules)
                if len(text[:at].split()) >= rules["min_clause_words"]
            ),
            len(text),
        )
        if cut < len(text):
            # "recorded in Porthaven shortly | after 2 a.m.": no word leaning on the cut.
            kept = text[:cut].split(" ")
            while len(kept) > 1 and kept[-1].casefold() in rules["dangling_words"]:
                kept.pop()
            text = " ".join(kept)
    text = text.rstrip(" .!?")
    if attribution:
        # Endings can follow one another (", Reuters reported, citing officials").
        while (shorter := _attribution().sub("", text)) != text:
            text = shorter.rstrip(" .,;:!?")
    text = _closed(text.rstrip(" .,;:!?\"'“”’"))
    if _ABBREVIATION_END.search(text):
        text += "."  # "a.m.", "U.S.": the period is the abbreviation's
    return text[:1].upper() + text[1:]


def _closed(text: str) -> str:
    """The line with the quotation it opened closed again (its closing mark went with the
    sentence's full stop: 'said her party "could not sit in a government'), else as it is."""
    if text.count('"') % 2:
        return text + '"'
    if text.count("“") > text.count("”"):
        return text + "”"
    return text


def cluster_headline(
    event: ClusterEvent | None,
    frames: Sequence[HeadlineFrame],
    sentences: Sequence[str],
    names: Mapping[str, str],
    shared: Sequence[str] = (),
) -> str:
    """The cluster's headline: from its event when it tells enough, else a sentence.

    Args:
        event: the event the cluster's reports share, or None.
        frames: the frames of that event in the cluster's facts.
        sentences: the cluster's sentences.
        names: corpus entity id -> its name.
        shared: the corpus entities the cluster's reports share (a sentence naming
            more of them is preferred).
    Returns:
        One line of at least ``min_words`` words (when any sentence has that many).
    """
    line = frame_headline(event, frames, names)
    if line is not None and len(line.split()) >= _rules()["min_words"]:
        return line
    return sentence_headline(sentences, [names[e] for e in shared if e in names])
