"""Find cadence words that name classes rather than runs, so the schedule grammar leaves them.

"classify as weekly / fortnightly / one-off", "tag it as monthly or annual", "sort it into
one-off or monthly": the words after a sorting verb's "as" or "into" are the labels items are
sorted into; and "weekly ones → #packing-shed", "the monthly ones" pick the items of one label.
"""

import re

from nl_parser.lexicon import blank_span

_I = re.IGNORECASE
_CADENCE_WORD = r"(?:daily|weekly|monthly|quarterly|yearly|annual(?:ly)?|bi-?weekly|fortnightly)"
_LABEL = r"[\w-]+"
_JOIN = r"(?:\s*/\s*|\s*,\s*(?:(?:or|and)\s+)?|\s+(?:or|and)\s+)"
# A sorting verb, then within its clause "as" or "into" and two or more labels joined.
_SORTED_INTO = re.compile(
    r"\b(?:classif(?:y|ies|ied)|categori[sz]e[sd]?|tag(?:s|ged)?|label(?:s|led)?|sort(?:s|ed)?"
    r"|bucket(?:s|ed)?|group(?:s|ed)?|split(?:s)?)\b[^.;:\n\u2192>|]{0,60}?\b(?:as|into)\s+"
    rf"(?P<labels>{_LABEL}(?:{_JOIN}{_LABEL})+)",
    _I,
)
_CADENCE_IN_LABELS = re.compile(rf"\b{_CADENCE_WORD}\b", _I)
# "weekly ones → …", "post the monthly ones to #billing": the items of one class.
_CLASS_PICKED = re.compile(rf"\b{_CADENCE_WORD}\s+ones\b", _I)
_CADENCE_HINTS = ("daily", "weekly", "monthly", "quarterly", "yearly", "annual", "fortnightly")


def blank_cadence_classes(work: str) -> str:
    """Return work with each cadence word that names a class blanked, every offset kept."""
    lowered = work.lower()
    # Cheap words first: most texts name no cadence, or sort nothing and pick no "ones".
    if not any(word in lowered for word in _CADENCE_HINTS):
        return work
    if " as " in lowered or " into " in lowered:
        for sorted_into in _SORTED_INTO.finditer(work):
            start, end = sorted_into.span("labels")
            for word in _CADENCE_IN_LABELS.finditer(work, start, end):
                work = blank_span(work, word.span())
    if " ones" in lowered:
        for picked in _CLASS_PICKED.finditer(work):
            work = blank_span(work, picked.span())
    return work
