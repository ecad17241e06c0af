"""Who said it: the speaker, reporting verb and outlet of a sentence's reported speech.

A sentence is reported speech when a reporting verb (``models/attribution.json``)
governs it, or when it contains "according to X". The speaker is the verb's subject
(cut before an apposition or relative clause: "Zelensky, who is visiting Spain, said");
"he"/"she" stands for the last person named before it, and a title ("the Ukrainian
president") for the one person the text introduced with it. The outlet is a news
organisation the speech was told to ("told AFP") or that reported it ("Reuters reported"),
as written.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from briefx.dates.lexicon import lexicon
from briefx.entities import lookup, titles
from briefx.entities.people import person_nouns
from briefx.extensions import text_of
from briefx.resources import load_json
from briefx.schema import Attribution, Entity
from briefx.text.dateline import opening

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# A title introduces a person within this many tokens before the name: "President
# Volodymyr Zelensky", "the Ukrainian president, Volodymyr Zelensky".
TITLE_WINDOW = 3


@cache
def _cues() -> tuple[frozenset[str], frozenset[str]]:
    data = load_json("attribution.json")
    return frozenset(data["cues"]), frozenset(data["pronouns"])


@cache
def _thing_pronouns() -> frozenset[str]:
    """The pronouns of a speaker that is no person ("it said"): ``thing_pronouns``."""
    return frozenset(load_json("attribution.json")["thing_pronouns"])


@cache
def _other_senses() -> dict[str, frozenset[str]]:
    return {
        verb: frozenset(particles)
        for verb, particles in load_json("attribution.json")["other_senses"].items()
    }


@cache
def _acts_on_a_thing() -> frozenset[str]:
    return frozenset(load_json("attribution.json")["acts_on_a_thing"])


def in_another_sense(verb: Token) -> bool:
    """A reporting verb that a particle makes another verb: "wrote off $12 million",
    "wrote down its stake", "told the two apart" (``other_senses``): an act, no report."""
    particles = _other_senses().get(verb.lemma_.lower())
    return particles is not None and any(
        c.dep_ in {"prt", "advmod"} and c.lower_ in particles for c in verb.children
    )


# Links under which a verb has an object (``events.words`` reads the same).
OBJECT_LINKS = frozenset({"dobj", "obj", "attr_obj"})
# Links under which a verb reports a clause ("added that ...", "he added" after a quote).
_CLAUSES = frozenset({"ccomp", "xcomp", "parataxis"})


def reports_a_clause(verb: Token) -> bool:
    """A verb that tells a clause or a quotation: "added that ...", '"...," he added'."""
    return verb.dep_ == "parataxis" or any(
        c.dep_ in _CLAUSES or c.tag_ in {"``", "''"} for c in verb.children
    )


def takes_a_thing(verb: Token) -> bool:
    """A verb with a noun (or an amount) for object and no clause or quotation: "added
    300 jobs", "announced a merger", "added 1.4%" (an amount the parse hangs on the verb
    as a measure); not "..., he added" nor "added that ..." nor "added two days later"."""
    if reports_a_clause(verb):
        return False
    return any(
        (c.dep_ in OBJECT_LINKS and c.pos_ in {"NOUN", "PROPN", "NUM"}) or _an_amount(c)
        for c in verb.children
    )


def _an_amount(word: Token) -> bool:
    """A counted measure hung on a verb ("1.4%", "40 points"), not a length of time."""
    return (
        word.dep_ == "npadvmod"
        and word.pos_ == "NOUN"
        and word.lower_ not in lexicon().units
        and any(c.dep_ == "nummod" for c in word.children)
    )


def acts_on_a_thing(verb: Token) -> bool:
    """A reporting verb that is an act with a thing for object (``acts_on_a_thing``):
    "employers added 180,000 jobs", "posted a quarterly loss"; nothing was said."""
    return verb.lemma_.lower() in _acts_on_a_thing() and takes_a_thing(verb)


@dataclass(frozen=True, slots=True)
class EntityRef:
    """A word that names an entity, resolved once the document's entities are known.

    "He" at 120 is ``EntityRef(120, 122, "person_before")``: the entity of a mention
    there, else the last person named before it; ``"titled"`` stands for the one person
    introduced with the title ``word`` ("the president").
    """

    start: int
    end: int
    fallback: str | None = None
    word: str = ""


def titles_before(doc: Doc, start: int, end: int) -> tuple[str, ...]:
    """The title words within ``TITLE_WINDOW`` tokens before a mention, and in it.

    "President Anna Kowalczyk" at 0-24 gives ``("president",)``.

    Args:
        doc: the parsed Doc.
        start: the mention's first character.
        end: the mention's end.
    Returns:
        The lower-cased title words, in text order.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return ()
    window = doc[max(0, span.start - TITLE_WINDOW) : span.end]
    return tuple(t.lower_ for t in window if t.lower_ in titles())


class MentionIndex:
    """Find which entity a character offset belongs to, the last person before one, and
    the people introduced with a title ("President Volodymyr Zelensky")."""

    def __init__(
        self,
        entities: Sequence[Entity],
        doc: Doc | None = None,
        *,
        titled: Sequence[tuple[int, str, str]] = (),
        newcomers: Sequence[int] = (),
    ) -> None:
        """Index ``entities``' mentions; titles come from ``doc`` or are given as ``titled``
        (``(offset, title word, person id)``, when the Doc is gone); ``newcomers``: the
        offsets of people introduced without a name (``unnamed_people``), from ``doc`` or
        given."""
        spans = sorted((m.start, m.end, e.id, e.type, e.name) for e in entities for m in e.mentions)
        self._spans = spans
        self._starts = [s[0] for s in spans]
        # (offset, title word, person id) for each person mention right after a title.
        self._titled: list[tuple[int, str, str]] = list(titled)
        self._by_title: dict[str, tuple[list[int], list[str | None]]] | None = None
        self._newcomers = sorted(newcomers)
        if doc is not None:
            for start, end, eid, type_, _ in spans:
                if type_ == "PERSON":
                    self._titled.extend((start, w, eid) for w in titles_before(doc, start, end))
            if not newcomers:
                self._newcomers = unnamed_people(doc)

    def resolve(self, ref: EntityRef, *, offset: int = 0) -> str | None:
        """The id of the entity ``ref`` names, its word moved by ``offset`` characters."""
        start, end = ref.start + offset, ref.end + offset
        found = self.entity_at(start, end)
        if found is not None:
            return found[0]
        if ref.fallback == "person_before":
            return self.person_before(start)
        if ref.fallback == "titled":
            return self.titled_person(ref.word, start)
        return None

    def titled_person(self, title: str, before: int) -> str | None:
        """The one person introduced with ``title`` before ``before``, or None (none or several)."""
        if self._by_title is None:
            self._by_title = _title_index(self._titled)
        offsets, ones = self._by_title.get(title, ((), ()))
        k = bisect.bisect_left(offsets, before)
        return ones[k - 1] if k else None

    def entity_at(self, start: int, end: int) -> tuple[str, str] | None:
        """Return ``(entity id, canonical name)`` of a mention overlapping ``start:end``."""
        i = bisect.bisect_right(self._starts, end - 1) - 1
        while i >= 0 and self._spans[i][1] > start:
            if self._spans[i][0] < end:
                return self._spans[i][2], self._spans[i][4]
            i -= 1
        return None

    def person_before(self, offset: int) -> str | None:
        """Return the id of the last person mentioned before ``offset``; None when a
        person introduced without a name comes between ("Police arrested a 42-year-old
        man. He will appear in court": not the fire chief named before)."""
        i = bisect.bisect_left(self._starts, offset) - 1
        while i >= 0:
            if self._spans[i][3] == "PERSON":
                k = bisect.bisect_right(self._newcomers, self._spans[i][1])
                if k < len(self._newcomers) and self._newcomers[k] < offset:
                    return None
                return self._spans[i][2]
            i -= 1
        return None


def unnamed_people(doc: Doc) -> list[int]:
    """The offsets of the people a text introduces without a name, one at a time: a
    singular noun of a person (WordNet's, ``person_nouns``) after "a", "an" or "another",
    as a subject or an object ("Police arrested a 42-year-old man", "a woman was hurt");
    not one with a name beside it ("a man, Jon Berg,"), in apposition ("Reyes, a fire
    chief,") or after a copula ("he is a teacher"), nor people counted ("met 40
    delegates": "she" after it is still the one named). A "he" or "she" after one names
    that person, not one named before it (``MentionIndex.person_before``)."""
    nouns = person_nouns()
    found = []
    for token in doc:
        if (
            token.tag_ == "NN"
            and token.dep_ in _NEWCOMER_LINKS
            and token.lemma_.lower() in nouns
            and any(c.dep_ == "det" and c.lower_ in _NEW_DETERMINERS for c in token.children)
            and not any(c.pos_ == "PROPN" for c in token.children)
        ):
            found.append(token.idx)
    return found


# How a newly introduced person can stand in a clause: subject, object, a preposition's.
_NEWCOMER_LINKS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})
_NEW_DETERMINERS = frozenset({"a", "an", "another"})


def _title_index(
    titled: Sequence[tuple[int, str, str]],
) -> dict[str, tuple[list[int], list[str | None]]]:
    """Title word -> the offsets of the people named after it, in text order, and for
    each, the one person named after it up to there (None once there are two): the
    answer of ``titled_person`` by a search, not a pass over every title (a long text)."""
    index: dict[str, tuple[list[int], list[str | None]]] = {}
    seen: dict[str, set[str]] = {}
    for offset, word, eid in sorted(titled, key=lambda t: t[0]):
        offsets, ones = index.setdefault(word, ([], []))
        people = seen.setdefault(word, set())
        people.add(eid)
        offsets.append(offset)
        ones.append(eid if len(people) == 1 else None)
    return index


def _subject_phrase(subject: Token) -> Span:
    """The subject's noun phrase without appositions, relative clauses and punctuation."""
    doc = subject.doc
    start, end = subject.left_edge.i, subject.i + 1
    for child in subject.rights:
        if child.dep_ in {"appos", "relcl", "punct", "acl", "prep"} or child.text == ",":
            break
        end = child.right_edge.i + 1
    return doc[start:end]


def _is_outlet(span: Span) -> bool:
    entry = lookup(span.text)
    return entry is not None and entry.kind == "news_outlet"


def _cue_verb(sent: Span) -> Token | None:
    cues, _ = _cues()
    candidates = [
        t
        for t in sent
        if t.pos_ in {"VERB", "AUX"}
        and t.lemma_.lower() in cues
        and not in_another_sense(t)
        and not acts_on_a_thing(t)
    ]
    if not candidates:
        return None
    # Prefer the verb highest in the tree (fewest ancestors): the main clause's.
    depths: dict[int, int] = {}
    return min(candidates, key=lambda t: (tree_depth(t, depths), t.i))


def tree_depth(token: Token, known: dict[int, int]) -> int:
    """Count a token's ancestors, remembering each depth met on the way in ``known``.

    "He said she said ...": every cue verb's walk to the root would repeat the walks of
    the verbs above it (quadratic in nested quotations); with ``known`` shared across the
    verbs of a sentence, each token is walked once.

    Args:
        token: a token of a parsed Doc.
        known: depths by token index, filled in as a side effect (start with ``{}``).

    Returns:
        The number of ancestors of ``token`` (0 for a root).
    """
    path: list[int] = []
    current = token
    while current.i not in known and current.head.i != current.i:
        path.append(current.i)
        current = current.head
    depth = known.setdefault(current.i, 0)
    for i in reversed(path):
        depth += 1
        known[i] = depth
    return known[token.i]


def subject_after_dateline(sent: Span, verb: Token, end: int) -> Token | None:
    """The verb's subject when the parse took a word of the sentence's dateline (the
    characters before ``end``) for it: "LONDON, Nov. 17 (Wire) - Corvane Mining reported"
    gives "Corvane Mining", not "LONDON". It is the last noun between the dateline and the
    verb that the parse hung on the dateline's words (an apposition of "LONDON") or gave
    the verb as a subject; None when no word of the dateline is the verb's subject."""
    if not any(t.idx < end and t.head.i == verb.i and t.dep_ == "nsubj" for t in sent):
        return None
    lost = [
        t
        for t in sent
        if end <= t.idx
        and t.i < verb.i
        and t.pos_ in {"PROPN", "NOUN", "PRON"}
        and (t.head.idx < end or (t.head.i == verb.i and t.dep_ == "nsubj"))
    ]
    return lost[-1] if lost else None


def _according_to(sent: Span) -> Token | None:
    for token in sent:
        if token.lower_ == "according" and token.i + 1 < len(token.doc):
            nxt = token.doc[token.i + 1]
            if nxt.lower_ == "to":
                objects = [c for c in nxt.children if c.dep_ == "pobj"]
                return objects[0] if objects else None
    return None


def _first_verb_above(token: Token) -> Token | None:
    for ancestor in token.ancestors:
        if ancestor.pos_ in {"VERB", "AUX"}:
            return ancestor
    return None


def reporting_dates(doc: Doc, verb: Token, dates: Sequence[tuple[int, int, int]]) -> list[int]:
    """Return the indices of the dates that modify the reporting verb itself.

    Args:
        doc: the parsed document.
        verb: the reporting verb ("told" in "told reporters on Nov. 18").
        dates: ``(index, start, end)`` of the sentence's dates.
    """
    found: list[int] = []
    for index, start, end in dates:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and _first_verb_above(span.root) == verb:
            found.append(index)
    return found


@dataclass(frozen=True, slots=True)
class Speech:
    """A sentence's reported speech before its speaker is known as an entity id."""

    speaker: EntityRef | None
    speaker_text: str | None
    cue: str
    outlet: str | None
    dates: tuple[int, ...]

    def resolve(
        self, mentions: MentionIndex, *, offset: int = 0, first_date: int = 0
    ) -> Attribution:
        """The ``Attribution``, with the speaker looked up in ``mentions`` (offsets moved
        by ``offset``) and date indices moved by ``first_date``."""
        speaker = None if self.speaker is None else mentions.resolve(self.speaker, offset=offset)
        return Attribution(
            speaker=speaker,
            speaker_text=self.speaker_text,
            cue=self.cue,
            outlet=self.outlet,
            dates=[i + first_date for i in self.dates],
        )


def find_attribution(
    doc: Doc,
    start: int,
    end: int,
    mentions: MentionIndex,
    dates: Sequence[tuple[int, int, int]] = (),
) -> Attribution | None:
    """Return the attribution of the sentence at ``doc.text[start:end]``, or None.

    Args:
        doc: the parsed document.
        start: the sentence's first character.
        end: the end of the sentence.
        mentions: the document's entity mentions.
        dates: ``(index, start, end)`` of the sentence's dates, to tell the reporting
            act's own dates from the reported ones.
    Returns:
        The speaker (entity id and text), cue lemma, outlet and reporting dates, or None
        when the sentence is not reported speech.
    """
    speech = find_speech(doc, start, end, dates)
    return None if speech is None else speech.resolve(mentions)


def _organisation_told(sent: Span, pronoun: Token) -> Span | None:
    """The organisation an "it" that speaks stands for: the last one its sentence names
    before it ("Tarsk Energy will close its plant, it said"), else the subject of the
    sentence before when that is one ("Velm Air cut 200 flights. It said ..."); None when
    neither names one (a far one would be a guess)."""
    doc = sent.doc
    before = [e for e in doc.ents if e.label_ == "ORG" and sent.start <= e.start < pronoun.i]
    if before:
        return before[-1]
    if sent.start == 0:
        return None
    previous = doc[sent.start - 1].sent
    for ent in doc.ents:
        if ent.label_ == "ORG" and previous.start <= ent.start < previous.end:
            if ent.root.dep_ in {"nsubj", "nsubjpass"}:
                return ent
    return None


def find_speech(
    doc: Doc, start: int, end: int, dates: Sequence[tuple[int, int, int]] = ()
) -> Speech | None:
    """The reported speech of the sentence at ``doc.text[start:end]``, or None.

    "He told Reuters on Monday ..." gives cue "tell", outlet "Reuters", the speaker as
    ``EntityRef`` to "He" (the last person named before) and Monday's index.

    Args:
        doc: the parsed document.
        start: the sentence's first character.
        end: the end of the sentence.
        dates: ``(index, start, end)`` of the sentence's dates, to tell the reporting
            act's own dates from the reported ones.
    Returns:
        The ``Speech``, or None when the sentence is not reported speech.
    """
    sent = doc.char_span(start, end, alignment_mode="expand")
    if sent is None:
        return None
    _, pronouns = _cues()
    # A wire dateline's day is when the story was filed, and its place where: neither
    # the speech's day nor its speaker ("LONDON, Nov. 17 (Wire) - The firm said ...").
    filed = opening(text_of(doc), sent.start_char)
    if filed is not None:
        dates = [d for d in dates if d[1] >= filed.end]
    verb = _cue_verb(sent)
    speaker_token: Token | None = None
    outlet: str | None = None
    own_dates: list[int] = []
    if verb is not None:
        cue = verb.lemma_.lower()
        own_dates = reporting_dates(doc, verb, dates)
        subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
        speaker_token = subjects[0] if subjects else None
        if filed is not None and speaker_token is not None and speaker_token.idx < filed.end:
            speaker_token = subject_after_dateline(sent, verb, filed.end)
        for child in verb.children:
            if child.dep_ in {"dative", "dobj", "iobj"}:
                phrase = doc[child.left_edge.i : child.right_edge.i + 1]
                if _is_outlet(phrase):
                    outlet = phrase.text
    else:
        speaker_token = _according_to(sent)
        if speaker_token is None:
            return None
        cue = "according to"
    if speaker_token is None:
        return Speech(
            speaker=None, speaker_text=None, cue=cue, outlet=outlet, dates=tuple(own_dates)
        )
    phrase = _subject_phrase(speaker_token)
    if filed is not None:  # not the dateline's words the parse hung on the subject
        first = next((t.i for t in phrase if t.idx >= filed.end), phrase.end)
        phrase = doc[min(first, speaker_token.i) : phrase.end]
    speaker_text = phrase.text
    fallback: str | None = None
    if speaker_token.text in pronouns:
        fallback = "person_before"
    elif speaker_token.lower_ in titles():
        # "the Ukrainian president said": the person the text introduced as President.
        fallback = "titled"
    idx = speaker_token.idx
    speaker = EntityRef(idx, idx + len(speaker_token), fallback, speaker_token.lower_)
    if speaker_token.text in _thing_pronouns():
        # "it said": the organisation its sentence, else the sentence before, told of
        named = _organisation_told(sent, speaker_token)
        if named is not None:
            speaker = EntityRef(named.start_char, named.end_char, None, speaker_token.lower_)
    if outlet is None and _is_outlet(phrase):
        outlet = speaker_text
    return Speech(
        speaker=speaker, speaker_text=speaker_text, cue=cue, outlet=outlet, dates=tuple(own_dates)
    )
