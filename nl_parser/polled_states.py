"""States read on a schedule: with no trigger, "a machine shows an error code" is a test."""

import re

from nl_parser.condition_fields import config, snake, status_field
from nl_parser.conditions import CONDITION, ConditionDraft

_I = re.IGNORECASE

# "if any route on today's schedule is closed", "when a lift is out of service": on a schedule
# nothing arrives, so an item said to be shut or out of use is in that state now. (Off a
# schedule "when a ticket is closed" is an event, so only the scheduled path asks this.)
_OUT_OF_USE = re.compile(
    r"^\s*(?:a|an|any|the)\s+(?:[\w'-]+\s+){1,6}?(?:is|are|be)\s+(?:still\s+)?"
    r"(?P<state>closed|shut|down|offline|unavailable|unreachable|out\s+of\s+(?:service|order))"
    r"\W*$",
    _I,
)
# "when a machine shows an error code", "if any pump reports a fault": a thing shown by an item
# polled on a schedule is one it has now.
_SHOWS_A_THING = re.compile(
    r"^\s*(?:a|an|any|the)\s+(?:[\w'-]+\s+){1,3}?(?:shows?|displays?|throws?|reports?|raises?)\s+"
    r"(?:an?|any)\s+(?P<thing>(?:[\w-]+\s+){0,2}?[\w-]+)\W*$",
    _I,
)

# "whenever a show sells out", "if a class fills up", "when a tour books up": on a schedule the
# item polled has sold out or filled, a state it is in now (off a schedule it is the event).
_SOLD_OUT = re.compile(
    r"^\s*(?:a|an|any|the|every|each)\s+(?P<item>(?:[\w'-]+\s+){0,5}?)"
    r"(?:has\s+|have\s+|is\s+|are\s+|gets?\s+)?(?:(?P<sold>sells?|sold)\s+out|"
    r"(?:fills?|filled|books?|booked)\s+up|(?:is|are)\s+fully\s+booked)\W*$",
    _I,
)
_SOLD_OUT_WORDS = (" out", " up", "fully booked")


def polled_state(text: str) -> ConditionDraft | None:
    """Return the test in "any route is closed" or "a machine shows an error code" on a
    schedule, else None."""
    lowered = text.lower()
    if " is " in lowered or " are " in lowered or " be " in lowered:
        match = _OUT_OF_USE.match(text)
        if match:
            state = "_".join(match["state"].lower().split())
            return ConditionDraft(CONDITION, config("$.status", "equals", state), 0.8)
    if any(word in lowered for word in _SOLD_OUT_WORDS):
        match = _SOLD_OUT.match(text)
        if match:
            state = "sold_out" if match["sold"] else "full"
            return ConditionDraft(
                CONDITION, config(status_field(match["item"]), "equals", state), 1.0
            )
    match = _SHOWS_A_THING.match(text)
    if match:
        field = f"$.{snake(match['thing'])}"
        return ConditionDraft(CONDITION, config(field, "exists", True), 0.8)
    return None
