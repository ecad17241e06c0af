"""The layout's promises: data flows one way (no import cycle), one clock, packages.

Imports are read from the source (module level and inside functions); those under
``if TYPE_CHECKING:`` are for annotations and do not run.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "briefx"
# Reading the clock: today(), now(), utcnow() on date / datetime.
CLOCK_CALLS = frozenset({"today", "now", "utcnow"})


def _module_name(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(p): p for p in sorted(SRC.rglob("*.py"))}


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _runtime_nodes(tree: ast.AST) -> list[ast.AST]:
    """Every node except those under ``if TYPE_CHECKING:``."""
    out: list[ast.AST] = []
    stack = [tree]
    while stack:
        node = stack.pop()
        out.append(node)
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child):
                stack.extend(child.orelse)
                continue
            stack.append(child)
    return out


def _imports(name: str, path: Path) -> set[str]:
    """The briefx modules that module ``name`` imports when it runs."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in _runtime_nodes(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name in MODULES)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parent, base] if base else parent)
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                if sub in MODULES:
                    found.add(sub)
                elif base in MODULES:
                    found.add(base)
    found.discard(name)
    return found


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle of ``graph`` as a list of modules, or None."""
    state: dict[str, int] = {}  # 1 = on the path, 2 = done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": set()}) is None


def test_no_import_cycle_inside_briefx() -> None:
    graph = {name: _imports(name, path) for name, path in MODULES.items()}
    # A package's __init__ importing its own modules is its public face, not a cycle;
    # the edge back (a module of the package importing the package) would be.
    for name in graph:
        if MODULES[name].name == "__init__.py":
            graph[name] = {m for m in graph[name] if not m.startswith(name + ".")}
    assert _cycle(graph) is None, f"import cycle: {' -> '.join(_cycle(graph) or [])}"


def test_the_import_reader_sees_lazy_imports_but_not_type_checking_ones() -> None:
    imports = _imports("briefx.schema", MODULES["briefx.schema"])
    assert "briefx.views.display" in imports  # inside _repr_html_
    assert "briefx.schema" not in _imports("briefx.views.display", MODULES["briefx.views.display"])


def _clock_reads(path: Path) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in CLOCK_CALLS
    ]


def test_only_reference_reads_the_clock() -> None:
    readers = {name: lines for name, p in MODULES.items() if (lines := _clock_reads(p))}
    assert set(readers) == {"briefx.reference"}, readers
    assert len(readers["briefx.reference"]) == 1


@pytest.mark.parametrize("prefix", ["dates_", "quantities_"])
def test_dates_and_quantities_are_packages(prefix: str) -> None:
    assert not sorted(SRC.glob(f"{prefix}*.py"))
    package = SRC / prefix.rstrip("_")
    assert (package / "__init__.py").is_file()


def test_the_output_document_has_one_builder() -> None:
    """Only ``reconcile.document`` constructs a ``Document`` (the one exit from a Doc)."""
    builders = set()
    for name, path in MODULES.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                func = node.func
                called = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
                if called in ("Document", "model_validate") and name != "briefx.schema":
                    builders.add(name)
    assert builders == {"briefx.reconcile.document"}, builders


# The stages after extraction and the helpers, each a package a newcomer finds by name:
# text -> Doc -> findings -> Document -> Brief -> views.
PACKAGES = ("inputs", "entities", "dates", "quantities", "events", "reconcile", "canonical",
            "crossdoc", "views", "text", "fast")
# What may stay a flat module at the top level: the public face, the front door and
# the pieces every stage shares. ``plot`` is the alias kept for ``briefx.plot.timeline``;
# ``workers`` is the process pool of ``extract_many(workers=N)``.
TOP_LEVEL = {"__init__", "__main__", "api", "cli", "dask", "errors", "extensions", "pipeline",
             "plot", "reference", "resources", "schema", "workers"}


@pytest.mark.parametrize("package", PACKAGES)
def test_each_stage_is_a_package(package: str) -> None:
    init = SRC / package / "__init__.py"
    assert init.is_file()
    assert ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))), package
    assert len(list((SRC / package).glob("*.py"))) >= 2


def test_no_flat_stage_module_at_the_top_level() -> None:
    flat = {p.stem for p in SRC.glob("*.py")}
    assert flat == TOP_LEVEL, sorted(flat ^ TOP_LEVEL)


def test_the_plot_alias_only_hands_over_to_the_views() -> None:
    assert _imports("briefx.plot", MODULES["briefx.plot"]) == {"briefx.views.plot"}
    import briefx.plot
    import briefx.views.plot

    assert briefx.plot.timeline is briefx.views.plot.timeline


def _module_level_imports(name: str) -> set[str]:
    path = MODULES[name]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    top = ast.Module(body=[n for n in tree.body if isinstance(n, ast.Import | ast.ImportFrom)],
                     type_ignores=[])
    found = set()
    for node in ast.walk(top):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return found


def test_schema_imports_no_view_except_in_its_hand_off_methods() -> None:
    assert not {m for m in _module_level_imports("briefx.schema") if m.startswith("briefx.views")}
    tree = ast.parse(MODULES["briefx.schema"].read_text(encoding="utf-8"))
    hand_offs = set()
    for func in ast.walk(tree):
        if not isinstance(func, ast.FunctionDef):
            continue
        for node in ast.walk(func):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("briefx."):
                hand_offs.add((func.name, node.module))
    assert {f for f, _ in hand_offs} <= {"_repr_html_", "to_records", "to_pandas"}, hand_offs
    assert {m for _, m in hand_offs} <= {"briefx.views.display", "briefx.views.tables"}


@pytest.mark.parametrize(
    ("stage", "later"),
    [
        ("briefx.entities", ("briefx.reconcile", "briefx.crossdoc", "briefx.views")),
        ("briefx.dates", ("briefx.reconcile", "briefx.crossdoc", "briefx.views")),
        ("briefx.quantities", ("briefx.reconcile", "briefx.crossdoc", "briefx.views")),
        ("briefx.events", ("briefx.reconcile", "briefx.crossdoc", "briefx.views")),
        ("briefx.reconcile", ("briefx.crossdoc", "briefx.views", "briefx.api")),
        ("briefx.crossdoc", ("briefx.views", "briefx.api", "briefx.reconcile")),
        ("briefx.views", ("briefx.api", "briefx.crossdoc", "briefx.reconcile", "briefx.cli")),
    ],
)
def test_no_stage_reaches_a_later_one(stage: str, later: tuple[str, ...]) -> None:
    """Data flows one way: a stage imports none of the stages after it."""
    for name, path in MODULES.items():
        if name == stage or name.startswith(stage + "."):
            reached = {m for m in _imports(name, path) if m.startswith(later)}
            assert not reached, (name, reached)
