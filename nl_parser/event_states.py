"""Words on a trigger that say which events count, and a state read as a test on a schedule."""

import re

from nl_parser.condition_fields import config, status_field
from nl_parser.conditions import CONDITION, ConditionDraft
from nl_parser.predicates import CHANGED_TO, COMES_BACK_AS, GRADE_BROUGHT

_I = re.IGNORECASE

# "a guest RSVPs no", "a member votes yes": the answer given says which events count.
_ANSWERED = re.compile(
    r"\b(?:rsvps?|rsvp'?d|votes?|voted|answers?|answered|replies|replied|responds?|responded)\s+"
    r"['\"\u2018\u201c]?(?P<answer>yes|no|maybe)\b(?!\s+[a-z])",
    _I,
)
# "a distributor reports a keg as damaged", "flags an order as fraud": the state the event
# gives its object.
_REPORTED_AS = re.compile(
    r"\b(?:reports?|reported|flags?|flagged|marks?|marked|lists?|listed|logs?|logged)\s+"
    r"(?:an?|the|one|some|any|its|their)\s+(?:[\w-]+\s+){0,2}?as\s+(?:an?\s+)?"
    r"(?!(?:soon|well|long|much|many|usual|needed|planned)\b)['\"\u2018\u201c]?(?P<state>[a-z][\w-]*)",
    _I,
)
# "a participant misses a scheduled visit": what did not happen is told by the item's state.
_MISSED = re.compile(
    r"\b(?:misses|missed|skips|skipped|no-shows?)\s+(?:an?|the|their|his|her)\b", _I
)

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
    r"|\b(?:an?|one)\s+(?:day|week|fortnight|month|year)\s+(?:away|old|late|overdue|out)\b"
    rf"|{_ANSWERED.pattern}|{_REPORTED_AS.pattern}|{_MISSED.pattern}",
    _I,
)


def says_which_events(event: str) -> bool:
    """Tell whether an event clause says which events count ("is paid late", "bounces twice")."""
    # Its first three words are the opener and the start of the subject ("When a 5-star …");
    # what follows a comma is a step the splitter left on it, not part of the event.
    return bool(_EVENT_STATE.search(" ".join(event.split(",")[0].split()[3:])))


def read_event_state(event: str) -> ConditionDraft | None:
    """Read the answer, state or miss an event clause says counts ("RSVPs no"), or None."""
    answered = _ANSWERED.search(event)
    if answered:
        return _draft("$.response", answered["answer"].lower(), event)
    reported = _REPORTED_AS.search(event)
    if reported:
        return _draft("$.status", reported["state"].lower(), event)
    if _MISSED.search(event):
        return _draft("$.status", "missed", event)
    return None


def _draft(field: str, value: str, text: str) -> ConditionDraft:
    return ConditionDraft(CONDITION, config(field, "equals", value), 1.0, text=text.strip())


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
