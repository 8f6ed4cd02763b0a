"""A thing had done to one's own: "after a patient has a crown fitted" names a deed, not a test."""

import re

# "a patient at Tallowfield Dental has a crown fitted", "a driver gets their car serviced": have
# (or get), a thing, and a participle that ends the clause say what was done to it, the moment
# it happens. What a thing carries ("the email has a PDF attached", "has a reviewer assigned")
# is a state, and "-eed" ("has a top speed") or "hundred" is no participle.
_HAD_DONE = re.compile(
    r"^\W*(?:an?|each|every|any|the)\s+(?:[\w'&-]+\s+){0,5}?(?:has|have|gets?|got)\s+"
    r"(?:just\s+)?(?:an?|the|their|his|her|its|some)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?!(?:attached|included|enclosed|assigned|linked|selected|checked|ticked|enabled|disabled|"
    r"marked|flagged|tagged|labell?ed|named|called|titled|listed|hundred)\b)"
    r"(?:[a-z]{2,}(?<!e)ed|cut|done|made|built|rebuilt|taken|sewn|drawn)"
    r"(?=\s*$|\s*[,;.]|\s+(?:at|in|on|by|with|for|from|today|this|last|yesterday)\b)",
    re.IGNORECASE,
)


def has_thing_done(body: str) -> bool:
    """Tell whether a clause says someone had a thing of theirs done ("has a crown fitted")."""
    lowered = body.lower()
    if not any(verb in lowered for verb in (" has ", " have ", " get", " got ")):
        return False
    return _HAD_DONE.match(body) is not None
