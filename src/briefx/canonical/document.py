"""One name per person, place or organisation inside a document (``group_mentions``)."""

from __future__ import annotations

from bisect import bisect_left, insort
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from briefx.canonical.names import (
    abbreviates,
    initials,
    is_abbreviation,
    is_acronym,
    nfc,
    org_key,
    person_tokens,
    same_name,
    short_forms,
    skeleton,
    strip_article,
    written_as_a_name,
)

# A name in capitals this long or longer is a name shouted, not an abbreviation ("UK").
_SHOUTED_NAME = 3


@dataclass(frozen=True, slots=True)
class NameMention:
    """A mention to be grouped: its position, text, type and gazetteer id (or "")."""

    start: int
    end: int
    text: str
    type: str
    canonical: str = ""


@dataclass
class NameGroup:
    """Mentions of one entity, in document order."""

    type: str
    name: str
    mentions: list[int] = field(default_factory=list)
    surfaces: list[str] = field(default_factory=list)

    @property
    def aliases(self) -> list[str]:
        """Surface forms other than the name (NFC), in order of first appearance."""
        seen: list[str] = []
        for surface in map(nfc, self.surfaces):
            if surface != self.name and surface not in seen:
                seen.append(surface)
        return seen


def _compatible_person(short: list[str], full: list[str]) -> bool:
    """True when ``short`` can name the same person as the fuller ``full``."""
    if len(short) == 1:
        return same_name(short[0], full[-1]) or same_name(short[0], full[0])
    if len(short) > len(full):
        return False
    # Both give a first name and a surname: the surnames and first names must agree.
    return same_name(short[-1], full[-1]) and same_name(short[0], full[0])


class _People:
    """The people named in full so far, indexed by name token for quick candidates."""

    def __init__(self) -> None:
        self.by_token: dict[str, list[tuple[list[str], NameGroup]]] = defaultdict(list)
        self.by_initial: dict[str, list[tuple[list[str], NameGroup]]] = defaultdict(list)

    def add(self, tokens: list[str], group: NameGroup) -> None:
        for token in {tokens[0], tokens[-1]}:
            key = skeleton(token)
            self.by_token[key].append((tokens, group))
            self.by_initial[key[:1]].append((tokens, group))

    def candidates(self, tokens: list[str]) -> list[NameGroup]:
        """People whose name ``tokens`` may stand for (exact tokens first, then fuzzy)."""
        keys = {skeleton(tokens[0]), skeleton(tokens[-1])}
        pool = [p for key in keys for p in self.by_token.get(key, ())]
        if not pool:
            pool = [p for key in keys for p in self.by_initial.get(key[:1], ())]
        found: list[NameGroup] = []
        for full, group in pool:
            if group not in found and _compatible_person(tokens, full):
                found.append(group)
        return found


def group_mentions(mentions: Sequence[NameMention]) -> list[NameGroup]:
    """Group one document's mentions into entities, ordered by first mention.

    Args:
        mentions: the document's name mentions in document order.
    Returns:
        One ``NameGroup`` per entity; ``mentions`` hold indices into the input.
    """
    groups: list[NameGroup] = []
    by_key: dict[tuple[str, str], NameGroup] = {}
    by_initial: dict[tuple[str, str], list[NameGroup]] = defaultdict(list)
    people = _People()
    # Each group's mention offsets so far, in text order (``_pick_person`` looks up the
    # last one before a mention: a search, not a pass over all of them).
    starts: dict[int, list[int]] = {}
    # Organisation groups by the acronym their name spells ("FAA"), for ``_expansion``.
    by_acronym: dict[str, list[NameGroup]] = defaultdict(list)
    # Organisation groups by the first word of a name of trade ("Corvane" of "Corvane
    # Systems"): the word alone joins the one group that begins so.
    by_first: dict[str, list[NameGroup]] = defaultdict(list)
    # Full person names first, so that short forms before them still find them.
    order = sorted(
        range(len(mentions)),
        key=lambda i: (mentions[i].type != "PERSON", -len(person_tokens(mentions[i].text)), i),
    )
    for i in order:
        m = mentions[i]
        if m.type == "PERSON":
            tokens = person_tokens(m.text)
            group = _pick_person(people.candidates(tokens), m, starts)
            if group is None:
                group = NameGroup("PERSON", nfc(" ".join(tokens)))
                people.add(tokens, group)
                groups.append(group)
        else:
            name = m.canonical or strip_article(m.text)
            key = (m.type, org_key(name) if m.type == "ORG" else skeleton(name))
            group = by_key.get(key)
            if group is None and not m.canonical:
                bucket = by_initial[(m.type, key[1][:1])]
                group = next((g for g in bucket if same_name(g.name, name)), None)
            if group is None and m.type == "ORG" and is_acronym(m.text):
                group = _expansion(m.text, by_acronym)
            if (
                group is None
                and m.type == "ORG"
                and len(name.split()) == 1  # "Corvane", not "Orion Group" beside "Orion Bank"
                and len(by_first.get(key[1], ())) == 1
            ):
                group = by_first[key[1]][0]
            if group is None:
                group = NameGroup(m.type, nfc(name))
                groups.append(group)
                by_initial[(m.type, key[1][:1])].append(group)
                if m.type == "ORG":
                    by_acronym[initials(group.name)].append(group)
                    for short in short_forms(group.name):
                        by_first[short].append(group)
            by_key[key] = group
        group.mentions.append(i)
        insort(starts.setdefault(id(group), []), m.start)
    groups = _join_abbreviations(groups)
    groups = _join_first_words(groups, mentions)
    for group in groups:
        group.mentions.sort()
        group.surfaces = [mentions[i].text for i in group.mentions]
        group.name = _as_written(group)
    groups.sort(key=lambda g: g.mentions[0])
    return groups


def _join_first_words(groups: list[NameGroup], mentions: Sequence[NameMention]) -> list[NameGroup]:
    """A one-word name read as a place or a person that no gazetteer knows, and that one
    company of the document is named by ("Veltrix" of "Veltrix Corp", "Dantell" of
    "Dantell Insurance": ``short_forms``, or the name without its legal suffix), is that
    company where the story tells it before the company's full name: a headline's
    "Veltrix to build chip plant" above "Chipmaker Veltrix Corp will build" (the model
    read it as a place)."""
    firms: dict[str, list[NameGroup]] = defaultdict(list)
    for group in groups:
        if group.type == "ORG":
            keys = set(short_forms(group.name))
            key = org_key(group.name)
            if " " not in key:
                keys.add(key)
            for key in keys:
                firms[key].append(group)
    if not firms:
        return groups
    out: list[NameGroup] = []
    for group in groups:
        owners = (
            firms.get(skeleton(group.name), ())
            if group.type in {"PLACE", "PERSON"}
            and " " not in group.name
            and not any(mentions[i].canonical for i in group.mentions)
            else ()
        )
        # told before the company's full name, as a headline tells it; after it, a
        # place or a person of the same word is another one
        if len(owners) == 1 and max(group.mentions) < min(owners[0].mentions):
            owners[0].mentions.extend(group.mentions)
        else:
            out.append(group)
    return out


def _join_abbreviations(groups: list[NameGroup]) -> list[NameGroup]:
    """A place named only by an abbreviation ("Ore." of "MEDFORD, Ore.") joins the one
    place of the report whose name it abbreviates ("Oregon"); with none or two it stays."""
    full = [g for g in groups if g.type == "PLACE" and not is_abbreviation(g.name)]
    kept: list[NameGroup] = []
    for group in groups:
        if group.type == "PLACE" and is_abbreviation(group.name):
            named = [g for g in full if abbreviates(group.name, g.name)]
            if len(named) == 1:
                named[0].mentions.extend(group.mentions)
                continue
        kept.append(group)
    return kept


def _as_written(group: NameGroup) -> str:
    """The group's name in the case the report writes it: a name first seen in capitals
    ("KESSA, Zambara (Agency) -") takes a mention in mixed case ("officials in Kessa");
    a place or a person with none is written as a name ("PORT ELLIS" -> "Port Ellis")."""
    name = group.name
    if not name.isupper() or len(name) < _SHOUTED_NAME:
        return name
    for surface in group.surfaces:
        written = strip_article(surface)
        if not written.isupper() and skeleton(written) == skeleton(name):
            return nfc(" ".join(person_tokens(written)) if group.type == "PERSON" else written)
    return written_as_a_name(name) if group.type in {"PLACE", "PERSON"} else name


def _expansion(acronym: str, by_acronym: dict[str, list[NameGroup]]) -> NameGroup | None:
    """The one organisation group whose name's initials spell ``acronym``, if exactly one.

    ``by_acronym`` holds the organisation groups so far under their initials: looking a
    name's initials up once, not again for every acronym, keeps a long text linear.
    """
    found = by_acronym.get(acronym, ())
    return found[0] if len(found) == 1 else None


def _pick_person(
    candidates: Sequence[NameGroup], m: NameMention, starts: Mapping[int, list[int]]
) -> NameGroup | None:
    """One candidate: it; several ("Biden" with Joe and Hunter Biden): the last named before.

    ``starts``: each group's mention offsets so far (by ``id``), sorted.
    """
    if len(candidates) <= 1:
        return candidates[0] if candidates else None

    def last_before(group: NameGroup) -> int:
        offsets = starts.get(id(group), [])
        k = bisect_left(offsets, m.start)
        return offsets[k - 1] if k else -1

    return max(candidates, key=last_before)
