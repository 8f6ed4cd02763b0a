"""Holidays on a fixed date, named as the day a run falls on ("On Christmas Eve at noon …").

"Christmas Eve" is 24 December every year, as "New Year's Day" is 1 January; such a name is a
date when it is the day of the run: after "on", "every" or "each", or opening a clause
("Christmas Eve, 9am: …"), or before a clock time or a yearly cadence ("Christmas Day at 8am").
Named as a kind of thing ("the Christmas Eve menu", "our New Year's Eve party") it is no date.
"""

import re

_I = re.IGNORECASE

# (month, day) of each holiday that falls on one date every year, by its name without
# apostrophes or a saint's title.
_DATES = {
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "boxing day": (12, 26),
    "new years eve": (12, 31),
    "new years day": (1, 1),
    "halloween": (10, 31),
    "valentines day": (2, 14),
    "patricks day": (3, 17),
}
# Words one of the names holds, looked for before the pattern runs.
HOLIDAY_WORDS = ("christmas", "boxing", "new year", "halloween", "valentine", "patrick")

_NAME = (
    r"(christmas\s+(?:eve|day)|boxing\s+day|new\s+year['\u2019]?s\s+(?:eve|day)"
    r"|hallowe['\u2019]?en|(?:st\.?\s+|saint\s+)?valentine['\u2019]?s\s+day"
    r"|st\.?\s+patrick['\u2019]?s\s+day|saint\s+patrick['\u2019]?s\s+day)"
)
HOLIDAY_DATE = re.compile(
    rf"\b(?:(?:on|every|each)\s+)(?:the\s+)?{_NAME}\b(?![-\u2013]\w)(?!\s+(?:eve|day)\b)"
    rf"|(?:^|(?<=[.;:!?\n\u2013\u2014(]))\s*{_NAME}\b(?!\s+(?:eve|day)\b)(?=\s*(?:[,:;(]|$|at\b))"
    rf"|\b{_NAME}(?=\s+(?:at|each\s+year|every\s+year|annually|yearly)\b)",
    _I,
)


def holiday_date(name: str) -> tuple[int, int]:
    """Return the (month, day) a fixed holiday falls on."""
    plain = re.sub(r"['\u2019]", "", name.lower())
    plain = re.sub(r"^(?:st\.?|saint)\s+", "", plain)
    return _DATES[re.sub(r"\s+", " ", plain)]
