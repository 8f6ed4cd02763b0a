"""A thing in a bad state reported by a device: "a lift reports a trapped passenger", "a locker
signals a jammed door", "a boiler reports a blocked flue".

What a machine reports of a thing it holds is that thing's state now, a test (as "any pump
reports a fault" is); the field is the thing, the value its state. A person who reports a thing
broken ("a rider reports a broken bike", "a tenant reports a blocked drain") tells news, which is
the event alone.
"""

import re

from nl_parser.condition_fields import snake
from nl_parser.lexicon import word_set

_I = re.IGNORECASE

# States a thing is left in by a fault; "a jammed door", "a trapped passenger".
_FAULTY = word_set(
    "trapped jammed stuck blocked clogged tripped burst frozen seized stalled flooded overheated"
    " overheating leaking cracked broken failed dead"
)
_TELLING = word_set("report reports signal signals flag flags register registers log logs")

_FAULT_REPORTED = re.compile(
    r"^\W*(?P<subject>(?:[\w'\u2019&.-]+\s+){1,9}?)"
    r"(?:reports?|signals?|flags?|registers?|logs?)\s+(?:an?|some|any)\s+"
    r"(?P<state>[a-z]+)\s+(?P<thing>[a-z][\w-]*(?:\s+(?!(?:in|on|at|and|or)\b)[a-z][\w-]*)?)"
    r"(?:\s+(?:in|on|at|inside)(?:\s+[\w'-]+){1,3})?\W*$",
    _I,
)

# Who tells news rather than reads a state: people, by the word for them.
_PEOPLE = word_set(
    "customer customers client clients user users member members guest guests visitor visitors"
    " patient patients student students tenant tenants resident residents rider riders driver"
    " drivers passenger passengers parent parents owner owners caller callers someone somebody"
    " anyone anybody staff employee employees technician technicians tech techs engineer"
    " engineers agent agents rep reps worker workers volunteer volunteers nurse nurses doctor"
    " teacher teachers manager managers they he she we i you person people"
)


def fault_reported(text: str) -> tuple[str, str] | None:
    """Return (field, state) for "<device> reports a <faulty> <thing>", None when it is not one."""
    words = set(text.lower().split())
    if not (words & _TELLING and words & _FAULTY):
        return None  # the cheap test first: most clauses have neither word
    match = _FAULT_REPORTED.match(text)
    if match is None or match["state"].lower() not in _FAULTY:
        return None
    if set(match["subject"].lower().split()) & _PEOPLE:
        return None  # "a tenant reports a blocked drain": news from a person
    return f"$.{snake(match['thing'])}", match["state"].lower()
