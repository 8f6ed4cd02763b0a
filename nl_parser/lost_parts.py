"""Doubt a parse that may have lost or doubled a part, where the text still shows the part.

Found on the silent misses of round 19 and 20's first looks (wrong answers at 0.9 or more):

- a URL written "by calling/via <URL>" that no call step was made from: the means was lost;
- a URL in the text that no step uses: a source or a call was read as something else;
- two fetches where only one URL is written: one of them was read from words that fetch nothing;
- a correction marker ("sorry", "actually", "I mean", "not #x", "oh wait") and two deliveries of
  one kind: the slip and its correction may both have been kept;
- a correction that dropped the words naming a source ("from salesforce") and no fetch (round 21).
"""

import re

from nl_parser.confidence import Doubt
from nl_parser.drafts import StepDraft

_I = re.IGNORECASE
_URL = re.compile(r"https?://[^\s,;)\"']+")
_BY_CALLING = re.compile(
    r"\b(?:by\s+(?:calling|hitting|posting\s+to|sending\s+(?:it\s+)?to)|via|through|using)\s+"
    r"(?:the\s+)?(?:\w+\s+)?(?:api\s+|endpoint\s+|url\s+|webhook\s+)?(?:at\s+)?"
    r"(https?://[^\s,;)\"']+)",
    _I,
)
_PLACE = r"(?:to\s+|in\s+|on\s+)?(?:#[\w-]+|[\w.+-]+@[\w-]+\.[\w.-]+)"
# "Sorry, #platform", "actually to ops@…", "not #eng": a marker that corrects a place.
# "Oh wait, post it in #x": an exclamation of a slip may have a few words before the place.
_MARKER = re.compile(
    r"\b(?:sorry|actually|i\s+meant?|make\s+that|or\s+rather|scratch\s+that|no)[\s,:-]+"
    rf"{_PLACE}|\bnot\s+{_PLACE}"
    rf"|\b(?:oh\s+wait|oops|whoops)[\s,:-]+(?:[\w']+\s+){{0,4}}?{_PLACE}",
    _I,
)
# "email the list from salesforce to a@x.com - actually send it to the webhook": the words a
# correction dropped named a source.
_DROPPED_SOURCE = re.compile(
    r"\bfrom\s+(?:the\s+)?(?:https?://\S+|salesforce|sfdc|crm|[\w-]+\s+api)\b", _I
)
_LISTED = re.compile(r"https?://[^\s,;)\"']+\s*(?:,|and|or|&)\s*(https?://[^\s,;)\"']+)", _I)
# A source named in words ("from the shop API") is a second fetch's, beside the URL's.
_SOURCE = re.compile(
    r"\b(?:api|apis|endpoint|feed|service|server|system|database|db|warehouse|sheet|"
    r"spreadsheet|salesforce|sfdc|crm|zendesk|jira|github|gitlab|stripe|shopify|hubspot)\b",
    _I,
)
_FETCHES = frozenset({"http.request"})
_DELIVERIES = frozenset({"email.send", "slack.post_message", "sms.send"})
# A lost part costs what a loose end does; a doubled one, where the double is sometimes asked
# for ("email a@x.com and email b@x.com"), less.
_LOST = 0.4
_DOUBLED = 0.3


def lost_parts(
    text: str, steps: list[StepDraft], *, written: str, dropped: list[str] = ()
) -> list[Doubt]:
    """Return a doubt for each part `text` shows that the steps lost or doubled."""
    # `written`: the text before corrections were applied, which blank their markers;
    # `dropped`: the words each correction replaced.
    found = []
    for words in dropped:
        source = _DROPPED_SOURCE.search(words)
        if source and not any(s.action in ("http.request", "salesforce.query") for s in steps):
            found.append(
                Doubt(
                    _LOST, f"uncertain: a correction dropped '{source.group()}'; nothing reads it"
                )
            )
    urls = [_clean(u) for u in _URL.findall(text)]
    used = " ".join(str(s.config) for s in steps).lower()
    for means in _BY_CALLING.finditer(text):
        url = _clean(means.group(1))
        # "via the rerun webhook at https://…": the URL is the webhook's, which a post calls.
        callers = _FETCHES | {"webhook.post"} if "webhook" in means.group().lower() else _FETCHES
        called = any(
            s.action in callers and _clean(str(s.config.get("url", ""))) == url for s in steps
        )
        if not called:
            found.append(Doubt(_LOST, f"uncertain: '{means.group().strip()}' made no call step"))
    if not found:
        # "ping https://a… and https://b…": a list of URLs is one step's, which names the first.
        listed = {_clean(m.group(1)) for m in _LISTED.finditer(text)}
        unused = [url for url in urls if url not in used and url not in listed]
        if unused:
            found.append(Doubt(_LOST, f"uncertain: no step uses {unused[0]}"))
    if _calls_doubled(text, steps):
        fetches = [s for s in steps if s.action in _FETCHES]
        found.append(Doubt(_LOST, f"uncertain: {len(fetches)} calls, but one URL is written"))
    marker = _MARKER.search(written)
    delivered = [s.action for s in steps if s.action in _DELIVERIES]
    if marker and len(delivered) > len(set(delivered)):
        found.append(
            Doubt(
                _DOUBLED,
                f"uncertain: '{marker.group()}' reads like a correction, but two deliveries "
                "of one kind were kept",
            )
        )
    return found


def _clean(url: str) -> str:
    return url.rstrip(".!?:").lower()


def one_call_per_url(text: str, steps: list[StepDraft]) -> list[StepDraft]:
    """Return `steps` with the calls of a text that writes one URL and no other source as one."""
    if not _calls_doubled(text, steps):
        return steps
    # "450 notes sitting at https://…. Please download them", "https://… → every 20 min → …":
    # the URL was read once where it is written and again from words that fetch nothing. The one
    # call keeps the URL and runs where the first call did, before whatever used either.
    fetches = [s for s in steps if s.action in _FETCHES]
    kept = next((s for s in fetches if s.config.get("url")), fetches[0])
    first = steps.index(fetches[0])
    merged = [s for s in steps if s.action not in _FETCHES]
    merged.insert(first, kept)
    return merged


def fetched_as_told(steps: list[StepDraft]) -> bool:
    """Tell whether the doubled calls are data told at its URL, then fetched by a bare verb."""
    # "we've got 2,300 records at https://…. Fetch them, …": the data named with its source is
    # what the later verb fetches, so the two are surely one call.
    told, *rest = [s for s in steps if s.action in _FETCHES]
    if not (told.subject and told.config.get("url")):
        return False
    return all(not s.config and not s.subject for s in rest)


# "trigger the Glenmere Car Wash flush webhook, …, then read https://…": a webhook set off is
# a delivery of its own, never the one call the URL makes, whatever read it as a call.
_WEBHOOK_SET_OFF = re.compile(
    r"\b(?:trigger|fire|hit|call|ping|kick|poke|invoke)(?:s|ed|ing)?\s+(?:off\s+)?"
    r"(?:the|our|their|a)\s+[^,;.:!?]{0,80}?\bweb-?hook\b",
    _I,
)


def _calls_doubled(text: str, steps: list[StepDraft]) -> bool:
    urls = {_clean(u) for u in _URL.findall(text)}
    fetches = sum(s.action in _FETCHES for s in steps)
    if len(urls) != 1 or fetches < 2:
        return False
    unlinked = _URL.sub(" ", text)
    if "hook" in unlinked.lower() and _WEBHOOK_SET_OFF.search(unlinked):
        return False
    return not _SOURCE.search(unlinked)
