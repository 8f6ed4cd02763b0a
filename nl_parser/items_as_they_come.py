"""Items named, then "as they come in": the event that starts the steps, as "when" opens it.

"Keyturn Locksmiths call-outs, as they come in: emergency lockouts → pager webhook; …": the
items a heading names, and their arriving told after a comma, are the trigger, so the heading
reads as "when Keyturn Locksmiths call-outs come in:" and the cases after its colon are tested.
"As each booking email comes in, …" opens the event the same way, the item first.
"""

import re

# "<items>, as they come in:", "…, as and when they arrive:": the arrival told of the items just
# named, before the colon that opens the steps.
_AS_THEY_COME = re.compile(
    r"^(?P<lead>\s*)(?P<items>[^\n,.;:!?]{3,60}?)\s*,\s*as\s+(?:and\s+when\s+|soon\s+as\s+)?"
    r"(?:they|these|those)\s+(?P<arrive>come\s+(?:in|through)|arrive|land|roll\s+in|turn\s+up|"
    r"get\s+(?:submitted|booked|logged|raised)|are\s+(?:submitted|booked|logged|raised))"
    r"(?P<end>\s*:)",
    re.IGNORECASE,
)


def open_items_as_they_come(text: str) -> str:
    """Rewrite "<items>, as they come in:" as "when <items> come in:", keeping the clause's end."""
    if " as " not in text or " they " not in text:
        return text  # the cheap test first: most texts tell no arrival this way

    def opened(match: re.Match[str]) -> str:
        # "when " is never longer than ", as they ": the colon keeps its place or moves left.
        said = f"{match['lead']}when {match['items']} {match['arrive']}{match['end']}"
        return said.ljust(len(match.group()))

    return _AS_THEY_COME.sub(opened, text, count=1)


# "As each session booking email comes into the studio, …", "as every invoice lands, …": "as"
# before "each"/"every" opening a clause that a comma or colon ends is the time of the event, as
# "when" is ("mark them as each one's category" has no break before it).
_AS_EACH_COMES = re.compile(
    r"(?:^|(?<=[.;:!?\n,]\s)|(?<=\n)|(?<=\band\s))(?P<as>as\s+(?:each|every))\s"
    r"(?=[^,.;:\n]{3,100}[,:])",
    re.IGNORECASE,
)


def open_each_as_it_comes(text: str) -> str:
    """Rewrite "As each <item> <arrives>, …" as "When <item> <arrives>, …", keeping its length."""
    lowered = text.lower()
    if "as each " not in lowered and "as every " not in lowered:
        return text  # the cheap test first

    def opened(match: re.Match[str]) -> str:
        # "When" is never longer than "as each": the words after it keep their place.
        when = "When" if match["as"][0].isupper() else "when"
        return when.ljust(len(match.group()))

    return _AS_EACH_COMES.sub(opened, text)
