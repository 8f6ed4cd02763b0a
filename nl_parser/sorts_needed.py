"""Sorts told as a need of the items: "Incoming callout requests need triaging: …" (or "need
sorting", "need to be classified") before the routes after the colon is "triage <items>: …"."""

import re

# The gerund or participle of a sorting verb, and the verb it asks for.
_SORTING = {
    "triag": "triage",
    "sort": "sort",
    "categoris": "categorise",
    "categoriz": "categorize",
    "label": "label",
    "labell": "label",
    "tagg": "tag",
    "prioritis": "prioritise",
    "prioritiz": "prioritize",
    "bucket": "bucket",
    "group": "group",
}
_SORTS_NEEDED = re.compile(
    r"^(?P<lead>\s*)(?P<items>(?-i:[A-Z])[^:\n.!?]{2,100}?)\s+(?:needs?|want|wants|requires?)\s+"
    r"(?:(?P<gerund>triag|sort|classify|categoris|categoriz|labell?|tagg|prioritis|prioritiz"
    r"|bucket|group)ing|to\s+be\s+(?P<participle>triag|sort|classifi|categoris|categoriz"
    r"|labell?|tagg|prioritis|prioritiz|bucket|group)ed)"
    r"(?P<how>\s+(?:by|into|as)\s+[^:\n.!?]{1,40}?)?\s*:(?=\s)",
    re.IGNORECASE,
)


def sorts_needed_as_asked(text: str) -> str:
    """Read "<items> need triaging: …" as "triage <items>: …", kept to the same length."""
    if "need" not in text[:140] and "want" not in text[:140] and "requir" not in text[:140]:
        return text  # the cheap test first: most instructions tell no need before a colon
    need = _SORTS_NEEDED.match(text)
    if need is None:
        return text
    stem = (need["gerund"] or need["participle"]).lower()
    verb = _SORTING.get(stem, "classify")  # "classifying", "classified"
    asked = f"{need['lead']}{verb.capitalize()} {need['items']}{need['how'] or ''}:"
    return asked.ljust(need.end()) + text[need.end() :]
