"""A place's hours told before the request: "Copperline E-Bike Hire shuts at 9pm.".

"The library closes at 6pm. Every day at 18:15, post …" says when the place's day ends so the
time the request picks makes sense; its "6pm" is no time the workflow runs at. A sentence that
only says when a place (or a shift, or "we") opens, closes, starts or ends, at one time of day,
is blanked when the request names a time of its own; without one, the told time may be the only
time written, and is left to the schedule grammar.
"""

import re

_I = re.IGNORECASE

_CLOCK = r"(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]m\b)?|noon|midnight)"
# Who or what keeps the hours: "we", "the shop", "our front desk", or a name in capitals
# ("Copperline E-Bike Hire"); then the verb of the day opening or ending, one time, and the
# sentence's end ("on Fridays" or a second time would make it a schedule, and is left).
_HOURS_TOLD = re.compile(
    r"(?:^|(?<=[.!?]\s))\s*"
    r"(?:we|they|(?:the|our|their)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+"
    r"|(?-i:[A-Z][\w'&-]*)(?:\s+(?-i:[A-Z][\w'&-]*)){0,4})\s+"
    r"(?:opens?|closes?|shuts?|shuts?\s+up|locks?\s+up|finish(?:es)?|ends?|starts?|begins?|"
    r"(?:is|are|stays?)\s+open\s+(?:until|till|to))\s+"
    rf"(?:at\s+)?{_CLOCK}(?:\s+(?:sharp|every\s+(?:day|night)|each\s+(?:day|night)|nightly|daily))?"
    r"\s*[.!](?=\s|$)",
    _I,
)
# A time the request names itself: "21:30", "9pm", "at 7", "noon".
_OWN_TIME = re.compile(r"\d[:.]\d\d|\d\s*[ap]m\b|\bnoon\b|\bmidnight\b|\bat\s+\d", _I)
# Each after a space, as the verb follows its subject ("send" or "weekend" hold no " end").
_HOURS_VERBS = (" open", " clos", " shut", " lock", " finish", " end", " start", " begin")


def blank_opening_hours(text: str) -> str:
    """Blank a sentence telling when a place opens or closes ("The shop shuts at 9pm.")."""
    lowered = text.lower()
    if not any(verb in lowered for verb in _HOURS_VERBS):  # the cheap test first
        return text
    told = _HOURS_TOLD.search(text)
    if told is None:
        return text
    rest = text[: told.start()] + " " * (told.end() - told.start()) + text[told.end() :]
    if not _OWN_TIME.search(rest):
        return text  # "The shop shuts at 9pm. Every night, text …": the only time written
    return rest
