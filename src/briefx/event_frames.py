"""Event frames of a document for the contract: entity ids, dates and quantities attached.

``briefx.events`` finds the event words and their head tokens in the parse; this module
cuts each argument to its sentence, looks up the entity it names, and gives each of the
sentence's dates and quantities to the event above it (``briefx.events.owner``).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from briefx.attribution import MentionIndex
from briefx.events import find_events, owner, words
from briefx.schema import DateMention, Entity, EventArgument, EventFrame, Quantity, Sentence

# Dependents that end an argument's phrase: what follows is about it, not part of it
# (coordination stays inside: "Ukraine and Russia").
_PHRASE_BREAKS = frozenset({"relcl", "acl", "appos", "punct", "advcl"})


def _phrase(token: Token) -> Span:
    """The argument's phrase: its subtree up to a relative clause, apposition or comma."""
    doc = token.doc
    start, end = token.left_edge.i, token.i + 1
    for child in token.rights:
        if child.dep_ in _PHRASE_BREAKS or child.text == ",":
            break
        end = child.right_edge.i + 1
    while start < token.i and doc[start].is_punct:
        start += 1
    return doc[start:end]


def _argument(
    doc: Doc, i: int | None, mentions: MentionIndex, sentence: Sentence
) -> EventArgument | None:
    """The argument at token ``i``: its phrase cut to the fact's sentence (a parse can
    cross the sentence boundary), or None when its head lies outside the sentence."""
    if i is None:
        return None
    token = doc[i]
    if not _inside(token, sentence):
        return None
    inside = [t for t in _phrase(token) if _inside(t, sentence)]
    span = doc[inside[0].i : inside[-1].i + 1]
    found = mentions.entity_at(token.idx, token.idx + len(token))
    entity = found[0] if found else None
    if entity is None and token.lower_ in words().pronouns:
        entity = mentions.person_before(token.idx)
    return EventArgument(start=span.start_char, end=span.end_char, text=span.text, entity=entity)


def _inside(token: Token, sentence: Sentence) -> bool:
    return sentence.start <= token.idx and token.idx + len(token) <= sentence.end


def _orphan_subject(sent: Span, trigger: Token, sentence: Sentence) -> int | None:
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


def document_events(
    doc: Doc,
    sentences: Sequence[Sentence],
    entities: Sequence[Entity],
    dates: Sequence[DateMention],
    quantities: Sequence[Quantity],
) -> dict[int, list[EventFrame]]:
    """The event frames of every sentence, with entity ids, dates and quantities.

    Args:
        doc: the parsed document.
        sentences: its sentences (ids are list positions).
        entities: its entities, for agent, patient and place ids.
        dates: its dates (the indices in frames point here).
        quantities: its quantities.
    Returns:
        Sentence id -> frames in text order (sentences without events are left out).
    """
    mentions = MentionIndex(entities)
    types = {e.id: e.type for e in entities}
    out: dict[int, list[EventFrame]] = {}
    for sentence in sentences:
        sent = doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
        if sent is None:
            continue
        raw = find_events(sent)
        if not raw:
            continue
        triggers = {f.trigger for f in raw}
        owned: dict[tuple[int, str], list[int]] = {}
        for kind, pool in (("dates", dates), ("quantities", quantities)):
            for i, item in enumerate(pool):
                if item.sentence != sentence.id:
                    continue
                root = _located(doc, item.start, item.end)
                at = None if root is None else owner(root, triggers)
                if at is not None:
                    owned.setdefault((at, kind), []).append(i)
        frames: list[EventFrame] = []
        for f in raw:
            token = doc[f.trigger]
            if not sentence.start <= token.idx < sentence.end:
                continue
            agent = f.agent
            if agent is not None and not _inside(doc[agent], sentence):
                # The subject the parse found lies in another sentence: look for the one
                # the parse lost in this sentence.
                agent = _orphan_subject(sent, token, sentence)
            place = None
            for i in f.places:
                found = mentions.entity_at(doc[i].idx, doc[i].idx + len(doc[i]))
                if found and types[found[0]] == "PLACE":
                    place = found[0]
                    break
            frames.append(
                EventFrame(
                    start=token.idx,
                    end=token.idx + len(token),
                    text=token.text,
                    lemma=f.lemma,
                    agent=_argument(doc, agent, mentions, sentence),
                    patient=_argument(doc, f.patient, mentions, sentence),
                    place=place,
                    dates=owned.get((f.trigger, "dates"), []),
                    quantities=owned.get((f.trigger, "quantities"), []),
                    polarity=f.polarity,  # type: ignore[arg-type]
                    modality=f.modality,  # type: ignore[arg-type]
                )
            )
        if frames:
            out[sentence.id] = frames
    return out
