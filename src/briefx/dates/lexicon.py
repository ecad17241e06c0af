"""The date word lists (``models/dates/lexicon.json``) and the regex pieces built from them."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.tokens import Token

from briefx.resources import load_json
from briefx.text.numwords import read_number


def _alt(words: Any) -> str:
    """A regex alternation of words, written as a trie ("sep(?:t(?:ember)?)?").

    Same language as "september|sept|sep" tried longest first, but the regex engine
    checks each shared prefix once: the rules scan every word of every article.
    """
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict[str, Any]) -> str:
    ends = "" in node
    branches = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:  # the word may stop here; prefer the longer match (greedy "?")
        return "(?:" + body + ")?" if len(branches) == 1 and len(body) > 1 else body + "?"
    return body


@dataclass(frozen=True)
class Lexicon:
    """Word lists plus the regex fragments built from them (all lower case)."""

    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, float]
    vague: frozenset[str]
    ordinals: dict[str, int]
    units: dict[str, str]
    set_adverbs: dict[str, str]
    seasons: dict[str, str]
    day_parts: dict[str, str]
    deictic_days: dict[str, int]
    deictic_nights: dict[str, int]  # "overnight": -1 (the night before, told in the past)
    refs: dict[str, str]
    mods: dict[str, str]
    holidays: dict[str, Any]
    time_zones: dict[str, str]
    month_re: str
    weekday_re: str
    number_re: str
    ordinal_re: str
    unit_re: str
    season_re: str
    day_part_re: str
    mod_re: str
    zone_re: str


@cache
def lexicon() -> Lexicon:
    """Load the lexicon once per process."""
    data = load_json("dates/lexicon.json")
    # The date patterns accept these number words; their values come from the one table.
    numbers = {
        word: float(value)
        for word in data["numbers"]
        if (value := read_number(word, article=True)) is not None
    }
    number_words = [*numbers, *data["vague_numbers"]]
    return Lexicon(
        months=data["months"],
        weekdays=data["weekdays"],
        numbers=numbers,
        vague=frozenset(data["vague_numbers"]),
        ordinals=data["ordinals"],
        units=data["units"],
        set_adverbs=data["set_adverbs"],
        seasons=data["seasons"],
        day_parts=data["day_parts"],
        deictic_days=data["deictic_days"],
        deictic_nights=data["deictic_nights"],
        refs=data["refs"],
        mods=data["mods"],
        holidays=data["holidays"],
        time_zones=data["time_zones"],
        month_re=_alt(data["months"]),
        weekday_re=_alt(data["weekdays"]),
        # A number: digits, or up to four number words ("twenty four", "a couple of").
        number_re=r"(?:\d+(?:[.,]\d+)?(?: 1/2)?|(?:(?:" + _alt(number_words) + r")\s?){1,4})",
        ordinal_re=_alt(data["ordinals"]),
        unit_re=_alt(data["units"]),
        season_re=_alt(data["seasons"]),
        day_part_re=_alt(data["day_parts"]),
        mod_re=_alt(data["mods"]),
        zone_re=_alt(data["time_zones"]),
    )


@cache
def rule_data() -> dict[str, Any]:
    """The normalisation resources (``models/dates/normalize.json``), read once."""
    return load_json("dates/normalize.json")


@cache
def context_data() -> dict[str, Any]:
    """The finder's context words and regexes (``models/dates/context.json``), read once."""
    return load_json("dates/context.json")


@cache
def past_forms() -> frozenset[str]:
    """Irregular past forms of verbs ("retook", "withdrew"; ``models/dates/past_forms.json``,
    from WordNet)."""
    return frozenset(load_json("dates/past_forms.json")["forms"])


def misread_past(token: Token) -> bool:
    """A past the tagger read as another form: an irregular past read as a present or a
    base form ("Troops retook a village on Wednesday": VBP), or a past participle with a
    subject of its own ("The hotel reopened in March": VBN; English has no finite
    participle), not one spelt as its base form ("rate cut in spring": a noun the parse
    misread). Told with no auxiliary, it is a past."""
    tag = token.tag_
    if tag == "VBN":
        if token.lower_ == token.lemma_:
            return False
        if past_beside_a_carried_verb(token):
            return True  # "would investigate and arrested two men": no "would arrested"
        return any(c.dep_ == "nsubj" for c in token.lefts) and not any(
            c.dep_ in {"aux", "auxpass"} for c in token.lefts
        )
    return tag in {"VB", "VBP", "VBZ"} and token.lower_ in past_forms()


def past_beside_a_carried_verb(token: Token) -> bool:
    """A past form coordinated after a bare verb an auxiliary carries ("would close the
    plant and fired 200 workers", "will strike on Friday and rejected the offer", "hope
    to reopen the bridge and cleared debris"): it cannot share that auxiliary, so it is a
    past of its own, with neither the bare verb's modality nor its time. Not a past
    spelt as its base form ("would close the plant and cut 200 jobs"), nor one with an
    auxiliary of its own."""
    if token.dep_ != "conj" or token.tag_ not in {"VBD", "VBN"}:
        return False
    if token.lower_ == token.lemma_.lower():
        return False
    head = token.head
    if head.tag_ != "VB" or not any(c.dep_ == "aux" for c in head.lefts):
        return False
    return not any(c.dep_ in {"aux", "auxpass"} for c in token.lefts)


@cache
def context_words() -> dict[str, frozenset[str]]:
    """The word lists of ``models/dates/context.json`` as sets: ``future_aux`` ("will"),
    ``future_heads`` ("due", "scheduled"), ``deadline_verbs`` ("postpone": "pushed the vote
    back until Tuesday" looks ahead, whatever the verb's own tense), ``booking_verbs``
    ("called a strike for Dec. 2"), ..."""
    return {k: frozenset(v) for k, v in context_data().items() if isinstance(v, list)}


@cache
def reacting_verbs() -> frozenset[str]:
    """The verbs whose object is an event that came before them, which they react to,
    judge or look into ("condemned the attack", "investigating the crash"): the
    ``reacting`` list of ``models/events/time.json``, which event time reads too."""
    return frozenset(load_json("events/time.json")["reacting"])


@cache
def sequence_verbs() -> tuple[frozenset[str], frozenset[str]]:
    """The verbs that only place their subject after or before their object ("the decline
    followed a surge", "the vote preceded a walkout"), and of them those whose object came
    first ("follow"): ``sequence_verbs`` and ``sequence_after`` of
    ``models/events/time.json``, which event time reads too."""
    data = load_json("events/time.json")
    return frozenset(data["sequence_verbs"]), frozenset(data["sequence_after"])


@cache
def taking_up_verbs() -> frozenset[str]:
    """The verbs whose object is an event they call, seek, announce or decide on ("sought
    a hearing on Dec. 9", "called a strike"): the ``taking_up`` list of
    ``models/events/time.json``, which event time reads too."""
    return frozenset(load_json("events/time.json")["taking_up"])


@cache
def event_nouns() -> frozenset[str]:
    """The event nouns of ``models/events/words.json`` and the event nominals of
    ``models/events/nominals.json`` ("talks", "hearing", "election")."""
    nominals = load_json("events/nominals.json")
    return frozenset(
        [*load_json("events/words.json")["nouns"], *nominals["nouns"], *nominals["news_nouns"]]
    )


@cache
def evidence_verbs() -> frozenset[str]:
    """The verbs by which a source shows its figures ("a survey showed on Monday"):
    ``evidence_verbs`` of ``models/events/time.json``, read once."""
    return frozenset(load_json("events/time.json")["evidence_verbs"])


@cache
def reporting_verbs() -> frozenset[str]:
    """The verbs of reporting (``models/attribution.json`` cues), read once."""
    return frozenset(load_json("attribution.json")["cues"])


class CompiledOnUse(Mapping[str, re.Pattern[str]]):
    """Named regexes, each compiled the first time it is looked up, then kept.

    ``CompiledOnUse({"year": r"\\d{4}"})["year"]`` compiles once. Compiling every rule's
    regex before the first date was read cost a tenth of a second at each start, and a
    text needs few of them.

    Args:
        sources: regex source by name.
        flags: ``re`` flags for all of them.
    """

    def __init__(self, sources: Mapping[str, str], flags: int = 0) -> None:
        self._sources = dict(sources)
        self._flags = flags
        self._compiled: dict[str, re.Pattern[str]] = {}

    def __getitem__(self, name: str) -> re.Pattern[str]:
        found = self._compiled.get(name)
        if found is None:
            found = self._compiled[name] = re.compile(self._sources[name], self._flags)
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._sources)

    def __len__(self) -> int:
        return len(self._sources)


_PLACEHOLDER = re.compile(r"\{([A-Z_]+)\}")


@cache
def _fills() -> dict[str, str]:
    lex = lexicon()
    base = {
        "MONTH": lex.month_re,
        "WEEKDAY": lex.weekday_re,
        "NUMBER": lex.number_re,
        "PART": lex.day_part_re,
        "UNIT": lex.unit_re,
        "ORDINAL": lex.ordinal_re,
        "SEASON": lex.season_re,
        "ZONES": lex.zone_re,
    }
    # A piece may hold lexicon placeholders ("{ZONE}" names "{ZONES}"): fill those first.
    pieces = {
        name: _PLACEHOLDER.sub(lambda m: base[m.group(1)], regex)
        for name, regex in rule_data()["pieces"].items()
    }
    return {**base, **pieces}


def fill(regex: str) -> str:
    """A resource regex with its placeholders filled: "^({MONTH})\\.? {DAY}$" -> the month
    alternation and the day piece, inserted as they are (other braces are regex repeats).

    Args:
        regex: a regex from ``normalize.json`` holding ``{MONTH}``, ``{DAY}``...

    Returns:
        The regex source, ready to compile.
    """
    return _PLACEHOLDER.sub(lambda m: _fills()[m.group(1)], regex)


def parse_number(text: str) -> float | None:
    """Read "4", "1,200", "four", "twenty four", "a hundred", "a couple of" (None if vague).

    The shared reader of ``briefx.text.numwords`` (quantities read their numbers with it too);
    a lone "a" / "an" is one ("a year").
    """
    value = read_number(text, article=True)
    return None if value is None else float(value)
