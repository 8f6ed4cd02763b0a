"""Read clock times ("9am", "9:45", "17:00", "0600", "6:45pm", "noon", "half past 8") from text.

A bare hour ("at 8", "9:45") is read on the 24-hour clock unless a period word of the same
instruction ("every morning", "in the evening", "nightly") says which half of the day is meant;
with no period word, "at 1" to "at 5" are afternoon hours, and so are "half past four" and "ten
to two", whose hour said is one of them.
"""

import re
from dataclasses import dataclass

from nl_parser.lexicon import NUMBER_PATTERN, NUMBER_WORDS, alternation, parse_number

# Hours spelled out, "one" to "twelve" (the number words that can name a clock hour).
_HOUR_WORDS = {
    word: number
    for word, number in NUMBER_WORDS.items()
    if 1 <= number <= 12 and word not in ("a", "an")
}
# "one" … "twelve" as a regex, for patterns here and elsewhere that name a spelled hour.
HOUR_WORD = alternation(_HOUR_WORDS)
_HOUR = r"(\d{1,2}|" + HOUR_WORD + r")"

NAMED = re.compile(r"\b(?:at\s+)?(?:12\s+)?(noon|midday|midnight)\b", re.IGNORECASE)
# Minutes before or after an hour, spelled out: "five", "twenty-five", "ten minutes".
_MINUTE_WORDS = {
    word: number
    for word, number in NUMBER_WORDS.items()
    if 1 <= number <= 29 and word not in ("a", "an")
}
_MINUTES = (
    r"(?:(?P<words>"
    + alternation(_MINUTE_WORDS)
    + r"|twenty[\s-](?:one|two|three|four|five|six|seven|eight|nine))(?:\s+(?:minutes?|mins?))?"
    + r"|(?P<digits>[12]?\d)\s+(?:minutes?|mins?))"
)
_HALF_OF_DAY = r"(?:\s*(?P<half>[ap])(?:\.\s?m\b\.?|\s?m\b))?"
# "half past 8", "at a quarter to midnight", "at five to eleven in the morning", "ten past
# 9pm": minutes past or to an hour (or noon/midnight). Counted minutes ("five to eleven") read
# as a time only after "at", so "retry five to ten times" and "from five to eleven" stay counts;
# "past" names no count, so "Ten past eight on Tuesdays, …" is a time without it ("every ten
# minutes past noon" keeps its interval).
PAST_TO = re.compile(
    r"\b(?:at\s+)?(?:a\s+)?(?P<fraction>half|quarter)\s+"
    # "at half nine", "half nine in the morning": the British "half past", its "past" left out
    # (read only after "at" or before a period or am/pm; see _past_or_to).
    r"(?:(?P<way>past|to|after|till|before)\s+|(?<=\bhalf\s))"
    + r"(?P<hour>\d{1,2}|"
    + alternation(_HOUR_WORDS)
    + r"|noon|midday|midnight)(?:\b|(?=[ap]\.?m\b))"
    + _HALF_OF_DAY
    + r"|\b(?P<at>at\s+(?:about\s+|around\s+)?)?(?<!\bevery\s)"
    + _MINUTES
    + r"\s+(?P<way2>(?(at)(?:past|to|after|till|before)|past))\s+(?P<hour2>\d{1,2}|"
    + alternation(_HOUR_WORDS)
    + r"|noon|midday|midnight)(?:\b|(?=[ap]\.?m\b))"
    # "at five to eleven users": a counted noun after the second number makes both counts.
    + r"(?!\s*(?:[:.]\d|%|minutes?|hours?|days?|times?|[a-z]{3,}s\b))"
    + r"(?:\s*(?P<half2>[ap])(?:\.\s?m\b\.?|\s?m\b))?",
    re.IGNORECASE,
)
# "weekdays, ten to seven in the morning: …": without "at", counted minutes to an hour are a time
# when a clock's round count is said and a period or am/pm follows the hour (read in the text
# itself, where the schedule grammar may already have blanked the period); after "from" or
# "between" they may be a window ("from five to eleven in the morning"), so they stay counts, and
# after "at" PAST_TO reads them.
MINUTES_TO_BEFORE_PERIOD = re.compile(
    r"(?<!\bfrom\s)(?<!\bbetween\s)(?<!\bat\s)(?<!\babout\s)(?<!\baround\s)(?<!\btwenty\s)"
    r"(?<![\w-])(?P<minutes>five|ten|twenty(?:[\s-]five)?)\s+"
    r"(?:minutes?\s+)?(?:to|till|before)\s+(?P<hour>"
    + alternation(_HOUR_WORDS)
    + r"|\d{1,2})\b(?:\s*(?P<half>[ap])(?:\.\s?m\b\.?|\s?m\b)"
    r"|(?=\s+(?:in\s+the\s+|at\s+)(?:morning|afternoon|evening|night)\b))",
    re.IGNORECASE,
)
# The dot after "m" only closes "a.m."; after "6am." it ends the sentence.
MERIDIEM = re.compile(
    r"\b(?:at\s+)?" + _HOUR + r"(?:[:.]([0-5]\d))?\s*([ap])(?:\.\s?m\b\.?|\s?m\b)", re.IGNORECASE
)
TWENTY_FOUR = re.compile(
    r"\b(?:at\s+)?([01]?\d|2[0-3])[:h]([0-5]\d)\b(?:\s*(?:hrs|hours|h)\b)?", re.IGNORECASE
)
# Units a number measured in is followed by ("12 bar", "40 psi", "5 kg"): a value, not a time.
UNITS = (
    r"ppm|ppb|rpm|kwh|kw|mw|hz|psi|bar|kpa|mbar|mph|kph|km|kg|lbs?|ft|feet|"
    r"degrees?|percent|units?|dollars?|usd|eur|gbp|bytes?|mb|gb|tb|ms"
)
# "every weekday 11.45", "Mondays at 08.30": an hour and its minutes joined by a dot, read only
# beside schedule words (see schedule._read_dotted_times), so "below 1.05", "£11.45" and
# "version 2.10" stay numbers.
DOTTED = re.compile(
    r"(?<![\w$\u00a3\u20ac.])(?:at\s+)?([01]?\d|2[0-3])\.([0-5]\d)"
    rf"(?![\w.%\u00b0]|,\d|\s*(?:{UNITS})\b)",
    re.IGNORECASE,
)
# "at 0600", "At 2130": a four-digit 24-hour time without a colon, read only after "at", with
# a valid hour and minute, and not when a unit or a counted noun follows ("at 1000 ppm",
# "at 1200 users", "at 1230 Main Street"); years and counts elsewhere stay numbers.
MILITARY = re.compile(
    r"\bat\s+([01]\d|2[0-3])([0-5]\d)\b"
    rf"(?!\s*(?:%|[:./,-]\d|(?:{UNITS}|street|st|avenue|ave|"
    r"road|rd|lane|drive|blvd|way|block)\b|(?!hours\b|hrs\b)[a-z]{2,}s\b))",
    re.IGNORECASE,
)
OCLOCK = re.compile(r"\b(?:at\s+)?" + _HOUR + r"\s*o'?clock\b", re.IGNORECASE)
# "at 9 and 5": the hour after "and" in a list of bare hours is a time too.
BARE = re.compile(
    r"(?:\bat\s+|(?<=\bat \d and )|(?<=\bat \d\d and ))(\d{1,2})\b"
    r"(?!\s*(?:%|[:./]\d|st\b|nd\b|rd\b|th\b|minutes?|mins?|hours?|hrs?|"
    r"days?|seconds?|secs?|weeks?|months?|percent|times?|items?|errors?))",
    re.IGNORECASE,
)

# "at six in the morning", "… and 7 in the morning": an hour after "at", or listed after another
# time, is a time when a period follows it (the period is read from the text itself, where the
# schedule grammar may already have blanked it); "the top five in the morning" stays a count.
# "Nine at night, every night: …": opening the instruction or a sentence, it is the run's time
# too, as a heading ("opening" is then matched, empty).
HOUR_BEFORE_PERIOD = re.compile(
    r"(?:\bat\s+|(?<=\band\s)|(?<=,\s)|(?P<opening>^\s*|(?<=[.;:!?\n]\s)|(?<=\n)))"
    + _HOUR
    + r"\b(?=\s+(?:in\s+the\s+|at\s+)"
    r"(?:morning|afternoon|evening|night)\b)",
    re.IGNORECASE,
)
# "Sunday evenings at nine", "daily at seven, …": an hour spelled out after "at" is a time where
# schedule words stand beside it (see schedule._read_spelled_hours); a counted noun after it
# ("at nine stores", "at one of our sites") keeps it a count.
SPELLED_HOUR = re.compile(
    r"\bat\s+(?=[efnost])("
    + alternation(_HOUR_WORDS)
    + r")\b(?!\s*(?:[:.]\d|%|-\w|o'?clock\b)|\s+(?:of|or|(?!this\b)[a-z]{2,}s)\b)",
    re.IGNORECASE,
)
# A period right after a time: "quarter past six in the morning", "11 at night".
OWN_PERIOD = re.compile(
    r"\s+(?:in\s+the\s+|at\s+)(morning|afternoon|evening|night)\b", re.IGNORECASE
)

# "half past four", "at ten to six", "at six in the evening", "seven o'clock": a clock time
# spelled out, told apart from a count by the words around its number.
SPELLED_TIME = re.compile(
    r"\b(?:half|quarter)\s+(?:past|to|after|till|before)\s|\bo'?clock\b|\bat\s+(?:a\s+)?(?:"
    + alternation(_MINUTE_WORDS)
    + r")\s+(?:(?:minutes?\s+)?(?:past|to|after|till|before)\s|"
    r"(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b)",
    re.IGNORECASE,
)

# "at 7:35 sharp", "9am on the dot", "at precisely 18:00": a time said to be kept to the minute
# is that time, and the word that says so is the schedule's ("sharp" alone elsewhere is no time).
PUNCTUAL_AFTER = re.compile(
    r"[ \t]*(?:sharp|on\s+the\s+dot|exactly|precisely|prompt)\b", re.IGNORECASE
)
PUNCTUAL_BEFORE = re.compile(
    r"(?:\bat\s+)?\b(?:exactly|precisely|promptly|prompt|sharp)\s+(?:at\s+)?$", re.IGNORECASE
)
PUNCTUAL_WORDS = ("sharp", "dot", "exact", "precise", "prompt")

# Order matters: the more specific forms run first and blank what they read ("a quarter to
# midnight" is read whole before "midnight" alone).
PATTERNS = (PAST_TO, NAMED, MERIDIEM, TWENTY_FOUR, MILITARY, OCLOCK, BARE)
# What each needs, looked for first in the lower-cased text (cheap): see ScheduleScanner.take.
NEEDS = {
    PAST_TO: ("half", "quarter", "past", "to", "after", "till", "before"),
    NAMED: ("noon", "midday", "midnight"),
    MERIDIEM: re.compile(r"[ap](?:\.\s?|\s?)m"),
    TWENTY_FOUR: re.compile(r"\d[:h][0-5]\d"),
    MILITARY: re.compile(r"\d{4}"),
    OCLOCK: ("clock",),
    BARE: re.compile(r"at\s+\d"),
}


@dataclass(frozen=True)
class ClockTime:
    """A time of day; `explicit_half` says whether am/pm (or noon/midnight) fixed the half."""

    hour: int
    minute: int
    explicit_half: bool
    bare: bool = False  # "at 3": an hour with nothing after it


def _hour_value(word: str) -> int:
    return int(word) if word.isdigit() else _HOUR_WORDS[word.lower()]


def read_clock(pattern: re.Pattern[str], match: re.Match[str]) -> ClockTime | None:
    """Turn a match of one of PATTERNS into a ClockTime; None when the numbers are no time."""
    if pattern is NAMED:
        word = match.group(1).lower()
        return ClockTime(0 if word == "midnight" else 12, 0, True)
    if pattern is PAST_TO:
        return _past_or_to(match)
    if pattern is MERIDIEM:
        return _with_meridiem(_hour_value(match.group(1)), int(match.group(2) or 0), match.group(3))
    if pattern is MILITARY:
        # The leading zero or the hour past 12 says the clock is the 24-hour one.
        return ClockTime(int(match.group(1)), int(match.group(2)), True)
    if pattern is TWENTY_FOUR:
        return ClockTime(int(match.group(1)), int(match.group(2)), int(match.group(1)) >= 13)
    hour = _hour_value(match.group(1))
    if hour > 23:
        return None
    return ClockTime(hour, 0, hour >= 13 or hour == 0, bare=pattern is BARE)


# "blasting is at 2pm. fifteen minutes before that, post …": the run comes that long before the
# time just said. Only "before": a run cannot wait backwards, while "an hour after that, email …"
# is a wait in the run; and the reference closes the phrase ("24 hours before it starts" is a test).
EARLIER = re.compile(
    rf"\b({NUMBER_PATTERN})\s+(minutes?|mins?|hours?|hrs?)\s+(?:before|ahead\s+of|prior\s+to)\s+"
    r"(?:that|then|it|this)(?=\s*(?:[,;:.\u2013\u2014-]|$))",
    re.IGNORECASE,
)


def earlier_by(time: ClockTime, match: re.Match[str]) -> ClockTime | None:
    """Return `time` moved back by the span EARLIER matched; None when it would leave the day."""
    count = parse_number(match.group(1)) or 0
    minutes = count * (60 if match.group(2).lower().startswith("h") else 1)
    moved = time.hour * 60 + time.minute - minutes
    if moved < 0:
        return None  # the day would move too, which the run's days do not say
    return ClockTime(moved // 60, moved % 60, True)


_NAMED_HOURS = {"noon": 12, "midday": 12, "midnight": 0}


def _past_or_to(match: re.Match[str]) -> ClockTime | None:
    """Read "quarter to midnight", "five to eleven", "half past 8": minutes off an hour."""
    if match.group("fraction"):
        minute = 30 if match.group("fraction").lower() == "half" else 15
        way, said, half = match.group("way", "hour", "half")
        if way is None:
            told = match.group().lower().startswith("at ") or half is not None
            if not (told or OWN_PERIOD.match(match.string, match.end())):
                return None  # "cut the list in half 5 times" is no time
            way = "past"
    else:
        words = match.group("words")
        minute = (
            int(match.group("digits"))
            if words is None
            else _MINUTE_WORDS.get(words.lower())
            or 20 + NUMBER_WORDS[re.split(r"[\s-]", words.lower())[1]]
        )
        way, said, half = match.group("way2", "hour2", "half2")
    if not 1 <= minute <= 30:
        return None
    named = _NAMED_HOURS.get(said.lower())
    hour = named if named is not None else _hour_value(said)
    if hour > 23:
        return None
    if way.lower() in ("to", "till", "before"):
        # "a quarter to one": without am/pm, 12:45 (noon's hour), not 00:45.
        hour, minute = (hour - 1) % 24, 60 - minute
        if hour == 0 and named is None and half is None:
            hour = 12
    if named is not None:
        return ClockTime(hour, minute, True)  # noon and midnight fix the half of the day
    time = _with_meridiem(hour, minute, half)
    if time is not None and half is None and 1 <= _hour_value(said) <= 5:
        # "half past four", "ten to two": the hour said is a bare one, afternoon as "at 4" is.
        return ClockTime(time.hour, time.minute, False, bare=True)
    return time


def _with_meridiem(hour: int, minute: int, half: str | None) -> ClockTime | None:
    if half is None:
        return ClockTime(hour, minute, hour >= 13)
    if not 1 <= hour <= 12:
        return None
    hour %= 12
    if half.lower() == "p":
        hour += 12
    return ClockTime(hour, minute, True)


def minutes_to_hour(match: re.Match[str]) -> ClockTime | None:
    """Turn a match of MINUTES_TO_BEFORE_PERIOD into a ClockTime its period or am/pm will place."""
    hour = _hour_value(match.group("hour"))
    if not 1 <= hour <= 12:
        return None
    said = match.group("minutes").lower()
    minutes = 25 if said.startswith("twenty") and said.endswith("five") else NUMBER_WORDS[said]
    if match.group("half") is None:
        return ClockTime(hour - 1 or 12, 60 - minutes, False)  # "ten to one": 12:50, as "at" does
    told = _with_meridiem(hour, 0, match.group("half"))
    if told is None:
        return None
    moved = (told.hour * 60 - minutes) % (24 * 60)
    return ClockTime(moved // 60, moved % 60, True)


def hour_before_period(match: re.Match[str]) -> ClockTime:
    """Turn a match of HOUR_BEFORE_PERIOD into a ClockTime its period will place."""
    return ClockTime(_hour_value(match.groups()[-1]), 0, False, bare=True)  # the hour is last


def placed_by(time: ClockTime, period: str) -> ClockTime:
    """Fix the half of the day of `time` by the period written right after it."""
    hour, minute = apply_period(time, period.lower())
    return ClockTime(hour, minute, True)


def apply_period(time: ClockTime, period: str | None) -> tuple[int, int]:
    """Place a time without am/pm in the half of the day that `period` names."""
    hour = time.hour
    if time.explicit_half:
        return hour, time.minute
    if period is None:
        # "every Friday at 3": work is scheduled in the afternoon; 3am is written "3am" or "03:00".
        return (hour + 12 if time.bare and 1 <= hour <= 5 else hour), time.minute
    if (period in ("afternoon", "evening") and hour < 12) or (period == "night" and 6 <= hour < 12):
        hour += 12
    elif period == "morning" and hour == 12:
        hour = 0
    return hour, time.minute
