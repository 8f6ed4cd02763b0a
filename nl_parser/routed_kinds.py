"""A kind routed alone after a fetch: "- e-bike jobs -> #ebike-bench" picks some of what was read.

Items with a modifier, then only where they go, after a fetch told as a step are some of what
it read, as "send the e-bike jobs to …" is, even when the fetch named them by another noun
("pull the day's booked services …; e-bike jobs -> #bench"). After a source's label ("CRM:
renewal opportunities → commercial policies → #desk") the items may be the data named again.
"""

from nl_parser.conditions import CONDITION
from nl_parser.destinations import DELIVERY_ACTIONS
from nl_parser.drafts import StepDraft
from nl_parser.loose_ends import ClauseReading
from nl_parser.other_branches import kind_test
from nl_parser.verbs import main_verb

_FETCHES = frozenset({"http.request", "salesforce.query"})


def kind_routed_after_fetch(
    items: str, steps: list[StepDraft], parts: list[ClauseReading]
) -> list[StepDraft]:
    """Return the steps with a test for the kind of items routed to a place after a fetch."""
    fetch = next((p for p in reversed(parts) if any(s.action in _FETCHES for s in p.steps)), None)
    if fetch is None or main_verb(fetch.clause.text) is None:
        return steps
    prior = [step for part in parts for step in part.steps]
    if any(step.action in (CONDITION, "classify") for step in [*prior, *steps]):
        return steps  # a test or a sort already says which items go where
    delivery = next((i for i, step in enumerate(steps) if step.action in DELIVERY_ACTIONS), None)
    test = kind_test(items) if delivery is not None else None
    # "pull the open jobs …; open jobs -> #bench": a modifier the fetch named picks no more.
    if test is None or str(test.config["value"]) in fetch.clause.text.lower().split():
        return steps
    return [*steps[:delivery], test, *steps[delivery:]]
