"""An invented brief of fifty reports for the timeline's views (issue 27).

A made-up harbour town over ten weeks: strikes, ferries, a bridge, talks, storms; each
report four sentences naming days before and after its publication, a range, a plan,
and quotes. Three outlets. The texts are invented for these tests; they echo no corpus.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

OUTLETS = ("Harbour Times", "The Velmora Courier", "Dunmark Radio")
PLACES = ("Port Istel", "Velmora", "Tarsk", "Marlow", "Geneva")
PEOPLE = ("Orla Brandt", "Amara Quist", "Jonas Veld", "Mira Solberg", "Teodor Lind")
START = dt.date(2026, 3, 2)

TEMPLATES = (
    "Dock workers in {place} went on strike on {before}, halting {n} ferries.",
    "{person} will visit {place} on {after} to meet the harbour board.",
    "The ferry operator Nordlys resumed crossings to {place} on {before}.",
    "Talks between the union and the port authority were held in {place} between "
    "{month1} and {month2}.",
    '"We will reopen the northern quay by {after}," {person} told reporters on {before}.',
    "A storm closed the bridge to {place} on {before}, stranding {n} lorries.",
    "The port authority hired {person} as its new director on {before}.",
    "{person} said the harbour would reopen to cargo ships on {after}.",
)


def _day(day: dt.date) -> str:
    return f"{day:%B} {day.day}"


def fifty_reports() -> list[dict[str, Any]]:
    """Fifty reports ``{"id", "text", "published", "outlet"}``, published over ten weeks."""
    reports = []
    for n in range(50):
        published = START + dt.timedelta(days=(n * 3) % 70)
        sentences = []
        for k in range(4):
            t = TEMPLATES[(n + 3 * k) % len(TEMPLATES)]
            before = published - dt.timedelta(days=1 + (n + k) % 6)
            after = published + dt.timedelta(days=2 + (n * k) % 9)
            month = 1 + (published.month + k) % 3
            sentences.append(
                t.format(
                    place=PLACES[(n + k) % len(PLACES)],
                    person=PEOPLE[(n * 2 + k) % len(PEOPLE)],
                    before=_day(before),
                    after=_day(after),
                    n=3 + (n * 7 + k) % 40,
                    month1=dt.date(2026, month, 1).strftime("%B"),
                    month2=dt.date(2026, month + 2, 1).strftime("%B"),
                )
            )
        reports.append(
            {
                "id": f"harbour{n:02d}",
                "text": " ".join(sentences),
                "published": published.isoformat(),
                "outlet": OUTLETS[n % len(OUTLETS)],
            }
        )
    return reports
