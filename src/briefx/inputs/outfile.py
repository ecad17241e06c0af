"""Writing the CLI's output: to stdout, or to ``-o PATH`` the way careful Unix tools do.

- A regular file (or a new one) is replaced atomically: the text goes to a temporary
  file beside it, renamed over it at the end, so a reader never sees half an output.
  An existing file keeps its mode; a new one gets the mode the umask gives (as ``>`` does).
- A symlink is written through: its target gets the output, the link stays a link.
- Anything else that is not a folder (``/dev/null``, a named pipe) is written into
  directly, as a shell redirection would; a folder is refused.
- No temporary file is left behind on an error, Ctrl-C or SIGTERM.
- An output that cannot be written is an :class:`OutputError` (exit 2), one line.
"""

from __future__ import annotations

import errno
import io
import os
import secrets
import signal
import stat
import sys
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from briefx.errors import BriefxError

__all__ = ["OutputError", "write_output"]

# As open(path, "w") creates files: the umask takes its bits away.
NEW_FILE_MODE = 0o666
# Unicode a strict UTF-8 stream cannot take (lone surrogates) is written as \udcff.
ENCODE_ERRORS = "backslashreplace"
# Exit status of a process ended by SIGTERM, as shells report it.
SIGTERM_STATUS = 128 + signal.SIGTERM


class OutputError(BriefxError):
    """The output could not be written (no such folder, a folder as the file, disk full)."""

    exit_code = 2


def write_output(
    chunks: Iterable[str], output: Path | None, *, stdout: TextIO | None = None
) -> None:
    """Write text chunks to stdout, or to ``output`` (atomically when it is a regular file).

    ``write_output(["{}\\n"], Path("out.json"))`` leaves ``out.json`` holding ``{}``.

    Args:
        chunks: the output, produced lazily (a JSONL stream is written as it comes).
        output: the path of ``-o``, or None for stdout.
        stdout: the stream for None (default ``sys.stdout``).

    Raises:
        OutputError: the output cannot be written; nothing is left half-written.
    """
    if output is None:
        stream = stdout or sys.stdout
        try:
            _to_stream(chunks, stream, shown="standard output")
        except OutputError:
            _drop_pending(stream)
            raise
        return
    target = Path(os.path.realpath(output)) if output.is_symlink() else output
    try:
        found = os.stat(target)
    except FileNotFoundError:
        found = None
    except OSError as exc:
        raise _error(output, exc) from None
    if found is not None and stat.S_ISDIR(found.st_mode):
        raise OutputError(f"-o {output} is a folder; give the name of a file to write.")
    if found is not None and not stat.S_ISREG(found.st_mode):
        _into(chunks, target, shown=output)
        return
    _replace(chunks, target, found, shown=output)


def _to_stream(chunks: Iterable[str], stream: TextIO, *, shown: str | Path) -> None:
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors=ENCODE_ERRORS)
    # Only the writing is guarded: an error while producing a chunk is not an output error.
    for chunk in chunks:
        try:
            _write_all(stream, chunk)
        except OSError as exc:
            raise _error(shown, exc) from None
    try:
        stream.flush()
    except OSError as exc:
        raise _error(shown, exc) from None


def _drop_pending(stream: TextIO) -> None:
    """Point a failed stream's descriptor at /dev/null: what its buffer still holds (the
    output is written in pieces) is then dropped at exit instead of failing once more."""
    try:
        fd = stream.fileno()
        null = os.open(os.devnull, os.O_WRONLY)
    except (OSError, ValueError, io.UnsupportedOperation):
        return
    try:
        os.dup2(null, fd)
    finally:
        os.close(null)


def _write_all(stream: TextIO, chunk: str) -> None:
    """Write ``chunk`` whole, or raise: a short write is never passed over in silence.

    Over an unbuffered binary layer (``python -u``, ``PYTHONUNBUFFERED``) a text stream
    drops what a short write (a size limit, a full disk) did not take, and says nothing;
    such streams are written here, byte by byte count, until all is written or the system
    says why not.
    """
    raw = getattr(stream, "buffer", None)
    if not isinstance(raw, io.RawIOBase):
        stream.write(chunk)  # a buffered writer retries short writes itself
        return
    stream.flush()
    view = memoryview(chunk.encode(stream.encoding or "utf-8", ENCODE_ERRORS))
    while view:
        written = raw.write(view)
        if not written:  # nothing taken, and no error said why
            raise OSError(errno.EIO, "the output took no more bytes (a short write)")
        view = view[written:]


def _into(chunks: Iterable[str], target: Path, *, shown: Path) -> None:
    """Write straight into a device or named pipe: there is nothing to replace."""
    try:
        fh = open(target, "w", encoding="utf-8", errors=ENCODE_ERRORS)
    except OSError as exc:
        raise _error(shown, exc) from None
    with fh:
        _to_stream(chunks, fh, shown=shown)


def _replace(
    chunks: Iterable[str], target: Path, found: os.stat_result | None, *, shown: Path
) -> None:
    """Write a temporary file beside ``target`` and rename it over ``target``."""
    directory = target.parent
    if not directory.is_dir():
        raise OutputError(f"-o {shown}: the folder {directory} does not exist; create it first.")
    with _terminate_as_exit():
        fd, tmp = _temporary(directory, target.name, shown)
        try:
            if found is not None:
                _keep_owner_and_mode(fd, found)
            with os.fdopen(fd, "w", encoding="utf-8", errors=ENCODE_ERRORS) as fh:
                _to_stream(chunks, fh, shown=shown)
                try:
                    os.fsync(fh.fileno())  # a full disk shows here, not after the rename
                except OSError as exc:
                    raise _error(shown, exc) from None
            try:
                os.replace(tmp, target)
            except OSError as exc:
                raise _error(shown, exc) from None
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def _temporary(directory: Path, name: str, shown: Path) -> tuple[int, str]:
    """Create a hidden temporary file beside the output with the umask's mode."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    while True:
        tmp = str(directory / f".{name}.{secrets.token_hex(4)}.tmp")
        try:
            return os.open(tmp, flags, NEW_FILE_MODE), tmp
        except FileExistsError:
            continue
        except OSError as exc:
            raise _error(shown, exc) from None


def _keep_owner_and_mode(fd: int, found: os.stat_result) -> None:
    """Give the new file the replaced file's mode (and owner, where allowed)."""
    os.fchmod(fd, stat.S_IMODE(found.st_mode))
    if hasattr(os, "fchown"):
        try:
            os.fchown(fd, found.st_uid, found.st_gid)
        except OSError:  # only root may give a file away; the mode still holds
            pass


@contextmanager
def _terminate_as_exit() -> Iterator[None]:
    """Turn SIGTERM into SystemExit while writing, so the temporary file is removed."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def _exit(signum: int, frame: Any) -> None:
        raise SystemExit(SIGTERM_STATUS)

    previous = signal.signal(signal.SIGTERM, _exit)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _error(shown: str | Path, exc: OSError) -> OutputError:
    reason = exc.strerror or str(exc)
    return OutputError(f"could not write {shown}: {reason[0].lower()}{reason[1:]}.")
