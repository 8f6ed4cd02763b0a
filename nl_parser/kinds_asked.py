"""The kind of item "if" asks after: "if a refill request for a controlled drug comes in".

After "if" (not "when"), an item named with "for a" and a modifier before a noun asks whether
the item that came is of that kind, a test; "when" names the event, and a capitalised name after
"for a" ("for a Brightforge kettle") says whose item it is, no kind. Spans of time ("for a few
days", "for a whole week") and counts ("for a second time") name no kind either.
"""

import re

from nl_parser.condition_fields import config
from nl_parser.conditions import CONDITION, ConditionDraft

_NO_KIND = (
    r"few|couple|while|lot|bit|total|number|single|given|specific|particular|certain|new|"
    r"second|third|fourth|fifth|last|first|next|moment|long|short|further|whole|full|"
    r"half|quarter|maximum|minimum|max|min|period|day|week|month|year"
)
_SPAN = (
    r"seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|years?|"
    r"times?|while|moment|period|change|bit"
)
# "for a controlled drug", "for an oversized sofa", "for a gluten-free sponge": a lower-case
# modifier, then the noun it modifies.
_FOR_A_KIND = re.compile(
    rf"\bfor\s+an?\s+(?!(?:{_NO_KIND})\b)(?-i:(?P<kind>[a-z][\w'-]*[a-z]))\s+"
    rf"(?!(?:{_SPAN})\b)(?-i:(?P<noun>[a-z][\w-]*[a-z]))\b",
    re.IGNORECASE,
)


def kind_asked_for(body: str) -> ConditionDraft | None:
    """Return the test in "if a request for a controlled drug comes in": the item's kind."""
    if " for a" not in body:  # the cheap test first
        return None
    match = _FOR_A_KIND.search(body)
    if match is None:
        return None
    field = f"$.{match['noun'].lower().replace('-', '_')}_type"
    kind = match["kind"].lower().replace("-", "_")
    return ConditionDraft(CONDITION, config(field, "equals", kind), 0.75)
