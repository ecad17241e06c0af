"""Validate the entity gazetteers ``places.jsonl`` and ``orgs.jsonl`` (stdlib only).

Usage::

    python tests/gazetteer_check.py [DIRECTORY]

DIRECTORY defaults to the repository's models/entities. Prints one line per problem and a
count per file and kind; exits with status 1 if any problem was found, else 0.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PLACE_KINDS = frozenset({"country", "city", "region", "continent", "body_of_water", "other"})
ORG_KINDS = frozenset(
    {"news_outlet", "government_body", "intl_org", "company", "party", "military", "other"}
)
FILES: dict[str, frozenset[str]] = {"places.jsonl": PLACE_KINDS, "orgs.jsonl": ORG_KINDS}
REQUIRED: dict[str, type | tuple[type, ...]] = {
    "name": str,
    "aliases": list,
    "kind": str,
    "country": (str, type(None)),
    "ambiguous": bool,
}

# Surface forms allowed to start with "The": the article is part of the proper name.
THE_ALLOWED = frozenset(
    {
        "The Atlantic",
        "The Australian",
        "The Boston Globe",
        "The Canadian Press",
        "The Daily Beast",
        "The Daily Telegraph",
        "The Economist",
        "The Globe and Mail",
        "The Guardian",
        "The Hague",
        "The Hill",
        "The Hindu",
        "The Independent",
        "The Indian Express",
        "The Intercept",
        "The Japan Times",
        "The Jerusalem Post",
        "The Korea Herald",
        "The Kyiv Independent",
        "The Moscow Times",
        "The New York Times",
        "The New Yorker",
        "The Observer",
        "The Straits Times",
        "The Sun",
        "The Sunday Times",
        "The Sydney Morning Herald",
        "The Telegraph",
        "The Times",
        "The Times of India",
        "The Times of Israel",
        "The Wall Street Journal",
        "The Washington Post",
    }
)


@dataclass(frozen=True)
class Entry:
    """One valid row, remembered for the cross-row checks."""

    file: str
    line: int
    name: str
    forms: tuple[str, ...]
    kind: str
    country: str | None
    ambiguous: bool

    def where(self) -> str:
        return f"{self.file}:{self.line} ({self.name})"


def fold(form: str) -> str:
    """Key under which two surface forms count as the same: case, accents, quote style."""
    text = form.replace("\u2019", "'").replace("\u02bb", "'").replace("\u2018", "'")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.casefold().split())


def check_form(form: Any, label: str) -> list[str]:
    """Problems with one name or alias string."""
    if not isinstance(form, str) or not form:
        return [f"{label} must be a non-empty string, got {form!r}"]
    problems: list[str] = []
    if unicodedata.normalize("NFC", form) != form:
        problems.append(f"{label} {form!r} is not in Unicode NFC form")
    if form != form.strip() or "  " in form:
        problems.append(f"{label} {form!r} has stray whitespace")
    if form.lower().startswith("the ") and form not in THE_ALLOWED:
        problems.append(
            f"{label} {form!r} starts with an article (add to THE_ALLOWED if it is "
            "part of the proper name)"
        )
    return problems


def check_row(obj: Any, kinds: frozenset[str]) -> list[str]:
    """Problems with one decoded row, independent of the other rows."""
    if not isinstance(obj, dict):
        return ["row is not a JSON object"]
    problems: list[str] = []
    for key, typ in REQUIRED.items():
        if key not in obj:
            problems.append(f"missing key {key!r}")
        elif not isinstance(obj[key], typ):
            problems.append(f"key {key!r} has wrong type {type(obj[key]).__name__}")
    if problems:
        return problems
    for key in sorted(obj.keys() - REQUIRED.keys()):
        problems.append(f"unknown key {key!r}")
    problems += check_form(obj["name"], "name")
    if obj["kind"] not in kinds:
        problems.append(f"kind {obj['kind']!r} not one of {sorted(kinds)}")
    if obj["country"] is not None and not obj["country"].strip():
        problems.append("country must be null or a non-empty string")
    seen = {obj["name"]}
    for alias in obj["aliases"]:
        problems += check_form(alias, "alias")
        if alias in seen:
            problems.append(f"alias {alias!r} repeats the name or another alias")
        seen.add(alias)
    return problems


def load(path: Path, kinds: frozenset[str]) -> tuple[list[Entry], list[str]]:
    """Read one JSONL file; return its valid rows and the problems found."""
    entries: list[Entry] = []
    problems: list[str] = []
    with path.open(encoding="utf-8") as fh:
        for number, raw in enumerate(fh, start=1):
            if not raw.strip():
                problems.append(f"{path.name}:{number}: blank line")
                continue
            try:
                obj = json.loads(raw)
            except json.JSONDecodeError as exc:
                problems.append(f"{path.name}:{number}: invalid JSON: {exc}")
                continue
            row_problems = check_row(obj, kinds)
            problems += [f"{path.name}:{number}: {p}" for p in row_problems]
            if not row_problems:
                entries.append(
                    Entry(
                        file=path.name,
                        line=number,
                        name=obj["name"],
                        forms=(obj["name"], *obj["aliases"]),
                        kind=obj["kind"],
                        country=obj["country"],
                        ambiguous=obj["ambiguous"],
                    )
                )
    return entries, problems


def cross_checks(entries: list[Entry]) -> list[str]:
    """Duplicate names, alias clashes and unknown countries across all rows."""
    problems: list[str] = []
    by_name: dict[tuple[str, str], list[Entry]] = defaultdict(list)
    for entry in entries:
        by_name[(entry.file, fold(entry.name))].append(entry)
    for group in by_name.values():
        if len(group) > 1:
            problems.append("duplicate name: " + ", ".join(e.where() for e in group))

    by_form: dict[str, list[Entry]] = defaultdict(list)
    for entry in entries:
        for key in {fold(form) for form in entry.forms}:
            by_form[key].append(entry)
    for key, group in sorted(by_form.items()):
        clear = [e for e in group if not e.ambiguous]
        if len(clear) > 1:
            problems.append(
                f"surface form {key!r} belongs to several non-ambiguous entries: "
                + ", ".join(e.where() for e in clear)
            )

    countries = {e.name for e in entries if e.file == "places.jsonl" and e.kind == "country"}
    for entry in entries:
        if entry.country is not None and entry.country not in countries:
            problems.append(f"{entry.where()}: country {entry.country!r} is not a country entry")
        if entry.file == "places.jsonl" and entry.kind == "country" and entry.country is not None:
            problems.append(f"{entry.where()}: a country entry must have country null")
    return problems


def main(argv: list[str]) -> int:
    folder = (
        Path(argv[1])
        if len(argv) > 1
        else Path(__file__).resolve().parents[1] / "models" / "entities"
    )
    entries: list[Entry] = []
    problems: list[str] = []
    for filename, kinds in FILES.items():
        path = folder / filename
        if not path.is_file():
            problems.append(f"{filename}: file not found in {folder}")
            continue
        file_entries, file_problems = load(path, kinds)
        entries += file_entries
        problems += file_problems
    problems += cross_checks(entries)

    for filename in FILES:
        rows = [e for e in entries if e.file == filename]
        kinds = Counter(e.kind for e in rows)
        ambiguous = sum(e.ambiguous for e in rows)
        detail = ", ".join(f"{k} {n}" for k, n in sorted(kinds.items()))
        print(f"{filename}: {len(rows)} entries ({detail}); {ambiguous} ambiguous")
    for problem in problems:
        print(f"ERROR {problem}")
    print(f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
