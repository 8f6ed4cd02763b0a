"""Read single slashes that part fields ("shop / weekdays 14:00 / Salesforce: … / …") as ";".

"Corvid Security / weekdays 14:00 / Salesforce: inbound leads / classify each as residential or
commercial / commercial ones → #b2b-installs" writes its steps between slashes, as others do
between arrows; "triage into crash / gameplay / cosmetic" and "(under 80 / 80-150 / 150+)" list
alternatives with the same slash. A field is more than a word, and alternatives are short or share
their last word ("high priority / low priority"), so a slash parts fields only between two pieces
of more than a word that end differently, outside brackets, before any other break, and only where
the text has two such.
"""

import re

_SLASH = re.compile(r"(?<=\s)/(?=\s)")
# What else ends a field: a clause break already made of an arrow or a bar, or a new line.
_FIELD_ENDS = re.compile(r"[;|\n]")


def slashes_as_fields(text: str) -> str:
    """Return text with each slash between two fields made ";" (every offset kept)."""
    if text.count(" / ") < 2:
        return text
    # Fields parted by slashes open the text; after an arrow or a ";" the fields are parted by
    # those, and slashes in them list alternatives ("…; tag as damaged item / wrong size; …").
    head = len(_FIELD_ENDS.split(text, maxsplit=1)[0])
    slashes = [m.start() for m in _SLASH.finditer(text, 0, head) if not _bracketed(text, m.start())]
    parting = [
        at
        for k, at in enumerate(slashes)
        if _fields_either_side(
            text,
            at,
            slashes[k - 1] if k > 0 else None,
            slashes[k + 1] if k + 1 < len(slashes) else None,
        )
    ]
    if len(parting) < 2:
        return text
    for at in parting:
        text = text[:at] + ";" + text[at + 1 :]
    return text


def _bracketed(text: str, at: int) -> bool:
    """Tell a slash inside brackets ("by size (small / medium / large)")."""
    before = text[:at]
    return before.count("(") > before.count(")")


def _fields_either_side(text: str, at: int, previous: int | None, following: int | None) -> bool:
    """Tell whether the pieces either side of the slash at `at` are fields, not alternatives."""
    left = _FIELD_ENDS.split(text[0 if previous is None else previous + 1 : at])[-1].split()
    right = _FIELD_ENDS.split(text[at + 1 : following])[0].split()
    return len(left) > 1 and len(right) > 1 and left[-1].lower() != right[-1].lower()
