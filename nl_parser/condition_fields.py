"""The field and value of a condition: the subject a test is on ("$.backlog", "$.deploy.status"),
snake_case names and numbers read from text ("$10,000" → 10000)."""

import re
from typing import Any

from nl_parser.lexicon import NUMBER_WORDS, STOPWORDS, word_set

GENERIC_SUBJECTS = word_set(
    """
    it they them this that these those result results response responses check request
    requests site website service server endpoint api url call job ping page health app
    status answer output reply there one ones anything something everything
    """
)
_SUBJECT_NOISE = word_set(
    """
    a an the its their our any new current latest of is are was were does do did has
    have gets get goes go went finishes finished completes completed ends ended runs ran
    returns returned comes come becomes became drops drop falls fall rises rise number
    count still now yet we every each stays stay stayed remains remain remained sits sit
    """
)
_TIME_WORDS = word_set("later today tonight tomorrow now again yet")
# A noun whose head alone is generic ("request", "page") but which names a thing with its
# modifier: "a pull request fails" is on the pull request, not on "pull".
_COMPOUND = re.compile(
    r"\b(?:pull|merge|feature|change|access|purchase|support|service|refund|leave|time-off)"
    r"\s+requests?\b|\b(?:status|landing|checkout|login)\s+page\b|\bhealth\s+check\b",
    re.I,
)
# "today's spend", "a sample freezer's temperature": the possessor is not the thing tested.
_POSSESSOR = re.compile(r"^.*\b[a-z][\w-]*['\u2019]s\b", re.I)
# "a score comes in at 20 or higher": the verb that brings the value names no field.
_AT_VALUE = re.compile(r"\b(?:comes?|came|is|are|was|sits?|stands?)\s+(?:in\s+)?at\s*$", re.I)
# "10k", "2.5m": a count in thousands or millions.
_MULTIPLIER = {"k": 1_000, "m": 1_000_000}


def config(field: str, operator: str, value: Any) -> dict[str, Any]:
    """Return a condition config: field, operator and value."""
    return {"field": field, "operator": operator, "value": value}


def subject_words(text: str) -> list[str]:
    """Return the last three meaningful words of a condition's subject."""
    text = _AT_VALUE.sub(" ", text)
    text = _COMPOUND.sub(lambda m: m.group().replace(" ", "_"), _POSSESSOR.sub(" ", text))
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
    # "above 90% an hour later": a word of time or grammar after the value is no quantity.
    if after is None or after.group(1).lower() in STOPWORDS | _TIME_WORDS:
        return "$.value"
    return f"$.{snake(after.group(1))}"


def snake(words: str) -> str:
    """Return `words` as a snake_case field name."""
    return re.sub(r"[^a-z0-9]+", "_", words.lower()).strip("_") or "value"


_FRACTIONS = {"half": 50, "quarter": 25, "third": 33, "fifth": 20, "tenth": 10}


def value_of(raw: str) -> Any:
    """Return a condition value: a number when the text is one ("$10,000" → 10000), else text."""
    raw = raw.strip().strip("\"'“”")
    # "fewer than four units": a count spelled out is its number ("a", "an" and "one" are
    # left as written, as the comparisons never read them as counts).
    counted = NUMBER_WORDS.get(raw.lower()) if raw.lower() not in ("a", "an", "one") else None
    if counted is not None:
        return counted
    # "a quarter full": a fraction is read as the percentage it is, as "25%" would be.
    fraction = _FRACTIONS.get(raw.lower().removeprefix("a ").removeprefix("an "))
    if fraction is not None:
        return fraction
    number = re.sub(r"[,$%\u00a3\u20ac]", "", raw).strip()
    scale = _MULTIPLIER.get(number[-1:].lower(), 1) if number[:1].isdigit() else 1
    number = number[:-1].strip() if scale > 1 else number
    try:
        return int(number) * scale
    except ValueError:
        pass
    try:
        value = float(number) * scale
    except ValueError:
        return raw
    return int(value) if scale > 1 and value.is_integer() else value
