"""The preamble of a resolution: who decided, and at which meeting, before what they decided.

"Following the committee meeting of 4 March, Kingsmead Rowing Club resolves as follows: at
20:00 on the 1st of each month, …" is written as minutes are. Everything up to "resolves as
follows:" says who decided and when they met; the decision after the colon is the request. The
meeting's date is no schedule, and the names and the verb of deciding are no step.
"""

import re

from nl_parser.lexicon import blank_span

# "resolves as follows:", "has decided the following:", "the following was agreed:": a verb of
# deciding, then what was decided announced as what follows the colon.
_DECIDING = (
    r"(?:resolve[sd]?|decide[sd]?|agree[sd]?|direct(?:s|ed)?|instruct(?:s|ed)?|"
    r"determine[sd]?|order(?:s|ed)?)"
)
_PREAMBLE = re.compile(
    rf"^[^:\n]{{0,200}}?\b{_DECIDING}\s+(?:as\s+follows|the\s+following)\s*:(?=\s)"
    rf"|^[^:\n]{{0,200}}?\bthe\s+following\s+(?:is|was|has\s+been)\s+{_DECIDING}\s*:(?=\s)",
    re.IGNORECASE,
)
# "Every Monday, the team agrees the following: …": a cadence before the colon is the
# schedule's; only a meeting's one date is blanked with the preamble.
_CADENCE = re.compile(
    r"\b(?:every|each|daily|weekly|monthly|nightly|hourly|weekdays|weeknights)\b", re.IGNORECASE
)


def blank_resolution_preamble(text: str) -> str:
    """Blank "Following the meeting of 4 March, the club resolves as follows:" (same length)."""
    if "follow" not in text[:260].lower():  # the cheap test first
        return text
    preamble = _PREAMBLE.match(text)
    if preamble is None or _CADENCE.search(preamble.group()):
        return text
    return blank_span(text, preamble.span())
