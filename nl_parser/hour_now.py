"""Read "if it's after 10pm" as a test of the hour the run happens at, not as a schedule."""

import re
from typing import Any

from nl_parser.condition_fields import config
from nl_parser.lexicon import CLOCK_TIME, blank_all

# "if it's after 10pm", "when the time is past 18:00", "if it's gone 6pm", "if it is now later
# than 11pm": no act is named, so the time of day is the clock's when the run happens; the hour
# is the value a test compares, never a run at that hour.
HOUR_NOW = re.compile(
    r"\b(?:it(?:['\u2019]s|\s+is)|the\s+(?:current\s+|local\s+)?time\s+is)\s+"
    r"(?:now\s+|already\s+|still\s+)?"
    r"(?P<side>after|past|gone|later\s+than|before|earlier\s+than)\s+"
    rf"(?P<time>{CLOCK_TIME})",
    re.IGNORECASE,
)
# The words one of them needs, tested before the pattern runs.
_SIDES = (" after ", " past ", " gone ", " than ", " before ")


def may_test_the_hour(text: str) -> bool:
    """Say whether `text` may hold a test of the hour now (a cheap check before the pattern)."""
    return any(side in text for side in _SIDES)


def blank_hour_tests(text: str) -> str:
    """Blank each test of the hour now, so the schedule grammar does not read its time."""
    if not may_test_the_hour(text):
        return text
    return blank_all(HOUR_NOW, text)


def hour_test(text: str) -> dict[str, Any] | None:
    """Return the config of a test of the hour now in `text` ("$.time" after or before), or None."""
    match = HOUR_NOW.search(text) if may_test_the_hour(text) else None
    if match is None:
        return None
    side = match["side"].lower()
    operator = "lt" if side.startswith(("before", "earlier")) else "gt"
    return config("$.time", operator, "".join(match["time"].lower().split()))
