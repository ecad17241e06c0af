"""The reference date: what relative dates ("tomorrow", "last week") resolve against."""

from __future__ import annotations

import datetime as dt

from briefx.errors import ReferenceDateError, shorten
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
        # The whole value: "2025-01-015" is no date, not 2025-01-01 and a stray digit.
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        raise ReferenceDateError(
            f"cannot read the date {shorten(value)}: give it as YYYY-MM-DD, e.g. 2025-11-18"
        ) from None


def calendar_end_notes(reference: ReferenceDate) -> list[str]:
    """The warning for a reference date in the first or last year of the calendar.

    Relative dates that would fall before 0001-01-01 or after 9999-12-31 ("last year"
    in 0001) have no value: the warning says why they are missing.
    """
    year = int(reference.value[:4])
    if year == dt.MINYEAR:
        side = "before year 1"
    elif year == dt.MAXYEAR:
        side = "after year 9999"
    else:
        return []
    return [
        f"the reference date {reference.value} is at the end of the calendar: relative "
        f"dates that fall {side} have no value and are left out"
    ]


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
