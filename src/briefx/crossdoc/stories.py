"""Stories: the documents of a brief that report one news event (one earthquake, one launch).

A brief often mixes stories: two earthquakes a year apart, this quarter's results and last
year's. Two reports of one story share rare words, names, figures and days ("Kefalonia",
"a magnitude of 5.8", the corpus entity of the company); two stories of one topic mostly
share common ones ("earthquake", "magnitude"). Each document becomes a tf-idf vector of
its content words (spaCy's English stop words left out), corpus entities, counted
quantities and calendar dates; documents are grouped by average-link clustering on cosine
similarity: two groups merge while the mean similarity of their documents is at least
``STORY_SIMILARITY``. Two documents whose publication dates were both given and lie more
than ``STORY_DAYS`` apart are never in one story.

Similarities are summed term by term, leaving out terms held by more than
``MAX_TERM_DOCUMENTS`` documents, so the work grows with the documents, not with their
square, on a corpus of thousands of reports (and is exact on a brief of fewer).
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
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
_WORD = re.compile(r"[^\W\d_][\w'’-]*[^\W_]")


@cache
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def _terms(document: Document, d: int, mapping: dict[tuple[int, str], str]) -> Counter[str]:
    """Content words (lower case) and corpus entities of one document, with their counts."""
    stop = _stop_words()
    counts: Counter[str] = Counter()
    for sentence in document.sentences:
        for word in _WORD.findall(sentence.text.lower()):
            if word not in stop:
                counts[f"w:{word}"] += 1
    for entity in document.entities:
        counts[f"e:{mapping[(d, entity.id)]}"] += len(entity.mentions)
    # Figures and days: reports of one event give the same ones ("31 million pounds").
    for quantity in document.quantities:
        counts[f"q:{quantity.unit_lemma}:{quantity.low}:{quantity.high}"] += 1
    for date in document.dates:
        if date.type == "DATE" and date.value and date.value[:1].isdigit():
            counts[f"d:{date.value}"] += 1
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
    postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for d, vector in enumerate(vectors):
        for term, weight in vector.items():
            postings[term].append((d, weight))
    sums: dict[tuple[int, int], float] = defaultdict(float)
    for term in sorted(postings):
        held = postings[term]
        if len(held) > MAX_TERM_DOCUMENTS:
            continue
        for n, (a, wa) in enumerate(held):
            for b, wb in held[n + 1 :]:
                sums[(a, b)] += wa * wb
    dates = [_published(doc) for doc in documents]
    return {
        (a, b): s
        for (a, b), s in sorted(sums.items())
        if dates[a] is None or dates[b] is None or abs((dates[a] - dates[b]).days) <= STORY_DAYS
    }


def group_stories(documents: Sequence[Document], mapping: dict[tuple[int, str], str]) -> list[int]:
    """Give each document the number of its story (stories numbered by first document).

    Args:
        documents: the brief's documents, e.g. six reports of a flood and four of a fire.
        mapping: ``(document index, entity id)`` -> corpus entity id.
    Returns:
        One story number per document: the six flood reports share one, the fire
        reports another.
    """
    members: dict[int, list[int]] = {d: [d] for d in range(len(documents))}
    # Sum of the similarities between the documents of two groups, keyed by group ids
    # (a group's id is its first document).
    sums: dict[int, dict[int, float]] = defaultdict(dict)
    for (a, b), s in similarities(documents, mapping).items():
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
    story = [0] * len(documents)
    for n, first in enumerate(sorted(members)):
        for d in members[first]:
            story[d] = n
    return story


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
