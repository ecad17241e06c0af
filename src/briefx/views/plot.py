"""A timeline of a brief's dated events, or of the dates of one document (matplotlib).

For a brief it draws ``Brief.timeline`` (the entries the HTML report draws as SVG): one
row per entry, a point for a day, a bar for a longer time, hollow for what is planned,
red for what the reports date differently.

matplotlib is an optional extra (``pip install "briefx[plot]"``), imported only when a
plot is drawn.
"""

from __future__ import annotations

import datetime as dt
from types import ModuleType
from typing import TYPE_CHECKING, Any

from briefx.schema import Brief, DateMention, Document
from briefx.text.timex import bounds_only
from briefx.views.tables import import_extra

if TYPE_CHECKING:
    from matplotlib.axes import Axes

# Artists of the plot carry these gids, so they can be found (and counted) afterwards.
DATE_GID = "briefx-date"
ENTRY_GID = "briefx-entry"  # one artist per timeline entry of a brief
REFERENCE_GID = "briefx-reference"
_LANE = 0.16  # vertical step between overlapping bars of one document
LABEL_FONT = 7  # points
# Average glyph width of matplotlib's default sans-serif font as a share of its size: how
# far along the axis a label reaches can then be known before the figure is drawn.
GLYPH_EM = 0.62
# Longer labels are cut: a label reaching across the axis would push every other one aside.
MAX_LABEL_CHARS = 30
LABEL_PAD_CHARS = 2  # space kept after a label before the next one may start
ENTRY_LABEL_CHARS = 60  # a timeline entry's headline, as the label of its row


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


def _shorten(label: str) -> str:
    return label if len(label) <= MAX_LABEL_CHARS else label[: MAX_LABEL_CHARS - 1] + "…"


def _cluster_label(texts: list[str]) -> str:
    """ "Nov. 18 ×3, Nov. 19 +2": the texts of dates drawn close together, counted."""
    counts: dict[str, int] = {}
    for text in texts:
        counts[text] = counts.get(text, 0) + 1
    parts = [f"{t} ×{n}" if n > 1 else t for t, n in counts.items()]
    shown, hidden = parts[0], 0
    for n, part in enumerate(parts[1:], start=1):
        if len(shown) + len(part) + 2 > MAX_LABEL_CHARS - 4:
            hidden = sum(counts[t] for t in list(counts)[n:])
            break
        shown = f"{shown}, {part}"
    return _shorten(shown) + (f" +{hidden}" if hidden else "")


def _draw_document(
    ax: Axes, doc: Document, y0: float, mdates: ModuleType, days_per_char: float, x_max: float
) -> float:
    """Draw one document's dates from height ``y0`` down; return the height used.

    Labels never overlap: a bar goes to the first lane free where its label ends (not
    only where the bar ends), and single days closer than one label's width share one
    label ("Nov. 18 ×3, Nov. 19").
    """
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
        label = _shorten(date.text)
        reach = max(x1, x0 + (len(label) + LABEL_PAD_CHARS) * days_per_char)
        y = y0 + 0.35 + _LANE * _lane(lanes, x0, reach)
        bars = ax.barh(y, x1 - x0, left=x0, height=_LANE * 0.8, color="C1", alpha=0.6)
        for patch in bars.patches:
            patch.set_gid(DATE_GID)
        ax.annotate(
            label,
            (x0, y),
            xytext=(2, 0),
            textcoords="offset points",
            va="center",
            fontsize=LABEL_FONT,
        )
    # One label per group of days that lie within a label's width of the group's first.
    width = (MAX_LABEL_CHARS + LABEL_PAD_CHARS) * days_per_char
    groups: list[tuple[float, list[str]]] = []
    for x in sorted(points):
        if groups and x - groups[-1][0] < width:
            groups[-1][1].extend(points[x])
        else:
            groups.append((x, list(points[x])))
    for n, (x, texts) in enumerate(groups):
        # Near the right end a label reads leftwards, so it stays over the axis, when the
        # label before it (reading rightwards) leaves the room.
        leftwards = x + width > x_max and (n == 0 or x - groups[n - 1][0] >= 2 * width)
        ax.annotate(
            _cluster_label(texts),
            (x, y0),
            xytext=(3 if leftwards else -3, 7),
            textcoords="offset points",
            ha="right" if leftwards else "left",
            fontsize=LABEL_FONT,
        )
    return 0.35 + _LANE * len(lanes)


def _days_per_char(ax: Axes, first: float, last: float) -> float:
    """How many days of the time axis one character of a label covers, before drawing."""
    fig: Any = ax.figure  # a Figure, or a SubFigure with the same size and dpi
    axes_px = ax.get_position().width * fig.get_figwidth() * fig.dpi
    char_px = LABEL_FONT * GLYPH_EM * fig.dpi / 72
    # Matplotlib pads the data range by 5% on each side.
    span = max(last - first, 1.0) * 1.1
    return span * char_px / max(axes_px, 1.0)


def _entry_timeline(brief: Brief, ax: Axes | None) -> Axes:
    """One row per timeline entry of the brief, its headline as the row's label."""
    mdates = import_extra("matplotlib.dates", "plot")
    entries = brief.timeline
    if ax is None:
        plt = import_extra("matplotlib.pyplot", "plot")
        _, ax = plt.subplots(figsize=(12, 1.5 + 0.28 * max(len(entries), 1)))
    for row, entry in enumerate(entries):
        first = dt.date.fromisoformat(entry.range[0])
        last = dt.date.fromisoformat(entry.range[1])
        x0 = float(mdates.date2num(first))
        planned = entry.modality != "actual" or entry.when == "future"
        colour = "C3" if entry.conflict else ("C1" if planned else "C0")
        if first == last:
            ax.plot(
                [x0 + 0.5],
                [row],
                "o",
                color=colour,
                markerfacecolor="white" if planned else colour,
                gid=ENTRY_GID,
            )
        else:
            width = float(mdates.date2num(last)) + 1 - x0
            # A time that only bounds its event ("earlier this year") is a faint,
            # dotted bar, and the axis does not stretch to hold it.
            vague = bounds_only(entry.value)
            bars = ax.barh(
                row,
                width,
                left=x0,
                height=0.5,
                color=colour,
                alpha=0.15 if vague else (0.35 if planned else 0.7),
                edgecolor=colour,
                linestyle=":" if vague else "-",
            )
            for patch in bars.patches:
                patch.set_gid(ENTRY_GID)
    labels = [
        e.headline
        if len(e.headline) <= ENTRY_LABEL_CHARS
        else e.headline[: ENTRY_LABEL_CHARS - 1] + "…"
        for e in entries
    ]
    ax.set_yticks(range(len(entries)), labels, fontsize=LABEL_FONT)
    ax.set_ylim(len(entries) - 0.5, -0.5)
    fine = [e for e in entries if not bounds_only(e.value)]
    if fine and len(fine) < len(entries):
        x0 = float(mdates.date2num(dt.date.fromisoformat(min(e.range[0] for e in fine))))
        x1 = float(mdates.date2num(dt.date.fromisoformat(max(e.range[1] for e in fine)))) + 1
        pad = max((x1 - x0) * 0.05, 1.0)
        ax.set_xlim(x0 - pad, x1 + pad)
    locator = mdates.AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.set_title("Timeline (hollow: planned; red: dated differently by the reports)")
    ax.grid(axis="x", alpha=0.3)
    return ax


def timeline(brief_or_doc: Brief | Document, ax: Axes | None = None) -> Axes:
    """Plot a brief's timeline entries, or every date of a document, on a time axis.

    For a ``Brief``: its ``timeline`` (the entries the HTML report draws), one row per
    entry labelled with its headline. For a ``Document``: every date that covers calendar
    days, a single day a marker and a longer range (a month, "early October") a bar, each
    labelled with the date as written, the reference date a dashed line.

    Args:
        brief_or_doc: a ``Brief`` or a ``Document``.
        ax: the matplotlib Axes to draw on; a new figure when None.
    Returns:
        The Axes drawn on.
    Raises:
        MissingExtraError: matplotlib is not installed (``pip install "briefx[plot]"``).
    """
    import_extra("matplotlib", "plot")
    if isinstance(brief_or_doc, Brief):
        return _entry_timeline(brief_or_doc, ax)
    return _document_timeline(brief_or_doc, ax)


def _document_timeline(doc: Document, ax: Axes | None = None) -> Axes:
    """Every date of one document that covers calendar days (see ``timeline``)."""
    mdates = import_extra("matplotlib.dates", "plot")
    docs = [doc]
    if ax is None:
        plt = import_extra("matplotlib.pyplot", "plot")
        _, ax = plt.subplots(figsize=(10, 1.5 + 1.1 * len(docs)))
    references = {dt.date.fromisoformat(doc.reference_date.value) for doc in docs}
    ends = [float(mdates.date2num(r)) for r in references]
    for doc in docs:
        for date in doc.dates:
            days = _days(date)
            if days is not None:
                ends += [float(mdates.date2num(days[0])), float(mdates.date2num(days[1])) + 1]
    days_per_char = _days_per_char(ax, min(ends), max(ends))
    rows: list[float] = []
    y0 = 0.0
    for doc in docs:
        rows.append(y0)
        y0 += _draw_document(ax, doc, y0, mdates, days_per_char, max(ends)) + 0.5
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
