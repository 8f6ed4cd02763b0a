"""Items left out, told after their delivery: "… and post them in #dispatch, but ignore the test
orders", "… email them to ops@…. Skip the refunds.".

The drop is said last, but it picks which of the fetched items go, so its test runs before what
is done with them: after the last fetch (or first, with none), ahead of the summaries made and
the deliveries that follow.
"""

from nl_parser.conditions import CONDITION
from nl_parser.destinations import DELIVERY_ACTIONS
from nl_parser.drafts import FETCHED, MADE, StepDraft
from nl_parser.loose_ends import ClauseReading

# The purpose fetches.excluded_step gives the test of a drop.
_DROP = "drop matching items"


def move_drops_told_after(parts: list[ClauseReading], steps: list[StepDraft]) -> None:
    """Move, in place, a last drop after a delivery to before what is made of the items."""
    if len(steps) < 2 or steps[-1].action != CONDITION or steps[-1].phrase != _DROP:
        return
    if not parts or parts[-1].steps != [steps[-1]]:
        return  # the drop is a clause of its own, the last one read
    fetched = [at for at, step in enumerate(steps[:-1]) if step.action in FETCHED]
    start = fetched[-1] + 1 if fetched else 0
    between = steps[start:-1]
    if not any(s.action in DELIVERY_ACTIONS for s in between):
        return
    if any(s.action not in DELIVERY_ACTIONS and s.action not in MADE for s in between):
        return  # a test or a wait between says the run branches or pauses: left as told
    steps.insert(start, steps.pop())
