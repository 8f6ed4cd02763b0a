"""An outcome sent on alone: "a pass goes in #studio-news; a fail gets emailed to …".

When a result comes in, "a pass", "a fail", "a yes" or "a no" as the thing delivered names no
message: it is the kind of result that delivery is for, so the result is tested for it first.
"""

import re

from nl_parser.condition_fields import config
from nl_parser.conditions import CONDITION, ConditionDraft

# Outcomes a result may have, none of them a thing one could send ("a pass" to a visitor is
# written with who gets it first, "email the visitor a pass", and is no object alone here).
_OUTCOMES = {
    "pass": "pass",
    "fail": "fail",
    "failure": "fail",
    "success": "success",
    "yes": "yes",
    "no": "no",
    "win": "win",
    "loss": "loss",
    "positive": "positive",
    "negative": "negative",
}
_OUTCOME_ALONE = re.compile(r"^\s*(?:a|an|any)\s+([a-z]+)\s*$", re.IGNORECASE)


def outcome_sent(object_text: str) -> ConditionDraft | None:
    """Return the test on the result an outcome named as the thing delivered picks, or None."""
    alone = _OUTCOME_ALONE.match(object_text) if len(object_text) < 16 else None
    value = alone and _OUTCOMES.get(alone.group(1).lower())
    return ConditionDraft(CONDITION, config("$.result", "equals", value), 0.8) if value else None
