"""Read "put it in one of three buckets: A, B or C" (a sort into named groups) as "sort it into
A, B or C"."""

import re

# "put it in one of three buckets: billing, outage or other", "drop each request into one of these
# piles — …", "file them under one of four categories: …": items placed in one of some groups,
# the groups named after the colon, are sorted into them. The words are rewritten in the room
# they took (spaces after), so the spans of the text stay where they were.
_PUT_IN_ONE_OF = re.compile(
    r"\b(?:put|place|drop|file|sort|split|divide|assign|throw|bucket)(?:s|ting|ing)?"
    r"(?P<told>\s+(?:it|them|each(?:\s+one)?|(?:each|every|the)\s+[\w-]+))?"
    r"\s+(?:in|into|under|to)\s+one\s+of\s+(?:(?:the|these|those|our|\w+)\s+)?(?:[\w-]+\s+)?"
    r"(?:buckets|categories|groups|piles|bins|boxes|classes|types|kinds|folders|lanes|queues)"
    r"\s*(?::|[\u2014\u2013]|\s-)(?=\s)",
    re.IGNORECASE,
)


def buckets_as_sort(text: str) -> str:
    """Return text with each "put X in one of N buckets:" written as "sort X into"."""
    if "one of" not in text:
        return text  # the cheap test first: almost no text names groups this way
    return _PUT_IN_ONE_OF.sub(_as_sort, text)


def _as_sort(match: re.Match[str]) -> str:
    verb = "Sort" if match.group()[0].isupper() else "sort"
    return f"{verb}{match['told'] or ''} into".ljust(len(match.group()))
