"""Slots: what a count is a count of, whatever noun a report carries it with.

Two counts fill the same slot when they fill the same role of an event and count one
class of thing (``models/crossdoc/slots.json``): "Twelve miners died" and "Fourteen
people were killed" both give the dead of the collapse (the subject of "die", the object
of "kill", miners a kind of people); "about 600 jobs" and "around 800 positions" the jobs
cut. A count's role comes from its event frame (the argument it lies in), from its noun
("14 deaths"), from a toll its frame's subject names ("the death toll rose to 14") or
from the words after it ("53 people on board").

Whether two counts can be one number is ``briefx.crossdoc.counts``.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from briefx.resources import load_json
from briefx.schema import Document, EventArgument, EventFrame, Fact, Quantity


@dataclass(frozen=True)
class SlotValue:
    """One count of a fact and the slot it fills."""

    doc: int
    sentence: int
    quantity: Quantity
    role: str | None  # a key of slots.json "roles" ("dead"), or None: no known role
    cls: str  # the class counted ("people", "job"), or the noun itself
    noun: str  # the noun's word for its kind ("miner"), or the class for its own words
    modality: str  # actual, or planned for anything not yet done (planned, possible)
    polarity: str
    span: tuple[str, str] | None = None  # first and last day of the event's dates
    places: frozenset[str] = frozenset()  # corpus ids of where: the frame's, else the fact's
    doers: frozenset[str] = frozenset()  # corpus ids of who does it ("Velmont")
    further: bool = False  # "another 800 jobs": adds to an earlier count, is not it
    # The days as the count's own sentence tells them (not the paragraph's focus): what
    # parts the counts of one slot into groups (``slot_groups``).
    told: tuple[str, str] | None = None

    def key(self) -> tuple[str | None, str]:
        """Counts are grouped by role and class (by the noun where the role is unknown)."""
        return (self.role, self.cls if self.role else self.noun)


@dataclass(frozen=True)
class _Tables:
    nouns: dict[str, tuple[str, str]]  # word -> (class, kind)
    parts: frozenset[str]  # kinds named as a part of a toll ("children")
    leading: frozenset[str]  # words an argument may open with before its count
    frames: dict[tuple[str, str], str]  # (event lemma, argument) -> role
    role_nouns: dict[str, str]  # noun -> role
    phrases: list[tuple[str, str]]  # (phrase, role)
    after: list[tuple[str, str]]  # (words after a count, role), longest first
    before: list[tuple[str, str]]  # (words before a count, role), longest first
    preps: dict[tuple[str, str], str]  # (event lemma, preposition) -> role
    abouts: dict[str, str]  # role -> how a reader names the slot as a whole
    one_claim: frozenset[str]  # roles a plan and an outcome state alike (a price)
    parties: frozenset[str]  # roles of every organisation of the sentence (a deal's)
    grouping: frozenset[str]  # roles whose counts make one cluster of their facts
    change_verbs: frozenset[str]
    default_class: dict[str, str]
    rises: frozenset[str]
    by_doer: frozenset[str]
    labels: dict[str, str]
    undated_days: int
    further_before: frozenset[str]
    further_after: frozenset[str]


@cache
def _tables() -> _Tables:
    data: dict[str, Any] = load_json("crossdoc/slots.json")
    nouns: dict[str, tuple[str, str]] = {}
    parts: set[str] = set()
    for name, entry in data["classes"].items():
        if name.startswith("_"):
            continue
        for word in entry["same"]:
            nouns[word] = (name, name)
        for kind in entry["kinds"]:
            for word in kind:
                nouns[word] = (name, kind[0])
        for kind in entry.get("parts", []):
            for word in kind:
                nouns[word] = (name, kind[0])
            parts.add(kind[0])
    frames: dict[tuple[str, str], str] = {}
    role_nouns: dict[str, str] = {}
    phrases: list[tuple[str, str]] = []
    after: list[tuple[str, str]] = []
    before: list[tuple[str, str]] = []
    preps: dict[tuple[str, str], str] = {}
    abouts: dict[str, str] = {}
    one_claim: set[str] = set()
    parties: set[str] = set()
    grouping: set[str] = set()
    default_class: dict[str, str] = {}
    rises: set[str] = set()
    by_doer: set[str] = set()
    labels: dict[str, str] = {}
    for role, entry in data["roles"].items():
        if role.startswith("_"):
            continue
        frames.update({(lemma, arg): role for lemma, arg in entry["frames"].items()})
        role_nouns.update({noun: role for noun in entry["nouns"]})
        phrases += [(p, role) for p in entry["phrases"]]
        after += [(w, role) for w in entry["after"]]
        before += [(w, role) for w in entry.get("before", ())]
        preps.update({(lemma, prep): role for lemma, prep in entry.get("preps", {}).items()})
        if "about" in entry:
            abouts[role] = entry["about"]
        if entry.get("one_claim"):
            one_claim.add(role)
        if entry.get("parties"):
            parties.add(role)
        if entry.get("groups", True):
            grouping.add(role)
        default_class[role] = entry["class"]
        labels[role] = entry["label"]
        if entry["rises"]:
            rises.add(role)
        if entry["by_doer"]:
            by_doer.add(role)
    return _Tables(
        nouns=nouns,
        parts=frozenset(parts),
        leading=frozenset(data["leading"]["words"]),
        frames=frames,
        role_nouns=role_nouns,
        phrases=sorted(phrases, key=lambda p: -len(p[0])),
        after=sorted(after, key=lambda p: -len(p[0])),
        before=sorted(before, key=lambda p: -len(p[0])),
        preps=preps,
        abouts=abouts,
        one_claim=frozenset(one_claim),
        parties=frozenset(parties),
        grouping=frozenset(grouping),
        change_verbs=frozenset(data["change_verbs"]["words"]),
        default_class=default_class,
        rises=frozenset(rises),
        by_doer=frozenset(by_doer),
        labels=labels,
        undated_days=int(data["compare"]["undated_days"]),
        further_before=frozenset(data["further"]["before"]),
        further_after=frozenset(data["further"]["after"]),
    )


def role_rises(role: str | None) -> bool:
    """True for a toll that grows as reports come in (the dead, the injured)."""
    return role is not None and role in _tables().rises


def slot_label(role: str | None, cls: str) -> str:
    """How a reader names a slot: "people killed", "job cut", "price"; the noun alone
    without a role."""
    if role is None:
        return cls
    tables = _tables()
    return tables.abouts.get(role) or f"{cls} {tables.labels[role]}"


def _inside(q: Quantity, arg: EventArgument | None) -> bool:
    """The count is what the argument counts: it opens the argument, after at most a
    leading word ("the 12 miners"), not a phrase inside it ("people in 13 countries")."""
    if arg is None or not (arg.start <= q.start and q.end <= arg.end):
        return False
    before = arg.text[: q.start - arg.start].lower().split()
    return all(word in _tables().leading for word in before)


def _frame_role(q: Quantity, index: int, frame: EventFrame) -> str | None:
    """The role a count fills in a frame: the argument it lies in, or the toll its
    frame of change names."""
    tables = _tables()
    for name, arg in (("agent", frame.agent), ("patient", frame.patient)):
        role = tables.frames.get((frame.lemma, name))
        if role is not None and _inside(q, arg):
            return role
    if frame.lemma in tables.change_verbs and index in frame.quantities and frame.agent:
        subject = frame.agent.text.lower()
        if not _inside(q, frame.agent):
            return next((role for phrase, role in tables.phrases if phrase in subject), None)
    return None


def _after_role(q: Quantity, document: Document) -> str | None:
    sentence = document.sentences[q.sentence]
    rest = sentence.text[q.end - sentence.start :].lower().lstrip()
    for words, role in _tables().after:
        if rest.startswith(words) and not rest[len(words) : len(words) + 1].isalpha():
            return role
    return None


def _before_role(
    q: Quantity, index: int, frames: Sequence[EventFrame], document: Document
) -> tuple[str, EventFrame | None] | None:
    """The role the words right before a count give it ("a deal worth $900 million"), or
    the preposition of a frame the count belongs to ("bought Tesk for $4.2 billion"),
    with that frame."""
    sentence = document.sentences[q.sentence]
    head = sentence.text[: q.start - sentence.start].lower().rstrip()
    tables = _tables()
    for frame in frames:
        if index not in frame.quantities:
            continue
        for (lemma, prep), role in tables.preps.items():
            if frame.lemma == lemma and _ends_with_word(head, prep):
                return role, frame
    for words, role in tables.before:
        if _ends_with_word(head, words):
            return role, None
    return None


def _ends_with_word(text: str, words: str) -> bool:
    """``text`` ends with ``words``, whole words ("for", not "therefor")."""
    return text.endswith(words) and not text[-len(words) - 1 : -len(words)].isalpha()


def slot_of(
    q: Quantity, index: int, frames: Sequence[EventFrame], document: Document | None
) -> tuple[str | None, str, str, EventFrame | None] | None:
    """The slot a count fills: (role, class, kind of noun, the frame that gave the role).

    None for what is not a count of things a report tallies: changes ("rose by 5"),
    percentages and measures, and a bare number with no role.
    """
    if q.change is not None or q.kind in ("percent", "measure"):
        return None
    if q.value is None and q.low is None and q.high is None:
        return None
    tables = _tables()
    noun = (q.unit_lemma or "").lower() or None
    role: str | None = None
    source: EventFrame | None = None
    for frame in frames:
        role = _frame_role(q, index, frame)
        if role is not None:
            source = frame
            break
    if role is None and noun in tables.role_nouns:
        role = tables.role_nouns[noun]
        noun = None  # "14 deaths": the slot's own class
    if role is None and document is not None:
        role = _after_role(q, document)
    if role is None and document is not None:
        found = _before_role(q, index, frames, document)
        if found is not None:
            role, source = found
    if source is None:
        source = next((f for f in frames if index in f.quantities), None)
    if noun is None:
        if role is None:
            return None
        cls = tables.default_class[role]
        return role, cls, cls, source
    cls, kind = tables.nouns.get(noun, (noun, noun))
    if role is not None and cls != tables.default_class[role]:
        role = None  # "killed 230,000 people in 13 countries": no toll of countries
    return role, cls, kind, source


def _span(indices: Iterable[int], document: Document) -> tuple[str, str] | None:
    """The first and last day of the calendar dates among ``indices`` ("in 2004"), or None."""
    days = [
        document.dates[i].range
        for i in indices
        if document.dates[i].type == "DATE"
        and document.dates[i].range is not None
        and not (document.dates[i].value or "").endswith("_REF")
    ]
    if not days:
        return None
    return min(r[0] for r in days if r), max(r[1] for r in days if r)


def _places(
    d: int,
    fact: Fact,
    frame: EventFrame | None,
    document: Document,
    mapping: Mapping[tuple[int, str], str] | None,
) -> frozenset[str]:
    """Where the counted event happened: the frame's place, else the places the sentence
    names (as corpus entity ids)."""
    if not mapping:
        return frozenset()
    if frame is not None and frame.place:
        ids = [frame.place]
    else:
        kinds = {e.id: e.type for e in document.entities}
        ids = [e for e in fact.entities if kinds.get(e) == "PLACE"]
    return frozenset(mapping[(d, e)] for e in ids if (d, e) in mapping)


def _doers(
    d: int,
    fact: Fact,
    frame: EventFrame | None,
    role: str | None,
    document: Document,
    mapping: Mapping[tuple[int, str], str] | None,
) -> frozenset[str]:
    """Who does the counted thing: the frame's agent; for a slot that belongs to its doer
    (``by_doer``: jobs cut) and a frame naming none, the organisations of the sentence,
    its speaker among them; for a deal's (``parties``: a price), those organisations
    whatever the frame names (the seller and the buyer)."""
    if not mapping:
        return frozenset()
    tables = _tables()
    agent = frame.agent.entity if frame is not None and frame.agent is not None else None
    if agent and role not in tables.parties:
        ids = [agent]
    elif role in tables.parties or role in tables.by_doer:
        # The speaker counts: a company announcing its own cuts ("Velmont said it would").
        kinds = {e.id: e.type for e in document.entities}
        ids = [e for e in fact.entities if kinds.get(e) == "ORG"]
    else:
        return frozenset()
    return frozenset(mapping[(d, e)] for e in ids if (d, e) in mapping)


def _frame_days(
    frame: EventFrame | None, document: Document, *, context: bool = True
) -> tuple[str, str] | None:
    """The days of a frame's own dates, else of its time when the text gives it (a date
    of its sentence or, with ``context``, of the paragraph; not the publication date a
    tense stands for)."""
    if frame is None:
        return None
    days = _span(frame.dates, document)
    time = frame.time
    if (
        days is None
        and time is not None
        and time.source != "publication"
        and (context or time.source != "context")
    ):
        days = (time.range[0], time.range[1])
    return days


def _further(q: Quantity, document: Document) -> bool:
    """The count adds to an earlier one: "another 800 jobs", "12 more people"."""
    line = document.sentences[q.sentence]
    before = line.text[: q.start - line.start].lower().split()[-2:]
    # The word after the number: inside the quantity ("Three more people") or after it.
    unit = (q.unit or "").lower().split()
    after = unit[:1] or line.text[q.end - line.start :].lower().split()[:1]
    tables = _tables()
    return any(w in tables.further_before for w in before) or any(
        w.strip(".,;") in tables.further_after for w in after
    )


def _news_days(document: Document) -> tuple[str, str] | None:
    """The days an undated count is of: up to ``undated_days`` before publication."""
    if document.reference_date.origin == "default-today":
        return None
    last = dt.date.fromisoformat(document.reference_date.value)
    first = last - dt.timedelta(days=_tables().undated_days)
    return first.isoformat(), last.isoformat()


def slot_values(
    d: int, document: Document, mapping: Mapping[tuple[int, str], str] | None = None
) -> dict[int, list[SlotValue]]:
    """Every count of every fact of one document with its slot, keyed by sentence id.

    Args:
        d: the document's index in the brief.
        document: the document.
        mapping: ``(doc, entity id)`` -> corpus entity id, to name the event's place.
    """
    out: dict[int, list[SlotValue]] = {}
    news = _news_days(document)
    for fact in document.facts:
        reporting = set(fact.attribution.dates) if fact.attribution else set()
        told = _span((i for i in fact.dates if i not in reporting), document) or news
        values = []
        for index in fact.quantities:
            q = document.quantities[index]
            found = slot_of(q, index, fact.events, document)
            if found is None:
                continue
            role, cls, noun, frame = found
            # A plan or a possibility ("will cut", "would eliminate") is one kind of
            # claim, against what happened; an undated one is of no past fortnight.
            modality = (
                "actual"
                if frame is None or frame.modality == "actual" or role in _tables().one_claim
                else "planned"
            )
            dated = _frame_days(frame, document)
            own = _frame_days(frame, document, context=False)
            undated = told if modality == "actual" or told != news else None
            values.append(
                SlotValue(
                    doc=d,
                    sentence=fact.sentence,
                    quantity=q,
                    role=role,
                    cls=cls,
                    noun=noun,
                    modality=modality,
                    polarity=frame.polarity if frame else "positive",
                    span=dated or undated,
                    places=_places(d, fact, frame, document, mapping),
                    doers=_doers(d, fact, frame, role, document, mapping),
                    further=_further(q, document),
                    told=own or undated,
                )
            )
        if values:
            out[fact.sentence] = values
    return out


def comparable(a: SlotValue, b: SlotValue) -> bool:
    """Two counts of one slot: same role and class, and the same kind of thing, or (in a
    role) one of them counts the whole class ("people" against "miners"); both rates
    ("each", "a day") or neither."""
    if a.key() != b.key() or (a.modality, a.polarity) != (b.modality, b.polarity):
        return False
    if a.further or b.further:
        return False  # "another 800 jobs" is not the 1,200 of an earlier report
    if a.span and b.span and (a.span[1] < b.span[0] or b.span[1] < a.span[0]):
        return False  # "killed 612 in February" and "killed 10 on Sunday": two events
    if a.doers and b.doers and not a.doers & b.doers:
        return False  # Velmont's cuts and Tessaro's
    if a.places and b.places and not a.places & b.places:
        return False  # "in Khan Younis" and "in Jabaliya": two strikes
    parts = _tables().parts
    if a.noun != b.noun and (a.noun in parts or b.noun in parts):
        return False  # "six children" may be among the 24 dead
    if (a.quantity.per is None) != (b.quantity.per is None):
        return False  # "185 each" and "370" count differently
    return a.noun == b.noun or (a.role is not None and a.cls in (a.noun, b.noun))


def slot_groups(
    slots: Mapping[tuple[int, int], Sequence[SlotValue]], story: Sequence[int]
) -> list[list[tuple[int, int]]]:
    """Facts of one story that count one slot with a known role, from several documents.

    "A ferry carrying 65 people sank" and "The vessel had 53 people on board" both count
    the people on board: one group, whatever else their sentences share. A count with no
    role (a verb alone, a bare noun) groups nothing, nor one of a slot that does not group
    (a price: a story may tell two deals).

    Returns:
        Each group's facts as sorted ``(doc, sentence)``, groups in order of their first.
    """
    found: dict[tuple[int, str, str, str, str], list[SlotValue]] = defaultdict(list)
    grouping = _tables().grouping
    for (doc, _), values in slots.items():
        for v in values:
            if v.role in grouping and not v.further:
                # A plan and an outcome are two facts: "will cut 600 jobs", "cut 600 jobs".
                found[(story[doc], v.role, v.cls, v.modality, v.polarity)].append(v)
    groups = []
    for values in found.values():
        for part in _by_time(values):
            facts = {(v.doc, v.sentence) for v in part}
            if len({d for d, _ in facts}) > 1:
                groups.append(sorted(facts))
    return sorted(groups)


def _by_time(values: Sequence[SlotValue]) -> list[list[SlotValue]]:
    """Counts of one slot split by when: counts whose days overlap (one after another,
    sorted by first day) are one group; an undated count may be in any of them.

    The dead of a quake of March and of one in June are two tolls, however alike.
    """
    dated = sorted((v for v in values if v.told), key=lambda v: v.told or ("", ""))
    undated = [v for v in values if not v.told]
    parts: list[list[SlotValue]] = []
    last = ""
    for v in dated:
        assert v.told is not None
        if parts and v.told[0] <= last:
            parts[-1].append(v)
            last = max(last, v.told[1])
        else:
            parts.append([v])
            last = v.told[1]
    if not parts:
        return [undated]
    return [part + undated for part in parts]
