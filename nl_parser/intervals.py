"""Intervals and hour windows of a schedule: "every 15 minutes", "every 10m", "hourly", "on the
half hour", "at 10 past each hour", "at :15 and :45", "twice an hour", "between 8am and 6pm",
"0900-1700", "during business hours"."""

import re
from typing import Protocol

from nl_parser import clock
from nl_parser.calendar_words import RANGE_DAY
from nl_parser.cron_fields import ScheduleSpec
from nl_parser.lexicon import NUMBER_PATTERN, parse_number

# What a pattern needs, for ScheduleScanner.take: any one of some words, or a cheap pattern; both
# are looked for in the lower-cased text.
Hint = tuple[str, ...] | re.Pattern[str]


class Scanner(Protocol):
    """What this module needs of schedule.ScheduleScanner (named here: schedule imports this)."""

    text: str
    work: str

    def take(
        self, pattern: re.Pattern[str], *, hint: Hint | None = None
    ) -> list[re.Match[str]]: ...

    def consume(self, span: tuple[int, int]) -> None: ...


_I = re.IGNORECASE
# What a pattern needs, looked for first in the lower-cased text (cheap): "twice an hour".
_AN_HOUR = ("hour",)
_EVERY_WORD = ("every", "each")
_EVERY = r"(?:every|each)"
# "throughout business hours", "over working hours": any word of "while" before the hours.
_BUSINESS_HOURS = re.compile(
    r"\b(?:during|within|in|throughout|through|over|across)\s+(?:the\s+)?(?:business|working|office)"
    r"\s+hours\b",
    _I,
)
# "every couple of hours", "every couple days": a couple is two, as "every other" steps by two.
_INTERVAL = re.compile(
    rf"\b{_EVERY}\s+(?:(other|second|couple(?:\s+of)?)\s+|({NUMBER_PATTERN})\s+)?"
    r"(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\b",
    _I,
)
# "every other night at 03:15", "on alternate mornings", "every second evening": a period of the
# day on every other day, a step of two days with the period saying the half of the day.
_OTHER_PERIOD = re.compile(
    rf"\b(?:{_EVERY}\s+(?:other|second|alternate)|(?:on\s+)?alternate)\s+"
    r"(?P<period>morning|afternoon|evening|night|day)s?\b",
    _I,
)
# "every 10m", "every 2h": a unit's one-letter short form written against its number.
_SHORT_INTERVAL = re.compile(rf"\b{_EVERY}\s+(\d{{1,3}})\s?([mh])\b(?![.'\u2019]?\w)", _I)
# "half-hourly", "quarter-hourly": the fraction written before "hourly" steps as "every half hour".
_FRACTION_HOUR = re.compile(
    rf"\b(?:{_EVERY}\s+(quarter|half)(?:\s+of)?(?:\s+an?)?[\s-]+hour|(quarter|half)[\s-]?hourly)\b",
    _I,
)
_TIMES_PER_HOUR = re.compile(
    rf"\b(twice|({NUMBER_PATTERN})\s+times)\s+(?:an?|per|each)\s+hour\b", _I
)
_HOURLY = re.compile(r"\b(?:hourly|once\s+(?:an|per|each)\s+hour)\b", _I)
_ON_THE_HOUR = re.compile(r"\b(?:on|at)\s+the\s+(?:(half|quarter)[\s-]+)?hour\b", _I)
_PAST_HOUR = re.compile(
    # "at twenty past every hour": the minutes may be written in words.
    rf"\bat\s+(?:(quarter|half)|(\d{{1,2}}|{NUMBER_PATTERN})\s+(?:(?:minutes?|mins?)\s+)?)\s*(past|after)\s+"
    r"(?:the|each|every)\s+hour\b"
    # "at :15 and :45 past every hour": minutes of the hour, written after a colon, listed
    r"|\bat\s+:([0-5]\d)((?:\s*(?:,|and|&|,\s*and)\s*:[0-5]\d)*)"
    # ("every hour" may already be read as the interval, leaving "past" alone)
    r"(?:\s+(?:past|after)\b(?:\s+(?:the|each|every)\s+hour\b)?)?",
    _I,
)
_LISTED_MINUTE = re.compile(r":([0-5]\d)")
# "every hour at half past, …", "hourly at 20 past:": in an hourly run the hour past which the
# minutes fall is each one, left unsaid; read only once the run is known to be hourly.
_PAST_UNSAID_HOUR = re.compile(
    rf"\bat\s+(?:a\s+)?(?:(quarter|half)|(\d{{1,2}}|{NUMBER_PATTERN})\s+(?:(?:minutes?|mins?)\s+)?)"
    r"\s*(?:past|after)(?=\s*(?:[,;:.!?)\u2013\u2014-]|$))",
    _I,
)
# "from 6am-10pm": a dash between the two times may have no space around it.
# "from 9 in the morning until 9 at night": a period after an end places that end's hour.
_OWN_PERIOD = r"(?:\s+(?:in\s+the\s+|at\s+)(?:morning|afternoon|evening|night)\b)?"
_HOUR_SPAN = re.compile(
    r"\b(?:between|from)\s+([^\s\u2013-]+(?:\s*[ap]\.?m\.?)?)"
    + _OWN_PERIOD
    + r"(?:\s+(?:and|to|until|till|-|\u2013)\s+|\s*[\u2013-]\s*)"
    # "until 23:45; should cloud cover …": the semicolon after the time ends a clause, and so
    # does the full stop of "until 10pm. Should any …" (`surface.py` has made "p.m." plain).
    r"([^\s,;]*[^\s,;.](?:\s*[ap]\.?m)?)" + _OWN_PERIOD,
    _I,
)
# "unless every well stays between 8 and 12 bar", "any tank that is between 40 and 60 %": a
# measure after the last end, or a verb of state just before "between", makes it a range of
# values a test reads, not the hours a schedule runs in. "shall be read every 15 minutes between
# 6am and 10pm": "read" after "be" is the fetch done, and the verb must stand before "between" as
# written, not only once the interval between them is blanked.
_MEASURE_AFTER = re.compile(rf"\s*(?:%|\u00b0|(?:{clock.UNITS})\b)", _I)
_STATE_BEFORE = re.compile(
    r"\b(?:stays?|stayed|remains?|remained|is|are|was|were|reads?|sits?|falls?|fell|lies|"
    r"measures?|holds?|keeps?|hovers?|ranges?|runs?\s+at)(?<!\bbe\sread)(?<!\bbeen\sread)\s+$",
    _I,
)


def _is_value_range(scanner: Scanner, match: re.Match[str]) -> bool:
    """Say whether a "between X and Y" match is a range of values rather than hours."""
    if not match.group(0).lower().startswith("between"):
        return False
    text = scanner.text if len(scanner.text) == len(scanner.work) else scanner.work
    if _STATE_BEFORE.search(text[: match.start()]):
        return True
    last = match.group(2)
    if re.search(r"[ap]\.?m\.?$", last, _I):
        return False
    return bool(_MEASURE_AFTER.match(scanner.work, match.end()))


# "every 2 hrs 8am-8pm": with no "between" or "from", the last end needs am/pm to read as a
# window; "every 5 min 7-10am" (often an en dash) writes it on the last end only, for both.
# "every 15 min noon-10pm": a named hour may open it; "8:20am through 6:20pm" joins the first
# and last runs with "through" as "to" does; "8am till 8pm", "9am until 5pm" with "till".
_BARE_HOUR_SPAN = re.compile(
    r"(?<![\w:/.$\u20ac\u00a3#-])(noon|midday|midnight|\d{1,2}(?::[0-5]\d)?(?:\s*[ap]\.?m\.?)?)"
    r"(?:\s*[\u2013-]\s*|\s+(?:to|through|thru|until|till|til|'til)\s+)"
    r"(\d{1,2}(?::[0-5]\d)?\s*[ap]\.?m)(?![\w-])",
    _I,
)
# "weekdays 0900-1700 every 10m", "09:00-17:00": two 24-hour times joined by a dash are the
# hours an interval runs in, with no "between" or "from" before them.
_TIME_24 = r"(?:[01]?\d|2[0-3]):[0-5]\d|(?:[01]\d|2[0-3])[0-5]\d"
# "08:00-20:00: GET …": a colon after the second time, with no seconds after it, ends the span.
# "production hours, 07:00 to 15:00": "to" joins them as the dash does.
_DASHED_HOUR_SPAN = re.compile(
    rf"(?<![\w:/.-])({_TIME_24})(?:\s*[\u2013-]\s*|\s+to\s+)({_TIME_24})(?![\w/.-]|:\d)"
)
# "every 15 min, mon-fri 9-18, check …": two bare hours joined by a dash, the second past noon
# with no am/pm (a 24-hour clock), are an interval's window when a break or "every" follows
# them ("9-18 minutes" or "9-18 items" is no window); "hourly 9-17 weekdays": so do the days
# it runs on.
_BARE_24_HOUR_SPAN = re.compile(
    r"(?<![\w:/.$\u20ac\u00a3#-])([01]?\d)"
    r"(?:\s*[\u2013-]\s*|\s+(?:to|through|thru|until|till)\s+)(1[3-9]|2[0-3])(?![\w:/.%-])"
    r"(?=\s*(?:[,;]|$|\b(?:every|each)\b"
    rf"|(?:on\s+)?\b(?:week-?days?|week-?ends?|{RANGE_DAY})\b))",
    _I,
)
# "hourly 9-5 weekdays": two bare hours, the second lower, are a working day's window from a
# morning hour to an afternoon one, when what follows closes it as for a 24-hour window;
# "every 20 minutes, 9 to 5, Monday to Saturday" joins them with "to" as the idiom does.
_WORKING_DAY_SPAN = re.compile(
    r"(?<![\w:/.$\u20ac\u00a3#-])([5-9]|1[0-2])"
    r"(?:\s*[\u2013-]\s*|\s+(?:to|through|thru|until|till)\s+)([1-9])(?![\w:/.%-])"
    r"(?=\s*(?:[,;:]|$|\b(?:every|each)\b"
    rf"|(?:on\s+)?\b(?:week-?days?|week-?ends?|{RANGE_DAY})\b))",
    _I,
)
# "every 10 min 6-22h": an "h" after two bare hours says they are hours of a 24-hour clock.
_HOURS_MARKED_SPAN = re.compile(
    r"(?<![\w:/.$\u20ac\u00a3#-])([01]?\d|2[0-3])\s*[\u2013-]\s*([01]?\d|2[0-4])\s?h\b"
)
_STARTING = re.compile(r"\b(?:starting|beginning|commencing)(?=\s+(?:at|from)\b)", _I)
# "every 30 minutes, around the clock", "hourly, 24/7", "every 10 minutes day and night": an
# interval said to run all day and night has no window of hours, which it had none of already.
_ALL_DAY_AND_NIGHT = re.compile(
    r"\b(?:a?round\s+the\s+clock|(?:all\s+)?day\s+and\s+(?:all\s+)?night|night\s+and\s+day|"
    r"24\s+hours\s+a\s+day(?:,?\s+(?:7|seven)\s+days\s+a\s+week)?)\b"
    r"|(?<![\w/.:-])24\s*/\s*7(?![\w/.:-])",
    _I,
)


def read_intervals(scanner: Scanner, spec: ScheduleSpec) -> None:
    """Read the intervals and hour windows into `spec`, blanking the words read."""
    if scanner.take(_BUSINESS_HOURS, hint=("business", "working", "office")):
        spec.hour_range = (9, 17)
        spec.dow |= set(range(1, 6))
    # Before the intervals: "at 5 past every hour" must not lose "every hour" to them.
    for match in scanner.take(_PAST_HOUR, hint=("past", "after", ":")):
        if match.group(4):
            spec.minute_of_hour = int(match.group(4))
            spec.more_minutes_of_hour = {int(m) for m in _LISTED_MINUTE.findall(match.group(5))}
        elif match.group(1):
            spec.minute_of_hour = 15 if match.group(1).lower() == "quarter" else 30
        else:
            spec.minute_of_hour = (parse_number(match.group(2)) or 0) % 60
        if re.search(r"\b(?:each|every)\s+hour\b", match.group(), _I):
            spec.hour_step = spec.hour_step or 1  # the interval it read, as "every hour" says
    for match in scanner.take(_FRACTION_HOUR, hint=("quarter", "half")):
        fraction = (match.group(1) or match.group(2)).lower()
        spec.minute_step = 15 if fraction == "quarter" else 30
    for match in scanner.take(_TIMES_PER_HOUR, hint=_AN_HOUR):
        count = 2 if match.group(1).lower() == "twice" else parse_number(match.group(2)) or 1
        spec.minute_step = max(60 // count, 1)
    # Before the intervals: "every second evening" must not lose "every second" to them.
    for match in scanner.take(_OTHER_PERIOD, hint=("other", "second", "alternate")):
        spec.day_step = 2
        if match.group("period").lower() != "day":
            spec.period = match.group("period").lower()
    for match in scanner.take(_INTERVAL, hint=_EVERY_WORD):
        count = 2 if match.group(1) else parse_number(match.group(2) or "1") or 1
        _read_interval(spec, count, match.group(3).lower()[:2])
    for match in scanner.take(_SHORT_INTERVAL, hint=_EVERY_WORD):
        _read_interval(spec, int(match.group(1)), "mi" if match.group(2).lower() == "m" else "ho")
    if scanner.take(_HOURLY, hint=_AN_HOUR):
        spec.hour_step = spec.hour_step or 1
    if spec.hour_step and spec.minute_of_hour is None:  # the cheap tests first
        for match in scanner.take(_PAST_UNSAID_HOUR, hint=("past", "after")):
            fraction = (match.group(1) or "").lower()
            minute = {"half": 30, "quarter": 15}.get(fraction) or parse_number(match.group(2))
            spec.minute_of_hour = (minute or 0) % 60
    on_the_hour = False
    for match in scanner.take(_ON_THE_HOUR, hint=_AN_HOUR):
        fraction = (match.group(1) or "").lower()
        spec.minute_of_hour = {"half": 30, "quarter": 15}.get(fraction, 0)
        on_the_hour = True
    # "on the hour from 9 to 5": a run on the hour is hourly, so it has a window as "hourly" does.
    if spec.minute_step or spec.hour_step or on_the_hour:
        scanner.take(_ALL_DAY_AND_NIGHT, hint=("clock", "night", "24"))
        scanner.take(_STARTING, hint=("starting", "beginning", "commencing"))
        _read_hour_span(scanner, spec)


def _read_interval(spec: ScheduleSpec, count: int, unit: str) -> None:
    """Set `spec`'s step for every `count` of `unit` (its first two letters: "mi", "ho", …)."""
    if unit == "se":
        spec.impossible = True
        spec.warnings.append("cron cannot run more often than once a minute")
    elif unit == "mi":
        if count >= 60 and count % 60 == 0:
            spec.hour_step = count // 60
        elif count >= 60:
            spec.impossible = True
            spec.warnings.append(f"every {count} minutes cannot be written as one cron expression")
        else:
            spec.minute_step = count
            if 60 % count:
                spec.warnings.append(f"every {count} minutes restarts at each full hour in cron")
    elif unit in ("ho", "hr"):
        if count >= 24 and count % 24 == 0:
            spec.day_step = count // 24
        else:
            spec.hour_step = count
    elif unit == "da":
        if count == 1:
            spec.cadence = spec.cadence or "daily"
        else:
            spec.day_step = count
    elif unit == "we":
        spec.cadence = "weekly"
        if count > 1:
            spec.warnings.append(f"cron cannot repeat every {count} weeks; this runs weekly")
    elif count == 1:
        spec.cadence = "monthly"
    else:
        spec.month_step = count


def _read_hour_span(scanner: Scanner, spec: ScheduleSpec) -> None:
    spans = [
        *(m for m in _HOUR_SPAN.finditer(scanner.work) if not _is_value_range(scanner, m)),
        *_DASHED_HOUR_SPAN.finditer(scanner.work),
        *_BARE_HOUR_SPAN.finditer(scanner.work),
        *(m for m in _BARE_24_HOUR_SPAN.finditer(scanner.work) if int(m[1]) < int(m[2])),
        *(m for m in _WORKING_DAY_SPAN.finditer(scanner.work) if int(m[1]) > int(m[2])),
        *(m for m in _HOURS_MARKED_SPAN.finditer(scanner.work) if int(m[1]) < int(m[2])),
    ]
    for match in spans:
        first, last = _clock_of(match.group(1)), _clock_of(match.group(2))
        if first is None or last is None:
            continue
        first, last = _placed(scanner.work, match, 1, first), _placed(scanner.work, match, 2, last)
        if last.hour == 0 and last.minute == 0 and first.hour > 0:
            # "from 5am till midnight": runs go on through the 23 o'clock hour; hour 0 would
            # end the window before it starts.
            last = clock.ClockTime(23, 0, True)
        if last.hour < first.hour and not last.explicit_half and last.hour + 12 > first.hour:
            last = clock.ClockTime(last.hour + 12, last.minute, True)
        # "7-10pm": the half written on the last end is the first's too, unless that would
        # start after the end ("11-2pm" is 11am to 2pm).
        # "7", not "07:00"; and the last end's half written as pm, not "8-20" on a 24-hour clock.
        bare_first = match.group(1).strip().isdigit()
        pm_written = re.search(r"[ap]\.?m\b", match.group(2), re.IGNORECASE)
        if bare_first and pm_written and first.hour + 12 <= last.hour:
            first = clock.ClockTime(first.hour + 12, first.minute, True)
        spec.hour_range = (first.hour, last.hour)
        scanner.consume(match.span())
        return


def _placed(work: str, match: re.Match[str], end: int, time: clock.ClockTime) -> clock.ClockTime:
    """Place an end of a window by the period written right after it ("9 at night" is 21:00)."""
    own = clock.OWN_PERIOD.match(work, match.end(end))
    return clock.placed_by(time, own.group(1)) if own else time


def _clock_of(word: str) -> clock.ClockTime | None:
    word = word.strip(" ,.:;")  # "between 8 and 6: fetch …"
    if word.isdigit() and int(word) <= 23:
        return clock.ClockTime(int(word), 0, int(word) >= 13)
    if re.fullmatch(r"(?:[01]\d|2[0-3])[0-5]\d", word):  # "0900-1700": hours and minutes
        return clock.ClockTime(int(word[:2]), int(word[2:]), True)
    for pattern in clock.PATTERNS:
        match = pattern.fullmatch(word)
        if match:
            return clock.read_clock(pattern, match)
    return None
