"""The node types and actions a parsed workflow may use (a copy of CONTRACT §4).

Kept here rather than imported from the engine because this package must not import `service/`.
"""

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
    "delay": ("wait", "wait_for_signal"),
}

OPERATORS = (
    "equals",
    "not_equals",
    "contains",
    "in",
    "gt",
    "gte",
    "lt",
    "lte",
    "exists",
    "matches",
)

NODE_TYPE: dict[str, str] = {
    action: node_type for node_type, actions in CATALOG.items() for action in actions
}


def node_type_of(action: str) -> str:
    """Return the node type that owns `action` (KeyError when unknown)."""
    return NODE_TYPE[action]


def is_known(node_type: str, action: str) -> bool:
    """Tell whether `action` is a built-in action of `node_type`."""
    return action in CATALOG.get(node_type, ())
