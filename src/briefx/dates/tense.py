"""The tense of the verb that governs a date ("will meet Friday" -> future), which decides
whether a weekday or a month without a year lies ahead of the story or behind it.

The words it reads (future auxiliaries and heads, verbs that move a deadline) are data in
``models/dates/context.json``.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from briefx.dates.lexicon import (
    context_words,
    lexicon,
    misread_past,
    reacting_verbs,
    reporting_verbs,
    sequence_verbs,
)

# Tokens before a date searched for "as soon as" ("could leave as soon as next Friday").
AS_SOON_AS_WINDOW = 8
# Tokens either side of a date searched for "as early as" (it sits right before the date).
AS_EARLY_AS_WINDOW = 3
# Dependency hops from a date up to "until" / "through" ("postponed the vote until Friday").
DEADLINE_HOPS = 4
# Dependency hops from a date up to its governing verb.
VERB_HOPS = 6


def _after_as_soon_as(span: Span) -> bool:
    """Is the span in the scope of "as soon as" ("could leave as soon as Friday")?"""
    first = max(span.sent.start, span.start - AS_SOON_AS_WINDOW)
    words = [t.lower_ for t in span.doc[first : span.start]]
    return any(words[i : i + 3] == ["as", "soon", "as"] for i in range(len(words) - 2))


def _after_as_early_as(span: Span) -> bool:
    """ "could return as early as Tuesday": the earliest date of something to come."""
    first = max(span.sent.start, span.start - AS_EARLY_AS_WINDOW)
    words = [t.lower_ for t in span.doc[first : min(span.end, span.start + AS_EARLY_AS_WINDOW)]]
    return any(words[i : i + 3] == ["as", "early", "as"] for i in range(len(words) - 2))


def _deadline(span: Span) -> bool:
    """ "moved the cutoff back until noon Tuesday", "postponed until Tuesday": the
    span is the object of "until" (or "through") under a verb that moves a deadline."""
    tok = span.root
    for _ in range(DEADLINE_HOPS):
        head = tok.head
        if head is tok:
            return False
        if tok.dep_ == "pobj" and head.lower_ in context_words()["deadline_preps"]:
            verb = head.head
            if verb.dep_ in ("prt", "advmod") and verb.head is not verb:
                verb = verb.head  # "pushed back to March": over the particle
            return verb.pos_ == "VERB" and verb.lemma_.lower() in context_words()["deadline_verbs"]
        tok = head
    return False


def _after_ahead_of(span: Span) -> bool:
    """ "slipped ahead of elections in June": the date right after the object of "ahead
    of" is that object's, however the parse hangs it (on the verb, as often)."""
    prep = span.root.head
    if prep.dep_ != "prep" or prep.i == 0 or prep.i + 1 != span.start:
        return False
    tok = span.doc[prep.i - 1]
    for _ in range(3):
        if tok.lower_ == "of" and tok.head.lower_ == "ahead":
            return True
        if tok.head is tok:
            return False
        tok = tok.head
    return False


def awaits(verb: Token, prep: str = "") -> bool:
    """Whether ``verb`` awaits what its object (``prep`` "") or its ``prep`` phrase names:
    "awaited the vote", "braced for the storm", "looked ahead to the budget"
    (``awaiting_verbs`` and ``bracing_verbs`` of models/dates/context.json)."""
    words = context_words()
    lemma = verb.lemma_.lower()
    if prep == "for":
        return lemma in words["bracing_verbs"]
    if prep == "to":
        adverbs = (c.lower_ for c in verb.children if c.dep_ == "advmod")
        return any(f"{lemma} {a}" in words["awaiting_verbs"] for a in adverbs)
    return not prep and lemma in words["awaiting_verbs"]


def awaited_day(day: Token) -> bool:
    """A day in the possessive of what a verb of awaiting awaits: "traders looked ahead to
    Friday's jobs report", "awaited Sunday's runoff", "the city braced for Saturday's
    storm". It comes after the awaiting, whatever that one's tense, and is not its day;
    not what is taken in ("cheered Monday's report") nor the day of the bracing ("braced
    for the storm on Monday")."""
    if day.dep_ != "poss":
        return False
    noun = day.head
    if noun.dep_ == "dobj":
        return awaits(noun.head)
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        return awaits(noun.head.head, noun.head.lower_)
    return False


def reacted_to_day(day: Token) -> bool:
    """A day in the possessive of an event that a verb reacts to, judges or looks into
    (``reacting_verbs``): "investigators are examining Thursday's crash", "ministers
    condemn Wednesday's attack". The event came before the verb, so told in the present
    the day lies behind, not in the coming week."""
    if day.dep_ != "poss" or day.head.dep_ != "dobj":
        return False
    return day.head.head.lemma_.lower() in reacting_verbs()


def _awaited(verb: Token) -> list[Token]:
    """What ``verb`` awaits: its object, or its "for" or "to" phrase's noun (``awaits``)."""
    found = [c for c in verb.children if c.dep_ == "dobj" and awaits(verb)]
    for prep in verb.children:
        if prep.dep_ == "prep" and awaits(verb, prep.lower_):
            found.extend(c for c in prep.children if c.dep_ == "pobj")
    return found


def bare_infinitive(verb: Token) -> bool:
    """A base form with no "to" and no auxiliary that completes a verb of helping, causing
    or perceiving (``bare_infinitive_verbs``): "reach" of "helped the club reach the
    final", "fire" of "heard the gunman fire"; it has no tense of its own."""
    return (
        verb.tag_ == "VB"
        and verb.dep_ in ("ccomp", "xcomp", "dobj")
        and verb.head.lemma_.lower() in context_words()["bare_infinitive_verbs"]
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def bare_present(verb: Token) -> bool:
    """A simple present the tagger read as a base form: a "VB" with a subject and no
    auxiliary ("Orla face Venn on Sunday", the plural of a name), or joined to a present
    perfect or progressive with a subject, whose auxiliaries it cannot share ("have
    warned of cuts and plan a protest on Tuesday": "have" governs a participle, not
    "plan")."""
    if verb.tag_ != "VB" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if bare_infinitive(verb):
        return False  # "made the minister resign": the verb above tells the tense
    if verb.n_lefts and any(c.dep_ == "nsubj" for c in verb.lefts):
        return True
    if verb.dep_ != "conj":
        return False
    # Only after a present perfect or progressive, whose "have" or "be" no base form
    # shares: a base form after a past is as often a list the parse cut ("survived the
    # blast and meet", where "meet" belongs to an earlier "to").
    first = _first_conjunct(verb)
    children = list(first.children)
    auxes = [c for c in children if c.dep_ in ("aux", "auxpass")]
    return (
        bool(auxes)
        and all(a.tag_ in ("VBZ", "VBP") and a.lemma_.lower() in ("have", "be") for a in auxes)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in children)
    )


def _told_now(verb: Token) -> bool:
    """A verb in the simple present or the present progressive: "faces", "are bracing"."""
    if verb.tag_ in ("VBZ", "VBP") or bare_present(verb):
        return True
    return verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in verb.children
    )


def awaited_ahead(day: Token) -> Token | None:
    """What a verb of awaiting told in the present awaits, when ``day`` (a date's head
    word) is its date: "the party faces an election in May", "investors await a rate
    decision on Wednesday", "airlines are bracing for a strike on Monday". What is awaited
    now lies ahead, and the day is its own, not the awaiting's. The date is the awaited
    thing's when the parse hangs it there, or on the verb right after that thing (or its
    "of" phrase: "awaiting the opening of the store on Monday"); not a date after another
    noun ("faces charges over a spill in March": the spill's). None when it is not."""
    prep = day.head
    if day.dep_ != "pobj" or prep.dep_ != "prep" or not prep.i:
        return None
    holder = prep.head
    if holder.pos_ in ("VERB", "AUX"):
        verb, noun = holder, day.doc[prep.i - 1]
        while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head is not noun:
            noun = noun.head.head  # "the opening of the store"
    else:
        noun = holder
        if noun.dep_ == "dobj":
            verb = noun.head
        elif noun.dep_ == "pobj" and noun.head.dep_ == "prep":
            verb = noun.head.head
        else:
            return None
    if _told_now(verb) and any(t.i == noun.i for t in _awaited(verb)):
        return noun
    return None


def cause_answered(day: Token) -> Token | None:
    """The cause an answer awaited now answers, when ``day`` (a date's head word) dates it:
    "faces charges over a spill in March" (the spill), "awaits an apology for the shooting
    in 2019" (the shooting), "faces a fine over crowd trouble at Saturday's match" (the
    match). A charge, a fine or an apology (``answers``) comes after what it answers, so
    the date lies behind; it is the cause's whether the parse hangs it in the cause's
    phrase (``cause_preps``) or on the verb right after that phrase. Not the phrase's own
    object ("faces questions over the weekend"). None when it is not."""
    noun = day.head if day.dep_ == "poss" else day  # "at Saturday's match": the match
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or not prep.i:
        return None
    phrase: Token | None = None
    if prep.head.pos_ in ("VERB", "AUX"):
        # Hung on the verb: the cause's phrase ends right before the date's.
        before = prep.i - 1
        phrase = next(
            (p for p in _cause_phrases(prep.head) if p.i < before <= p.right_edge.i), None
        )
    else:
        current = prep.head
        for _ in range(VERB_HOPS):
            if current.pos_ in ("VERB", "AUX") or current.head.i == current.i:
                return None
            if current.dep_ == "prep" and current.lower_ in context_words()["cause_preps"]:
                verb = current.head.head
                if any(p.i == current.i for p in _cause_phrases(verb)):
                    phrase = current
                break
            current = current.head
    if phrase is None:
        return None
    if day.dep_ == "poss":
        return noun
    return next((c for c in phrase.children if c.dep_ == "pobj"), None)


def _cause_phrases(verb: Token) -> list[Token]:
    """The cause phrases ("over a spill") of the answers ("charges", ``answers``) that a
    verb of awaiting told in the present awaits ("faces charges over a spill")."""
    if not _told_now(verb):
        return []
    words = context_words()
    return [
        phrase
        for answer in _awaited(verb)
        if answer.dep_ == "dobj" and answer.lemma_.lower() in words["answers"]
        for phrase in answer.children
        if phrase.dep_ == "prep" and phrase.lower_ in words["cause_preps"]
    ]


def _bare_gerund(tok: Token) -> bool:
    """A gerund with no auxiliary of its own after a preposition of a verb: "fined for
    dumping", "convicted of taking"."""
    return (
        tok.tag_ == "VBG"
        and tok.dep_ == "pcomp"
        and tok.head.dep_ == "prep"
        and tok.head.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("aux", "auxpass") for c in tok.lefts)
    )


def _looks_ahead(tok: Token) -> bool:
    """ "set to expire Friday", "a vote set for Friday" (not "the peak they set on Aug. 6")."""
    preps = context_words()["plan_preps"]
    return any(c.dep_ == "xcomp" or c.lower_ in preps for c in tok.children)


# The present forms of "be" and "have" that tell a head of an infinitive now: "is forecast
# to", "are poised to", "has threatened to", "has to".
_PRESENT_AUX = frozenset({"is", "are", "am", "'s", "'re", "'m", "has", "have", "'ve"})


def _head_told_now(head: Token) -> bool:
    """The head of an infinitive is told in the present: a present verb ("vows to", "wants
    to", "has to"), or a participle or adjective with a present "be" or "have" ("is
    forecast to", "is unlikely to", "has threatened to"); not "managed to", "had planned
    to". What is now wanted, promised or expected to be done lies ahead."""
    if _told_now(head):
        return not misread_past(head)  # "Rescuers strove to reach": a past form
    if head.tag_ == "NNS" and head.dep_ == "ROOT":
        # "The minister pledges to visit": a present verb the tagger read as a plural noun
        return any(c.dep_ == "nsubj" for c in head.children)
    if head.tag_ not in ("VBN", "VBG", "JJ") and head.pos_ != "ADJ":
        return False
    if head.dep_ == "acomp" and head.head.tag_ in ("VBZ", "VBP"):
        return True  # "is unlikely to", "is about to"
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in _PRESENT_AUX for c in head.children)


def sequence_object(day: Token) -> Token | None:
    """The event a verb of sequence places its subject after or before, when ``day`` (a
    date's head word) dates it: "the decline followed a surge in September" (the surge),
    "the sale follows the closure of two plants in March" (the closure: the parse hangs
    the month on the verb right after it), "the protest followed Sunday's shooting", "the
    ban was followed by protests in May". Not a date before the object ("followed on
    Monday a week of talks"), nor one that is the object ("followed a strong November",
    ``events.words.sequenced``). None when it is not."""
    if day.dep_ == "poss":
        return day.head if _placed_by_sequence(day.head) is not None else None
    prep = day.head
    if day.dep_ != "pobj" or prep.dep_ != "prep" or not prep.i:
        return None
    holder = prep.head
    if holder.pos_ in ("VERB", "AUX"):
        placed = _placed_of(holder)
        return placed if placed is not None and placed.right_edge.i < prep.i else None
    current = holder
    for _ in range(VERB_HOPS):
        if _placed_by_sequence(current) is not None:
            return current
        if current.dep_ not in ("pobj", "prep") or current.head.i == current.i:
            return None
        if current.dep_ == "prep" and current.head.pos_ in ("VERB", "AUX"):
            # "follows a fire at a plant in Ohio in May": the object's phrase runs on
            # through a phrase the parse hung on the verb right after it
            placed = _placed_of(current.head)
            return placed if placed is not None and placed.right_edge.i == current.i - 1 else None
        current = current.head
    return None


def _placed_by_sequence(noun: Token) -> Token | None:
    """The verb of sequence whose object (or agent, in the passive) the noun is."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "by" and head.dep_ == "agent":
        head = head.head
    elif noun.dep_ != "dobj":
        return None
    return head if head.lemma_.lower() in sequence_verbs()[0] else None


def _placed_of(verb: Token) -> Token | None:
    """A verb of sequence's object, or its agent in the passive ("was followed by")."""
    if verb.lemma_.lower() not in sequence_verbs()[0]:
        return None
    for child in verb.children:
        if child.dep_ == "dobj":
            return child
        if child.dep_ == "agent" and child.lower_ == "by":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _sequence_tense(verb: Token) -> str | None:
    """When the object of a verb of sequence lies: what the news follows came before it
    ("follows a fire in May", "followed a surge in September"), unless the following is
    still to come ("will follow a vote in March"); what a present "precedes" precedes
    is to come ("the election precedes a summit in March"). None: the verb's own tense."""
    words = context_words()
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    ahead = _future_aux(auxes, words) or _modal_ahead(verb, auxes)
    if verb.lemma_.lower() in sequence_verbs()[1] and not ahead:
        return "past"
    if verb.tag_ in ("VBZ", "VBP") and not auxes:
        return "future"
    return None


def _pluperfect(tok: Token) -> bool:
    """ "had been due to lapse Friday": a plan that was, so its date is past."""
    had = context_words()["pluperfect_aux"]
    for t in (tok, tok.head):
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in had for c in t.children):
            return True
    return False


def _future_aux(auxes: list[Token], words: dict[str, frozenset[str]]) -> bool:
    """An auxiliary of the future ("will", "would"), not in a conditional perfect: "would
    have resumed on Friday" did not happen, and its day is behind ("will have finished
    by Friday" is still ahead)."""
    if not any(a.lower_ in words["future_aux"] for a in auxes):
        return False
    return not (
        any(a.lower_ in words["conditional_aux"] for a in auxes)
        and any(a.lemma_ == "have" for a in auxes)
    )


def _modal_ahead(tok: Token, auxes: list[Token]) -> bool:
    """ "talks could resume on Thursday", "the court may rule Friday": a modal looks ahead;
    not "may have left on Monday", nor "could not be reached on Friday", "neither could
    be located Friday" (done)."""
    words = context_words()
    forms = [a.lower_ for a in auxes]
    modal = next((f for f in forms if f in words["modal_ahead"]), None)
    if modal is None or any(a.lemma_ == "have" for a in auxes):
        return False
    negated = any(c.dep_ == "neg" for c in tok.children) or any(
        t.lower_ in words["past_negators"] for t in tok.doc[tok.left_edge.i : tok.i]
    )
    return not (negated and modal in words["past_ability"])


@cache
def _ahead_aux() -> frozenset[str]:
    """Auxiliaries that tell a verb as to come: the future's and the modals' that look ahead."""
    words = context_words()
    return words["future_aux"] | words["modal_ahead"]


def _tensed(tok: Token, phase_verbs: frozenset[str]) -> Token:
    """The verb whose tense a verb with none of its own takes: a gerund's governing verb
    ("started building ... in March", "raided the house, arresting two men", "would
    resume sailing on Friday"), a participle's of a noun, the verb whose phrase holds
    the noun ("fell in the quarter ending in January"), a phase or an implicative verb's
    for its "to" infinitive ("began to repair", "compelled the firm to sell"), and a verb
    told as to come for its "to" infinitive ("would try to reopen on Thursday", "could
    decide to close"), the verb a bare verb is coordinated with ("will meet on Monday and
    vote on Tuesday"), a verb of ``bare_infinitive_verbs`` for its bare infinitive
    ("helped the club reach the final in March"); else the verb itself."""
    ahead = _ahead_aux()
    for _ in range(VERB_HOPS):
        head = tok.head
        auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
        if _participle_of_a_noun(tok):
            # A participle of a noun ("rose in the quarter ending in March"): the verb
            # whose phrase holds the noun.
            verb = _verb_above(head)
            if verb is None:
                return tok
            tok = verb
            continue
        if head is tok or head.pos_ not in ("VERB", "AUX"):
            return tok
        gerund = tok.tag_ == "VBG" and not auxes and tok.dep_ in ("xcomp", "advcl", "dobj")
        infinitive = (
            tok.tag_ == "VB" and tok.dep_ == "xcomp" and [a.lower_ for a in auxes] == ["to"]
        )
        phase = infinitive and head.lemma_.lower() in phase_verbs
        to_come = infinitive and any(c.dep_ == "aux" and c.lower_ in ahead for c in head.children)
        # "will meet on Monday and vote on Tuesday": a bare verb after "and" shares the
        # auxiliaries English leaves out (not a "to": "decided to meet ... and vote" may
        # be done by now); a past tag on a base form ("cast", "cut") is the tagger's guess.
        shared = (
            tok.dep_ == "conj"
            and not auxes
            and (tok.tag_ == "VB" or (tok.tag_ == "VBD" and tok.lower_ == tok.lemma_))
            and any(c.dep_ == "aux" and c.lower_ != "to" for c in _first_conjunct(head).children)
            and not bare_present(tok)  # "have warned ... and plan": a present of its own
        )
        bare = bare_infinitive(tok)  # "helped the club reach the final in March"
        if not (gerund or phase or to_come or shared or bare or _purpose_of(tok, auxes, ahead)):
            return tok
        tok = head
    return tok


def _to_infinitive(tok: Token, auxes: list[Token]) -> bool:
    """A "to" infinitive: "to open", and one whose base form is an auxiliary's, passive,
    progressive or perfect ("expects the sale to be approved in March", "plans to be
    flying the jets", "hopes to have finished"): the verb after "to" is "be" or "have"."""
    if not auxes or auxes[0].lower_ != "to":
        return tok.tag_ == "VB" and any(a.lower_ == "to" for a in auxes)
    return tok.tag_ == "VB" if len(auxes) == 1 else auxes[1].tag_ == "VB"


def _first_conjunct(tok: Token) -> Token:
    """The first of the verbs coordinated with ``tok`` ("visit" of "will visit ..., test
    ... and report"), which holds the auxiliaries they share."""
    for _ in range(VERB_HOPS):
        if tok.dep_ != "conj" or tok.head is tok:
            break
        tok = tok.head
    return tok


def _purpose_of(tok: Token, auxes: list[Token], ahead: frozenset[str]) -> bool:
    """A "to" clause of purpose of a verb told as to come, or of another "to" clause: "will
    fly to Rome to meet the pope on Thursday", "are due to arrive to inspect the bridge on
    Monday" (the meeting is no earlier than the flight); not of a verb told as done ("flew
    to Rome to meet the pope on Thursday" keeps its own reading)."""
    if tok.tag_ != "VB" or tok.dep_ != "advcl" or [a.lower_ for a in auxes] != ["to"]:
        return False
    above = [c for c in tok.head.children if c.dep_ in ("aux", "auxpass")]
    return any(a.lower_ in ahead for a in above) or (
        tok.head.tag_ == "VB" and [a.lower_ for a in above] == ["to"]
    )


def _verb_above(tok: Token) -> Token | None:
    """The nearest verb above a word, within ``VERB_HOPS`` steps, or None."""
    for _ in range(VERB_HOPS):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head is tok:
            return None
        tok = tok.head
    return None


def _under_a_gerund_after_since(token: Token) -> bool:
    """A date whose nearest verb above is a gerund right after "since" (``span_start_preps``):
    "since taking office in December", "since being elected in May"; the span runs from
    that act to now, so the act lies behind."""
    verb = _verb_above(token.head) if token.head.i != token.i else None
    if verb is None or verb.dep_ != "pcomp":
        return False
    if verb.head.lower_ not in context_words()["span_start_preps"]:
        return False
    return verb.tag_ == "VBG" or any(c.dep_ == "auxpass" and c.tag_ == "VBG" for c in verb.children)


def span_start_event(token: Token) -> Token | None:
    """The noun a "since" phrase ends with, when a date's phrase comes right after it:
    "their biggest gain since the crash in March", "the highest level since the crash in
    March" (the parse hangs "in March" on the crash or on a word above "since"): the crash,
    whose date it is (``span_start_preps``). ``token`` is the date's head word."""
    prep = token.head
    if token.dep_ != "pobj" or prep.dep_ != "prep" or not prep.i:
        return None
    before = prep.doc[prep.i - 1]
    opener = before.head
    if before.dep_ != "pobj" or opener.dep_ != "prep" or before.pos_ not in {"NOUN", "PROPN"}:
        return None
    if opener.lower_ not in context_words()["span_start_preps"] or names_a_time(before):
        return None  # "its lowest level since March on Friday": Friday is the act's day
    return before if prep.head.i == before.i or prep.head.is_ancestor(opener) else None


# The digits of a year written in full ("2015").
_YEAR_DIGITS = 4


def looks_back(verb: Token) -> bool:
    """A verb told with an adverb that looks back from the news: "It last erupted in
    1998", "was previously jailed in 2019" (``look_back_adverbs``), and "was first
    elected in 2010", "was originally built in 1890" (``first_time_adverbs``, with a year
    in a phrase of the verb); not one set off by a comma ("First, it closed two plants":
    the first of a list)."""
    words = context_words()
    adverbs = words["look_back_adverbs"]
    firsts = words["first_time_adverbs"]
    for c in verb.children:
        if c.dep_ != "advmod" or (c.i + 1 < len(c.doc) and c.doc[c.i + 1].text == ","):
            continue
        if c.lower_ in adverbs or (c.lower_ in firsts and _with_a_year(verb)):
            return True
    return False


def _with_a_year(verb: Token) -> bool:
    """A year written in full in a phrase of the verb ("elected in 2010", "built in June
    1890")."""
    return any(
        c.dep_ in ("prep", "npadvmod")
        and any(t.like_num and len(t) == _YEAR_DIGITS for t in c.subtree)
        for c in verb.children
    )


def names_a_time(token: Token) -> bool:
    """A word that names a time of the calendar, not an event: a word of a date entity
    (not a clock time), a year, a month or a season ("since 2015", "since March", "since
    the summer")."""
    if token.ent_type_ == "DATE" or (token.like_num and len(token) == _YEAR_DIGITS):
        return True
    lex = lexicon()
    return token.lower_ in lex.months or token.lower_ in lex.seasons


# How far up from a date the mark of a comparison is looked for ("up from about 1,500 in
# January": January, in, from).
_COMPARISON_HOPS = 4
# The words of a figure a date may hang on ("from $1.4 billion in January").
_FIGURE_ENTS = frozenset({"MONEY", "PERCENT", "CARDINAL", "QUANTITY"})


def comparison_base(day: Token) -> bool:
    """The date is of the base a figure is compared with ("higher than in February",
    "compared with 4.5% in January", "up from 1,500 in January", "up 4% from January";
    ``comparison_marks`` and ``comparison_verbs`` of models/dates/context.json), not a
    start "from" tells right under a verb ("the rules apply from January")."""
    words = context_words()
    tok, through_a_figure = day, False
    for _ in range(_COMPARISON_HOPS):
        head = tok.head
        if head is tok:
            return False
        low = head.lower_
        if low in words["comparison_marks"]:
            return True
        if low in {"with", "to"} and head.head.lemma_.lower() in words["comparison_verbs"]:
            return True
        if low == "from" and (
            through_a_figure
            or head.head.pos_ not in {"VERB", "AUX"}
            or any(c.dep_ == "pobj" and _a_figure(c) for c in head.children)
        ):
            return True
        if head.pos_ in {"VERB", "AUX"}:
            return False
        through_a_figure = through_a_figure or _a_figure(head)
        tok = head
    return False


def _a_figure(token: Token) -> bool:
    """A word of a number, an amount or a share ("1,500", "$1.4 billion", "8.2%")."""
    return token.like_num or token.ent_type_ in _FIGURE_ENTS


def tense_of(span: Span) -> str | None:
    """Tense of the verb governing a span: "past", "present", "future" or None.

    "as soon as" puts the date ahead whatever the verb ("opened as soon as trading
    resumed Monday" is the coming Monday); "is to resume" is a future; the end of a state
    told in the present lies ahead ("the road is closed until May"); what "since" names
    lies behind ("the third attack since March").
    """
    if comparison_base(span.root):
        return "past"  # "up from 1,500 in January": the base was measured before
    if _foretold(span):
        return "future"
    if span_start_event(span.root) is not None:
        return "past"  # "the highest level since the crash in March": the crash was
    if _under_a_gerund_after_since(span.root):
        return "past"  # "her first trip since taking office in December"
    root = span.root
    if root.dep_ == "pobj" and root.head.lower_ in context_words()["span_start_preps"]:
        return "past"  # "the third attack since March": a span from then to now
    found = _governing_tense(span)
    if found == "present" and (_ends_a_state(span) or _starts_a_schedule(span)):
        return "future"
    return found


def _starts_a_schedule(span: Span) -> bool:
    """The span is where something told in the present starts ("the exhibition opens from
    Saturday", "the rules apply from Jan. 1"): the object of "from" right under a verb
    other than "be" ("sales are up 5% from March" compares)."""
    tok = span.root
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in context_words()["start_preps"]:
        return False
    verb = prep.head
    return verb.pos_ == "VERB" and verb.lemma_ != "be" and verb.tag_ in ("VBZ", "VBP")


def _foretold(span: Span) -> bool:
    """The span is in what a warning or a forecast foretells: "warned of heavy rain at the
    weekend", "predicted a slowdown in January", "forecast storms for the weekend", "said
    it expected a loss in the quarter ending in March" (a verb of expecting in the past
    under a report in the past, ``_backshifted``); not the report's own date ("warned on
    Monday of rain") nor a clause of its own below ("warned of losses made in
    October")."""
    words = context_words()
    verbs, expecting = words["foretelling_verbs"], words["expecting_verbs"]
    tok = span.root
    through_noun = False
    for _ in range(VERB_HOPS):
        head = tok.head
        if head is tok:
            return False
        if head.pos_ in ("VERB", "AUX"):
            if _participle_of_a_noun(head):  # "a loss in the quarter [ending in March]"
                through_noun = True
                tok = head
                continue
            lemma = head.lemma_.lower()
            if lemma not in verbs and (
                lemma not in expecting or (head.tag_ in ("VBD", "VBN") and not _backshifted(head))
            ):
                return False
            if tok.dep_ == "prep" and tok.lower_ == "for":
                return True  # "forecast storms for the weekend"
            if through_noun:  # "warned of [heavy rain at the weekend]"
                # "expect a cut in the spring": the parse may read the object as a clause;
                # not what is put forward ("proposed [limits on fishing in May]").
                obj = (
                    tok.dep_ == "dobj" or (tok.dep_ == "ccomp" and tok.pos_ == "NOUN")
                ) and _foretells_by_its_object(lemma)
                return obj or (tok.dep_ == "prep" and tok.lower_ in ("of", "about"))
            # The parse often hangs the date on the verb after what is foretold: "warned
            # [of snow] [on Friday]", "predicted [a slowdown] [in January]".
            return tok.dep_ == "prep" and any(
                c.i < tok.i and _what_is_foretold(c) for c in head.children
            )
        if head.pos_ in ("NOUN", "PROPN") and head.i not in range(span.start, span.end):
            through_noun = True
        tok = head
    return False


def _participle_of_a_noun(verb: Token) -> bool:
    """A present participle that describes a noun: "the quarter [ending] in March"."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "acl"
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def _backshifted(verb: Token) -> bool:
    """A verb in the past only because the report around it is: "said it [expected] a
    loss in January" (the company said "we expect"); not "had expected"."""
    report = verb.head
    return (
        verb.tag_ == "VBD"
        and verb.dep_ == "ccomp"
        and report.tag_ == "VBD"
        and report.lemma_.lower() in reporting_verbs()
    )


def _ends_a_state(span: Span) -> bool:
    """The span is what "until" bounds ("is closed until May", "until at least May")."""
    until = context_words()["until_preps"]
    tok = span.root
    for _ in range(2):  # "until May"; "until at least May" (over "at")
        head = tok.head
        if head is tok or tok.dep_ not in {"pobj", "advmod", "npadvmod"}:
            return False
        if head.lower_ in until:
            return True
        tok = head
    return False


def _what_is_foretold(child: Token) -> bool:
    """A foretelling verb's "of" / "about" phrase ("warned of snow") or, for a verb of
    forecasting, its object ("predicted a slowdown"; ``forecasting_verbs``): not what is
    put forward ("proposed new rules", "pledged $40 million"), nor whom one warns
    ("warned residents")."""
    if child.dep_ == "prep" and child.lower_ in ("of", "about"):
        return any(c.dep_ == "pobj" for c in child.children)
    if child.dep_ == "prep":
        # "warned on Wednesday of more rain": the parse hangs the "of" on the report's day.
        return any(
            _what_is_foretold(g) for p in child.children if p.dep_ == "pobj" for g in p.children
        )
    return child.dep_ == "dobj" and _foretells_by_its_object(child.head.lemma_.lower())


def _foretells_by_its_object(lemma: str) -> bool:
    """A verb of forecasting ("predicted a slowdown", ``forecasting_verbs``) or of
    expecting ("expect more snow"): what it foretells is its object; not a verb of
    warning, proposing, promising, pledging or signalling (the rest of
    ``foretelling_verbs``)."""
    words = context_words()
    return lemma in words["forecasting_verbs"] or lemma not in words["foretelling_verbs"]


def report_day_of(root: Token) -> Token | None:
    """The reporting verb whose day a date tells, where the parse hung the date on the
    clause the report carries: "said on Monday it will cut jobs", "told reporters
    Thursday she would resign". With no "that" to open the clause, the small parser takes
    the day for the clause's; wire copy puts the report's day there. None for a date of
    the clause ("said it will cut jobs on Monday"), a possessive ("said Monday's vote
    was rigged"), the period before a noun ("said third-quarter profit rose") or a date the
    parse already gives the report.

    Args:
        root: the date's head word.
    """
    if root.dep_ == "poss" or _period_of_a_noun(root):
        return None
    phrase = root.head if root.dep_ == "pobj" and root.head.dep_ == "prep" else root
    first = phrase.left_edge.i
    if first == 0:
        return None
    before = root.doc[first - 1]
    if before.dep_ in ("dobj", "dative") and before.head.i < before.i:
        before = before.head  # "told reporters on Thursday"
    if before.pos_ != "VERB" or before.lemma_.lower() not in reporting_verbs():
        return None
    # Up from the date to the report, through the clause it carries, which starts after it.
    current = phrase
    for _ in range(VERB_HOPS):
        head = current.head
        if head.i == current.i:
            return None
        if head.i == before.i:
            return before if current.dep_ == "ccomp" and current.i > root.i else None
        current = head
    return None


# The words of a period that, before a noun, tell the noun's period, not a report's day.
_PERIOD_WORDS = frozenset({"quarter", "half", "year"})


def _period_of_a_noun(root: Token) -> bool:
    """A quarter, a half, a year, a month or a season that modifies a noun ("third-quarter
    profit", "2024 revenue", "October exports"): the noun's period."""
    if root.dep_ not in {"compound", "amod", "nmod", "nummod"}:
        return False
    if root.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    lex = lexicon()
    low = root.lower_
    return (
        low in _PERIOD_WORDS
        or low in lex.months
        or low in lex.seasons
        or (root.like_num and len(root) == _YEAR_DIGITS)
    )


def _booked_for(span: Span, verb: Token, booking: frozenset[str]) -> bool:
    """The span is the day a verb of booking books its object for ("called a strike for
    Monday"), on the verb or on its object."""
    prep = span.root.head
    if span.root.dep_ != "pobj" or prep.lower_ != "for" or verb.lemma_.lower() not in booking:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and (prep.head.i == verb.i or any(prep.head.i == o.i for o in objects))


def _governing_tense(span: Span) -> str | None:
    """``tense_of`` without the end of a state."""
    if (
        _after_as_soon_as(span)
        or _deadline(span)
        or _after_ahead_of(span)
        or awaited_day(span.root)
        or awaited_ahead(span.root) is not None
    ):
        return "future"
    if cause_answered(span.root) is not None:
        return "past"  # "faces charges over a spill in March": the spill came before
    placed = sequence_object(span.root)
    if placed is not None:
        verb = _placed_by_sequence(placed)
        told = _sequence_tense(verb) if verb is not None else None
        if told is not None:
            return told  # "the sale follows the closure of two plants in March": before
    if reacted_to_day(span.root):
        return "past"  # "are examining Thursday's crash": the crash came before
    words = context_words()
    future_heads = words["future_heads"]
    tok = report_day_of(span.root) or span.root
    for _ in range(VERB_HOPS):
        if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
            break
        if tok.pos_ == "ADJ" and tok.lower_ in future_heads:  # "effective Feb. 1"
            return "past" if _pluperfect(tok) else "future"
        if tok.pos_ == "NOUN" and any(
            c.dep_ == "amod" and c.lower_ in future_heads for c in tok.children
        ):
            return "future"  # "a tax rise due in January", the parse hanging the date on "rise"
        if tok.lower_ == "ahead" and any(c.lower_ == "of" for c in tok.children):
            return "future"  # "ahead of a vote in March": what is ahead is to come
        if tok.head is tok:
            return None
        tok = tok.head
    else:
        return None
    if not tok.tag_:
        return None
    tok = _tensed(tok, words["phase_verbs"] | words["implicative_verbs"])
    if _bare_gerund(tok):
        # "was fined for dumping waste in March": a gerund after a preposition has no
        # tense of its own; the verb the phrase hangs on tells it.
        tok = _tensed(tok.head.head, words["phase_verbs"] | words["implicative_verbs"])
    if _booked_for(span, tok, words["booking_verbs"]):
        return "future"  # "set a hearing for Jan. 5", "have called a strike for Dec. 2"
    likely = words["likelihood_adjectives"]
    if any(c.dep_ in ("acomp", "oprd") and c.lower_ in likely for c in tok.children):
        # "said a deal was unlikely before the spring": the copula's past is the report's
        return "past" if _pluperfect(tok) else "future"
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if _future_aux(auxes, words) or _modal_ahead(tok, auxes):
        return "future"
    if _to_infinitive(tok, auxes):
        head = tok.head
        if head.lower_ in future_heads or head.lemma_ in future_heads or head.lower_ in likely:
            # "is due to start", "were unlikely to finish before the summer"
            return "past" if _pluperfect(head) else "future"
        if head.lemma_ == "be" and head.tag_ in ("VBZ", "VBP"):  # "is to resume Tuesday"
            return "future"
        if _head_told_now(head):  # "is forecast to hit the coast on Friday", "vows to strike"
            return "future"
    if tok.tag_ in ("VBN", "JJ") and (tok.lower_ in future_heads or tok.lemma_ in future_heads):
        if tok.lower_ != "set" or _looks_ahead(tok):  # "the peak they set on Aug. 6" is done
            return "past" if _pluperfect(tok) else "future"
    if (
        tok.tag_ == "VBD"
        and tok.lemma_.lower() in words["plan_verbs"]
        and any(c.dep_ == "dobj" for c in tok.children)
    ):
        return "future"  # "planned a march on Saturday": the march lies ahead
    past = (
        tok.tag_ == "VBD"
        or any(a.tag_ == "VBD" for a in auxes)
        or (not auxes and misread_past(tok))  # "Troops retook a village on Wednesday"
    )
    if _after_as_early_as(span) and not past:
        return "future"
    if past:
        return "past"
    if any(a.lemma_ == "have" for a in auxes):  # "have been searching since Oct. 23"
        return "past"
    if tok.tag_ == "VBN" and tok.dep_ == "acl":  # "the quarter ended Sept. 30"
        return "past"
    if any(a.tag_ in ("VBZ", "VBP") for a in auxes):
        return "present"
    if tok.tag_ in ("VBZ", "VBP", "VBG"):
        if tok.tag_ == "VBG" and any(a.tag_ in ("VBZ", "VBP") for a in auxes):
            return "present"
        return "present" if tok.tag_ != "VBG" else None
    if bare_present(tok):
        return "present"  # "Orla play Venn on Sunday"
    return None
