"""Wishes and asks around the steps: "It'd be great if …", "The office requests that …"."""

import re

from nl_parser.lexicon import blank_all
from nl_parser.praised_wishes import blank_praised_wishes
from nl_parser.verbs import main_verb

# "We would be grateful if the checklist could be emailed …", "It'd be great if you could …": a
# wish that opens with "if" asks for the steps; it tests nothing.
# "The partnerships office would be grateful if …", "Facilities would appreciate it if …": who
# wishes may be any body of people, named in a few words before "would".
_WISHER = r"(?:[\w&'-]+\s+){0,5}?[\w&'-]+"
_IF = re.compile(r"\sif\b", re.IGNORECASE)
# "My manager asked if we could email her …", "The owner wondered if you could post …": an ask
# reported as the whole request; the step after the modal is what was asked for.
_ASKED_IF_WE_COULD = re.compile(
    rf"^\W*{_WISHER}\s+(?:(?:has|had)\s+)?(?:asked|wondered|was\s+wondering|wants\s+to\s+know)"
    r"\s+if(?=\s+(?:we|you|u|i)\s+(?:could|can|would|might)\s+[a-z])",
    re.IGNORECASE,
)
_WISHED_IF = re.compile(
    rf"(?:^|(?<=[.!?,;]))\s*(?:{_WISHER}(?:\s+would|['\u2019]d)\s+(?:be\s+(?:very\s+|really\s+|most\s+)?"
    r"(?:grateful|thankful|glad|happy|delighted)|(?:really\s+)?(?:appreciate|love|like)\s+it)"
    r"|it(?:\s+would|['\u2019]d)\s+be\s+(?:really\s+|very\s+|so\s+)?(?:great|nice|good|helpful|"
    r"lovely|ideal|brilliant|handy|wonderful|useful"
    # "It would be appreciated if the log were retrieved …": the wish, said impersonally.
    r"|(?:much\s+|greatly\s+|most\s+)?(?:appreciated|welcomed?|preferred|preferable|desirable))"
    rf"|{_WISHER}(?:\s+would|['\u2019]d)\s+(?:welcome|prefer)\s+it)\s+if\b",
    re.IGNORECASE,
)

# "The facilities directorate requests that … a report be produced", "It is requested that …",
# "On behalf of the flood office, I would ask that …": who asks, before what is asked for in
# the subjunctive; the steps are in the "that" clause ("that" stays, for actions.py to read).
_ASKER = re.compile(
    r"(?:^|(?<=[.!?]))(?P<who>[^.!?;:#@/\d]{0,120}?)\b(?:request(?:s|ed)?|ask(?:s|ed)?|"
    r"require(?:s|d)?|recommend(?:s|ed)?|propose(?:s|d)?|insist(?:s|ed)?|direct(?:s|ed)?|"
    r"instruct(?:s|ed)?)\s+(?=that\b(?P<asked>(?:[^.!?]|[.!?](?=\S))*))",
    re.IGNORECASE,
)
# The bare "be" of the subjunctive ("that a report be produced"), not "should be" or "to be":
# without it, "the access requests that came in overnight …" names requests, not an asker.
# (the look-ahead at the first letters turns most positions away before the look-behinds run)
_SUBJUNCTIVE_BE = re.compile(
    r"(?=\s)(?<!\bto)(?<!\bshould)(?<!\bmust)(?<!\bwill)(?<!\bcan)(?<!\bwould)(?<!\bmay)"
    r"(?<!\bmight)(?<!\bshall)(?<!\bcould)\s+be\s+[a-z]+",
    re.IGNORECASE,
)
# "When a customer requests that …", "each time someone asks that …": an event, not an asker.
_EVENT_WORDS = re.compile(
    r"\b(?:when|whenever|if|once|each|every|after|before|unless|who|which)\b", re.IGNORECASE
)


def blank_asker(text: str) -> str:
    """Blank who asks and the verb of asking before "that … be <done>" (what is asked for)."""

    def blank(match: re.Match[str]) -> str:
        who = match["who"]
        # "Email the team and ask that …", "when a customer requests that …": a step or an
        # event, not who asks.
        asks = _SUBJUNCTIVE_BE.search(match["asked"])
        if main_verb(who) or _EVENT_WORDS.search(who) or not asks:
            return match.group()
        return " " * len(match.group())

    return _ASKER.sub(blank, text)


def blank_wishes(text: str) -> str:
    """Blank a wish or a reported ask that opens with "if" ("It'd be great if you could …")."""
    if _IF.search(text):  # "… would … if", "… asked if we could …"
        wished = blank_all(_ASKED_IF_WE_COULD, blank_all(_WISHED_IF, text))
        wished = blank_praised_wishes(wished)  # "If it could also post …, that'd be great."
    else:
        wished = text
    return wished
