"""Read "brought to the team's attention" (people told of something) as "flagged to the team"."""

import re

# "should be brought to the dispensary team's attention", "bring it to the duty manager's
# attention", "draw any late invoice to the attention of the finance team", "call them to my
# attention": what is brought to someone's attention is flagged to them, a delivery told around
# its receiver. The verb is written as "flagged" / "flag" (or "sent" where it is shorter) in its
# room, and the words of attention blanked, the same length, so the spans stay where they were.
_BROUGHT_TO_ATTENTION = re.compile(
    r"\b(?P<verb>brought|drawn|called|bring|draw|call)\b(?P<what>[^.;!?:]{0,120}?)"
    r"(?P<to>\s+to\s+)"
    r"(?:(?P<owner>(?:the|our|their|your|his|her|my)\s+(?:[\w'\u2019&-]+\s+){0,4}?[\w&-]+?)"
    r"['\u2019]s?\s+attention\b"
    r"|(?P<pronoun>my|our|their|his|her|your)\s+attention\b"
    r"|(?P<of>the\s+attention\s+of\s+)(?=\S))",
    re.IGNORECASE,
)
_FLAGGED = {
    "brought": "flagged",
    "drawn": "sent",
    "called": "sent",
    "bring": "flag",
    "draw": "flag",
    "call": "flag",
}
# "to my attention": the person the possessive stands for ("to me").
_RECEIVER = {"my": "me", "our": "us", "their": "them", "his": "him", "her": "her", "your": "you"}


def attention_as_flagged(text: str) -> str:
    """Return text with each "brought to X's attention" written as "flagged to X"."""
    if "attention" not in text and "Attention" not in text:
        return text  # the cheap test first: almost no text asks for anyone's attention
    return _BROUGHT_TO_ATTENTION.sub(_as_flagged, text)


def _as_flagged(match: re.Match[str]) -> str:
    verb = _FLAGGED[match["verb"].lower()]
    if match["verb"][0].isupper():
        verb = verb.capitalize()  # "Bring any late invoice to …" opens its sentence
    whom = next(name for name in ("owner", "pronoun", "of") if match[name])
    # The verb in its room, then what is brought and "to", kept as written.
    written = (
        verb.ljust(match.end("verb") - match.start())
        + match.string[match.end("verb") : match.start(whom)]
    )
    if whom == "owner":
        # "to the dispensary team's attention": "to the dispensary team", the rest blanked.
        return written + match["owner"] + " " * (match.end() - match.end("owner"))
    if whom == "pronoun":
        return written + _RECEIVER[match["pronoun"].lower()].ljust(match.end() - match.start(whom))
    # "to the attention of #support-leads": the words of attention blanked, "to" moved next to
    # whom, as a place is read right after it.
    return written[: match.start("to") - match.start()] + "to ".rjust(
        match.end() - match.start("to")
    )
