"""The house rules of STYLE.md, read from the code's imports with `ast`, so they stay true.

Every import counts, including those inside functions: a late import hides a dependency from
the reader but not from Python.
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("service", "tasks", "nl_parser", "migrations", "wsgi.py", "huey_consumer.py")

# The domains, lowest first: a package may import its own rank or lower, never higher.
# (Routes live inside their domain and import the shared web parts, so `web` sits low.)
RANKS = {
    "config": 0,
    "db": 0,
    "sqlite_writers": 0,
    "supervisor": 0,
    "errors": 0,
    "clock": 0,
    "runtime": 0,
    "redis": 0,
    "migrate": 0,
    "pages": 0,
    "engine": 0,
    "observability": 0,
    "auth": 1,
    "web": 2,
    "events": 3,
    "workflows": 4,
    "runs": 5,
    "schedules": 6,
    "parse": 6,
    "health": 6,
    "cli": 7,
    "worker_app": 7,
    "__init__": 8,
}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _project_modules() -> dict[str, Path]:
    found = {}
    for source in SOURCES:
        path = ROOT / source
        for file in [path] if path.is_file() else sorted(path.rglob("*.py")):
            found[_module_name(file)] = file
    return found


MODULES = _project_modules()


def _imports(name: str, path: Path) -> set[str]:
    """Return the project modules that `name` imports, anywhere in its file."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    targets = set()
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            targets.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                targets.add(submodule if submodule in MODULES else base)
    return {target for target in targets if target in MODULES and target != name}


GRAPH = {name: _imports(name, path) for name, path in MODULES.items()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Return the strongly connected components with more than one member (Tarjan)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def _room(module: str) -> str:
    """Return the part of service/ a service module belongs to (`runs`, `db`, `__init__`…)."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _service_edges():
    for source, targets in GRAPH.items():
        if source.split(".")[0] != "service":
            continue
        for target in targets:
            if target.split(".")[0] == "service":
                yield source, target


def test_the_checker_sees_the_code():
    """The walk finds the modules and their imports (a checker that sees nothing proves nothing)."""
    assert "service.runs.execution" in MODULES
    assert "service.runs.claims" in GRAPH["service.runs.execution"]
    assert "service.runs.execution" in GRAPH["tasks.runs"]
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_import_cycle_among_the_projects_modules():
    """No module reaches itself through its imports."""
    assert _cycles(GRAPH) == []


def test_no_import_cycle_between_the_parts_of_service():
    """The packages of service/ form a graph without circles, not only their modules."""
    rooms: dict[str, set[str]] = {}
    for source, target in _service_edges():
        if _room(source) != _room(target):
            rooms.setdefault(_room(source), set()).add(_room(target))
    assert _cycles(rooms) == []


def test_service_never_imports_the_task_queue():
    """Service code reaches the queue through runs/queue.py; only entry points import tasks."""
    offenders = sorted(
        (source, target)
        for source, targets in GRAPH.items()
        if source.split(".")[0] == "service"
        for target in targets
        if target.split(".")[0] == "tasks"
    )
    assert offenders == []


@pytest.mark.parametrize("room", sorted(RANKS))
def test_imports_run_down_the_house(room):
    """A part of service/ imports only parts at its own level or below (STYLE.md: data flows
    one way)."""
    upward = sorted(
        (source, target)
        for source, target in _service_edges()
        if _room(source) == room and RANKS[_room(target)] > RANKS[room]
    )
    assert upward == []


def test_every_part_of_service_has_a_rank():
    """A new package of service/ must be placed in the house before it is used."""
    assert {_room(module) for module in MODULES if module.startswith("service")} <= set(RANKS)


def test_the_engine_and_the_parser_stay_pure():
    """The engine imports nothing of service/ outside it; nl_parser imports nothing of service/."""
    leaks = sorted(
        (source, target)
        for source, targets in GRAPH.items()
        for target in targets
        if (source.startswith("service.engine") and not target.startswith("service.engine"))
        or (source.startswith("nl_parser") and not target.startswith("nl_parser"))
    )
    assert leaks == []
