"""spaCy's attribute ruler run over a Doc's arrays: the same attributes, most of its time saved.

The small English model's ``attribute_ruler`` maps each token's fine tag (and, for a few
words, its text or dependency) to a part of speech, morphology and lemma, with a
``Matcher`` over all 179 rules for every token: about a tenth of the model's time on news.
Nearly all its rules look at one token, through four attributes (TAG, LOWER, DEP,
IS_SPACE); which of them match depends only on those four values. ``ArrayRuler`` works
the matches out once per distinct combination, runs spaCy's ``Matcher`` only for the
few rules that span several tokens, applies the rules in spaCy's order (by rule, later
rules win) and writes the columns back in one call. A ruler with any other kind of rule
is left to spaCy (``use_array_ruler`` returns False), so the attributes are always
spaCy's own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

import numpy
from spacy.attrs import DEP, IDS, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

if TYPE_CHECKING:
    from thinc.types import Ints2d

NAME = "briefx_attribute_ruler"
# The token attributes a one-token rule may test, in the order of a token's key.
KEY_ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")
# The attributes a rule may set that are written back as columns (DEP is set per token).
COLUMNS = (TAG, POS, MORPH, LEMMA)
_COLUMN_OF = {attr: k for k, attr in enumerate(COLUMNS)}

Test = Callable[[Any], bool]


def _value_test(spec: Any) -> Test | None:
    """A test for one attribute's value in a Matcher pattern, or None when unsupported."""
    if not isinstance(spec, dict):
        return lambda value: value == spec
    if len(spec) != 1:
        return None
    ((op, arg),) = spec.items()
    if op == "IN":
        allowed = frozenset(arg)
        return lambda value: value in allowed
    if op == "NOT_IN":
        banned = frozenset(arg)
        return lambda value: value not in banned
    if op == "REGEX":
        pattern = re.compile(arg)
        return lambda value: bool(pattern.search(value))
    return None


def _token_test(token_pattern: dict[str, Any]) -> Callable[[tuple[Any, ...]], bool] | None:
    """A test of one token's key (``KEY_ATTRS`` values), or None when unsupported."""
    tests: list[tuple[int, Test]] = []
    for attr, spec in token_pattern.items():
        if attr not in KEY_ATTRS:
            return None
        test = _value_test(spec)
        if test is None:
            return None
        tests.append((KEY_ATTRS.index(attr), test))
    return lambda key: all(test(key[i]) for i, test in tests)


def _required(token_pattern: dict[str, Any], attr: str) -> list[str | None]:
    """The values of ``attr`` a one-token pattern requires, or [None] when it allows any."""
    spec = token_pattern.get(attr)
    if isinstance(spec, str):
        return [spec]
    if isinstance(spec, dict) and set(spec) == {"IN"}:
        return list(spec["IN"])
    return [None]


class ArrayRuler:
    """Apply ``inner``'s rules to a Doc through per-key plans and column writes."""

    def __init__(self, inner: AttributeRuler) -> None:
        self.inner = inner
        # One-token rules by the fine tag and the word they require (most name a tag, many
        # a word too); None stands for any, and such rules are tried for every tag or word.
        self.by_key: dict[
            tuple[str | None, str | None], list[tuple[int, Callable[[tuple[Any, ...]], bool]]]
        ] = {}
        # Rules over several tokens (no operators: one test per token, in a row).
        self.multi: list[tuple[int, list[Callable[[tuple[Any, ...]], bool]]]] = []
        self.supported = True
        # (tag, lower, dep, space) hashes -> (one-token rules, the key's text form, the
        # longer rules whose first token it passes)
        self._known: dict[
            tuple[int, ...], tuple[tuple[int, ...], tuple[Any, ...], tuple[int, ...]]
        ] = {}
        self._plans: dict[tuple[int, ...], tuple[tuple[int, int], ...]] = {}
        # The words any rule names, and the regexes any rule tests words with: a word
        # outside the one and matching the same regexes meets the same rules as any other
        # such word, so the rules are worked out per class of word, not per word.
        self._words: set[str] = set()
        self._word_patterns: list[re.Pattern[str]] = []
        self._by_class: dict[tuple[Any, ...], tuple[tuple[int, ...], tuple[int, ...]]] = {}
        for rule, spec in enumerate(inner.patterns):
            patterns: list[list[dict[str, Any]]] = spec["patterns"]  # type: ignore[assignment]
            for pattern in patterns:
                for token in pattern:
                    self._note_words(token.get("LOWER"))
                found = [_token_test(token) for token in pattern]
                tests = [test for test in found if test is not None]
                if len(tests) != len(found):
                    self.supported = False
                    return
                if len(pattern) == 1:
                    for tag in _required(pattern[0], "TAG"):
                        for lower in _required(pattern[0], "LOWER"):
                            self.by_key.setdefault((tag, lower), []).append((rule, tests[0]))
                else:
                    self.multi.append((rule, tests))

    def _note_words(self, spec: Any) -> None:
        """Keep the words and word regexes of a pattern's LOWER test."""
        if isinstance(spec, str):
            self._words.add(spec)
        elif isinstance(spec, dict):
            for op, arg in spec.items():
                if op == "REGEX":
                    self._word_patterns.append(re.compile(arg))
                elif isinstance(arg, (list, tuple, set, frozenset)):
                    self._words.update(arg)

    def _read(
        self, key: tuple[int, ...], strings: Any
    ) -> tuple[tuple[int, ...], tuple[Any, ...], tuple[int, ...]]:
        """The one-token rules a key matches, the key as text (for longer rules), and the
        longer rules whose first token it passes."""
        found = self._known.get(key)
        if found is None:
            tag, lower, dep, space = key
            text = (
                strings[tag] if tag else "",
                strings[lower],
                strings[dep] if dep else "",
                bool(space),
            )
            lower_text = text[1]
            word: Any = lower_text
            if lower_text not in self._words:
                word = tuple(bool(p.search(lower_text)) for p in self._word_patterns)
            kind = (text[0], word, text[2], text[3])
            matched = self._by_class.get(kind)
            if matched is None:
                matched = self._by_class[kind] = self._match(text)
            found = self._known[key] = (matched[0], text, matched[1])
        return found

    def _match(self, text: tuple[Any, ...]) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """The one-token rules ``text`` (a key as text) matches, and the longer rules
        whose first token it passes."""
        tag_text, lower_text = text[0], text[1]
        candidates = [
            *self.by_key.get((tag_text, lower_text), ()),
            *self.by_key.get((tag_text, None), ()),
            *self.by_key.get((None, lower_text), ()),
            *self.by_key.get((None, None), ()),
        ]
        rules = tuple(sorted({rule for rule, test in candidates if test(text)}))
        opens = tuple(m for m, (_, tests) in enumerate(self.multi) if tests[0](text))
        return rules, opens

    def _plan(self, rules: tuple[int, ...]) -> tuple[tuple[int, int], ...]:
        """(attribute, value) pairs that ``rules`` leave, applied in order (later wins)."""
        plan = self._plans.get(rules)
        if plan is None:
            final: dict[int, int] = {}
            for rule in rules:
                final.update(self.inner.attrs[rule])
            plan = self._plans[rules] = tuple(final.items())
        return plan

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        strings = doc.vocab.strings
        keys = doc.to_array([TAG, LOWER, DEP, IS_SPACE])
        # Each distinct key is read once: a news Doc has far fewer keys than tokens.
        unique, inverse = numpy.unique(keys, axis=0, return_inverse=True)
        inverse = inverse.reshape(-1)
        read = [self._read(tuple(key), strings) for key in unique.tolist()]
        rules_of_key = [rules for rules, _, _ in read]
        token_rules: dict[int, tuple[int, ...]] = {}
        opened: dict[int, list[int]] = {}
        for k, (_, _, opens) in enumerate(read):
            for m in opens:
                opened.setdefault(m, []).append(k)
        for m, opening in sorted(opened.items()):
            # Rare: a rule over several tokens joins that token's rules, in rule order.
            rule, tests = self.multi[m]
            width = len(tests)
            for start in numpy.flatnonzero(numpy.isin(inverse, opening)).tolist():
                end = start + width
                if end > len(inverse) or not all(
                    test(read[inverse[start + j]][1]) for j, test in enumerate(tests)
                ):
                    continue
                token = range(start, end)[self.inner.indices[rule]]
                before = token_rules.get(token, rules_of_key[inverse[token]])
                token_rules[token] = tuple(sorted({*before, rule}))
        columns = doc.to_array(list(COLUMNS))
        values = numpy.zeros((len(unique), len(COLUMNS)), dtype=columns.dtype)
        given = numpy.zeros((len(unique), len(COLUMNS)), dtype=bool)
        deps: dict[int, int] = {}
        for k, rules in enumerate(rules_of_key):
            for attr, value in self._plan(rules):
                column = _COLUMN_OF.get(attr)
                if column is not None:
                    values[k, column], given[k, column] = value, True
        columns = numpy.where(given[inverse], values[inverse], columns)
        dep_of_key = {k: dict(self._plan(rules)).get(DEP) for k, rules in enumerate(rules_of_key)}
        for k, dep in dep_of_key.items():
            if dep is not None:
                for token in numpy.flatnonzero(inverse == k).tolist():
                    deps[token] = dep
        for token, rules in token_rules.items():
            original = doc.to_array(list(COLUMNS))[token]
            columns[token] = original
            deps.pop(token, None)
            for attr, value in self._plan(rules):
                column = _COLUMN_OF.get(attr)
                if column is not None:
                    columns[token, column] = value
                else:
                    deps[token] = value
        doc.from_array(list(COLUMNS), cast("Ints2d", columns))
        for token, value in deps.items():
            doc[token].dep = value
        return doc


def use_array_ruler(nlp: Language) -> bool:
    """Run ``nlp``'s attribute ruler as an ``ArrayRuler`` (in place); False if not possible.

    Only an ``AttributeRuler`` named ``attribute_ruler`` whose rules ``ArrayRuler``
    reads exactly is replaced; anything else stays with spaCy.
    """
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    inner = nlp.get_pipe("attribute_ruler")
    if not isinstance(inner, AttributeRuler):
        return False
    settable = {IDS[name] for name in ("TAG", "POS", "MORPH", "LEMMA", "DEP")}
    if any(set(attrs) - settable for attrs in inner.attrs):
        return False
    fast = ArrayRuler(inner)
    if not fast.supported:
        return False
    nlp.add_pipe(NAME, before="attribute_ruler")
    slot = nlp.get_pipe(NAME)
    assert isinstance(slot, _Slot)
    slot.use(fast)
    nlp.disable_pipe("attribute_ruler")
    return True


class _Slot:
    """The registered component: a place for the ``ArrayRuler`` that ``use`` puts in."""

    def __init__(self) -> None:
        self.ruler: ArrayRuler | None = None

    def use(self, ruler: ArrayRuler) -> None:
        self.ruler = ruler

    def __call__(self, doc: Doc) -> Doc:
        if self.ruler is None:
            raise ValueError(f"{NAME} has no rules: add it with briefx.fast.ruler.use_array_ruler")
        return self.ruler(doc)


@Language.factory(NAME)
def make_array_ruler(nlp: Language, name: str) -> _Slot:
    """The array pass; ``use_array_ruler`` gives it the ruler to read."""
    return _Slot()
