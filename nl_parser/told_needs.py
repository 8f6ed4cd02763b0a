"""Read "the pressing team needs to know" (people who must hear of something) as "tell them"."""

import re

# "…, the pressing team needs to know.", "Priya should know about it.", "the duty vet has to
# know about every late dose": people who must hear of something, opening their clause, are
# told it, a delivery told around its receiver. "tell" takes the subject's room, the receiver
# follows, the words of needing are blanked, the same length, so the spans stay where they were;
# "about X" after them is kept. A need to know more ("needs to know whether …", "wants to know
# how many …") is a question, not a delivery, and is left alone.
_NEEDS_TO_KNOW = re.compile(
    r"(?:^|(?<=[,.;:!?\u2192\u2014\u2013])|(?<=[,.;:!?\u2192\u2014\u2013]\s)|(?<=\band\s)|(?<=\bthen\s))"
    r"\s*(?P<who>(?:the|our|my|their|your)\s+(?:[\w'\u2019&-]+\s+){0,4}?[\w&-]+"
    r"|(?-i:[A-Z])[a-z]+(?:\s+(?-i:[A-Z])[a-z]+)?|#[\w-]+)\s+"
    r"(?P<need>(?:needs?|has|have|must|should|ought|will\s+want|['\u2019]ll\s+want)\s+to\s+know"
    r"|(?:must|should)\s+know|(?:needs?|has|have|must|should)\s+to\s+be\s+told)"
    r"(?=\s+about\s|(?:\s+(?:(?:right|straight)\s+away|at\s+once|immediately|asap))?"
    r"\s*(?:[.;!,]|$))",
    re.IGNORECASE,
)

_DETERMINERS = frozenset({"the", "our", "my", "their", "your"})


def told_needs_as_tell(text: str) -> str:
    """Return text with each "X needs to know" written as "tell X"."""
    if "know" not in text and "told" not in text:
        return text  # the cheap test first: few texts say who needs to know
    return _NEEDS_TO_KNOW.sub(_as_tell, text)


def _as_tell(match: re.Match[str]) -> str:
    lead = match.string[match.start() : match.start("who")]
    who = match["who"]
    if who.split()[0].lower() in _DETERMINERS:
        who = who[0].lower() + who[1:]  # "The duty vet has to know": no name, no capital
    return (lead + "tell " + who).ljust(match.end() - match.start())
