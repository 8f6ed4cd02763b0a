"""Blank the message set up before a colon when the steps after it deliver one: "Set up a reminder
for St Aldhelm's Choral Society: every Saturday at 4:30pm post '…' in #choir" posts once; the
reminder named in the heading is the post, not a second message. So is one headed with its
cadence and for whom ("Quarterly nudge for Ledgerly clients: …, email the reminder …")."""

import re

from nl_parser.clause_steps import read_steps
from nl_parser.clauses import split_clauses
from nl_parser.destinations import DELIVERY_ACTIONS
from nl_parser.lexicon import blank_spans

# "Set up a reminder for the choir:", "Create a weekly alert for the night shift:", "Schedule a
# nudge for our landlords:": a message set up, for whom, then the colon that opens the steps.
# "Quarterly nudge for Ledgerly clients:", "Weekly reminder for the choir:": with no verb, the
# cadence and for whom say it is the message set up, not the items ("Urgent alerts: …").
_MESSAGE_SET_UP = re.compile(
    r"^\W*(?P<asked>(?:(?:please|can\s+you|could\s+you)\s+)?(?:set\s+up|create|add|schedule|make)"
    r"\s+(?:me\s+|us\s+)?(?:an?\s+)?)?"
    r"(?P<cadence>(?:daily|nightly|weekly|fortnightly|monthly|quarterly|yearly|annual)\s+)?"
    r"(?:[\w-]+\s+)?"
    r"(?:reminders?|alerts?|notifications?|nudges?|notices?|announcements?)"
    r"(?P<whom>\s+(?:for|to)\s+[^:\n.!?#@]{1,80}?)?\s*:(?=\s)",
    re.IGNORECASE,
)


def blank_message_heading(text: str) -> str:
    """Blank "Set up a reminder for X:" or "Weekly nudge for X:" when the steps deliver it."""
    heading = _MESSAGE_SET_UP.match(text)
    if heading is None or not (heading["asked"] or (heading["cadence"] and heading["whom"])):
        return text
    after = read_steps(split_clauses(text[heading.end() :]), scheduled=False).steps
    if not any(step.action in DELIVERY_ACTIONS for step in after):
        return text  # "Set up a reminder for the choir: Saturdays at 4:30pm": the one message
    # "Set up a weekly reminder for the team: …": the cadence asked for stays to be read.
    kept = heading.span("cadence") if heading["cadence"] else (heading.end(), heading.end())
    return blank_spans(text, [(heading.start(), kept[0]), (kept[1], heading.end())])
