"""Bytes to text: encoding detection, binary refusal, newline normalisation."""

from __future__ import annotations

import codecs
import re

from briefx.errors import InputError

__all__ = ["decode_bytes", "normalize_newlines"]

# Above this share of control characters a decoded text is taken for binary data.
_MAX_CONTROL_SHARE = 0.3
# C0 controls except tab, newline, vertical tab, form feed, carriage return; DEL; C1 controls.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_NEWLINE = re.compile("\r\n?")
_BOMS = (
    # UTF-32 first: its little-endian BOM starts with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# The commonest legacy encoding of English text; preferred when detection cannot tell.
_PREFERRED_LEGACY = "cp1252"


def normalize_newlines(text: str) -> str:
    """Return ``text`` with ``\\r\\n`` and lone ``\\r`` turned into ``\\n`` (Python's text mode)."""
    return _NEWLINE.sub("\n", text)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode the bytes of one document and normalise its line endings.

    UTF-8 (with or without BOM), UTF-16 and UTF-32 with a BOM, and UTF-16 without one
    are recognised; anything else is detected with charset-normalizer, preferring cp1252
    when the detector cannot tell it from another legacy encoding. Nothing but line
    endings is changed: no Unicode normalisation, zero-width and control characters kept.

    Args:
        data: the raw bytes.

    Returns:
        ``(text, encoding)``, ``encoding`` being a Python codec name with which
        ``data.decode(encoding)`` gives ``text`` before line endings are normalised.

    Raises:
        InputError: the bytes are binary data (NUL bytes outside UTF-16, mostly control
            characters) or could not be decoded.
    """
    text, encoding = _decode(data)
    if _control_share(text) > _MAX_CONTROL_SHARE:
        raise InputError(
            "The data looks binary (mostly control characters), not text; "
            "convert it to plain text or HTML first."
        )
    return normalize_newlines(text), encoding


def _decode(data: bytes) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"The data starts with a {encoding} byte-order mark but is not valid "
                    f"{encoding} (byte {exc.start}); re-save it as UTF-8."
                ) from exc
    if b"\x00" in data:
        utf16 = _bomless_utf16(data)
        if utf16 is None:
            raise InputError(
                "The data looks binary (it contains NUL bytes), not text; "
                "convert it to plain text or HTML first."
            )
        return data.decode(utf16), utf16
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    return _detect_legacy(data)


def _bomless_utf16(data: bytes) -> str | None:
    """Return ``utf-16-le``/``-be`` if NUL bytes sit where Latin text in UTF-16 puts them."""
    if len(data) % 2:
        return None
    half = len(data) // 2
    even_nuls = data[0::2].count(0)
    odd_nuls = data[1::2].count(0)
    # Mostly-Latin text in UTF-16 has a NUL in most high bytes and (almost) none in the
    # low ones: only a few rare characters (U+0100, U+2000, ...) end in a zero byte.
    if odd_nuls >= 0.4 * half and even_nuls <= 0.05 * half:
        encoding = "utf-16-le"
    elif even_nuls >= 0.4 * half and odd_nuls <= 0.05 * half:
        encoding = "utf-16-be"
    else:
        return None
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return encoding


def _detect_legacy(data: bytes) -> tuple[str, str]:
    try:
        import charset_normalizer
    except ImportError as exc:  # pragma: no cover - a dependency of briefx
        raise InputError(
            "The data is not UTF-8 and charset-normalizer is not installed to detect its "
            "encoding; pip install charset-normalizer, or re-save the file as UTF-8."
        ) from exc
    # Without a BOM or NUL bytes UTF-16/32 is never the right guess for English news.
    matches = [
        m
        for m in charset_normalizer.from_bytes(data)
        if not m.encoding.startswith(("utf_16", "utf_32"))
    ]
    if not matches:
        raise InputError(
            "The data could not be decoded as text in any known encoding; "
            "re-save it as UTF-8 or check that it is a text file."
        )
    best = min(matches, key=lambda m: (m.chaos, -m.coherence))
    ties = [
        m for m in matches if m.chaos <= best.chaos + 0.01 and m.coherence >= best.coherence - 0.01
    ]
    if any(_PREFERRED_LEGACY in m.could_be_from_charset for m in ties):
        try:
            return data.decode(_PREFERRED_LEGACY), _PREFERRED_LEGACY
        except UnicodeDecodeError:
            pass
    try:
        encoding = codecs.lookup(best.encoding).name
        return data.decode(encoding), encoding
    except (LookupError, UnicodeDecodeError) as exc:
        raise InputError(
            f"The data could not be decoded as {best.encoding}, the likeliest encoding; "
            "re-save it as UTF-8."
        ) from exc


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    return len(_CONTROL.findall(text)) / len(text)
