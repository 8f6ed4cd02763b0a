"""Read a correction that tells a place's new name ("sorry, that channel's been renamed #shipping").

"… log it in #dispatch-log (sorry, that channel's been renamed #shipping)": the words around the
new place only say that the old one changed ("it's #wages now", "that address moved to
b@x.example", "we renamed it to #team-news"); the place alone is the correction, so it replaces
the last place of its kind as a bare "sorry, #shipping" would. The telling words are blanked,
so every offset stays.
"""

import re

from nl_parser.destinations import CHANNEL, EMAIL, URL
from nl_parser.lexicon import blank_spans

_PLACE = rf"(?:{CHANNEL.pattern}|{EMAIL.pattern}|{URL.pattern})"
_RENAMED = re.compile(
    # "that channel's been renamed", "it's", "the inbox moved to", "we renamed it to": who or
    # what changed, then the word that says it changed or now is.
    r"(?:that|the|this|it|its|we|we've|they|they've|our|someone)\b[^,;#@/]{0,50}?"
    r"(?:\b(?:renamed|moved|changed|called|now|is|became|switched)|'s)"
    # "renamed that channel to", "moved over to": a few words may stand before the place.
    r"(?:\s+[^,;#@/\s]+){0,4}?\s+"
    rf"(?P<place>{_PLACE})"
    # "it's #wages now", "it's called #team-news these days".
    r"(?:\s+(?:now|these\s+days|instead))?",
    re.IGNORECASE,
)
# The cheap test first: a word that tells a change or a present name.
_TELLING_WORDS = ("renamed", "moved", "changed", "called", "now", "became", "switched")


def renamed_place(text: str, after: int, fragment: str) -> tuple[str, str]:
    """Blank the words telling a place's new name around it; return the text and the place."""
    lowered = fragment.lower()
    if not any(word in lowered for word in _TELLING_WORDS):
        return text, fragment
    told = _RENAMED.fullmatch(fragment)
    if told is None:
        return text, fragment
    start = text.index(fragment, after)
    place_at, place_end = start + told.start("place"), start + told.end("place")
    stop = start + len(fragment)
    text = blank_spans(text, [(start, place_at), (place_end, stop)])
    return text, told.group("place")


# "… post them in #chapel-staff. Oh, that channel has been renamed — it's #chapel-team now.": the
# change told as a sentence of its own, with no take-back word, then the place it now has. The
# telling sentence is the marker; "it's #chapel-team now" is the fragment `renamed_place` reads.
_CHANGE_TOLD = re.compile(
    r"(?:[,;]|[.?!](?=\s)|\s[-\u2013\u2014])\s*"
    # "Oh,", "FYI:", "Heads up —", "By the way,": a word that only turns to the aside.
    r"(?:(?:oh|ah|ok(?:ay)?|btw|fyi|heads[\s-]up|by\s+the\s+way|note|p\.?s\.?)\b[\s,:]*"
    r"(?:[-\u2013\u2014]\s*)?)?"
    # "that channel has been renamed", "the inbox moved last week", "#ops got renamed".
    r"(?:that|the|this|our|their|its|(?<![\w&])#[\w-]+)\b[^,;.!?@#/\n\u2013\u2014]{0,40}?"
    r"\b(?:renamed|moved|changed)\b[^,;.!?@#/\n\u2013\u2014]{0,30}?"
    r"\s*(?:[,;:.]|\s[-\u2013\u2014])\s*"
    rf"(?=(?:it's|it\s+is|its|now\s+it's|it's\s+now)\b[^,;.!?#@/\n]{{0,30}}?{_PLACE}"
    r"(?:\s+(?:now|these\s+days|instead))?\s*(?:[.!;,)]|$))",
    re.IGNORECASE,
)
_CHANGE_WORDS = ("renamed", "moved", "changed")


def told_change_markers(text: str) -> list[re.Match[str]]:
    """Return each sentence telling that a place changed, before "it's <place> now"."""
    lowered = text.lower()
    if not any(word in lowered for word in _CHANGE_WORDS):
        return []  # the usual case, without the pattern's scan of every position
    return list(_CHANGE_TOLD.finditer(text))
