"""A value that has not moved ("gravity is unchanged since the previous reading") is a test.

"is unchanged", "shows no change over the previous 24 hours", "has stayed the same", "hasn't
changed in 2 hours": the thing tested is how much the value changed, and the test holds when
that is nothing. The span it is measured over, when one is said, is kept in the field.
"""

import re

from nl_parser.condition_fields import snake, subject_field
from nl_parser.lexicon import NUMBER_PATTERN

_NO_CHANGE = re.compile(
    r"\b(?:(?:is|are|was|were|be|stays?|stayed|remains?|remained|has\s+been|have\s+been)\s+"
    r"(?:still\s+)?unchanged"
    # "should any reading show no change": a bare verb after an inverted "should" too.
    r"|(?:shows?|showed|has|have|had|records?|recorded|sees?|saw)\s+no\s+changes?"
    r"|(?:has|have|had)\s*(?:not|n['\u2019]t)\s+changed"
    r"|(?:does|do|did)\s*(?:not|n['\u2019]t)\s+change"
    r"|(?:stays?|stayed|remains?|remained|(?:has|have)\s+(?:stayed|remained))\s+"
    r"(?:exactly\s+)?the\s+same)\b",
    re.IGNORECASE,
)
# "over the previous 24 hours", "in the past 2 hours", "for 3 days": the span the change is
# measured over ("since the previous reading" names none: one reading to the next).
_SPAN = re.compile(
    r"\s+(?:over|in|during|across|for|within)\s+(?:the\s+)?(?:(?:previous|last|past)\s+)?"
    rf"((?:{NUMBER_PATTERN})\s*(?:minute|min|hour|hr|day|week|month)s?)\b",
    re.IGNORECASE,
)


def unchanged_test(text: str) -> tuple[str, int] | None:
    """Return the field and value of "X is unchanged" (change equals 0), or None."""
    lowered = text.lower()
    if "chang" not in lowered and "same" not in lowered:  # the cheap test first
        return None
    match = _NO_CHANGE.search(text)
    if match is None:
        return None
    field = f"{subject_field(text[: match.start()]) or '$.value'}_change"
    span = _SPAN.match(text, match.end())
    if span:
        field += f"_in_{snake(span.group(1))}"
    return field, 0
