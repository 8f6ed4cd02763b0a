"""The dependency graph of a definition's nodes."""

from collections import deque
from dataclasses import dataclass


def parents_of(node: dict) -> list[str]:
    """Return the ids a node takes its input from, as a list."""
    source = node.get("input_from")
    if source is None:
        return []
    return [source] if isinstance(source, str) else list(source)


def _reachable(edges: dict[str, list[str]], start: str) -> set[str]:
    """Return every node reachable from start by following edges (start itself excluded)."""
    seen: set[str] = set()
    stack = list(edges[start])
    while stack:
        current = stack.pop()
        if current not in seen:
            seen.add(current)
            stack.extend(edges[current])
    return seen


@dataclass(frozen=True)
class Graph:
    """Parents, children and a topological order of the nodes."""

    parents: dict[str, list[str]]
    children: dict[str, list[str]]
    order: list[str]

    def descendants(self, node_id: str) -> set[str]:
        """Return every node reachable downstream of node_id."""
        return _reachable(self.children, node_id)

    def ancestors(self, node_id: str) -> set[str]:
        """Return every node upstream of node_id."""
        return _reachable(self.parents, node_id)

    def leaves(self) -> list[str]:
        """Return the nodes nothing depends on, in topological order."""
        return [node_id for node_id in self.order if not self.children[node_id]]


def build_graph(nodes: list[dict]) -> tuple[Graph, list[str]]:
    """Build the graph (Kahn's algorithm); also return the ids left in a cycle, if any."""
    ids = [node["id"] for node in nodes]
    parents = {node["id"]: parents_of(node) for node in nodes}
    children: dict[str, list[str]] = {node_id: [] for node_id in ids}
    for node_id, sources in parents.items():
        for source in sources:
            children.setdefault(source, []).append(node_id)
    pending = {node_id: len(parents[node_id]) for node_id in ids}
    ready = deque(node_id for node_id in ids if pending[node_id] == 0)
    order = []
    while ready:
        current = ready.popleft()
        order.append(current)
        for child in children[current]:
            pending[child] -= 1
            if pending[child] == 0:
                ready.append(child)
    cyclic = [node_id for node_id in ids if node_id not in order]
    return Graph(parents=parents, children=children, order=order), cyclic
