"""The field and value of a condition: the subject a test is on ("$.backlog", "$.deploy.status"),
snake_case names and numbers read from text ("$10,000" → 10000)."""

import re
from typing import Any

from nl_parser.lexicon import word_set

GENERIC_SUBJECTS = word_set(
    """
    it they them this that these those result results response responses check request
    requests site website service server endpoint api url call job ping page health app
    status answer output reply there one ones
    """
)
_SUBJECT_NOISE = word_set(
    """
    a an the its their our any new current latest of is are was were does do did has
    have gets get goes go went finishes finished completes completed ends ended runs ran
    returns returned comes come becomes became drops drop falls fall rises rise number
    count
    """
)


def config(field: str, operator: str, value: Any) -> dict[str, Any]:
    """Return a condition config: field, operator and value."""
    return {"field": field, "operator": operator, "value": value}


def subject_words(text: str) -> list[str]:
    """Return the last three meaningful words of a condition's subject."""
    words = re.findall(r"[a-z][a-z0-9_-]*", text.lower())
    while words and words[-1] in _SUBJECT_NOISE:
        words.pop()
    return [w for w in words if w not in _SUBJECT_NOISE][-3:]


def subject_field(text: str) -> str | None:
    """Return the field a subject names ("the error rate" → "$.error_rate"); None for "it"."""
    words = subject_words(text)
    if not words or (len(words) == 1 and words[0] in GENERIC_SUBJECTS):
        return None
    return "$." + snake(" ".join(words))


def status_field(text: str) -> str:
    """Return the status field of a subject ("a deployment" → "$.deployment.status")."""
    words = [w for w in subject_words(text) if w not in GENERIC_SUBJECTS]
    if not words:
        return "$.status"
    return "$." + snake(" ".join(words)) + ".status"


def quantity_field(text: str, match: re.Match[str]) -> str:
    """Return the field a comparison is on: its subject, else the noun after the value."""
    field = subject_field(text[: match.start()])
    if field:
        return field
    after = re.match(r"\s*([a-z][\w-]*)", text[match.end() :], re.I)
    return f"$.{snake(after.group(1))}" if after else "$.value"


def snake(words: str) -> str:
    """Return `words` as a snake_case field name."""
    return re.sub(r"[^a-z0-9]+", "_", words.lower()).strip("_") or "value"


def value_of(raw: str) -> Any:
    """Return a condition value: a number when the text is one ("$10,000" → 10000), else text."""
    raw = raw.strip().strip("\"'“”")
    number = raw.replace(",", "").replace("$", "").replace("%", "").strip()
    try:
        return int(number)
    except ValueError:
        pass
    try:
        return float(number)
    except ValueError:
        return raw
