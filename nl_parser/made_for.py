"""A summary or report made for people, or a thing said to go to people, with nothing sending it,
goes by the one medium listed."""

import re

from nl_parser.clause_pieces import Clause
from nl_parser.clause_steps import StepReading
from nl_parser.destinations import NOT_A_SALES_CHANNEL, PEOPLE
from nl_parser.drafts import MADE, StepDraft, phrase_for
from nl_parser.loose_ends import ClauseReading
from nl_parser.verbs import main_verb

SLACK = "slack.post_message"
_PEOPLE_MEDIA = ("email.send", SLACK)
_DELIVERIES = (*_PEOPLE_MEDIA, "webhook.post")
# "summarise them for the community team", "write a digest for the night managers", "a recap for
# the Hillcrest Housing Co-op board": the people it is made for, ending the clause.
# "a digest for the sales floor", "a recap for the front desk": the people of a place of work.
_WORKPLACE = r"(?:floor|desk|office|counter)"
# "for the owners of Inkwell & Anchor Tattoo", "for the sales floor at Northlight Windows": the
# firm they work for, named after them ("at 9am" is a time, and no firm).
_OF_A_FIRM = r"(?:\s+(?:of|at)\s+(?!\d|noon\b|midnight\b)(?:[\w'&.-]+\s+){0,5}?[\w'&.-]+)?"
# "… for the duty managers, please.", "… for the sales channel, thanks": a courtesy after the
# people still leaves them ending the clause.
_COURTESY_AFTER = r"(?:\W+(?:please|thanks|thank\s+you|cheers|ta))?\W*$"
_FOR_PEOPLE = re.compile(
    r"\bfor\s+(?:the|our|my|all\s+the)\s+(?:[\w'-]+\s+){0,3}?"
    + rf"(?:{PEOPLE}|{_WORKPLACE}){_OF_A_FIRM}{_COURTESY_AFTER}",
    re.IGNORECASE,
)
# "put together a digest for the sales channel": a channel the made thing is for, ending the
# clause, is where it is read; a channel is Slack's word, so no listed tools are needed.
_FOR_CHANNEL = re.compile(
    r"\bfor\s+(?:the|our|my)\s+(?:[\w'-]+\s+){1,3}?channel\b"
    + NOT_A_SALES_CHANNEL
    + _COURTESY_AFTER,
    re.IGNORECASE,
)

# "can the van allocations go out to the couriers drivers", "the rota should go to the night
# nurses": a thing said to go to people, as the subject of going, with no medium named.
_GOES_TO_PEOPLE = re.compile(
    r"^\W*(?:(?:hey|hi|so|and|then|please)\W+)*(?:(?:can|could|would|will|should)\s+)?"
    r"(?P<subject>(?:the|our|this|that|these|[\w-]+['\u2019]s)\s+(?:[\w'\u2019-]+\s+){0,4}?"
    r"[\w'-]+)\s+(?:(?:should|must|will|can|needs?\s+to|has\s+to|have\s+to)\s+)?"
    # "… needs to go out to residents": people may be named by a bare plural.
    r"go(?:es)?(?:\s+(?:out|over|round|across))?\s+to\s+(?:(?:the|our|my|all\s+the|all)\s+)?"
    r"(?:[\w'-]+\s+){0,2}?" + PEOPLE + r"\b",
    re.IGNORECASE,
)
# "… | summary of last month's payments | to the committee": the people alone, where a step would
# be, are who the thing before goes to.
_TO_PEOPLE_ALONE = re.compile(
    r"^\W*(?:(?:and|then)\s+)?to\s+(?:(?:the|our|my|all\s+the|all)\s+)?(?:[\w'-]+\s+){0,2}?"
    + PEOPLE
    + r"\W*$",
    re.IGNORECASE,
)


def send_gone_to_people(
    clauses: list[Clause], reading: StepReading, allowed: frozenset[str] | None
) -> list[tuple[int, int]]:
    """Deliver a thing said to go to people by the one medium listed, when nothing delivers.

    With no medium listed, whether the drivers read it by email or in Slack is not said, and the
    clause stays unread as before. Returns the span of the clause read.
    """
    media = [t for t in _PEOPLE_MEDIA if t in (allowed or ())]
    if len(media) != 1 or any(s.action in _DELIVERIES for s in reading.steps):
        return []
    read = {p.clause.start for p in reading.parts if p.steps or p.event}
    for clause in clauses:
        if clause.start in read or clause.conditional or "to " not in clause.text:
            continue
        goes = _GOES_TO_PEOPLE.match(clause.text)
        if goes is None and reading.steps:
            goes = _TO_PEOPLE_ALONE.match(clause.text)
        if goes and not main_verb(goes.groupdict().get("subject") or ""):
            step = StepDraft(media[0], {}, 0.8, phrase_for(media[0]))
            reading.steps.append(step)
            reading.parts.append(ClauseReading(clause, [step]))
            return [(clause.start, clause.end)]
    return []


def send_made_for_people(
    parts: list[ClauseReading], steps: list[StepDraft], allowed: frozenset[str] | None
) -> bool:
    """Deliver a last summary or report made "for the team" by the one medium the caller lists.

    Only a listed medium makes the delivery to people: with no tools listed, "prepare a report for
    the committee" may be read by the committee where it is kept; a thing made "for the sales
    channel" is posted there unless Slack is not listed. Returns whether it did.
    """
    if not steps or steps[-1].action not in MADE:
        return False
    if any(s.action in _DELIVERIES for s in steps):
        return False
    made = next((p.clause.text for p in reversed(parts) if steps[-1] in p.steps), "")
    if " for " not in made:
        return False
    media = [t for t in _PEOPLE_MEDIA if t in (allowed or ())]
    if "channel" in made and (allowed is None or SLACK in allowed) and _FOR_CHANNEL.search(made):
        media = [SLACK]
    elif len(media) != 1 or not _FOR_PEOPLE.search(made):
        return False
    steps.append(StepDraft(media[0], {}, 0.8, phrase_for(media[0])))
    return True
