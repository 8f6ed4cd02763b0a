"""Wants said as a cleft: "What I'd like is a report built …" asks as "I'd like a report …" does.

The cleft puts the want first and the thing wanted after "is" ("What we need is a summary
compiled …", "All I want is the signups emailed to …"); the rules for wants (`wanted.py`) read
the plain order only, so the cleft's "what" and "is" are blanked (same length back).
"""

import re

# "What I'd like is", "All we need is", "What our grower would really like is": who wants (a
# pronoun, a name, or a person named with "the", "our" or "my"), then the want.
_CLEFT = re.compile(
    r"(?:^|(?<=[.!?:;\u2014\u2013]))\s*(?P<what>what|all)\s+"
    r"(?:i|we|you|he|she|they|(?-i:[A-Z])[\w'-]*|(?:the|our|my)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+)"
    r"(?:['\u2019]d|\s+would)?\s+"
    r"(?:(?:really|actually|honestly)\s+)?(?:like|love|want|need)s?(?P<is>\s+(?:is|are))\s"
    # "What I'd like is this — every weekday, …": a label of asking (`asides.py`), not a cleft.
    r"(?!\s*(?:this|that|the\s+following|as\s+follows)\s*[\u2014\u2013:,.-])",
    re.IGNORECASE,
)


def unclefted_wants(text: str) -> str:
    """Read "What I'd like is X" as "I'd like X", keeping every offset."""
    lowered = text.lower()
    if " is " not in lowered and " are " not in lowered:
        return text  # the cheap test first: a cleft needs its "is"
    if "what " not in lowered and "all " not in lowered:
        return text
    for match in reversed(list(_CLEFT.finditer(text))):
        for part in ("is", "what"):
            start, end = match.span(part)
            text = text[:start] + " " * (end - start) + text[end:]
    return text
