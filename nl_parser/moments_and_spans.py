"""Tell a moment ("after checkout", "day 7", "after 10pm") or a span later ("two weeks later")."""

import re

from nl_parser.clause_tokens import DASHES
from nl_parser.lexicon import STOPWORDS, parse_number
from nl_parser.openers import SPANS_OF_TIME
from nl_parser.step_verbs import ACTION_VERBS
from nl_parser.verbs import lemma

# "it's after 10pm", "the time is already after 18:00": "is" before "after" makes it a state.
_STATE_BE = frozenset({"it's", "is"})
_STATE_ADVERBS = frozenset({"now", "already", "still"})


def told_as_a_state(tokens: list[tuple[str, int]], i: int) -> bool:
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


def bare_moment(tokens: list[tuple[str, int]], i: int) -> bool:
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


def named_moment(tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell "day 7", "week two" (a moment named by its number) from "3 days" (a span)."""
    if i + 1 >= len(tokens):
        return False
    noun, number = tokens[i][0], tokens[i + 1][0]
    return noun.isalpha() and noun not in STOPWORDS and parse_number(number) is not None
