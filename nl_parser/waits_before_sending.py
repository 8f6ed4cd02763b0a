"""Items that must wait for someone's word before being sent on, told with the items as subject.

"Repeat-prescription requests that include a controlled drug must wait for the duty GP's
sign-off before being sent on to the pharmacy webhook", "refund requests that mention a
chargeback have to wait for a manager's okay before going to #refunds": the items (with what
picks them), the word awaited, and the delivery after it, as "hold the requests that … until
the GP signs off, then send them on to …" says it.
"""

import re
from typing import NamedTuple

from nl_parser.verbs import DELIVER, lemma

_I = re.IGNORECASE

_WAITS_BEFORE_SENT = re.compile(
    r"^\W*(?P<items>\w.*?)\s+(?:must|should|shall|will|has\s+to|have\s+to|needs?\s+to)\s+wait\s+"
    r"(?P<awaited>(?:for|until|till|on)\s.+?)\s+before\s+"
    # "before being sent on to …", "before they are emailed to …", "before it gets posted …",
    # "before going to #refunds".
    r"(?:being\s+(?P<done>[a-z]+ed|sent)"
    r"|(?:it|they)\s+(?:is|are|gets?|get)\s+(?P<told>[a-z]+ed|sent)"
    r"|(?P<going>going|it\s+goes|they\s+go))\b"
    r"(?P<rest>.*)$",
    _I,
)


class WaitBeforeSending(NamedTuple):
    """The items that wait, the word they wait for, and the delivery after it, as a command."""

    items: str
    awaited: str
    sending: str


def wait_before_sending(text: str) -> WaitBeforeSending | None:
    """Read "<items> must wait for <a word> before being <sent> to <place>" (None if not)."""
    lowered = text.lower()
    if " wait " not in lowered or " before " not in lowered:
        return None  # most clauses say neither: the pattern is spared
    match = _WAITS_BEFORE_SENT.match(text)
    if match is None:
        return None
    done = (match["done"] or match["told"] or "").lower()
    # "before going to #refunds": what goes is sent there.
    verb = "send" if match["going"] else lemma(done)
    if verb not in DELIVER:
        return None  # "before being checked": no delivery, no rule of ours
    return WaitBeforeSending(match["items"], match["awaited"], f"{verb} them{match['rest']}")
