"""The brief's timeline: every dated event across the reports, in chronological order.

Entries come from the event frames' ``time`` (``briefx.events.time``), in three kinds:

- an event cluster: the frames of the cluster's event (or, in a cluster without one, of
  the kind of event most of its reports date) that have a time. A plan and its outcome
  ("will visit on Monday", "visited on Monday") are two entries; times that do not
  overlap are one entry each, marked ``conflict`` when they come from different reports
  (each report's best-grounded time counts: a date of the sentence before the
  paragraph's, before the publication day);
- an event one report dates in its own sentence (not one of a cluster's event);
- a statement whose reporting act is dated ("Zelensky said on Nov. 18"), one entry per
  speaker and day across the reports.

Only comparable times are used (``usable_time``): a relative date of a report whose
publication date nobody gave says nothing about the calendar.

A time that only bounds an event (``text.timex.bounds_only``: a year, "earlier this year", a
decade) is no point on the axis:

- it is no entry of its own where the same event has a finer time inside it (three
  reports date the talks "earlier this year", one "between May and July": one entry,
  between May and July, resting on all four); within an entry, the time most reports give
  among those that contain no other is the entry's;
- left alone, it sorts by what it bounds: at its last day, before the entries that start
  that day (as a year's "date unknown" events close its list): "earlier this year" in a
  report of Nov. 18 comes after the dated events before Nov. 18, not before them all.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from briefx.crossdoc.headlines import (
    HeadlineFrame,
    clause_start,
    first_clause,
    frame_headline,
    is_pronoun,
    relative_openers,
    sentence_headline,
    span_value,
)
from briefx.crossdoc.identity import EventView, comparable_date, event_views, filled
from briefx.schema import (
    ClusterEvent,
    Document,
    EventFrame,
    FactCluster,
    Precision,
    TimelineEntry,
    TimelineFact,
)
from briefx.text import ends_without_a_stop, timex
from briefx.text.timex import bounds_only, time_of_day

_SOURCE_RANK = {"sentence": 0, "context": 1, "publication": 2}
_PRECISION_PATTERNS: tuple[tuple[re.Pattern[str], Precision], ...] = (
    (timex.WEEK, "week"),
    (timex.MONTH, "month"),
    (timex.QUARTER, "quarter"),
    (timex.SEASON, "season"),
    (timex.HALF, "half"),
    (timex.YEAR, "year"),
    (timex.DECADE, "decade"),
    (timex.CENTURY, "century"),
)


@dataclass(frozen=True)
class _Timed:
    """One event frame with a comparable time."""

    doc: int
    sentence: int
    frame: EventFrame
    view: EventView

    @property
    def range(self) -> tuple[str, str]:
        assert self.frame.time is not None
        return self.frame.time.range

    @property
    def rank(self) -> int:
        assert self.frame.time is not None
        return _SOURCE_RANK[self.frame.time.source]


def precision(value: str) -> Precision:
    """How fine a TIMEX3 value is: "2025-11-19" day, "2025-10" month, "2025" year.

    A range written first/last ("2025-05/2025-07") has its first end's precision.
    """
    first = value.split("/")[0]
    if m := timex.DAY.match(first):
        return "time" if m[4] else "day"
    for pattern, name in _PRECISION_PATTERNS:
        if pattern.match(first):
            return name
    return "day"


def usable_time(frame: EventFrame, document: Document) -> bool:
    """Whether the frame's time can go on a calendar shared by the reports.

    Its own date or one its sentence gives it through the event that governs it
    ("talks in Istanbul earlier this year yielded nothing": the talks), when comparable;
    the publication day when somebody gave it. A time of a named day counts by its day
    ("at 4:15 a.m. on Saturday"). Not a date carried over from an earlier
    sentence: it places events too loosely across reports (``identity._time_span``).
    """
    time = frame.time
    if time is None or time.source == "context":
        return False
    if time.date is None:
        return document.reference_date.origin != "default-today"
    return comparable_date(document.dates[time.date], document, times=True)


def _contains(a: tuple[str, str], b: tuple[str, str]) -> bool:
    return a != b and a[0] <= b[0] and b[1] <= a[1]


def _overlap(a: tuple[str, str], b: tuple[str, str]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _days(r: tuple[str, str]) -> int:
    """How many days a range spans after its first (a huge number when unreadable)."""
    try:
        return (dt.date.fromisoformat(r[1]) - dt.date.fromisoformat(r[0])).days
    except ValueError:
        return 1 << 20


def _frames(
    documents: Sequence[Document],
    mapping: dict[tuple[int, str], str],
    events: Sequence[dict[int, list[EventView]]] | None = None,
) -> dict[tuple[int, int], list[tuple[EventFrame, EventView]]]:
    """Every event frame of every fact with its view (corpus ids, comparable time)."""
    out: dict[tuple[int, int], list[tuple[EventFrame, EventView]]] = {}
    for d, doc in enumerate(documents):
        views = events[d] if events is not None else event_views(d, doc, mapping)
        for fact in doc.facts:
            # Identity leaves out frames whose word names no event there ("the stock
            # exchange"); the views keep the frames' order, so they pair off in turn.
            pending = list(views.get(fact.sentence, []))
            pairs = []
            for frame in fact.events:
                if pending and (pending[0].text, pending[0].lemma) == (frame.text, frame.lemma):
                    pairs.append((frame, pending.pop(0)))
            if pairs:
                out[(d, fact.sentence)] = pairs
    return out


def _headline_frame(t: _Timed) -> HeadlineFrame:
    v = t.view
    return HeadlineFrame(
        v.text,
        v.lemma,
        v.verbal,
        v.agent_text,
        v.patient_text,
        t.frame.when,
        v.perfect,
        place=v.place,
        place_prep=v.place_prep,
        particle=v.particle,
        complement=v.complement,
        deadline=v.deadline,
    )


def _best(timed: Sequence[_Timed]) -> list[_Timed]:
    """Each report's best-grounded times: its sentence dates before the paragraph's."""
    best: dict[int, int] = {}
    for t in timed:
        best[t.doc] = min(best.get(t.doc, 9), t.rank)
    return [t for t in timed if t.rank == best[t.doc]]


def _time_groups(timed: Sequence[_Timed]) -> list[list[_Timed]]:
    """Times that overlap, grouped: the narrowest first, a broad one joining the first it
    overlaps ("2025" joins "Nov. 19" rather than standing apart)."""
    groups: list[list[_Timed]] = []
    for t in sorted(timed, key=lambda t: (_days(t.range), t.range, t.doc, t.sentence)):
        home = next((g for g in groups if _overlap(g[0].range, t.range)), None)
        if home is None:
            groups.append([t])
        else:
            home.append(t)
    return groups


def _chosen(group: Sequence[_Timed]) -> _Timed:
    """The group's time: among the times that contain no other of the group ("2025"
    gives way to "between May and July"), the one most reports give, then the narrowest,
    then the earliest."""
    votes: dict[str, set[int]] = defaultdict(set)
    for t in group:
        assert t.frame.time is not None
        votes[t.frame.time.value].add(t.doc)
    ranges = {t.range for t in group}
    finest = [t for t in group if not any(_contains(t.range, r) for r in ranges)]
    return min(
        finest,
        key=lambda t: (
            -len(votes[t.frame.time.value]),  # type: ignore[union-attr]
            _days(t.range),
            t.range,
            t.doc,
            t.sentence,
        ),
    )


def _majority(values: Sequence[str]) -> str:
    counts = Counter(values)
    return min(counts, key=lambda v: (-counts[v], v))


def _entry(
    group: Sequence[_Timed],
    *,
    headline: str,
    cluster: str | None,
    conflict: bool = False,
) -> TimelineEntry:
    chosen = _chosen(group)
    assert chosen.frame.time is not None
    facts = sorted({(t.doc, t.sentence) for t in group})
    told = _told_kind(group)
    return TimelineEntry(
        value=chosen.frame.time.value,
        range=chosen.range,
        precision=precision(chosen.frame.time.value),
        headline=headline,
        cluster=cluster,
        facts=[TimelineFact(doc=d, sentence=s) for d, s in facts],
        sources=len({d for d, _ in facts}),
        # Those of the event the line tells: "agreed on Wednesday to buy" is done, though
        # the buying it plans is to come.
        when=_majority([t.frame.when for t in told]),  # type: ignore[arg-type]
        modality=_majority([t.frame.modality for t in told]),  # type: ignore[arg-type]
        conflict=conflict,
    )


def _told_kind(group: Sequence[_Timed]) -> list[_Timed]:
    """The frames an entry's line is told from: the best-filled frame's and those of its
    kind of event. A doer of one ("Kyiv" to acquire) with the verb of another ("signed")
    says what nobody reported."""
    frames = sorted(group, key=lambda t: (-filled(t.view), t.doc, t.sentence))
    key = frames[0].view.key
    return [t for t in frames if t.view.key == key]


def _group_headline(
    group: Sequence[_Timed], texts: Mapping[tuple[int, int], str], names: Mapping[str, str]
) -> str:
    """A line for an entry of its own: from its best frame, else its shortest sentence;
    an event told in an aside, from the noun it is told of ("The bridge, built in 1932")."""
    chosen = _chosen(group)
    # "The ceasefire, which took effect at midnight,": the noun and its clause's verb
    # share the time; the verb's aside tells it.
    for t in sorted(group, key=lambda t: t is not chosen):
        if t.frame.time == chosen.frame.time:
            aside = _aside_line(texts[(t.doc, t.sentence)], t.frame)
            if aside is not None:
                return aside
    frames = _told_kind(group)
    v = frames[0].view
    event = ClusterEvent(
        lemma=v.lemma,
        agent=v.agent,
        patient=v.patient,
        place=v.place,
        # Over a span, both its ends: "between 2022 and 2024", not "in 2022".
        date=span_value(chosen.frame.time.value, chosen.range) if chosen.frame.time else None,
        modality=_majority([t.frame.modality for t in frames]),  # type: ignore[arg-type]
    )
    line = frame_headline(event, [_headline_frame(t) for t in frames], names)
    if line is not None and len(line.split()) >= 3:
        return line
    # The sentences that give the entry's own time: another report's sentence may name
    # another span ("between February and April" under "January to March").
    assert chosen.frame.time is not None
    same = [t for t in group if t.frame.time and t.frame.time.value == chosen.frame.time.value]
    line = sentence_headline([texts[(t.doc, t.sentence)] for t in same or group])
    told = {t.frame.text.casefold() for t in same or group}
    # The line tells the event when its word stands in the line's first clause, not in
    # a clause after it ("Stocks fell on Monday after the bank said it would raise ...").
    if any(word in first_clause(line).casefold().split() for word in told):
        return line
    # The cut line tells another event of the sentence ("U.S. stocks fell on Tuesday"
    # for the data due on Thursday): the line starts at the entry's own event's subject
    # instead: its doer, or what a passive or a state tells of ("the airport was closed
    # on Saturday", "three guards were still missing"), else at the event word.
    sentence = texts[(chosen.doc, chosen.sentence)]
    word_at = sentence.find(chosen.frame.text)
    # What the event tells of, before its word: the subject of a passive or a state.
    subject = chosen.frame.agent or chosen.frame.patient
    at = sentence.rfind(subject.text, 0, word_at) if subject is not None and word_at > 0 else -1
    if word_at > 0 and (at <= 0 or (subject is not None and is_pronoun(subject.text))):
        # No subject before the word, or a pronoun ("it would raise rates"): from the
        # clause that holds the event ("the central bank signalled it would raise rates
        # in December", "Rustem Umerov visited Istanbul ... the stalled exchange process").
        at = clause_start(sentence, word_at)
    if at <= 0:
        if not chosen.view.verbal:
            return line  # a noun's line is its sentence's ("the last exchange was in October")
        at = word_at
    own = sentence_headline([sentence[at:]]) if at > 0 else ""
    return own if len(own.split()) >= 2 else line


def _aside_line(sentence: str, frame: EventFrame) -> str | None:
    """The line of an event told between commas right after its subject: the subject and
    the aside ("The bridge, built in 1932, was closed": "The bridge, built in 1932"), less
    the word that opens a relative one ("The dam, which burst in 2021,": "The dam burst in
    2021", ``relative_openers``); of an event told after such an aside, the subject and
    what follows the aside ("The bridge was closed on Monday"); None for an event told
    otherwise."""
    subject = frame.agent or frame.patient
    if subject is None or subject.start >= frame.start or is_pronoun(subject.text):
        return None
    # The subject where the sentence has it at its distance before the event word.
    gap = frame.start - subject.start
    at = sentence.find(subject.text)
    while at >= 0 and sentence[at + gap : at + gap + len(frame.text)] != frame.text:
        at = sentence.find(subject.text, at + 1)
    if at < 0:
        return None
    word_at = at + gap
    between = sentence[at + len(subject.text) : word_at]
    if not between.startswith(","):
        return None
    if "," in between[1:]:
        # An aside between the subject and the event: "The bridge, built in 1932, was
        # closed on Monday" is "The bridge was closed on Monday".
        after = at + len(subject.text) + between.rindex(",") + 1
        return sentence_headline([f"{subject.text} {sentence[after:].strip()}"])
    close = sentence.find(",", word_at)
    if close < 0:
        return None
    opener = between[1:].split()
    if not opener:
        told = f"{subject.text}, {sentence[word_at:close]}"  # "The bridge, built in 1932"
    elif opener[0].casefold() in relative_openers():
        start = sentence.index(opener[0], at + len(subject.text)) + len(opener[0])
        told = f"{subject.text} {sentence[start:close].strip()}"  # "The dam burst in 2021"
    else:
        return None
    return sentence_headline([told])


def _tells(
    cluster: FactCluster, group: Sequence[_Timed], texts: Mapping[tuple[int, int], str]
) -> bool:
    """Whether the cluster's line can stand for its one entry: the sentence it was cut
    from gives a time that holds the entry's ("earlier this year" holds "between May and
    July"; "between February and April" does not hold "January to March"), and is none
    when that sentence is not one of the entry's (a report's headline on the toll
    rising says nothing of the quake's day); a line made from the event holds it when
    the event's date is none or the entry's."""
    if not cluster.headline:
        return False
    chosen = _chosen(group)
    assert chosen.frame.time is not None
    head = " ".join(cluster.headline.split()).casefold()

    def cut_from(doc: int, sentence: int) -> bool:
        return head in " ".join(texts[(doc, sentence)].split()).casefold()

    cut = [t for t in group if cut_from(t.doc, t.sentence)]
    if cut:
        return any(_contains(t.range, chosen.range) or t.range == chosen.range for t in cut)
    if any(cut_from(ref.doc, ref.sentence) for ref in cluster.facts):
        return False
    event = cluster.event
    return event is None or event.date in (None, chosen.frame.time.value)


def _cluster_keys(cluster: FactCluster, timed: Sequence[_Timed]) -> set[str]:
    """The kinds of event a cluster's entries are about."""
    keys = {c.about for c in cluster.conflicts if c.kind == "date"}
    if cluster.event is not None:
        keys.add(
            next(
                (t.view.key for t in timed if t.view.lemma == cluster.event.lemma),
                cluster.event.lemma,
            )
        )
        return keys
    if keys:
        return keys
    # No shared event: the kind of event most of its reports date in their sentences.
    reports: dict[str, set[int]] = defaultdict(set)
    for t in timed:
        if t.rank == 0:
            reports[t.view.key].add(t.doc)
    if not reports:
        return set()
    key = min(reports, key=lambda k: (-len(reports[k]), k))
    return {key} if len(reports[key]) > 1 else set()


def _cluster_entries(
    documents: Sequence[Document],
    cluster: FactCluster,
    frames: Mapping[tuple[int, int], list[tuple[EventFrame, EventView]]],
    texts: Mapping[tuple[int, int], str],
    names: Mapping[str, str],
    covered: set[tuple[int, int, int]],
) -> list[TimelineEntry]:
    all_timed = [
        _Timed(ref.doc, ref.sentence, frame, view)
        for ref in cluster.facts
        for frame, view in frames.get((ref.doc, ref.sentence), [])
        if usable_time(frame, documents[ref.doc])
    ]
    keys = _cluster_keys(cluster, all_timed)
    if not keys:
        return []
    for ref in cluster.facts:
        for n, (_, view) in enumerate(frames.get((ref.doc, ref.sentence), [])):
            if view.key in keys:
                covered.add((ref.doc, ref.sentence, n))
    timed = [t for t in all_timed if t.view.key in keys]
    if not timed:
        return []
    # A plan and its outcome are two entries, never a conflict: what a report gives as
    # still to come ("will visit on Monday") against what one gives as done.
    by_when: dict[bool, list[_Timed]] = defaultdict(list)
    for t in timed:
        by_when[t.frame.when == "future"].append(t)
    # Times that do not overlap are a conflict only where the cluster's reports set the
    # same participant's event at different dates (``conflicts``); else they are events of
    # one kind at two times (past rounds of talks, the next one), each an entry.
    disputed = any(c.kind == "date" for c in cluster.conflicts)
    entries: list[TimelineEntry] = []
    parts = [_time_groups(_best(by_when[k])) for k in (False, True) if by_when[k]]
    alone = len(parts) == 1 and len(parts[0]) == 1
    for groups in parts:
        reports = {t.doc for g in groups for t in g}
        conflict = len(groups) > 1 and disputed and len(reports) > 1
        for group in groups:
            line = cluster.headline if alone and _tells(cluster, group, texts) else None
            entries.append(
                _entry(
                    group,
                    headline=line or _group_headline(group, texts, names),
                    cluster=cluster.id,
                    conflict=conflict,
                )
            )
    return entries


def _single_entries(
    documents: Sequence[Document],
    frames: Mapping[tuple[int, int], list[tuple[EventFrame, EventView]]],
    names: Mapping[str, str],
    covered: set[tuple[int, int, int]],
    dated: Mapping[tuple[int, int], list[tuple[str, str]]],
) -> list[TimelineEntry]:
    """Events one report dates in their own sentence, not among a cluster's event nor
    at a time an entry of its sentence already has."""
    # (doc, value) -> a headline's group: the headline tells again what its report's body
    # tells, an event of a kind the body's sentence has at that time ("Brannock face
    # Corlin on Wednesday" above "Brannock face Corlin on Wednesday, with ..."): one entry
    # on both sentences, told by the body's line.
    headlines: dict[tuple[int, str], list[_Timed]] = {}
    entries = []
    for d, s in sorted(frames):  # the keys alone: no list of frames is ever compared
        pairs = frames[(d, s)]
        by_value: dict[str, list[_Timed]] = defaultdict(list)
        for n, (frame, view) in enumerate(pairs):
            time = frame.time
            if (
                (d, s, n) in covered
                or time is None
                or time.source != "sentence"
                or not usable_time(frame, documents[d])
                or frame.polarity == "negative"
                or any(_overlap(time.range, r) for r in dated.get((d, s), ()))
            ):
                continue
            by_value[time.value].append(_Timed(d, s, frame, view))
        text = documents[d].sentences[s].text
        for value in sorted(by_value):
            group = by_value[value]
            if s == 0 and _a_headline(documents[d]):
                headlines[(d, value)] = group
                continue
            told = {(d, s): text}
            retold = headlines.get((d, value), ())
            if {t.view.key for t in retold} & {t.view.key for t in group}:
                group = headlines.pop((d, value)) + group
                told[(d, 0)] = documents[d].sentences[0].text
            # The body's sentence tells the line: the headline's is the short form.
            line = _group_headline([t for t in group if t.sentence == s], told, names)
            entries.append(_entry(group, headline=line, cluster=None))
    for (d, _), group in headlines.items():  # no body sentence told them again
        text = documents[d].sentences[0].text
        entries.append(
            _entry(group, headline=_group_headline(group, {(d, 0): text}, names), cluster=None)
        )
    return entries


def _a_headline(document: Document) -> bool:
    """The document's first sentence is a headline: a line of its own (more follows) with
    no final stop."""
    sentences = document.sentences
    return len(sentences) > 1 and ends_without_a_stop(sentences[0].text)


def _statement_entries(
    documents: Sequence[Document],
    mapping: dict[tuple[int, str], str],
    names: Mapping[str, str],
    dated: Mapping[tuple[int, int], list[tuple[str, str]]],
) -> list[TimelineEntry]:
    """Dated statements ("Zelensky said on Nov. 18"): one entry per speaker and day, but
    none where the statement is itself an event with an entry on that day (a speech act:
    "warned on Monday that ...") or where its sentence has an entry before that day: what
    had happened by then is listed at its own time ("The ferry sank on Saturday, police
    said on Monday": Saturday only). A plan told ("The union will strike in December, she
    said on Thursday") keeps its day of news."""
    groups: dict[tuple[str, str, str], list[tuple[int, int, str]]] = defaultdict(list)
    speakers: dict[tuple[str, str, str], str] = {}
    for d, doc in enumerate(documents):
        for fact in doc.facts:
            a = fact.attribution
            if a is None or not a.dates:
                continue
            speaker_id = mapping.get((d, a.speaker)) if a.speaker else None
            speaker = (names.get(speaker_id or "") or a.speaker_text or a.outlet or "").strip()
            if not speaker:
                continue
            if speaker[0].islower() and not is_pronoun(speaker):
                speaker = speaker[0].upper() + speaker[1:]  # "police" leads "Police: ..."
            for i in a.dates:
                date = doc.dates[i]
                if (
                    date.range is None
                    or not comparable_date(date, doc, times=True)
                    or date.value is None
                    or (
                        # The statement is an event of the timeline: "warned on Monday".
                        any(e.lemma == a.cue for e in fact.events)
                        and any(_overlap(date.range, r) for r in dated.get((d, fact.sentence), ()))
                    )
                    # It tells what had happened by then, listed at its own time ("The ferry
                    # sank on Saturday, police said on Monday"); a plan told keeps its day.
                    or any(r[1] < date.range[0] for r in dated.get((d, fact.sentence), ()))
                ):
                    continue
                key = (speaker_id or speaker.lower(), date.range[0], date.range[1])
                groups[key].append((d, fact.sentence, date.value))
                speakers.setdefault(key, speaker)
    entries = []
    for key, found in sorted(groups.items(), key=lambda kv: (kv[0][1], kv[0][2], kv[1][0])):
        facts = sorted({(d, s) for d, s, _ in found})
        value = _majority([v for _, _, v in found])
        refs = [documents[d].reference_date.value[:10] for d, _ in facts]
        when: Literal["past", "future"] = "future" if key[1] > max(refs) else "past"
        said = sentence_headline([documents[d].sentences[s].text for d, s in facts])
        entries.append(
            TimelineEntry(
                value=value,
                range=(key[1], key[2]),
                precision=precision(value),
                # The speaker leads the line unless the words already name them, or the
                # report names them only by a pronoun ("it said").
                headline=said
                if _names(said, speakers[key]) or is_pronoun(speakers[key])
                else f"{speakers[key]}: {said}",
                cluster=None,
                facts=[TimelineFact(doc=d, sentence=s) for d, s in facts],
                sources=len({d for d, _ in facts}),
                when=when,
                modality="actual",
            )
        )
    return entries


def build_timeline(
    documents: Sequence[Document],
    clusters: Sequence[FactCluster],
    mapping: dict[tuple[int, str], str],
    names: Mapping[str, str],
    *,
    events: Sequence[dict[int, list[EventView]]] | None = None,
) -> list[TimelineEntry]:
    """The brief's timeline: dated events across the reports, in chronological order.

    Args:
        documents: the brief's documents.
        clusters: its fact clusters (with their headlines).
        mapping: ``(document index, entity id)`` -> corpus entity id.
        names: corpus entity id -> its name.
        events: each document's ``event_views``, when already read (the clusters read
            them too).
    Returns:
        The entries, sorted by the first day of their range, then the last, then the
        first fact they rest on.
    """
    frames = _frames(documents, mapping, events)
    texts = {(d, f.sentence): f.text for d, doc in enumerate(documents) for f in doc.facts}
    covered: set[tuple[int, int, int]] = set()
    entries: list[TimelineEntry] = []
    for cluster in clusters:
        entries += _cluster_entries(documents, cluster, frames, texts, names, covered)
    dated: dict[tuple[int, int], list[tuple[str, str]]] = defaultdict(list)
    _mark_dated(dated, entries)
    singles = _single_entries(documents, frames, names, covered, dated)
    _mark_dated(dated, singles)
    entries += singles
    entries += _statement_entries(documents, mapping, names, dated)
    return _distinct(sorted(entries, key=entry_order))


def _mark_dated(
    dated: dict[tuple[int, int], list[tuple[str, str]]], entries: Sequence[TimelineEntry]
) -> None:
    """Note the days the entries give each of their sentences."""
    for entry in entries:
        for fact in entry.facts:
            dated[(fact.doc, fact.sentence)].append(entry.range)


def _distinct(entries: Sequence[TimelineEntry]) -> list[TimelineEntry]:
    """One entry per time, facts and line: two clusters that rest on the same sentences
    and read the same are one entry to a reader."""
    seen: set[tuple[object, ...]] = set()
    out = []
    for entry in entries:
        key = (entry.range, entry.value, tuple(entry.facts), entry.headline)
        if key not in seen:
            seen.add(key)
            out.append(entry)
    return out


def entry_order(
    entry: TimelineEntry,
) -> tuple[str, int, str, str, str, bool, tuple[int, int], str]:
    """The timeline's order: by first day, then last day, the hour within a day (a whole
    day first), done before planned, first fact.

    A time that only bounds its event (``bounds_only``) sorts by its last day, before the
    entries that start that day.
    """
    first = entry.facts[0]
    bound = bounds_only(entry.value)
    return (
        entry.range[1] if bound else entry.range[0],
        0 if bound else 1,
        entry.range[0],
        entry.range[1],
        time_of_day(entry.value),
        entry.modality != "actual",
        (first.doc, first.sentence),
        entry.headline,
    )


def _names(line: str, speaker: str) -> bool:
    """The line names the speaker by a word of its name ("Zelensky" of "Volodymyr
    Zelensky", "Halvern" of "Halvern Systems Inc."; not by "Inc." alone), or opens with
    its words ("The company reported ...")."""
    if line.casefold().startswith(speaker.casefold() + " "):
        return True
    told = set(re.findall(r"\w+", line.casefold()))
    words = [w for w in re.findall(r"\w+", speaker) if len(w) >= _NAME_WORD and w[0].isupper()]
    return any(w.casefold() in told for w in words)


# Letters of a word that can name a speaker, at least ("Inc", "Co" cannot).
_NAME_WORD = 4
