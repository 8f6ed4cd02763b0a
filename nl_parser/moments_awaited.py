"""Tell the moments a run waits for or counts from: approvals, deeds done, items falling due."""

import re

from nl_parser.clause_pieces import Clause
from nl_parser.drafts import StepDraft
from nl_parser.guards import trailing
from nl_parser.openers import MOMENT_OPENERS
from nl_parser.waits import APPROVED_BY_SOMEONE, CONFIRMED_BY_SOMEONE, DURATION

BARE_DURATION = re.compile(rf"^\s*{DURATION.pattern}\s*$", re.I)
TRAILING_DURATION = re.compile(rf"\s{DURATION.pattern}\s*$", re.I)


# "checks in after midnight at Lantern Lane Hostel": the place said after the time is where the
# event happens, and leaves the time its test.
TIME_OF_EVENT = re.compile(
    r"^\s*(midnight|noon|\d{1,2}(?::\d\d)?\s*(?:am|pm)?)(?:\s+(?:at|in)\s+(?!\d)[^,;]+?)?\s*$", re.I
)


# "a learner has had their first lesson", "a guest has completed their stay": someone who has
# done a deed to its end, said after "once" or "when".
DEED_DONE = re.compile(
    r"^\W*(?:an?|each|every|any|the)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+\s+(?:has|have)\s+(?:just\s+)?"
    r"(?:(?:had|[a-z]{3,}ed|done|taken|sat|made|got)\s+(?:their|his|her|its|an?|the)\b"
    # "once a cat has checked into Whiskerwood Cattery", "after a guest has signed up", "when a
    # member has joined Pinecrest Climbing Club": a deed of coming or going, told by its
    # particle, a place's name, or nothing more, is done the moment it happens.
    r"|[a-z]{3,}ed(?:\s+(?:in|into|out|up|at|on|onto|off|to|from|with|for|by)\b"
    r"|\s+(?-i:[A-Z])|\W*$)"
    # "a child has their first lesson", "a patient has their annual check-up": an occasion of
    # one's own that one has is a deed as well, the moment it takes place.
    r"|(?:their|his|her|its)\s+(?:[\w-]+\s+){0,2}?(?:lesson|class|session|appointment|visit|"
    r"check-?up|interview|consultation|birthday|anniversary|fitting|viewing|treatment|scan|jab|"
    r"vaccination|injection|exam|day|shift|flight|stay|surgery|operation|procedure|assessment|"
    r"trial|match|race|MOT|service)s?\b)",
    re.IGNORECASE,
)


# "a patient has a filling", "a dog has a groom at Sudsy Paws": someone having a thing.
HAD_A_THING = re.compile(
    r"^\W*(?:an?|each|every|any|the)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+\s+(?:has|have)\s+"
    r"(?:just\s+)?an?\s+[\w-]+",
    re.IGNORECASE,
)


# Openers of an event that, after a step, may name what the run waits for.
AWAITING_OPENERS = frozenset({"when", "once", "after", "as soon as"}) | MOMENT_OPENERS


# "is due back", "are due in", "is due": an item falling due, with no "to <verb>" after it
# ("is due to expire" tells what will happen to it, a state tested).
FALLS_DUE = re.compile(
    r"\b(?:is|are|was|were|falls?|fell)\s+(?:next\s+|now\s+)?due"
    r"(?:\s+(?:back|in|out|home|for\s+(?:return|collection|renewal)))?\b(?!\s+to\b)",
    re.IGNORECASE,
)


DEED_OPENERS = AWAITING_OPENERS | {"whenever", "each time", "every time"}


def approval_awaited(
    clauses: list[Clause],
    index: int,
    body: str,
    steps: list[StepDraft],
    events: list[str],
    previous: tuple[Clause, int] | None,
) -> int | None:
    """Return where the wait goes when "once she approves it", after a step, is one, or None."""
    clause = clauses[index]
    if (
        # "When a couple requests a viewing, once the coordinator confirms the slot, email …":
        # after the trigger, with no step yet, someone approving is what the run waits for too.
        not (steps or events)
        or clause.conditional not in AWAITING_OPENERS
        or not (APPROVED_BY_SOMEONE.match(body) or CONFIRMED_BY_SOMEONE.match(body))
    ):
        return None
    if previous is None or previous[0].sentence != clause.sentence or not trailing(clauses, index):
        return len(steps)  # "…, and when she approves it, forward it …"
    # "…, and forward it to payroll once she approves it": the wait goes before the step it
    # holds, but only when a trigger was read ("forward it to payroll once she approves it"
    # alone names the trigger).
    return previous[1] if events else None
