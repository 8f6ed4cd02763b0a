"""Items told by what they did, the noun left out: "asked about the summer course → #team".

A route's items may be named by a participle alone ("Route: asked about the intensive course
→ #summer-team; the remainder → …", "paid by invoice → #accounts"): they are the ones that
asked, as "leads who asked about …" are, not a step "ask". A bare verb ("feed", "embed") is no
participle, and needs a preposition after it to describe anything.
"""

import re

# A label first ("Route:"), then the participle and the preposition that says of what.
_DESCRIBED = re.compile(
    r"^(?P<label>\W*(?:[A-Za-z][\w-]*\s*:\s*)?)"
    r"(?P<done>[a-z]{2,}(?<!ee)ed|paid|sent|made|given|taken|written|bought|brought|left|put)"
    r"\s+(?:up\s+|in\s+)?(?:about|by|for|from|in|into|on|through|via|with|at|over|under)\s",
    re.IGNORECASE,
)


def ones_described(items: str) -> str | None:
    """Return "the ones that asked about X" for items told by a participle alone, or None."""
    described = _DESCRIBED.match(items)
    if described is None:
        return None
    at = described.start("done")
    return f"{items[:at]}the ones that {items[at:]}"
