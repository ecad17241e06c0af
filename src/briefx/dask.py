"""briefx on Dask: extraction over a ``dask.bag`` or a Dask DataFrame, one pipeline per worker.

Needs the ``dask`` extra (``pip install "briefx[dask]"``). Each partition is processed
with ``briefx.extract_many`` in the worker process, which loads the spaCy pipeline once
(it is cached per process), so the output is exactly the serial output, partition by
partition, in order.

On a real cluster, install briefx (and its model) on every worker, then::

    from dask.distributed import Client
    import dask.bag as db
    import briefx.dask

    client = Client("tcp://scheduler:8786")
    records = db.read_text("s3://bucket/news/*.jsonl").map(json.loads)
    documents = briefx.dask.extract_bag(records, published=None)
    documents.map(json.dumps).to_textfiles("s3://bucket/out/*.jsonl")

Use several processes per worker with one thread each (``--nthreads 1``): spaCy is
CPU-bound and holds the GIL.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from briefx.errors import MissingExtraError

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe


def _require_dask() -> None:
    try:
        import dask.bag  # noqa: F401
    except ImportError:
        raise MissingExtraError(
            'briefx.dask needs the dask extra: pip install "briefx[dask]"'
        ) from None


def extract_partition(
    records: Iterable[str | dict[str, Any]],
    *,
    model: str | None = None,
    published: str | None = None,
) -> list[dict[str, Any]]:
    """Extract one partition in this process: texts or ``{"id", "text", "published"}``.

    Returns:
        One JSON object per record, in order: a document, or an error record.
    """
    from briefx.api import extract_many

    return [
        result.model_dump(mode="json")
        for result in extract_many(list(records), model=model, published=published)
    ]


def extract_bag(
    bag: dask.bag.Bag, *, model: str | None = None, published: str | None = None
) -> dask.bag.Bag:
    """Map a bag of texts or records to a bag of document (or error) JSON objects.

    Args:
        bag: texts, or mappings with ``text`` and optional ``id``, ``published``.
        model: the spaCy pipeline each worker loads (default: see ``load_pipeline``).
        published: a publication date for every record, overriding theirs.
    Returns:
        A lazy bag with one JSON object per input, in the input's order.
    """
    _require_dask()
    return bag.map_partitions(extract_partition, model=model, published=published)


def extract_dataframe(
    frame: dask.dataframe.DataFrame,
    *,
    text_column: str = "text",
    id_column: str | None = "id",
    published_column: str | None = "published",
    model: str | None = None,
) -> dask.dataframe.DataFrame:
    """Add a ``briefx`` column (the document JSON object, or an error record) to a frame.

    Args:
        frame: a Dask DataFrame with one article per row.
        text_column: the column holding the text.
        id_column: the column holding document ids, or None.
        published_column: the column holding publication dates, or None.
        model: the spaCy pipeline each worker loads.
    Returns:
        The frame with a new object column ``briefx``.
    """
    _require_dask()
    import pandas
    from dask.dataframe.utils import make_meta

    def partition(part: pandas.DataFrame) -> pandas.DataFrame:
        records = [
            {
                "text": row[text_column],
                **({"id": str(row[id_column])} if id_column else {}),
                **(
                    {"published": row[published_column]}
                    if published_column and row[published_column]
                    else {}
                ),
            }
            for _, row in part.iterrows()
        ]
        out = part.copy()
        out["briefx"] = pandas.Series(
            extract_partition(records, model=model), index=part.index, dtype=object
        )
        return out

    meta = make_meta(frame).assign(briefx=pandas.Series(dtype=object))
    return frame.map_partitions(partition, meta=meta)
