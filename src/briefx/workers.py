"""Worker processes for ``extract_many(workers=N)``: no input lost when a worker dies.

Each worker is a process of its own, fed one task (a batch of inputs) at a time through
a pipe, so the parent always knows which inputs a dead worker was holding:

- a batch whose worker died (the kernel's OOM killer, a crash in a C extension, a
  ``kill -9``) is tried again one input at a time, each in a fresh worker;
- an input that kills a worker twice becomes an error record
  (``worker died (signal 9) while extracting this input``); the run goes on;
- results come out in input order, at most ``in_flight`` batches per worker read ahead;
- workers load the pipeline themselves (nothing relies on ``fork`` handing it over), so
  every start method works (``fork``, ``spawn``, ``forkserver``);
- workers ignore Ctrl-C (the parent ends them) and, on Linux, die with their parent
  (SIGTERM, SIGKILL): none outlives the run holding its stdout open.
"""

from __future__ import annotations

import ctypes
import multiprocessing as mp
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain, islice
from multiprocessing.connection import Connection, wait
from typing import Any, Generic, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

# Linux prctl option: the signal a process gets when its parent dies.
PR_SET_PDEATHSIG = 1
# Seconds a worker is given to end on its own before it is killed.
STOP_GRACE = 5.0


def usable_cpus() -> int:
    """The CPUs this process may run on (its affinity mask), at least 1."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # not Linux
        return max(1, os.cpu_count() or 1)


def worker_count(requested: int, batches: int, cpus: int) -> tuple[int, str | None]:
    """How many workers to start, and why fewer than asked (None when not capped).

    Never more than the batches there are to extract (a worker without a batch only
    costs a process and a model load), nor than the CPUs (spaCy is CPU-bound: more
    processes than cores only share them).

    Args:
        requested: the ``workers`` asked for.
        batches: the batches read ahead (all of them, when fewer than ``requested``).
        cpus: the CPUs this process may use.
    Returns:
        The number of workers (at least 1), and the sentence that says why it was capped.
    """
    count = max(1, min(requested, batches, cpus))
    if count >= requested:
        return count, None
    reasons = []
    if batches < requested:
        reasons.append(f"{batches} batch{'es' if batches != 1 else ''} of documents")
    if cpus < requested:
        reasons.append(f"{cpus} CPU{'s' if cpus != 1 else ''}")
    return count, f"{requested} workers asked, {count} started: " + " and ".join(reasons)


def _die_with_parent() -> None:
    """Ask Linux to send SIGTERM to this process when its parent dies (elsewhere: nothing)."""
    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        pass


def _serve(conn: Connection, task: Callable[[Any], Any], parent: int) -> None:
    """Worker: run ``task`` on each batch received; answer ``(True, results)`` or an error."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C goes to the parent, which ends us
    _die_with_parent()
    if os.getppid() != parent and parent != 0:  # the parent died before the request held
        return
    while True:
        try:
            batch = conn.recv()
        except (EOFError, OSError):
            return
        if batch is None:
            return
        try:
            answer: tuple[bool, Any] = (True, task(batch))
        except Exception as exc:  # a failure the task did not contain: the parent decides
            answer = (False, f"{type(exc).__name__}: {exc}"[:300])
        conn.send(answer)


@dataclass
class _Slot(Generic[Item, Result]):
    """One batch read: its inputs and, as they come back, their results."""

    items: list[Item]
    results: list[Result | None] = field(default_factory=list)
    missing: int = 0

    def __post_init__(self) -> None:
        self.results = [None] * len(self.items)
        self.missing = len(self.items)


@dataclass(frozen=True)
class _Task:
    slot: int
    indices: tuple[int, ...]
    second_try: bool = False


class _Worker:
    def __init__(self, ctx: Any, task: Callable[[Any], Any]) -> None:
        self.conn, child = ctx.Pipe()
        # Under fork the worker's parent is this process; under forkserver it is the server.
        parent = os.getpid() if ctx.get_start_method() == "fork" else 0
        self.proc = ctx.Process(target=_serve, args=(child, task, parent), daemon=True)
        self.proc.start()
        child.close()
        self.task: _Task | None = None

    def death(self) -> str:
        """Wait for the dead process and say how it ended."""
        self.proc.join(STOP_GRACE)
        code = self.proc.exitcode
        self.conn.close()
        if code is not None and code < 0:
            return f"worker died (signal {-code}) while extracting this input"
        return f"worker died (exit code {code}) while extracting this input"

    def stop(self, *, now: bool) -> None:
        if not now and self.task is None and self.proc.is_alive():
            try:
                self.conn.send(None)
            except OSError:
                pass
        else:
            self.proc.terminate()
        self.proc.join(STOP_GRACE)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()
        self.conn.close()


def run_in_workers(
    batches: Iterable[list[Item]],
    task: Callable[[list[Item]], list[Result]],
    failed: Callable[[Item, str], Result],
    *,
    workers: int,
    in_flight: int = 2,
    notice: Callable[[str], None] | None = None,
) -> Iterator[Result]:
    """Run ``task`` on each batch in worker processes; yield the results in input order.

    Args:
        batches: the inputs, in batches (read lazily, at most ``in_flight`` per worker
            ahead of what has been yielded).
        task: a picklable function from a batch to one result per input, run in a worker.
        failed: the result that stands for an input whose worker died twice, or whose task
            raised when run on it alone (given the input and the sentence why).
        workers: processes asked for; capped by ``worker_count``.
        in_flight: batches per worker read ahead.
        notice: told, once, why fewer workers were started than asked.
    Yields:
        One result per input, in input order.
    """
    stream = iter(batches)
    head = list(islice(stream, workers))
    count, why = worker_count(workers, len(head), usable_cpus())
    if why and notice is not None:
        notice(why)
    if not head:
        return
    ctx = mp.get_context()
    slots: dict[int, _Slot[Item, Result]] = {}
    queue: deque[_Task] = deque()  # tasks waiting for a worker; retries go first
    idle: list[_Worker] = []
    busy: list[_Worker] = []
    source = enumerate(chain(head, stream))
    next_out, exhausted = 0, False
    try:
        while True:
            # Read ahead while the window has room.
            while not exhausted and len(slots) < in_flight * count:
                got = next(source, None)
                if got is None:
                    exhausted = True
                    break
                k, batch = got
                slots[k] = _Slot(batch)
                queue.append(_Task(k, tuple(range(len(batch)))))
            # Yield what is complete, in order.
            while next_out in slots and slots[next_out].missing == 0:
                done = slots.pop(next_out)
                next_out += 1
                yield from (r for r in done.results if r is not None)
            if exhausted and not slots:
                return
            # Hand out tasks.
            while queue and len(busy) < count:
                worker = idle.pop() if idle else _Worker(ctx, task)
                job = queue.popleft()
                items = [slots[job.slot].items[i] for i in job.indices]
                try:
                    worker.conn.send(items)
                except OSError:  # died while idle: a fresh one takes the task
                    worker.stop(now=True)
                    queue.appendleft(job)
                    continue
                worker.task = job
                busy.append(worker)
            if not busy:
                continue
            ready = wait([w.conn for w in busy] + [w.proc.sentinel for w in busy])
            for worker in list(busy):
                if worker.conn not in ready and worker.proc.sentinel not in ready:
                    continue
                done_task = worker.task
                assert done_task is not None
                busy.remove(worker)
                worker.task = None
                if _settle(worker, done_task, slots[done_task.slot], queue, failed):
                    idle.append(worker)
    finally:
        for worker in idle:
            worker.stop(now=False)
        for worker in busy:
            worker.stop(now=True)


def _settle(
    worker: _Worker,
    task: _Task,
    slot: _Slot[Item, Result],
    queue: deque[_Task],
    failed: Callable[[Item, str], Result],
) -> bool:
    """Take a finished task's answer into its slot, or plan what to try after a failure.

    A batch that failed is tried again one input at a time; an input alone that failed
    is tried once more, then becomes ``failed(item, reason)``.

    Returns:
        Whether the worker is alive and can take another task.
    """
    answer = _receive(worker)
    if answer is not None and answer[0]:
        for i, result in zip(task.indices, answer[1], strict=True):
            slot.results[i] = result
        slot.missing -= len(task.indices)
        return True
    reason = worker.death() if answer is None else str(answer[1])
    if len(task.indices) > 1:
        queue.extendleft(_Task(task.slot, (i,), True) for i in reversed(task.indices))
    elif not task.second_try:
        queue.appendleft(_Task(task.slot, task.indices, True))
    else:
        i = task.indices[0]
        slot.results[i] = failed(slot.items[i], reason)
        slot.missing -= 1
    return answer is not None


def _receive(worker: _Worker) -> tuple[bool, Any] | None:
    """The worker's answer, or None when it died before giving one."""
    try:
        if worker.conn.poll():
            answer: tuple[bool, Any] = worker.conn.recv()
            return answer
    except (EOFError, OSError):
        return None
    return None
