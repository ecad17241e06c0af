"""Finding date expressions in a Doc: NER DATE/TIME spans cut to TimeBank's conventions,
plus regex rules (``models/dates/patterns.json``) for what the model misses.

Everything here works on character offsets into ``doc.text``; nothing is stored on the Doc.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import cache, lru_cache

from spacy.tokens import Doc, Span, Token

from briefx.dates.lexicon import CompiledOnUse, context_data, lexicon
from briefx.entities.products import NUMBERED_NAME
from briefx.extensions import text_of
from briefx.fast.nearscan import Reach, find_near, reach
from briefx.resources import load_json
from briefx.text.guard import merge_spans

# Any date: only whether a candidate reads as a range is asked of the normaliser.
_PROBE_REFERENCE = dt.date(2000, 6, 15)
# Distinct candidate phrases whose reading as a range is remembered.
RANGE_CACHE_SIZE = 1024
# Weekday names capitalised mid-sentence count only when longer than this: "Sun", "Wed"
# and "Sat" are also words (a newspaper, "wed", "sat").
SHORTEST_CAPITALISED_WEEKDAY = 3
# Characters before a bare number searched for a currency sign or word ("$1990", "Rs 1990").
CURRENCY_WINDOW = 5
# Characters after a bare number searched for a unit, percent or currency word ("1800 sq m").
MEASURE_WINDOW = 16
# Characters before "a year" searched for the amount of a rate ("$5 a year", "5% a year").
RATE_WINDOW = 12
# Characters after a span searched for "-old" / "old" ("a 6-year-old", "44 years old").
AGE_WINDOW = 6
# Last characters of a span searched for an age word the span itself swallowed.
AGE_TAIL = 5


@cache
def _patterns() -> tuple[tuple[str, bool, tuple[str, ...]], ...]:
    """The rules of ``patterns.json``: id, whether it reads lower-cased text, and the
    substrings one of which its matches need (a name in braces stands for its words)."""
    data = load_json("dates/patterns.json")
    return tuple(
        (row["id"], bool(row["ignore_case"]), _required_words(row.get("requires", ())))
        for row in data["patterns"]
    )


def _required_words(requires: Sequence[str]) -> tuple[str, ...]:
    """A rule's ``requires`` with a placeholder ("{MONTH_CAP}", "{UNIT}") spelled out as
    its words: the very words the placeholder's alternation in the rule's regex holds."""
    lists = _placeholder_words()
    words: list[str] = []
    for entry in requires:
        named = re.fullmatch(r"\{([A-Z_]+)\}", entry)
        words.extend(lists[named.group(1)] if named else [entry])
    return tuple(dict.fromkeys(words))


@cache
def _placeholder_words() -> dict[str, tuple[str, ...]]:
    """The placeholders that stand for a list of words, with the words: capitalised month
    and weekday names (weekdays longer than ``SHORTEST_CAPITALISED_WEEKDAY``), time
    units and reference words ("now", "recently")."""
    lex = lexicon()
    return {
        "MONTH_CAP": tuple(m.capitalize() for m in lex.months),
        "WEEKDAY_CAP": tuple(
            w.capitalize() for w in lex.weekdays if len(w) > SHORTEST_CAPITALISED_WEEKDAY
        ),
        "UNIT": tuple(lex.units),
        "REF": tuple(load_json("dates/patterns.json")["ref_words"]),
    }


@cache
def _reach(rule: str) -> Reach | None:
    """How far a rule's matches read (``nearscan.reach``), worked out once."""
    return reach(_regexes()[rule])


@cache
def _regexes() -> CompiledOnUse:
    """The rules' regexes by id, placeholders filled, each compiled on first use (a
    text whose words no rule ``requires`` compiles none of them)."""
    lex, data, listed = lexicon(), load_json("dates/patterns.json"), _placeholder_words()

    def longest_first(name: str) -> str:
        return "|".join(re.escape(w) for w in sorted(listed[name], key=len, reverse=True))

    caps = {
        "MONTH_CAP": longest_first("MONTH_CAP"),
        "WEEKDAY_CAP": longest_first("WEEKDAY_CAP"),
        "WEEKDAY": lex.weekday_re,
        "MONTH": lex.month_re,
        "NUMBER": lex.number_re,
        "UNIT": lex.unit_re,
        "ORDINAL": lex.ordinal_re,
        "SEASON": lex.season_re,
        "PART": lex.day_part_re,
        "REF": longest_first("REF"),
    }
    # Each placeholder is a group of its own: "{WEEKDAY_CAP},? " must not attach the
    # comma to the last weekday only. Case-insensitive rules run on the lower-cased text
    # (4x faster than IGNORECASE).
    return CompiledOnUse(
        {
            row["id"]: re.sub(r"\{([A-Z_]+)\}", lambda m: f"(?:{caps[m.group(1)]})", row["regex"])
            for row in data["patterns"]
        }
    )


@cache
def _word_sets() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    data = load_json("dates/patterns.json")
    return (
        frozenset(data["trim_leading"]),
        frozenset(data["trim_trailing"]),
        frozenset(data["split_words"]),
        frozenset(data["hard_split_words"]),
    )


@cache
def _day_split_words() -> frozenset[str]:
    """Joiners of a period and a day ("the current quarter on Tuesday"): patterns.json."""
    return frozenset(load_json("dates/patterns.json")["day_split_words"])


@cache
def _stretch_end_words() -> frozenset[str]:
    """Joiners of a length and the date it runs up to ("the three months to September"):
    patterns.json."""
    return frozenset(load_json("dates/patterns.json")["stretch_end_words"])


@cache
def _day_length_words() -> frozenset[str]:
    """Joiners of a date and a length ("on Monday after weeks of talks"): patterns.json."""
    return frozenset(load_json("dates/patterns.json")["day_length_words"])


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Cut leading prepositions and trailing punctuation off a token range."""
    lead, trail, _, _ = _word_sets()
    while start < end and (doc[start].lower_ in lead or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].lower_ in trail or doc[end - 1].is_space):
        end -= 1
    return (start, end) if end > start else None


def drop_leading_words(span: Span) -> Span | None:
    """The span without the prepositions and joiners a date never starts with ("of 1989"
    -> "1989"); None when nothing is left."""
    lead = _word_sets()[0]
    start = span.start
    while start < span.end and span.doc[start].lower_ in lead:
        start += 1
    return span.doc[start : span.end] if start < span.end else None


@cache
def _named_re() -> re.Pattern[str]:
    """Month, weekday and season names."""
    lex = lexicon()
    words = "|".join((lex.month_re, lex.weekday_re, lex.season_re))
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


def _date_like(doc: Doc, start: int, end: int) -> bool:
    """Does a token range name a calendar unit by itself (a digit, month, weekday...)?"""
    text = doc[start:end].text
    return any(c.isdigit() for c in text) or bool(_named_re().search(text))


def _shared_unit(doc: Doc, left: tuple[int, int], right: tuple[int, int]) -> bool:
    """A bare figure before "to" and a figure with its unit after ("9 to 15 months"),
    unlike two dates ("May 3 to May 9", "1990 to 1995")."""
    if not doc[left[1] - 1].like_num or _named_re().search(doc[left[0] : left[1]].text):
        return False
    first = right[0]
    return (
        right[1] - first == 2 and doc[first].like_num and doc[first + 1].lower_ in lexicon().units
    )


@cache
def _context_res() -> dict[str, re.Pattern[str]]:
    return {k: re.compile(v, re.IGNORECASE) for k, v in context_data()["regexes"].items()}


@cache
def _range_words() -> frozenset[str]:
    return frozenset(load_json("dates/patterns.json")["range_words"])


def _one_range(doc: Doc, start: int, end: int) -> bool:
    """Is a token range one date range ("May to July", "between 1990 and 1995")? A joiner
    of ``range_words`` ("and" only after "between") and a whole the normaliser reads."""
    joiners = [t.lower_ for t in doc[start + 1 : end - 1] if t.lower_ in _range_words()]
    if len(joiners) != 1:
        return False
    if joiners[0] == "and" and (start == 0 or doc[start - 1].lower_ != "between"):
        return False  # "in May and July": two dates
    if not _date_like(doc, start, end):
        return False
    return _reads_as_range(doc[start:end].text)


@lru_cache(maxsize=RANGE_CACHE_SIZE)
def _reads_as_range(text: str) -> bool:
    """Does the normaliser read a phrase as one range ("May to July")?"""
    from briefx.dates.normalizer import normalize

    # Whether the whole reads as a range does not depend on the reference date.
    found = normalize(text, reference=_PROBE_REFERENCE)
    return found is not None and found.range is not None and found.range[0] != found.range[1]


@lru_cache(maxsize=RANGE_CACHE_SIZE)
def _reads_alone(text: str) -> bool:
    """Does the normaliser read a phrase as a date by itself ("the current quarter")?"""
    from briefx.dates.normalizer import normalize

    return normalize(text, reference=_PROBE_REFERENCE) is not None


def _split(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Split "May and July" / "1990 to 1995" into its two expressions, unless they form
    one range ("between May and July", "from 2009 to 2011")."""
    _, _, splitters, hard = _word_sets()
    if _one_range(doc, start, end):
        return [(start, end)]
    for i in range(start + 1, end - 1):
        tok = doc[i]
        if tok.text == "," and (_a_length(doc, i + 1, end) or _a_stretch(doc, i + 1, end)):
            # "March 4, two days (after the shooting)", "on Saturday, weeks (after ...)": a
            # day, then a length, counted or not
            left = _trim(doc, start, i)
            return [x for x in (left, (i + 1, end)) if x]
        if tok.text == "," and _weekday(doc[i - 1]) and i + 1 < end and _weekday(doc[i + 1]):
            # "next Tuesday, Wednesday (and Thursday)": days of a list; not "Friday, Nov. 21"
            left, right = _trim(doc, start, i), _trim(doc, i + 1, end)
            return [x for part in (left, right) if part for x in _split(doc, *part)]
        if opens_a_clause(tok):  # "on Monday that June sales fell": a day, then a month
            left, right = _trim(doc, start, i), _trim(doc, i + 1, end)
            return [x for x in (left, right) if x]
        if tok.lower_ in hard:  # "the quarter ended Sept. 30": two expressions
            left, right = _trim(doc, start, i), _trim(doc, i + 1, end)
            return [x for x in (left, right) if x]
        if tok.lower_ in _day_length_words():  # "on Monday after weeks (of talks)"
            left, right = _trim(doc, start, i), _trim(doc, i + 1, end)
            if left and right and _date_like(doc, *left) and _a_stretch(doc, *right):
                return [left, right]
            continue
        if tok.lower_ in _day_split_words():  # "the current quarter on Tuesday"
            left, right = _trim(doc, start, i), _trim(doc, i + 1, end)
            if left and right and _date_like(doc, *right) and _reads_alone(doc[slice(*left)].text):
                return [left, right]
            continue
        if tok.lower_ not in splitters:
            continue
        if not tok.is_alpha and not (tok.whitespace_ or doc[i - 1].whitespace_):
            continue  # "third-quarter", "1990-91": one expression
        left, right = _trim(doc, start, i), _trim(doc, i + 1, end)
        if left and right and _shared_unit(doc, left, right):
            continue  # "9 to 15 months": one length, the unit shared by both figures
        if (
            left
            and right
            and tok.lower_ in _stretch_end_words()
            and _a_stretch(doc, left[0] + (doc[left[0]].lower_ == "the"), left[1])
            and _date_like(doc, *right)
            and not _reads_alone(doc[start:end].text)
        ):
            return [left, right]  # "the three months to September": a length, a date
        if left and right and _date_like(doc, *left) and _a_stretch(doc, *right):
            return [left, right]  # "sentenced on Monday to six years": a day, a length
        if left and right and _date_like(doc, *left) and _date_like(doc, *right):
            return [left, right]
    return [(start, end)]


def opens_a_clause(word: Token) -> bool:
    """``word`` is a "that" opening a clause told or described ("said that June sales
    fell", "the fear that winter will bring floods"), not the determiner of a date ("and
    that winter she founded a choir", which the parse can also mark)."""
    return word.lower_ == "that" and word.dep_ == "mark" and word.head.dep_ not in {"conj", "ROOT"}


def _weekday(token: Token) -> bool:
    """A weekday's name ("Tuesday", "Tue")."""
    return token.lower_ in lexicon().weekdays


def _a_length(doc: Doc, start: int, end: int) -> bool:
    """Tokens that count a length: a number (or "a", "an"), then a unit ("two days", "a
    week", "12 hours"; ``lexicon.json``), with at most one word between ("two more days")."""
    if not 2 <= end - start <= 3:
        return False
    first, unit = doc[start], doc[end - 1]
    lex = lexicon()
    return unit.lower_ in lex.units and (first.like_num or first.lower_ in lex.numbers)


# The most words of a length a date is joined to ("after [a few more weeks]").
_STRETCH_WORDS = 4


def _a_stretch(doc: Doc, start: int, end: int) -> bool:
    """Tokens that name a length, counted or not: a unit ("weeks"), after numbers, vague
    numbers or their modifiers ("two years", "several months", "a few more weeks";
    ``lexicon.json``)."""
    if end - start > _STRETCH_WORDS or doc[end - 1].lower_ not in lexicon().units:
        return False
    return all(t.like_num or t.lower_ in _count_words() for t in doc[start : end - 1])


@cache
def _count_words() -> frozenset[str]:
    """The words of the numbers, vague numbers and modifiers of ``lexicon.json``."""
    lex = lexicon()
    phrases = [*lex.numbers, *lex.vague, *lex.mods, "more"]
    return frozenset(word for phrase in phrases for word in phrase.split())


def ner_spans(doc: Doc, ents: Sequence[Span] | None = None) -> list[tuple[int, int]]:
    """Character spans of the NER's DATE / TIME entities, trimmed and split.

    Args:
        doc: the parsed Doc.
        ents: ``doc.ents`` read once by the caller (each read rebuilds every span).
    """
    out: list[tuple[int, int]] = []
    for ent in doc.ents if ents is None else ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        trimmed = _trim(doc, ent.start, ent.end)
        if trimmed is None:
            continue
        for s, e in _split(doc, *trimmed):
            out.append((doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)))
    return out


def rule_spans(text: str, *, prefilter: bool = True) -> list[tuple[int, int]]:
    """Character spans matched by the regex rules (may overlap one another).

    Args:
        text: the document text.
        prefilter: skip a rule for a text that holds none of the substrings its matches
            need (``requires`` in patterns.json), and search it only near them when its
            matches have a bounded length (``briefx.fast.nearscan``). Same result either way.
    """
    lower = text.lower()
    if len(lower) != len(text):  # rare letters whose lower case is longer ("İ")
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    out = []
    regexes = _regexes()
    for rule, ignore_case, requires in _patterns():
        target = lower if ignore_case else text
        if prefilter and requires:
            if not any(w in target for w in requires):
                continue  # not compiled, nor read, for a text without its words
            span = _reach(rule)
            if span is not None:  # search only near the words every match holds
                out.extend(find_near(regexes[rule], target, requires, span))
                continue
        out.extend(m.span() for m in regexes[rule].finditer(target) if m.end() > m.start())
    return out


def _run_on(primary: list[tuple[int, int]], extra: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The model's spans, each run on to the end of a rule's span that starts inside it and
    ends after it: "about 9 p.m." and "9 p.m. on Tuesday" are "about 9 p.m. on Tuesday"
    (the model's words before, the rule's day after; neither covers the other)."""
    if not extra:
        return primary
    run_on = []
    for s, e in primary:
        end = max((xe for xs, xe in extra if s < xs < e < xe), default=e)
        run_on.append((s, end))
    # The model's own span of the day ("Tuesday") is now inside the one run on to it.
    longer = [(s, e) for s, e in run_on if (s, e) not in primary]
    return [
        (s, e)
        for s, e in run_on
        if (s, e) in longer or not any(ls <= s and e <= le for ls, le in longer)
    ]


def merge(primary: list[tuple[int, int]], extra: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Keep the primary spans, each widened to a longer extra span that covers it
    ("Thursday" -> "Thursday evening"); add extra spans that overlap nothing kept."""
    return merge_spans(primary, extra)  # log time per span (a scan of all was quadratic)


_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "nummod"})


def drop_modifier_determiner(span: Span) -> Span:
    """Leave out the determiner of the noun a date modifies: "a [third-quarter] loss",
    "its [two-year] plan" (TimeBank), but keep it in "the third quarter"."""
    last = span[-1]
    if (
        len(span) > 1
        and span[0].tag_ in ("DT", "PRP$")
        and last.dep_ in _MODIFIER_DEPS
        and last.head.i >= span.end
    ):
        return span[1:]
    return span


def find_spans(
    doc: Doc,
    text: str | None = None,
    *,
    ents: Sequence[Span] | None = None,
) -> list[tuple[int, int]]:
    """All date expression candidates in document order (NER first, then rules).

    Args:
        doc: the Doc to search.
        text: ``doc.text``, when the caller already has it.
        ents: ``doc.ents``, when the caller already has it.
    """
    text = text_of(doc) if text is None else text
    ents = tuple(doc.ents) if ents is None else ents
    extra = []
    for s, e in rule_spans(text):
        if re.fullmatch(r"[Mm]ay", text[s:e]):
            continue
        extra.append((s, e))
    spans = merge(_run_on(ner_spans(doc, ents), extra), extra)
    amounts = [(e.start_char, e.end_char) for e in ents if e.label_ in _AMOUNT_LABELS]
    # Names that hold a number ("Russell 2000", "Windows 11"): no date inside them; nor
    # inside a name of several words ("Tech Daily", "Christmas Island").
    names = [(e.start_char, e.end_char) for e in ents if e.ent_id_ == NUMBERED_NAME]
    names += [(e.start_char, e.end_char) for e in ents if e.label_ in _NAME_LABELS and len(e) > 1]
    return [
        (s, e)
        for s, e in (_after_a_verb(doc, text, span) for span in spans)
        if text[s:e].strip()
        and not any(s < name_end and name_start < e for name_start, name_end in names)
        and not _is_age(text, s, e)
        and not _is_rejected(text, s, e)
        and not is_measure(text, s, e, amounts=amounts)
    ]


@cache
def _verb_lookalikes() -> frozenset[str]:
    """Date words the tagger can read as verbs ("last", "spring"): patterns.json."""
    return frozenset(load_json("dates/patterns.json")["verb_lookalikes"])


# The tags of a verb in a finite or base form ("could last", "storms last", "it lasts").
_VERB_TAGS = frozenset({"VB", "VBP", "VBZ"})


def _after_a_verb(doc: Doc, text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The span from the word after a date word the tagger read as a verb ("could [last]
    48 hours", "[may spring] back"); empty when nothing follows it in the span."""
    s, e = span
    lookalikes = _verb_lookalikes()
    if not any(word in lookalikes for word in text[s:e].lower().split()):
        return span
    tokens = doc.char_span(s, e, alignment_mode="expand")
    verbs = [t.i for t in tokens or () if t.lower_ in lookalikes and t.tag_ in _VERB_TAGS]
    if not verbs:
        return span
    following = verbs[-1] + 1
    if following >= len(doc) or doc[following].idx >= e:
        return e, e  # nothing after the verb
    return doc[following].idx, e


# How far before "a second" a verb of scoring is looked for ("pulled back a second").
GOAL_WINDOW = 20
_AMOUNT_LABELS = frozenset({"MONEY", "PERCENT", "QUANTITY"})
# The labels of names a date word can be part of ("Tech Daily", "Christmas Island").
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})
_BARE_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")
_NUMBER_NEXT = re.compile(r"[- ]\d")


@cache
def _measure_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = load_json("dates/patterns.json")

    def alt(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    # A word unit must end there ("1250 p," but not "1999 provided"); a sign need not.
    before = re.compile(rf"(?:(?<![a-z])(?:{alt(data['currency_before'])})) ?$", re.IGNORECASE)
    after = re.compile(rf" ?(?:{alt(data['measure_after'])})(?![\w-])", re.IGNORECASE)
    return before, after


def is_measure(
    text: str,
    start: int,
    end: int,
    *,
    amounts: Sequence[tuple[int, int]] = (),
) -> bool:
    """Is a candidate an amount or a measure rather than a date?

    A bare number is no year after a currency ("$1990"), before a unit, percent or currency
    word ("1800 sq m", "1250 p"), or at the start of an NER MONEY / PERCENT / QUANTITY span
    (``amounts``); a duration followed by another number modifies that measure
    ("a 2.1 second 60 metre sprint").
    """
    span = text[start:end]
    if _BARE_NUMBER.fullmatch(span):
        before, after = _measure_res()
        if before.search(text, max(0, start - CURRENCY_WINDOW), start) or after.match(
            text, end, end + MEASURE_WINDOW
        ):
            return True
        # The amount must begin with the number ("1950 kg", "$1990"): an entity that ends
        # with it may have swallowed a real year ("2% in 2019").
        return any(s == start and end <= e for s, e in amounts)
    return bool(
        _context_res()["measure_duration"].fullmatch(span) and _NUMBER_NEXT.match(text, end)
    )


@cache
def _reject_data() -> tuple[frozenset[str], re.Pattern[str]]:
    data = load_json("dates/patterns.json")
    words = "|".join(re.escape(w) for w in data["rate_before"])
    return frozenset(data["reject_texts"]), re.compile(
        rf"(?:\d|\b(?:{words}))[^\w,]{{0,2}}$", re.IGNORECASE
    )


_IN_HYPHENATED = re.compile(r"[A-Za-z]-$")


def is_ordinal_before_noun(text: str, start: int, end: int) -> bool:
    """ "the 12th minute", "the 3rd round": an ordinal before a noun, not a day of the
    month ("on the 12th, police said" is one)."""
    res = _context_res()
    return bool(
        res["ordinal_day"].fullmatch(text, start, end) and res["noun_after"].match(text, end)
    )


def _is_rejected(text: str, start: int, end: int) -> bool:
    """Words the NER tags DATE that TimeBank does not ("quarterly"), and rates: "$5 a year"."""
    rejected, rate_before = _reject_data()
    span = text[start:end]
    if span.lower() in rejected:
        return True
    if _context_res()["hyphen_rate"].fullmatch(span) and text[start - 1 : start] == "-":
        return True  # "a 50,000 barrel-a-day refinery"
    if is_ordinal_before_noun(text, start, end):
        return True
    if _context_res()["fraction_word"].fullmatch(span) and _context_res()["fraction_of"].match(
        text, end
    ):
        return True  # "a quarter of the trains": a share, not three months
    res = _context_res()
    if res["ordinal_goal"].fullmatch(span) and res["goal_verb_before"].search(
        text, max(0, start - GOAL_WINDOW), start
    ):
        return True  # "added a second": a goal, not a second of time
    ordinal = res["ordinal_count"].match(text, start, end)
    if ordinal:
        unit = res["ordinal_unit_after"]
        counted = unit.fullmatch(text, ordinal.end(), end) or (
            ordinal.end() == end and unit.match(text, end)
        )
        # "for a second day", "for a second quarter": a count of them in a row; "its
        # fourth quarter" is the company's.
        if counted and (not counted.group("part") or ordinal.group().lower().startswith("a")):
            return True
    if span.lower() in lexicon().units and _IN_HYPHENATED.search(text, max(0, start - 2), start):
        return True  # "after-hours trading", "out-of-hours": the tail of a compound word
    return bool(
        _context_res()["rate"].fullmatch(span)
        and rate_before.search(text, max(0, start - RATE_WINDOW), start)
    )


@cache
def _age_re() -> re.Pattern[str]:
    words = "|".join(load_json("dates/patterns.json")["age_words"])
    return re.compile(rf"[- ](?:{words})\b", re.IGNORECASE)


def _is_age(text: str, start: int, end: int) -> bool:
    """ "a 6-year-old", "44 years old": ages are not times (TimeBank leaves them out)."""
    if _age_re().match(text, end, end + AGE_WINDOW):
        return True
    tail = text[max(start, end - AGE_TAIL) : end]
    return any(m.end() == len(tail) for m in _age_re().finditer(tail))


def closes_a_period(text: str, length_end: int, date_start: int) -> bool:
    """The words between a length and a date make the date its end ("the three months
    [to] September", "the year [ended] June 30", "the 12 months [ending in] March")."""
    m = _context_res()["period_ending"].match(text, length_end)
    return m is not None and not text[m.end() : date_start].strip()


def period_ending(text: str, end: int) -> str:
    """The word that makes the expression before ``end`` an accounting period's length
    ("the year [ended] March 31"), or "". "to" and "through" before a date close a period
    as "ended" does ("the year to June"): "ended"."""
    m = _context_res()["period_ending"].match(text, end)
    if m is None:
        return ""
    return m.group(1).lower() if m.group(1) else "ended"
