"""Input order out of the brief: the same documents in any order give the same brief.

Stories, entity merging and fact clustering take decisions in the order they meet
documents (the first name seen, the cluster a fact joins first), so a brief built in
input order changed with it (issue 36: two clusters got another event's agent or
place when the same 60 files were given reversed). The brief is therefore built over
the documents in one order that depends on them alone (``canonical_order``), and its
document indices are then mapped back to input order (``to_input_order``):
``Brief.documents`` stays in input order, as the contract says.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefx.crossdoc.timeline import entry_order
from briefx.schema import CorpusEntity, Document, FactCluster, Story, TimelineEntry


def order_key(document: Document) -> tuple[str, str]:
    """What a document is, for ``canonical_order``: its id, then its text."""
    return document.doc_id, document.text or ""


def canonical_order(documents: Sequence[Document] | Sequence[tuple[str, str]]) -> list[int]:
    """The positions of ``documents`` sorted by what they are: id, then text.

    Args:
        documents: the documents in input order, or their ``order_key``.
    Returns:
        Input positions, in the order the brief is built in (ties, the same id and
        text, keep input order: such documents are interchangeable).
    """
    keys = [d if isinstance(d, tuple) else order_key(d) for d in documents]
    return sorted(range(len(keys)), key=keys.__getitem__)


def to_input_order(
    entities: Sequence[CorpusEntity],
    clusters: Sequence[FactCluster],
    stories: Sequence[Story],
    timeline: Sequence[TimelineEntry],
    order: Sequence[int],
) -> tuple[list[CorpusEntity], list[FactCluster], list[Story], list[TimelineEntry]]:
    """Map the document indices of a brief built in ``order`` back to input positions.

    Facts, mentions, conflict values and a story's documents are then sorted by input
    position, as they are when a brief is built in input order ("the facts, in document
    order"); the timeline stays in its own order (``entry_order``).

    Args:
        entities: corpus entities whose mentions index the reordered documents.
        clusters: fact clusters whose facts and conflicts index them.
        stories: the brief's stories, whose documents index them.
        timeline: the brief's timeline entries, whose facts index them.
        order: ``canonical_order`` of the documents.
    Returns:
        The entities, clusters, stories and timeline, indexing the documents in input order.
    """
    stories = [
        x.model_copy(update={"documents": sorted(order[d] for d in x.documents)})
        for x in stories
    ]
    timeline = sorted(
        (
            e.model_copy(
                update={
                    "facts": sorted(
                        (f.model_copy(update={"doc": order[f.doc]}) for f in e.facts),
                        key=lambda f: (f.doc, f.sentence),
                    )
                }
            )
            for e in timeline
        ),
        key=entry_order,
    )
    if list(order) == list(range(len(order))):
        return list(entities), list(clusters), stories, timeline
    entities = [
        e.model_copy(
            update={
                "mentions": sorted(
                    (m.model_copy(update={"doc": order[m.doc]}) for m in e.mentions),
                    key=lambda m: (m.doc, m.entity),
                )
            }
        )
        for e in entities
    ]
    clusters = [
        c.model_copy(
            update={
                "facts": sorted(
                    (f.model_copy(update={"doc": order[f.doc]}) for f in c.facts),
                    key=lambda f: (f.doc, f.sentence),
                ),
                "conflicts": [
                    k.model_copy(
                        update={
                            "values": sorted(
                                (v.model_copy(update={"doc": order[v.doc]}) for v in k.values),
                                key=lambda v: (v.doc, v.sentence),
                            )
                        }
                    )
                    for k in c.conflicts
                ],
            }
        )
        for c in clusters
    ]
    return entities, clusters, stories, timeline
