"""What the teller has found out, told as why: "— we've found people only notice problems once …".

"email them the aftercare questionnaire — we've found people only notice problems once the
novelty wears off" says why the step is timed so; the "once" in it opens no trigger and its verbs
are no steps. One that names a place, an address, a URL or a number, or goes on with "so", may
still ask for something and stays.
"""

import re

from nl_parser.lexicon import blank_all

# After a dash or a sentence's end: the teller, a perfect (or present) of finding out, the
# finding to the end of its sentence.
_FINDING = re.compile(
    r"(?:(?<=[\u2013\u2014])|(?<=\s-)|(?<=[.!?;])|(?<=^))\s*"
    r"(?:(?:in\s+our|in\s+my)\s+experience,?"
    r"|(?:we|i)(?:['\u2019]ve|\s+have)\s+(?:(?:always|often|usually|generally)\s+)?"
    r"(?:found|noticed|learned|learnt|seen|discovered|realised|realized)"
    r"|(?:we|i)\s+(?:(?:always|often|usually|generally)\s+)?(?:find|notice))\b"
    r"(?![^.!?;]*\bso\b)[^.!?;:#@/\d]*(?=[.!?;]|$)",
    re.IGNORECASE,
)


def blank_findings(text: str) -> str:
    """Blank a finding told as why the steps are as they are (same length back)."""
    lowered = text.lower()
    if "we" not in lowered and "i " not in lowered and "experience" not in lowered:
        return text  # the cheap test first: most texts tell no finding
    if not any(word in lowered for word in _FINDING_WORDS):
        return text
    return blank_all(_FINDING, text)


# The words one of them must hold (a cheap test before the pattern).
_FINDING_WORDS = ("found", "notice", "learn", "seen", "discover", "reali", "find", "experience")
