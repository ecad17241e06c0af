"""One name per person, place or organisation: alias merging inside a document and across documents.

Inside a document (``group_mentions``):

- places and organisations merge by the gazetteer's canonical name (Kiev -> Kyiv,
  Türkiye -> Turkey), else by their normalised text;
- a person's short forms ("Zelensky", "President Putin") join the fullest name seen
  whose surname or first name they are; when two people share a surname and both are
  named in full, a lone surname goes to the one mentioned last before it;
- names whose transliteration skeletons are equal (Zelensky / Zelenskyy / Zelenskiy,
  Erdoğan / Erdogan), or nearly equal by rapidfuzz, are one name.

Across documents (``merge_entities``): places and organisations merge by their name or
any alias, people by their full name; a person named only by surname joins the one
corpus person with that surname (or a transliteration of it), if there is exactly one; a
full name the model typed as an organisation in one report joins the person.
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache

from rapidfuzz import fuzz

from briefx.entities import titles as entity_titles
from briefx.resources import load_json
from briefx.schema import CorpusEntity, CorpusMention, Document


@dataclass(frozen=True)
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
        for surface in map(_nfc, self.surfaces):
            if surface != self.name and surface not in seen:
                seen.append(surface)
        return seen


@cache
def _rewrites() -> tuple[tuple[tuple[str, str], ...], float]:
    data = load_json("entities/transliteration.json")
    return tuple((a, b) for a, b in data["rewrites"]), float(data["fuzzy_threshold"])


def fold(text: str) -> str:
    """Lower-case and strip accents: "Erdoğan" -> "erdogan"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Names recur (every mention of every name is compared with the candidates it may
# join): their keys are computed once. A long document has tens of thousands of names.
SKELETON_CACHE = 1 << 16


@lru_cache(maxsize=SKELETON_CACHE)
def skeleton(name: str) -> str:
    """Reduce a name to a transliteration-insensitive key ("Zelenskyy" -> "zelensky")."""
    out = "".join(c for c in fold(name) if c.isalnum() or c == " ")
    rewrites, _ = _rewrites()
    for old, new in rewrites:
        out = out.replace(old, new)
    # Doubled letters are a spelling choice (Muammar / Moammar aside, Assad / Asad).
    collapsed = [c for i, c in enumerate(out) if i == 0 or c != out[i - 1]]
    return " ".join("".join(collapsed).split())


def person_tokens(text: str) -> list[str]:
    """Split a person's name into tokens, dropping titles and possessives."""
    tokens = text.replace("’s", "").replace("'s", "").split()
    titles = entity_titles()
    while len(tokens) > 1 and tokens[0].casefold() in titles:
        tokens = tokens[1:]
    return tokens


def same_name(a: str, b: str) -> bool:
    """True when two name strings are spellings of one name (skeleton or near-equal)."""
    ka, kb = skeleton(a), skeleton(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    _, threshold = _rewrites()
    return ka[0] == kb[0] and min(len(ka), len(kb)) >= 6 and fuzz.ratio(ka, kb) >= threshold


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
    # Full person names first, so that short forms before them still find them.
    order = sorted(
        range(len(mentions)),
        key=lambda i: (mentions[i].type != "PERSON", -len(person_tokens(mentions[i].text)), i),
    )
    for i in order:
        m = mentions[i]
        if m.type == "PERSON":
            tokens = person_tokens(m.text)
            group = _pick_person(people.candidates(tokens), m, mentions)
            if group is None:
                group = NameGroup("PERSON", _nfc(" ".join(tokens)))
                people.add(tokens, group)
                groups.append(group)
        else:
            name = m.canonical or _strip_article(m.text)
            key = (m.type, skeleton(name))
            group = by_key.get(key)
            if group is None and not m.canonical:
                bucket = by_initial[(m.type, key[1][:1])]
                group = next((g for g in bucket if same_name(g.name, name)), None)
            if group is None:
                group = NameGroup(m.type, _nfc(name))
                groups.append(group)
                by_initial[(m.type, key[1][:1])].append(group)
            by_key[key] = group
        group.mentions.append(i)
    for group in groups:
        group.mentions.sort()
        group.surfaces = [mentions[i].text for i in group.mentions]
    groups.sort(key=lambda g: g.mentions[0])
    return groups


def _nfc(name: str) -> str:
    """Canonical names are NFC, whatever form the text used (mentions stay as written)."""
    return unicodedata.normalize("NFC", name)


def _strip_article(text: str) -> str:
    first, _, rest = text.partition(" ")
    return rest if first in {"the", "The"} and rest else text


def _pick_person(
    candidates: Sequence[NameGroup], m: NameMention, mentions: Sequence[NameMention]
) -> NameGroup | None:
    """One candidate: it; several ("Biden" with Joe and Hunter Biden): the last named before."""
    if len(candidates) <= 1:
        return candidates[0] if candidates else None

    def last_before(group: NameGroup) -> int:
        starts = [mentions[j].start for j in group.mentions if mentions[j].start < m.start]
        return max(starts) if starts else -1

    return max(candidates, key=last_before)


class UnionFind:
    """Disjoint sets over 0..n-1 with path halving."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def merge_entities(
    documents: Sequence[Document],
) -> tuple[list[CorpusEntity], dict[tuple[int, str], str]]:
    """Merge the documents' entities into corpus entities.

    Returns:
        The corpus entities (ids g1, g2, ... by first appearance) and a map from
        ``(document index, entity id)`` to corpus entity id.
    """
    items = [(d, e) for d, doc in enumerate(documents) for e in doc.entities]
    uf = UnionFind(len(items))
    owner: dict[tuple[str, str], int] = {}
    surnames: dict[str, set[int]] = defaultdict(set)
    singles: list[int] = []
    # People first: a full name the model typed as an organisation elsewhere
    # ("Volodymyr Zelenskyy" as ORG) then joins the person.
    for i in sorted(range(len(items)), key=lambda i: items[i][1].type != "PERSON"):
        entity = items[i][1]
        if entity.type == "PERSON":
            tokens = person_tokens(entity.name)
            if len(tokens) == 1:
                singles.append(i)
                continue
            keys = [("PERSON", skeleton(" ".join(tokens)))]
            surnames[skeleton(tokens[-1])].add(i)
        else:
            keys = [(entity.type, skeleton(n)) for n in (entity.name, *entity.aliases)]
            person = ("PERSON", skeleton(entity.name))
            if len(entity.name.split()) > 1 and person in owner:
                keys.append(person)
        for key in keys:
            if key in owner:
                uf.union(owner[key], i)
            else:
                owner[key] = i
    for i in singles:
        name = items[i][1].name
        people = {uf.find(j) for j in surnames.get(skeleton(name), ())}
        if not people:
            # No exact surname: a transliteration (Zelenskyy) of exactly one surname.
            people = {
                uf.find(j)
                for key, members in surnames.items()
                if same_name(key, name)
                for j in members
            }
        if len(people) == 1:
            uf.union(people.pop(), i)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(items)):
        groups[uf.find(i)].append(i)
    entities: list[CorpusEntity] = []
    mapping: dict[tuple[int, str], str] = {}
    for n, members in enumerate(sorted(groups.values(), key=min), start=1):
        gid = f"g{n}"
        names = Counter(items[i][1].name for i in members)
        name = max(
            names,
            key=lambda x: (
                names[x],
                len(x.split()),
                -min(i for i in members if items[i][1].name == x),
            ),
        )
        aliases: list[str] = []
        for i in members:
            for alias in (items[i][1].name, *items[i][1].aliases):
                if alias != name and alias not in aliases:
                    aliases.append(alias)
        types = Counter(items[i][1].type for i in members)
        entities.append(
            CorpusEntity(
                id=gid,
                type=max(types, key=lambda t: (types[t], t == "PERSON")),
                name=name,
                aliases=aliases,
                mentions=[CorpusMention(doc=items[i][0], entity=items[i][1].id) for i in members],
            )
        )
        for i in members:
            mapping[(items[i][0], items[i][1].id)] = gid
    return entities, mapping
