"""Read a place named alone after items or a delivery ("bug reports → #qa") as where they go."""

import re

from nl_parser.actions import labels_a_source
from nl_parser.clause_pieces import Clause
from nl_parser.described_items import ones_described
from nl_parser.destinations import COURTESY_AFTER, PLACE_ALONE
from nl_parser.drafts import StepDraft
from nl_parser.verbs import main_verb

# "urgent tickets → pager webhook; anything else → …": unscheduled, a webhook named by what it
# does is a lone place too (after a scheduled fetch, "each pump showing an error → pager
# webhook" is a test on the data read, which verbless_test reads).
_WEBHOOK_ALONE = re.compile(r"^\W*(?:the\s+)?(?:[\w-]+\s+){0,2}?web-?hook\W*$", re.I)


def place_routed_to(clauses: list[Clause], index: int, *, webhook_too: bool = False) -> str | None:
    """Return the lone place the next clause names when this one is items with no verb."""
    if index + 1 >= len(clauses) or clauses[index + 1].conditional:
        return None
    place = clauses[index + 1].text.strip()
    clause = clauses[index].text
    if not (PLACE_ALONE.match(place) or (webhook_too and _WEBHOOK_ALONE.match(place))):
        return None
    if not re.search(r"[a-z]", clause) or (main_verb(clause) and not ones_described(clause)):
        return None
    if labels_a_source(clause):
        return None  # "salesforce → opps closing this week → #hire-desk": a fetch, then a post
    return COURTESY_AFTER.sub("", place).strip(" .;,")


# Where a message goes: a channel or addresses. A webhook is named by what it does ("hit the
# release-block webhook → #firmware" posts as well), so it is a place of its own.
_PLACED_MESSAGES = {"email.send": "to", "slack.post_message": "channel"}


def place_sent_to(clauses: list[Clause], index: int, steps: list[StepDraft] | None) -> str | None:
    """Return the lone place the next clause names when this one delivers to no place."""
    if not steps or index + 1 >= len(clauses) or clauses[index + 1].conditional:
        return None
    place = clauses[index + 1].text.strip()
    # The cheap test first: a lone place is short and names a channel or an address.
    if len(place) > 80 or not ("#" in place or "@" in place) or not PLACE_ALONE.match(place):
        return None
    sent = steps[-1]
    if sent.action not in _PLACED_MESSAGES or sent.config.get(_PLACED_MESSAGES[sent.action]):
        return None
    return COURTESY_AFTER.sub("", place).strip(" .;,")
