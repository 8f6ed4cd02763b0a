"""An item said to be sold out or booked up: "a show is sold out", "the night is booked out"."""

import re

from nl_parser.condition_fields import status_field

_I = re.IGNORECASE

# "when a stargazing night is booked out", "if the course is fully booked": "is" with a state
# of having no places left tells how the item is now, a test, where "sells out" or "books up"
# alone is the event of it filling (read elsewhere).
_IS_SOLD_OUT = re.compile(
    r"^\W*(?:(?:a|an|any|the|every|each|this|that|our|their)\s+)?(?P<item>(?:[\w'&.-]+\s+){1,7}?)"
    r"(?:is|are|was|were)\s+(?:now\s+|already\s+|completely\s+)?"
    r"(?:(?P<sold>sold|booked)\s+out|booked\s+up|fully\s+(?:booked|subscribed|sold))\W*$",
    _I,
)
# "if a Lantern Theatre performance sells out", "if any workshop books up": after "if", the
# filling of one item of a kind asks whether it filled, a test (as "if a run gets cancelled"
# does); after "when" it names the event instead, read elsewhere.
_SELLS_OUT = re.compile(
    r"^\W*(?:a|an|any|the|every|each|one\s+of\s+(?:our|the|your|their))\s+"
    r"(?P<item>(?:[\w'&.-]+\s+){0,7}?)(?:(?P<sold>sells?|sold)\s+out|(?:fills?|books?)\s+up)\W*$",
    _I,
)
_PLACE = re.compile(r"\s(?:at|in|on|for|from|with)\s", _I)
_SOLD_OUT_WORDS = (" out", " up", "fully ")


def sold_out_state(text: str) -> tuple[str, str] | None:
    """Return (field, state) for "a show is sold out" or "a class is fully booked", else None."""
    lowered = text.lower()
    if not any(word in lowered for word in _SOLD_OUT_WORDS):  # the cheap test first
        return None
    match = _IS_SOLD_OUT.match(text)
    if not match:
        return None
    # "a stargazing night at Darkfield Observatory": the place is no part of the item's name.
    item = _PLACE.split(match["item"], maxsplit=1)[0]
    return status_field(item), "sold_out" if match["sold"] else "full"


def sells_out_asked(text: str) -> tuple[str, str] | None:
    """Return (field, state) for "a show sells out" or "a class fills up", else None."""
    lowered = text.lower()
    if " out" not in lowered and " up" not in lowered:  # the cheap test first
        return None
    match = _SELLS_OUT.match(text)
    if not match:
        return None
    item = _PLACE.split(match["item"], maxsplit=1)[0]
    return status_field(item), "sold_out" if match["sold"] else "full"
