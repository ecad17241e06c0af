"""The brief's timeline drawn for a reader: inline SVG for HTML and Jupyter, lines for text.

One row per entry, entries of one time grouped under its date. On the left a narrow strip
is the time axis: a point for a day, a bar for a longer time ("between May and July");
a filled mark for what happened, a hollow one (dashed bar) for what is planned or
possible, red for an event the reports date differently. On the right the date as
readers write it, the headline and how many reports tell it. Every label has a row of
its own, so no two labels overlap however long the timeline; long headlines wrap.
No script and nothing fetched: the SVG is text inside the page.

``LAYOUT`` holds the geometry, so a test can compute every label's box from the SVG.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefx.dates.calendar import Point, day_range
from briefx.text.timex import MONTH, YEAR, bounds_only
from briefx.views.escape import html as esc
from briefx.views.escape import one_line
from briefx.views.labels import report_name, timex_gloss

if TYPE_CHECKING:
    from briefx.schema import Brief, TimelineEntry


@dataclass(frozen=True)
class Layout:
    """The timeline's geometry in SVG user units (pixels at 100%)."""

    width: int = 720
    strip_left: int = 12
    strip_right: int = 200
    text_left: int = 216
    font: int = 13  # headline size; dates are bold at the same size
    small: int = 11  # axis and legend
    line: int = 18  # height of one line of text
    group_gap: int = 8  # space before a date's group
    top: int = 46  # legend and axis labels above the first row
    # Average glyph width of a sans-serif font, as a share of its size, taken high so a
    # label's computed box is never smaller than the drawn one.
    glyph_em: float = 0.62

    def chars(self, size: int, room: float) -> int:
        """How many characters fit in ``room`` units at font ``size``."""
        return max(8, int(room / (size * self.glyph_em)))

    def text_width(self, text: str, size: int) -> float:
        return len(text) * size * self.glyph_em


LAYOUT = Layout()
_ACTUAL = "#1f4e79"
_PLANNED = "#b45f06"
_CONFLICT = "#c0392b"
_GRID = "#d0d0d0"
_COARSE = frozenset({"decade", "century"})
_FULL_LINES = 5  # publication days drawn across the drawing; more are ticks and a band


def when_words(entry: TimelineEntry) -> str:
    """The entry's date as readers write it: "Nov. 19, 2025", "October 2025".

    A year told up to a day ("earlier this year" in a report of Nov. 18) says so:
    "2025, up to Nov. 18"; a span of years both its ends ("2019 to 2022"); a third of a
    year or a month says which ("early 2026", "mid-October 2025").
    """
    value = entry.value
    first, last = entry.range
    part = _part_of(entry)
    if part is not None:
        return f"{part}{timex_gloss(value)}"
    if entry.precision == "year" and YEAR.match(value) and first[:4] == value < last[:4]:
        return f"{first[:4]} to {last[:4]}"  # "between 2019 and 2022"
    if entry.precision == "year" and YEAR.match(value) and last < f"{value}-12-31":
        day = timex_gloss(last)
        return f"{value}, up to {day.removesuffix(', ' + value)}"
    if entry.precision == "month" and first[:7] != last[:7]:
        # A span of months ("between May and July"): both ends.
        a, b = timex_gloss(first[:7]), timex_gloss(last[:7])
        if first[:4] == last[:4]:
            a = a.rsplit(" ", 1)[0]
        return f"{a} to {b}"
    if "/" in value:
        first, last = value.split("/", 1)
        return f"{timex_gloss(first)} to {timex_gloss(last)}"
    return timex_gloss(value)


# The thirds of a year or a month ("early", "mid", "late"; TIMEX3's START, MID, END), as
# the dates stage narrows them (``day_range``).
_PARTS = {"START": "early ", "MID": "mid-", "END": "late "}


def _part_of(entry: TimelineEntry) -> str | None:
    """ "early ", "mid-" or "late " when the entry's range is that third of its year or
    month, else None."""
    year, month = entry.value[:4], entry.value[5:7] or "01"
    if not (
        (entry.precision == "year" and YEAR.match(entry.value))
        or (entry.precision == "month" and MONTH.match(entry.value))
    ):
        return None
    try:
        start = dt.date(int(year), int(month), 1)
    except ValueError:  # no such month or year ("2025-13", "0000"): no third of one
        return None
    point = Point(day=start, gran=entry.precision)
    return next(
        (words for mod, words in _PARTS.items() if day_range(point, mod) == tuple(entry.range)),
        None,
    )


def status(entry: TimelineEntry) -> str:
    """ "planned", "possible", "conflict" or "" : what sets the entry apart."""
    words = []
    if entry.modality != "actual" or entry.when == "future":
        words.append("possible" if entry.modality == "possible" else "planned")
    if entry.conflict:
        words.append("dated differently by the reports")
    return ", ".join(words)


def reports(n: int) -> str:
    return f"{n} report" if n == 1 else f"{n} reports"


def groups(entries: Sequence[TimelineEntry]) -> list[list[TimelineEntry]]:
    """Entries of one time (same range and value) together, in the timeline's order."""
    out: list[list[TimelineEntry]] = []
    for entry in entries:
        if out and (out[-1][0].range, out[-1][0].value) == (entry.range, entry.value):
            out[-1].append(entry)
        else:
            out.append([entry])
    return out


# A space that a line never breaks at: inside "Nov. 17," and in an entry's tail
# ("— 2 reports (planned)"), so a date or a count is never cut in two.
_KEEP = "\u2060"
_DAY_WORDS = re.compile(r"\b([A-Z][a-z]{2,4}\.?) (\d{1,2},?)(?: (\d{4}))?")


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    line = ""
    for word in text.split(" "):
        if not word:
            continue
        while len(word) > width:  # a word longer than a line is cut
            if line:
                lines.append(line)
                line = ""
            lines.append(word[: width - 1] + "-")
            word = word[width - 1 :]
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return [x.replace(_KEEP, " ") for x in lines] or [""]


def _label(headline: str, tail: str) -> str:
    """The entry's text for ``_wrap``: dates and the tail kept whole."""
    text = _DAY_WORDS.sub(lambda m: _KEEP.join(g for g in m.groups() if g), one_line(headline))
    return f"{text} {tail.strip().replace(' ', _KEEP)}"


def _day(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


def _ticks(first: dt.date, last: dt.date, layout: Layout) -> list[tuple[dt.date, str]]:
    """Axis ticks whose labels fit side by side: every day or few days, every month or
    few months, every year or few years, the finest that fits."""
    room = layout.strip_right - layout.strip_left
    span = max((last - first).days, 1)
    candidates: list[list[tuple[dt.date, str]]] = []
    for step in (1, 2, 7):
        days = [first + dt.timedelta(days=n) for n in range(0, span + 1, step)]
        candidates.append([(d, f"{d.day}") for d in days])
    for step in (1, 2, 3, 6):
        months = []
        d = first.replace(day=1)
        if d < first:
            d = (d + dt.timedelta(days=32)).replace(day=1)
        while d <= last:
            months.append((d, d.strftime("%b")))
            for _ in range(step):
                d = (d + dt.timedelta(days=32)).replace(day=1)
        candidates.append(months)
    start = first.year + (first.month > 1 or first.day > 1)
    for step in (1, 2, 5, 10, 20, 50, 100):
        candidates.append(
            [(dt.date(y, 1, 1), str(y)) for y in range(start, last.year + 1) if y % step == 0]
        )
    for ticks in candidates:
        widest = max((layout.text_width(t, layout.small) for _, t in ticks), default=0)
        if len(ticks) >= 2 and len(ticks) * (widest + 6) <= room:
            return ticks
    return []


def timeline_svg(brief: Brief, layout: Layout = LAYOUT) -> str:
    """The brief's timeline as one ``<svg>`` element (empty string when it has none)."""
    entries = brief.timeline
    if not entries:
        return ""
    published = sorted(
        {
            d.reference_date.value[:10]
            for d in brief.documents
            if d.reference_date.origin != "default-today"
        }
    )
    # The axis spans the times on it: a time that only bounds its event (a year, "earlier
    # this year", a decade) would squeeze the days into a few pixels; its bar is drawn
    # faint and dotted, cut at the axis's edge.
    fine = [e for e in entries if not bounds_only(e.value)]
    fine = fine or [e for e in entries if e.precision not in _COARSE] or list(entries)
    first = min([_day(e.range[0]) for e in fine] + [_day(p) for p in published])
    last = max([_day(e.range[1]) for e in fine] + [_day(p) for p in published])
    days = max((last - first).days + 1, 1)
    left, right = layout.strip_left + 4, layout.strip_right - 4

    def x(day: dt.date, end: bool = False) -> float:
        at = left + (right - left) * ((day - first).days + (1 if end else 0.5)) / days
        return min(max(at, left), right)

    body: list[str] = []
    y = layout.top
    text_room = layout.width - layout.text_left - 10 - 4
    for group in groups(entries):
        y += layout.group_gap
        y += layout.line
        body.append(
            f'<text x="{layout.text_left}" y="{y - 5}" font-size="{layout.font}" '
            f'font-weight="bold" class="bx-tl-date">{esc(when_words(group[0]))}</text>'
        )
        for entry in group:
            mark = status(entry)
            tail = f" — {reports(entry.sources)}" + (f" ({mark})" if mark else "")
            lines = _wrap(_label(entry.headline, tail), layout.chars(layout.font, text_room))
            colour = (
                _CONFLICT
                if entry.conflict
                else (
                    _ACTUAL if entry.modality == "actual" and entry.when != "future" else _PLANNED
                )
            )
            hollow = entry.modality != "actual" or entry.when == "future"
            cy = y + layout.line / 2
            start, end = _day(entry.range[0]), _day(entry.range[1])
            title = f"<title>{esc(when_words(entry))}: {esc(entry.headline)}</title>"
            if start == end:
                fill = "#fff" if hollow else colour
                body.append(
                    f'<circle cx="{x(start):.1f}" cy="{cy:.1f}" r="4.5" fill="{fill}" '
                    f'stroke="{colour}" stroke-width="2" class="bx-tl-point">{title}</circle>'
                )
            else:
                x0, x1 = x(start) - x(start) % 1, max(x(end, True), x(start) + 3)
                vague = bounds_only(entry.value)
                dash = (
                    ' stroke-dasharray="1 2"'
                    if vague
                    else (' stroke-dasharray="3 2"' if hollow else "")
                )
                opacity = 0.08 if vague else (0.15 if hollow else 0.55)
                kind = "bx-tl-bar bx-tl-bound" if vague else "bx-tl-bar"
                body.append(
                    f'<rect x="{x0:.1f}" y="{cy - 4:.1f}" width="{x1 - x0:.1f}" height="8" '
                    f'rx="2" fill="{colour}" fill-opacity="{opacity}" '
                    f'stroke="{colour}"{dash} class="{kind}">{title}</rect>'
                )
            for line in lines:
                y += layout.line
                body.append(
                    f'<text x="{layout.text_left + 10}" y="{y - 5}" font-size="{layout.font}" '
                    f'fill="{_CONFLICT if entry.conflict else "#222"}" class="bx-tl-label">'
                    f"{esc(line)}</text>"
                )
    height = y + layout.line
    head = _axis(first, last, published, x, layout, height)
    return (
        f'<svg viewBox="0 0 {layout.width} {height}" '
        f'width="{layout.width}" height="{height}" role="img" class="bx-timeline" '
        f'font-family="system-ui, sans-serif" aria-label="Timeline of {len(entries)} events">'
        + head
        + "".join(body)
        + "</svg>"
    )


def _axis(
    first: dt.date,
    last: dt.date,
    published: Sequence[str],
    x: object,
    layout: Layout,
    height: int,
) -> str:
    """Legend, tick labels, grid lines and the publication days."""
    at = x  # the date -> x function of the caller
    parts = []
    # Legend along the top, each item after the one before.
    items = [
        ("point", _ACTUAL, False, "happened"),
        ("point", _PLANNED, True, "planned"),
        ("bar", _ACTUAL, False, "a period"),
        ("point", _CONFLICT, False, "dated differently"),
        ("line", "#777", False, "publication day"),
    ]
    lx = float(layout.strip_left)
    ly = 12
    for kind, colour, hollow, label in items:
        if kind == "point":
            fill = "#fff" if hollow else colour
            parts.append(
                f'<circle cx="{lx + 5}" cy="{ly - 4}" r="4" fill="{fill}" stroke="{colour}" '
                'stroke-width="2"/>'
            )
            lx += 14
        elif kind == "bar":
            parts.append(
                f'<rect x="{lx}" y="{ly - 8}" width="18" height="8" rx="2" fill="{colour}" '
                f'fill-opacity="0.55" stroke="{colour}"/>'
            )
            lx += 24
        else:
            parts.append(
                f'<line x1="{lx + 4}" x2="{lx + 4}" y1="{ly - 10}" y2="{ly + 1}" '
                f'stroke="{colour}" stroke-dasharray="3 2"/>'
            )
            lx += 12
        parts.append(
            f'<text x="{lx:.1f}" y="{ly}" font-size="{layout.small}" fill="#444" '
            f'class="bx-tl-legend">{esc(label)}</text>'
        )
        lx += layout.text_width(label, layout.small) + 12
    axis_y = layout.top - 6
    for day, label in _ticks(first, last, layout):
        tx = at(day)  # type: ignore[operator]
        parts.append(
            f'<line x1="{tx:.1f}" x2="{tx:.1f}" y1="{axis_y + 2}" y2="{height - 4}" '
            f'stroke="{_GRID}" stroke-width="1"/>'
            f'<text x="{tx:.1f}" y="{axis_y}" font-size="{layout.small}" fill="#555" '
            f'text-anchor="middle" class="bx-tl-tick">{esc(label)}</text>'
        )
    # A few publication days are lines across the drawing; many (a brief of fifty
    # reports) would hatch it: a short tick each under the axis and one faint band.
    full = len(published) <= _FULL_LINES
    if not full:
        x0 = at(dt.date.fromisoformat(published[0]))  # type: ignore[operator]
        x1 = at(dt.date.fromisoformat(published[-1]))  # type: ignore[operator]
        parts.append(
            f'<rect x="{x0:.1f}" y="{axis_y + 2}" width="{max(x1 - x0, 1):.1f}" '
            f'height="{height - 6 - axis_y}" fill="#777" fill-opacity="0.07">'
            f"<title>published {esc(timex_gloss(published[0]))} to "
            f"{esc(timex_gloss(published[-1]))}</title></rect>"
        )
    for published_day in published:
        px = at(dt.date.fromisoformat(published_day))  # type: ignore[operator]
        y2 = height - 4 if full else axis_y + 8
        parts.append(
            f'<line x1="{px:.1f}" x2="{px:.1f}" y1="{axis_y + 2}" y2="{y2}" '
            'stroke="#777" stroke-dasharray="3 2"><title>published '
            f"{esc(timex_gloss(published_day))}</title></line>"
        )
    return "".join(parts)


def source_names(brief: Brief, entry: TimelineEntry, shown: int = 3) -> str:
    """The reports an entry rests on, by name: each outlet once ("The Kyiv Independent,
    Harbour Times and 2 more"), with the count of reports when an outlet gave several
    ("...: 11 reports")."""
    docs = sorted({f.doc for f in entry.facts})
    names = list(dict.fromkeys(report_name(brief.documents[d]) for d in docs))
    text = ", ".join(names[:shown])
    if len(names) > shown:
        text += f" and {len(names) - shown} more"
    if len(docs) > len(names):
        text += f": {reports(len(docs))}"
    return text


def timeline_lines(brief: Brief) -> list[tuple[str, list[tuple[str, str, str]]]]:
    """The timeline as text: ``(date in words, [(headline, status, sources), ...])``."""
    out = []
    for group in groups(brief.timeline):
        rows = [(entry.headline, status(entry), source_names(brief, entry)) for entry in group]
        out.append((when_words(group[0]), rows))
    return out
