"""Read a class of a sort left alone after the other classes were routed: no step.

"Triage every chat as billing, artwork or delivery. Artwork chats → #prepress. Delivery chats →
dispatch@…. Billing ones can be ignored.": each routed class is under its own test already, so
the class left out at the end keeps no items from anything; its drop guards no step.
"""

from nl_parser.agents import labels_sorted_into
from nl_parser.conditions import CONDITION
from nl_parser.drafts import StepDraft
from nl_parser.filters import singulars

# The phrase fetches.excluded_step gives the test that keeps what a drop does not name.
_DROPPED = "drop matching items"


def leaves_a_routed_sort_alone(steps: list[StepDraft], prior: list[StepDraft]) -> bool:
    """Tell whether steps only drop a class of a sort whose other classes took their own tests."""
    if len(steps) != 1 or steps[0].phrase != _DROPPED:
        return False  # the cheap test first: a lone drop
    labels = labels_sorted_into(prior)
    # "Newsletters should be ignored": the class may be named in the plural, and the passive's
    # words after it may be kept with it ("newsletters can").
    dropped = str(steps[0].config.get("value", "")).lower().split()[:1]
    value = next((v for w in dropped for v in (w, *singulars(w)) if v in labels), None)
    if value is None:
        return False
    routed = [
        s
        for s in prior
        if s.action == CONDITION
        and s.config.get("field") == "$.category"
        and s.config.get("operator") == "equals"
    ]
    return bool(routed) and all(str(s.config.get("value")).lower() != value for s in routed)
