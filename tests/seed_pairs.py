"""Same-event sentence pairs of the two seed reports, judged by hand.

Every pair of a sentence of ``000_e2240c5e00b7e2d5`` (doc 0) and one of
``002_5d775d14f0e02cd4`` (doc 1) was read. ``SAME``: both report one real-world event
(or one quotation). ``EITHER``: they overlap in part (one names the event the other
reports only in passing, or calls the same talks by another description), so a brief may
link them or not. Every other pair reports different events.
"""

from __future__ import annotations

from collections.abc import Iterable

SAME = {
    (0, 0),  # the visit to Türkiye on Nov. 19 (headline of doc 1)
    (0, 1),  # the visit to Türkiye on Nov. 19
    (2, 3),  # one quotation: reinvigorate negotiations, solutions
    (4, 4),  # one quotation: the end of the war, top priority
    (3, 10),  # restoring prisoner-of-war exchanges
    (7, 5),  # Witkoff visits Türkiye and joins the talks
    (9, 7),  # no Russian representative in Türkiye
    (10, 7),  # "for now, these contacts ..." (one quotation)
    (11, 8),  # waiting for what will be discussed in Istanbul
    (8, 7),  # Russia sends nobody to Türkiye
    (1, 14),  # the Istanbul rounds earlier this year
    (12, 14),  # the Istanbul talks and the exchanges they produced
    (15, 19),  # Moscow demands that Ukraine cede territory
}
EITHER = {
    (1, 2),  # the Istanbul rounds, as "the last direct negotiations"
    (12, 2),  # the same talks, May to July / four months ago
    (1, 15),  # the talks brought no ceasefire
    (1, 19),  # Moscow rejecting a ceasefire / the proposal
    (0, 9),  # Zelensky's visit, named in passing
    (8, 9),  # Russian presence at the visit
    (2, 1),  # reinvigorating negotiations (the visit's aim)
    (7, 0),  # the talks in Türkiye Witkoff joins, and Zelensky's visit for them
    (7, 1),  # the talks in Türkiye Witkoff joins, and Zelensky's visit for them
    (8, 0),  # Zelensky's visit, named in passing
    (8, 1),  # Zelensky's visit, named in passing
    (0, 2),  # reinvigorating negotiations (the visit's aim)
    (6, 0),  # talks in Türkiye during the visit
    (6, 1),  # talks in Türkiye during the visit
    (5, 1),  # meeting Erdogan during the visit
    (5, 0),  # meeting Erdogan during the visit
    (3, 14),  # prisoner exchanges
}


def linked_pairs(clusters: Iterable[Iterable[tuple[int, int]]]) -> set[tuple[int, int]]:
    """The (doc 0 sentence, doc 1 sentence) pairs that share a cluster."""
    found = set()
    for facts in clusters:
        facts = list(facts)
        for d0, s0 in facts:
            for d1, s1 in facts:
                if d0 == 0 and d1 == 1:
                    found.add((s0, s1))
    return found


def precision_recall(linked: set[tuple[int, int]]) -> tuple[float, float]:
    """Precision and recall of the linked pairs against SAME (EITHER pairs are not counted)."""
    judged = linked - EITHER
    right = len(judged & SAME)
    precision = right / len(judged) if judged else 1.0
    return precision, len(linked & SAME) / len(SAME)
