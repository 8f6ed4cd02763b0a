"""A question about how a period's data went, before a thing made of it, names that data.

"Mondays 09:15 — how did last week's bookings at Lockbox Escapes go? Give the game-masters a
short roundup in #game-masters." asks nothing of the bookings in its own sentence, yet they are
what the roundup sums up: the question says which data the run reads, as "get last week's
bookings at Lockbox Escapes." would. With no made thing after it ("how did it go? let me know")
the question stays talk.
"""

import re

# "last week's", "yesterday's", "the weekend's", "this month's": the data of a period.
_PERIODS = (
    r"(?:(?:last|this|the|past)\s+(?:week|weekend|month|quarter|year|night|day|shift|season)"
    r"|yesterday|today|tonight|(?:sun|mon|tues|wednes|thurs|fri|satur)day)['\u2019]s"
)
# "how did <data> go / do / look / turn out?", "how were <data>?": asked how it went.
_HOW_IT_WENT = re.compile(
    r"(?<![\w'\u2019])(?P<ask>how\s+(?:did|do|have|has|were|was|are|is)\s+)"
    rf"(?P<data>{_PERIODS}\s+[^?.!;:]{{1,80}}?)"
    r"(?P<went>(?:\s+(?:go|do|look|turn\s+out|perform|pan\s+out|shape\s+up|fare|went|gone|"
    r"done|looking|doing|going))?\s*\?)",
    re.IGNORECASE,
)
# A thing made of the data after the question: it is what the data is read for.
_MADE_AFTER = re.compile(
    r"\b(?:summary|summaries|summari[sz]e|round-?up|rundown|recap|digest|report|overview|"
    r"wrap-?up|breakdown)\b",
    re.IGNORECASE,
)


def questions_as_fetches(text: str) -> str:
    """Write "how did last week's bookings go?" as "get last week's bookings." (same length)."""
    if "?" not in text or "ow " not in text:  # the cheap test first
        return text
    asked = _HOW_IT_WENT.search(text)
    if asked is None or not _MADE_AFTER.search(text, asked.end()):
        return text
    went = asked["went"]
    return (
        text[: asked.start()]
        + "get".ljust(len(asked["ask"]))
        + asked["data"]
        + " " * (len(went) - 1)
        + "."
        + text[asked.end() :]
    )
