"""Read the code blocks of a Markdown file, and the JSON-with-comments examples in them.

Shared by the tests that keep ``README.md`` and ``docs/contract.md`` true.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

_FENCE = re.compile(r"^```([\w-]*)[^\n]*\n(.*?)^```\s*$", re.S | re.M)
# A bare ``...`` (outside a string) in an example stands for "more fields": it is read as
# this key, which the field checks skip.
MORE = "..."


def code_blocks(path: Path) -> list[tuple[str, str]]:
    """The fenced code blocks of a Markdown file: ``(language, source)`` in file order."""
    return [(m[1], m[2]) for m in _FENCE.finditer(path.read_text("utf-8"))]


def parse_jsonc(source: str) -> Any:
    """Parse JSON with ``//`` and ``/* */`` comments and bare ``...`` for "more fields"."""
    out: list[str] = []
    i, n, in_string = 0, len(source), False
    while i < n:
        c = source[i]
        if in_string:
            out.append(c)
            if c == "\\":
                out.append(source[i + 1])
                i += 1
            elif c == '"':
                in_string = False
        elif c == '"':
            in_string = True
            out.append(c)
        elif source.startswith("//", i):
            i = source.find("\n", i) if "\n" in source[i:] else n
            continue
        elif source.startswith("/*", i):
            i = source.index("*/", i) + 2
            continue
        elif source.startswith("...", i):
            out.append(f'"{MORE}": null')
            i += 3
            continue
        else:
            out.append(c)
        i += 1
    return json.loads("".join(out))


def _resolve(root: dict, node: dict, value: Any) -> dict:
    """The schema of ``value`` at ``node``: follow ``$ref``, pick the matching ``anyOf``."""
    if "$ref" in node:
        return _resolve(root, root["$defs"][node["$ref"].rsplit("/", 1)[1]], value)
    if "anyOf" in node:
        want = "object" if isinstance(value, dict) else "array" if isinstance(value, list) else None
        for option in node["anyOf"]:
            resolved = _resolve(root, option, value)
            if want is not None and resolved.get("type") == want:
                return resolved
        return {}
    return node


def unknown_fields(root: dict, example: Any, *, skip: frozenset[str] = frozenset()) -> list[str]:
    """Fields of ``example`` (``Model.field``) that the JSON Schema ``root`` does not define.

    Args:
        root: a JSON Schema from ``model_json_schema()``.
        example: an example object of that model, as parsed by :func:`parse_jsonc`.
        skip: ``Model.field`` names known to be missing; their values are not looked into.
    """
    problems: list[str] = []

    def walk(value: Any, node: dict) -> None:
        node = _resolve(root, node, value)
        if isinstance(value, dict):
            props = node.get("properties", {})
            for key, child in value.items():
                name = f"{node.get('title', '?')}.{key}"
                if key == MORE or name in skip:
                    continue
                if key not in props:
                    problems.append(name)
                else:
                    walk(child, props[key])
        elif isinstance(value, list) and "items" in node:
            for item in value:
                walk(item, node["items"])

    walk(example, root)
    return problems


def schema_fields(root: dict) -> set[str]:
    """Every ``Model.field`` a JSON Schema defines, its top-level model included."""
    fields = {f"{root['title']}.{p}" for p in root.get("properties", {})}
    for name, model in root.get("$defs", {}).items():
        fields |= {f"{name}.{p}" for p in model.get("properties", {})}
    return fields
