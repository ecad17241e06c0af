"""Timeline labels do not crowd: no two labels overlap, and every date is still drawn."""

from __future__ import annotations

import datetime as dt
import itertools

import matplotlib
import pytest

matplotlib.use("Agg")

import matplotlib.pyplot as plt

from briefx.schema import Document
from briefx.views.plot import DATE_GID, MAX_LABEL_CHARS, timeline


def _doc(ranges: list[tuple[str, dt.date, dt.date]], doc_id: str = "d") -> Document:
    """A document whose dates are ``(label, first day, last day)``, one sentence of labels."""
    text = " | ".join(label for label, _, _ in ranges)
    dates, at = [], 0
    for label, first, last in ranges:
        dates.append(
            {
                "start": at,
                "end": at + len(label),
                "text": label,
                "sentence": 0,
                "type": "DATE",
                "value": first.isoformat(),
                "mod": None,
                "range": [first.isoformat(), last.isoformat()],
                "anchor": "absolute",
            }
        )
        at += len(label) + 3
    return Document.model_validate(
        {
            "doc_id": doc_id,
            "source": None,
            "reference_date": {"value": "2025-11-18", "origin": "argument"},
            "sentences": [{"id": 0, "start": 0, "end": len(text), "text": text}],
            "entities": [],
            "dates": dates,
            "quantities": [],
            "facts": [],
            "warnings": [],
        }
    )


def _day(n: int) -> dt.date:
    return dt.date(2025, 1, 1) + dt.timedelta(days=n)


CROWDS = {
    # single days two to five days apart across a year, with long labels
    "days": [(f"the {n}th day of the story", _day(n * 3), _day(n * 3)) for n in range(0, 110)],
    # short bars one after another: each label is longer than its bar
    "bars": [(f"week number {n} of the year", _day(n * 7), _day(n * 7 + 6)) for n in range(45)],
    # everything in the last days before the reference date
    "burst": [(f"day {n}", _day(315 - n % 4), _day(315 - n % 4)) for n in range(12)]
    + [("earlier this year", _day(0), _day(321)), ("last week", _day(313), _day(319))],
}


def _boxes(ax) -> list:
    ax.figure.canvas.draw()
    renderer = ax.figure.canvas.get_renderer()
    return [t.get_window_extent(renderer) for t in ax.texts]


def _overlap(a, b) -> bool:
    # One pixel of slack: touching is not crowding.
    return a.x0 < b.x1 - 1 and b.x0 < a.x1 - 1 and a.y0 < b.y1 - 1 and b.y0 < a.y1 - 1


@pytest.mark.parametrize("kind", list(CROWDS))
def test_no_two_labels_overlap(kind: str) -> None:
    doc = _doc(CROWDS[kind])
    ax = timeline(doc)
    drawn = sum(a.get_gid() == DATE_GID for a in [*ax.lines, *ax.patches])
    assert drawn == len(doc.dates)
    boxes = _boxes(ax)
    assert boxes
    crowded = [
        (i, j) for (i, a), (j, b) in itertools.combinations(enumerate(boxes), 2) if _overlap(a, b)
    ]
    assert crowded == [], [(ax.texts[i].get_text(), ax.texts[j].get_text()) for i, j in crowded]
    # ... nor climb out of the figure (stacking labels upwards would).
    page = ax.figure.bbox
    assert all(page.x0 <= b.x0 and b.x1 <= page.x1 and b.y1 <= page.y1 for b in boxes)
    plt.close(ax.figure)


def test_close_days_share_one_counted_label() -> None:
    days = [("Nov. 18", _day(321), _day(321))] * 3 + [("Nov. 19", _day(322), _day(322))]
    ax = timeline(_doc([("this year", _day(0), _day(364)), *days]))
    assert sorted(t.get_text() for t in ax.texts) == ["Nov. 18 ×3, Nov. 19", "this year"]
    plt.close(ax.figure)


def test_long_labels_are_cut() -> None:
    label = "the day the long negotiations in the capital finally ended"
    ax = timeline(_doc([(label, _day(10), _day(40))]))
    (text,) = [t.get_text() for t in ax.texts]
    assert len(text) == MAX_LABEL_CHARS and text.endswith("…") and label.startswith(text[:-1])
    plt.close(ax.figure)
