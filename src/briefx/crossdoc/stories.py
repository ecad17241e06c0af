"""Stories: the documents of a brief that report one news event (one earthquake, one launch).

A brief often mixes stories: two earthquakes a year apart, this quarter's results and last
year's. Two reports of one story share rare words, names, figures and days ("Kefalonia",
"a magnitude of 5.8", the corpus entity of the company); two stories of one topic mostly
share common ones ("earthquake", "magnitude"). Each document becomes a tf-idf vector of
its content words (spaCy's English stop words left out), corpus entities, counted
quantities and calendar dates; documents are grouped by average-link clustering on cosine
similarity: two groups merge while the mean similarity of their documents is at least
``STORY_SIMILARITY``. Two documents whose publication dates were both given and lie more
than ``STORY_DAYS`` apart are never in one story, nor two that share no term but a day
(its date or its weekday: a day's news all tells "on Wednesday").

Similarities are summed term by term, leaving out terms held by more than
``MAX_TERM_DOCUMENTS`` documents, so the work grows with the documents, not with their
square, on a corpus of thousands of reports (and is exact on a brief of fewer). When
terms were left out, a second pass joins the groups the first one made, one after the
other, to the story whose mean similarity with them, over every term, is highest and at
least ``STORY_SIMILARITY``: 800 reports of one event, which share only terms too common
for the first pass, are one story. The mean similarity of two groups is the dot product
of their summed vectors over the product of their sizes (the same mean average-link
takes), and a group is set against at most ``FOLLOW_TERMS`` x ``FOLLOW_STORIES``
stories, so that pass is linear in the documents too.
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from functools import cache

from briefx.crossdoc.headlines import sentence_headline
from briefx.schema import Document, FactCluster, Story

# Mean cosine similarity at which two groups of documents are one story. Reports of one
# event share their rare words; two events of one topic share only the topic's words.
STORY_SIMILARITY = 0.05
# Follow-up reports of a story come within days; two dated reports further apart than
# this are two stories even when they share every name.
STORY_DAYS = 14
# A term held by more documents than this is left out of similarities: on a brief of
# fewer documents they are exact; on a large corpus the commonest terms, which weigh
# least, are what would make the work grow with the square of the documents.
MAX_TERM_DOCUMENTS = 50
# The second pass sets a group against the stories that last took each of its
# ``FOLLOW_TERMS`` heaviest left-out terms, at most ``FOLLOW_STORIES`` per term. A story
# takes every left-out term of the groups it takes, not only their heaviest: two reports
# of one event that share a hundred common words seldom share their ten heaviest, and
# 200 reports of one event made four stories when only those were followed (issue 37).
FOLLOW_TERMS = 10
FOLLOW_STORIES = 4
# The prefix of a calendar date's term ("d:2026-03-25").
_DAY_TERM = "d:"
_WORD = re.compile(r"[^\W\d_][\w'’-]*[^\W_]")


@cache
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


@cache
def _day_terms() -> frozenset[str]:
    """The terms of the weekdays' names ("w:wednesday"; ``models/dates`` lexicon): like a
    calendar date's term, a day alone makes no story."""
    from briefx.dates.lexicon import lexicon

    return frozenset(f"w:{w}" for w in lexicon().weekdays if w.endswith("day"))


def _terms(document: Document, d: int, mapping: dict[tuple[int, str], str]) -> Counter[str]:
    """Content words (lower case) and corpus entities of one document, with their counts."""
    stop = _stop_words()
    counts: Counter[str] = Counter()
    for sentence in document.sentences:
        counts.update(f"w:{w}" for w in _WORD.findall(sentence.text.lower()) if w not in stop)
    for entity in document.entities:
        counts[f"e:{mapping[(d, entity.id)]}"] += len(entity.mentions)
    # Figures and days: reports of one event give the same ones ("31 million pounds").
    for quantity in document.quantities:
        counts[f"q:{quantity.unit_lemma}:{quantity.low}:{quantity.high}"] += 1
    for date in document.dates:
        if date.type == "DATE" and date.value and date.value[:1].isdigit():
            counts[f"{_DAY_TERM}{date.value}"] += 1
    return counts


def _vectors(counts: Sequence[Counter[str]]) -> list[dict[str, float]]:
    """Unit tf-idf vectors (sublinear counts, smoothed idf); terms of one document dropped
    after normalising, as they add nothing to any similarity."""
    df: Counter[str] = Counter(term for c in counts for term in c)
    n = len(counts)
    vectors = []
    for c in counts:
        weights = {t: (1 + math.log(x)) * math.log((n + 1) / df[t]) for t, x in c.items()}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        vectors.append({t: w / norm for t, w in weights.items() if df[t] > 1})
    return vectors


def _published(document: Document) -> dt.date | None:
    if document.reference_date.origin == "default-today":
        return None
    try:
        return dt.date.fromisoformat(document.reference_date.value[:10])
    except ValueError:
        return None


def similarities(
    documents: Sequence[Document], mapping: dict[tuple[int, str], str]
) -> dict[tuple[int, int], float]:
    """Cosine similarity of the pairs of documents that may be one story (i < j).

    Summed term by term over each term's documents, leaving out the terms held by more
    than ``MAX_TERM_DOCUMENTS`` documents: exact on a brief of fewer documents, and on
    a large corpus a slight underestimate that keeps the work linear.
    """
    vectors = _vectors([_terms(doc, d, mapping) for d, doc in enumerate(documents)])
    return _pair_sums(vectors, [_published(doc) for doc in documents])


def _pair_sums(
    vectors: Sequence[dict[str, float]], dates: Sequence[dt.date | None]
) -> dict[tuple[int, int], float]:
    postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for d, vector in enumerate(vectors):
        for term, weight in vector.items():
            postings[term].append((d, weight))
    # A pair (a, b) is keyed a * n + b while summing: an int hashes faster than a tuple,
    # and the sums are added in the same order (the same floats).
    n_docs = len(vectors)
    sums: dict[int, float] = defaultdict(float)
    # The pairs that share a term besides a day: a day alone is no story (two reports of
    # a day's news both tell "on Wednesday").
    beyond_a_day: set[int] = set()
    days = _day_terms()
    for term in sorted(postings):
        held = postings[term]
        if len(held) > MAX_TERM_DOCUMENTS:
            continue
        day = term.startswith(_DAY_TERM) or term in days
        for n, (a, wa) in enumerate(held):
            row = a * n_docs
            for b, wb in held[n + 1 :]:
                sums[row + b] += wa * wb
                if not day:
                    beyond_a_day.add(row + b)
    pairs = ((divmod(key, n_docs), s) for key, s in sorted(sums.items()) if key in beyond_a_day)
    return {(a, b): s for (a, b), s in pairs if _days_apart(dates[a], dates[b]) <= STORY_DAYS}


def _days_apart(a: dt.date | None, b: dt.date | None) -> int:
    """Days between two publication dates; 0 when either is unknown (never kept apart)."""
    return 0 if a is None or b is None else abs((a - b).days)


def group_stories(documents: Sequence[Document], mapping: dict[tuple[int, str], str]) -> list[int]:
    """Give each document the number of its story (stories numbered by first document).

    Args:
        documents: the brief's documents, e.g. six reports of a flood and four of a fire.
        mapping: ``(document index, entity id)`` -> corpus entity id.
    Returns:
        One story number per document: the six flood reports share one, the fire
        reports another.
    """
    vectors = _vectors([_terms(doc, d, mapping) for d, doc in enumerate(documents)])
    dates = [_published(doc) for doc in documents]
    members = _average_link(_pair_sums(vectors, dates), len(documents))
    if _left_out(vectors):
        members = _join_groups(members, vectors, dates)
    story = [0] * len(documents)
    for n, first in enumerate(sorted(members)):
        for d in members[first]:
            story[d] = n
    return story


def _left_out(vectors: Sequence[dict[str, float]]) -> frozenset[str]:
    """The terms the first pass leaves out (held by more than ``MAX_TERM_DOCUMENTS``)."""
    df: Counter[str] = Counter(term for vector in vectors for term in vector)
    return frozenset(term for term, n in df.items() if n > MAX_TERM_DOCUMENTS)


def _average_link(
    pair_sums: dict[tuple[int, int], float], n_documents: int
) -> dict[int, list[int]]:
    """Average-link groups (keyed by their first document) from the pairs' similarities."""
    members: dict[int, list[int]] = {d: [d] for d in range(n_documents)}
    # Sum of the similarities between the documents of two groups, keyed by group ids
    # (a group's id is its first document).
    sums: dict[int, dict[int, float]] = defaultdict(dict)
    for (a, b), s in pair_sums.items():
        if s > 0:
            sums[a][b] = sums[b][a] = s
    heap = [(-s, a, b) for a in sums for b, s in sums[a].items() if a < b]
    heapq.heapify(heap)
    while heap:
        neg, a, b = heapq.heappop(heap)
        if a not in members or b not in members or b not in sums[a]:
            continue
        mean = sums[a][b] / (len(members[a]) * len(members[b]))
        if -neg != mean:  # a stale entry: the groups have grown since
            continue
        if mean < STORY_SIMILARITY:
            break
        # Merge b into a; the new group's sums are the two groups' sums added.
        members[a] += members.pop(b)
        for c, s in sums.pop(b).items():
            del sums[c][b]
            if c != a:
                sums[a][c] = sums[c][a] = sums[a].get(c, 0.0) + s
        sums[a].pop(b, None)
        for c, s in sums[a].items():
            lo, hi = min(a, c), max(a, c)
            heapq.heappush(heap, (-s / (len(members[a]) * len(members[c])), lo, hi))
    return members


def _join_groups(
    members: dict[int, list[int]],
    vectors: Sequence[dict[str, float]],
    dates: Sequence[dt.date | None],
) -> dict[int, list[int]]:
    """Second pass: join the first pass's groups, in order, into stories over every term.

    Each group goes to the candidate story with the highest mean similarity, if at least
    ``STORY_SIMILARITY`` and no two dated reports of the two lie more than ``STORY_DAYS``
    apart; else it starts a story. Candidates are the stories that last took one of the
    group's heaviest left-out terms.
    """
    left_out = _left_out(vectors)
    stories: list[list[int]] = []
    sums: list[dict[str, float]] = []
    spans: list[tuple[dt.date, dt.date] | None] = []
    takers: dict[str, list[int]] = defaultdict(list)
    # The largest groups first: a story forms around its strongest core, and smaller
    # groups and single reports join it.
    for first in sorted(members, key=lambda m: (-len(members[m]), m)):
        group = members[first]
        total: dict[str, float] = defaultdict(float)
        for d in group:
            for term, weight in vectors[d].items():
                total[term] += weight
        span = _span(dates[d] for d in group)
        heavy = sorted((t for t in total if t in left_out), key=lambda t: (-total[t], t))
        candidates = sorted({k for t in heavy[:FOLLOW_TERMS] for k in takers[t]})
        best, best_mean = -1, STORY_SIMILARITY
        for k in candidates:
            if not _within_days(spans[k], span):
                continue
            story_sum = sums[k]
            dot = sum(w * story_sum.get(t, 0.0) for t, w in total.items())
            mean = dot / (len(stories[k]) * len(group))
            if mean >= best_mean:
                best, best_mean = k, mean
        if best < 0:
            best = len(stories)
            stories.append([])
            sums.append(defaultdict(float))
            spans.append(None)
        stories[best] += group
        for term, weight in total.items():
            sums[best][term] += weight
        spans[best] = _join_spans(spans[best], span)
        for term in heavy:
            held = takers[term]
            if best not in held:
                held.append(best)
                del held[:-FOLLOW_STORIES]
    return {min(story): sorted(story) for story in stories}


def _span(days: Iterable[dt.date | None]) -> tuple[dt.date, dt.date] | None:
    known = [d for d in days if d is not None]
    return (min(known), max(known)) if known else None


def _join_spans(
    a: tuple[dt.date, dt.date] | None, b: tuple[dt.date, dt.date] | None
) -> tuple[dt.date, dt.date] | None:
    if a is None or b is None:
        return a or b
    return min(a[0], b[0]), max(a[1], b[1])


def _within_days(a: tuple[dt.date, dt.date] | None, b: tuple[dt.date, dt.date] | None) -> bool:
    """No dated report of one lies more than ``STORY_DAYS`` from one of the other."""
    if a is None or b is None:
        return True
    joined = _join_spans(a, b)
    assert joined is not None
    return (joined[1] - joined[0]).days <= STORY_DAYS


def make_stories(
    documents: Sequence[Document], story: Sequence[int], clusters: Sequence[FactCluster]
) -> list[Story]:
    """The brief's stories: documents, dates of publication, headline, clusters.

    Args:
        documents: the brief's documents.
        story: the story number of each document (``group_stories``).
        clusters: the brief's fact clusters (a cluster never spans two stories).
    Returns:
        The stories, the one with the most reports first (then by first document).
    """
    members: dict[int, list[int]] = defaultdict(list)
    for d, n in enumerate(story):
        members[n].append(d)
    of_story: dict[int, list[FactCluster]] = defaultdict(list)
    for cluster in clusters:
        of_story[story[cluster.facts[0].doc]].append(cluster)
    order = sorted(members, key=lambda n: (-len(members[n]), members[n][0]))
    stories = []
    for k, n in enumerate(order, start=1):
        docs = members[n]
        days = sorted(
            documents[d].reference_date.value[:10]
            for d in docs
            if documents[d].reference_date.origin != "default-today"
        )
        own = of_story[n]
        if own:
            top = min(own, key=lambda c: (-c.sources, -len(c.facts), int(c.id[1:])))
            headline = top.headline or sentence_headline(
                [documents[top.facts[0].doc].sentences[top.facts[0].sentence].text]
            )
        else:
            first = documents[docs[0]].sentences
            headline = sentence_headline([first[0].text]) if first else documents[docs[0]].doc_id
        stories.append(
            Story(
                id=f"s{k}",
                documents=docs,
                first=days[0] if days else None,
                last=days[-1] if days else None,
                headline=headline,
                clusters=[c.id for c in own],
            )
        )
    return stories
