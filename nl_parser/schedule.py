"""Turn the schedule words of an instruction into a 5-field cron expression and an IANA zone.

Grammar pieces: clock times (see clock.py), weekdays, weekday lists and ranges, weekdays/weekends,
days of the month, months (one, a list, a range "June through August", a season only through
the months written beside it), intervals ("every 15 minutes", "every other hour", "hourly", "on the
half hour"), several times a day ("twice a day at 9am and 5pm") and cadence words ("daily",
"weekly", "monthly", "nightly", "every morning").

Defaults, when the text gives no clock time: 09:00 for daily, weekly, weekday and monthly
schedules (a working-hours job is the common case); the period's hour for "every morning" (09:00),
"afternoon" (14:00), "evening" (18:00) and "nightly"/"every night" (00:00); "weekly" alone means
Mondays, "monthly" alone the 1st, "quarterly" the 1st of Jan/Apr/Jul/Oct, "yearly" the 1st of
January; "twice a day" alone means 09:00 and 17:00. The zone is UTC unless the text names one.
What 5-field cron cannot say ("the last day of the month", "every 90 minutes", "every other
week", seconds) gives a warning; when it cannot be approximated honestly the schedule is None.
"""

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from nl_parser import clock
from nl_parser.cadence_classes import blank_cadence_classes
from nl_parser.calendar_words import (
    DAY,
    MONTH,
    NUMERIC_ORDINAL,
    ORDINAL,
    ORDINAL_RE,
    ORDINAL_WORDS,
    RANGE_DAY,
    RANGE_MONTH,
    SHORT_DAY,
    capitalize_short_months,
    month_number,
    ordinal_value,
    weekday_number,
    weekday_range,
)
from nl_parser.cron_fields import ScheduleSpec, build_cron
from nl_parser.data_days import REPEATS, TOMORROW, WEEKEND_WORD, blank_data_days, scattered_days
from nl_parser.fixed_holidays import HOLIDAY_DATE, HOLIDAY_WORDS, holiday_date
from nl_parser.intervals import Hint, read_intervals
from nl_parser.lexicon import (
    NUMBER_PATTERN,
    NUMBER_WORDS,
    alternation,
    blank_all,
    names_any,
    parse_number,
)
from nl_parser.result import Schedule
from nl_parser.start_days import start_day_spans
from nl_parser.timezones import find_zone

_I = re.IGNORECASE
_EVERY = r"(?:every|each)"
# "1st of month, 06:00", "day 5 of month": a terse note drops the article, the day stays the same.
_OF_MONTH = r"(?:day\s+)?of\s+(?:(?:the|each|every|a)\s+)?month"

# Emails, URLs and channels are hidden first: digits inside them are never schedule words.
# "Those live at https://…/clubs. Every evening 8:45": the stop after an address ends its
# sentence and stays, so "at" before the address never reaches the time in the next one.
_OPAQUE = re.compile(r"https?://\S+?(?=[.,;:!?)]*(?:\s|$))|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|#[\w-]+")
_PER_DAY = re.compile(
    rf"\b(twice|({NUMBER_PATTERN})\s+times)\s+(?:an?|per|each|every)\s+day\b|\btwice\s+daily\b",
    _I,
)
# "the nightly backup", "every failed nightly job": before a thing a cadence word is an adjective.
_THING = (
    r"(?!\s+(?:jobs?|backups?|builds?|exports?|imports?|runs?|reports?|batch|syncs?|digests?|"
    r"summar(?:y|ies)|emails?|deploys?|deployments?|process|tasks?|updates?|loads?|meetings?|"
    r"standups?|newsletters?|reviews?|numbers|stats|metrics|sales|revenue|totals?)\b)"
)
# "after each evening show ends": after "after", each evening is an event's adjective, no run.
# "the clinic's nightly database backup": after a possessive, as after a determiner, it is one too.
# (the look-ahead at the first letters turns most positions away before the look-behinds run)
_PERIOD = re.compile(
    rf"(?=[aei])(?<!\bafter )\b(?:{_EVERY}\s+|in\s+the\s+|at\s+)(morning|afternoon|evening|night)\b"
    r"(?!['\u2019]s\b)"  # "each night's lane bookings": the span of the data, not a cadence
    r"|(?=[aemnt])(?<!\bthe )(?<!\bour )(?<!\ba )(?<!'s )(?<!\u2019s )"
    r"\b(mornings|afternoons|evenings|nights|tonight|nightly)\b"
    r"(?!['\u2019]s\b)" + _THING,  # "pull tonight's VIP arrivals": a possessive names the data
    _I,
)
# "last month's room nights", "the guest nights sold": a plural period after an owner or a
# determiner and a noun is what is counted (a compound noun), no cadence; a day's own nights
# ("our Friday nights") and a week's ("the weekday evenings") are still runs.
_COUNTED_PERIODS = re.compile(
    r"(?:\b(?:the|our|their|its|your|this|that|these|those)|['\u2019]s)\s+"
    rf"(?!(?:{DAY}|week\w*|every|each|all|most|some|late|early|weeknight)\b)[a-z]+\s+$",
    _I,
)
# "summarise which nights sold out", "how many evenings were booked": a plural period asked
# about is what the data tells, no cadence.
_ASKED_PERIODS = re.compile(r"\b(?:which|what|whichever|how\s+many)\s+$", _I)
# "14 nights", "three evenings": a count of periods, a span of time.
_COUNTED = re.compile(
    r"(?<![:.])\b(?:\d+|"
    + alternation(w for w in NUMBER_WORDS if w not in ("a", "an"))
    + r"|several|few|many)\s+$",
    _I,
)
# "the nightly backup", "a weekly report": after a determiner a cadence word is an adjective.
# After a possessive too ("a member's monthly dues", "their weekly hours").
_CADENCE = re.compile(
    # (the cadence's first letter is looked for before the many look-behinds, which cost a lot)
    r"(?=[abdefmoqwy])"
    r"(?<!\bthe )(?<!\bour )(?<!\bthis )(?<!\bthat )(?<!\ba )(?<!\bits )(?<!\byour )"
    r"(?<!'s )(?<!\u2019s )(?<!\btheir )(?<!\bhis )(?<!\bher )"
    # "extract the names, start date and monthly rent, and …": the last of a list of things,
    # a cadence word with one noun after it, is an adjective too; so when the list is taken
    # "from each one" (or "for every lease") or ends the text.
    r"(?!(?:(?<=, )|(?<=\band ))[a-z]+ly\s+"
    r"(?!(?:at|on|in|by|from|to|for|via|and|or)\b)[a-z]+"
    r"(?:\s*(?:[,;.]|$)|\s+(?:from|of|for|in|on)\s+(?:each|every)\b))"
    # "pull the landlord, tenant, monthly rent and break date": between a list's comma and its
    # "and", a cadence word with one noun after it is a field's adjective as well.
    rf"(?!(?<=, )[a-z]+ly\s+(?!(?:at|on|in|by|from|to|for|via|and|or|please|{DAY})\b)[a-z]+"
    r"\s+and\s)"
    # "extract the tenant name, move-in date and monthly rent and drop them into …": between
    # the list's "and" and the "and" of the next step, it is the last field's adjective.
    r"(?!(?<=\band )[a-z]+ly\s+(?!(?:at|on|in|by|from|to|for|via|and|or)\b)[a-z]+\s+and\s)"
    rf"\b(daily|every\s*day|{_EVERY}\s+day|once\s+(?:a|per)\s+day|weekly|once\s+(?:a|per)\s+week"
    rf"|monthly|once\s+(?:a|per)\s+month|quarterly|{_EVERY}\s+quarter(?![\s-]+(?:of\s+an?\s+)?hour)"
    rf"|yearly|annually|{_EVERY}\s+year"
    r"|bi-?weekly|fortnightly)\b" + _THING,
    _I,
)
# "the Fernhollow Kombucha monthly box", "our Harbour FM weekly round-up": a cadence word between
# a name in capitals (after its determiner) and a noun is a word of the thing's name, no run.
_NAME_BEFORE = re.compile(
    r"\b(?i:the|our|their|its|your|my|a|an)\s+[A-Z][\w'&.-]*(?:\s+[A-Z][\w'&.-]*){0,3}\s+$"
)
_THING_AFTER = re.compile(
    r"\s+(?!(?:at|on|in|by|from|to|for|via|and|or|until|with|then|please|starting)\b)[a-z][\w-]*\b"
)


# "the employer and gross monthly pay", "their average weekly hours": a cadence word after a
# word that says how a figure is measured, and before a noun, is the figure's adjective.
_MEASURE_BEFORE = re.compile(
    r"\b(?i:gross|net|average|avg|total|mean|median|typical|usual|estimated|expected|combined|"
    r"base|basic|minimum|maximum|current)\s+$"
)


def _measured_thing_at(work: str, match: re.Match[str]) -> bool:
    """Tell "the gross monthly pay" (a figure) from a run's cadence."""
    return (
        " " not in match.group(1)
        and bool(_MEASURE_BEFORE.search(work, max(0, match.start() - 20), match.start()))
        and bool(_THING_AFTER.match(work, match.end()))
    )


def _named_thing_at(work: str, match: re.Match[str]) -> bool:
    """Tell "the Fernhollow Kombucha monthly box" (a name) from "… to the Ops Team monthly"."""
    return (
        " " not in match.group(1)
        and bool(_NAME_BEFORE.search(work, max(0, match.start() - 60), match.start()))
        and bool(_THING_AFTER.match(work, match.end()))
    )


_WEEKDAYS = re.compile(
    r"\b(?:(?:every|each|on|all)\s+)?"
    # "enters a new hire in Workday": after a preposition of place the word is the HR system.
    r"(?<!\bin )(?<!\binto )(?<!\bfrom )(?<!\bthrough )"
    r"(?:week\s?days?|business\s+days?|working\s+days?|work\s?days?|school\s?days?)\b"
    # "every weekday morning at 7": the period says which half of the day the hour is in
    r"(?:\s+(?P<period>morning|afternoon|evening|night)s?\b)?"
    # "on weeknights": the nights of the working week
    r"|\b(?:(?:every|each|on|all)\s+)?week-?(?P<nights>night)s?\b",
    _I,
)
# "the weekend on-call schedule": after a determiner, as with cadence words, it is an adjective;
# "wish everyone a good weekend": after a wish's adjective it is the thing wished.
# "Hackathon weekend: …", "race weekend": one weekend, named by the noun before it, is an event's;
# alone ("weekends at 9") or after every/on it is each weekend.
_WEEKENDS = re.compile(
    r"\b(?:(?:every|each|on|at|over)\s+(?:the\s+)?week-?ends?"
    r"|(?<!\bthe )(?<!\bour )(?<!\bthis )(?<!\ba )"
    r"(?<!\bgood )(?<!\bnice )(?<!\bgreat )(?<!\blovely )(?<!\bhappy )(?<!\blong )"
    r"(?<!\bof )(?:week-?ends|(?<![a-z] )week-?end))\b" + _THING,  # "a summary of weekend sales"
    _I,
)
# "pulls from https://… Monday to Friday": the lead word stands right before the first day; a
# blanked address between them says it leads the address, not the range.
_DAY_RANGE = re.compile(
    rf"\b(?:(?:every|each|on|from)\s{{1,2}})?({RANGE_DAY})\s*(?:-|\u2013|to|through|thru|until|till)\s*"
    rf"({RANGE_DAY})\b",
    _I,
)
# A clock time after lower-case days makes them days: "7:30am", "7.30am", "at 7:30"; a dotted
# one without am/pm only after "at" ("at 07.30"): "sat 12.50 in fees" is no time.
_CLOCK_AHEAD = (
    r"\s+(?:at\s+)?\d{1,2}(?:[:.][0-5]\d)?\s*[ap]\.?m\b|\s+(?:at\s+)?\d{1,2}:[0-5]\d\b"
    r"|\s+at\s+\d{1,2}\.[0-5]\d\b(?!\.\d)"
)
# "every mon, wed and fri": after every/each/on, a list of days may be written in lower-case
# abbreviations throughout, as a range ("mon-fri") may; "fri + sat at 5pm": a plus joins two.
_DAY_LIST = re.compile(
    rf"\b(?:every|each|on)\s+({RANGE_DAY})\b\.?"
    rf"(?:(?:\s*,\s*(?:and\s+)?|\s+(?:and|or)\s+|\s*[&/+]\s*|\s+)(?:{RANGE_DAY})\b\.?)+"
    # "mon, wed, fri at 6:30am", "sat + sun 8am": with no lead word, joined days right before a
    # clock time are days too, as one lower-case day before a clock time is (_DAY_NAME);
    # "mon wed fri 10pm": so are days with only spaces between them, as after every/each/on.
    rf"|\b{RANGE_DAY}\b\.?(?:(?:\s*,\s*(?:and\s+)?|\s+(?:and|or)\s+|\s*[&/+]\s*|\s+)"
    rf"{RANGE_DAY}\b\.?)+"
    # "sat & sun, 9:50 and 13:50": a comma may stand between the days and their times.
    rf"(?=,?(?:{_CLOCK_AHEAD}))"
    # "7:30am sat & sun, pull …": joined days right after a clock time are its days too.
    rf"|(?:(?<=\d[ap]m )|(?<=\d [ap]m )|(?<=\d:[0-5]\d ))\b{RANGE_DAY}\b\.?"
    rf"(?:(?:\s*,\s*(?:and\s+)?|\s+(?:and|or)\s+|\s*[&/+]\s*){RANGE_DAY}\b\.?)+"
    # "at 6:45am mon/wed/fri": days joined by slashes are no words, wherever they stand.
    rf"|(?<![\w/]){RANGE_DAY}(?:/{RANGE_DAY})+(?![\w/])",
    _I,
)
# "sat+sun every 30 min 6am-8pm": joined days right before an interval are its days, as they
# are before a clock time; read after the intervals, so the original text is looked at after them.
_JOINED_DAYS = re.compile(
    rf"\b{RANGE_DAY}\b\.?(?:(?:\s*,\s*(?:and\s+)?|\s+(?:and|or)\s+|\s*[&/+]\s*){RANGE_DAY}\b\.?)+",
    _I,
)
# "tue and fri, hourly: …": "hourly" is the interval as "every hour" is.
_INTERVAL_AHEAD = re.compile(r"\s*,?\s+(?:(?:every|each)\s|hourly\b)", _I)
# "fri + sat nights every 5 min", "tue mornings at 7": lower-case days, one or joined, right
# before a part of the day are days, as a full name is there ("Friday nights"); the period is
# looked for in the original text, since the cadence grammar may have read it already
# ("fri night's takings" names the data instead, and "the sun" after an article is the sun).
# A full name opening them is read with its period below, lead word and all.
_LOWER_DAYS = re.compile(
    r"(?=[efmostw][acehnoru])(?<!\bthe )(?<!\ba )\b(?:(?:every|each|on)\s+)?"
    rf"(?:{SHORT_DAY})\b\.?"
    rf"(?:(?:\s*,\s*(?:and\s+)?|\s+(?:and|or)\s+|\s*[&/+]\s*){RANGE_DAY}\b\.?)*",
    _I,
)
# "every Tuesday and Thursday evening", "Mon/Wed evening": a period after a set of days is the
# period of each of them, as after one day ("a Friday night's takings" names the data instead).
_PERIOD_AFTER_DAYS = re.compile(r"\s+(morning|afternoon|evening|night)s?\b(?!['\u2019]s\b)", _I)
# "at 6:30 every Sunday evening": the lead word is the phrase's, as it is before a day alone.
_DAY_PERIOD = re.compile(
    rf"\b(?:(?:every|each|on)\s+)?({DAY})\s+(morning|afternoon|evening|night)s?\b", _I
)
# After every/each/on a lower-case abbreviation is a day ("every fri"); alone it may be a word.
# Before a clock time it is a day too ("wed 5:30pm → post …"), as a month is before a date.
# "pull saturday's shifts": a possessive day names the data, as "tomorrow's" does, not a run.
_DAY_NAME = re.compile(
    rf"\b(?:(?:every|each|on)\s+(?:other\s+)?)?({DAY})(?!['\u2019]s\b)"
    rf"|\b(?:every|each|on)\s+(?:other\s+)?({SHORT_DAY})\b\.?(?!\w)"
    rf"|\b({SHORT_DAY})\b\.?"
    rf"(?={_CLOCK_AHEAD})",
    _I,
)
# "the first Monday", "every last Friday of the month": which one cron cannot say.
_NTH_DAY = re.compile(
    rf"\b(?:(?:on|every|each)\s+)?(?:the\s+)?(first|second|third|fourth|last|1st|2nd|3rd|4th)\s+"
    rf"({DAY})(?:\s+(?:of|in)\s+(?:the|each|every|a)\s+month)?",
    _I,
)
# "the month-end sales report", "our month-end close": after a determiner and before a noun,
# "month-end" names the thing, not when it runs ("at the month-end", "until month end" do).
_LAST_DAY = re.compile(
    r"\b(?:on\s+)?(?:the\s+)?last\s+(?:business\s+|working\s+)?(?:day\s+)?of\s+(?:the|each|every|a)"
    r"\s+month\b|\b(?:at\s+)?(?:the\s+)?end\s+of\s+(?:the|each|every)\s+month\b"
    r"|\bat\s+the\s+month[- ]end\b|\bthe\s+month[- ]end\b(?!\s+(?!(?:we|i|you|please)\b)[a-z])"
    r"|(?:\bat\s+)?(?<!\bthe\s)(?<!\bour\s)(?<!\ba\s)(?<!\bthis\s)(?<!\bits\s)(?<!\btheir\s)"
    r"(?<!\byour\s)(?<!\bmy\s)\bmonth[- ]end\b",
    _I,
)
_FIRST_DAY = re.compile(
    r"\b(?:(?:on|at)\s+)?the\s+(?:start|beginning)\s+of\s+(?:the|each|every)\s+month\b", _I
)
_ORDINAL_LIST = rf"{ORDINAL}(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)(?:the\s+)?{ORDINAL})*"
_DAYS_OF_MONTH = re.compile(
    rf"\b(?:(?:on|every|each)\s+)?(?:the\s+)?{_ORDINAL_LIST}\s+{_OF_MONTH}\b"
    # "on the 15th", and "every 15th" (but not "every 2nd Tuesday" nor "every 2nd day").
    rf"|\b(?:on\s+the|the|every|each)\s+{NUMERIC_ORDINAL}(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)"
    # … nor "the 1st of October", a date _MONTH_DAY reads whole.
    rf"(?:the\s+)?{NUMERIC_ORDINAL})*\b(?!\s+(?:{DAY}|day|week|month|hour|minute|time)s?\b)"
    rf"(?!\s+of\s+{MONTH})"
    rf"(?:\s+{_OF_MONTH}\b)?"
    rf"|\bday\s+(\d{{1,2}})\s+of\s+(?:(?:the|each|every)\s+)?month\b"
    # "10th and 25th monthly": bare ordinals are days of the month when a monthly cadence follows.
    rf"|\b{NUMERIC_ORDINAL}(?:(?:\s*,\s*|\s+and\s+|\s*&\s*){NUMERIC_ORDINAL})*"
    rf"(?=\s+(?:monthly|(?:each|every|a)\s+month)\b)",
    _I,
)
# "email the bulletin to crew@x.com, 1st, 7am", "… (15th @ 8:30am)", "7am on 28th": a bare
# day number standing as an item of the schedule, beside its clock time, is a day of the month
# ("the 1st shift at 7am" names a shift: a word after the number keeps it off).
_CLOCK = r"(?:\d{1,2}(?::[0-5]\d)?\s*[ap]\.?m\b|\d{1,2}:[0-5]\d\b|noon\b|midnight\b)"
_DAY_BEFORE_CLOCK = re.compile(
    rf"(?<![\w/.#'-])({NUMERIC_ORDINAL})(?![\w'])"
    rf"(?=\s*(?:[,;(@\u2013\u2014-]|->|\u2192|\bat\b)?\s*{_CLOCK})",
    _I,
)
_DAY_AFTER_CLOCK = re.compile(
    rf"{_CLOCK}\s*(?:[,;(\u2013\u2014-]|\bon\b)?\s*({NUMERIC_ORDINAL})(?![\w'])"
    r"(?=\s*(?:$|[,;:.!?)\u2013\u2014\u2192-]))",
    _I,
)
_ITEM_BREAKS = (",", ";", ":", "(", "\u2013", "\u2014", "\u2192", "->", " -", " on")
# "monthly:\n- 25th at 10:00", "weekly\n• 3rd @ 9": a day number opening a line (or a list
# item) stands as an item of the schedule, as one after a comma does.
_LINE_OPENING = re.compile(r"\n[ \t]*(?:[-*\u2022\u00b7]|\d{1,2}[.)])?[ \t]*$")
_MONTH_DAY = re.compile(
    # "every day in December 6:30am": a clock time after the month is no day of it.
    rf"\b(?:on\s+)?({MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?![:.]\d|\s*[ap]\.?m\b)"
    rf"|\b(?:on\s+)?(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH})",
    _I,
)
# "on 14 and 15 March", "March 14th & 15th": a list of day numbers beside one month, each its day.
_DAY_NUMBER = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\w:.])(?!\s*[ap]\.?m\b)"
_DAY_NUMBER_LIST = rf"{_DAY_NUMBER}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*){_DAY_NUMBER})+"
_DAYS_OF_ONE_MONTH = re.compile(
    rf"(?<![\w:.,/-])(?:on\s+)?(?:the\s+)?(?P<before>{_DAY_NUMBER_LIST})\s+(?:of\s+)?"
    rf"(?P<month>{MONTH})\b"
    rf"|\b(?:on\s+)?(?P<month_first>{MONTH})\s+(?P<after>{_DAY_NUMBER_LIST})",
    _I,
)
# What any such list holds ("14 and 15", "5th, 15th"): the costly grammar runs only on it.
_DAY_NUMBERS_JOINED = re.compile(
    r"\d(?:st|nd|rd|th)?(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)\d", _I
)
# "from 1 to 24 December", "between the 1st and the 24th of May", "December 1-24": the days
# from one to the other within one month (a span across months is no one cron field).
_SPANNED_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\w:])(?!\.\d)(?!\s*[ap]\.?m\b)"
_SPAN_TO = r"\s*(?:-|\u2013|\u2014|to|through|thru|until|till)\s*"
_DAYS_SPANNED = re.compile(
    rf"(?<![\w:.,/-])(?:from\s+)?(?:the\s+)?(?P<first>{_SPANNED_DAY})(?:\s+(?:of\s+)?(?P<month_of_first>{MONTH}))?"
    rf"{_SPAN_TO}(?:the\s+)?(?P<last>{_SPANNED_DAY})\s+(?:of\s+)?(?P<month>{MONTH})"
    rf"|\bbetween\s+(?:the\s+)?(?P<first_b>{_SPANNED_DAY})(?:\s+(?:of\s+)?(?P<month_of_first_b>{MONTH}))?"
    rf"\s+and\s+(?:the\s+)?(?P<last_b>{_SPANNED_DAY})\s+(?:of\s+)?(?P<month_b>{MONTH})"
    rf"|\b(?:from\s+)?(?P<month_first>{MONTH})\s+(?P<first_m>{_SPANNED_DAY}){_SPAN_TO}"
    rf"(?:(?P<month_of_last>{MONTH})\s+)?(?:the\s+)?(?P<last_m>{_SPANNED_DAY})",
    _I,
)
# What any such span holds ("1 to 24", "1st-24th", "1 December to 24"): the costly grammar runs
# only on it.
_DAY_SPAN_WORDS = re.compile(
    r"\d(?:st|nd|rd|th)?(?:\s+[a-z]+\.?)?\s*(?:-|\u2013|\u2014|to|through|thru|until|till|and)\s*"
    r"(?:the\s+|[a-z]+\.?\s+)?\d",
    _I,
)
# Words every month or cadence pattern holds: without one, their long patterns cannot match.
_A_MONTH = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_A_CADENCE = ("daily", "day", "week", "month", "quarter", "year", "annually", "fortnightly")
_A_WORKING_DAY = ("week", "business", "work", "school")
_TIMES_A_DAY = ("twice", "times")
_A_DAY_NAME = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")
_A_NUMBERED_DAY = re.compile(r"\d(?:st|nd|rd|th)|day\s+\d", _I)
_ORDINAL_WORDS = frozenset(ORDINAL_WORDS)
_A_SEASON = ("summer", "winter", "spring", "autumn", "fall")
_A_MONTH_WORD = ("month",)
_A_PERIOD_WORD = ("morning", "afternoon", "evening", "night")
# "first thing monday (8am)", "first thing every Tuesday", "every weekday first thing": the start
# of the working morning, a word of the schedule ("the first thing to do is …" is a noun).
_FIRST_THING = re.compile(
    r"(?<!\bthe )(?<!\bmy )(?<!\bour )(?<!\bone )\bfirst\s+thing\b(?:\s+in\s+the\s+morning\b)?"
    rf"(?=\s*(?:[(,;.\u2014\u2013-]|$|(?:on|every|each|at|tomorrow|today)\b|{DAY}|weekdays?\b))",
    _I,
)
_A_FIRST_THING = ("first thing",)
_AN_ORDINAL = ("first", "second", "third", "fourth", "last", "1st", "2nd", "3rd", "4th")
_A_TOMORROW = ("tomorrow",)
_AHEAD_WORDS = ("before", "ahead", "prior")
# "Through December, every day at 16:30, …": opening a clause, "through" a month is during it;
# after other words it may be where a run ends ("daily through December 31").
_MONTH_ONLY = re.compile(
    rf"\b(?:every|each|in|during|throughout)\s+({MONTH})"
    rf"|(?:^\s*|(?<=[,;:.\u2014]\s)|\b(?:all|right)\s+)through\s+({MONTH})(?!\s*\d)"
    # "December only \u2014 daily at 7:30am", "…, September only, …", "Only February: …": a month
    # set off by itself with "only" limits the run ("the ones from December only to …" are data).
    rf"|(?:^\s*|(?<=[,;:.\u2014\u2013(]\s)|(?<=[,;:.\u2014\u2013(]))(?:only\s+({MONTH})|({MONTH})\s+only)"
    r"(?=\s*(?:[,;:.!)\u2014\u2013-]|$))",
    _I,
)
# "June through August", "from February to April", "between May and September": the months
# from one to the other (wrapping past December); never a date range ("June 1 to August 31").
_NOT_A_DATE = r"(?!\s*\d)"
# "the Jan-Mar report", "our June through August bookings": after a determiner, months are what
# the data covers, as a cadence word after one is an adjective.
_NOT_THE_DATAS = (
    r"(?<!\bthe )(?<!\bour )(?<!\bthis )(?<!\bthat )(?<!\bits )(?<!\btheir )(?<!'s )(?<!\u2019s )"
)
_MONTH_RANGE = re.compile(
    rf"\b(?:(?:from|in|during|throughout|every|each)\s+)?{_NOT_THE_DATAS}({MONTH}){_NOT_A_DATE}\s*"
    rf"(?:-|\u2013|\u2014|to|through|thru|until|till)\s*({MONTH}){_NOT_A_DATE}"
    rf"|\bbetween\s+({MONTH}){_NOT_A_DATE}\s+and\s+({MONTH}){_NOT_A_DATE}"
    # "curling club, oct-dec only: …" (often an en dash): two lower-case abbreviations joined
    # by a dash.
    rf"|(?<![\w/.=&?-]){_NOT_THE_DATAS}({RANGE_MONTH})\s*[\u2013\u2014-]\s*({RANGE_MONTH})"
    r"(?![\w/.-])(?:\s+only\b)?",
    _I,
)
# "in summer (June through August)", "during the winter months: December to February": a season
# is read only through the months written beside it (whose summer is June is not said).
_SEASON = re.compile(
    r"\b(?:(?:in|during|over|throughout|for)\s+)?(?:the\s+)?(?:summer|winter|spring|autumn|fall)"
    r"(?:\s+(?:months|season))?\s*(?:\(\s*|[,:\u2013\u2014-]\s*)"
    rf"(?=(?:from\s+)?{MONTH}{_NOT_A_DATE}\s*(?:-|\u2013|\u2014|to|through|thru|until|till|,|and)\s*"
    rf"{MONTH}{_NOT_A_DATE})",
    _I,
)
_CLOSING = re.compile(r"\s*\)")
# "January, April, July and October": a list of months, read whole wherever one is written.
_MONTH_LIST = rf"{MONTH}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*[&+]\s*|\s+or\s+){MONTH})+"
# "Through July and August, …": before a list of months (no range) "through" is "throughout".
_MONTHS = re.compile(
    rf"\b(?:(?:every|each|in|of|during|throughout|through)\s+)?{_NOT_THE_DATAS}{_MONTH_LIST}", _I
)
# "the first day of January, April, …", "the 1st of March, June, …": days of listed months.
# "On 5 January, April, July and October": a day's number before a list of months is each one's.
_DAY_OF_MONTHS = re.compile(
    rf"\b(?:on\s+)?(?:the\s+)?({_ORDINAL_LIST})\s+(?:day\s+)?of\s+(?:each\s+|every\s+)?"
    rf"(?={_MONTH_LIST})"
    rf"|(?<![\w:.,/-])(?:on\s+)?(?:the\s+)?(?P<number>[12]\d|3[01]|0?[1-9])\s+(?={_MONTH_LIST})",
    _I,
)
_EXCEPT_MONTHS = re.compile(
    rf"\b(?:except|but\s+not|excluding|other\s+than|skip(?:ping)?|not(?=\s+in\b))\s+(?:in\s+)?"
    rf"({MONTH}(?:(?:\s*,\s*|\s+(?:and|or)\s+){MONTH})*)",
    _I,
)
# "every 6 hours starting at midnight": the start is the first clock time.

# "every weekday but Friday", "every day but Sunday": a bare "but" after a set of days removes one.
# "Monday to Friday but Friday at …": a range of days is a set of days a bare "but" takes from.
# "every weekday, not Fridays", "weekdays at 6pm, not fridays": a bare "not" anywhere after a set
# of days takes one too.
_A_SET_OF_DAYS = re.compile(
    r"\b(?:week-?days|days|nights|daily|every\s+(?:week-?)?day)\b"
    rf"|\b{RANGE_DAY}\s*(?:-|\u2013|to|through|thru|until|till)\s*{RANGE_DAY}",
    _I,
)
_SET_OF_DAYS_BEFORE = re.compile(
    r"\b(?:week-?days?|days?|nights?)\s+$"
    rf"|\b{RANGE_DAY}\s*(?:-|\u2013|to|through|thru|until|till)\s*{RANGE_DAY}\s+$",
    _I,
)
_EXCEPT_DAYS = re.compile(
    # (first letters looked ahead for first: most positions are turned away at once)
    rf"(?=[bensox])\b(?:except|but\s+not|excluding|other\s+than|skip(?:ping)?|not(?=\s+on\b)"
    rf"|(?P<bare>but|not))\s+(?:on\s+)?(?:the\s+)?"
    rf"(?P<days>week-?ends?|{DAY}(?:(?:\s*,\s*|\s+(?:and|or)\s+){DAY})*"
    # "skip fri/sat", "except sat and sun": two days or more, lower-case and short, are days.
    rf"|(?:{RANGE_DAY})\b(?:(?:\s*[,/]\s*|\s+(?:and|or)\s+)(?:{RANGE_DAY})\b)+)",
    _I,
)


@dataclass
class ScheduleParse:
    """What the schedule grammar read: the schedule (or None), the spans it used, its warnings."""

    schedule: Schedule | None
    spans: list[tuple[int, int]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    strength: float = 0.0
    phrase: str = ""
    more_often: bool = False  # the cron runs more often than the text asks
    doubts: list[str] = field(default_factory=list)  # days read as data, or maybe as data
    data_days: list[tuple[int, int]] = field(default_factory=list)  # "booked for Saturday"


class ScheduleScanner:
    """Match patterns against the text, blanking each match so no word is read twice."""

    def __init__(self, text: str):
        self.text = text
        self.work = blank_all(_OPAQUE, text)
        self.spans: list[tuple[int, int]] = []
        self._lowered: str | None = None  # the work lower-cased, for hints; None once it changed

    def take(self, pattern: re.Pattern[str], *, hint: Hint | None = None) -> list[re.Match[str]]:
        """Match and blank pattern; a hint (what it needs) is looked for first, as it is cheap."""
        if hint is not None and not self.may_hold(hint):
            return []
        matches = list(pattern.finditer(self.work))
        for match in matches:
            self.consume(match.span())
        return matches

    def may_hold(self, hint: Hint) -> bool:
        """Say whether the unread text holds one of the hint's words (or its cheap pattern)."""
        if self._lowered is None:
            self._lowered = self.work.lower()
        if isinstance(hint, re.Pattern):
            return hint.search(self._lowered) is not None
        return any(word in self._lowered for word in hint)

    def consume(self, span: tuple[int, int]) -> None:
        start, end = span
        self.work = self.work[:start] + " " * (end - start) + self.work[end:]
        self._lowered = None
        self.spans.append(span)


def parse_schedule(text: str, *, now: datetime | None = None) -> ScheduleParse:
    """Read the schedule of an instruction; schedule is None when the text names no time."""
    scanner = ScheduleScanner(text)
    spec = ScheduleSpec()
    zone = find_zone(scanner.work)
    scanner.work, data_days, doubts = blank_data_days(scanner.work, text)
    scanner.work = blank_cadence_classes(scanner.work)
    scanner.work = capitalize_short_months(scanner.work)
    for span in start_day_spans(scanner.work):  # "From Monday, at 04:45 each day": read, no day
        scanner.consume(span)
    scanner_text = scanner.work
    if not REPEATS.search(scanner.work) and scanner.take(TOMORROW, hint=_A_TOMORROW):
        # A one-off day: cron has no year, so it is pinned to tomorrow's date and repeats yearly.
        tomorrow = (now or datetime.now(UTC)) + timedelta(days=1)
        spec.dom.add(tomorrow.day)
        spec.months.add(tomorrow.month)
        spec.warnings.append("a one-off date repeats every year in cron; disable it after it runs")
    # Dates first: "the 1st of every month" must not lose "every month" to the interval grammar.
    _read_dates(scanner, spec)
    read_intervals(scanner, spec)
    _read_days(scanner, spec)
    _read_times(scanner, spec)
    _read_time_before(scanner, spec)
    if not scanner.spans:
        return ScheduleParse(None, doubts=doubts, data_days=data_days)
    if zone:
        scanner.consume(zone[1])
    spans = sorted(scanner.spans)
    phrase = " ".join(text[s:e].strip(" ,") for s, e in spans)
    if spec.impossible:
        return ScheduleParse(
            None, spans, spec.warnings, 0.3, phrase, doubts=doubts, data_days=data_days
        )
    cron, defaulted = build_cron(spec)
    doubts += scattered_days(scanner_text, spec.dow)
    strength = 1.0 - (0.15 if defaulted else 0.0) - 0.25 * len(spec.warnings)
    timezone = zone[0] if zone else "UTC"
    return ScheduleParse(
        Schedule(cron, timezone),
        spans,
        spec.warnings,
        max(strength, 0.2),
        phrase,
        more_often=spec.more_often,
        doubts=doubts,
        data_days=data_days,
    )


def _read_days(scanner: ScheduleScanner, spec: ScheduleSpec) -> None:
    for match in scanner.take(_PER_DAY, hint=_TIMES_A_DAY):
        spec.per_day = (
            2
            if (match.group(1) or "twice").lower().startswith("twice")
            else parse_number(match.group(2) or "1")
        )
    tonight = False  # "tonight" gives the period only when no other period word does
    for match in _PERIOD.finditer(scanner.work) if scanner.may_hold(_A_PERIOD_WORD) else ():
        if match.group(2) and _COUNTED.search(scanner.work[: match.start()]):
            continue  # "a stay longer than 14 nights": a number of nights is a span, no cadence
        if (match.group(2) or "").endswith("s") and _COUNTED_PERIODS.search(
            scanner.work, max(0, match.start() - 40), match.start()
        ):
            continue  # "last month's room nights": the nights are what the report counts
        if (match.group(2) or "").endswith("s") and _ASKED_PERIODS.search(
            scanner.work, max(0, match.start() - 12), match.start()
        ):
            continue  # "summarise which nights sold out": the nights are what is asked about
        scanner.consume(match.span())
        word = (match.group(1) or match.group(2)).lower()
        if not word.startswith(("in", "at")):
            spec.cadence = spec.cadence or "daily"
        if word == "tonight":
            tonight = True  # "at half past eleven every morning, … slots for tonight": 11:30
            continue
        spec.period = {"nightly": "night"}.get(word, word.rstrip("s"))
    if tonight and spec.period is None:
        spec.period = "night"  # "post it at 9 tonight": the only period said is the run's
    if scanner.take(_FIRST_THING, hint=_A_FIRST_THING):
        spec.period = spec.period or "morning"
    for match in _CADENCE.finditer(scanner.work) if scanner.may_hold(_A_CADENCE) else ():
        if _named_thing_at(scanner.work, match):
            continue  # "the Fernhollow Kombucha monthly box": a name's, an adjective
        if _measured_thing_at(scanner.work, match):
            continue  # "extract the gross monthly pay": a measure's, an adjective
        scanner.consume(match.span())
        word = re.sub(r"\s+", " ", match.group(1).lower())
        if word.startswith(("bi", "fortnight")):
            spec.warnings.append("cron cannot repeat every other week; this runs weekly")
            spec.more_often = True
            word = "weekly"
        spec.cadence = _CADENCE_OF.get(word.split()[-1], word)
    excluded: set[int] = set()
    for match in _EXCEPT_DAYS.finditer(scanner.work):
        bare, before = (match.group("bare") or "").lower(), scanner.text[: match.start()]
        if bare == "but" and not _SET_OF_DAYS_BEFORE.search(before):
            continue  # "… at 9, but Monday at 10": a bare "but" only takes from a set of days
        if bare == "not" and not _A_SET_OF_DAYS.search(before):
            continue  # "not Monday's report": "not" takes a day only after a set of days
        scanner.consume(match.span())
        words = match.group("days")
        if re.match(r"week-?end", words, _I):
            excluded |= {0, 6}
        excluded |= {weekday_number(d.group()) for d in re.finditer(RANGE_DAY, words, _I)}
    for match in scanner.take(_WEEKDAYS, hint=_A_WORKING_DAY):
        spec.dow |= set(range(1, 6))
        if match.group("period") or match.group("nights"):
            spec.period = (match.group("period") or match.group("nights")).lower()
    if scanner.take(_WEEKENDS, hint=WEEKEND_WORD):
        spec.dow |= {0, 6}
    for match in scanner.take(_DAY_RANGE, hint=_A_DAY_NAME):
        spec.dow |= weekday_range(weekday_number(match.group(1)), weekday_number(match.group(2)))
        _take_period_after_days(scanner, spec, match.end())
    for match in scanner.take(_DAY_LIST, hint=_A_DAY_NAME):
        spec.dow |= {weekday_number(d.group()) for d in re.finditer(RANGE_DAY, match.group(), _I)}
        _take_period_after_days(scanner, spec, match.end())
    for match in _JOINED_DAYS.finditer(scanner.work):
        interval = spec.minute_step or spec.hour_step
        if interval and _INTERVAL_AHEAD.match(scanner.text, match.end()):
            scanner.consume(match.span())
            days = re.finditer(RANGE_DAY, match.group(), _I)
            spec.dow |= {weekday_number(d.group()) for d in days}
    lowered_text = scanner.text.lower()  # the period may be read already, so the text is asked
    periods_said = any(word in lowered_text for word in _A_PERIOD_WORD)
    for match in _LOWER_DAYS.finditer(scanner.work) if periods_said else ():
        period = _PERIOD_AFTER_DAYS.match(scanner.text, match.end())
        if period:
            scanner.consume((match.start(), period.end()))
            spec.dow |= {
                weekday_number(d.group()) for d in re.finditer(RANGE_DAY, match.group(), _I)
            }
            spec.period = spec.period or period.group(1).lower()
    for match in scanner.take(_DAY_PERIOD, hint=_A_PERIOD_WORD):
        spec.dow.add(weekday_number(match.group(1)))
        spec.period = match.group(2).lower()
    for match in scanner.take(_NTH_DAY, hint=_AN_ORDINAL):
        spec.dow.add(weekday_number(match.group(2)))
        spec.warnings.append(
            f"cron cannot say the {match.group(1).lower()} {match.group(2).capitalize()} of a "
            "month; this runs every week on that day"
        )
        spec.more_often = True
    for match in scanner.take(_DAY_NAME, hint=_A_DAY_NAME):
        if re.search(r"\bother\b", match.group(), _I):
            spec.warnings.append("cron cannot repeat every other week; this runs weekly")
            spec.more_often = True
        spec.dow.add(weekday_number(match.group(1) or match.group(2) or match.group(3)))
    if excluded:
        spec.dow = (spec.dow or set(range(7))) - excluded
        spec.cadence = spec.cadence or "daily"


def _take_period_after_days(scanner: ScheduleScanner, spec: ScheduleSpec, end: int) -> None:
    """Read the period written right after a set of days ("… Thursday evening") as theirs."""
    period = _PERIOD_AFTER_DAYS.match(scanner.work, end)
    if period:
        scanner.consume(period.span())
        spec.period = period.group(1).lower()


_CADENCE_OF = {
    "day": "daily",
    "everyday": "daily",
    "week": "weekly",
    "month": "monthly",
    "year": "yearly",
    "quarter": "quarterly",
    "annually": "yearly",
}


def _names_a_day_number(work: str) -> bool:
    """Tell whether a day of the month may be written: "15th", "day 3", or an ordinal word."""
    # A word set, not an alternation of every ordinal word, which costs as much as the pattern.
    return bool(_A_NUMBERED_DAY.search(work) or names_any(_ORDINAL_WORDS, work))


def _read_dates(scanner: ScheduleScanner, spec: ScheduleSpec) -> None:
    if scanner.take(_LAST_DAY, hint=_A_MONTH_WORD):
        spec.impossible = True
        spec.warnings.append(
            "standard 5-field cron cannot express the last day of the month; add the schedule "
            "by hand"
        )
    if scanner.take(_FIRST_DAY, hint=("start", "beginning")):
        spec.dom.add(1)
    for match in scanner.take(_EXCEPT_MONTHS, hint=_A_MONTH):
        left_out = {month_number(m.group()) for m in re.finditer(MONTH, match.group(1), _I)}
        spec.months = set(range(1, 13)) - left_out
    seasons = scanner.take(_SEASON, hint=_A_SEASON)
    for match in scanner.take(_MONTH_RANGE, hint=_A_MONTH):
        first, last = (g for g in match.groups() if g)
        start, end = month_number(first), month_number(last)
        spec.months |= {(start - 1 + k) % 12 + 1 for k in range((end - start) % 12 + 1)}
    for match in scanner.take(_DAY_OF_MONTHS, hint=_A_MONTH):
        if match.group("number"):
            spec.dom.add(int(match.group("number")))
        for ordinal in ORDINAL_RE.finditer(match.group(1) or ""):
            spec.dom.add(ordinal_value(ordinal.group()))
    for match in scanner.take(_MONTHS, hint=_A_MONTH):
        spec.months |= {month_number(m.group()) for m in re.finditer(MONTH, match.group(), _I)}
    if scanner.may_hold(_A_MONTH) and _DAY_SPAN_WORDS.search(scanner.work):
        _read_days_spanned(scanner, spec)
    joined = _DAY_NUMBERS_JOINED.search(scanner.work)
    for match in scanner.take(_DAYS_OF_ONE_MONTH) if joined else ():
        spec.months.add(month_number(match.group("month") or match.group("month_first")))
        days = match.group("before") or match.group("after")
        spec.dom |= {int(day) for day in re.findall(r"\d+", days)}
    for match in scanner.take(_DAYS_OF_MONTH) if _names_a_day_number(scanner.work) else []:
        if match.group(1):
            spec.dom.add(int(match.group(1)))
        for ordinal in ORDINAL_RE.finditer(match.group()):
            spec.dom.add(ordinal_value(ordinal.group()))
    for match in scanner.take(HOLIDAY_DATE, hint=HOLIDAY_WORDS):  # "on Christmas Eve": 24/12
        month, day = holiday_date(next(g for g in match.groups() if g))
        spec.months.add(month)
        spec.dom.add(day)
    for match in scanner.take(_MONTH_DAY, hint=_A_MONTH):
        month, day = (match.group(1), match.group(2)) if match.group(1) else match.group(4, 3)
        spec.months.add(month_number(month))
        spec.dom.add(int(day))
    _read_bare_days_by_clock(scanner, spec)
    for match in scanner.take(_MONTH_ONLY, hint=_A_MONTH):
        spec.months.add(month_number(next(g for g in match.groups() if g)))
    for season in seasons:
        # "(June through August)": the bracket closing the months belongs to the season.
        closing = _CLOSING.match(scanner.work, season.end())
        if "(" in season.group() and closing:
            scanner.consume((closing.end() - 1, closing.end()))
    if any(not 1 <= day <= 31 for day in spec.dom):
        spec.impossible = True
        spec.warnings.append("a day of the month must be between 1 and 31")


def _read_days_spanned(scanner: ScheduleScanner, spec: ScheduleSpec) -> None:
    """Read "from 1 to 24 December" as the days 1 to 24 of December."""
    for match in scanner.take(_DAYS_SPANNED):
        found = {k: v for k, v in match.groupdict().items() if v}
        first = ordinal_value(found.get("first") or found.get("first_b") or found["first_m"])
        last = ordinal_value(found.get("last") or found.get("last_b") or found["last_m"])
        named = [found[k] for k in found if k.startswith("month")]
        months = {month_number(month) for month in named}
        spec.months |= months
        if len(months) == 1 and first < last:
            spec.dom |= set(range(first, last + 1))
        else:  # "20 December to 5 January": no one span of days; each day as it is written
            spec.dom |= {first, last}


def _read_bare_days_by_clock(scanner: ScheduleScanner, spec: ScheduleSpec) -> None:
    """Read a bare day number next to a clock time ("…, 1st, 7am") as a day of the month."""
    for match in _DAY_BEFORE_CLOCK.finditer(scanner.work):
        before = " " + scanner.work[: match.start()].rstrip()
        opens_a_line = _LINE_OPENING.search(scanner.work, 0, match.start())
        if before.strip() and not before.endswith(_ITEM_BREAKS) and not opens_a_line:
            continue  # "email the 1st, 7am …" is no schedule item; it follows a word
        scanner.consume(match.span(1))
        spec.dom.add(ordinal_value(match.group(1)))
    for match in _DAY_AFTER_CLOCK.finditer(scanner.work):
        scanner.consume(match.span(1))
        spec.dom.add(ordinal_value(match.group(1)))


def _read_times(scanner: ScheduleScanner, spec: ScheduleSpec) -> None:
    found: list[tuple[int, clock.ClockTime]] = []
    read: list[re.Match[str]] = []
    if scanner.may_hold(_ROUND_MINUTES):  # the cheap test first
        found += _read_minutes_to_hours(scanner, spec)
    for pattern in clock.PATTERNS:
        for match in scanner.take(pattern, hint=clock.NEEDS[pattern]):
            time = clock.read_clock(pattern, match)
            if time is not None:
                found.append((match.start(), _placed_by_own_period(scanner, spec, match, time)))
                read.append(match)
    if read and scanner.may_hold(clock.PUNCTUAL_WORDS):  # the cheap test first
        _read_punctual_words(scanner, read)
    if spec.period is not None:  # the days grammar read a period word; one may follow an hour
        for match in clock.HOUR_BEFORE_PERIOD.finditer(scanner.text):
            unread = scanner.work[match.start() : match.end()] == match.group()
            listed = found or match.group()[:2].lower() == "at"  # "… and 7 in the morning"
            listed = listed or match.group("opening") is not None  # "Nine at night, daily: …"
            # "Sundays, 8 in the evening": an hour set off by a comma after the days read is
            # their time, as it is after another time.
            listed = listed or any(_follows(scanner.text, span, match) for span in scanner.spans)
            if unread and listed:
                scanner.consume(match.span())
                time = clock.hour_before_period(match)
                found.append((match.start(), _placed_by_own_period(scanner, spec, match, time)))
    if scanner.spans and scanner.may_hold(_AT_A_WORD):  # the cheap tests first
        found += _read_spelled_hours(scanner)
    if scanner.spans and scanner.may_hold(_A_DOTTED_TIME):
        found += _read_dotted_times(scanner)
    spec.times = [time for _, time in sorted(found, key=lambda item: item[0])]


# The counts MINUTES_TO_BEFORE_PERIOD needs (looked for before the pattern runs).
_ROUND_MINUTES = ("five", "ten", "twenty")


def _read_minutes_to_hours(scanner: ScheduleScanner, spec: ScheduleSpec) -> list:
    """Read "ten to seven in the morning" or "twenty to six pm" said without "at"."""
    found = []
    # The text itself: the days grammar may have blanked the period that makes it a time.
    for match in clock.MINUTES_TO_BEFORE_PERIOD.finditer(scanner.text):
        unread = scanner.work[match.start() : match.end()] == match.group()
        time = clock.minutes_to_hour(match) if unread else None
        if time is not None:
            scanner.consume(match.span())
            found.append((match.start(), _placed_by_own_period(scanner, spec, match, time)))
    return found


# "11.45": digits, a dot, two digits (looked for before the pattern runs).
_A_DOTTED_TIME = re.compile(r"\d\.[0-5]\d")


def _read_dotted_times(scanner: ScheduleScanner) -> list[tuple[int, clock.ClockTime]]:
    """Read "every weekday 11.45" or "08.30 on Mondays" as the hour and minutes they name."""
    found = []
    for match in clock.DOTTED.finditer(scanner.work):
        # Only right beside the days or cadence read: "alert if pH drops below 7.45" stays a value.
        before = len(scanner.text[: match.start()].rstrip(" ,"))
        after = len(scanner.text) - len(scanner.text[match.end() :].lstrip(" ,"))
        if not any(start < before <= end or start <= after < end for start, end in scanner.spans):
            continue
        hour, minute = int(match.group(1)), int(match.group(2))
        scanner.consume(match.span())
        found.append((match.start(), clock.ClockTime(hour, minute, hour >= 13)))
    return found


# "at n", "at t", …: the first letters of the hours spelled out, after "at".
_AT_A_WORD = re.compile(r"\bat\s+[efnost]")


def _read_spelled_hours(scanner: ScheduleScanner) -> list[tuple[int, clock.ClockTime]]:
    """Read "at nine" beside schedule words read ("Sunday evenings at nine") as their hour."""
    found = []
    for match in clock.SPELLED_HOUR.finditer(scanner.work):
        # Alone, "at nine" may be a place or a count ("meet at nine"); next to days, a period or
        # a cadence, only a time ("every Monday at nine", "at ten every night").
        if any(_beside(scanner.text, span, match.span()) for span in scanner.spans):
            scanner.consume(match.span())
            found.append((match.start(), clock.hour_before_period(match)))
            # "Saturday mornings at seven sharp": the word keeping it to the minute is the time's.
            punctual = clock.PUNCTUAL_AFTER.match(scanner.work, match.end())
            if punctual:
                scanner.consume(punctual.span())
    return found


def _beside(text: str, span: tuple[int, int], other: tuple[int, int]) -> bool:
    """Tell whether only spaces or a comma stand between `span` and `other` in `text`."""
    (start, end), (other_start, other_end) = span, other
    if end <= other_start:
        return not text[end:other_start].strip(" ,")
    return other_end <= start and not text[other_end:start].strip(" ,")


def _follows(text: str, span: tuple[int, int], match: re.Match[str]) -> bool:
    """Tell whether `match` comes right after `span`, a comma and spaces between them."""
    end = span[1]
    return end <= match.start() and text[end : match.start()].strip() == ","


def _read_punctual_words(scanner: ScheduleScanner, read: list[re.Match[str]]) -> None:
    """Read "sharp", "on the dot" or "exactly" next to a time read ("at 7:35 sharp")."""
    for match in read:
        after = clock.PUNCTUAL_AFTER.match(scanner.work, match.end())
        if after:
            scanner.consume(after.span())
        # A short window: the words before a time are few, and the text may be long.
        window = max(0, match.start() - 30)
        before = clock.PUNCTUAL_BEFORE.search(scanner.work[window : match.start()])
        if before:
            scanner.consume((window + before.start(), match.start()))


def _placed_by_own_period(
    scanner: ScheduleScanner, spec: ScheduleSpec, match: re.Match[str], time: clock.ClockTime
) -> clock.ClockTime:
    """Place a time by the period right after it: "quarter past six in the morning and quarter
    past two in the afternoon" are 06:15 and 14:15, whatever period the instruction ends on."""
    if spec.period is None:  # the cheap test first: the days grammar read no period word
        return time
    own = clock.OWN_PERIOD.match(scanner.text, match.end())
    return clock.placed_by(time, own.group(1)) if own else time


def _read_time_before(scanner: ScheduleScanner, spec: ScheduleSpec) -> None:
    """Move the times said back by "fifteen minutes before that" (a run ahead of a stated time)."""
    # (the pattern needs one of these words; its number list is long)
    match = clock.EARLIER.search(scanner.work) if scanner.may_hold(_AHEAD_WORDS) else None
    # A time without am/pm has no fixed half to count back from ("at 3 … an hour before that").
    if match is None or not spec.times or not all(t.explicit_half for t in spec.times):
        return
    moved = [clock.earlier_by(time, match) for time in spec.times]
    if None in moved:
        return
    spec.times = [time for time in moved if time is not None]
    scanner.consume(match.span())


__all__ = ["ScheduleParse", "parse_schedule"]
