"""Python's cyclic garbage collector paused while a brief's own parts are built.

Building a brief's clusters, stories and timeline over a thousand documents makes
millions of small objects (views, pairs, scores) that live until the brief is done and
form no reference cycles. Each of them counts towards the collector's next pass, and its
full passes walk every object alive, the documents kept included: about a quarter of
the time of ``BriefBuilder.finish`` on 1,024 news documents went to passes that found
nothing to free (``benchmarks/brief_stream.py``). Reference counting still frees every
object as usual; only the search for cycles waits until the block ends.

While the documents come, the ones kept for the end are set aside in the same spirit
(``KeptAside``): every so many documents one collection frees whatever cyclic garbage
there is, and what is left alive is frozen (``gc.freeze``), so that the collector's
later full passes no longer walk the documents already kept (about 1.5 s of passes over
1,024 news documents that found nothing to free).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

KEPT_BATCH = 64
"""Documents kept between two collect-and-freeze steps: a step walks only what was made
since the last one, so the steps together cost a few passes over the kept documents."""


@contextmanager
def collector_paused() -> Iterator[None]:
    """While the block runs, no cyclic garbage collection (the caller's setting is
    restored after, on an error too; a collector already off stays off)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


class KeptAside:
    """Objects kept until the end of a long run, set aside from the collector's passes.

    Call ``kept`` once for each document kept; every ``batch`` calls, one full
    collection frees the cyclic garbage there is, then what is alive is frozen
    (``gc.freeze``), the kept documents with it. ``release`` (at the end of the run)
    gives the frozen objects back to the collector (``gc.unfreeze``). Nothing is done
    when the collector is off or when the process already froze objects of its own
    (a caller that freezes, as a pre-forking server does, keeps its own arrangement).
    Frozen objects are still freed by reference counting; only garbage cycles made
    after a step and before the next one wait for ``release`` to be found.
    """

    def __init__(self, batch: int | None = None) -> None:
        batch = KEPT_BATCH if batch is None else batch
        if batch < 1:
            raise ValueError(f"batch must be at least 1, not {batch}")
        self.batch = batch
        self._count = 0
        self._froze = False
        self._ours = gc.isenabled() and gc.get_freeze_count() == 0

    def kept(self) -> None:
        """One more object kept: on every ``batch``-th, collect, then freeze."""
        if not self._ours:
            return
        self._count += 1
        if self._count % self.batch == 0 and gc.isenabled():
            gc.collect()
            gc.freeze()
            self._froze = True

    def release(self) -> None:
        """Give what was frozen back to the collector (once; later calls do nothing)."""
        if self._froze:
            gc.unfreeze()
            self._froze = False
