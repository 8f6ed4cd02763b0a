"""The moment a test is made, said after it: "if a book is marked as damaged when it's returned"."""

import re

from nl_parser.clause_pieces import Clause
from nl_parser.moments_and_spans import is_bare_moment

# Openers of a test whose moment may follow it, and openers that may name that moment.
_TESTS = frozenset({"if", "unless", "only if"})
_MOMENTS = frozenset({"when", "once", "whenever", "as soon as"})
# "when it's returned", "once they're checked in at the desk", "when it comes back": the item
# the test is about, named by a pronoun, and what happens to it; the event, not a second test.
_WHAT_HAPPENS_TO_IT = re.compile(
    r"^\W*(?:it|they|he|she)\s*"
    r"(?:(?:'s|'re|is|are|was|were|gets?|got)\s+(?:[a-z]{3,}(?:ed|en)|sent|paid|made|brought)"
    r"|(?:comes?|came|arrives?|arrived|lands?|landed))"
    r"(?:\s+(?:in|out|back|off|up|over))?(?:\s+(?:at|to|by|from|in|on|into)\s+[^,;]*)?\W*$",
    re.IGNORECASE,
)


def names_test_moment(clauses: list[Clause], index: int) -> bool:
    """Tell whether clause `index` only says when the test just before it is made."""
    clause = clauses[index]
    if clause.conditional not in _MOMENTS or index == 0:
        return False
    test = clauses[index - 1]
    body = clause.text[len(clause.conditional) :]
    return (
        test.conditional in _TESTS
        and test.sentence == clause.sentence
        and _WHAT_HAPPENS_TO_IT.match(body) is not None
    )


# "any room is still showing as occupied after checkout": the moment closing a test's words.
_MOMENT_AFTER = re.compile(r"\s+after\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})\W*$", re.IGNORECASE)


def without_test_moment(body: str) -> str:
    """Return a test's words without the bare moment that ends them ("… after checkout")."""
    match = _MOMENT_AFTER.search(body) if " after " in body else None
    if match is None or not is_bare_moment(match.group(1).lower().split()):
        return body
    return body[: match.start()]
