"""Event frames of a document for the contract: entity ids, dates and quantities attached.

``briefx.events.words`` finds the event words and their head tokens in the parse; this module
cuts each argument to its sentence, gives each of the sentence's dates and quantities to
the event above it (``briefx.events.words.owner``), and, once the document's entities are
known, looks up the entity each argument names (``FrameDraft.resolve``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span, Token

from briefx.dates.tense import report_day_of
from briefx.events.attribution import EntityRef, MentionIndex, subject_after_dateline
from briefx.events.time import TimeCues, sets_no_scene, time_cues
from briefx.events.words import dateline_end, find_events, owner, split_before, words
from briefx.extensions import text_of
from briefx.quantities.ages import is_age_unit
from briefx.schema import EventArgument, EventFrame, EventTime, When

# Dependents that end an argument's phrase: what follows is about it, not part of it
# (coordination stays inside: "Ukraine and Russia").
_PHRASE_BREAKS = frozenset({"relcl", "acl", "appos", "punct", "advcl"})


def _phrase(token: Token) -> Span:
    """The argument's phrase: its subtree up to a relative clause, apposition or comma,
    without the dateline that opens the sentence ("PARIS (Wire) - Lawmakers")."""
    doc = token.doc
    opening = dateline_end(token)
    start, end = token.left_edge.i, token.i + 1
    split = split_before(token)  # "A magnitude 6.9 earthquake", "the flood warning"
    if split is not None:
        start = split.left_edge.i
    if opening < token.i:
        start = max(start, opening + 1)
    for child in token.rights:
        if (
            (
                child.dep_ in _PHRASE_BREAKS
                and not _numbered(token, child)
                and not _compound_read_as_participle(token, child)
            )
            or child.text == ","
            or _tells_when(child)
            or (child.dep_ == "xcomp" and child.pos_ == "VERB")  # "Startup to list shares"
        ):
            break
        end = child.right_edge.i + 1
    while start < token.i and doc[start].is_punct:
        start += 1
    return doc[start:end]


def _tells_when(child: Token) -> bool:
    """A prepositional phrase of time the parse hung on a noun ("by firefighters on
    Sunday", "hit by a tornado on Monday night"): when the event happened, not part of
    who did it or to whom."""
    return child.dep_ == "prep" and any(
        c.dep_ == "pobj" and c.ent_type_ in {"DATE", "TIME"} for c in child.children
    )


# What makes a participle after a noun a clause of its own ("a man carrying a knife").
_CLAUSE_ARGUMENTS = frozenset(
    {"dobj", "nsubj", "nsubjpass", "ccomp", "xcomp", "attr", "dative", "oprd", "acomp"}
)


def _compound_read_as_participle(token: Token, child: Token) -> bool:
    """A noun right after ``token`` that the small parser read as its participle: "a
    tsunami warning", "the flood warning for the coast" ("warning" an ``acl``), part of
    the phrase; not a clause with arguments of its own ("a man carrying a knife")."""
    return (
        child.dep_ == "acl"
        and child.tag_ == "VBG"
        and child.i == token.i + 1
        and not any(c.dep_ in _CLAUSE_ARGUMENTS for c in child.children)
    )


def _numbered(token: Token, child: Token) -> bool:
    """A number right after a name, parsed as its apposition: part of the name ("the
    Russell 2000", "the Stoxx 600"), not a phrase about it ("Orla Brandt, 54")."""
    return (
        child.dep_ == "appos"
        and child.i == token.i + 1
        and child.like_num
        and token.pos_ == "PROPN"
        and bool(token.whitespace_)
        and child.n_rights == 0
    )


@dataclass(frozen=True, slots=True)
class ArgumentDraft:
    """An event argument's phrase, and the word whose entity it names (resolved later)."""

    start: int
    end: int
    text: str
    entity: EntityRef

    def resolve(self, mentions: MentionIndex, *, offset: int = 0) -> EventArgument:
        """The ``EventArgument`` with offsets moved by ``offset`` and its entity looked up."""
        return EventArgument(
            start=self.start + offset,
            end=self.end + offset,
            text=self.text,
            entity=mentions.resolve(self.entity, offset=offset),
        )


@dataclass(frozen=True, slots=True)
class FrameDraft:
    """An event frame with Doc-local offsets, before entity ids are known."""

    start: int
    end: int
    text: str
    lemma: str
    agent: ArgumentDraft | None
    patient: ArgumentDraft | None
    places: tuple[tuple[int, int], ...]
    dates: tuple[int, ...]
    quantities: tuple[int, ...]
    polarity: str
    modality: str
    cues: TimeCues

    def resolve(
        self,
        mentions: MentionIndex,
        types: Mapping[str, str],
        *,
        offset: int = 0,
        first_date: int = 0,
        first_quantity: int = 0,
        time: EventTime | None = None,
        when: When = "past",
    ) -> EventFrame:
        """The contract's ``EventFrame``: offsets moved by ``offset``, entity ids looked up
        in ``mentions`` (``types``: entity id -> type), date and quantity indices moved;
        ``time`` and ``when`` as ``briefx.events.time.assign_times`` found them."""
        place = None
        for start, end in self.places:
            found = mentions.entity_at(start + offset, end + offset)
            if found and types[found[0]] == "PLACE":
                place = found[0]
                break
        return EventFrame(
            start=self.start + offset,
            end=self.end + offset,
            text=self.text,
            lemma=self.lemma,
            agent=None if self.agent is None else self.agent.resolve(mentions, offset=offset),
            patient=None if self.patient is None else self.patient.resolve(mentions, offset=offset),
            place=place,
            dates=[i + first_date for i in self.dates],
            quantities=[i + first_quantity for i in self.quantities],
            polarity=self.polarity,  # type: ignore[arg-type]
            modality=self.modality,  # type: ignore[arg-type]
            time=time,
            when=when,
        )


def _argument(doc: Doc, i: int | None, sentence: tuple[int, int]) -> ArgumentDraft | None:
    """The argument at token ``i``: its phrase cut to the fact's sentence (a parse can
    cross the sentence boundary), or None when its head lies outside the sentence."""
    if i is None:
        return None
    token = doc[i]
    if not _inside(token, sentence):
        return None
    phrase = _phrase(token)
    # The phrase's words inside the sentence are one run (words are in text order, and
    # the argument's own word is among them): trim the ends, not test every word.
    first, last = phrase.start, phrase.end - 1
    while not _inside(doc[first], sentence):
        first += 1
    while not _inside(doc[last], sentence):
        last -= 1
    span = doc[first : last + 1]
    fallback = "person_before" if token.lower_ in words().pronouns else None
    entity = EntityRef(token.idx, token.idx + len(token), fallback)
    return ArgumentDraft(start=span.start_char, end=span.end_char, text=span.text, entity=entity)


def _inside(token: Token, sentence: tuple[int, int]) -> bool:
    return sentence[0] <= token.idx and token.idx + len(token) <= sentence[1]


def _orphan_subject(sent: Span, trigger: Token, sentence: tuple[int, int]) -> int | None:
    """A noun of the sentence, before the event word, that the parse attached outside the
    sentence ("Zelensky" read as the end of the headline above): the lost subject."""
    orphans = [
        t.i
        for t in sent
        if t.i < trigger.i
        and _inside(t, sentence)
        and t.pos_ in {"PROPN", "NOUN", "PRON"}
        and not _inside(t.head, sentence)
    ]
    return orphans[-1] if orphans else None


def _located(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return None if span is None else span.root


def _by_sentence(items: Sequence[Mapping[str, Any]]) -> dict[int, list[int]]:
    """Sentence id -> the indices of its items, in order."""
    found: dict[int, list[int]] = {}
    for i, item in enumerate(items):
        found.setdefault(item["sentence"], []).append(i)
    return found


def sceneless_dates(
    doc: Doc,
    frames: Mapping[int, Sequence[FrameDraft]],
    dates: Sequence[Mapping[str, Any]],
) -> list[int]:
    """The dates of the sentences without events that set no scene for what follows
    (``briefx.events.time.sets_no_scene``: "The move followed a volatile 2024."); a
    sentence with events tells its own (``TimeCues.bounded``).

    Args:
        doc: the parsed Doc.
        frames: its frames by sentence id (``find_frames``).
        dates: its dates (``start``, ``end``, ``sentence``).
    Returns:
        The indices of those dates, in order.
    """
    out = []
    for i, record in enumerate(dates):
        if record["sentence"] in frames:
            continue
        root = _located(doc, record["start"], record["end"])
        if root is not None and sets_no_scene(root, record):
            out.append(i)
    return out


def find_frames(
    doc: Doc,
    sentences: Sequence[tuple[int, int]],
    dates: Sequence[Mapping[str, Any]],
    quantities: Sequence[Mapping[str, Any]],
) -> dict[int, list[FrameDraft]]:
    """The event frames of every sentence of a Doc, with dates and quantities attached.

    "Police arrested 12 people in Lyon on Monday" gives sentence 0 one frame: arrest,
    with the quantity and the date; its arguments and place are resolved to entity ids
    once the document's entities are known (``FrameDraft.resolve``).

    Args:
        doc: the parsed Doc.
        sentences: its sentences' character spans (ids are list positions).
        dates: its dates (``start``, ``end``, ``sentence``; the indices in frames point here).
        quantities: its quantities, likewise.
    Returns:
        Sentence id -> frames in text order (sentences without events are left out).
    """
    out: dict[int, list[FrameDraft]] = {}
    # Each sentence's dates and quantities, found once (not a pass over all of them for
    # every sentence: quadratic in a long text's pieces).
    dates_in = _by_sentence(dates)
    quantities_in = _by_sentence(quantities)
    text = text_of(doc)  # read once: each sentence's event times read it
    for sid, sentence in enumerate(sentences):
        sent = doc.char_span(sentence[0], sentence[1], alignment_mode="expand")
        if sent is None:
            continue
        # A word of a date is not an event ("this fall", "last spring").
        in_dates = [(dates[i]["start"], dates[i]["end"]) for i in dates_in.get(sid, ())]
        raw = [
            f
            for f in find_events(sent)
            if not any(a <= doc[f.trigger].idx < b for a, b in in_dates)
        ]
        if not raw:
            continue
        triggers = {f.trigger for f in raw}
        owned: dict[tuple[int, str], list[int]] = {}
        roots: dict[int, Token] = {}
        # A wire dateline's day is when the story was filed, no event's time
        # ("LONDON, Nov. 17 (Wire) - The firm reported a loss on Sunday": Sunday).
        dash = dateline_end(sent[0])
        filed = doc[dash].idx if dash >= 0 else sentence[0]
        for kind, items, of_sentence in (
            ("dates", dates, dates_in),
            ("quantities", quantities, quantities_in),
        ):
            for i in of_sentence.get(sid, ()):
                if kind == "dates" and items[i]["start"] < filed:
                    continue
                if kind == "quantities" and is_age_unit(items[i]["unit_lemma"]):
                    continue  # "Tom Baker, 45, was arrested": an age counts no event
                root = _located(doc, items[i]["start"], items[i]["end"])
                if kind == "dates" and root is not None:
                    roots[i] = root
                if root is None or (kind == "dates" and report_day_of(root) is not None):
                    continue  # "said on Monday it will cut jobs": the report's day
                at = owner(root, triggers, of_date=kind == "dates")
                if at is not None:
                    owned.setdefault((at, kind), []).append(i)
        cues = time_cues(
            [(doc[f.trigger], f.polarity, f.modality) for f in raw],
            {t: v for (t, kind), v in owned.items() if kind == "dates"},
            dates,
            roots,
            text=text,
        )
        frames: list[FrameDraft] = []
        for f in raw:
            token = doc[f.trigger]
            if not sentence[0] <= token.idx < sentence[1]:
                continue
            told = cues[f.trigger]
            if f.state and not (told.own or told.inherited or told.nearby or told.current):
                # a state with no date of its sentence: "the weather was mild"; not one told
                # as now ("the painting is now worth twice that")
                continue
            agent = f.agent
            if agent is not None and not _inside(doc[agent], sentence):
                # The subject the parse found lies in another sentence: look for the one
                # the parse lost in this sentence.
                agent = _orphan_subject(sent, token, sentence)
            elif dash >= 0 and (agent is None or agent <= dash):
                # The parse took the dateline's place for the subject ("LONDON, Nov. 17
                # (Wire) - Corvane Mining reported"; the events leave it out): the
                # subject is after the dash. A word of the dateline is never the doer.
                end = doc[dash].idx + len(doc[dash])
                found = subject_after_dateline(sent, token, end)
                agent = None if found is None else found.i
            frames.append(
                FrameDraft(
                    start=token.idx,
                    end=token.idx + len(token),
                    text=token.text,
                    lemma=f.lemma,
                    agent=_argument(doc, agent, sentence),
                    patient=_argument(doc, f.patient, sentence),
                    places=tuple((doc[i].idx, doc[i].idx + len(doc[i])) for i in f.places),
                    dates=tuple(owned.get((f.trigger, "dates"), ())),
                    quantities=tuple(owned.get((f.trigger, "quantities"), ())),
                    polarity=f.polarity,
                    modality=f.modality,
                    cues=cues[f.trigger],
                )
            )
        if frames:
            out[sid] = frames
    return out
