"""The reference date: what relative dates ("tomorrow", "last week") resolve against."""

from __future__ import annotations

import datetime as dt

from briefx.errors import ReferenceDateError
from briefx.inputs.dateline import Dateline
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


def _today() -> dt.date:
    """The only place briefx reads the clock."""
    return dt.date.today()


def default_reference() -> tuple[ReferenceDate, list[str]]:
    """Today, and the warning that says so."""
    today = _today()
    return ReferenceDate(value=today.isoformat(), origin="default-today"), [
        f"no publication date given: relative dates resolved against today ({today})"
    ]


def dateline_reference(dateline: Dateline) -> tuple[ReferenceDate, list[str]]:
    """The day a dateline names, and the warning that says it stands for the publication date.

    Without a year, the most recent such day not after today ("June 2" read in March is
    last year's June 2). A February 29 without a year goes back to the last leap year.
    """
    year = dateline.year
    if year is None:
        today = _today()
        year = today.year
        while (
            not _exists(year, dateline.month, dateline.day)
            or dt.date(year, dateline.month, dateline.day) > today
        ):
            year -= 1
    elif not _exists(year, dateline.month, dateline.day):
        return default_reference()
    value = dt.date(year, dateline.month, dateline.day).isoformat()
    return ReferenceDate(value=value, origin="dateline"), [
        f"no publication date given: relative dates resolved against the dateline's date "
        f"({value}, from {dateline.text[:60]!r})"
    ]


def _exists(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


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
