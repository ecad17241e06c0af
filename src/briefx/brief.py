"""Across documents: one entity per name, and clusters of facts several reports agree on.

Corpus entities come from ``briefx.canonical.merge_entities``.

Fact clusters link facts of different documents that report the same thing. Candidate
pairs come from blocking keys (shared corpus entities, speakers, date values, counted
quantities, and pairs of them); inside a block too large to compare all its pairs ("Russia"
in a corpus about Russia) each fact meets only its nearest neighbours by text, so the
work grows with the number of facts, not with its square. A
candidate pair is scored by text similarity (rapidfuzz token-set ratio) plus what the two
facts share (entities, dates, quantities, the same speaker, an event: ``briefx.brief_events``,
more when a participant has the same role in both). Two facts link when each is
the other's best-scoring fact in the other's document and the score passes a threshold
(mutual best match: a report of Witkoff's visit does not also link to Zelensky's), or when
one repeats the other's words in full (a quotation that another report splits up).
``conflicts`` (``briefx.conflicts``) lists what two documents report differently about
one event: a count of the same thing, the event's date; ``event`` is the event the
cluster's facts share.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import combinations

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from briefx.brief_events import EventView, cluster_event, event_views, matched
from briefx.canonical import UnionFind, merge_entities
from briefx.conflicts import event_conflicts
from briefx.schema import (
    Brief,
    DateMention,
    Document,
    ErrorRecord,
    FactCluster,
    FactRef,
    Quantity,
)

# Blocking: a key shared by at most MAX_BLOCK facts compares all of them; a larger block
# compares each fact with its WINDOW neighbours. Pair keys use a fact's first
# MAX_FEATURES features (a bound on the keys per fact).
MAX_BLOCK = 50
WINDOW = 8
MAX_FEATURES = 8
# Pair score: text similarity (0-100) + SHARED_WEIGHT per shared entity / date /
# quantity (at most MAX_SHARED of them) + SPEAKER_WEIGHT when the speaker is the same.
SHARED_WEIGHT = 5
MAX_SHARED = 4
SPEAKER_WEIGHT = 10
LINK_SCORE = 80
# One fact repeats the other's words (token-set ratio) and shares something with it.
CONTAINED = 95
MIN_TOKENS_FOR_SET_RATIO = 5
# A matching event (briefx.brief_events: same kind, no clash of participant or date)
# adds EVENT_WEIGHT to a pair's score, and ROLE_WEIGHT more when both frames name one
# corpus entity in the same role (agent, patient or place).
EVENT_WEIGHT = 10
ROLE_WEIGHT = 10
_DEICTIC_VALUES = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})


@dataclass
class _FactView:
    """What clustering needs to know of one fact."""

    doc: int
    sentence: int
    text: str
    entities: frozenset[str]
    dates: frozenset[str]
    event_dates: list[tuple[str, str, str]]  # (value, first day, last day)
    speaker: str | None = None
    quantities: list[Quantity] = field(default_factory=list)
    events: list[EventView] = field(default_factory=list)

    def keys(self) -> Iterator[str]:
        yield from (f"e:{e}" for e in self.entities)
        yield from (f"d:{d}" for d in self.dates)
        yield from (f"v:{v.key}" for v in self.events)
        for q in self.quantities:
            if q.unit_lemma:
                yield f"q:{q.unit_lemma}:{q.low}:{q.high}"


def fact_views(
    documents: Sequence[Document], mapping: dict[tuple[int, str], str]
) -> list[_FactView]:
    """Describe every fact of every document by corpus entities, dates and quantities."""
    views: list[_FactView] = []
    for d, doc in enumerate(documents):
        frames = event_views(d, doc, mapping)
        for fact in doc.facts:
            entities = {mapping[(d, e)] for e in fact.entities}
            reporting: set[int] = set()
            speaker = None
            if fact.attribution is not None:
                reporting = set(fact.attribution.dates)
                if fact.attribution.speaker is not None:
                    speaker = mapping[(d, fact.attribution.speaker)]
                    entities.add(speaker)
            dated = [(i, doc.dates[i]) for i in fact.dates if _is_calendar(doc.dates[i])]
            event = [
                (x.value or "", x.range[0], x.range[1])
                for i, x in dated
                if i not in reporting and x.range is not None
            ]
            views.append(
                _FactView(
                    doc=d,
                    sentence=fact.sentence,
                    text=fact.text,
                    entities=frozenset(entities),
                    dates=frozenset(x.value or "" for _, x in dated),
                    event_dates=event,
                    speaker=speaker,
                    quantities=[doc.quantities[i] for i in fact.quantities],
                    events=frames.get(fact.sentence, []),
                )
            )
    return views


def _is_calendar(date: DateMention) -> bool:
    """A calendar date that can be compared across reports (not "now", not a duration)."""
    return date.type == "DATE" and bool(date.value) and date.value not in _DEICTIC_VALUES


def _text_similarity(a: str, b: str) -> float:
    shorter = min(len(a.split()), len(b.split()))
    scorer = fuzz.token_set_ratio if shorter >= MIN_TOKENS_FOR_SET_RATIO else fuzz.token_sort_ratio
    return scorer(a, b, processor=default_process)


def pair_score(a: _FactView, b: _FactView) -> tuple[float, bool]:
    """Score how likely two facts report the same thing.

    Returns:
        The score, and whether one fact repeats the other's words in full while sharing
        an entity, date or quantity with it.
    """
    shared = (
        len(a.entities & b.entities)
        + len(a.dates & b.dates)
        + len(_quantity_keys(a) & _quantity_keys(b))
    )
    text = _text_similarity(a.text, b.text)
    same_speaker = a.speaker is not None and a.speaker == b.speaker
    score = text + SHARED_WEIGHT * min(shared, MAX_SHARED) + SPEAKER_WEIGHT * same_speaker
    pairs = matched(a.events, b.events)
    if pairs:
        score += EVENT_WEIGHT + ROLE_WEIGHT * any(_same_role(x, y) for x, y in pairs)
    return score, shared > 0 and text >= CONTAINED


def _quantity_keys(view: _FactView) -> set[tuple[str, object, object]]:
    return {(q.unit_lemma, q.low, q.high) for q in view.quantities if q.unit_lemma}


def candidate_pairs(views: Sequence[_FactView]) -> set[tuple[int, int]]:
    """Pairs of facts of different documents worth scoring, found without comparing all.

    Blocking keys are each shared feature and each pair of features (an entity and a
    date, two entities, ...): pairs are rarer and more telling. A block of at most
    ``MAX_BLOCK`` facts compares all its pairs; a larger one (a name every report
    carries) compares each fact with its ``WINDOW`` neighbours in the block sorted by
    text, so every fact is compared a bounded number of times per key.
    """
    blocks: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, view in enumerate(views):
        features = sorted(set(view.keys()))
        for key in features:
            blocks[(key,)].append(i)
        for pair in combinations(features[:MAX_FEATURES], 2):
            blocks[pair].append(i)
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        if len(members) <= MAX_BLOCK:
            candidates = combinations(members, 2)
        else:
            ordered = sorted(members, key=lambda i: default_process(views[i].text))
            candidates = (
                (a, b) for n, a in enumerate(ordered) for b in ordered[n + 1 : n + 1 + WINDOW]
            )
        for i, j in candidates:
            if views[i].doc != views[j].doc:
                pairs.add((min(i, j), max(i, j)))
    return pairs


def links(views: Sequence[_FactView]) -> list[tuple[int, int]]:
    """Pairs of facts that report the same thing: mutual best matches and repetitions."""
    scored: dict[tuple[int, int], float] = {}
    best: dict[tuple[int, int], float] = defaultdict(float)  # (fact, other doc) -> score
    found: list[tuple[int, int]] = []
    for i, j in sorted(candidate_pairs(views)):
        score, contained = pair_score(views[i], views[j])
        if contained:
            found.append((i, j))
            continue
        scored[(i, j)] = score
        best[(i, views[j].doc)] = max(best[(i, views[j].doc)], score)
        best[(j, views[i].doc)] = max(best[(j, views[i].doc)], score)
    for (i, j), score in scored.items():
        if (
            score >= LINK_SCORE
            and score == best[(i, views[j].doc)]
            and score == best[(j, views[i].doc)]
        ):
            found.append((i, j))
    return sorted(found)


def _same_role(a: EventView, b: EventView) -> bool:
    """Both frames name one corpus entity in the same role (agent, patient or place)."""
    return any(
        x is not None and x == y
        for x, y in ((a.agent, b.agent), (a.patient, b.patient), (a.place, b.place))
    )


def cluster_facts(
    documents: Sequence[Document], mapping: dict[tuple[int, str], str]
) -> list[FactCluster]:
    """Group facts of different documents that report the same thing."""
    views = fact_views(documents, mapping)
    uf = UnionFind(len(views))
    linked = links(views)
    for i, j in linked:
        uf.union(i, j)
    # Events and conflicts are read off the linked pairs (not every pair of a cluster):
    # the work follows the links, and only facts matched to each other are compared.
    by_root: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for i, j in linked:
        by_root[uf.find(i)].append((i, j))
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(views)):
        groups[uf.find(i)].append(i)
    clusters: list[FactCluster] = []
    texts = {(v.doc, v.sentence): v.text for v in views}
    for members in sorted(groups.values(), key=min):
        found = [views[i] for i in members]
        docs = {v.doc for v in found}
        if len(docs) < 2:
            continue
        across = [(views[i], views[j]) for i, j in by_root[uf.find(members[0])]]
        same = [p for a, b in across for p in matched(a.events, b.events)]
        clashing = [p for a, b in across for p in matched(a.events, b.events, dates=False)]
        clusters.append(
            FactCluster(
                id=f"c{len(clusters) + 1}",
                facts=[FactRef(doc=v.doc, sentence=v.sentence) for v in found],
                sources=len(docs),
                entities=_shared(found, lambda v: v.entities),
                dates=_shared(found, lambda v: v.dates),
                conflicts=event_conflicts(clashing, texts),
                event=cluster_event(same),
            )
        )
    return clusters


def _shared(views: Sequence[_FactView], get: Callable[[_FactView], Iterable[str]]) -> list[str]:
    """Values reported by at least two documents of the cluster, sorted."""
    by_value: dict[str, set[int]] = defaultdict(set)
    for view in views:
        for value in get(view):
            by_value[value].add(view.doc)
    shared = [v for v, docs in by_value.items() if len(docs) > 1]
    # Entity ids sort by number (g2 before g10), dates as ISO strings.
    return sorted(shared, key=lambda v: (len(v), v))


def build_brief(results: Iterable[Document | ErrorRecord]) -> Brief:
    """Make the brief of several documents (error records are carried over as errors)."""
    documents: list[Document] = []
    errors: list[ErrorRecord] = []
    for result in results:
        if isinstance(result, ErrorRecord):
            errors.append(result)
        else:
            documents.append(result)
    entities, mapping = merge_entities(documents)
    return Brief(
        documents=documents,
        entities=entities,
        fact_clusters=cluster_facts(documents, mapping),
        errors=errors,
        warnings=[
            f"{doc.doc_id}: no publication date, relative dates resolved against today "
            f"({doc.reference_date.value}); they take no part in conflicts"
            for doc in documents
            if doc.reference_date.origin == "default-today"
        ],
    )
