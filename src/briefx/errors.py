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


class StageError(BriefxError):
    """A stage failed on one document; the document becomes an error record, the run goes on.

    The message names the stage and the exception: ``dates: ValueError: ...``.
    """

    exit_code = 1
    # A bad value can make an exception's message huge: the record keeps its start.
    MAX_CHARS = 300

    def __init__(self, message: str, *, stage: str | None = None) -> None:
        super().__init__(message)
        self.stage = stage

    @classmethod
    def of(cls, stage: str, exc: BaseException) -> StageError:
        """The error of ``stage`` failing with ``exc``, its message cut to ``MAX_CHARS``."""
        detail = f"{type(exc).__name__}: {exc}"
        if len(detail) > cls.MAX_CHARS:
            detail = detail[: cls.MAX_CHARS] + "..."
        return cls(f"{stage}: {detail}", stage=stage)


class BriefxWarning(UserWarning):
    """Something worth knowing about a run that did not stop it (the CLI prints it on stderr)."""


# Characters of a bad value quoted in a message: a 1 MB value is not echoed whole.
QUOTED_CHARS = 60


def shorten(value: object) -> str:
    """``repr(value)``, cut to about ``QUOTED_CHARS`` characters with how much was left out."""
    shown = repr(value)
    if len(shown) <= QUOTED_CHARS:
        return shown
    return f"{shown[:QUOTED_CHARS]}... ({len(shown) - QUOTED_CHARS} more characters)"
