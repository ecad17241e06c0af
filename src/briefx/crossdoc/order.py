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

from briefx.schema import CorpusEntity, Document, FactCluster


def canonical_order(documents: Sequence[Document]) -> list[int]:
    """The positions of ``documents`` sorted by what they are: id, then text.

    Args:
        documents: the documents in input order.
    Returns:
        Input positions, in the order the brief is built in (ties, the same id and
        text, keep input order: such documents are interchangeable).
    """
    return sorted(range(len(documents)), key=lambda i: (documents[i].doc_id, documents[i].text))


def to_input_order(
    entities: Sequence[CorpusEntity], clusters: Sequence[FactCluster], order: Sequence[int]
) -> tuple[list[CorpusEntity], list[FactCluster]]:
    """Map the document indices of a brief built in ``order`` back to input positions.

    Facts, mentions and conflict values are then sorted by input position, as they are
    when a brief is built in input order ("the facts, in document order").

    Args:
        entities: corpus entities whose mentions index the reordered documents.
        clusters: fact clusters whose facts and conflicts index them.
        order: ``canonical_order`` of the documents.
    Returns:
        The entities and clusters, indexing the documents in input order.
    """
    if list(order) == list(range(len(order))):
        return list(entities), list(clusters)
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
    return entities, clusters
