"""The story before the request: who asks and what keeps going wrong, told before what to do.

"Our rowing club nearly lost a boat over the weir last spring when the river rose overnight.
From April to October, every morning at 5:30, could you fetch …" opens with a sentence that
is told, not asked: its verbs ("lost", "rose") and times ("overnight") are no step and no
schedule. Rules for who asks ("I run …", "we're a …") each caught one shape of it; blind sets
kept finding others. Read instead by what such a sentence is: it opens with the teller (I, we,
our, my), it asks for nothing (no please/could/want/need, no place to send to or read from),
it names no schedule, and the request follows it.
"""

import re

from nl_parser.calendar_words import DAY
from nl_parser.schedule import parse_schedule

_SENTENCE = re.compile(r"[^.!?]+[.!?]+(?=\s|$)")
_TELLER = re.compile(
    r"^\s*(?:i|we|our|my|i['\u2019]m|we['\u2019]re|i['\u2019]ve|we['\u2019]ve)\b", re.IGNORECASE
)
_ASKS = re.compile(
    r"\b(?:please|could|can|would|will|want|wants|wanted|need|needs|like|love|should|must|"
    r"make\s+sure|set\s+up|automate|workflow|remind|let\s+me\s+know|send|email|post|alert|"
    r"notify|text|ping)\b|https?://|@|#|['\u2019]d\b",
    re.IGNORECASE,
)

# A schedule said outright; "eats my evenings" or "viewing nights" only tells of a time of day.
_WHEN = re.compile(
    rf"\d|\b(?:every|daily|weekly|monthly|hourly|nightly|weekdays?|weekends?|{DAY})\b",
    re.IGNORECASE,
)


def blank_story(text: str) -> str:
    """Blank the told sentences that open `text` when a sentence follows them (same length)."""
    sentences = list(_SENTENCE.finditer(text))
    for sentence in sentences[:-1]:
        told = sentence.group()
        if not _TELLER.match(told) or _ASKS.search(told):
            break
        if _WHEN.search(told) and parse_schedule(told).schedule is not None:
            break  # "We meet every Monday at 10." may be the run's schedule
        start, end = sentence.span()
        text = text[:start] + " " * (end - start) + text[end:]
    return text
