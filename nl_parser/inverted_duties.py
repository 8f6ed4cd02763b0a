"""Put a duty inverted after a fronted "only if" back in order ("only where X is Y to be told").

"…; only where their total exceeds £2,000 is the finance lead to be told", "only if any reading
rose above 8°C should the duty manager be alerted in #cold-store": fronting "only if / when /
where" inverts the clause it guards, so its auxiliary comes before the subject. Moved back after
the subject ("the finance lead is to be told"), the duty reads as any duty after a test and its
comma does.
"""

import re

from nl_parser.verbs import lemma

# The test, then the auxiliary, the subject (a determiner and up to four words) and the duty's
# "(to) be <done>"; the test stops at a sentence's end (a decimal point goes on).
_INVERTED_DUTY = re.compile(
    r"\bonly\s+(?:if|when|where)\s(?:[^;.:\n]|\.(?=\d))*?\s"
    r"(?P<aux>is|are|should|must|shall|will)"
    r"(?P<subject>\s+(?:the|a|an|any|its|their|our|each|all|every)(?:\s+[\w'-]+){1,4}?)"
    r"\s+(?P<to>to\s+)?be\s+(?P<done>[a-z]+)\b",
    re.IGNORECASE,
)
# "is the lead to be told": a duty with "is"/"are" takes "to be", one with a modal a bare "be".
_TO_BE_AUXILIARIES = frozenset({"is", "are"})
_DONE_IRREGULAR = frozenset({"told", "given", "shown", "sent", "rung", "written"})


def uninvert_duties(text: str) -> str:
    """Return text with each duty inverted after "only if/when/where" put subject first."""
    if "only " not in text.lower():
        return text
    return _INVERTED_DUTY.sub(_subject_first, text)


def _subject_first(match: re.Match[str]) -> str:
    aux, subject = match["aux"], match["subject"]
    if (aux.lower() in _TO_BE_AUXILIARIES) != bool(match["to"]) or not _done(match["done"]):
        return match.group()
    # The space before the auxiliary becomes the comma that ends the test, so the same letters,
    # moved, keep every offset after the subject where it was.
    start, end = match.start("aux") - match.start() - 1, match.end("subject") - match.start()
    spaces = subject[: len(subject) - len(subject.lstrip())]
    whole = match.group()
    return whole[:start] + "," + subject.lstrip() + spaces + aux + whole[end:]


def _done(word: str) -> bool:
    """Tell a participle of a deed ("informed", "told", "alerted") from other words."""
    word = word.lower()
    return word in _DONE_IRREGULAR or (
        word.endswith("ed") and (lemma(word) is not None or len(word) > 6)
    )
