"""The import graph of ``cop_app/``: data flows one way, and nothing goes round.

Layers, lowest first (ARCHITECTURE.md): the base (models, database, live hub,
routes, texts), services, states, components, pages, and the app (the app
module, the HTTP endpoints, the command line and the demo). A module may import
from its own layer and the ones below, never from above, and no set of modules
may import each other in a circle. Every import counts, also one made inside a
function to dodge a circle at start-up. Within the services, ``guards`` (authz,
rate limits, text) sits below the other capabilities.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "cop_app"

LAYERS = ("base", "services", "state", "components", "pages", "app")
BASE = {
    "models",
    "db",
    "i18n",
    "locales",
    "routes",
    "schemas",
    "live",
    "web_security",
    "mail_settings",
    "background",
}
APP = {"cop_app", "auth_api", "previews", "manage", "demo"}
FOLDERS = {"services": "services", "state": "state", "components": "components", "pages": "pages"}


def modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(ROOT).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def imports(name: str, path: Path, known: dict[str, Path]) -> set[str]:
    """The ``cop_app`` modules ``name`` imports, wherever the import statement is."""
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                source = ".".join([*base, *([node.module] if node.module else [])])
            else:
                source = node.module or ""
            for alias in node.names:
                full = f"{source}.{alias.name}"
                out.add(full if full in known else source)
    return {m for m in out if m in known and m != name}


def graph() -> dict[str, set[str]]:
    known = modules()
    return {name: imports(name, path, known) for name, path in known.items()}


def layer(module: str) -> int | None:
    """The module's layer, or None for the package roots (``cop_app``)."""
    parts = module.split(".")
    if len(parts) == 1:
        return None
    top = parts[1]
    if top in BASE:
        return LAYERS.index("base")
    if top in APP:
        return LAYERS.index("app")
    if top in FOLDERS:
        return LAYERS.index(FOLDERS[top])
    raise AssertionError(f"{module} is in no layer: add it to tests/test_architecture.py")


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(edges[v]):
            if w not in index:
                visit(w)
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

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return found


def test_no_module_imports_from_a_higher_layer() -> None:
    edges = graph()
    assert len(edges) > 80, "the walk found too few modules"
    wrong = []
    for source, targets in sorted(edges.items()):
        here = layer(source)
        for target in sorted(targets):
            there = layer(target)
            if here is not None and there is not None and there > here:
                wrong.append(f"{source} ({LAYERS[here]}) imports {target} ({LAYERS[there]})")
    assert not wrong, "imports that run back up:\n" + "\n".join(wrong)


def test_no_import_cycles() -> None:
    found = cycles(graph())
    assert not found, "modules that import each other in a circle:\n" + "\n".join(
        " -> ".join(c) for c in found
    )


def test_the_guards_import_no_other_service() -> None:
    edges = graph()
    wrong = [
        f"{source} imports {target}"
        for source, targets in sorted(edges.items())
        if source.startswith("cop_app.services.guards")
        for target in sorted(targets)
        if target.startswith("cop_app.services.")
        and not target.startswith("cop_app.services.guards")
    ]
    assert not wrong, "\n".join(wrong)


def test_the_checks_catch_a_back_edge_and_a_cycle() -> None:
    """The checks themselves: a made-up graph with both faults."""
    edges = {
        "cop_app.live": {"cop_app.cop_app"},
        "cop_app.cop_app": {"cop_app.live"},
        "cop_app.services.a": set(),
    }
    assert cycles(edges) == [["cop_app.cop_app", "cop_app.live"]]
    assert layer("cop_app.live") < layer("cop_app.cop_app")  # so live -> app runs back up


def test_architecture_md_names_every_services_package() -> None:
    """ARCHITECTURE.md matches the tree: each capability package is in its table."""
    text = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
    packages = sorted(
        p.name for p in (PACKAGE / "services").iterdir() if (p / "__init__.py").is_file()
    )
    assert packages, "no services package found"
    missing = [p for p in packages if f"| `services/{p}/` |" not in text]
    assert not missing, f"ARCHITECTURE.md does not describe services/{missing}"
