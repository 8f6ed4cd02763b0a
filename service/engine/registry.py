"""The catalog of node types and their actions, and the lookup of each action's handler."""

import importlib

CATALOG: dict[str, tuple[str, ...]] = {
    "integration": (
        "http.request",
        "email.send",
        "slack.post_message",
        "salesforce.query",
        "webhook.post",
    ),
    "agent": ("generate_report", "summarize", "classify", "extract"),
    "condition": ("check_status", "evaluate"),
    "transform": ("set", "map", "pick"),
    "delay": ("wait",),
}


def is_known(node_type: str, action: str) -> bool:
    """Tell whether the type exists and offers the action."""
    return action in CATALOG.get(node_type, ())


def handler_for(node_type: str, action: str):
    """Return the callable that performs `action` of `node_type`."""
    if not is_known(node_type, action):
        raise KeyError(f"unknown action {node_type}/{action}")
    module = importlib.import_module(f"service.engine.nodes.{node_type}")
    return module.ACTIONS[action]
