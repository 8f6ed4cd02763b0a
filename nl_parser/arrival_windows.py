"""Items told by when they arrived: "the leads that came into the CRM overnight" is no test.

A relative clause saying the items came in (to a place, or nowhere said) over a span of time
names the window the fetch covers, as "the overnight leads" would; it picks no subset by a state.
"""

import re

# "came in", "came into the CRM", "arrived", "landed in the inbox", "were added to Salesforce",
# "got logged": the arrival, in the past or the perfect.
_ARRIVED = (
    r"(?:came|come|arrived|landed|rolled|poured|dropped|turned\s+up|"
    r"(?:were|was|got|have\s+been|has\s+been)\s+(?:added|logged|submitted|created|entered|"
    r"booked|placed|raised|filed|received))"
)
# "into the CRM", "in through the website", "to the support inbox": where they came, if said.
_PLACE = r"(?:\s+(?:in|into|to|through|via|on|at)(?:\s+(?:the|our|your)\s+|\s+)[\w.@#-]+){0,2}"
# "overnight", "yesterday", "since Friday", "over the weekend", "in the last 24 hours".
_SPAN = (
    r"(?:overnight|today|yesterday|last\s+night|this\s+(?:morning|week|month|quarter)|"
    r"since\s+[\w']+(?:\s+[\w']+)?|over\s+the\s+(?:weekend|night|last\s+\w+(?:\s+\w+)?)|"
    r"(?:in|during|over)\s+the\s+(?:last|past)\s+(?:\w+\s+)?(?:hours?|days?|weeks?|months?))\b"
)
_ARRIVAL_IN_A_SPAN = re.compile(
    rf"(?:that|which)(?:\s+(?:have|has))?\s+{_ARRIVED}(?:\s+in)?{_PLACE}\s+{_SPAN}", re.IGNORECASE
)
# What every arrival above holds: a cheap gate before the pattern.
_SPAN_WORDS = ("overnight", "yesterday", "today", "night", "since", "week", "month", "last", "past")


def arrival_in_a_span(object_text: str, relative_at: int) -> bool:
    """Tell whether the relative clause at relative_at tells when the items came in, no state."""
    lowered = object_text.lower()
    if not any(word in lowered for word in _SPAN_WORDS):
        return False
    return _ARRIVAL_IN_A_SPAN.match(object_text, relative_at) is not None


def arrival_told_at(told: str) -> int | None:
    """Return where a relative clause telling when the items came in starts in told, or None."""
    # A delivery's object is cut at its first place ("… came | into the CRM overnight"), so
    # the clause is looked for in the whole of what the delivery says.
    lowered = told.lower()
    if " that " not in lowered and " which " not in lowered:
        return None
    if not any(word in lowered for word in _SPAN_WORDS):
        return None
    found = _ARRIVAL_IN_A_SPAN.search(told)
    return found.start() if found else None


# "the leads that came into the CRM overnight", "bookings that landed in Salesforce": items that
# arrived in a CRM are kept there, so it is read, as "the leads in the CRM" is.
_ARRIVED_IN_A_CRM = re.compile(
    rf"\b(?:that|which)(?:\s+(?:have|has))?\s+{_ARRIVED}(?:\s+in)?\s+(?:in|into|to|on)\s+"
    r"(?:the\s+|our\s+)?(?:crm|salesforce|sfdc)\b",
    re.IGNORECASE,
)


def arrived_in_a_crm(told: str) -> bool:
    """Tell whether the items sent are told as having come into a CRM (so it is read first)."""
    lowered = told.lower()
    if "crm" not in lowered and "salesforce" not in lowered and "sfdc" not in lowered:
        return False
    return _ARRIVED_IN_A_CRM.search(told) is not None
