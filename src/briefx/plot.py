"""A timeline of the dates of one document or of every document of a brief (matplotlib).

matplotlib is an optional extra (``pip install "briefx[plot]"``), imported only when a
plot is drawn.
"""

from __future__ import annotations

import datetime as dt
from types import ModuleType
from typing import TYPE_CHECKING

from briefx.schema import Brief, DateMention, Document
from briefx.tables import import_extra

if TYPE_CHECKING:
    from matplotlib.axes import Axes

# Artists of the plot carry these gids, so they can be found (and counted) afterwards.
DATE_GID = "briefx-date"
REFERENCE_GID = "briefx-reference"
_LANE = 0.16  # vertical step between overlapping bars of one document


def _days(date: DateMention) -> tuple[dt.date, dt.date] | None:
    if date.range is None:
        return None
    try:
        return dt.date.fromisoformat(date.range[0]), dt.date.fromisoformat(date.range[1])
    except ValueError:
        return None


def _lane(ends: list[float], start: float, end: float) -> int:
    """The first lane free at ``start`` (bars that overlap in time go to new lanes)."""
    for n, last in enumerate(ends):
        if last <= start:
            ends[n] = end
            return n
    ends.append(end)
    return len(ends) - 1


def _draw_document(ax: Axes, doc: Document, y0: float, mdates: ModuleType) -> float:
    """Draw one document's dates from height ``y0`` down; return the height used."""
    lanes: list[float] = []
    points: dict[float, list[str]] = {}
    for date in doc.dates:
        days = _days(date)
        if days is None:
            continue
        x0 = float(mdates.date2num(days[0]))
        x1 = float(mdates.date2num(days[1] + dt.timedelta(days=1)))
        if days[0] == days[1]:
            ax.plot([x0 + 0.5], [y0], "o", color="C0", gid=DATE_GID)
            points.setdefault(x0 + 0.5, []).append(date.text)
            continue
        y = y0 + 0.35 + _LANE * _lane(lanes, x0, x1)
        bars = ax.barh(y, x1 - x0, left=x0, height=_LANE * 0.8, color="C1", alpha=0.6)
        for patch in bars.patches:
            patch.set_gid(DATE_GID)
        ax.annotate(
            date.text, (x0, y), xytext=(2, 0), textcoords="offset points", va="center", fontsize=7
        )
    # Labels of days close together are stacked upwards so they do not overlap.
    last, step = None, 0
    for x in sorted(points):
        texts = points[x]
        step = step + 1 if last is not None and x - last < 12 else 0
        last = x
        label = ", ".join(dict.fromkeys(texts)) + (f" ×{len(texts)}" if len(texts) > 1 else "")
        ax.annotate(
            label,
            (x, y0),
            xytext=(0, 7 + 9 * step),
            textcoords="offset points",
            ha="right" if step % 2 else "left",
            fontsize=7,
        )
    return 0.35 + _LANE * len(lanes)


def timeline(brief_or_doc: Brief | Document, ax: Axes | None = None) -> Axes:
    """Plot every date that covers calendar days on a time axis, one row per document.

    A single day is a marker, a longer range (a month, "early October") a bar; each is
    labelled with the date as written, and each document's reference date is a dashed line.

    Args:
        brief_or_doc: a ``Brief`` (one row per document) or a ``Document``.
        ax: the matplotlib Axes to draw on; a new figure when None.
    Returns:
        The Axes drawn on.
    Raises:
        MissingExtraError: matplotlib is not installed (``pip install "briefx[plot]"``).
    """
    import_extra("matplotlib", "plot")
    mdates = import_extra("matplotlib.dates", "plot")
    docs = brief_or_doc.documents if isinstance(brief_or_doc, Brief) else [brief_or_doc]
    if ax is None:
        plt = import_extra("matplotlib.pyplot", "plot")
        _, ax = plt.subplots(figsize=(10, 1.5 + 1.1 * len(docs)))
    references: set[dt.date] = set()
    rows: list[float] = []
    y0 = 0.0
    for doc in docs:
        references.add(dt.date.fromisoformat(doc.reference_date.value))
        rows.append(y0)
        y0 += _draw_document(ax, doc, y0, mdates) + 0.5
    for ref in sorted(references):
        ax.axvline(
            float(mdates.date2num(ref)) + 0.5,
            color="grey",
            linestyle="--",
            linewidth=1,
            gid=REFERENCE_GID,
        )
    ax.set_yticks(rows, [d.doc_id for d in docs])
    ax.set_ylim(y0 - 0.3, -0.5)
    locator = mdates.AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.set_title("Dates mentioned (dashed: reference date)")
    ax.grid(axis="x", alpha=0.3)
    return ax
