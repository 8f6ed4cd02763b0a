"""A need told before the steps: "We need a look at X: query …", "The board wants X. Could …"."""

import re

from nl_parser import destinations as dest
from nl_parser.clause_steps import read_steps
from nl_parser.clauses import split_clauses
from nl_parser.lexicon import blank_span, blank_spans
from nl_parser.schedule import parse_schedule
from nl_parser.wanted import wanted_list

# "Our linen-supply business needs a one-off look at the Northbridge group: query …", "the
# board wants a quick check on Harbour Foods: pull …": who needs what, before the colon that
# opens the steps, is talk around them when what is wanted makes no step of its own.
_NEED_BEFORE_COLON = re.compile(
    r"^\s*(?:(?:our|my|the|this|we|i|(?-i:[A-Z])[\w&'-]*)\s[^:\n.!?]{0,60}?)?"
    r"(?:needs?|wants?|would\s+like|['\u2019]d\s+like)\s+"
    r"(?P<wanted>(?:an?|one|some)\s[^:\n.!?]{1,80}?):(?=\s)",
    re.IGNORECASE,
)


def blank_need_heading(text: str) -> str:
    """Blank a sentence of need that heads the steps ("We need a look at X: query …")."""
    need = _NEED_BEFORE_COLON.match(text)
    # "We need a summary of signups: post it to #growth": the summary wanted is a step, as
    # "make a summary of signups" would be; "make a quick look at X" makes nothing, nor does
    # "make a service nudge list", whose step is only guessed from its nouns.
    made = need and any(
        not step.doubt
        for step in read_steps(split_clauses("make " + need["wanted"]), scheduled=False).steps
    )
    if made:
        return _made_as_wanted(text, need)
    if need is None:
        return text
    # "I need a one-off list: Yorkshire accounts in Salesforce that …": the items listed after
    # the colon, with no verb, are what is wanted; the clause reads them as got (wanted.py).
    sentence = _SENTENCE_ON.match(text, need.start())
    if wanted_list(sentence.group()) != sentence.group():
        return text
    return _blank_need_but_its_schedule(text, need)


def _blank_need_but_its_schedule(text: str, need: re.Match[str]) -> str:
    """Blank the need heading but for the schedule it names ("needs a nightly check at 9pm:")."""
    start, end = need.span()
    # "a check every half hour from noon until 8pm, Tuesday to Saturday:": when the run is
    # wanted is the schedule's, though the wish around it is talk.
    kept = parse_schedule(text[start:end]).spans
    gaps, at = [], start
    for kept_start, kept_end in kept:
        gaps.append((at, start + kept_start))
        at = start + kept_end
    return blank_spans(text, [*gaps, (at, end)])


# "…: build it at 7 …", "…: put it together on Fridays …": the thing wanted, made by its name.
_MAKE_IT = re.compile(
    r"\s+(?:build|make|generate|produce|compile|create|prepare|draft|write|run)\s+it\b"
    r"|\s+(?:put|pull|throw)\s+it\s+together\b|\s+draw\s+it\s+up\b",
    re.IGNORECASE,
)


def _made_as_wanted(text: str, need: re.Match[str]) -> str:
    """Read "X needs a monthly report: build it …" as "make a monthly report …"."""
    made = _MAKE_IT.match(text, need.end())
    if made is None:
        return text  # "We need a summary of signups: post it to #growth": the need makes it
    # "it" is the thing wanted, so the verb moves to it and the colon's clause is that thing's.
    opening = text[: need.start("wanted")]
    return (
        "make".ljust(len(opening))
        + need["wanted"]
        + " " * (made.end() - need.end("wanted"))
        + text[made.end() :]
    )


# "The board at Millbrook Distribution wants the headlines from a rough year at the Leeds
# warehouse. Could you summarise …": who wants what, told in a sentence of its own before the
# request, is talk around the steps when what is wanted makes no step and names no source.
_NEED_BEFORE_REQUEST = re.compile(
    r"^\s*(?:(?:our|my|the|this|we|i)\s[^:\n.!?]{0,60}?)?(?:needs?|wants?)\s+"
    r"(?P<wanted>(?:an?|one|some|the)\s[^:\n.!?#@]{1,100}?)\.\s+"
    r"(?=(?:(?:can|could|would)\s+(?:you|u)|please)\b)",
    re.IGNORECASE,
)


def blank_need_before_request(text: str) -> str:
    """Blank a sentence of need before the request ("The board wants X. Could you …")."""
    need = _NEED_BEFORE_REQUEST.match(text)
    if need is None or dest.SOURCE.search(need["wanted"]):
        return text
    # "The team wants a summary of signups. Could you post it …": a summary wanted is a step.
    if read_steps(split_clauses("make " + need["wanted"]), scheduled=False).steps:
        return text
    return blank_span(text, need.span())


# From a point to the end of its sentence (a dot inside "example.com" ends nothing).
_SENTENCE_ON = re.compile(r"(?:[^.!?;]|[.!?](?=\S))*")
