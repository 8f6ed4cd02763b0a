"""A run said once in passing, inside a clause: "query Salesforce, just this once, for every …".

Said between commas or dashes, the aside cuts the clause it sits in: left in, "for
every account that …" after its comma reads as a test of its own, where the clause whole reads
the items the query asks for. Blanked, the clause joins up again, and the run happens once.
"""

import re

from nl_parser.lexicon import blank_spans

# ", just this one time,", " — only once —", ", one time only,": the aside closes as it opened,
# so "once the order ships" (an event) is never one; "Audit (one-off):" in brackets heads the
# steps, and is read with the heading (parser.py).
_ONCE_ASIDE = re.compile(
    r"(?:\s*,|\s+[\u2013\u2014-])\s*"
    r"(?:(?:just|only)\s+)?(?:as\s+)?"
    r"(?:(?:this|the)\s+(?:once|one\s+time)|once|one\s+time|an?\s+one[\s-](?:off|time)"
    r"(?:\s+(?:job|run|thing|pull|query))?|one[\s-]off)"
    r"(?:\s+only)?\s*(?:,|[\u2013\u2014-](?=\s))",
    re.IGNORECASE,
)


def blank_once_in_passing(text: str) -> tuple[str, bool]:
    """Blank ", just this once," inside a clause; tell whether the run was said to happen once."""
    lowered = text.lower()
    if "once" not in lowered and "one time" not in lowered and "one-" not in lowered:
        return text, False  # the cheap test first: most texts say nothing of the kind
    asides = [aside.span() for aside in _ONCE_ASIDE.finditer(text)]
    return blank_spans(text, asides), bool(asides)
