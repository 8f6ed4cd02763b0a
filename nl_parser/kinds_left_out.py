"""Read an event that brings any of a kind but one: "reports any fault other than a jam".

"When a lane machine reports any fault other than a ball-return jam", "if a ticket is filed in
any category except billing": the event counts only when what it brings is not the one left
out, a test of the kind's field against that value.
"""

import re

from nl_parser.condition_fields import snake

# The words that leave one value out of a kind; the cheap test looks for these first.
_LEAVING_OUT = (" other than ", " except ", " apart from ", " besides ", " aside from ")
# "any fault other than a ball-return jam": the kind after "any", the word that leaves one out,
# then the value left out (a few words, to the end of the test).
_ANY_BUT_ONE = re.compile(
    r"\bany\s+(?P<kind>(?!(?:one|more|other|time)\b)[a-z][\w-]*)\s+"
    r"(?:other\s+than|except(?:\s+for)?|apart\s+from|besides|aside\s+from)\s+"
    r"(?:an?\s+|the\s+)?(?P<value>[\w-]+(?:\s+[\w-]+){0,3})\W*$",
    re.IGNORECASE,
)


def kind_left_out(text: str) -> tuple[str, str] | None:
    """Return the field and the value an event's "any X other than Y" leaves out, or None."""
    lowered = text.lower()
    if not any(words in lowered for words in _LEAVING_OUT):
        return None
    match = _ANY_BUT_ONE.search(text)
    if match is None:
        return None
    return f"$.{snake(match['kind'])}", snake(match["value"])
