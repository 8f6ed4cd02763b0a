"""Fields an instruction is written as, each a label and its value ("Source: Salesforce — …").

A field's label names what it holds, so it is no word of the request: a source is fetched
("Source: Salesforce — the contracts renewed …" reads as "fetch Salesforce — …"), and the other
labels ("Frequency:", "Rule:") leave their values to the grammars; what a document gives, said
as a thing ("Output: a compiled renewals report, to be e-mailed to …"), is made, then sent.
Between bars ("schedule: hourly | source: https://… | action: …") the fields are clauses, as
between arrows; written as sentences ("Frequency: quarterly, 06:00 …. Source: …. Output: ….")
two or more must open sentences, so one "Output:" alone is left as it was written. A field
labelled as a test ("Condition: at least one deal in the CRM worth over £15k that is still at
offer stage.") is read as "if" would open it, so its value is a test, never background.
"""

import re

from nl_parser.verbs import lemma

_FIELD = re.compile(
    r"(?:^|(?<=\|))(?P<space>\s*)(?P<label>[a-z]+(?:\s[a-z]+)?)\s*:(?=\s)", re.IGNORECASE
)
_FETCHED_FIELDS = frozenset({"source", "data", "input", "feed", "endpoint", "data source"})
# Labels whose value is what the run tests: said as "if" says it.
_TESTED_FIELDS = frozenset({"condition", "test", "criteria"})
# A value that opens with its own opener or a verb ("Test: ping https://…") is left as written.
_OPENS_ITS_OWN = re.compile(r"\s*(?:if|when|whenever|only|unless|once)\b", re.IGNORECASE)
_FIELD_LABELS = (
    _FETCHED_FIELDS
    | _TESTED_FIELDS
    | frozenset({"schedule", "when", "rule", "action", "then", "do", "step", "output"})
    # "STEPS: pull out …; build a report": the label over the list of steps, as over one.
    | frozenset({"steps", "actions", "tasks"})
)
# What a document of fields gives: "Output: a digest e-mailed to …" is a thing made, then sent.
_MADE_FIELDS = frozenset({"output", "deliverable", "result"})
# A document of fields also opens its sentences with when it runs and what it gives.
_SENTENCE_LABELS = _FIELD_LABELS | _MADE_FIELDS | frozenset({"frequency", "timing", "cadence"})
# "JOB: send the rota / FROM: https://… / TO: readers@x.com": the job is its step, "FROM:" a
# source only when it holds a URL ("FROM: Ops, Greyhaven Wind Farm" is the writer), and "TO:"
# the job's place only when it holds nothing but an address.
_JOB_FIELDS = frozenset({"job", "task"})
_FROM_A_URL = re.compile(r"[ \t]*https?://\S+[ \t]*(?:\n|$)", re.IGNORECASE)
_TO_A_PLACE = re.compile(r"[ \t]*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|#[\w-]+)[ \t]*(?:\n|$)")
# "Source: Salesforce, wedding opportunities …": a system, then after a comma what is read there.
_SYSTEM_THEN_ITEMS = re.compile(r"\s*(?:salesforce|sfdc|(?:the\s+|our\s+)?crm)\s*,", re.IGNORECASE)
# "Output: a compiled report, …" names a thing made; "Output: the orders, …" what was fetched.
_A_THING = re.compile(r"\s+an?\s", re.IGNORECASE)
# "\n• do: build a report from them", "\n- source: https://…": a field may open a line of a
# list, after its bullet.
_SENTENCE_FIELD = re.compile(
    r"(?:^|(?<=[.!?\n]))(?P<space>\s*(?:[-*\u2022\u00b7][ \t]*)?)"
    r"(?P<label>[A-Za-z]+(?:[ \t][A-Za-z]+)?)[ \t]*:(?=\s)"
)


def barred_fields_as_clauses(text: str) -> str:
    """Read "label: value | label: value" fields as clauses, keeping every offset."""
    if text.count("|") < 2:
        return text
    if not all(
        (m := _FIELD.match(part)) and m["label"].lower() in _FIELD_LABELS
        for part in text.split("|")
    ):
        # "nightly 23:30 | salesforce → … | generate report | #coach-sales": bare fields between
        # bars are clauses too, as between arrows.
        return text.replace("|", ";")
    return _FIELD.sub(_unlabelled, text).replace("|", ";")


def sentence_fields_as_clauses(text: str) -> str:
    """Read "Label: value." fields opening sentences as the request's words (same length back)."""
    if text.count(":") < 2:  # the cheap test first: two labels need two colons
        return text
    fields = [m for m in _SENTENCE_FIELD.finditer(text) if _names_a_field(m)]
    if len(fields) < 2:  # one "Output:" alone may be a heading of the writer's own
        return text
    for field in reversed(fields):
        said = _unlabelled(field)
        if field["label"].lower() in _MADE_FIELDS and _A_THING.match(text, field.end()):
            said = field["space"] + "produce".ljust(len(said) - len(field["space"]))
        system = _SYSTEM_THEN_ITEMS.match(text, field.end())
        if field["label"].lower() in _FETCHED_FIELDS and system:
            # "Source: Salesforce, wedding opportunities …": the items read from it, as after "—".
            text = text[: system.end() - 1] + " " + text[system.end() :]
        text = text[: field.start()] + said + text[field.end() :]
    return text


def _names_a_field(match: re.Match[str]) -> bool:
    """Tell a field's label from a heading of the writer's ("FROM: Ops, …" names who wrote)."""
    label = match["label"].lower()
    if label == "from":
        return bool(_FROM_A_URL.match(match.string, match.end()))
    if label == "to":
        return bool(_TO_A_PLACE.match(match.string, match.end()))
    return label in _SENTENCE_LABELS or label in _JOB_FIELDS


def _unlabelled(match: re.Match[str]) -> str:
    """Return the field's label as the request's words: "fetch" for a source, else blank."""
    width = len(match.group()) - len(match["space"])
    label = match["label"].lower()
    said = "fetch" if label in _FETCHED_FIELDS or label == "from" else ""
    if label in _TESTED_FIELDS and _tested_as_written(match.string, match.end()):
        said = "If" if match["label"][0].isupper() else "if"
    return match["space"] + said.ljust(width)


def _tested_as_written(text: str, at: int) -> bool:
    """Tell a test's value ("at least one deal …") from one with its own opener or verb."""
    if _OPENS_ITS_OWN.match(text, at):
        return False
    first = re.match(r"\s*([A-Za-z][\w'-]*)", text[at:])
    return first is not None and not lemma(first[1].lower())
