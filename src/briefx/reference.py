"""The reference date: what relative dates ("tomorrow", "last week") resolve against."""

from __future__ import annotations

import datetime as dt

from briefx.errors import ReferenceDateError
from briefx.schema import Origin, ReferenceDate

DateLike = str | dt.date | ReferenceDate | None


def parse_date(value: str | dt.date) -> dt.date:
    """Parse an ISO date (``2025-11-18``; a datetime's date part is taken).

    Raises:
        ReferenceDateError: when the value is not an ISO date.
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise ReferenceDateError(
            f"cannot read the date {value!r}: give it as YYYY-MM-DD, e.g. 2025-11-18"
        ) from None


def default_reference() -> tuple[ReferenceDate, list[str]]:
    """Today, and the warning that says so: the only place briefx reads the clock."""
    today = dt.date.today()
    return ReferenceDate(value=today.isoformat(), origin="default-today"), [
        f"no publication date given: relative dates resolved against today ({today})"
    ]


def resolve_reference(
    published: DateLike, *, origin: Origin = "argument"
) -> tuple[ReferenceDate, list[str]]:
    """Decide the reference date and say where it came from.

    Args:
        published: the publication date; None defaults to today (with a warning).
        origin: where a given date came from ("argument" or "metadata").
    Returns:
        The reference date and the warnings to report.
    """
    if isinstance(published, ReferenceDate):
        return published, []
    if published is None or (isinstance(published, str) and not published.strip()):
        return default_reference()
    return ReferenceDate(value=parse_date(published).isoformat(), origin=origin), []
