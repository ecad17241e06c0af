"""HTML pages: charset, main text and metadata through trafilatura and htmldate.

Both come with the optional ``html`` extra and are imported only when an HTML file is met.
"""

from __future__ import annotations

import codecs
import importlib
import re
from types import ModuleType

from briefx.errors import MissingExtraError
from briefx.inputs.decode import (
    _MAX_CONTROL_SHARE,
    _control_share,
    decode_bytes,
    normalize_newlines,
)

HTML_SUFFIXES = frozenset({".html", ".htm"})
_HTML_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_HTML_EXTRA_HINT = 'Reading HTML needs the html extra: pip install "briefx[html]"'


def _html_modules() -> tuple[ModuleType, ModuleType]:
    """Import trafilatura and htmldate, or say how to install them."""
    modules: list[ModuleType] = []
    missing: list[str] = []
    for name in ("trafilatura", "htmldate"):
        try:
            modules.append(importlib.import_module(name))
        except ImportError:
            missing.append(name)
    if missing:
        raise MissingExtraError(f"{_HTML_EXTRA_HINT} (missing: {', '.join(missing)}).")
    trafilatura, htmldate = modules
    return trafilatura, htmldate


def _decode_html(data: bytes) -> tuple[str, str]:
    """Decode HTML, trusting a declared ``<meta charset>`` when the bytes are not UTF-8."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        declared = _HTML_CHARSET.search(data[:4096])
        if declared:
            try:
                encoding = codecs.lookup(declared.group(1).decode("ascii")).name
                text = data.decode(encoding)
            except (LookupError, UnicodeDecodeError):
                pass
            else:
                if b"\x00" not in data and _control_share(text) <= _MAX_CONTROL_SHARE:
                    return normalize_newlines(text), encoding
    return decode_bytes(data)


def _extract_html(
    html: str, modules: tuple[ModuleType, ModuleType], warnings: list[str]
) -> tuple[str, dict[str, str]]:
    """Return the main text of an article page and what its markup says about it."""
    trafilatura, htmldate = modules
    if not html.strip():
        return "", {}
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if doc is None:
        warnings.append("no main text found in the HTML")
        return "", {}
    # trafilatura >= 2 returns a Document, older versions a dict.
    get = doc.get if isinstance(doc, dict) else lambda key: getattr(doc, key, None)
    text = normalize_newlines(get("text") or "")
    found: dict[str, str] = {}
    for key, value in (("title", get("title")), ("outlet", get("sitename"))):
        if isinstance(value, str) and value.strip():
            found[key] = value.strip()
    # Only dates the page declares: a date guessed from the body could be any date it cites.
    published = htmldate.find_date(html, original_date=True, extensive_search=False)
    if published:
        found["published"] = published
    return text, found
