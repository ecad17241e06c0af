"""The model's matrix products on numpy's BLAS (``briefx.fast.blas``): same annotations,
one thread while briefx runs the model, the caller's threads given back."""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from threadpoolctl import threadpool_info, threadpool_limits

from briefx.fast.blas import model_ops, numpy_blas, one_blas_thread
from briefx.pipeline import pipe_contained

# Invented wire copy: names, numbers, dates, a quote, a dateline.
TEXTS = [
    "HARWICK, Velmark (Wirecast) - Rescue teams pulled 14 miners from a flooded shaft on "
    "Tuesday, two days after the pumps failed, the mines ministry said.",
    '"We will not stop until every family has news," said Ilse Marten, who leads the union.',
    "Shares of Copperline Holdings rose 3.2% to $41.80 after the company raised its "
    "forecast for the year to March.",
    "The council voted 7-2 to close the bridge from Dec. 10 while engineers replace the deck.",
]


def _blas_threads() -> list[int]:
    return [p["num_threads"] for p in threadpool_info() if p["user_api"] == "blas"]


def _annotations(nlp: Language, texts: list[str]) -> list[list[tuple]]:
    return [
        [(t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in doc]
        for doc in nlp.pipe(texts)
    ]


def test_numpy_here_is_a_fast_blas() -> None:
    # numpy's wheels bundle OpenBLAS: the switch is made on this machine.
    assert numpy_blas() in {"openblas", "mkl"}


def test_briefx_model_multiplies_with_numpy(nlp: Language) -> None:
    for name in ("tok2vec", "parser", "ner"):
        assert nlp.get_pipe(name).model.ops.use_blis is False, name


def test_same_tags_parses_and_entities_as_blis(model_name: str, seed_texts: dict) -> None:
    texts = [*seed_texts.values(), *TEXTS]
    plain = spacy.load(model_name)
    assert plain.get_pipe("ner").model.ops.use_blis is True
    with model_ops():
        on_numpy = spacy.load(model_name)
    assert on_numpy.get_pipe("ner").model.ops.use_blis is False
    with one_blas_thread():
        numpy_side = _annotations(on_numpy, texts)
    assert numpy_side == _annotations(plain, texts)


def test_one_thread_while_the_model_runs_then_given_back() -> None:
    seen: list[list[int]] = []
    nlp = spacy.blank("en")

    @Language.component("record_blas_threads")
    def record(doc: Doc) -> Doc:
        seen.append(_blas_threads())
        return doc

    nlp.add_pipe("record_blas_threads")
    docs = [(nlp.make_doc(text), k) for k, text in enumerate(TEXTS)]
    with threadpool_limits(limits=2, user_api="blas"):  # the caller's own setting
        out = list(pipe_contained(nlp, docs, batch_size=2))
        assert _blas_threads() == [2]
    assert [k for _, k in out] == [0, 1, 2, 3]
    assert len(seen) == 4 and all(threads == [1] for threads in seen)
