"""Who the workflow is for, said last ("(That's for Lumen Analytics, in case it matters.)").

A closing sentence, in brackets or not, that only names the firm the request is made for, maybe
with a hedge on whether it helps ("in case it matters", "if that helps", "for what it's worth"),
says nothing a step or the schedule uses; its "in case" or "if" would otherwise open a test that
guards nothing.
"""

import re

from nl_parser.calendar_words import DAY, MONTH
from nl_parser.lexicon import blank_span

# "in case it matters", "if that helps", "in case it's relevant", "for what it's worth", "FYI".
_HEDGE = (
    r"(?:(?:in\s+case|if)\s+(?:it|that|this)(?:['\u2019]s|\s+is)?\s+"
    r"(?:matters?|helps?|useful|relevant|important|needed)"
    r"|for\s+what\s+it['\u2019]s\s+worth|fyi)"
)
# A firm's name: words in capitals, with "of", "and", "&" or "the" between them.
_NAME = r"(?P<names>(?-i:[A-Z])[\w'&.-]*(?:[ \t]+(?:(?-i:[A-Z])[\w'&.-]*|of|and|the|&)){0,5})"
_SAID_FOR = re.compile(
    r"(?<=[.!?])\s*\(?\s*"
    rf"(?:{_HEDGE}\s*,?\s*)?"
    r"(?:that|this|it|all\s+this|this\s+one)(?:['\u2019]s|\s+is)\s+(?:all\s+)?for\s+(?:the\s+)?"
    rf"{_NAME}"
    rf"(?:\s*,?\s*{_HEDGE})?"
    r"\s*[.!]?\s*\)?\s*[.!]?\s*$",
    re.IGNORECASE,
)
# A day, a month or a medium named is no firm: "(That's for Slack.)" says where it goes.
_NO_FIRM = re.compile(
    rf"{DAY}|{MONTH}|\b(?:slack|e-?mail|web-?hook|salesforce|sfdc|crm|api|sms|teams)\b",
    re.IGNORECASE,
)


def blank_client_named_last(text: str) -> str:
    """Blank "(That's for Lumen Analytics, in case it matters.)" ending the text (same length)."""
    if " for " not in text[-160:]:  # the cheap test first
        return text
    said = _SAID_FOR.search(text, max(0, len(text) - 160))
    if said is None or _NO_FIRM.search(said["names"]):
        return text  # "(This is for Slack.)", "(That's for Monday.)": a medium or a day is kept
    return blank_span(text, said.span())
