"""A medium told in a sentence of its own after the request: "…? Sundays at 19:00, by email."

People ask for the thing first and say how it should reach them last, often after the schedule
("Could the section leaders get a roundup of …? Sundays at 19:00, by email.", "Can the drivers
have a list of tomorrow's drops? Every evening at 6. Via Slack."). The fragment left once the
schedule is read names only the medium; it belongs to the request before it, which alone
names no medium.
"""

import re
from dataclasses import replace

from nl_parser.clauses import Clause

# "by email", "via Slack", "over e-mail please": a medium alone, the whole clause.
_MEDIUM_ALONE = re.compile(
    r"^\W*(?:by|via|over|through|on)\s+(?P<medium>e-?mail|slack)"
    r"(?:\s+(?:please|pls|thanks|ta))?\W*$",
    re.IGNORECASE,
)
# What names a medium or a place already: the request has one, so the fragment is something else.
_NAMES_A_MEDIUM = re.compile(r"[#@]|\b(?:e-?mail|slack|sms|text|webhook|dm|message)", re.IGNORECASE)


def fold_media_told_after(clauses: list[Clause]) -> tuple[list[Clause], list[tuple[int, int]]]:
    """Join a medium told alone in a later sentence to the request before it; return its span."""
    # The cheap test first: most texts have no clause opening on one of these words.
    if len(clauses) < 2 or not any(
        c.text.lstrip(" ,;-").lower().startswith(("by ", "via ", "over ", "through ", "on "))
        for c in clauses[1:]
    ):
        return clauses, []
    folded: list[Clause] = []
    spans: list[tuple[int, int]] = []
    for clause in clauses:
        told = _MEDIUM_ALONE.match(clause.text)
        before = folded[-1] if folded else None
        if (
            told is None
            or before is None
            or before.conditional
            or before.sentence == clause.sentence
            or _NAMES_A_MEDIUM.search(before.text)
        ):
            folded.append(clause)
            continue
        # Read with the request; the fragment's own words are read too.
        joined = f"{before.text.rstrip(' ?.!')} by {told['medium']}"
        folded[-1] = replace(before, text=joined)
        spans.append((clause.start, clause.end))
    return folded, spans
