"""The asker's firm said before the asking: "At Ashgrove Funeral Directors we'd like this: …".

Where the asker works ("at Kelso Garden Centre", "here at Harbour Yoga,", "for Tarn Valley
Scouts") between the story's ", so" and the asking, or opening the text, says nothing a step or
the schedule could use; once it is blank, the asking after it is talk like any other.
"""

import re

from nl_parser.lexicon import blank_span

# The firm: "at", "here at" or "for", then capitalised names ("&", "of", "and" between them).
FIRM_OF_ASKER = (
    r"(?:here\s+)?(?:at|for)\s+(?:the\s+)?(?-i:[A-Z])[\w'&-]*"
    r"(?:[ \t]+(?:(?-i:[A-Z])[\w'&-]*|&|of|and)){0,5}\s*,?\s+"
)
# What follows must ask, so "At Christmas, email the team …" keeps its season.
ASKING_AFTER_FIRM = (
    r"(?:(?:i|we)(?:['\u2019]d|\s+would)\s+(?:like|love)|(?:i|we)\s+(?:need|want)"
    r"|(?:can|could|would|will)\s+(?:you|u|someone|somebody))\b"
)
_FIRM_THEN_ASKING = re.compile(
    rf"^\s*+(?:so\s+)?(?P<firm>{FIRM_OF_ASKER})(?={ASKING_AFTER_FIRM})", re.IGNORECASE
)
_OPENINGS = ("at ", "here ", "for ", "so ")


def blank_firm_before_asking(text: str) -> str:
    """Blank "At Kelso Garden Centre" before "we'd like this: …" opening `text` (same length)."""
    if not text.lstrip()[:5].lower().startswith(_OPENINGS):  # the cheap test first
        return text
    firm = _FIRM_THEN_ASKING.match(text)
    return text if firm is None else blank_span(text, firm.span())
