"""Items fields are taken from, named before the verb that takes them: "From each card pull the
object name, donor and year acquired", "Out of each delivery note take the haulier and date".

Said the other way round ("pull the object name, … from each card") the fields are read out of
each item; the source told first is put back after the take, so the same rules read it.
"""

import re
from dataclasses import replace

from nl_parser.clause_pieces import Clause

# Verbs that take fields out of an item ("pull", "grab", "pick out", …).
_TAKES = frozenset(
    [
        "pull",
        "grab",
        "extract",
        "take",
        "pick",
        "lift",
        "pluck",
        "get",
        "copy",
        "capture",
        "collect",
        "gather",
        "fish",
        "scrape",
        "parse",
    ]
)
_EACH_ITEM = (
    r"(?:from|out\s+of)\s+(?:each|every)(?:\s+one)?(?:\s+of\s+(?:the|these|those|our|their))?"
)
# "From each of the scanned leases": the items alone, a clause of their own.
_SOURCE_ALONE = re.compile(_EACH_ITEM + r"(?:\s+[\w'-]+){1,4}", re.I)
# "Out of each delivery note take …": the items, then the take in the same clause.
_SOURCE_THEN_TAKE = re.compile(
    rf"(?P<source>{_EACH_ITEM}(?:\s+[\w'-]+){{1,4}}?)\s*,?\s+(?=(?:{'|'.join(sorted(_TAKES))})\b)",
    re.I,
)


def put_sources_after_takes(clauses: list[Clause]) -> list[Clause]:
    """Return the clauses with items named before a take put back after it."""
    if not any(c.text[:4].lower() in ("from", "out ") for c in clauses):
        return clauses  # the cheap test: no clause opens on "from" or "out of"
    read: list[Clause] = []
    skip = False
    for index, clause in enumerate(clauses):
        if skip:
            skip = False
            continue
        after = clauses[index + 1] if index + 1 < len(clauses) else None
        if _SOURCE_ALONE.fullmatch(clause.text.strip()) and after and _takes(after.text):
            # "From each card, pull the object name, …": the take is the next clause.
            # The gap is kept as spaces, so the clause still spans the words it was written in.
            gap = " " * max(1, after.start - clause.end)
            text = after.text + gap + _lowered(clause.text)
            read.append(replace(after, text=text, start=clause.start))
            skip = True
            continue
        opened = _SOURCE_THEN_TAKE.match(clause.text)
        if opened:
            gap = " " * (opened.end() - opened.end("source"))
            text = clause.text[opened.end() :] + gap + _lowered(opened["source"])
            read.append(replace(clause, text=text))
            continue
        read.append(clause)
    return read


def _takes(text: str) -> bool:
    """Tell whether text opens on a verb that takes fields out of an item."""
    first = text.split(maxsplit=1)
    return bool(first) and first[0].lower() in _TAKES


def _lowered(source: str) -> str:
    """Return "from each card" for "From each card" (no longer at the clause's head)."""
    return source[:1].lower() + source[1:]
