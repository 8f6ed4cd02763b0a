"""Find "use <place>" said after a delivery, which swaps the place it went to for a new one.

"… then email bookings@x.example. Oh — that address is dead now, use office@x.example.": a place
named alone after "use", with nothing else in its clause, can only stand in for a place said
before; the reason the old one no longer serves ("that address is dead now", "the old feed has
moved, so …") goes with the marker. The match is a take-back marker like any other of
`corrections.py`, so the place after it replaces the last one of its kind.
"""

import re

from nl_parser.destinations import CHANNEL, EMAIL, URL

_PLACE = rf"(?:{CHANNEL.pattern}|{EMAIL.pattern}|{URL.pattern})"
_SWAPPED_IN = re.compile(
    r"(?:[,;]|[.?!](?=\s)|\s[-\u2013\u2014])\s*"
    # "Oh — that address is dead now, …": a hesitation may open it.
    r"(?:(?:oh|ah|hmm+|um+|erm|ok(?:ay)?)\b[\s,]*(?:[-\u2013\u2014]\s*)?)?"
    # "that inbox isn't checked any more —", "the old feed has moved, so": why the place is swapped.
    r"(?P<reason>(?:that|the|this|it|it's|its|our|their)\b[^,;.!?@#/\n\u2013\u2014]{1,60}?"
    r"(?:[,;.]\s*|\s[-\u2013\u2014]\s*)(?:so\s+)?)?"
    r"(?:just\s+|please\s+)?use\s+"
    rf"(?={_PLACE}(?:\s+instead)?\s*(?:[.!;,)]|$))",
    re.IGNORECASE,
)

# The cheap test first: "use" straight before a channel, a URL or an address.
_USE_OF_PLACE = re.compile(r"\buse\s+(?:#|https?:|[\w.+-]+@)", re.IGNORECASE)


def swapped_place_markers(text: str) -> list[re.Match[str]]:
    """Return each "(reason,) use <place>" that swaps a place said before for a new one."""
    if "use " not in text.lower() or not _USE_OF_PLACE.search(text):
        return []  # the usual case, without the pattern's scan of every position
    return list(_SWAPPED_IN.finditer(text))
