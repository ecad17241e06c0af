"""Tests for briefx.inputs: decoding, one file, folders, JSONL, stdin, HTML."""

from __future__ import annotations

import codecs
import dataclasses
import io
import json
import os
import random
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefx import inputs
from briefx.errors import InputError, MissingExtraError
from briefx.inputs import Source, corpus, decode_bytes, iter_sources, read_source, sources

ENGLISH = "The council’s café reopened on Tuesday — “at last”, said Zoë Marsh.\n"
FRENCH = "Le café de la gare a rouvert à Genève après trois ans, dit Zoë.\n"
RUSSIAN = "Министр сказал, что переговоры продолжатся в среду.\n"
GREEK = "Ο υπουργός είπε ότι οι συνομιλίες θα συνεχιστούν.\n"


def _write(tmp_path, name, data):
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


# --- decode_bytes -------------------------------------------------------------------

ENCODINGS = [
    # (text, codec used to write it, encoding briefx reports)
    ("Plain ASCII news: 12 ministers met.\n", "ascii", "utf-8"),
    (ENGLISH, "utf-8", "utf-8"),
    (ENGLISH, "utf-8-sig", "utf-8-sig"),
    (ENGLISH, "utf-16", "utf-16"),
    (ENGLISH, "utf-16-le", "utf-16-le"),
    (ENGLISH, "utf-16-be", "utf-16-be"),
    (ENGLISH, "utf-32", "utf-32"),
    (ENGLISH, "cp1252", "cp1252"),
    (FRENCH, "latin-1", "cp1252"),
    (FRENCH * 3, "cp1252", "cp1252"),
    ("na\u00efve reporters\n", "cp1252", "cp1252"),
    (RUSSIAN, "cp1251", "cp1251"),
    (GREEK, "cp1253", "cp1253"),
]


@pytest.mark.parametrize(("text", "codec", "reported"), ENCODINGS)
def test_decode_bytes_encodings(text, codec, reported):
    decoded, encoding = decode_bytes(text.encode(codec))
    assert decoded == text
    assert encoding == reported


@pytest.mark.parametrize(("text", "codec", "reported"), ENCODINGS)
def test_read_source_encodings(tmp_path, text, codec, reported):
    path = _write(tmp_path, "article.txt", text.encode(codec))
    src = read_source(path)
    assert src.text == text
    assert src.encoding == reported
    assert src.error is None
    legacy_warning = [w for w in src.warnings if "not UTF-8" in w]
    assert bool(legacy_warning) == (not reported.startswith("utf"))


@pytest.mark.parametrize(
    ("codec", "bom"),
    [
        ("utf-8-sig", codecs.BOM_UTF8),
        ("utf-16", codecs.BOM_UTF16),
        ("utf-32", codecs.BOM_UTF32),
    ],
)
def test_bom_removed_and_reported(codec, bom):
    data = "Rain fell on the capital.".encode(codec)
    assert data.startswith(bom)
    text, encoding = decode_bytes(data)
    assert text == "Rain fell on the capital."
    assert not text.startswith("\ufeff")
    assert encoding == codec
    assert data.decode(encoding) == text


def test_big_endian_utf16_bom():
    data = codecs.BOM_UTF16_BE + "Floods closed two bridges.".encode("utf-16-be")
    assert decode_bytes(data) == ("Floods closed two bridges.", "utf-16")


def test_bom_then_invalid_utf8_is_an_input_error():
    with pytest.raises(InputError, match="byte-order mark"):
        decode_bytes(codecs.BOM_UTF8 + b"Mayor \xff\xfe\xfd said")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("one\r\ntwo\r\n", "one\ntwo\n"),
        ("one\rtwo\r", "one\ntwo\n"),
        ("one\r\r\ntwo", "one\n\ntwo"),
        ("one\n\rtwo", "one\n\ntwo"),
        ("mixed\r\nlines\rand\nmore", "mixed\nlines\nand\nmore"),
        ("no newline at all", "no newline at all"),
        # Only \r and \r\n are line endings to translate, as in Python's text mode.
        ("keep\u2028these\x85and\x0bthose\x0c", "keep\u2028these\x85and\x0bthose\x0c"),
    ],
)
def test_newlines_normalised_like_text_mode(tmp_path, raw, expected):
    assert decode_bytes(raw.encode("utf-8"))[0] == expected
    # The reference: what Python's own text mode makes of the same bytes.
    path = _write(tmp_path, "n.txt", raw.encode("utf-8"))
    with path.open(encoding="utf-8") as fh:
        assert fh.read() == expected


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "cp1252"])
def test_crlf_normalised_in_every_encoding(codec):
    assert decode_bytes("Line one.\r\nLine two.\rEnd".encode(codec))[0] == (
        "Line one.\nLine two.\nEnd"
    )


@pytest.mark.parametrize(
    "text",
    [
        "zero\u200bwidth space",
        "joiner\u200d and non\u200cjoiner",
        "word\u2060joiner",
        "a BOM\ufeff in the middle is kept",
        "soft\u00adhyphen",
        "decomposed e\u0301 stays decomposed",
        "composed \u00e9 stays composed",
        "bell\x07 and escape\x1b kept",
        "right-to-left mark\u200f kept",
        "tab\tseparated\ttext",
    ],
)
def test_invisible_characters_preserved(tmp_path, text):
    assert decode_bytes(text.encode("utf-8")) == (text, "utf-8")
    src = read_source(_write(tmp_path, "z.txt", text.encode("utf-8")))
    assert src.text == text
    assert len(src.text) == len(text)


HIGH_BYTES = bytes(0x80 | b for b in range(256))  # noise in the 0x80-0xFF range only
BINARY = [
    pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", id="png"),
    pytest.param(b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", id="zip"),
    pytest.param(b"Clean text then a NUL\x00 byte.", id="nul-in-utf8"),
    pytest.param(b"\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f" * 20, id="control-chars"),
    pytest.param(bytes(range(256)) * 4, id="all-bytes"),
    pytest.param(b"%PDF-1.7\n\x00\x01\x02\xff\xfe binary stream", id="pdf-like"),
    pytest.param(bytes((i * 37 + 11) % 255 + 1 for i in range(3000)), id="no-nul-noise"),
    pytest.param(random.Random(7).randbytes(3000).translate(HIGH_BYTES), id="high-bytes"),
]


@pytest.mark.parametrize("data", BINARY)
def test_binary_raises_input_error(data):
    with pytest.raises(InputError, match=r"binary|decoded"):
        decode_bytes(data)


@pytest.mark.parametrize("data", BINARY)
def test_binary_file_gives_error_source(tmp_path, data):
    path = _write(tmp_path, "scan.txt", data)
    src = read_source(path)
    assert src.text is None
    assert not src.ok
    assert src.error.startswith(f"{path}: ")
    assert re.search("binary|decoded", src.error)
    assert src.doc_id == "scan"


def test_binary_message_is_one_clear_sentence():
    with pytest.raises(InputError) as info:
        decode_bytes(b"abc\x00def")
    message = str(info.value)
    assert "NUL" in message
    assert "convert it" in message
    assert message.count(".") == 1 and message.endswith(".")


def test_decode_empty_bytes():
    assert decode_bytes(b"") == ("", "utf-8")


# --- property tests -----------------------------------------------------------------

# Text without NUL and without non-whitespace control characters: always accepted.
PRINTABLE_TEXT = st.text(
    st.characters(
        codec="utf-8",
        exclude_categories=("Cs", "Cc"),
    )
    | st.sampled_from("\r\n\t\x0b\x0c ")
)


@given(PRINTABLE_TEXT)
def test_property_utf8_roundtrip(s):
    assert decode_bytes(s.encode("utf-8"))[0] == s.replace("\r\n", "\n").replace("\r", "\n")


@given(st.text())
def test_property_any_text_roundtrips_or_is_refused_as_binary(s):
    expected = s.replace("\r\n", "\n").replace("\r", "\n")
    try:
        text, encoding = decode_bytes(s.encode("utf-8"))
    except InputError:
        controls = len(re.findall("[\x00-\x08\x0e-\x1f\x7f-\x9f]", s))
        assert "\x00" in s or controls / len(s) > 0.3
    else:
        if "\x00" in s:
            # Bytes with NULs in every other place read as BOM-less UTF-16, which they may be.
            assert encoding in ("utf-16-le", "utf-16-be")
        else:
            assert (text, encoding) == (expected, "utf-8")


@given(PRINTABLE_TEXT)
def test_property_utf16_with_bom_roundtrip(s):
    assert decode_bytes(s.encode("utf-16"))[0] == s.replace("\r\n", "\n").replace("\r", "\n")


# --- read_source --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "expected_text"),
    [
        (b"", ""),
        (b"   ", "   "),
        (b"\n\n\t \r\n", "\n\n\t \n"),
        (codecs.BOM_UTF8, ""),
    ],
    ids=["empty", "spaces", "blank-lines", "bom-only"],
)
def test_empty_and_whitespace_documents_are_valid_with_a_warning(tmp_path, content, expected_text):
    src = read_source(_write(tmp_path, "blank.txt", content))
    assert src.ok
    assert src.text == expected_text
    assert src.error is None
    assert "empty document" in src.warnings


def test_missing_file_gives_error_source_naming_it(tmp_path):
    missing = tmp_path / "nowhere" / "gone.txt"
    src = read_source(missing)
    assert src.text is None
    assert src.error == f"File not found: {missing}."
    assert src.source == str(missing)
    assert src.doc_id == "gone"


def test_source_is_the_path_as_given(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _write(tmp_path, "news/item.txt", "Two ferries sank.")
    src = read_source("news/item.txt")
    assert src.source == "news/item.txt"
    assert src.doc_id == "item"


def test_unrecognised_extension_is_read_as_text(tmp_path):
    src = read_source(_write(tmp_path, "wire.md", "# Heading\nSnow closed the pass."))
    assert src.text == "# Heading\nSnow closed the pass."


def test_read_source_on_a_folder_or_jsonl_is_an_error_source(tmp_path):
    assert "is a folder" in read_source(tmp_path).error
    jsonl = _write(tmp_path, "c.jsonl", '{"text": "x"}\n')
    assert "iter_sources" in read_source(jsonl).error


def test_unreadable_file_gives_error_source(tmp_path, monkeypatch):
    path = _write(tmp_path, "locked.txt", "Secret minutes.")

    def deny(path, max_bytes):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(sources, "_read_limited", deny)
    src = read_source(path)
    assert src.text is None
    assert src.error == f"{path} could not be read: Permission denied."


def test_file_above_max_bytes_gives_error_source(tmp_path):
    path = _write(tmp_path, "big.txt", "x" * 2048)
    src = read_source(path, max_bytes=1024)
    assert src.text is None
    assert "larger than the 1.0 KB limit" in src.error
    assert read_source(path, max_bytes=2048).text == "x" * 2048


def test_default_max_bytes_is_200_mb():
    assert inputs.DEFAULT_MAX_BYTES == 200 * 1024 * 1024


def test_large_document_is_read_whole(tmp_path):
    paragraph = "The harbour authority counted 1,200 containers on Monday.\r\n"
    path = _write(tmp_path, "long.txt", paragraph * 200_000)  # about 12 MB
    src = read_source(path)
    assert src.text == paragraph.replace("\r\n", "\n") * 200_000


def test_explicit_doc_id_wins(tmp_path):
    path = _write(tmp_path, "a.txt", "Text.")
    _write(tmp_path, "a.meta.json", '{"id": "from-sidecar"}')
    assert read_source(path).doc_id == "from-sidecar"
    assert read_source(path, doc_id="given").doc_id == "given"


def test_source_is_frozen():
    src = Source(doc_id="d", source="d.txt", text="t")
    with pytest.raises(dataclasses.FrozenInstanceError):
        src.text = "other"  # type: ignore[misc]
    assert src.warnings == ()


# --- sidecar metadata ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("meta", "expected", "warning"),
    [
        (
            {"published": "2025-11-18", "outlet": "The Harbour Gazette", "title": "Ferries"},
            {"published": "2025-11-18", "outlet": "The Harbour Gazette", "title": "Ferries"},
            None,
        ),
        ({"published": "2025-11-18T23:40:00-05:00"}, {"published": "2025-11-18"}, None),
        ({"published": "2025-11-18T06:00:00Z"}, {"published": "2025-11-18"}, None),
        ({"published": None, "outlet": None}, {"published": None, "outlet": None}, None),
        ({"published": "last Tuesday"}, {"published": None}, "not an ISO date"),
        ({"published": 20251118}, {"published": None}, "not an ISO date"),
        ({"outlet": ["a", "b"]}, {"outlet": None}, "should be a string"),
        ({"language": "en", "notes": "extra keys are ignored"}, {"published": None}, None),
        ({"id": 42}, {"doc_id": "42"}, None),
        ({"id": True}, {"doc_id": "story"}, "'id'"),
        ({"title": "  Spaced title  "}, {"title": "Spaced title"}, None),
    ],
)
def test_sidecar_metadata(tmp_path, meta, expected, warning):
    path = _write(tmp_path, "story.txt", "Ferries resumed on Friday.")
    _write(tmp_path, "story.meta.json", json.dumps(meta))
    src = read_source(path)
    for key, value in expected.items():
        assert getattr(src, key) == value
    if warning:
        assert any(warning in w for w in src.warnings)
    else:
        assert src.warnings == ()


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", "\xff"])
def test_bad_sidecar_is_a_warning_not_an_error(tmp_path, content):
    path = _write(tmp_path, "story.txt", "Ferries resumed on Friday.")
    _write(tmp_path, "story.meta.json", content.encode("latin-1"))
    src = read_source(path)
    assert src.text == "Ferries resumed on Friday."
    assert src.published is None
    assert any("story.meta.json" in w and "ignored" in w for w in src.warnings)


def test_sidecar_metadata_kept_when_text_unreadable(tmp_path):
    path = _write(tmp_path, "story.txt", b"\x00\x01binary")
    _write(tmp_path, "story.meta.json", '{"id": "s1", "published": "2024-02-29"}')
    src = read_source(path)
    assert src.text is None
    assert src.doc_id == "s1"


def test_no_sidecar_means_no_metadata(tmp_path):
    src = read_source(_write(tmp_path, "story.txt", "Ferries resumed."))
    assert (src.published, src.outlet, src.title) == (None, None, None)


# --- iter_sources: files and folders ------------------------------------------------


def test_folder_order_recursive_and_filtered(tmp_path):
    names = [
        "b.txt",
        "a.txt",
        "c/inner.txt",
        "c/deeper/z.txt",
        "ab/x.txt",
        "d.md",
        "notes.json",
        ".hidden.txt",
        ".git/config.txt",
        "a.meta.json",
        "Z.TXT",
    ]
    for name in names:
        _write(tmp_path, name, f"Text of {name}.")
    got = [s.source for s in iter_sources([tmp_path])]
    assert got == [
        str(tmp_path / "Z.TXT"),
        str(tmp_path / "a.txt"),
        str(tmp_path / "ab" / "x.txt"),
        str(tmp_path / "b.txt"),
        str(tmp_path / "c" / "deeper" / "z.txt"),
        str(tmp_path / "c" / "inner.txt"),
    ]


def test_folder_includes_jsonl_records_in_place(tmp_path):
    _write(tmp_path, "a.txt", "First.")
    _write(tmp_path, "b.jsonl", '{"id": "r1", "text": "Second."}\n{"id": "r2", "text": "Third."}\n')
    _write(tmp_path, "c.txt", "Fourth.")
    assert [s.text for s in iter_sources([tmp_path])] == ["First.", "Second.", "Third.", "Fourth."]


def test_inputs_keep_their_order_and_each_appears_once(tmp_path):
    a = _write(tmp_path, "a.txt", "Alpha.")
    b = _write(tmp_path, "b.txt", "Beta.")
    folder = tmp_path / "f"
    _write(folder, "c.txt", "Gamma.")
    missing = tmp_path / "missing.txt"
    got = list(iter_sources([b, missing, a, folder, str(a)]))
    assert [s.source for s in got] == [str(b), str(missing), str(a), str(folder / "c.txt"), str(a)]
    assert got[1].error == f"File not found: {missing}."


def test_empty_folder_is_reported_not_dropped(tmp_path):
    folder = tmp_path / "empty"
    folder.mkdir()
    _write(folder, "readme.md", "Nothing to see.")
    (src,) = list(iter_sources([folder]))
    assert src.text is None
    assert "holds no" in src.error and str(folder) in src.error


def test_missing_jsonl_path_is_an_error_source(tmp_path):
    (src,) = list(iter_sources([tmp_path / "corpus.jsonl"]))
    assert src.error == f"File not found: {tmp_path / 'corpus.jsonl'}."


def test_iter_sources_is_lazy(tmp_path):
    a = _write(tmp_path, "a.txt", "Alpha.")

    def paths():
        yield a
        raise AssertionError("iter_sources read ahead")

    it = iter_sources(paths())
    assert next(it).text == "Alpha."


def test_folder_walk_is_lazy(tmp_path, monkeypatch):
    for i in range(3):
        _write(tmp_path, f"{i}.txt", f"Doc {i}.")
    calls = []
    real = corpus.read_source

    def spy(path, **kwargs):
        calls.append(path)
        return real(path, **kwargs)

    monkeypatch.setattr(corpus, "read_source", spy)
    it = iter_sources([tmp_path])
    next(it)
    assert len(calls) == 1


def test_symlink_loop_does_not_recurse_forever(tmp_path):
    _write(tmp_path, "a.txt", "Alpha.")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    assert [s.text for s in iter_sources([tmp_path])] == ["Alpha."]


def test_repeated_doc_id_is_kept_with_a_warning(tmp_path):
    first = _write(tmp_path, "one/a.txt", "First.")
    _write(tmp_path, "two/a.txt", "Second.")
    _write(tmp_path, "two/b.txt", "Other.")
    corpus_path = _write(tmp_path, "c.jsonl", '{"id": "b", "text": "Record."}\n')
    got = list(iter_sources([tmp_path / "one", tmp_path / "two", corpus_path, first]))
    assert [s.doc_id for s in got] == ["a", "a", "b", "b", "a"]
    repeat = "doc_id 'a' repeats an earlier input's"
    assert got[0].warnings == ()
    assert got[1].warnings == (repeat,)
    assert got[2].warnings == ()
    assert got[3].warnings == ("doc_id 'b' repeats an earlier input's",)
    assert got[4].warnings == (repeat,)
    assert [s.text for s in got] == ["First.", "Second.", "Other.", "Record.", "First."]


def test_repeated_doc_id_warning_follows_other_warnings(tmp_path):
    _write(tmp_path, "one/e.txt", "Text.")
    _write(tmp_path, "two/e.txt", "")
    got = list(iter_sources([tmp_path / "one", tmp_path / "two"]))
    assert got[1].warnings == ("empty document", "doc_id 'e' repeats an earlier input's")


def test_folder_sidecars_apply(tmp_path):
    _write(tmp_path, "a.txt", "Alpha.")
    _write(tmp_path, "a.meta.json", '{"published": "2023-05-01", "outlet": "Daily Post"}')
    (src,) = list(iter_sources([tmp_path]))
    assert (src.published, src.outlet) == ("2023-05-01", "Daily Post")


# --- JSONL --------------------------------------------------------------------------


def test_jsonl_good_and_bad_lines(tmp_path):
    lines = [
        json.dumps({"id": "n1", "text": "Storm hit the coast.", "published": "2025-01-02"}),
        "{broken json",
        json.dumps({"text": "No id here.", "outlet": "Coast Radio", "title": "Storm"}),
        "",
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "n5"}),
        json.dumps({"id": 6, "text": 12}),
        json.dumps({"id": 7, "text": "Line\r\nbreaks."}),
        "   ",
        json.dumps({"id": "n10", "text": "Last one."}),
    ]
    path = _write(tmp_path, "corpus.jsonl", "\n".join(lines) + "\n")
    got = list(iter_sources([path]))
    assert [s.source for s in got] == [f"{path}:{n}" for n in (1, 2, 3, 5, 6, 7, 8, 10)]
    assert [s.doc_id for s in got] == [
        "n1",
        "corpus-2",
        "corpus-3",
        "corpus-5",
        "n5",
        "6",
        "7",
        "n10",
    ]
    assert [s.ok for s in got] == [True, False, True, False, False, False, True, True]
    assert got[0].published == "2025-01-02"
    assert (got[2].outlet, got[2].title) == ("Coast Radio", "Storm")
    assert "not valid JSON" in got[1].error
    assert "JSON object" in got[3].error
    assert 'has no "text"' in got[4].error
    assert "not a string" in got[5].error
    assert got[6].text == "Line\nbreaks."
    for src in got:
        if src.error:
            assert src.error.startswith(f"{src.source}: ")


@pytest.mark.parametrize(
    ("line", "check"),
    [
        (
            codecs.BOM_UTF8 + b'{"id": "b", "text": "BOM first."}',
            lambda s: s.text == "BOM first.",
        ),
        (b'{"id": "e", "text": ""}', lambda s: s.ok and "empty document" in s.warnings),
        (b'{"id": "w", "text": " \\n "}', lambda s: s.ok and "empty document" in s.warnings),
        (b'{"text": "caf\xe9"}', lambda s: "not UTF-8" in s.error),
        (
            b'{"text": "lone \\ud800 surrogate"}',
            lambda s: s.text == "lone \ufffd surrogate" and len(s.text) == 16,
        ),
        (
            b'{"text": "Zero\\u200bwidth", "published": "soon"}',
            lambda s: (
                s.text == "Zero\u200bwidth"
                and s.published is None
                and any("not an ISO date" in w for w in s.warnings)
            ),
        ),
        (
            b'{"text": "Dated.", "published": "2025-03-04T10:00:00+02:00"}',
            lambda s: s.published == "2025-03-04",
        ),
    ],
    ids=["bom", "empty", "whitespace", "not-utf8", "surrogate", "bad-date", "datetime"],
)
def test_jsonl_line_cases(tmp_path, line, check):
    path = _write(tmp_path, "c.jsonl", line + b"\n")
    (src,) = list(iter_sources([path]))
    assert check(src), src


def test_jsonl_source_keeps_the_path_as_given(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _write(tmp_path, "corpus.jsonl", '{"text": "One."}\n')
    (src,) = list(iter_sources(["./corpus.jsonl"]))
    assert src.source == "./corpus.jsonl:1"
    assert src.doc_id == "corpus-1"


def test_jsonl_without_records_is_an_empty_document_as_an_empty_text_file_is(tmp_path):
    # Issue 36: one rule (the README's) for an empty .jsonl and an empty .txt.
    path = _write(tmp_path, "none.jsonl", "\n\n")
    (src,) = list(iter_sources([path]))
    assert src.error is None and src.text == ""
    assert src.warnings == ("empty document", f"{path} holds no JSONL records")


def test_jsonl_line_above_max_bytes_is_skipped_alone(tmp_path):
    lines = [
        json.dumps({"id": "small", "text": "Short."}),
        json.dumps({"id": "huge", "text": "y" * 5000}),
        json.dumps({"id": "after", "text": "Still read."}),
    ]
    path = _write(tmp_path, "c.jsonl", "\n".join(lines))
    got = list(iter_sources([path], max_bytes=1000))
    assert [s.doc_id for s in got] == ["small", "c-2", "after"]
    assert "larger than" in got[1].error
    assert got[2].text == "Still read."


def test_jsonl_is_streamed(tmp_path, monkeypatch):
    path = _write(tmp_path, "c.jsonl", "".join(f'{{"text": "Doc {i}."}}\n' for i in range(1000)))
    it = iter_sources([path])
    assert next(it).text == "Doc 0."
    # The rest is still there, read on demand.
    assert sum(1 for _ in it) == 999


# --- stdin --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stream", "text", "encoding"),
    [
        (lambda: io.BytesIO(ENGLISH.encode("utf-8")), ENGLISH, "utf-8"),
        (lambda: io.BytesIO(ENGLISH.encode("cp1252")), ENGLISH, "cp1252"),
        (lambda: io.BytesIO(b"One.\r\nTwo.\rThree."), "One.\nTwo.\nThree.", "utf-8"),
        (
            lambda: io.TextIOWrapper(io.BytesIO(ENGLISH.encode("utf-16")), encoding="ascii"),
            ENGLISH,
            "utf-16",
        ),
        (lambda: io.StringIO("Text\r\nstream."), "Text\nstream.", None),
    ],
    ids=["bytes-utf8", "bytes-cp1252", "bytes-crlf", "text-wrapper-uses-buffer", "stringio"],
)
def test_stdin(stream, text, encoding):
    (src,) = list(iter_sources(["-"], stdin=stream()))
    assert (src.doc_id, src.source, src.text, src.encoding) == ("stdin", "<stdin>", text, encoding)


def test_stdin_binary_is_an_error_source():
    (src,) = list(iter_sources(["-"], stdin=io.BytesIO(b"\x00\x01\x02")))
    assert src.text is None
    assert src.error.startswith("<stdin>: the data looks binary")


def test_stdin_empty_and_too_large():
    (empty,) = list(iter_sources(["-"], stdin=io.BytesIO(b"")))
    assert empty.text == "" and "empty document" in empty.warnings
    (big,) = list(iter_sources(["-"], stdin=io.BytesIO(b"z" * 100), max_bytes=10))
    assert big.text is None and "larger than" in big.error


def test_stdin_defaults_to_sys_stdin(monkeypatch):
    fake = io.TextIOWrapper(io.BytesIO(b"From the pipe."), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", fake)
    (src,) = list(iter_sources(["-"]))
    assert src.text == "From the pipe."


def test_stdin_mixed_with_files(tmp_path):
    a = _write(tmp_path, "a.txt", "File.")
    got = list(iter_sources([a, "-", a], stdin=io.BytesIO(b"Piped.")))
    assert [s.text for s in got] == ["File.", "Piped.", "File."]


# --- HTML ---------------------------------------------------------------------------

ARTICLE_HTML = """<!DOCTYPE html>
<html><head><meta charset="{charset}">
<title>Talks resume in Geneva | The Daily Lantern</title>
<meta property="og:site_name" content="The Daily Lantern">
<meta property="article:published_time" content="2024-03-07T09:15:00+01:00">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
<article><h1>Talks resume in Geneva</h1>
<p>Negotiators from both delegations met again on Thursday in Geneva, the third round of
talks this winter, officials said. The caf\u00e9 opposite the hall stayed open late.</p>
<p>A spokeswoman said more than 40 observers attended the session, which lasted nearly
six hours, and that a fourth round was planned for April.</p>
</article>
<footer>Copyright 2024 The Daily Lantern. All rights reserved.</footer>
</body></html>
"""


@pytest.fixture
def html_extra():
    pytest.importorskip("trafilatura")
    pytest.importorskip("htmldate")


@pytest.mark.usefixtures("html_extra")
@pytest.mark.parametrize(
    ("name", "charset", "codec"),
    [
        ("page.html", "utf-8", "utf-8"),
        ("page.htm", "utf-8", "utf-8"),
        ("page.HTML", "windows-1252", "cp1252"),
        ("page.html", "iso-8859-1", "latin-1"),
    ],
)
def test_html_main_text_title_date(tmp_path, name, charset, codec):
    path = _write(tmp_path, name, ARTICLE_HTML.format(charset=charset).encode(codec))
    src = read_source(path)
    assert src.ok, src.error
    assert "Negotiators from both delegations" in src.text
    assert "caf\u00e9 opposite" in src.text
    assert "Copyright" not in src.text
    assert "Home" not in src.text
    assert "<p>" not in src.text
    assert "\r" not in src.text
    assert src.title == "Talks resume in Geneva"
    assert src.published == "2024-03-07"
    assert src.outlet == "The Daily Lantern"


@pytest.mark.usefixtures("html_extra")
def test_html_http_equiv_charset(tmp_path):
    page = ARTICLE_HTML.replace(
        '<meta charset="{charset}">',
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">',
    )
    src = read_source(_write(tmp_path, "page.html", page.encode("cp1252")))
    assert "caf\u00e9 opposite" in src.text
    assert src.encoding == "cp1252"


@pytest.mark.usefixtures("html_extra")
def test_html_utf16_with_bom(tmp_path):
    src = read_source(
        _write(tmp_path, "page.html", ARTICLE_HTML.format(charset="utf-16").encode("utf-16"))
    )
    assert "caf\u00e9 opposite" in src.text
    assert src.encoding == "utf-16"


@pytest.mark.usefixtures("html_extra")
def test_binary_html_is_an_error_source(tmp_path):
    src = read_source(_write(tmp_path, "page.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
    assert src.text is None
    assert "binary" in src.error


@pytest.mark.usefixtures("html_extra")
def test_html_extraction_failure_is_an_error_source(tmp_path, monkeypatch):
    import trafilatura

    def explode(*args, **kwargs):
        raise ValueError("document is empty")

    monkeypatch.setattr(trafilatura, "bare_extraction", explode)
    src = read_source(_write(tmp_path, "page.html", ARTICLE_HTML.format(charset="utf-8")))
    assert src.text is None
    assert src.error.startswith(f"{tmp_path / 'page.html'}: no text could be extracted")


@pytest.mark.usefixtures("html_extra")
def test_html_sidecar_wins(tmp_path):
    path = _write(tmp_path, "page.html", ARTICLE_HTML.format(charset="utf-8"))
    _write(tmp_path, "page.meta.json", '{"published": "2024-03-08", "outlet": "Lantern Wire"}')
    src = read_source(path)
    assert (src.published, src.outlet, src.title) == (
        "2024-03-08",
        "Lantern Wire",
        "Talks resume in Geneva",
    )


@pytest.mark.usefixtures("html_extra")
@pytest.mark.parametrize(
    "content", ["", "<html><body></body></html>", "<html><body><p>  </p></body></html>"]
)
def test_html_without_main_text_is_empty_with_warning(tmp_path, content):
    src = read_source(_write(tmp_path, "blank.html", content))
    assert src.text == ""
    assert "empty document" in src.warnings


@pytest.mark.usefixtures("html_extra")
def test_html_in_folder(tmp_path):
    _write(tmp_path, "a.txt", "Plain.")
    _write(tmp_path, "b.html", ARTICLE_HTML.format(charset="utf-8"))
    got = list(iter_sources([tmp_path]))
    assert got[0].text == "Plain."
    assert got[1].text.startswith("Talks resume in Geneva")


@pytest.mark.parametrize("module", ["trafilatura", "htmldate"])
def test_missing_html_extra_message(tmp_path, monkeypatch, module):
    monkeypatch.setitem(sys.modules, module, None)  # makes `import module` fail
    path = _write(tmp_path, "page.html", "<html><body><p>Hello.</p></body></html>")
    with pytest.raises(MissingExtraError) as info:
        read_source(path)
    message = str(info.value)
    assert 'pip install "briefx[html]"' in message
    assert module in message
    assert info.value.exit_code == 4


def test_missing_html_extra_names_every_missing_package(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    monkeypatch.setitem(sys.modules, "htmldate", None)
    with pytest.raises(MissingExtraError, match=r"missing: trafilatura, htmldate\)\.$"):
        list(iter_sources([_write(tmp_path, "page.htm", "<p>Hi.</p>")]))


def test_missing_html_extra_does_not_affect_text_files(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    assert read_source(_write(tmp_path, "a.txt", "Plain.")).text == "Plain."


def test_folder_order_matches_sorted_paths(tmp_path):
    names = ["a.txt", "a/x.txt", "a-b.txt", "a b/y.txt", "A/z.txt", "a0.txt", "b/c/d.txt", "b.txt"]
    for name in names:
        _write(tmp_path, name, f"Text of {name}.")
    got = [s.source for s in iter_sources([tmp_path])]
    assert got == [str(p) for p in sorted(tmp_path / name for name in names)]


def test_path_named_dash_is_a_file_not_stdin(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _write(tmp_path, "-", "A file called dash.")
    (src,) = list(iter_sources([Path("-")], stdin=io.BytesIO(b"Piped.")))
    assert src.text == "A file called dash."


def test_no_stdin_at_all(monkeypatch):
    monkeypatch.setattr(sys, "stdin", None)
    (src,) = list(iter_sources(["-"]))
    assert src.error == "There is no standard input to read from."


def test_closed_stdin():
    stream = io.BytesIO(b"gone")
    stream.close()
    (src,) = list(iter_sources(["-"], stdin=stream))
    assert src.text is None and "could not be read" in src.error


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_bomless_utf16_with_a_rare_zero_low_byte(codec):
    # U+0100 and U+2000 end in a zero byte: a few of them must not make the text "binary".
    text = "Ministers met in Āmsterdam\u2000today, then flew home to sign the treaty. " * 20
    assert decode_bytes(text.encode(codec)) == (text, codec)


# --- issue 17: a FIFO or other non-regular file in a folder never hangs the run ----------


def _in_thread(fn, timeout: float = 20.0):
    """Run fn in a daemon thread; return (finished, result)."""
    import threading

    box: list = []
    worker = threading.Thread(target=lambda: box.append(fn()), daemon=True)
    worker.start()
    worker.join(timeout)
    return (not worker.is_alive()), (box[0] if box else None)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
@pytest.mark.parametrize("name", ["b.txt", "b.jsonl", "b.html"])
def test_fifo_in_a_folder_is_an_error_record_not_a_hang(tmp_path, name):
    (tmp_path / "a.txt").write_text("Kyiv said no.", encoding="utf-8")
    fifo = tmp_path / name
    os.mkfifo(fifo)
    (tmp_path / "c.txt").write_text("Ankara said yes.", encoding="utf-8")
    try:
        finished, sources = _in_thread(lambda: list(iter_sources([tmp_path])))
        assert finished, "reading a folder with a FIFO in it hung"
    finally:
        # Release a reader blocked in open(), so a failing run does not leave a thread behind.
        try:
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        except OSError:
            pass
    assert [s.source for s in sources] == [str(tmp_path / n) for n in ("a.txt", name, "c.txt")]
    assert [s.ok for s in sources] == [True, False, True]
    assert "not a regular file" in sources[1].error


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_fifo_named_directly_is_read(tmp_path):
    import threading

    fifo = tmp_path / "piped.txt"
    os.mkfifo(fifo)

    def feed() -> None:
        with open(fifo, "wb") as fh:
            fh.write(b"Kyiv said no.")

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    finished, sources = _in_thread(lambda: list(iter_sources([str(fifo)])))
    writer.join(5)
    assert finished and [s.text for s in sources] == ["Kyiv said no."]


def test_broken_link_in_a_folder_is_still_reported_as_missing(tmp_path):
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    sources = list(iter_sources([tmp_path]))
    assert len(sources) == 1 and not sources[0].ok and "not found" in sources[0].error
