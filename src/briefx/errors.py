"""One exception hierarchy for briefx; the CLI maps each class to an exit code."""

from __future__ import annotations


class BriefxError(Exception):
    """Base class of every error briefx raises on purpose.

    The message is meant for a person: it says what went wrong and what to do.
    """

    exit_code: int = 1


class InputError(BriefxError):
    """An input could not be read or decoded (missing file, binary data, bad encoding)."""

    exit_code = 2


class ModelError(BriefxError):
    """No spaCy pipeline could be loaded."""

    exit_code = 3


class ReferenceDateError(BriefxError):
    """A publication / reference date could not be understood."""

    exit_code = 2


class MissingExtraError(BriefxError):
    """An optional extra (pandas, matplotlib, dask, ...) is needed but not installed."""

    exit_code = 4


class StoreError(BriefxError):
    """A corpus store (``--db``) cannot be used: not a store, a newer version, read-only."""

    exit_code = 2
