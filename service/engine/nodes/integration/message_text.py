"""Turn a node's input into readable text for messages (email bodies, Slack posts)."""

import json
from typing import Any

_TEXT_KEYS = ("report", "summary", "text")


def render_message_text(value: Any) -> str:
    """Render `value` for a person: its report, summary or text string, else pretty JSON."""
    if isinstance(value, str):
        return value
    if value is None:
        return ""
    if isinstance(value, dict):
        for key in _TEXT_KEYS:
            if isinstance(value.get(key), str):
                return value[key]
    return json.dumps(value, indent=2, ensure_ascii=False, sort_keys=True, default=str)
