"""A review a test takes: "the log shall be reviewed. Where any unit was opened …, notify …".

"Review" asks for a summary when what it makes is read on; followed straight by a test, it is
the look that test takes at the data, and the test is the step (`parser.py` drops the summary,
or reads "review https://…" as the fetch of what the test looks at).
"""

from nl_parser.conditions import CONDITION
from nl_parser.destinations import URL
from nl_parser.drafts import FETCHED, StepDraft
from nl_parser.loose_ends import ClauseReading


def drop_reviews_a_test_takes(parts: list[ClauseReading], steps: list[StepDraft]) -> None:
    """Drop, in place, each summary asked by "review" that a test reads straight after."""
    for at in range(len(steps) - 2, -1, -1):
        step = steps[at]
        if step.action != "summarize" or steps[at + 1].action != CONDITION:
            continue
        instructions = step.config.get("instructions", "")
        if instructions.split()[:1] not in (["review"], ["Review"]):
            continue
        url = URL.search(instructions)
        fetched = any(s.action in FETCHED for s in steps[:at])
        kept = [StepDraft("http.request", {"url": url.group()})] if url and not fetched else []
        steps[at : at + 1] = kept
        for part in parts:
            part.steps[:] = [n for s in part.steps for n in ([s] if s is not step else kept)]
