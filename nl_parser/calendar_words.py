"""Day and date vocabulary: weekday names, ordinals and month names, with cron numbering.

Weekdays follow standard cron: 0 = Sunday, 1 = Monday … 6 = Saturday.
"""

import re

from nl_parser.lexicon import NUMBER_WORDS, alternation

# A span of time data belongs to: "today", "next week", "the day", "this quarter"; a part of
# the day too ("the morning's admissions", "this afternoon's deliveries"); the one before, told
# as "the previous week", "the past month", "the prior quarter"; or the span the schedule just
# named, pointed back at ("on the 28th of each month, … that month's kiln firings").
DATA_SPAN = (
    r"(?:yesterday|today|tonight|tomorrow|last\s+night|"
    r"(?:this|last|next|that|(?:the\s+)?(?:previous|past|prior)|the|the\s+coming|the\s+following)\s+"
    r"(?:week|weekend|fortnight|month|quarter|year|day|night|shift|morning|afternoon|evening))"
)

# "the last three hours", "the past 24 hours", "the previous seven days": a counted span back
# from the run, a span of data as "yesterday" is.
COUNTED_SPAN = (
    r"(?:the\s+)?(?:last|past|previous|prior)\s+(?:hour|(?:\d+|"
    + alternation(w for w in NUMBER_WORDS if w not in ("a", "an", "one"))
    + r")\s+(?:minutes|hours|days|nights|weeks|months|shifts))"
)

WEEKDAYS = {"sun": 0, "mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6}
MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}

# Full names in any case; abbreviations only capitalised, since "sat", "sun" and "wed" are words.
# "every other day", "every other Tuesday": what "every other" repeats when it is a schedule's;
# "every other repair" is the rest of the items, after some were sent elsewhere.
OTHER_PERIOD = (
    r"(?=\s+(?:day|week|hour|min|month|quarter|year|fortnight|morning|afternoon|evening|night|"
    r"business|working|weekday|weekend|shift|sun|mon|tue|wed|thu|fri|sat)|\s*(?:[^\w\s]|$))"
)
# Each list of names below opens with a look-ahead at the letters every name starts with: it turns
# most positions away at once, before the names (and their look-behinds) are tried one by one.
DAY = (
    r"(?=(?i:[fmstw][aehoru]))(?:(?:sun|mon|tues|wednes|thurs|fri|satur)days?"
    r"|(?-i:(?:Sun|Mon|Tues?|Weds?|Thu(?:rs?)?|Fri|Sat)\b\.?))"
)
# The days short, an alternation to wrap ("Weds" is Wednesday short with its "s", as "Tues" and
# "Thurs" are theirs); written once for the schedule's readings of them too.
SHORT_DAY = r"sun|mon|tues?|weds?|thu(?:rs?)?|fri|sat"
# Inside an explicit range ("mon-fri") lower-case abbreviations are safe.
RANGE_DAY = rf"(?:(?:sun|mon|tues|wednes|thurs|fri|satur)days?|{SHORT_DAY})"
_FULL_MONTH = (
    r"(?:january|february|march|april|june|july|august|september|october|november|december)"
)
_LOWER_MAY = (
    r"\bmay\b(?=\s*\d{1,2}(?:st|nd|rd|th)?\b(?!\s*(?:hours?|minutes?|days?|weeks?|times?)\b)"
    rf"|\s*(?:-|\u2013|\u2014|to|through|thru|until|till)\s*{_FULL_MONTH})"
    r"|(?<=\d\s)may\b|(?<=\bof\s)may\b(?=\s*(?:[^\w\s]|$))"
    r"|(?<=\bin\s)may\b(?=\s*(?:[^\w\s]|$))|(?<=\bduring\s)may\b|(?<=\bthroughout\s)may\b"
    # … in a list of months ("february, may, august"), or ending a range ("march to may:").
    rf"|\bmay\b(?=\s*(?:,|and|or)\s*{_FULL_MONTH})"
    r"|(?:(?<=\bto\s)|(?<=\bthrough\s)|(?<=\bthru\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=[-\u2013]))"
    r"may\b(?=\s*(?:[^\w\s]|$))"
    # … or last in a list of months ("in april and may, every 15 minutes", "april and may only"):
    # one look-behind a month, since a look-behind has one width.
    + "|(?:"
    + "|".join(
        rf"(?<=\b{month}\sand\s)|(?<=\b{month},\s)" for month in _FULL_MONTH[3:-1].split("|")
    )
    + r")may\b(?=\s*(?:[^\w\s]|only\b|$))"
)
MONTH = (
    r"(?=(?i:[adfjmnos][aceopru][bcglnprtvy]))"
    r"(?:january|february|march|april|june|july|august|september|october|november|december"
    r"|(?-i:May)|(?-i:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?)"
    # Lower-case, an abbreviation is a month only before a day's number ("on sept 18").
    r"|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?(?=\s*\d{1,2}(?:st|nd|rd|th)?\b)"
    # … or after one ("10:00 on 1 oct", "the 3rd dec"), as lower-case "may" is ("1 may").
    r"|(?:(?<=\d\s)|(?<=\d(?:st|nd|rd|th)\s))(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?"
    # Lower-case "may" is the month beside a day's number ("may 20th", "1 may"), before a
    # range's end ("may through october"), or ending a phrase after "in" ("in may — no wait").
    rf"|{_LOWER_MAY})"
)
# Inside a dashed range of two ("oct-dec only", often an en dash) lower-case abbreviations
# are months too.
RANGE_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)"

# "daily at 05:30 in sept + oct", "during nov and dec": lower-case abbreviations listed after
# "in" or "during" are months too; written as capitals (the same length) MONTH reads them.
_SHORT = r"(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(?![\w'-])\.?"
_MONTHS_NAMED_SHORT = re.compile(
    rf"\b(?i:in|during|throughout)\s+(?P<months>{_SHORT}"
    rf"(?:(?:\s*,\s*(?:and\s+)?|\s+(?:and|or)\s+|\s*[&+]\s*){_SHORT})*)"
)
_ONE_SHORT = re.compile(_SHORT)


def capitalize_short_months(text: str) -> str:
    """Return `text` with abbreviated months listed after "in"/"during" capitalized."""
    return _MONTHS_NAMED_SHORT.sub(_capitalized, text)


def _capitalized(match: re.Match[str]) -> str:
    start = match.start("months") - match.start()
    months = _ONE_SHORT.sub(lambda m: m.group().capitalize(), match.group("months"))
    return match.group()[:start] + months


_UNITS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
]
ORDINAL_WORDS = {word: n for n, word in enumerate(_UNITS, start=1)}
ORDINAL_WORDS["twentieth"] = 20
ORDINAL_WORDS["thirtieth"] = 30
for _n, _word in enumerate(_UNITS[:9], start=1):
    ORDINAL_WORDS[f"twenty-{_word}"] = 20 + _n
    ORDINAL_WORDS[f"twenty {_word}"] = 20 + _n
ORDINAL_WORDS["thirty-first"] = ORDINAL_WORDS["thirty first"] = 31

NUMERIC_ORDINAL = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)"
WORD_ORDINAL = "(?:" + alternation(ORDINAL_WORDS) + ")"
ORDINAL = f"(?:{NUMERIC_ORDINAL}|{WORD_ORDINAL})"
ORDINAL_RE = re.compile(ORDINAL, re.IGNORECASE)


def weekday_number(word: str) -> int:
    """Return the cron weekday (0 = Sunday) of a day name or abbreviation."""
    return WEEKDAYS[word.lower().strip(".")[:3]]


def month_number(word: str) -> int:
    """Return the month number (1-12) of a month name or abbreviation."""
    return MONTHS[word.lower().strip(".")[:3]]


def ordinal_value(word: str) -> int:
    """Return the day number of an ordinal written "15th" or "fifteenth"."""
    word = word.lower()
    if word[0].isdigit():
        return int(re.match(r"\d+", word).group())
    return ORDINAL_WORDS[word]


def weekday_range(first: int, last: int) -> set[int]:
    """Return the weekdays from `first` to `last` inclusive, wrapping past Saturday."""
    days = {first}
    day = first
    while day != last:
        day = (day + 1) % 7
        days.add(day)
    return days


def cron_list(values: set[int]) -> str:
    """Write numbers as a cron list, folding runs of three or more into ranges."""
    ordered = sorted(values)
    parts: list[str] = []
    start = 0
    while start < len(ordered):
        end = start
        while end + 1 < len(ordered) and ordered[end + 1] == ordered[end] + 1:
            end += 1
        if end - start >= 2:
            parts.append(f"{ordered[start]}-{ordered[end]}")
        else:
            parts.extend(str(v) for v in ordered[start : end + 1])
        start = end + 1
    return ",".join(parts)
