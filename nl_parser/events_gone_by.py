"""A story that opens on what once went wrong: "After the pump broke down last winter we're …".

"After", "since" or "when" before a clause told in the past, then the teller ("we're all a bit
twitchy about the ice"), says why the request is made: it happened once, so it is no trigger and
no test. A clause in the present ("after an order ships, …", "when a booking is confirmed we
…") is an event the run may wait for, and stays.
"""

import re

# The opening word, the event (no stop inside it), then the teller's own word.
_EVENT_THEN_TELLER = re.compile(
    r"^\s*(?:ever\s+since|since|after|when)\s+(?P<event>[^,.;:!?]{3,160}?),?\s+"
    r"(?=(?:i|we|our|my|i['\u2019]m|we['\u2019]re|i['\u2019]ve|we['\u2019]ve)\b)",
    re.IGNORECASE,
)
# What says the event is over: a verb's past ("broke", "crashed", "went") or a time gone by.
_PAST = re.compile(
    r"\b(?:[a-z]{2,}(?<![ei]e)ed|was|were|had|broke|went|came|got|lost|ran|froze|fell|took|left"
    r"|sank|blew|burst|caught|hit|shut|split|tore|wore|ago|yesterday"
    r"|last\s+(?:year|month|week|night|spring|summer|autumn|fall|winter|season|term))\b",
    re.IGNORECASE,
)
# What keeps it in the present, an event that may come again: "is shipped", "gets approved".
_PRESENT = re.compile(r"\b(?:is|are|am|gets?|has|have|does|do)\b", re.IGNORECASE)


def teller_after_event_gone_by(told: str) -> int | None:
    """Return where the teller starts after an opening event told in the past, else None."""
    if told.lstrip()[:1] not in tuple(
        "AaSsWwEe"
    ):  # the cheap test first: after / since / when / ever
        return None
    opening = _EVENT_THEN_TELLER.match(told)
    if opening is None:
        return None
    event = opening["event"]
    if _PRESENT.search(event) or not _PAST.search(event):
        return None
    return opening.end()
