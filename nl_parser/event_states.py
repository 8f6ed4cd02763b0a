"""Words on a trigger that say which events count, and a state read as a test on a schedule."""

import re

from nl_parser.condition_fields import config, status_field
from nl_parser.conditions import CONDITION, ConditionDraft
from nl_parser.predicates import CHANGED_TO, COMES_BACK_AS, GRADE_BROUGHT

_I = re.IGNORECASE

# After a trigger's verb, words that say which events count rather than what happened: a manner
# ("late", "twice", "partially"), an attendant state ("with warnings"), a number or comparison
# (a number, not a digit inside a name: "lands in S3"), a quoted value or a span of time.
_EVENT_STATE = re.compile(
    r"\b(?:with|without|late|early|again|twice|thrice|partially|successfully|unsuccessfully|"
    r"two|three|four|five|six|seven|eight|nine|ten|dozen)\b"
    r"|\b(?!(?:only|daily|weekly|monthly|hourly|nightly|yearly|quarterly|family|apply|reply|"
    r"supply|rely|july|italy|anomaly)\b)[a-z]{3,}ly\b"
    r"|\b\d|%|\b(?:more|less|fewer)\s+than\b|\b(?:over|above|under|below|exceeds?|crosses)\b"
    # "is moved to Blocked", "is upgraded to Enterprise": a verb of changing a state or rank with
    # the value it reaches ("downgrades to the free plan", active, is the event itself).
    rf"|\b(?:marked|flagged|set\s+to|{CHANGED_TO})\s+\w"
    r"|\b(?:after|before|past)\s+(?:midnight|noon)\b"
    # "submits grades after the deadline": a manner of the event against its deadline.
    r"|\b(?:after|past)\s+(?:the|its|their)\s+(?:deadline|cut-?off|due\s+date)\b"
    # "is rated 'bad'", "gets labelled "urgent"": a participle with the quoted value it sets.
    r"|\b[a-z]{3,}ed\s+(?:as\s+)?['\"\u2018\u201c]\w"
    # "is reopened for the third time": which occurrence of the event counts.
    r"|\bfor\s+the\s+(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)|nth)\s+time\b"
    # "comes back clear", "turns out negative": a result with the value it brings.
    rf"|{COMES_BACK_AS}"
    # "a scan finds a critical vulnerability": a grade on what the event brings says which count.
    rf"|{GRADE_BROUGHT}"
    # "a start date is a week away": a spelled-out span of time says which events count.
    r"|\b(?:an?|one)\s+(?:day|week|fortnight|month|year)\s+(?:away|old|late|overdue|out)\b",
    _I,
)


def says_which_events(event: str) -> bool:
    """Tell whether an event clause says which events count ("is paid late", "bounces twice")."""
    # Its first three words are the opener and the start of the subject ("When a 5-star …");
    # what follows a comma is a step the splitter left on it, not part of the event.
    return bool(_EVENT_STATE.search(" ".join(event.split(",")[0].split()[3:])))


_DONE = re.compile(r"\b(?:is|are|was|has\s+been)\s+(ready|done|finished|complete|completed)\b", _I)


def read_state(text: str) -> ConditionDraft | None:
    """Read "the job is complete" as a test of its status (on a schedule, not an event)."""
    match = _DONE.search(text)
    if match is None:
        return None
    field = status_field(text[: match.start()])
    return ConditionDraft(
        CONDITION, config(field, "equals", match.group(1).lower()), 0.85, text=text.strip()
    )
