"""The one list of node types; the catalog and every lookup of a type or handler derive from it."""

from service.engine.nodes import agent, condition, delay, integration, transform
from service.engine.nodes.base import Handler, NodeType

NODE_TYPES: tuple[NodeType, ...] = (
    integration.NODE,
    agent.NODE,
    condition.NODE,
    transform.NODE,
    delay.NODE,
)

_BY_NAME: dict[str, NodeType] = {kind.name: kind for kind in NODE_TYPES}

CATALOG: dict[str, tuple[str, ...]] = {kind.name: tuple(kind.actions) for kind in NODE_TYPES}


def node_type(name: str) -> NodeType:
    """Return the node type called `name` (KeyError when there is none)."""
    if not isinstance(name, str):  # a list or an object in a definition's `type`
        raise KeyError(name)
    return _BY_NAME[name]


def is_known(node_type: str, action: str) -> bool:
    """Tell whether the type exists and offers the action."""
    kind = _BY_NAME.get(node_type) if isinstance(node_type, str) else None
    return kind is not None and action in kind.actions


def handler_for(node_type: str, action: str) -> Handler:
    """Return the callable that performs `action` of `node_type`."""
    if not is_known(node_type, action):
        raise KeyError(f"unknown action {node_type}/{action}")
    return _BY_NAME[node_type].actions[action]
