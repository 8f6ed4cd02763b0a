"""A step before ids (StepDraft), its wording, and the source a clause names for it."""

import re
from dataclasses import dataclass, field
from typing import Any

from nl_parser import destinations as dest
from nl_parser.lexicon import word_set

_I = re.IGNORECASE


@dataclass
class StepDraft:
    """A step before ids: action, config, how strongly the text supports it, and its phrase."""

    action: str
    config: dict[str, Any] = field(default_factory=dict)
    strength: float = 1.0
    phrase: str = ""
    subject: str = ""
    need: str = "exact"  # "soft" when another tool would serve as well (sales data over HTTP)
    doubt: str = ""  # why the step is a guess, for `warnings` (empty when the text is explicit)
    acts: bool = False  # a call that does something ("requeue it by calling …"), fetching nothing


FETCHED = frozenset({"http.request", "salesforce.query"})
# Steps that make a text of the data (a summary, a report), which a delivery then sends.
MADE = frozenset({"summarize", "generate_report"})
_API_NAMED = re.compile(r"https?://|\b[\w-]+\s+api\b", _I)


def named_system(text: str) -> list[StepDraft]:
    """Return the fetch for a system named inside a made thing's object, if one is named."""
    if dest.SALESFORCE_NAMED.search(text) or re.search(r"\bcrm\b", text, _I):
        return [StepDraft("salesforce.query", {}, 0.8, "query Salesforce")]
    if _API_NAMED.search(text):
        return [StepDraft("http.request", dest.url_config(text), 0.8, "call the API")]
    return []


# "summarize the release notes draft at https://…": data that lives at an address is fetched
# from it, as "from https://…" is (a web hook's address is where things go, not a source);
# so is data a message is told "using" or "based on" ("tell the pickers …, using https://…").
_LIVES_AT = re.compile(r"\b(?:at|on|using|based\s+on)\s+(?!\S*hooks?\b)https?://\S+", _I)


def implied_source(rest: str) -> list[StepDraft]:
    source = dest.SOURCE.search(rest) or _LIVES_AT.search(rest)
    if not source:
        return []
    if dest.SALESFORCE_NAMED.search(source.group()) or re.search(r"\bcrm\b", source.group(), _I):
        return [StepDraft("salesforce.query", {}, 0.85, "query Salesforce")]
    return [StepDraft("http.request", dest.url_config(source.group()), 0.85, "call the API")]


_PHRASES = {
    "http.request": "call the API",
    "salesforce.query": "query Salesforce",
    "email.send": "send an email",
    "slack.post_message": "post to Slack",
    "webhook.post": "post to the webhook",
    "generate_report": "generate a report",
    "summarize": "summarize",
    "classify": "classify",
    "extract": "extract data",
}

OPAQUE = re.compile(r"https?://\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|#[\w-]+")
_OBJECT_NOISE = word_set(
    """
    out salesforce sfdc crm api endpoint url query
    a an the it them its their our my your all any new latest this that these those of
    yesterday's today's todays yesterdays some data results result info information
    """
)


def phrase_for(action: str) -> str:
    """Return a short verb phrase describing an action, for descriptions."""
    return _PHRASES.get(action, action)


def object_words(rest: str) -> str:
    """Return the head noun phrase after the verb, for names ("the latest sales data" → "sales")."""
    rest = OPAQUE.sub(" ", rest)
    head = _head(rest)
    if not head:
        # "query Salesforce for closed deals": the object follows "for".
        after_for = re.search(r"\bfor\s+(.*)", rest, _I)
        head = _head(after_for.group(1)) if after_for else ""
    return head


def _head(text: str) -> str:
    piece = re.split(_BOUNDARY, text, maxsplit=1)[0]
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", piece) if w.lower() not in _OBJECT_NOISE]
    return " ".join(words[:3])


_BOUNDARY = re.compile(
    r"(?<![\w-])(?:to|in|on|from|for|via|into|by|with|at|and|if|when|of)(?![\w-])|[,;]", _I
)
