"""The pipeline's modules import each other without a cycle.

Every ``import`` counts, at module level or inside a function (a lazy import is
still a dependency), and so does a string naming a module (``"pipeline.engines.extractive:KiwiEngine"``
in a registry is an import made later); only ``if TYPE_CHECKING:`` blocks are left out.
A package's ``__init__`` counts as the module ``pipeline.x``, and importing
``pipeline.x.y`` imports ``pipeline.x`` first.
"""
import ast
import re
from pathlib import Path

MODULE_STRING = re.compile(r"^(pipeline(?:\.\w+)+)(?::\w+)?$")

PACKAGE = Path(__file__).resolve().parents[1] / "pipeline"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported(tree: ast.AST, modules: set[str], here: str) -> set[str]:
    """The pipeline modules ``tree`` imports (``from pipeline.x import y`` counts y when it is a module)."""
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name in modules)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module in modules:
                found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names if f"{node.module}.{a.name}" in modules)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and MODULE_STRING.match(node.value):
            name = MODULE_STRING.match(node.value)[1]
            found.update({name} & modules)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    found.discard(here)
    return found


def import_graph() -> dict[str, set[str]]:
    files = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    modules = set(files)
    graph = {}
    for name, path in files.items():
        edges = imported(ast.parse(path.read_text(encoding="utf-8")), modules, name)
        # importing pipeline.a.b runs pipeline.a's __init__ first
        graph[name] = {m for e in edges for m in _with_parents(e)} - {name, *_parents(name)}
    return graph


def _parents(name: str) -> list[str]:
    parts = name.split(".")
    return [".".join(parts[:i]) for i in range(2, len(parts))]


def _with_parents(name: str) -> list[str]:
    return [*_parents(name), name]


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def connect(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                connect(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            connect(v)
    return found


def test_the_cycle_finder_finds_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_the_graph_sees_lazy_imports_and_skips_type_checking_blocks():
    tree = ast.parse("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import pipeline.b\n"
                     "def f():\n    from pipeline.c import thing\n    import pipeline.d\n"
                     "REGISTRY = {'e': 'pipeline.e:Engine'}\n")
    modules = {"pipeline.b", "pipeline.c", "pipeline.d", "pipeline.e"}
    assert imported(tree, modules, "pipeline.a") == {"pipeline.c", "pipeline.d", "pipeline.e"}


def test_pipeline_has_no_import_cycle():
    assert cycles(import_graph()) == []


# Package-level dependencies that point back down, each left in a file this layout keeps as it is.
# The test below fails when one of them disappears, so the list only shrinks.
KNOWN_BACK_EDGES = {
    ("pipeline.engines", "pipeline.config"):
        "engines/seq2seq_config.py imports ConfigError from pipeline.config inside validate()",
    ("pipeline.training", "pipeline.config"):
        "the fine-tuning schema is defined in training/config.py, which pipeline.config.finetune re-exports",
    ("pipeline.benchmarks", "pipeline.recipes"):
        "benchmarks/train.py reuses the finetune recipe's data loading",
}


def package_graph(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    """``pipeline.x.y`` -> ``pipeline.x``: one node per subpackage or top-level module."""
    def top(name: str) -> str:
        return ".".join(name.split(".")[:2])

    packages: dict[str, set[str]] = {}
    for source, targets in graph.items():
        packages.setdefault(top(source), set()).update(top(t) for t in targets if top(t) != top(source))
    return packages


def test_packages_have_no_cycle_apart_from_the_known_back_edges():
    packages = package_graph(import_graph())
    for (source, target), why in KNOWN_BACK_EDGES.items():
        assert target in packages.get(source, set()), f"{source} -> {target} is gone; drop it from KNOWN_BACK_EDGES ({why})"
        packages[source].discard(target)
    assert cycles(packages) == []


def test_engines_and_compression_do_not_import_evaluation_or_configs_back():
    graph = import_graph()
    for module in ("pipeline.engines.extractive", "pipeline.engines.seq2seq", "pipeline.engines.baselines", "pipeline.compress"):
        assert not {m for m in graph[module] if m.startswith(("pipeline.evaluation", "pipeline.config", "pipeline.recipes"))}, module
