"""Routes told right after a sort: "triage it as emergency or routine — emergencies straight to
the on-call webhook, the rest to repairs@…" (a class the sort names leads its own delivery)."""

import re

from nl_parser.agents import LABELS

_LISTED_APART = re.compile(r"\s*(?:,|/|\bor\b|\band\b)\s*", re.IGNORECASE)


def _plurals(label: str) -> tuple[str, ...]:
    """Return a label and the plurals it may be written as ("emergency", "emergencies")."""
    plural = (
        label[:-1] + "ies" if label.endswith("y") else label + ("es" if label[-1:] in "sx" else "s")
    )
    return label, plural


def class_named_after_sort(text: str, clause_at: int, dash_at: int, word: str) -> bool:
    """Tell whether `word`, after a dash, is a class the sort before the dash lists."""
    listed = LABELS.search(text, clause_at, dash_at)
    if listed is None:
        return False
    labels = [label.lower() for label in _LISTED_APART.split(listed.group(1)) if label]
    return any(word in _plurals(label.split()[0]) for label in labels)
