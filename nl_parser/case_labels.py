"""A bare label that names a case: "distinction → post their name …, otherwise email …".

"when a grade exam result comes back: distinction → post it in #wall-of-fame, otherwise …": a
word or two standing alone before a step, with an "otherwise" after it, is the value the item is
tested for, as "if it is a distinction" says it.
"""

import re

from nl_parser.condition_fields import config, snake
from nl_parser.conditions import CONDITION, ConditionDraft

# One or two plain words: "distinction", "high risk", "no-show"; a quantifier before them picks
# the items of the case as the bare words do ("Any emergency callouts → text …; everything else
# → …").
CASE_LABEL = re.compile(
    r"\s*(?:(?:any|all)\s+(?!(?:other|else|the|of)\b))?([a-z][\w'-]*(?:\s+[a-z][\w'-]*)?)\s*",
    re.IGNORECASE,
)
# A label trailing an event after its colon: "when a result comes back: distinction".
LABEL_AFTER_COLON = re.compile(r":\s*([a-z][\w'-]*(?:\s+[a-z][\w'-]*)?)\s*:?\s*$", re.IGNORECASE)


def label_case(label: str) -> ConditionDraft:
    """Return the test that the item is of the case a bare label names."""
    named = CASE_LABEL.fullmatch(label)
    words = " ".join((named.group(1) if named else label).split())
    return ConditionDraft(CONDITION, config("$.status", "equals", snake(words)), 0.75, text=words)
