"""Tell what "for each …" names: new items arriving (a trigger), each item in hand, or a subset."""

import re

from nl_parser.clause_pieces import Clause
from nl_parser.conditions import ConditionDraft
from nl_parser.items_headed import FIRM_NAME
from nl_parser.loose_ends import ClauseReading

NEW_ITEMS = re.compile(r"^\W*(?:new|incoming|inbound|fresh)\b", re.IGNORECASE)


# "For every purchase order PDF that lands in the procurement inbox, …", "for each receipt that
# gets dropped into the folder": an item whose relative clause says it arrives is the trigger too.
# "for each email hitting the bookings inbox", "every order landing in the shop's queue": the
# participle says it arrives as the relative clause does.
_ARRIVING_ITEM = re.compile(
    r"^\W*(?:[\w'-]+\s+){1,4}?(?:(?:that|which)(?:['\u2019]s|\s+(?:is|are|gets?))?\s+"
    r"(?:lands?|arrives?|comes?\s+in(?:to)?|drops?\s+in(?:to)?|shows?\s+up|appears?|hits?|"
    # "for each permit request that reaches Lindenbrook Council": reaching its place, it arrives.
    r"reach(?:es)?|turns?\s+up|comes?\s+through|"
    r"(?:is\s+|gets?\s+)?(?:received|uploaded|dropped|added|submitted|created|filed|saved|"
    r"forwarded|sent|delivered))"
    r"|(?:hitting|reaching|landing\s+in|arriving\s+(?:in|at|on)|coming\s+in(?:to)?|"
    r"dropping\s+into|turning\s+up\s+in))\b",
    re.IGNORECASE,
)


# "For every inspection report a technician uploads from the field, …", "for each invoice that
# a supplier emails in", "for every form we receive": an item someone sends in, written as a
# relative clause with its own subject, is the trigger too. "For every tenancy application
# Redfern Lettings receives": the subject may be a business or a person by name; "for every
# delivery-note photo our drivers upload": or people of the writer's own.
ITEM_SOMEONE_SENDS = re.compile(
    r"^\W*(?:[\w'-]+\s+){1,4}?(?:(?:that|which)\s+)?"
    r"(?:(?:an?|the|one\s+of\s+(?:our|the)|any|our|my|their|your)\s+(?:[\w'-]+\s+)?[\w'-]+|we|someone|anyone|they|you"
    rf"|{FIRM_NAME})\s+"
    r"(?:uploads?|submits?|sends?|emails?|files?|drops?|adds?|creates?|forwards?|logs?|posts?|"
    r"receives?|get|gets|fills?\s+in|fills?\s+out)\b",
    re.IGNORECASE,
)


# "For every call transcript from the claims line, …", "for each voicemail from our after-hours
# line", "for every message to the food bank's volunteer hotline": items named with the one
# place they come from or are sent to arrive there ("for each order from a VIP customer" picks
# the orders of a kind of sender; "for each name on the list" walks a list in hand), or left
# there by someone ("for every review left on our class pages", "each comment posted in the forum").
# "each invoice emailed to Stonebridge Joinery's accounts inbox": the place may be a named body's,
# and carry its firm's name: "from the Holloway & Reyes Solicitors out-of-hours line".
# "For every CV sent to jobs@example.co.uk": an address the items go to is such a place, an
# inbox (one they come from picks a sender: "each email from boss@example.com").
ITEM_FROM_A_PLACE = re.compile(
    r"^\W*(?:[\w'-]+\s+){0,3}?[\w'-]+\s+"
    r"(?:(?:from|to|at|into|through|via|(?:left|posted|written|dropped)\s+(?:on|in))\s+"
    rf"(?:the|our|my|your|{FIRM_NAME}['\u2019]s?)\s+"
    r"(?:[\w'-]+\s+){0,6}?[\w'-]+"
    r"|(?:to|into)\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    # "Booking form from a couple", "repair request from a tenant": an item from someone.
    r"|from\s+an?\s+(?:new\s+|prospective\s+)?[a-z][\w'-]*)\W*$",
    re.IGNORECASE,
)


# "For every scooter unlock in the Zipline Scooters app, …", "for each table booking in our booking
# system": an item named with the app or system it happens in arrives there ("for each name in
# the list" walks a list in hand).
_ITEM_IN_AN_APP = re.compile(
    r"^\W*(?:[\w'-]+\s+){0,3}?[\w'-]+\s+in\s+"
    rf"(?:the|our|my|your|{FIRM_NAME}['\u2019]s?)\s+"
    r"(?:[\w'&-]+\s+){0,4}?(?:app|application|portal|platform|website|site|system|store|shop)"
    r"\W*$",
    re.IGNORECASE,
)


# "For each timber delivery note scanned in at Ridgeback Sawmill, …", "for every form submitted on
# our website", "each receipt uploaded to the expenses folder": an item named with the past
# participle of its arrival and the place it arrives at is the trigger ("for each order shipped
# last week" names no place, so it stays a subset).
_ARRIVAL_PARTICIPLES = (
    "scanned",
    "received",
    "uploaded",
    "submitted",
    "logged",
    "filed",
    "booked",
    "registered",
    "entered",
    "reported",
    "dropped",
    "delivered",
    "raised",
    "opened",
    "created",
    "added",
    # "for each lot consigned to Hammerfall Auctions", "each review posted about Driftwood
    # Hostel": what is handed to the firm, or written of it, arrives there as well.
    "consigned",
    "posted",
    "left",
    "written",
    "sent",
    "emailed",
    "placed",
    "donated",
)


_ITEM_DONE_AT_A_PLACE = re.compile(
    r"^\W*(?:[\w'-]+\s+){0,3}?[\w'-]+\s+"
    rf"(?:{'|'.join(_ARRIVAL_PARTICIPLES)})(?:\s+(?:in|up))?\s+"
    r"(?:at|in|into|to|on|through|via|about|for)\s+"
    rf"(?:(?:the|our|my|your|{FIRM_NAME}['\u2019]s?)\s+(?:[\w'&-]+\s+){{0,5}}?[\w'-]+|{FIRM_NAME})"
    r"\W*$",
    re.IGNORECASE,
)


# "For every guest who checks out of Larkspur House, …", "for each member who renews": a person
# who does something, told in the present, is the trigger each time they do it ("for every
# customer who has spent over $500" or "… who lives in Leeds" picks people by what they are).
_PERSON_WHO_DOES = re.compile(
    r"^\W*(?:[\w'-]+\s+){0,2}?[\w'-]+\s+who\s+(?:just\s+)?"
    r"(?:signs\s+up|checks\s+(?:in|out)|logs\s+in|books|joins|registers|renews|cancels|"
    r"enrol?ls|subscribes|unsubscribes|orders|buys|purchases|pays|donates|applies|submits|"
    r"leaves|completes|finishes|arrives|visits|calls|responds|replies|rsvps)\b",
    re.IGNORECASE,
)


def opens_on_new_items(
    clause: Clause, body: str, parts: list[ClauseReading], *, scheduled: bool
) -> bool:
    """Tell "For each new signup, …" opening an unscheduled text (a trigger) from a subset."""
    return (
        not scheduled
        and not parts
        and clause.conditional in ("for each", "for every", "for any")
        and bool(
            NEW_ITEMS.match(body)
            or _ARRIVING_ITEM.match(body)
            or ITEM_FROM_A_PLACE.match(body)
            or (" in " in body and _ITEM_IN_AN_APP.match(body))
            or ITEM_SOMEONE_SENDS.match(body)
            or (" who " in body and _PERSON_WHO_DOES.match(body))
            or (
                any(word in body for word in _ARRIVAL_PARTICIPLES)  # the cheap test first
                and _ITEM_DONE_AT_A_PLACE.match(body) is not None
            )
        )
    )


# "…, and, for each one, email …", "for every one of them": each item, whatever it is; "1,200
# repair letters. For each, pull out …": "each" alone stands for the items named before it.
_EACH_OF_THEM = re.compile(
    r"^\W*(?:(?:one|single\s+one|(?:one\s+)?of\s+(?:them|these|those|the\s+\w+)|them|item|"
    r"entry|record|row|result)\W*)?$",
    re.IGNORECASE,
)


# "for every message in there", "for each order that comes back": the items fetched, one by one.
_BACK_REFERENCE = re.compile(
    r"\s+(?:in\s+(?:there|it|them|that|the\s+(?:list|queue|response|results?|feed|batch|payload))"
    r"|(?:that\s+)?(?:comes?|came)\s+back|returned|found|listed|we\s+get|you\s+find)\W*$",
    re.IGNORECASE,
)


# A lone noun names the kind of item and picks none of them ("for each order, email …").
_BARE_ITEM = re.compile(r"^\W*[a-z][\w-]*\W*$", re.IGNORECASE)


def _restates(condition: ConditionDraft, opener: str, fetched: str) -> bool:
    """Tell whether "for each/every X" only repeats what the fetch already chose (it iterates)."""
    value = condition.config.get("value")
    if opener not in ("for each", "for every", "for any") or not isinstance(value, str):
        return False
    return all(word in fetched for word in value.split("_"))


def walks_each_item(body: str, condition: ConditionDraft | None, opener: str, fetched: str) -> bool:
    """Tell "for each one", "for each order", "for every X" the fetch chose: each item, no test."""
    return bool(
        _EACH_OF_THEM.match(body)
        or _BARE_ITEM.match(_BACK_REFERENCE.sub("", body))
        or (condition and _restates(condition, opener, fetched))
    )
