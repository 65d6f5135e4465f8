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


def package_graph(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    """``pipeline.x.y`` -> ``pipeline.x``: one node per subpackage or top-level module."""
    def top(name: str) -> str:
        return ".".join(name.split(".")[:2])

    packages: dict[str, set[str]] = {}
    for source, targets in graph.items():
        packages.setdefault(top(source), set()).update(top(t) for t in targets if top(t) != top(source))
    return packages


def test_packages_have_no_cycle():
    assert cycles(package_graph(import_graph())) == []


# The layout, bottom to top: a package imports only its own layer and the layers below it.
LAYERS = (
    ("foundation", {"pipeline", "pipeline.errors", "pipeline.records", "pipeline.text", "pipeline.files",
                    "pipeline.provenance", "pipeline.chunking", "pipeline.tiny_models"}),
    ("reading", {"pipeline.clean", "pipeline.parse", "pipeline.ingest", "pipeline.batch", "pipeline.collect"}),
    ("language", {"pipeline.analysis", "pipeline.format", "pipeline.compress", "pipeline.select",
                  "pipeline.faithfulness", "pipeline.seq2seq"}),
    ("engines", {"pipeline.engines"}),
    ("config", {"pipeline.config"}),
    ("jobs", {"pipeline.evaluation", "pipeline.training", "pipeline.serve"}),
    ("benchmarks", {"pipeline.benchmarks"}),
    ("recipes", {"pipeline.recipes"}),
    ("command line", {"pipeline.cli"}),
)


def back_edges(packages: dict[str, set[str]], layers=LAYERS) -> list[str]:
    """``"source -> target"`` for every package importing one from a higher layer."""
    level = {name: i for i, (_, names) in enumerate(layers) for name in names}
    return sorted(f"{source} -> {target}" for source, targets in packages.items() for target in targets
                  if level[target] > level[source])


def test_the_back_edge_finder_finds_an_import_from_a_higher_layer():
    layers = (("low", {"a"}), ("high", {"b", "c"}))
    assert back_edges({"a": {"b"}, "b": {"a", "c"}, "c": set()}, layers) == ["a -> b"]
    assert back_edges({"a": set(), "b": {"a"}, "c": {"b"}}, layers) == []


def test_every_package_has_a_layer():
    packages = package_graph(import_graph())
    placed = set().union(*(names for _, names in LAYERS))
    assert set(packages) - placed == set(), "put each new module in one of LAYERS"


def test_no_package_imports_a_higher_layer():
    """Engines take their settings as arguments (never the config package), training reads its schema from
    pipeline.config, benchmarks call the training parts directly, not the recipes that run them."""
    assert back_edges(package_graph(import_graph())) == []


def test_engines_and_compression_do_not_import_evaluation_or_configs_back():
    graph = import_graph()
    for module in ("pipeline.engines.extractive", "pipeline.engines.seq2seq", "pipeline.engines.baselines", "pipeline.compress"):
        assert not {m for m in graph[module] if m.startswith(("pipeline.evaluation", "pipeline.config", "pipeline.recipes"))}, module
