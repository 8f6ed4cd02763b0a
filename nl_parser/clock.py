"""Read clock times ("9am", "9:45", "17:00", "0600", "6:45pm", "noon", "half past 8") from text.

A bare hour ("at 8", "9:45") is read on the 24-hour clock unless a period word of the same
instruction ("every morning", "in the evening", "nightly") says which half of the day is meant;
with no period word, "at 1" to "at 5" are afternoon hours.
"""

import re
from dataclasses import dataclass

from nl_parser.lexicon import NUMBER_PATTERN, NUMBER_WORDS, parse_number

# Hours spelled out, "one" to "twelve" (the number words that can name a clock hour).
_HOUR_WORDS = {
    word: number
    for word, number in NUMBER_WORDS.items()
    if 1 <= number <= 12 and word not in ("a", "an")
}
_HOUR = r"(\d{1,2}|" + "|".join(_HOUR_WORDS) + r")"

NAMED = re.compile(r"\b(?:at\s+)?(?:12\s+)?(noon|midday|midnight)\b", re.IGNORECASE)
PAST_TO = re.compile(
    r"\b(?:at\s+)?(half|quarter)\s+(past|to|after)\s+"
    + _HOUR
    + r"\b(?:\s*([ap])(?:\.\s?m\b\.?|\s?m\b))?",
    re.IGNORECASE,
)
# The dot after "m" only closes "a.m."; after "6am." it ends the sentence.
MERIDIEM = re.compile(
    r"\b(?:at\s+)?" + _HOUR + r"(?:[:.]([0-5]\d))?\s*([ap])(?:\.\s?m\b\.?|\s?m\b)", re.IGNORECASE
)
TWENTY_FOUR = re.compile(
    r"\b(?:at\s+)?([01]?\d|2[0-3])[:h]([0-5]\d)\b(?:\s*(?:hrs|hours|h)\b)?", re.IGNORECASE
)
# "at 0600", "At 2130": a four-digit 24-hour time without a colon, read only after "at", with
# a valid hour and minute, and not when a unit or a counted noun follows ("at 1000 ppm",
# "at 1200 users", "at 1230 Main Street"); years and counts elsewhere stay numbers.
MILITARY = re.compile(
    r"\bat\s+([01]\d|2[0-3])([0-5]\d)\b"
    r"(?!\s*(?:%|[:./,-]\d|(?:ppm|ppb|rpm|kwh|kw|mw|hz|psi|mph|kph|km|kg|lbs?|ft|feet|"
    r"degrees?|percent|units?|dollars?|usd|eur|gbp|bytes?|mb|gb|tb|ms|street|st|avenue|ave|"
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

# Order matters: the more specific forms run first and blank what they read.
PATTERNS = (NAMED, PAST_TO, MERIDIEM, TWENTY_FOUR, MILITARY, OCLOCK, BARE)


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
        hour = _hour_value(match.group(3))
        minute = 30 if match.group(1).lower() == "half" else 15
        if match.group(2).lower() == "to":
            hour, minute = (hour - 1) % 24, 60 - minute
        return _with_meridiem(hour, minute, match.group(4))
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


def _with_meridiem(hour: int, minute: int, half: str | None) -> ClockTime | None:
    if half is None:
        return ClockTime(hour, minute, hour >= 13)
    if not 1 <= hour <= 12:
        return None
    hour %= 12
    if half.lower() == "p":
        hour += 12
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
