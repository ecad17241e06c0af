"""The model's matrix products on numpy's own BLAS, one thread per process.

thinc multiplies the model's matrices with blis by default (``NumpyOps``). numpy's
wheels come with OpenBLAS (conda's with MKL), which does the same float32 products
several times faster on a recent x86 processor: on this project's 2-core machine a
1,000x288 by 288x96 product takes a third of blis's time, and the small English
model runs news text 25-30% faster (``benchmarks/throughput.py --cli``). The tags,
parses and entities were the same on 70,000 words of news either way
(``tests/test_blas.py`` compares them on the seeds).

Both libraries add their rounding in their own order, so the switch is made only where
numpy's BLAS is one of those known to be fast (``FAST_BLAS``); with any other (a
reference BLAS, none found) the model keeps blis.

OpenBLAS starts a thread per core and spins them while it waits: on two cores, wall
time gained 5% and CPU time doubled. briefx runs the model with one BLAS thread
(``one_blas_thread``) and gets its parallelism from its worker processes; the limit
holds only while briefx runs the model, so a caller's own numpy work keeps its threads.
"""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from functools import cache

from thinc.api import use_ops
from threadpoolctl import ThreadpoolController

# numpy BLAS implementations (threadpoolctl's ``internal_api``) faster than blis.
FAST_BLAS = frozenset({"openblas", "mkl"})


@cache
def _controller() -> ThreadpoolController:
    """The BLAS libraries loaded in this process (numpy's among them), found once."""
    return ThreadpoolController()


@cache
def numpy_blas() -> str | None:
    """The fast BLAS numpy was built with (``"openblas"``, ``"mkl"``), else None."""
    for pool in _controller().info():
        if pool.get("user_api") == "blas" and pool.get("internal_api") in FAST_BLAS:
            return str(pool["internal_api"])
    return None


def model_ops() -> AbstractContextManager[object]:
    """Where a model is built: its layers multiply with numpy's BLAS when that is fast
    (thinc's ``NumpyOps(use_blis=False)``), else with thinc's default."""
    if numpy_blas() is None:
        return nullcontext()
    return use_ops("numpy", use_blis=False)


def one_blas_thread() -> AbstractContextManager[object]:
    """While a model runs: numpy's BLAS on one thread (restored afterwards)."""
    if numpy_blas() is None:
        return nullcontext()
    return _controller().limit(limits=1, user_api="blas")
