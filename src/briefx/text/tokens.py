"""Tokenisation beyond spaCy's own rules: a verb with a hyphenated prefix is one word.

spaCy's English tokenizer splits a hyphen between letters ("re-elected" -> "re", "-",
"elected"); the parser then reads "re" as a verb of its own, and every piece became an
event frame. A hyphen right after a prefix of ``verb_prefixes`` (``models/text/tokens.json``:
"re", "co", "pre", "de"), at the start of a word, no longer splits it. The rest of the
tokenizer, and every other hyphen, is left as the model saved it.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.lang.char_classes import ALPHA, HYPHENS
from spacy.language import Language

from briefx.resources import load_json

# spaCy's infix rule for a hyphen between letters (spacy.lang.punctuation).
_HYPHEN_INFIX = rf"(?<=[{ALPHA}0-9])(?:{HYPHENS})(?=[{ALPHA}])"


@cache
def verb_prefixes() -> frozenset[str]:
    """The prefixes a hyphen after which does not split a word (``verb_prefixes``)."""
    return frozenset(load_json("text/tokens.json")["verb_prefixes"])


def split_prefix(word: str) -> tuple[str, str] | None:
    """A word kept whole with its hyphenated prefix, as (prefix in lower case, the rest):
    "Re-elected" -> ("re", "elected"); None for any other word."""
    head, dash, rest = word.partition("-")
    if not dash or not rest or head.lower() not in verb_prefixes():
        return None
    return head.lower(), rest


def _kept_hyphen_infix() -> str:
    """The hyphen rule, not after a prefix of ``verb_prefixes`` that starts a word (a
    capital first letter too: "Re-elected")."""
    guards = "".join(rf"(?<!\b[{p[0].upper()}{p[0]}]{p[1:]})" for p in sorted(verb_prefixes()))
    return _HYPHEN_INFIX.replace("(?:", guards + "(?:", 1)


def keep_prefixed_verbs(nlp: Language) -> None:
    """Make ``nlp``'s tokenizer keep "re-elected", "co-founded" whole (in place). A
    tokenizer without spaCy's hyphen rule is left as it is."""
    tokenizer = nlp.tokenizer
    finditer = getattr(tokenizer, "infix_finditer", None)
    pattern = getattr(getattr(finditer, "__self__", None), "pattern", None)
    if not isinstance(pattern, str) or _HYPHEN_INFIX not in pattern:
        return
    tokenizer.infix_finditer = re.compile(  # type: ignore[union-attr]
        pattern.replace(_HYPHEN_INFIX, _kept_hyphen_infix(), 1)
    ).finditer
