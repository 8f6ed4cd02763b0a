"""The day a run starts on, not a day it runs on ("From Monday, at 04:45 each day …").

"From Monday", "starting next Tuesday", "with effect from Monday", "as of this Friday" say when
the workflow begins; when the text says on which days it runs as well ("each day", "every
weekday", "on Mondays and Thursdays", "daily"), the start names none of them. Such a start is
read (its words are the schedule's) but adds no day. Alone ("From Monday, fetch … at 9am") it
is the only day there is and is left for the day grammar; so is a range ("from Monday to
Friday").
"""

import re

from nl_parser.calendar_words import DAY, RANGE_DAY

_I = re.IGNORECASE
# What may open a start: bare "from" only where a clause opens ("…, from Monday, …"), as "the
# orders from Monday" name the items' day; the longer words anywhere.
_START_DAY = re.compile(
    r"(?:(?:^|(?<=[.,;:!?\n\u2013\u2014]))\s*from"
    r"|\b(?:starting|beginning|commencing|effective|as\s+of|with\s+effect\s+from))"
    r"\s+(?:on\s+)?(?:(?:next|this(?:\s+coming)?|the\s+coming)\s+)?"
    rf"{DAY}(?!['\u2019]s)(?:\s+on(?:wards?)?\b)?"
    # "from Monday to Friday", "from Mon-Fri", "from Monday and Tuesday": the run's days.
    rf"(?!\s*(?:-|\u2013|/|&|\+)\s*(?i:{RANGE_DAY})\b)"
    r"(?!\s+(?:to|through|thru|until|till|and|or)\b)",
    _I,
)
# The words a start may open with, looked for before the pattern runs.
_START_WORDS = ("from", "start", "begin", "commenc", "effective", "as of")
# The days a run is on, said apart from its start: a day named, weekdays, weekends, or a
# cadence of every day or more often.
_RUN_DAYS = re.compile(
    rf"{DAY}|\bweek-?(?:day|end)s?\b|\b(?:daily|nightly|hourly)\b"
    r"|\b(?:every|each)\s+(?:[a-z]+\s+)?(?:day|morning|afternoon|evening|night|hour|minute)s?\b",
    _I,
)


def start_day_spans(work: str) -> list[tuple[int, int]]:
    """Return the spans of the starts ("From Monday,") whose day is no day the run is on."""
    lowered = work.lower()
    if not any(word in lowered for word in _START_WORDS):  # the cheap test first
        return []
    spans = []
    for match in _START_DAY.finditer(work):
        start, end = match.span()
        rest = work[:start] + " " * (end - start) + work[end:]
        if _RUN_DAYS.search(rest):
            spans.append((start + len(match.group()) - len(match.group().lstrip()), end))
    return spans
