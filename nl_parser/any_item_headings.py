"""A heading that picks items by what they do ("Any checkout that leaves a tab unpaid: …")."""

import re

# "Any Quayside Hotel checkout that leaves a minibar balance unpaid: email …", "Any order that is
# flagged as fraud: post …": opening the text (or a sentence), the items a relative clause picks,
# before the colon of their steps, are the event and its test, as "when" would open them.
_ANY_ITEM_THAT = re.compile(
    r"(?:^|(?<=[.!?]\s))\s*(?P<any>any\s+)(?P<item>(?:[\w'&-]+\s+){0,4}?[\w'&-]+)"
    r"(?P<that>\s+(?:that|which|who))"
    # "Any skip that the yard app flags as overweight:": the item is the object of a verb of
    # recording whose subject names who records it, so the state is the item's, told passive.
    r"(?:\s+(?:the|our|their|its|your|my|an?)\s+(?:[\w'&-]+\s+){0,3}?(?P<records>[a-z]+s)"
    r"(?=\s+as\s))?"
    r"\s+(?=[^:.;\n]{3,}:)",
    re.IGNORECASE,
)
# A verb of recording and its participle: "flags … as overweight" is "is flagged as overweight".
_RECORDED_AS = {
    "flags": "flagged",
    "marks": "marked",
    "tags": "tagged",
    "labels": "labelled",
    "lists": "listed",
    "logs": "logged",
    "records": "recorded",
    "reports": "reported",
    "classes": "classed",
    "classifies": "classified",
    "rates": "rated",
    "grades": "graded",
    "scores": "scored",
    "reads": "read",
    "shows": "shown",
}


def open_any_item_headings(text: str) -> str:
    """Rewrite "Any <item> that <does>:" as "when <item> <does>:", keeping the length."""
    if ":" not in text or "ny " not in text:  # the cheap test first
        return text

    def opened(match: re.Match[str]) -> str:
        said = f"when {match['item']}"
        end = match.end("that")
        participle = _RECORDED_AS.get((match["records"] or "").lower())
        if participle:
            said, end = f"{said} is {participle}", match.end("records")
        return match.group()[: match.start("any") - match.start()] + said.ljust(
            end - match.start("any")
        )

    return _ANY_ITEM_THAT.sub(opened, text)
