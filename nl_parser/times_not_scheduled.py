"""Times told that are no schedule's: a trigger's window, a test's, a deadline's, the data's."""

import re

from nl_parser.calendar_words import DAY, MONTH
from nl_parser.conditions import TIMED_ACT, TIMED_ACT_WINDOW
from nl_parser.data_days import blank_items_dates, blank_items_months, blank_months_alone
from nl_parser.deadlines import blank_deadlines, blank_hold_ends
from nl_parser.hour_now import blank_hour_tests
from nl_parser.lexicon import CLOCK_TIME, blank_all, blank_span, blank_spans
from nl_parser.message_content import blank_told_days, blank_told_times
from nl_parser.months_referred import months_referred_back
from nl_parser.story_days import blank_story_days

_CLOCK_WORD = r"(?:midnight|noon|\d{1,2}(?::\d\d)?\s*(?:am|pm)?)"
# "whenever a door opens between midnight and 6am": a window of the day says which events count.
_EVENT_TIME = re.compile(
    r"^\W*(?:when|whenever)\b[^,.;]*?\b"
    rf"(?:(?:after|before|past)\s+({_CLOCK_WORD})|between\s+({_CLOCK_WORD}\s+and\s+{_CLOCK_WORD}))\b",
    re.IGNORECASE,
)

# "if low water is before 9am", "when the first bus is later than 7:40": a time in the data,
# which a test compares with a clock time ("if it's after 10pm", the hour now, is hour_now's).
_TIME_TESTED = re.compile(
    r"\b(?:if|unless|whether|when|in\s+case)\s+(?!it\b|it['\u2019]s\b)[^,.;:!?]*?"
    r"\b(?:is|are|was|were|falls?|lands?|comes?)\s+(?:still\s+)?"
    rf"(?:before|after|earlier\s+than|later\s+than)\s+({CLOCK_TIME})",
    re.IGNORECASE,
)


# "a score comes in at 20 or higher", "any block at 24 brix or above": the value may carry its
# unit ("brix", "%", "°C", "ppm"), never a clock's "am"/"pm".
_AT_OR_MORE = re.compile(
    r"\bat\s+\d+(?:\.\d+)?(?:\s*(?:%|\u00b0\s?[CF]?|(?!(?:am|pm|o'clock)\b)[a-z]+))?\s+or\s+"
    r"(?:higher|more|above|over|greater|lower|less|below|under)\b",
    re.IGNORECASE,
)
# "hasn't been seen since 6pm", "no orders since Monday": when a state last changed, in a
# test; a run never starts "since" a time ("hasn't reordered since January" neither).
_SINCE = re.compile(
    rf"\bsince\s+(?:(?:last|this|yesterday)\s+)?(?:{DAY}|{MONTH}|midnight|noon|midday|"
    r"\d{1,2}(?::\d\d)?(?:\s*[ap]\.?m\b\.?)?)"
    r"(?:\s+(?:this|last|yesterday)\s+(?:morning|afternoon|evening|night))?",
    re.IGNORECASE,
)


def blank_times_not_scheduled(
    text: str, written: str, *, runs_once: bool
) -> tuple[str, list[tuple[int, int]]]:
    """Blank the times no schedule is told by; return what is left and the data's months."""
    # "when a badge is used after midnight": a time on the trigger says which events count.
    event_time = _EVENT_TIME.match(text)
    timed = text if event_time is None else blank_span(text, event_time.span(event_time.lastindex))
    # (before the deadlines are blanked, which would take "before the 1st" of "… of June")
    timed, items_dates = blank_items_dates(timed)  # "… the ones expiring before 1 June"
    timed = blank_told_times(timed)  # "… with a note that the window opens at 10"
    timed = blank_told_days(timed)  # "when an order comes in, email … that it ships tomorrow"
    timed = blank_deadlines(timed)  # "… that the calendar is due Friday"
    timed = blank_hold_ends(timed)  # "hold the entry until Monday, then …": a wait's end
    timed = blank_all(_AT_OR_MORE, timed)  # "a score comes in at 20 or higher": a value
    timed = blank_all(_SINCE, timed)  # "if the cat hasn't been seen since 6pm": a test's
    if " before " in timed or " after " in timed or " by " in timed:
        timed = blank_all(TIMED_ACT, timed)  # "if it was placed before 1pm": a test's too
    if " between " in timed:
        timed = blank_all(TIMED_ACT_WINDOW, timed)  # "… was opened between midnight and 5am"
    timed = blank_hour_tests(timed)  # "if it's after 10pm": the hour a test compares
    if " before " in timed or " after " in timed or " than " in timed:
        timed = _blank_times_tested(timed)  # "if low water is before 9am": the data's time
    data_months: list[tuple[int, int]] = []
    if runs_once:  # "one-off: pull the jobs we did in March": the month is the jobs'
        timed, data_months = blank_months_alone(timed)
        timed, story_days = blank_story_days(timed)  # "… switching off its system on Friday"
        data_months += story_days
    timed, items_months = blank_items_months(timed)  # "… whose contracts renew in October"
    data_months += items_months + items_dates
    timed = months_referred_back(timed, written)  # "April and May. … in those two months only"
    return timed, data_months


def _blank_times_tested(text: str) -> str:
    """Blank each clock time a test compares a time in the data with."""
    return blank_spans(text, [match.span(1) for match in _TIME_TESTED.finditer(text)])
