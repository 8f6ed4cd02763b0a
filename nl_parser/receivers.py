"""Deliveries written from the side of who receives them, read as the imperative they mean.

"the CSM gets an email" is "email the CSM", "#wins gets a post" is "send #wins a post", "the SRE
webhook should get paged" is "page the SRE webhook", "#search-oncall should hear about it" is
"notify #search-oncall about it", "We need #hr-ops to get a message" is "send #hr-ops a message",
"… and the cook gets them" is "send them to the cook".
The subject is a place or a person (a #channel, an address, or a "the …" noun phrase); the verb
is one of having (gets, receives, needs), of being told (should get paged), or of hearing.
"""

import re

from nl_parser.verbs import FIRMS_ROLE, NAMED_PERSON, main_verb

_I = re.IGNORECASE

_ONE = (
    r"(?:#[\w-]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:the|our|their|its|his|her|each|every)\s+"
    # "the Frostline Ice Arena rink managers": the name of the place they work for, in
    # capitals, may lead the role and is not counted among its words.
    r"(?:(?-i:[A-Z])[\w'&-]*\s+){0,3}(?:[\w'-]+\s+){0,3}?[\w'-]+"
    # "every patient who has not yet confirmed", "each tenant that owes rent": a relative
    # clause on the receiver says which of them receive (the delivery's filter reads it).
    r"(?:\s+(?:who|that)\s+(?:[\w'-]+\s+){0,5}?[\w'-]+)?"
    # "Kiln and Clay Pottery's studio techs": the firm's name, owning them, is their article.
    r"|(?-i:[A-Z])[\w&-]*(?:\s+(?:and\s+|&\s+)?(?-i:[A-Z])[\w&-]*){0,3}['\u2019]s\s+"
    r"(?:[\w'-]+\s+){0,2}?[\w'-]+"
    # "Martin wants a quick note", "sophie needs a heads-up": or a person by name.
    rf"|{NAMED_PERSON}"
    # "Shuttle driver needs a text", "Duty manager gets a ping": a role with its article
    # dropped, as in a note, opening the sentence in capitals.
    r"|(?-i:[A-Z])[a-z'-]+\s+(?-i:[a-z])[a-z'-]+)"
    # "the CFO (cfo@acme.io)": an address in brackets says where the person is reached.
    r"(?:\s*\([^()]*\))?"
)
# One receiver, or two joined by "and" ("secops@acme.io and #security both get a copy").
_RECIPIENT = rf"(?P<who>{_ONE}(?:\s*,?\s+and\s+{_ONE})?)(?:\s+(?:both|each|all))?"
# "is to receive", "are to get": a duty told with "be to", as with "should".
_MODAL = (
    r"(?:(?:should|will|must|shall|can|needs?\s+to|has\s+to|(?:is|are)\s+to|to)\s+)?"
    r"(?:also\s+)?"
)
# "We need …", "hey can you make sure …": the request around it.
_LEAD_IN = (
    # "could ops@x.com get an email …": asked of the receiver, as of "you".
    r"\W*(?:(?:hey|hi|hello)\W+)?(?:(?:can|could|would)\s+(?:(?:you|u)\s+)?)?(?:please\s+)?"
    r"(?:(?:i|we)(?:'d|\s+would)?\s+(?:like|want|need)\s+|make\s+sure\s+(?:that\s+)?)?"
)
# The things made to sum data up that someone may want: "a rundown of …", "an overview of …".
_SUMMED_UP = r"(?:summary|digest|recap|report|rundown|overview|round-?up|wrap-?up)"
# A thing that is sent: a message of some kind, or something made to be sent ("a summary of …").
_KIND = (
    r"(?P<kind>e-?mail|message|post|note|ping|call|alert|notification|heads(?:-|\s+)?up|dm|text|"
    r"nudge|reminder|copy|" + _SUMMED_UP + r")"
)
_HAS = re.compile(
    _LEAD_IN
    + _RECIPIENT
    + r"\s+"
    + _MODAL
    # "Martin wants a quick note", "priya would like a heads-up": a message wanted is got; a
    # thing wanted made is made first ("the team wants a report on …", `_WANTS_MADE`).
    + r"(?:(?:gets?|receives?|needs?|(?:wants?|would\s+like|'d\s+like)"
    r"(?!\s+an?\s+(?:[\w-]+\s+)?(?:summary|digest|recap|report|copy)\b))\s+(?P<article>an?)\s+"
    # "a Slack DM", "a team ping": one word may say which kind of message; a thing made to be
    # sent keeps the few words of when or how ("a spend report" may need making first).
    r"(?:(?:quick|short|brief|slack|daily|weekly)\s+|[\w-]+\s+(?=(?:dm|message|post|note|ping|"
    r"alert|notification|e-?mail|copy|" + _SUMMED_UP + r")\b))?" + _KIND + r"\b"
    # "… and the cook gets them", "the bookkeeper should receive it by email": what was just
    # fetched or made, got by someone, is sent to them ("gets them wrong" is no delivery).
    r"|(?:gets?|receives?)\s+(?P<pronoun>it|them|this|these)"
    r"(?=\s*(?:[.,;!?]|$|\b(?:by|via|on|in|through|first|too|as\s+well)\b)))",
    _I,
)
# "Every new room application at Keystone Halls should get the guarantor form by email", "new
# starters receive the handbook via email": a thing each new item gets, by a medium said after it,
# is sent to them by it ("send every new room application … the guarantor form by email").
# New items may come with no article, and the place they belong to in capitals after them.
_GETS_BY = re.compile(
    _LEAD_IN
    + r"(?P<who>(?:"
    + _ONE
    + r"|(?:all|any)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}?[\w'-]+|new\s+(?:[\w'-]+\s+){0,2}?[\w'-]+)"
    r"(?:\s+(?:at|of|from)\s+(?:the\s+)?(?-i:[A-Z])[\w'&.-]*(?:\s+(?-i:[A-Z])[\w'&.-]*){0,3})?)"
    r"\s+"
    + _MODAL
    + r"(?:gets?|receives?)\s+(?P<what>(?:the|an?|their|its|our|his|her)\s+[^,;:\u2014]*?)"
    r"(?=\s+(?:by|via|over|in|on)\s+(?:e-?mail|slack)\b)",
    _I,
)
# "circulation@lib.example should receive the overdue-fines list from https://…", "the duty vets
# are to get today's appointment list": data a receiver is bound to receive (a duty, with
# "should", "must", "is to" …) is sent to them, and fetched first where it comes from.
_BOUND_TO_RECEIVE = re.compile(
    _LEAD_IN
    + _RECIPIENT
    + r"\s+(?:should|will|must|shall|needs?\s+to|has\s+to|(?:is|are)\s+to)\s+(?:also\s+)?"
    r"(?P<verb>receive|get)\s+(?P<what>(?:the|today's|tomorrow's|yesterday's|this|these|their|"
    r"our|all\s+the)\s+\S.*)$",
    _I,
)
# Who may "get" data sent, not fetch it: a place, or people ("the sync job should get the
# rates from …" fetches them).
_PEOPLE_OR_PLACE = re.compile(r"[#@]|s\b|(?:staff|team|desk|committee|crew|office)\b", _I)
_TOLD = re.compile(
    _LEAD_IN + _RECIPIENT + r"\s+" + _MODAL + r"(?:get|be|gets|is)\s+"
    r"(?P<done>paged|pinged|notified|e-?mailed|alerted|messaged|told|warned|informed)\b",
    _I,
)
_HEARS = re.compile(
    _LEAD_IN
    + _RECIPIENT
    + r"\s+"
    + _MODAL
    + r"(?:hears?|learns?|finds?\s+out)(?=\s+(?:about|of)\b)",
    _I,
)
# "Facilities would like a heads-up in #facilities", "the support leads want a digest at
# leads@x.com", "I'd like an email at me@x.com with …": what someone wants, with the place it
# reaches, is sent there.
# "Ski patrol wants a daily email to …": a name may be two words, the first one capitalised.
_WANTS = re.compile(
    r"\W*(?:[A-Z][\w-]*(?:\s+[a-z][\w-]*)?|(?:the|our)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+)"
    r"(?:'d\s+(?:like|love)|\s+would\s+(?:like|love)|\s+wants?|\s+needs?)\s+"
    r"(?P<what>an?\s+(?:[\w-]+\s+)?" + _KIND + r"\b)"
    r"(?=\s+(?:in|to|at|on)\s+(?:#|[\w.+-]+@))",
    _I,
)
# "the marketing team wants a report on ad spend … sent to …", "I'd like a summary of … in my
# inbox (li@x.com)": a thing made to be sent, wanted by someone, is made (and sent where said).
# "Nettle & Sons Pest Control needs a report on …", "the Thornbury Library branch manager would
# like a recap …": a firm's name of a few capitalised words, or a role with its place's name.
_WANTS_MADE = re.compile(
    r"\W*(?P<who>(?:"
    + FIRMS_ROLE
    + r"|(?-i:[A-Z])[\w'-]*(?:\s+(?:and\s+)?(?-i:[A-Z])[\w'-]*){1,4})"
    r"(?=\s+(?:wants?|needs?|would|'d))"
    r"|i|we|[A-Z][\w-]*|(?:the|our)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+)\s*"
    r"(?:'d\s+(?:like|love)|would\s+(?:like|love)|wants?|needs?)\s+"
    r"(?P<what>an?\s+(?:[\w-]+\s+)?" + _SUMMED_UP + r"\b)",
    _I,
)
_OF_OR_TO = re.compile(r"^\s*(?:of|on|about|covering)\s+\w|[#@]", _I)
# People other than the teller ("the trustees", "our night nurses"), to whom a thing is sent.
# "the Thornbury Library branch manager": one person in a role is someone else too.
_FOR_OTHERS = re.compile(
    r"\s*(?:the|our)\s+(?:[\w'-]+\s+){0,3}?(?:[\w'-]+s|manager|director|keeper|officer|head|"
    r"lead|owner|chair|coordinator|supervisor|secretary|treasurer|registrar|librarian|archivist|"
    r"warden|principal|editor|accountant|chef|cook|caretaker|concierge|receptionist|c[efiomt]o)\s*$",
    _I,
)
# Where or how it goes, said after it: sent as said, not to those who want it.
_SENT_ON = re.compile(
    r"[#@]|\b(?:sent|e-?mailed|posted|dropped|delivered|shared|to|in|on|via|by)\b", _I
)
_INBOX = re.compile(r"\bin\s+(?:my|our|his|her|their)\s+inbox\b", _I)
_DONE_AS = {
    "paged": "page",
    "pinged": "ping",
    "notified": "notify",
    "emailed": "email",
    "e-mailed": "email",
    "alerted": "alert",
    "messaged": "message",
    "told": "tell",
    "warned": "warn",
    "informed": "inform",
}


# Things made before they are sent, and one or two receivers named by name alone.
_MADE = frozenset(
    {"summary", "digest", "recap", "report", "copy", "rundown", "overview", "roundup", "round-up"}
    | {"wrapup", "wrap-up"}
)
_NAMES = re.compile(rf"{NAMED_PERSON}(?:\s*,?\s+and\s+{NAMED_PERSON})?", _I)


def receives_at(text: str, offset: int) -> bool:
    """Tell whether a receiving-side delivery ("the CSM gets an email") starts at `offset`."""
    return any(rule.match(text, offset) for rule in (_HAS, _TOLD, _HEARS, _WANTS, _WANTS_MADE))


def joins_receivers(text: str, start: int, offset: int) -> bool:
    """Tell whether text[start:offset] is one receiver and "and" ("X and #y both get a copy")."""
    return bool(re.fullmatch(rf"\W*{_ONE}\s*,?\s+and\s+", text[start:offset], _I))


def as_imperative(text: str) -> str:
    """Rewrite a clause written from the receiving side as the delivery it asks for."""
    has = _HAS.match(text)
    if has and has["kind"] and has["kind"].lower() in _MADE and _NAMES.fullmatch(has["who"]):
        # "Hollis and Grange Removals needs a report on …": a thing made for someone named is
        # made first (`_WANTS_MADE`); a message is only sent.
        has = None
    if has:
        who, rest = has.group("who"), text[has.end() :]
        if has.group("pronoun"):
            return f"send {has.group('pronoun')} to {who}{rest}"
        kind = has.group("kind").lower()
        if kind in ("email", "e-mail"):
            return f"email {who}{rest}"
        return f"send {who} {text[has.start('article') :]}"  # "a Slack message" says where
    if (" get" in text or " receive" in text) and ("mail" in text or "lack" in text):
        got = _GETS_BY.match(text)
        if got:
            return f"send {got['who']} {got['what']}{text[got.end() :]}"
    if " receive" in text or " get" in text:
        bound = _BOUND_TO_RECEIVE.match(text)
        if bound and _bound_receiver_gets(bound):
            return f"send {bound['what']} to {bound['who']}"
    told = _TOLD.match(text)
    if told:
        return f"{_DONE_AS[told.group('done').lower()]} {told.group('who')}{text[told.end() :]}"
    hears = _HEARS.match(text)
    if hears:
        return f"notify {hears.group('who')}{text[hears.end() :]}"
    wants = _WANTS.match(text)
    if wants:
        return f"send {wants.group('what')}{text[wants.end() :]}"
    made = _WANTS_MADE.match(text)
    # Only one of something or sent somewhere: "Our CFO wants a cash-flow report — pull …, write
    # the report and mail it …" asks for it in the steps that follow.
    if made and _OF_OR_TO.search(text[made.end() :]):
        rest = text[made.end() :]
        if _FOR_OTHERS.match(made["who"]) and not _SENT_ON.search(rest):
            # "the shift supervisors want a summary of last week's washes": it is theirs to get.
            return f"send {made['who']} {made.group('what')}{rest}"
        return f"{'send' if _INBOX.search(rest) else 'write'} {made.group('what')}{rest}"
    return text


def _bound_receiver_gets(bound: re.Match) -> bool:
    """Tell whether a receiver bound to receive data ('X should get the Y') is sent it."""
    if main_verb(bound["what"]):
        return False  # "the crew should get the van loaded": someone else's verb
    if bound["verb"].lower() == "receive":
        return True
    return bool(_PEOPLE_OR_PLACE.search(bound["who"].split()[-1]))


# "their list is", "they're all on", "everyone's at": the people an email went to, said to be
# reached at the address that follows.
REACHED_AT = (
    r"(?:(?:the|their|our|its|his|her|my)\s+(?:[\w'-]+\s+){0,3}?(?:is|are)"
    r"|they(?:'?re|\s+are)|every(?:one|body)(?:'s|\s+is))(?:\s+(?:all|both))?\s+(?:(?:at|on)\s+)?"
)
# "…, their list is dentists@clinic.example.com": where the people an email went to are reached,
# stated after the email that named them ("remind me … . my email is x@…": "me" is reached there).
_ADDRESS_STATED = re.compile(
    r"(?:^|[,;]\s*(?:and\s+)?|\s+and\s+)\W*"
    + REACHED_AT
    + r"(?P<address>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\W*$",
    _I,
)


def address_stated(text: str, prior: list) -> str:
    """Give an email before that has no address the one stated; return the clause without it."""
    stated = _ADDRESS_STATED.search(text)
    email = next((s for s in reversed(prior) if s.action == "email.send"), None)
    if stated is None or email is None:
        return text
    # A clause may be read twice: the address given on the first reading is the same one.
    if email.config.get("to") and email.config["to"] != [stated["address"]]:
        return text
    email.config["to"] = [stated["address"]]
    if email.need == "medium":
        # "Send the store managers a summary …; their list is managers@…": an address says email.
        email.need, email.strength = "exact", max(email.strength, 0.85)
    return text[: stated.start()]
