"""Across documents: one entity per name, and clusters of facts several reports agree on.

Corpus entities come from ``briefx.canonical.merge_entities``; stories (the documents
that report one news event) from ``briefx.crossdoc.stories.group_stories``. Facts of two stories
never cluster.

Inside a story, facts cluster in two ways:

- by event (``briefx.crossdoc.identity.event_clusters``): frames of the same kind of event
  (same lemma, or one group of ``models/events/equivalents.json``) in the same sense
  (``briefx.crossdoc.senses``), that name no two different corpus entities in one role
  and give no times that cannot overlap, and that name a participant in the same role or
  a precise time with the cluster (or whose kind of event at least half the reports of a
  story of three or more name: what the story is about). Light verbs join only on a
  participant; the story's backdrop ("war") never. A fact reporting two events is in
  both clusters.
- by text: candidate pairs come from blocking keys (shared corpus entities, speakers,
  date values, counted quantities, and pairs of them); inside a block too large to
  compare all its pairs ("Russia" in a corpus about Russia) each fact meets only its
  nearest neighbours by text, so the work grows with the number of facts, not with its
  square. A candidate pair is scored by text similarity (rapidfuzz token-set ratio) plus
  what the two facts share (entities, dates, quantities, the same speaker, a matching
  event, more when a participant has the same role in both). Two facts link when each is
  the other's best-scoring fact in the other's document and the score passes a threshold
  (mutual best match), or when one repeats the other's words in full (a quotation that
  another report splits up), never when they report one kind of event at times that
  cannot overlap or as a deed and a later plan (``identity.done_and_to_come``), nor when
  their reports were published on different days and they name
  no date in common (each tells its day's news). A text cluster inside one event cluster
  is not repeated.

Clusters of the same facts are one; a cluster that shares no name, date or number and
whose event is only a light verb is dropped. Clusters come most sources first, then those
that carry most; each has a headline (``briefx.crossdoc.headlines``).

``conflicts`` (``briefx.crossdoc.conflicts``) lists what two documents report differently about
one event: a count of the same thing, the event's date; only frames naming one
participant in the same role, or facts linked by text, are compared. ``event`` is the
event the cluster's facts share.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from briefx.canonical import UnionFind, merge_entities
from briefx.crossdoc.conflicts import cluster_conflicts, first_reports, published_dates
from briefx.crossdoc.headlines import HeadlineFrame, cluster_headline, sentence_headline
from briefx.crossdoc.identity import (
    EventView,
    by_kind,
    cluster_event,
    event_clusters,
    event_key,
    event_views,
    filled,
    is_background,
    is_calendar,
    is_light,
    matched,
    same_doer_name,
    same_event,
    times_clash,
)
from briefx.crossdoc.order import canonical_order, order_key, to_input_order
from briefx.crossdoc.slots import SlotValue, slot_groups, slot_values
from briefx.crossdoc.stories import group_stories, make_stories
from briefx.crossdoc.timeline import build_timeline
from briefx.fast.collector import KeptAside, collector_paused
from briefx.schema import (
    Brief,
    ClusterEvent,
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
# Chosen on the even ECB+ topics (eval_brief.py --halves --rebrief, issue 26): 80 gave
# even 0.716 / odd 0.692, 78 gives 0.720 / 0.709; 77 and lower (75: 0.733 / 0.731) link
# two seed sentences of different talks ("last week" / "four months ago"), a cluster the
# seed tests judge wrong. Since reports of different days link only on a date in common
# (``_other_days``), a looser score no longer joins one day's news to another's.
LINK_SCORE = 78
# One fact repeats the other's words (token-set ratio) and shares something with it.
CONTAINED = 95
MIN_TOKENS_FOR_SET_RATIO = 5
# Wire copies and reports that quote one statement repeat sentences word for word, so
# pair after pair compares the same two texts: so many comparisons are remembered.
TEXT_CACHE = 1 << 16
# A matching event (briefx.crossdoc.identity: same kind, no clash of participant or date)
# adds EVENT_WEIGHT to a pair's score, and ROLE_WEIGHT more when both frames name one
# corpus entity in the same role (agent, patient or place).
EVENT_WEIGHT = 10
ROLE_WEIGHT = 10
# An event cluster of more frames than this pairs each frame with its CORE_FRAMES most
# detailed frames only (``_frame_pairs``), not with every other.
MAX_PAIRED_FRAMES = 64
CORE_FRAMES = 16


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
    day: str | None = None  # the report's publication day, when given
    # Read for every pair it is scored in (``pair_score``, ``links``): made once.
    processed: str = field(init=False, repr=False)  # the text as the scorers compare it
    words: int = field(init=False, repr=False)
    quantity_keys: frozenset[tuple[str, object, object]] = field(init=False, repr=False)
    event_keys: frozenset[str] = field(init=False, repr=False)
    kinds: dict[str, list[EventView]] = field(init=False, repr=False)  # its events by kind

    def __post_init__(self) -> None:
        self.processed = default_process(self.text)
        self.words = len(self.text.split())
        self.quantity_keys = frozenset(
            (q.unit_lemma, q.low, q.high) for q in self.quantities if q.unit_lemma
        )
        self.kinds = by_kind(self.events)
        self.event_keys = frozenset(self.kinds)

    def keys(self) -> Iterator[str]:
        yield from (f"e:{e}" for e in self.entities)
        yield from (f"d:{d}" for d in self.dates)
        yield from (f"v:{v.key}" for v in self.events)
        for q in self.quantities:
            if q.unit_lemma:
                yield f"q:{q.unit_lemma}:{q.low}:{q.high}"


def fact_views(
    documents: Sequence[Document],
    mapping: dict[tuple[int, str], str],
    events: Sequence[dict[int, list[EventView]]] | None = None,
) -> list[_FactView]:
    """Describe every fact of every document by corpus entities, dates and quantities
    (``events``: each document's ``event_views``, when already read)."""
    views: list[_FactView] = []
    for d, doc in enumerate(documents):
        frames = events[d] if events is not None else event_views(d, doc, mapping)
        published = (
            None if doc.reference_date.origin == "default-today" else doc.reference_date.value
        )
        for fact in doc.facts:
            entities = {mapping[(d, e)] for e in fact.entities}
            reporting: set[int] = set()
            speaker = None
            if fact.attribution is not None:
                reporting = set(fact.attribution.dates)
                if fact.attribution.speaker is not None:
                    speaker = mapping[(d, fact.attribution.speaker)]
                    entities.add(speaker)
            dated = [(i, doc.dates[i]) for i in fact.dates if is_calendar(doc.dates[i])]
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
                    day=published,
                )
            )
    return views


def _text_similarity(a: _FactView, b: _FactView) -> float:
    # Each text processed once (``_FactView``), each pair of texts compared once.
    return _similarity(a.processed, b.processed, min(a.words, b.words) >= MIN_TOKENS_FOR_SET_RATIO)


@lru_cache(maxsize=TEXT_CACHE)
def _similarity(a: str, b: str, as_sets: bool) -> float:
    """Token-set ratio of two processed texts (``as_sets``), else token-sort ratio."""
    return (fuzz.token_set_ratio if as_sets else fuzz.token_sort_ratio)(a, b)


def pair_score(a: _FactView, b: _FactView) -> tuple[float, bool]:
    """Score how likely two facts report the same thing.

    Returns:
        The score, and whether one fact repeats the other's words in full while sharing
        an entity, date or quantity with it (then the score leaves out the speaker and
        the events: a repetition links whatever its score).
    """
    shared = (
        len(a.entities & b.entities)
        + len(a.dates & b.dates)
        + len(a.quantity_keys & b.quantity_keys)
    )
    text = _text_similarity(a, b)
    if shared > 0 and text >= CONTAINED:
        # A repetition links whatever its score (``links`` reads no score then): the
        # events of wire copies, the commonest pairs of a large brief, go unmatched.
        return text + SHARED_WEIGHT * min(shared, MAX_SHARED), True
    same_speaker = a.speaker is not None and a.speaker == b.speaker
    score = text + SHARED_WEIGHT * min(shared, MAX_SHARED) + SPEAKER_WEIGHT * same_speaker
    pairs = matched(a.kinds, b.kinds) if a.event_keys & b.event_keys else []
    if pairs:
        score += EVENT_WEIGHT + ROLE_WEIGHT * any(_same_role(x, y) for x, y in pairs)
    return score, shared > 0 and text >= CONTAINED


def candidate_pairs(
    views: Sequence[_FactView], story: Sequence[int] | None = None
) -> set[tuple[int, int]]:
    """Pairs of facts of different documents worth scoring, found without comparing all.

    Blocking keys are each shared feature and each pair of features (an entity and a
    date, two entities, ...): pairs are rarer and more telling. A block of at most
    ``MAX_BLOCK`` facts compares all its pairs; a larger one (a name every report
    carries) compares each fact with its ``WINDOW`` neighbours in the block sorted by
    text, so every fact is compared a bounded number of times per key. With ``story``
    (each document's story), pairs of two stories are left out (the blocks stay the
    same).
    """
    blocks: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, view in enumerate(views):
        features = sorted(set(view.keys()))
        for key in features:
            blocks[(key,)].append(i)
        for pair in combinations(features[:MAX_FEATURES], 2):
            blocks[pair].append(i)
    docs = [v.doc for v in views]
    stories = [0] * len(views) if story is None else [story[d] for d in docs]
    pairs: set[tuple[int, int]] = set()
    # Many keys hold the same facts (wire copies share every feature): each distinct
    # block is compared once.
    for members in {tuple(m): None for m in blocks.values()}:
        if len(members) <= MAX_BLOCK:
            # ``members`` is in increasing order: each pair comes as (smaller, larger).
            pairs.update(
                (i, j)
                for i, j in combinations(members, 2)
                if docs[i] != docs[j] and stories[i] == stories[j]
            )
            continue
        ordered = sorted(members, key=lambda i: views[i].processed)
        for n, i in enumerate(ordered):
            for j in ordered[n + 1 : n + 1 + WINDOW]:
                if docs[i] != docs[j] and stories[i] == stories[j]:
                    pairs.add((min(i, j), max(i, j)))
    return pairs


def links(views: Sequence[_FactView], story: Sequence[int] | None = None) -> list[tuple[int, int]]:
    """Pairs of facts that report the same thing: mutual best matches and repetitions.

    With ``story`` (each document's story), only pairs of one story are scored: a fact's
    best match in another document is decided among that document's facts, so leaving
    out the pairs of two stories changes no link inside one.
    """
    scored: dict[tuple[int, int], float] = {}
    best: dict[tuple[int, int], float] = defaultdict(float)  # (fact, other doc) -> score
    found: list[tuple[int, int]] = []
    for i, j in sorted(candidate_pairs(views, story)):
        first, second = views[i], views[j]
        if (
            first.event_keys & second.event_keys and times_clash(first.kinds, second.kinds)
        ) or _other_days(first, second):
            continue
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


def _other_days(a: _FactView, b: _FactView) -> bool:
    """Facts of reports published on different days that name no date in common: each
    tells its own day's news ("the index fell 1%" on Monday and on Tuesday), however
    alike their words."""
    return a.day is not None and b.day is not None and a.day != b.day and not a.dates & b.dates


def _same_role(a: EventView, b: EventView) -> bool:
    """Both frames name one corpus entity in the same role (agent, patient or place)."""
    return any(
        x is not None and x == y for x, y in zip(a.roles(), b.roles(), strict=True)
    ) or same_doer_name(a, b)


def cluster_facts(
    documents: Sequence[Document],
    mapping: dict[tuple[int, str], str],
    names: Mapping[str, str] | None = None,
    *,
    story: Sequence[int] | None = None,
    events: Sequence[dict[int, list[EventView]]] | None = None,
) -> list[FactCluster]:
    """Group facts of different documents that report the same thing (``events``: each
    document's ``event_views``, when already read).

    Documents are first grouped into stories (``briefx.crossdoc.stories``): facts of two stories
    never cluster (``names``: corpus entity id -> name, for the headlines). Inside a
    story, facts cluster by event (``event_clusters``: the same
    kind of event, no clash of participant or date; a fact reporting two events is in
    both clusters) and by text (``links``: mutual best matches and repetitions, which
    also catch quotations that name no event). A text cluster whose facts all share one
    event cluster adds nothing and is left out.
    """
    views = fact_views(documents, mapping, events)
    if story is None:
        story = group_stories(documents, mapping)
    texts = {(v.doc, v.sentence): v.text for v in views}
    by_fact = {(v.doc, v.sentence): v for v in views}
    groups: list[_Group] = []
    anchors = {(v.doc, v.sentence): v.entities | v.dates for v in views}
    for frames in event_clusters((e for v in views for e in v.events), story, anchors):
        of_frames = {(e.doc, e.sentence): by_fact[(e.doc, e.sentence)] for e in frames}
        pairs = _frame_pairs(frames)
        # Only frames that name one participant in the same role are set against each
        # other for conflicts: two frames joined for sharing a kind of event and a name
        # in their sentences may still be two exchanges, and their counts no conflict.
        compared = [(a, b) for a, b in pairs if _same_role(a, b)]
        groups.append(_Group(list(of_frames.values()), pairs, compared))
    covered = [frozenset((v.doc, v.sentence) for v in g.facts) for g in groups]
    # The event clusters holding each fact, so that a text cluster is set against those
    # holding its first fact only, not against every event cluster.
    holding: dict[tuple[int, int], list[int]] = defaultdict(list)
    for n, held in enumerate(covered):
        for key in held:
            holding[key].append(n)
    for group in _text_clusters(views, story):
        keys = frozenset((v.doc, v.sentence) for v in group.facts)
        first = (group.facts[0].doc, group.facts[0].sentence)
        within = next((n for n in holding.get(first, ()) if keys <= covered[n]), None)
        if within is None:
            groups.append(group)
        else:
            # Its facts are all in one event cluster: what the text links compare
            # (a date one report gives differently) is compared there.
            groups[within].compared.extend(group.compared)
    # Facts counting one slot join the cluster (of events or of text) holding most of them.
    slots = _slots(documents, mapping)
    _join_slot_groups(groups, slot_groups(slots, story), by_fact)
    published = published_dates(documents)
    # What each document says of its counts anywhere: frames that disagree on a slot do
    # not make a conflict when the rest of the reports fits.
    reports: dict[int, list[SlotValue]] = defaultdict(list)
    for (doc, _), values in sorted(slots.items()):
        reports[doc].extend(values)
    clusters: list[FactCluster] = []
    for group in _distinct(groups):
        facts = sorted(group.facts, key=lambda v: (v.doc, v.sentence))
        # Frames of two kinds never match (``same_event``): left out before the call.
        event = cluster_event(
            [(a, b) for a, b in group.events if a.key == b.key and same_event(a, b)]
        )
        shared = _shared(facts, lambda v: v.entities)
        cluster = FactCluster(
            id="",
            facts=[FactRef(doc=v.doc, sentence=v.sentence) for v in facts],
            sources=group.sources,
            entities=shared,
            dates=_shared(facts, lambda v: v.dates),
            conflicts=cluster_conflicts(
                [
                    (a, b)
                    for a, b in group.compared
                    if a.key == b.key and same_event(a, b, dates=False)
                ],
                [(v.doc, v.sentence) for v in facts],
                slots,
                texts,
                published,
                reports,
            ),
            event=event,
            headline=cluster_headline(
                event,
                _headline_frames(group, event),
                [v.text for v in facts],
                names or {},
                shared,
            ),
        )
        if _is_claim(cluster, facts):
            clusters.append(cluster)
    # Most sources first, then the clusters that carry most (participants, dates,
    # conflicts), then in order of their first fact.
    clusters.sort(key=lambda c: (-c.sources, -_carried(c), c.facts[0].doc, c.facts[0].sentence))
    clusters = _distinct_headlines(clusters, texts, names or {})
    # A conflict is listed once, by the first cluster that holds it (the dead of one
    # collapse, though the collapse and the deaths are two clusters).
    reported: set[tuple[object, ...]] = set()
    return [
        c.model_copy(update={"id": f"c{n}", "conflicts": first_reports(c.conflicts, reported)})
        for n, c in enumerate(clusters, 1)
    ]


def _distinct_headlines(
    clusters: list[FactCluster],
    texts: Mapping[tuple[int, int], str],
    names: Mapping[str, str],
) -> list[FactCluster]:
    """Two clusters never read the same: a cluster whose line an earlier cluster (in the
    brief's order) already has takes the line of its other sentences ("... death toll
    rises to 12" is the toll's; the quake's cluster, which holds the same headline
    sentence, is told by its own)."""
    used: set[str] = set()
    out = []
    for cluster in clusters:
        line = cluster.headline
        if line in used:
            sentences = [texts[(ref.doc, ref.sentence)] for ref in cluster.facts]
            others = [t for t in sentences if sentence_headline([t]) not in used]
            if others:
                shared = [names[e] for e in cluster.entities if e in names]
                line = sentence_headline(others, shared)
                cluster = cluster.model_copy(update={"headline": line})
        used.add(line)
        out.append(cluster)
    return out


def _frame_pairs(frames: Sequence[EventView]) -> list[tuple[EventView, EventView]]:
    """The pairs of an event cluster's frames (of different documents) that name its event.

    A cluster of at most ``MAX_PAIRED_FRAMES`` frames pairs all of them; a larger one
    (800 reports of one event) pairs each frame with its ``CORE_FRAMES`` most detailed
    ones only, so that its work grows with its frames, not with their square: the
    cluster's event and its conflicts are read off those pairs.
    """
    if len(frames) <= MAX_PAIRED_FRAMES:
        return [(a, b) for n, a in enumerate(frames) for b in frames[n + 1 :] if a.doc != b.doc]
    core = sorted(range(len(frames)), key=lambda n: (-filled(frames[n]), n))[:CORE_FRAMES]
    pairs = {
        (min(n, k), max(n, k))
        for n in range(len(frames))
        for k in core
        if frames[n].doc != frames[k].doc
    }
    return [(frames[n], frames[k]) for n, k in sorted(pairs)]


def _distinct(groups: list[_Group]) -> list[_Group]:
    """One group per set of facts: two kinds of event read off the same sentences ("the
    quake damaged a church": quake and damage) are one cluster, with both kinds' pairs."""
    by_facts: dict[frozenset[tuple[int, int]], _Group] = {}
    for group in groups:
        key = frozenset((v.doc, v.sentence) for v in group.facts)
        if key in by_facts:
            by_facts[key].events.extend(group.events)
            by_facts[key].compared.extend(group.compared)
        else:
            by_facts[key] = group
    return list(by_facts.values())


def _is_claim(cluster: FactCluster, facts: Sequence[_FactView]) -> bool:
    """A claim a reader cares about: it names a participant, a date or a number the
    reports share, or an event that is more than a light verb or the story's backdrop.

    A cluster held together only by "bring" or by a few shared words is dropped.
    """
    if cluster.entities or cluster.dates or any(v.quantities for v in facts):
        return True
    event = cluster.event
    return event is not None and not (is_light(event.lemma) or is_background(event.lemma))


def _carried(cluster: FactCluster) -> int:
    """How much a cluster tells: shared names and dates, the event's slots, conflicts."""
    event = cluster.event
    slots = (
        0
        if event is None
        else sum(x is not None for x in (event.agent, event.patient, event.place, event.date))
    )
    return len(cluster.entities) + len(cluster.dates) + slots + len(cluster.conflicts)


def _slots(
    documents: Sequence[Document], mapping: dict[tuple[int, str], str]
) -> dict[tuple[int, int], list[SlotValue]]:
    """``(doc, sentence)`` -> the counts of that fact with the slots they fill."""
    return {
        (d, sentence): values
        for d, doc in enumerate(documents)
        for sentence, values in slot_values(d, doc, mapping).items()
    }


def _join_slot_groups(
    groups: list[_Group],
    found: Sequence[list[tuple[int, int]]],
    by_fact: dict[tuple[int, int], _FactView],
) -> None:
    """Bring together facts of one story that count one slot (the people on board, the
    dead): each group joins the cluster holding most of its facts, or becomes a
    cluster of its own ("with 53 people on board" in a sentence naming no event)."""
    # The groups holding each fact, kept up to date as groups grow and are added, so
    # that a slot group is set against the clusters holding its facts, not against all.
    holding: dict[tuple[int, int], set[int]] = defaultdict(set)
    for n, group in enumerate(groups):
        for v in group.facts:
            holding[(v.doc, v.sentence)].add(n)
    for keys in found:
        wanted = set(keys)
        overlap: Counter[int] = Counter(n for k in wanted for n in holding.get(k, ()))
        if not overlap:
            groups.append(_Group([by_fact[k] for k in keys], [], []))
            for k in keys:
                holding[k].add(len(groups) - 1)
            continue
        # The group holding most of them; among equals, the first.
        n, held = min(overlap.items(), key=lambda item: (-item[1], item[0]))
        if held < len(wanted):
            best = groups[n]
            have = {(v.doc, v.sentence) for v in best.facts}
            best.facts.extend(by_fact[k] for k in keys if k not in have)
            for k in keys:
                holding[k].add(n)


def _headline_frames(group: _Group, event: ClusterEvent | None) -> list[HeadlineFrame]:
    """The frames of the cluster's event, the most specific first, for its headline."""
    if event is None:
        return []
    frames = {
        id(v): v
        for pair in group.events
        for v in pair
        if event_key(v.lemma) == event_key(event.lemma)
    }
    ordered = sorted(frames.values(), key=lambda v: (-filled(v), v.doc, v.sentence))
    return [
        HeadlineFrame(
            v.text,
            v.lemma,
            v.verbal,
            v.agent_text,
            v.patient_text,
            v.when or "past",
            perfect=v.perfect,
            place=v.place,
            place_prep=v.place_prep,
            particle=v.particle,
            complement=v.complement,
            deadline=v.deadline,
        )
        for v in ordered
    ]


@dataclass
class _Group:
    """A cluster being made: its facts, the pairs of frames naming its event, and the
    pairs of frames compared for conflicts."""

    facts: list[_FactView]
    events: list[tuple[EventView, EventView]]
    compared: list[tuple[EventView, EventView]]

    @property
    def sources(self) -> int:
        return len({v.doc for v in self.facts})


def _text_clusters(views: Sequence[_FactView], story: Sequence[int]) -> list[_Group]:
    """Facts linked by text inside one story, with the pairs of frames their links match."""
    uf = UnionFind(len(views))
    linked = links(views, story)
    for i, j in linked:
        uf.union(i, j)
    # Events and conflicts are read off the linked pairs (not every pair of a cluster):
    # the work follows the links, and only facts matched to each other are compared.
    frames: dict[int, list[tuple[EventView, EventView]]] = defaultdict(list)
    for i, j in linked:
        frames[uf.find(i)].extend((a, b) for a in views[i].events for b in views[j].events)
    groups: dict[int, list[_FactView]] = defaultdict(list)
    for i in range(len(views)):
        groups[uf.find(i)].append(views[i])
    return [
        _Group(members, frames[root], list(frames[root]))
        for root, members in sorted(groups.items())
        if len({v.doc for v in members}) > 1
    ]


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
    builder = BriefBuilder()
    for result in results:
        builder.add(result)
    return builder.finish()


class BriefBuilder:
    """A brief made as its documents come, one at a time (``add``), and built at the end.

    With ``keep_documents=False`` a document is kept only in the form clustering reads
    (``clustered_form``: its findings, frames, names and dates, without its text or
    warnings) and ``finish`` gives a brief with no documents: a caller that streams each
    document to its output as it is done (``briefx brief`` writing JSON) holds no more
    of them than that. Either way the entities, clusters, stories and timeline are the
    same as ``build_brief``'s over the same results.

    With ``aside=True`` the documents kept are set aside from Python's cyclic garbage
    collector as they come (``briefx.fast.collector.KeptAside``: collected, then frozen,
    every 64 documents; given back in ``finish``), so that its passes while the next
    documents are extracted do not walk them again and again. It changes the process's
    collector, so only a caller that owns the process (``briefx brief``) asks for it.
    """

    def __init__(self, *, keep_documents: bool = True, aside: bool = False) -> None:
        self.keep_documents = keep_documents
        self._aside = KeptAside() if aside else None
        self._documents: list[Document] = []
        self._kept: list[Document] = []
        self._keys: list[tuple[str, str]] = []
        self._errors: list[ErrorRecord] = []
        self._warnings: list[str] = []

    def add(self, result: Document | ErrorRecord) -> None:
        """Take one result: a document (in input order) or an error record."""
        if isinstance(result, ErrorRecord):
            self._errors.append(result)
            return
        if self.keep_documents:
            self._documents.append(result)
        self._kept.append(result if self.keep_documents else clustered_form(result))
        self._keys.append(order_key(result))
        if self._aside is not None:
            self._aside.kept()
        if result.reference_date.origin == "default-today":
            self._warnings.append(
                f"{result.doc_id}: no publication date, relative dates resolved against "
                f"today ({result.reference_date.value}); they take no part in conflicts"
            )

    @property
    def failed(self) -> bool:
        """Some input could not be read (its error record is in the brief)."""
        return bool(self._errors)

    def finish(self) -> Brief:
        """The brief of the results taken so far (without documents unless kept)."""
        try:
            with collector_paused():  # millions of short-lived objects, no cycles
                return self._finish()
        finally:
            if self._aside is not None:
                self._aside.release()

    def _finish(self) -> Brief:
        # Built over the documents in an order of their own, so that input order leaks in
        # nowhere (briefx.crossdoc.order); indices are mapped back to input order after.
        order = canonical_order(self._keys)
        ranked = [self._kept[i] for i in order]
        entities, mapping = merge_entities(ranked)
        names = {e.id: e.name for e in entities}
        story = group_stories(ranked, mapping)
        # Each document's event frames as identity reads them: for clusters and timeline.
        events = [event_views(d, doc, mapping) for d, doc in enumerate(ranked)]
        ranked_clusters = cluster_facts(ranked, mapping, names, story=story, events=events)
        stories = make_stories(ranked, story, ranked_clusters)
        timeline = build_timeline(ranked, ranked_clusters, mapping, names, events=events)
        entities, clusters, stories, timeline = to_input_order(
            entities, ranked_clusters, stories, timeline, order
        )
        return Brief(
            documents=list(self._documents),
            entities=entities,
            fact_clusters=clusters,
            errors=list(self._errors),
            warnings=list(self._warnings),
            stories=stories,
            timeline=timeline,
        )


def clustered_form(document: Document) -> Document:
    """The document as the brief's own parts read it: without its text and warnings.

    The brief's stories, clusters and timeline read its sentences, names, dates,
    quantities and facts; the text (kept for the views) and the warnings are left out.
    """
    return Document.model_construct(
        schema_version=document.schema_version,
        doc_id=document.doc_id,
        source=None,
        outlet=None,
        title=None,
        reference_date=document.reference_date,
        sentences=document.sentences,
        entities=document.entities,
        dates=document.dates,
        quantities=document.quantities,
        facts=document.facts,
        warnings=[],
    )
