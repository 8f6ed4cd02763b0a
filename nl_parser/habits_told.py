"""What others do by habit, told before a request with its own event or schedule: background.

"Bluebell Coaches drivers submit a walkround check form before every shift. Whenever one comes
in, pull out …" tells who sends the items and how often; its verb ("submit", "email") is theirs,
not a step asked for, and its cadence ("before every shift") is theirs, not the run's. The
request after it names its own trigger ("whenever one comes in") or its own schedule ("Every
Friday at 16:30, could you pull …"), which is what tells the telling from a step: a step written
so ("Drivers, submit …") would have no subject of its own.
"""

import re

from nl_parser.verbs import lemma

# "<people> <verb> <what> <every/each …>": a plural subject of plain words (perhaps a firm's name
# first, or after it: "Parents at Brightsparks Tutoring keep …"), a verb in its plain form, and
# how often they do it.
_OTHERS_HABIT = re.compile(
    r"^\s*(?:(?:our|the|all|most|many|some|their)\s+)?(?P<doers>(?:[\w'&-]+\s+){0,3}?[a-z]+s"
    r"(?:\s+(?:at|of|from|in)\s+(?:the\s+)?(?-i:[A-Z])[\w'&-]*(?:\s+(?-i:[A-Z])[\w'&-]*){0,3})?)\s+"
    r"(?:usually\s+|always\s+|normally\s+|all\s+|each\s+)?"
    r"(?P<verb>(?!(?:are|were|have|had|can|could|will|would|should|must|may|might|do|did|and|"
    r"or|to|of|in|on|at|for|with|from|by|the|an?)\b)[a-z]+(?<!s))\s+(?P<rest>[^.!?]*)[.!?]?\s*$",
    re.IGNORECASE,
)
_HOW_OFTEN = re.compile(r"\b(?:every|each|per|daily|weekly|nightly|monthly)\b", re.IGNORECASE)
# A place named in the telling may be where the run sends, so the sentence is left to the
# grammars.
_PLACE = re.compile(r"https?://|@|#", re.IGNORECASE)


def tells_others_habit(told: str) -> bool:
    """Tell whether `told` says what others do by habit ("drivers submit a form every shift")."""
    if not _HOW_OFTEN.search(told) or _PLACE.search(told):  # the cheap tests first
        return False
    habit = _OTHERS_HABIT.match(told)
    if habit is None:
        return False
    first = habit["doers"].split()[0].lower()
    # "Posts go out every day", "Send reports each week": a verb first asks, or is no subject.
    return lemma(first) is None and first not in ("please", "pls", "you", "we", "i", "they")


# "Clayhaus Pottery gets kiln booking forms by email.", "The studio receives sign-ups through the
# website.": how a firm (a name, no teller) gets its items, plural, and by what way; told before a
# request on its own event ("Each time one arrives, …"), it names the items that event brings
# ("gets its orders from Shopify" may name a source, and stays).
_ITEMS_RECEIVED = re.compile(
    r"^\s*(?:the\s+)?(?P<who>(?:[\w'&-]+\s+){0,4}?[\w'&-]+)\s+(?:gets|receives|takes)\s+"
    r"(?:(?:all\s+)?(?:its|their|the|new|lots\s+of|a\s+lot\s+of)\s+)?(?:[\w'-]+\s+){0,3}?[\w'-]+s\s+"
    r"(?:by|via|through|over)\s+[^.!?]*[.!?]?\s*$",
    re.IGNORECASE,
)


def tells_items_received(told: str) -> bool:
    """Tell whether `told` says how a firm gets its items ("X gets booking forms by email")."""
    if not any(way in told for way in (" by ", " via ", " through ", " over ")):
        return False  # the cheap test first: the way the items come is named
    if _PLACE.search(told):
        return False
    received = _ITEMS_RECEIVED.match(told)
    if received is None:
        return False
    # "Send reports by email", "We get …": a verb first asks, and a teller is told elsewhere.
    first = received["who"].split()[0].lower()
    return lemma(first) is None and first not in ("please", "pls", "you", "we", "i", "they")
