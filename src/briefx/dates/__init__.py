"""Dates: find date and time expressions in a Doc and resolve them to TIMEX3 values.

The public face of the package:

- :func:`normalize` (pure): one expression + reference date -> :class:`Timex`.
- :func:`find_dates` (pure over a parsed Doc): every expression, in document order.
- The ``briefx_dates`` component writes those findings to ``doc._.briefx_dates``.

Inside: ``find`` (candidate spans), ``tense`` (the governing verb's tense), ``normalizer``
(the rule cascade), ``rules_named`` / ``rules_relative`` / ``rules_clock`` /
``rules_holiday`` / ``rules_offset`` / ``rules_range`` (the rules), ``records`` (the typed
finding), ``context`` (shared rule context and the compiled resources),
``calendar`` (date arithmetic, ``Timex``), ``lexicon`` (word lists from
``models/dates/``), ``fallback`` (dateparser for absolute dates the rules do not read),
``extract`` (the pass over a Doc and the component).
"""

from __future__ import annotations

from briefx.dates.calendar import Timex
from briefx.dates.extract import DatesComponent, find_dates, make_dates, normalize
from briefx.dates.records import DateFinding

__all__ = ["DateFinding", "DatesComponent", "Timex", "find_dates", "make_dates", "normalize"]
