"""A device telling the state of one of its parts, with no article: "reports coin box full"."""

import re

from nl_parser.condition_fields import status_field
from nl_parser.lexicon import word_set

# The states a part is reported in; the last word of the clause, so the cheap test reads it.
_PART_STATES = word_set(
    """
    full empty low high open jammed blocked stuck locked unlocked leaking flat dead missing
    overheating frozen faulty broken ajar
    """
)
_STATE = "|".join(sorted(_PART_STATES))
# "machine reports coin box full", "the fridge reports door open", "sensor shows water level
# low": a verb of telling, the part (two or three plain words at most) and the state it is in.
_REPORTS_PART_STATE = rf"""
    \b(?:reports|reported|signals|shows|says|flags|detects|reads)\s+(?:(?:its|their|the)\s+)?
    (?P<part>(?:[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*)\s+(?P<state>{_STATE})\W*$
"""
_REPORTED = re.compile(_REPORTS_PART_STATE, re.IGNORECASE | re.VERBOSE)
# Heading the steps: a subject of a few plain words, then what it reports.
_HEADLINE = re.compile(
    r"^\W*(?:(?:the|an?|our|each|every|any)\s+)?(?:[a-z][\w-]*\s+){1,3}?" + _REPORTS_PART_STATE,
    re.IGNORECASE | re.VERBOSE,
)


def _ends_on_a_state(text: str) -> bool:
    words = text.split()
    return bool(words) and words[-1].strip(".,;:!?").lower() in _PART_STATES


def is_part_state_headline(text: str) -> bool:
    """Tell whether `text` is "<device> reports <part> <state>" alone, heading the steps."""
    return _ends_on_a_state(text) and _HEADLINE.match(text) is not None


def part_state_reported(text: str) -> tuple[str, str] | None:
    """Return (field, state) for "the machine reports coin box full", or None."""
    if not _ends_on_a_state(text):  # the cheap test first
        return None
    reported = _REPORTED.search(text)
    if reported is None:
        return None
    return status_field(reported["part"]), reported["state"].lower()
