"""A thing an item left in a state: "any cat that's left its dinner untouched"."""

import re

_I = re.IGNORECASE

# "any cat that's left its dinner untouched", "a guest has left their room unlocked", "each
# kiln that has left its door open": what the item left, and the state it left it in, is the
# test (the thing's field, the state its value), not a departure ("left the building").
_LEFT_IN_A_STATE = re.compile(
    r"^\W*(?:(?:a|an|any|the|every|each|one\s+of\s+(?:our|the|your|their))\s+)?"
    r"(?:[\w'&.-]+\s+){1,5}?"
    r"(?:(?:that|who|which)(?:['\u2019]s|\s+(?:is|has|have|had))?|has|have|had|['\u2019]s)\s+"
    r"(?:still\s+|again\s+)?left\s+(?:its|their|his|her|the)\s+"
    r"(?P<thing>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+"
    r"(?P<state>un[a-z]+(?:ed|en)|half-[a-z]+|open|on|running|empty|unlocked)"
    r"\W*$",
    _I,
)


def state_left_in(text: str) -> tuple[str, str] | None:
    """Return (field, state) for "any cat that's left its dinner untouched", else None."""
    if " left " not in text:  # the cheap test first
        return None
    match = _LEFT_IN_A_STATE.match(text)
    if not match:
        return None
    field = "$." + "_".join(match["thing"].lower().replace("-", "_").split())
    return field, match["state"].lower()
