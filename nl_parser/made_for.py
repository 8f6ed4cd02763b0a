"""A summary or report made for people, with nothing sending it, goes by the one medium listed."""

import re

from nl_parser.drafts import MADE, StepDraft, phrase_for
from nl_parser.loose_ends import ClauseReading

_PEOPLE_MEDIA = ("email.send", "slack.post_message")
# "summarise them for the community team", "write a digest for the night managers": the people
# it is made for, ending the clause. Plurals of data and of time ("the orders", "the last two
# quarters") end like people's and are kept out.
_FOR_PEOPLE = re.compile(
    r"\bfor\s+(?:the|our|my|all\s+the)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?!(?:orders|numbers|filters|letters|papers|vouchers|transfers|folders|headers|meters|"
    r"counters|chapters|timers|markers|registers|trackers|containers|quarters|semesters|"
    r"summers|winters|centers|centres)\b)"
    r"(?:[a-z][\w'-]*(?:ers|ors|ists|ians|ees|ants|ents)|team|staff|crew|committee|board|"
    r"owner|manager|lead|leads|volunteers|coaches|nurses|chefs|reps|guides|wardens|stewards|"
    r"marshals|clerks|deans|heads|c[efiomt]o|ciso"
    # "for the Keeper of Archives", "for the Head of Finance": one person's office, named
    # with what it keeps.
    r"|(?:director|chair|head|keeper|officer|registrar|secretary|treasurer|clerk|warden|"
    r"steward|coordinator|supervisor|principal|president|archivist|librarian|editor)"
    r"(?:\s+of\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?)?)"
    r"\W*$",
    re.IGNORECASE,
)


def send_made_for_people(
    parts: list[ClauseReading], steps: list[StepDraft], allowed: frozenset[str] | None
) -> bool:
    """Deliver a last summary or report made "for the team" by the one medium the caller lists.

    Only a listed medium makes the delivery: with no tools listed, "prepare a report for the
    committee" may be read by the committee where it is kept. Returns whether it did.
    """
    media = [t for t in _PEOPLE_MEDIA if t in (allowed or ())]
    if len(media) != 1 or not steps or steps[-1].action not in MADE:
        return False
    if any(s.action in _PEOPLE_MEDIA or s.action == "webhook.post" for s in steps):
        return False
    made = next((p.clause.text for p in reversed(parts) if steps[-1] in p.steps), "")
    if " for " not in made or not _FOR_PEOPLE.search(made):
        return False
    steps.append(StepDraft(media[0], {}, 0.8, phrase_for(media[0])))
    return True
