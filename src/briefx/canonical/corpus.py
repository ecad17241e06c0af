"""One name per person, place or organisation across documents (``merge_corpus_entities``)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from briefx.canonical.names import initials, is_acronym, org_key, person_tokens, same_name, skeleton
from briefx.schema import CorpusEntity, CorpusMention, Document, Entity
from briefx.text.dateline import opening


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


def merge_corpus_entities(
    documents: Sequence[Document],
) -> tuple[list[CorpusEntity], dict[tuple[int, str], str]]:
    """Merge the documents' entities into corpus entities (one per person, place, org).

    Args:
        documents: the documents, e.g. two reports naming "Nvidia Corp." and "Nvidia".

    Returns:
        The corpus entities (ids g1, g2, ... by first appearance) and a map from
        ``(document index, entity id)`` to corpus entity id.
    """
    items = [(d, e) for d, doc in enumerate(documents) for e in doc.entities]
    uf = UnionFind(len(items))
    owner: dict[tuple[str, str], int] = {}
    surnames: dict[str, set[int]] = defaultdict(set)
    singles: list[int] = []
    acronyms: list[int] = []
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
            if entity.type == "ORG":
                keys += [("ORG", org_key(n)) for n in (entity.name, *entity.aliases)]
                if is_acronym(entity.name):
                    acronyms.append(i)
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
    _join_acronyms(items, acronyms, uf)
    datelined = _dateline_places(documents, items)
    firms = _join_firms(items, uf, datelined)
    places = _join_places(items, uf, datelined)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(items)):
        groups[uf.find(i)].append(i)
    firm_groups = {uf.find(i) for i in firms}
    place_groups = {uf.find(i) for i in places}
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
        kind = max(types, key=lambda t: (types[t], t == "PERSON"))
        if uf.find(members[0]) in firm_groups:
            kind = "ORG"  # the model's guesses give way (``_join_firms``)
        elif uf.find(members[0]) in place_groups:
            kind = "PLACE"  # a dateline's town (``_join_places``)
        entities.append(
            CorpusEntity(
                id=gid,
                type=kind,
                name=name,
                aliases=aliases,
                mentions=[CorpusMention(doc=items[i][0], entity=items[i][1].id) for i in members],
            )
        )
        for i in members:
            mapping[(items[i][0], items[i][1].id)] = gid
    return entities, mapping


# The old name, kept for callers: ``briefx.entities`` used to have a ``merge_entities`` of
# its own (spans), so this one now says what it merges.
merge_entities = merge_corpus_entities


def _dateline_places(
    documents: Sequence[Document], items: Sequence[tuple[int, Entity]]
) -> set[int]:
    """The items that are a place a report's wire dateline gives, its town or its region
    ("ORVIK, Lindmark (Times) -"): read from the dateline itself, no guess of the
    model's."""
    found: set[int] = set()
    spans: dict[int, list[tuple[int, int]]] = {}
    for i, (d, entity) in enumerate(items):
        if entity.type != "PLACE":
            continue
        if d not in spans:
            spans[d] = [
                (line.start + part[0], line.start + part[1])
                for line in documents[d].sentences
                if (o := opening(line.text)) is not None
                for part in (o.place, o.region)
                if part is not None
            ]
        if any((m.start, m.end) in spans[d] for m in entity.mentions):
            found.add(i)
    return found


def _join_places(
    items: Sequence[tuple[int, Entity]], uf: UnionFind, datelined: set[int]
) -> list[int]:
    """An organisation of one word that a report reads so ("Orvik's former mayor"), the
    gazetteer not knowing it as one, or a one-word person who is no known first name
    ("Skarvik's power plant"), joins the same name another report's dateline gives as its
    place. Returns the items joined (their groups are places)."""
    towns: dict[str, set[int]] = defaultdict(set)
    for i in datelined:
        towns[skeleton(items[i][1].name)].add(uf.find(i))
    if not towns:
        return []
    from briefx.entities.gazetteer import lookup  # as in ``_a_guess``: only when needed

    joined: list[int] = []
    for i, (_, entity) in enumerate(items):
        if entity.type not in ("ORG", "PERSON") or " " in entity.name:
            continue
        roots = towns.get(skeleton(entity.name), set()) - {uf.find(i)}
        guessed = lookup(entity.name) is None if entity.type == "ORG" else _a_guess(entity)
        if len(roots) == 1 and guessed:
            root = next(iter(roots))
            uf.union(root, i)
            joined += [root, i]
    return joined


def _join_firms(
    items: Sequence[tuple[int, Entity]], uf: UnionFind, datelined: set[int]
) -> list[int]:
    """A name read as an organisation in one report joins the same name read in another
    as a place no gazetteer knows or as a one-word person whose name is no known first
    name ("chipmaker Veltrix" and "Veltrix shares fell"): on a made-up name the model
    guesses, and the organisation is what a report's words showed. Returns the items
    joined (their groups are organisations); a name read as an organisation under two
    kinds of group is left alone, and so is a place a report's dateline gives.
    """
    firms: dict[str, set[int]] = defaultdict(set)
    for i, (_, entity) in enumerate(items):
        if entity.type == "ORG":
            firms[skeleton(entity.name)].add(uf.find(i))
    if not firms:
        return []
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(items)):
        groups[uf.find(i)].append(i)
    joined: list[int] = []
    for members in list(groups.values()):
        names = {skeleton(items[i][1].name) for i in members}
        if len(names) != 1:
            continue
        roots = firms.get(names.pop(), set()) - {uf.find(members[0])}
        # Guesses are checked last: the gazetteer is read only for a name in question.
        if len(roots) == 1 and all(i not in datelined and _a_guess(items[i][1]) for i in members):
            root = next(iter(roots))
            for i in members:
                uf.union(root, i)
            joined += [root, *members]
    return joined


def _a_guess(entity: Entity) -> bool:
    """A reading of a made-up name the model may have guessed: a place no gazetteer
    knows, or a one-word person whose name is no known first name."""
    # Imported here, as needed: a brief in which no two reports type a name apart never
    # loads the gazetteer or the first names.
    from briefx.entities.gazetteer import lookup
    from briefx.entities.known_places import first_names

    if entity.type == "PLACE":
        return lookup(entity.name) is None
    return entity.type == "PERSON" and " " not in entity.name and entity.name not in first_names()


def _join_acronyms(
    items: Sequence[tuple[int, Entity]], acronyms: Sequence[int], uf: UnionFind
) -> None:
    """An organisation named by an acronym only joins the one whose initials spell it."""
    if not acronyms:
        return
    spelled: dict[str, set[int]] = defaultdict(set)
    for i, (_, entity) in enumerate(items):
        if entity.type == "ORG":
            for name in (entity.name, *entity.aliases):
                spelled[initials(name)].add(uf.find(i))
    for i in acronyms:
        roots = spelled.get(items[i][1].name, set()) - {uf.find(i)}
        if len(roots) == 1:
            uf.union(roots.pop(), i)
