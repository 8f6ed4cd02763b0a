"""Who is told to do a step, before its verb: "you'll check …", "…, we'll post …"."""

import re

from nl_parser.lexicon import blank_span
from nl_parser.step_verbs import ACTION_VERBS

# "You'll check the sensor …, and you'll post in #ops when …": the assistant told what it will
# do; the step is the verb after "you'll", read as the imperative it stands for.
_YOU_WILL = re.compile(
    r"\byou(?:['\u2019]ll|\s+will|\s+should|\s+can)\s+(?=([a-z]+)\b)", re.IGNORECASE
)


# "After each move, Two Oaks Removals should email …", "…, we'll post …": after a comma, who
# does the step (we, I, or a name in capitals) and a modal; the step is the verb after them. A
# lower-case subject is left alone: "…, urgent tickets should go to #ops" names a subset.
_NAMED_DOER = re.compile(
    r",\s*(?:we|I|(?-i:[A-Z][\w'-]*)(?:\s+(?:&\s+)?(?-i:[A-Z])[\w'.-]*){0,3})"
    r"(?:['\u2019]ll|\s+(?:will|should|must|shall|needs?\s+to|has\s+to|have\s+to))\s+"
    r"(?=([a-z]+)\b)",
    re.IGNORECASE,
)
_MODALS = ("'ll ", "\u2019ll ", " will ", " should ", " must ", " shall ", " to ")


def blank_second_person(text: str) -> str:
    """Blank who is told to do a step ("you'll", ", we'll"), leaving its verb as the step's."""
    for match in _YOU_WILL.finditer(text):
        if match.group(1).lower() in ACTION_VERBS:
            text = blank_span(text, match.span())
    if "," in text and any(modal in text for modal in _MODALS):
        for match in _NAMED_DOER.finditer(text):
            if match.group(1).lower() in ACTION_VERBS:
                text = blank_span(text, (match.start() + 1, match.end()))
    return text
