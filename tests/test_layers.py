"""The package's layers, enforced: each sub-package imports only the layers below it, there is no
import cycle, and only cli.py imports mtaudit.commands (the CLI is a client of the library, never
the other way round). Read from the source with `ast`, so a lazy import inside a function counts
as much as one at the top of the module; imports under `if TYPE_CHECKING:` (annotations only)
do not."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "mtaudit"

# Lowest first. A unit may import itself and any unit of a LOWER layer, nothing else. A unit is a
# sub-package, or one module named on its own where it sits higher than its package.
LAYERS: list[set[str]] = [
    {"core"},                            # findings model, categories, errors, file io, safe YAML
    {"text"},                            # Document and its views, quotes, lexicons, language ID
    {"models"},                          # optional models: language model, parser, embedding, translit
    {"rules", "glossary"},               # rule model, YAML rule loader; the glossary
    {"references"},                      # reference bank, alignment, quote drift, thresholds
    {"source"},                          # the Russian source: reading, alignment, entities
    {"detectors"},                       # every check
    {"rules.registry"},                  # every rule of every detector, built-in and user
    {"audit"},                           # context, engine, fixes, decisions, signature, config
    {"report", "metrics"},               # outputs; scoring against gold
    {"runners"},                         # paths, JSONL batches, worker pool, Dask
    {"commands"},                        # thin click commands
    {"cli"},                             # the command line
    {"__main__"},                        # python -m mtaudit
]
LEVEL = {unit: i for i, layer in enumerate(LAYERS) for unit in layer}
MAX_TOP_LEVEL_MODULES = 8
# Known offenders, each being removed by issue 12's work on the audit context and the one rule
# registry (user rules loaded by the registry, workers rebuilt from a spec without the CLI's
# options). test_pending_offenders_still_exist fails once one is gone: then delete its line.
PENDING = {
    ("mtaudit/runners/pool.py", "mtaudit.commands.options"),
    ("mtaudit/detectors/patterns.py", "mtaudit.rules.registry"),
}


def _module_name(path: Path) -> tuple[str, bool]:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    is_package = parts[-1] == "__init__"
    return ".".join(parts[:-1] if is_package else parts), is_package


def _unit(module: str) -> str:
    """The layer unit of a dotted module name under mtaudit ("mtaudit.rules.loader" -> "rules")."""
    rest = module.split(".")[1:]
    if not rest:
        return "__init__"
    two = ".".join(rest[:2])
    return two if two in LEVEL else rest[0]


def _imports(path: Path) -> list[tuple[str, int, bool]]:
    """(imported mtaudit module, line, at module level) for every import outside TYPE_CHECKING."""
    name, is_package = _module_name(path)
    found: list[tuple[str, int, bool]] = []

    def visit(node, top: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                for sub in child.orelse:
                    visit(sub, top)
                continue
            inner = top and not isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
            if isinstance(child, ast.Import):
                found.extend((a.name, child.lineno, top) for a in child.names)
            elif isinstance(child, ast.ImportFrom):
                if child.level:
                    base = name if is_package else name.rsplit(".", 1)[0]
                    for _ in range(child.level - 1):
                        base = base.rsplit(".", 1)[0]
                    base += "." + child.module if child.module else ""
                else:
                    base = child.module or ""
                # `from mtaudit.x import y` may name a module y: count the deepest module that exists
                for a in child.names:
                    candidate = f"{base}.{a.name}"
                    found.append((candidate if _exists(candidate) else base, child.lineno, top))
            visit(child, inner)

    visit(ast.parse(path.read_text(encoding="utf-8")), True)
    return [(m, line, top) for m, line, top in dict.fromkeys(found)
            if (m == "mtaudit" or m.startswith("mtaudit.")) and (_rel(path), m) not in PENDING]


def _rel(path: Path) -> str:
    return path.relative_to(PACKAGE.parent).as_posix()


def _exists(module: str) -> bool:
    rel = Path(*module.split("."))
    return (PACKAGE.parent / rel).with_suffix(".py").is_file() or (PACKAGE.parent / rel / "__init__.py").is_file()


SOURCES = sorted(PACKAGE.rglob("*.py"))


def test_every_sub_package_and_top_level_module_has_a_layer():
    units = {_unit(_module_name(p)[0]) for p in SOURCES} - {"__init__"}
    assert units <= set(LEVEL), f"not in LAYERS: {sorted(units - set(LEVEL))}"


def test_each_layer_imports_only_the_layers_below():
    wrong = []
    for path in SOURCES:
        name, _ = _module_name(path)
        here = _unit(name)
        for target, line, _top in _imports(path):
            there = _unit(target)
            if there == here or there == "__init__":
                continue
            if here == "__init__" or LEVEL[there] >= LEVEL[here]:
                wrong.append(f"{path.relative_to(PACKAGE.parent)}:{line}: {here} imports {target} ({there})")
    assert not wrong, "\n".join(wrong)


def test_only_cli_imports_the_commands():
    wrong = [f"{p.relative_to(PACKAGE.parent)}:{line}: imports {target}"
             for p in SOURCES if _unit(_module_name(p)[0]) not in ("commands", "cli")
             for target, line, _top in _imports(p)
             if target == "mtaudit.commands" or target.startswith("mtaudit.commands.")]
    assert not wrong, "\n".join(wrong)


def test_no_import_cycle_between_modules():
    """At module level (what runs on import): a cycle there breaks depending on which module a
    program happens to import first."""
    graph: dict[str, set[str]] = {}
    for path in SOURCES:
        name, _ = _module_name(path)
        graph[name] = {t for t, _line, top in _imports(path) if top and t != name}
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            raise AssertionError("import cycle: " + " -> ".join(cycle))


def test_pending_offenders_still_exist():
    for file, target in PENDING:
        source = (PACKAGE.parent / file).read_text(encoding="utf-8")
        assert target in source, f"{file} no longer imports {target}: delete it from PENDING"


def test_few_top_level_modules():
    top = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert len(top) <= MAX_TOP_LEVEL_MODULES, top


def test_the_check_sees_a_violation(tmp_path):
    """The walk finds imports inside functions and ignores TYPE_CHECKING ones."""
    global PACKAGE
    pkg = tmp_path / "mtaudit"
    (pkg / "core").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "core" / "__init__.py").write_text("")
    (pkg / "core" / "x.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from mtaudit.audit import engine\n"
        "def f():\n    from mtaudit.commands import check\n")
    saved, PACKAGE = PACKAGE, pkg
    try:
        found = _imports(pkg / "core" / "x.py")
    finally:
        PACKAGE = saved
    assert [(m, line, top) for m, line, top in found] == [("mtaudit.commands", 5, False)]
