"""Python's cyclic garbage collector paused while a brief's own parts are built.

Building a brief's clusters, stories and timeline over a thousand documents makes
millions of small objects (views, pairs, scores) that live until the brief is done and
form no reference cycles. Each of them counts towards the collector's next pass, and its
full passes walk every object alive, the documents kept included: about a quarter of
the time of ``BriefBuilder.finish`` on 1,024 news documents went to passes that found
nothing to free (``benchmarks/brief_stream.py``). Reference counting still frees every
object as usual; only the search for cycles waits until the block ends.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


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
