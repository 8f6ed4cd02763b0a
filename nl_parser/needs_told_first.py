"""A need of approval told before the trigger: "Expense claims over £500 need the finance
director's OK. When one is submitted, wait for her approval, then …".

The first sentence tells a rule (which items wait, and for whom) and the steps after the trigger
say the same wait again; the items' test stays and the wait is one (loose_ends lets the trigger
open the workflow though the need stands before it).
"""

from itertools import pairwise

from nl_parser.drafts import StepDraft
from nl_parser.loose_ends import ClauseReading
from nl_parser.waits import NEEDS_APPROVAL

_SIGNAL = "wait_for_signal"


def drop_approval_awaited_again(parts: list[ClauseReading], steps: list[StepDraft]) -> None:
    """Drop, in place, the need's own wait when the next clause with steps waits for it again."""
    read = [part for part in parts if part.steps]
    for need, again in pairwise(read):
        if need.steps[-1].action != _SIGNAL or again.steps[0].action != _SIGNAL:
            continue
        if not NEEDS_APPROVAL.match(need.clause.text):
            continue
        # The later wait is kept: it is where the steps say it, and may carry a timeout.
        dropped = need.steps.pop()
        steps[:] = [step for step in steps if step is not dropped]
