"""States a reading tells of its item: "shows as disconnected", "still reads locked", "the feed
reports the car park as closed for maintenance".

What a gauge reads, a sensor shows or a feed reports of a thing is the state of that thing now,
as "its status is locked" would say; the field is the thing's status and the value the state.
"""

import re

from nl_parser.condition_fields import snake, status_field

_I = re.IGNORECASE

# "shows as disconnected", "reads as 'out of order'", "is showing as offline": a verb of telling
# with "as" names the state, however many words it has (up to a joining word).
_SHOWN_AS = re.compile(
    # ("someone registers as a volunteer" signs up: what one registers as is no reading)
    r"\b(?:shows?|showed|showing|reads?|reading|reports?|reported|reporting|displays?|"
    r"displayed)\s+as\s+(?:an?\s+)?"
    r"(?P<state>['\"][^'\"]{1,40}['\"]|[a-z][\w-]*(?:\s+(?!(?:and|or|but|then)\b)[a-z][\w-]*){0,3})"
    r"\W*$",
    _I,
)
# "the gate still reads locked", "the sign shows open": with no "as", only a word that can be
# nothing but a state (a participle, or a state of being open, full or idle) is one; "reads the
# email" or "shows 5 errors" tell of something else.
_READS_A_STATE = re.compile(
    r"\b(?:reads?|reading|shows?|showing|displays?)\s+"
    r"(?P<state>[a-z]{3,}ed|open|shut|full|empty|idle|busy|free|clear|blank|dark|live)\W*$",
    _I,
)
# "the feed reports the car park as closed for maintenance", "the manifest marks the day as
# grounded for weather": a definite source telling of a definite thing is the data read, no
# news ("a lifeguard marks the pool as closed" is an event, read with the event's words).
_TOLD_OF_A_THING = re.compile(
    r"^\W*(?:the|its|their|our|this|that|it)\b(?:\s+[\w'-]+){0,4}?\s+"
    r"(?:reports?|reported|marks?|marked|lists?|listed|flags?|flagged|shows?|showed|records?|"
    r"recorded|logs?|logged|has|had)\s+"
    r"(?P<thing>(?:the|its|their|our|this|that|today's|tomorrow's)\s+(?:[\w'-]+\s+){0,4}?)as\s+"
    r"(?:an?\s+)?(?P<state>['\"][^'\"]{1,40}['\"]|[a-z][\w-]*"
    r"(?:\s+(?!(?:and|or|but|then)\b)[a-z][\w-]*){0,3})\W*$",
    _I,
)
# "sends back a slot with status 'rejected'", "an order has a status of on hold": the status an
# item comes with, named after "with" or "has", is the state tested.
_WITH_STATUS = re.compile(
    r"\b(?:with|has|had|having|carrying|bearing)\s+(?:an?\s+|the\s+|its\s+)?status\s+"
    r"(?:of\s+)?(?P<state>['\"][^'\"]{1,40}['\"]|[a-z][\w-]*)\W*$",
    _I,
)
_TELLING_STEMS = ("show", "read", "report", "displa", "list", "mark", "flag", "record")
_TELLING_STEMS += ("log", " has ", " had ")


def told_state(text: str) -> tuple[str, str] | None:
    """Return (field, state) for "the gate reads locked" or "the feed reports X as Y", else None."""
    lowered = text.lower()
    if "status" in lowered and (match := _WITH_STATUS.search(text)):
        return "$.status", snake(match["state"])
    if not any(stem in lowered for stem in _TELLING_STEMS):  # the cheap test first
        return None
    if " as " in lowered:
        match = _TOLD_OF_A_THING.match(text)
        if match:
            return status_field(match["thing"]), snake(match["state"])
        match = _SHOWN_AS.search(text)
        if match:
            return status_field(text[: match.start()]), snake(match["state"])
    match = _READS_A_STATE.search(text)
    if match:
        return status_field(text[: match.start()]), match["state"].lower()
    return None
