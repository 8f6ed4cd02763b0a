"""Deadlines a message tells of, which are not the schedule's days.

"remind #marketing every Thursday that the calendar is due Friday", "… to submit their reports
before the end of the month", "… by next Monday", "… that the survey closes Friday": a day after
a word of deadline (due, by, before, until, no later than) or of something ending or starting is
when something else must happen. When the text names its own cadence besides, the deadline is
blanked before the schedule grammar reads the text.
"""

import re

from nl_parser.calendar_words import DAY, MONTH, NUMERIC_ORDINAL
from nl_parser.lexicon import blank_all

_I = re.IGNORECASE

# "the survey closes Friday", "registration opens on Monday": a day something else ends or
# starts on is told of as a deadline is.
_ENDS_OR_STARTS = r"(?:closes|ends|expires|opens|starts|begins|launches|finishes)(?:\s+on)?"
_DEADLINE = re.compile(
    # (first letters looked ahead for first: most positions are turned away at once)
    r"(?=[bcdefilnostu])"
    # "the costumes due back on Monday", "hires due in by Friday": due with its particle.
    r"\b(?:due(?:\s+(?:back|in|out))?(?:\s+(?:on|by|at))?|by|before|until|till|no\s+later\s+than"
    rf"|{_ENDS_OR_STARTS})\s+"
    rf"(?:(?:this|next|the)\s+)?"
    rf"(?:{DAY}|end\s+of\s+(?:the|this|each|every)\s+(?:month|week|quarter)|month[- ]end|"
    # "due by the 30th": a day of the month, unless it is the cadence ("by the 5th of each month").
    rf"(?:the\s+)?{NUMERIC_ORDINAL}(?!\s+(?:of\s+)?(?:each|every|a)\s+month)|"
    r"(?:the\s+)?(?:eod|eow)|"
    # "due by the last working day": a day named by its rank among working days, not a weekday.
    r"(?:last|first|final|next)\s+(?:working|business|week)[- ]?days?"
    r"(?:\s+of\s+(?:the|this|each|every)\s+(?:month|week|quarter))?)\b"
    # "must be in by Friday noon", "due Monday at 5pm": the hour belongs to the deadline too.
    r"(?:\s+(?:at\s+)?(?:noon|midday|midnight|\d{1,2}(?::[0-5]\d)?\s*[ap]\.?m\b\.?"
    r"|\d{1,2}:[0-5]\d\b))?",
    _I,
)
# What says the schedule's own days or cadence.
_CADENCE = re.compile(
    rf"\b(?:every|each|daily|weekly|monthly|nightly|weekdays?|hourly|on\s+{DAY}|{DAY}"
    # "At 9am on the 1st, 10th and 20th of January": the run's own days of the month.
    rf"|on\s+the\s+{NUMERIC_ORDINAL}|{NUMERIC_ORDINAL}\s+of\s+{MONTH})\b",
    _I,
)


def blank_deadlines(text: str, *, always: bool = False) -> str:
    """Blank the deadlines a text tells of when it names a cadence of its own (or always)."""
    blanked = blank_all(_DEADLINE, text)
    return blanked if always or (blanked != text and _CADENCE.search(blanked)) else text


# "hold the catalogue entry until Monday", "wait till Friday morning", "keep them back until
# 9am": a hold ended by a day or an hour is a wait inside the run, not the run's schedule.
_HOLD_ENDED = re.compile(
    r"\b(?:wait|hold|pause|keep|delay|park)(?:s|ing|ed)?\b(?:\s+(?:off|back|on|fire))?"
    r"(?:\s+(?!(?:until|till|and|then|every|each|on|at)\b)[\w'\u2019-]+){0,3}?\s+"
    r"(?P<end>(?:until|till)\s+(?:(?:this|next|the)\s+)?"
    rf"(?:{DAY}(?:\s+(?:morning|afternoon|evening|night))?(?:\s+at)?"
    r"(?:\s+(?:noon|midday|\d{1,2}(?::[0-5]\d)?\s*[ap]\.?m\b\.?|\d{1,2}:[0-5]\d\b))?"
    r"|noon|midday|\d{1,2}(?::[0-5]\d)?\s*[ap]\.?m\b\.?|\d{1,2}:[0-5]\d\b))",
    _I,
)


def blank_hold_ends(text: str) -> str:
    """Blank the day or hour a hold lasts until ("hold it until Monday"): no schedule's."""
    lowered = text.lower()
    if " until " not in lowered and " till " not in lowered:
        return text
    return _HOLD_ENDED.sub(
        lambda m: m.group()[: m.start("end") - m.start()] + " " * len(m["end"]), text
    )


# "Before Friday's board meeting: grab …", "ahead of tomorrow's launch, fetch …", "in time for
# our investor call: …": the occasion a one-off is done ahead of is no step and no schedule.
_OCCASION = (
    r"(?:meeting|call|review|audit|launch|inspection|presentation|interview|visit|demo|"
    r"conference|trip|event|offsite|retreat|workshop|standup|stand-up|kick-?off|appointment|"
    r"hearing|ceremony|opening|fair|festival|exam|webinar|pitch|session|party|deadline|sale)s?"
)
# "Quick favour before tomorrow's trade show: …": the favour asked, named before the occasion.
_FAVOUR = (
    r"(?:(?:a|one|quick|small|little|tiny|urgent|last-minute)\s+){0,2}"
    r"(?:favou?r|request|ask|job|task|thing)\s+"
)
# "tomorrow's trade show", "Friday's gala": an occasion of a named day is one, whatever its
# noun; after "the", "our" or "this" the noun must be one of an occasion.
_DATED_OWNER = rf"(?:next\s+week['\u2019]s|tomorrow['\u2019]s|tonight['\u2019]s|{DAY}['\u2019]s)"
# "Ahead of Thursday's regional review I need …": typed without its comma, the occasion ends
# where who wants the work begins.
_WANTER = r"(?=\s+(?:i|we)(?:['\u2019]d\s|\s+(?:need|want|would|must|have\s+to)\b))"
_OCCASION_AHEAD = re.compile(
    rf"^\W*(?:{_FAVOUR})?(?:before|ahead\s+of|in\s+time\s+for|prior\s+to)\s+"
    rf"(?:(?:the|our|my|this|next)\s+(?:[\w'\u2019-]+\s+){{0,3}}?{_OCCASION}"
    rf"|{_DATED_OWNER}\s+(?:[\w'\u2019-]+\s+){{0,3}}?[\w'\u2019-]+)(?:\s*[:,\u2013\u2014]|{_WANTER})"
    # "For the board pack on Thursday, pull …": what the work is for, and its day, named once;
    # "For the trade show on Friday I need …": typed without its comma, it ends at who wants.
    rf"|^\W*for\s+(?:the|our|my|this|next)\s+(?:[\w'\u2019-]+\s+){{0,3}}?[\w'\u2019-]+\s+"
    rf"(?P<day>(?:on|this|next)\s+{DAY}(?<!s))(?:\s*[:,\u2013\u2014]|{_WANTER})",
    _I,
)
# "Friday's board meeting" is one occasion; "the Monday standup" or "each review" recurs, and
# its day or cadence is the schedule's.
_OWN_DAY = re.compile(rf"{DAY}['\u2019]s", _I)


def blank_occasion_ahead(text: str) -> str:
    """Blank the one-off occasion the request opens with ("Before Friday's board meeting: …")."""
    ahead = _OCCASION_AHEAD.match(text)
    if ahead is None:
        return text
    # "on Thursday" (one day, not "on Thursdays") is the occasion's own, as "Friday's" is.
    own = ahead.group() if ahead["day"] is None else ahead.group().replace(ahead["day"], "")
    if _CADENCE.search(_OWN_DAY.sub("", own)):
        return text
    return " " * ahead.end() + text[ahead.end() :]


# "They meet on Thursday.", "The trustees are meeting next Tuesday.": a sentence that says on
# which one day the people meet tells when the work is wanted by, not when it runs (a day said
# in the plural, "they meet on Thursdays", may be the cadence, and is left, as is any meeting
# day in a text with a cadence of its own).
_MEETING_DAY = re.compile(
    r"(?:^|(?<=[.!?]\s))\s*(?:they|we|(?:the|our|their)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+)"
    r"(?:['\u2019]re\s+meeting|\s+(?:(?:are|is|will\s+be)\s+meeting|meets?|will\s+meet|convenes?"
    r"|(?:sits?|gets?)\s+together))"
    rf"\s+(?:(?:on|this|next|on\s+the\s+coming)\s+)?{DAY}(?<!s)"
    r"(?:\s+(?:morning|afternoon|evening|night))?[.!]?(?=\s|$)",
    _I,
)


def blank_meeting_days(text: str) -> str:
    """Blank a sentence that tells on which one day the people meet ("They meet on Thursday.")."""
    if "meet" not in text and "conven" not in text and "together" not in text:
        return text
    blanked = blank_all(_MEETING_DAY, text)
    # "Every week email the agenda. The board meets on Thursday.": with a cadence of its own the
    # meeting day may be the run's day, and is left to the schedule grammar.
    return text if _CADENCE.search(blanked) else blanked
