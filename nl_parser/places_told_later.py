"""A place told after the delivery it belongs to ("… the recap should go to owners@x.com").

"Could the owners get a recap of last week's bookings? … The recap should go to owners@x.com",
"email the crew a digest of today's jobs. Send it to crew@x.com": the thing sent is named again
with where it goes; that is the place of the delivery before (which named none), not a second
delivery. "Also send it to …" or a different medium is still one more delivery.
"""

import re

from nl_parser import destinations as dest
from nl_parser.drafts import FETCHED, MADE, StepDraft, phrase_for

# "it to …", "the recap to …", "the weekly summary via …": what was sent before, named again.
_SENT_AGAIN = re.compile(
    r"^\s*(?:it|them|this|that|the\s+(?:[\w-]+\s+)?(?:recap|summary|digest|report|round-?up|"
    r"overview|rundown|wrap-?up|breakdown|update|list))\s+(?:to|in|on|via|into)\b",
    re.IGNORECASE,
)
_AGAIN = frozenset({"also", "too", "well", "copy", "cc", "another"})


def placed_later(text: str, rest: str, found: tuple[str, dict], prior: list[StepDraft]) -> bool:
    """Give the delivery before the place `rest` names when it sends the same thing again."""
    sent = [s for s in prior if s.action in dest.DELIVERY_ACTIONS]
    # A clause may be read twice: the place given on the first reading is the same one.
    if not sent or sent[-1].config not in ({}, found[1]) or not found[1]:
        return False
    if not _SENT_AGAIN.match(rest):
        return False
    before = sent[-1]
    at = prior.index(before)
    # Only a thing made and sent, with nothing but a source told after it: "hold the entry
    # until …, then email it to …" sends the held thing, not the one before.
    if (
        at == 0
        or prior[at - 1].action not in MADE
        or any(s.action not in FETCHED for s in prior[at + 1 :])
    ):
        return False
    # "email the team a digest …, then post it to #ops": a medium named twice is two deliveries.
    if before.need != "medium" and before.action != found[0]:
        return False
    if _AGAIN & set(re.findall(r"[a-z]+", text.lower())):
        return False  # "also send it to …": one more place, not the first one's
    before.action, before.config, before.strength = found[0], dict(found[1]), 1.0
    before.need, before.doubt, before.phrase = "exact", "", phrase_for(found[0])
    return True


def placed_alone(text: str, prior: list[StepDraft]) -> bool:
    """Give a place told alone ("TO: a@x.com") to the delivery before, which named none."""
    # "JOB: send next week's rota / FROM: https://… / TO: readers@x.com": the place alone, with
    # only a source told between, is where the job's send goes, not one more delivery.
    sent = [s for s in prior if s.action in dest.DELIVERY_ACTIONS]
    if not sent or sent[-1].config:
        return False
    before = sent[-1]
    if any(s.action not in FETCHED for s in prior[prior.index(before) + 1 :]):
        return False
    found = dest.medium(text, "send")
    if found is None or not found[1]:
        return False
    if before.need != "medium" and before.action != found[0]:
        return False  # "email the team …, #ops": a channel is a second medium, not the email's
    before.action, before.config, before.strength = found[0], dict(found[1]), 1.0
    before.need, before.doubt, before.phrase = "exact", "", phrase_for(found[0])
    return True
