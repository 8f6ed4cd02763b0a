"""Tell a moment ("after checkout", "day 7", "after 10pm") or a span later ("two weeks later")."""

import re

from nl_parser.clause_tokens import CONNECTORS, DASHES
from nl_parser.lexicon import STOPWORDS, parse_number
from nl_parser.openers import SPANS_OF_TIME
from nl_parser.step_verbs import ACTION_VERBS
from nl_parser.verbs import lemma

# "it's after 10pm", "the time is already after 18:00": "is" before "after" makes it a state.
_STATE_BE = frozenset({"it's", "is"})
_STATE_ADVERBS = frozenset({"now", "already", "still"})


def _told_as_a_state(tokens: list[tuple[str, int]], i: int) -> bool:
    """Say whether the word at `i` follows "is" (or "is now"), as in "it's after 10pm"."""
    before = tokens[i - 1][0] if i else ""
    if before in _STATE_ADVERBS and i > 1:
        before = tokens[i - 2][0]
    return before in _STATE_BE


def later_at(tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell whether a wait opens at i: "two weeks later", "after a day", "a week after that"."""
    words = _spans_parted([w for w, _ in tokens[i : i + 4]])
    if words[:1] == ["after"]:
        # "…, after a day send a reminder": the span after "after" is a wait before the step
        # its verb starts (not an event; "…, after a week, a tips email" is left as it was).
        return words[3:4] != [] and words[3] in ACTION_VERBS and _span_at(words[1:3])
    # "…, and two days after, email …": "after" and a pause say "later" too, as "on" does
    # ("…, and a week on, DM Farah …").
    later = words[2:3] in (["later"], ["afterwards"], ["thereafter"]) or words[2:4] in (
        ["after", "that"],
        ["after", ","],
        ["after", ";"],
        ["on", ","],
        ["on", ";"],
    )
    return (later and _span_at(words[:2])) or _one_unit_after(words)


# "…, and the day after, a follow-up email": one unit after the step before, named by "the".
_ONE_UNITS = frozenset({"day", "week", "fortnight", "month"})


def _one_unit_after(words: list[str]) -> bool:
    """Tell "the day after," or "the week after that" (a wait of one unit) from a noun's "after"."""
    if len(words) < 4 or words[0] != "the" or words[2] != "after":
        return False
    return words[1] in _ONE_UNITS and words[3] in (",", ";", "that")


# "48h", "2d", "1w", "4hrs": a span's number with its unit (or the unit's letter) glued on.
_GLUED_SPAN = re.compile(r"(\d+)([hdw]|[a-z]{2,9})", re.IGNORECASE)
_UNIT_LETTERS = frozenset("hdw")


def _spans_parted(words: list[str]) -> list[str]:
    """Return words with a glued span ("48h") written as its number and unit ("48", "h")."""
    parted = []
    for word in words:
        glued = _GLUED_SPAN.fullmatch(word) if word[:1].isdigit() else None
        parted.extend((glued[1], glued[2].lower()) if glued else (word,))
    return parted


def _span_at(words: list[str]) -> bool:
    return (
        len(words) == 2
        and parse_number(words[0]) is not None
        and (words[1].rstrip("s") in SPANS_OF_TIME or words[1] in _UNIT_LETTERS)
    )


# Where a bare moment after "after" ends: a break or the step joined after it.
_MOMENT_ENDS = frozenset({",", ";", ":", "and", "then", "or", *DASHES})
LONGEST_MOMENT = 3  # words: "close of business"
# Times of the clock are the event's own time ("when a door opens after midnight").
_CLOCK_MOMENTS = frozenset({"midnight", "noon", "midday"})


def _bare_moment(tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell whether a bare moment's noun ("checkout", "close of business") ends the clause at i."""
    words = []
    for word, _ in tokens[i : i + LONGEST_MOMENT + 1]:
        if word in _MOMENT_ENDS:
            break
        words.append(word)
    return is_bare_moment(words)


def is_bare_moment(words: list[str]) -> bool:
    """Tell whether words name a moment by a bare noun, with no subject or verb of their own."""
    return (
        0 < len(words) <= LONGEST_MOMENT
        and words[0] not in STOPWORDS
        and words[0] not in _CLOCK_MOMENTS
        and all(re.fullmatch(r"[a-z][a-z-]*", w) and not lemma(w) for w in words)
        # "after two weeks", "after several days": a span, which is a wait
        and not any(w.rstrip("s") in SPANS_OF_TIME or parse_number(w) is not None for w in words)
    )


# "10pm", "22:00", "10.30pm", "midnight": a time of the clock written as one word.
_CLOCK_TOKEN = re.compile(r"\d{1,2}(?:[:.]\d\d)?(?:am|pm)|\d{1,2}:\d\d|midnight|noon|midday")


def clock_time_ends_at(tokens: list[tuple[str, int]], opened_at: int, i: int) -> bool:
    """Tell whether "after 10pm" opened at opened_at ends just before token i."""
    return (
        i == opened_at + 2
        and tokens[opened_at][0] == "after"
        and _CLOCK_TOKEN.fullmatch(tokens[opened_at + 1][0]) is not None
    )


def _named_moment(tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell "day 7", "week two" (a moment named by its number) from "3 days" (a span)."""
    if i + 1 >= len(tokens):
        return False
    noun, number = tokens[i][0], tokens[i + 1][0]
    return noun.isalpha() and noun not in STOPWORDS and parse_number(number) is not None


# Words that open the event or moment an "after" inside a test counts from: "after a
# tournament", "after its booked return time", "after their due date".
_EVENT_NAMED_BY = frozenset(
    {"a", "an", "the", "each", "every", "any", "its", "their", "his", "her", "our", "your"}
)


def after_counts_in_a_test(
    tokens: list[tuple[str, int]], i: int, condition_at: int | None, compared_until: int | None
) -> bool:
    """Tell whether "after" at i says when an open test counts, opening no trigger of its own."""
    if (
        condition_at is not None
        and tokens[i - 1][0] not in CONNECTORS
        and i + 1 < len(tokens)
        and tokens[i + 1][0] in _EVENT_NAMED_BY
    ):
        # "when a rating jumps by 100 after a tournament", "a bike comes back more than an
        # hour after its booked return time": inside an open condition, "after" an event or
        # a moment of the item says when the event counts; it opens no trigger of its own
        # ("after midnight" is still the time of the event, read on its own).
        return True
    if condition_at is not None and _named_moment(tokens, i + 1):
        # "if any tank is still above 1.020 after day 7 dm …": inside an open condition, a
        # moment named by its number ("day 7", "week 2", "lap 10") says when the test counts;
        # it opens no trigger ("after 10 minutes" is still a wait).
        return True
    if condition_at is not None and _bare_moment(tokens, i + 1):
        # "if any room is still occupied after checkout", "if a till is open after close of
        # business": inside an open condition, a bare moment's noun ending the clause says
        # when the test counts; with no subject or verb of its own it opens no trigger.
        return True
    if condition_at is not None and _told_as_a_state(tokens, i):
        # "if it's after 10pm", "if the time is now after 18:00": after "is" the time is
        # what the test compares (hour_now.py); it opens no trigger of its own.
        return True
    # "any bird still out 3h after the race leader ->": inside a verbless test, "after"
    # says what the span counts from; it opens no trigger of its own.
    return (
        compared_until is not None
        and tokens[i][1] < compared_until
        and re.fullmatch(r"\d*(?:h|hrs?|hours?|mins?|minutes?|days?|weeks?)", tokens[i - 1][0])
        is not None
    )
