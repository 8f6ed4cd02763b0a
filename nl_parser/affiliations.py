"""Where people work, named after them ("the groundskeepers at Ferncliffe …"), is no step; nor is
the business an item is at ("any gown order at Veil & Vow Bridal flagged …")."""

import re

# Verbs of having or wanting that follow the people the clause delivers to; "to get" after a
# wish whose object they are ("I'd like the shift leads at Strikezone Bowl to get …").
_RECEIVING = (
    r"(?:wants?|needs?|gets?|receives?|should|could|would|will|must|'d|to\s+(?:get|receive))"
)
# "the shift supervisors at Clearwater Car Wash want …", "could the volunteers from Riverside Food
# Bank get …": a business in capitals after people says who they are; read as the people alone.
# Data nouns ending like people ("the orders from Shopify") name a source, and are kept.
_DATA_LIKE_PEOPLE = (
    r"(?!(?:orders|numbers|filters|letters|papers|vouchers|transfers|folders|headers|meters|"
    r"counters|chapters|timers|markers|registers|trackers|containers|users|payments|documents|"
    r"comments|statements|shipments|attachments|assignments)\b)"
)
_PEOPLE = (
    # "the front desk team", "the shift leads": a group word may be a whole word of its own.
    r"(?:[a-z][\w'-]*(?:ers|ors|ists|ians|ees|ants|ents)|(?:[a-z][\w'-]*)?(?:staff|team|crew|"
    r"leads|folks)|nurses|"
    r"stewards|guards|wardens|marshals|chefs|cooks|clerks|guides|medics|pupils|reps|coaches"
    # "the night manager at Copperkettle Hostel wants …": one person in a role works there too.
    r"|manager|director|chair|head|keeper|officer|owner|registrar|secretary|treasurer|warden|"
    r"coordinator|supervisor|principal|chef|cook|caretaker|concierge|receptionist|accountant|"
    r"librarian|administrator)"
)
_WORKPLACE = (
    r"(?P<place>\s+(?:at|from|of)\s+(?:the\s+)?[A-Z][\w'&.-]*(?:\s+[A-Z][\w'&.-]*){0,3}"
    # "the week's placements at Foxglove Recruitment and get it to …": "and" opens the next
    # step, whose verb is no wish of the people (or data) before it.
    rf"(?:\s+(?!{_RECEIVING}\b|and\b|then\b|or\b)[a-z][\w-]*){{0,2}}?)"
)
_AFFILIATION = re.compile(
    r"\b(?:[Tt]he|[Oo]ur|all\s+the)\s+(?:[a-z][\w'-]*\s+){0,2}?"
    rf"{_DATA_LIKE_PEOPLE}{_PEOPLE}{_WORKPLACE}(?=\s+{_RECEIVING}\b)"
)
# "Sensei Okafor at Ironleaf Martial Arts would like …", "Dr Patel from Riverside Clinic needs …":
# a person named by two capitalised words, then where they work, then a wish. Only a wish: "New
# Tickets from Zendesk should go …" names a source.
_WISH = r"(?:wants?|needs?|would\s+(?:like|love)|'d\s+(?:like|love))"
_NAMED_AFFILIATION = re.compile(
    r"(?<![\w'])(?:[A-Z][\w'.-]*\s+){1,2}[A-Z][\w'-]*"
    r"(?P<place>\s+(?:at|from|of)\s+(?:the\s+)?[A-Z][\w'&.-]*(?:\s+[A-Z][\w'&.-]*){0,3})"
    rf"(?=\s+{_WISH}\b)"
)
# "Trustees at the Fenwick Maritime Museum would like …", "Volunteers from Hollybank Food Bank
# need …": the people may open the sentence with no article, capitalised as its first word;
# only before a wish ("Payments from Stripe should go …" names a source).
_OPENING_AFFILIATION = re.compile(
    rf"(?:^|(?<=[.!?]\s))\s*(?=[A-Z])(?i:{_DATA_LIKE_PEOPLE}{_PEOPLE}){_WORKPLACE}(?=\s+{_WISH}\b)"
)


# "Any gown order at Veil & Vow Bridal flagged 'supplier delay' → …", "every booking at Harbour
# Lights Cinema that is cancelled …": the business an item is at, between the item and the state
# it is tested for, says whose item it is; read as the item alone. Only "at": "from Shopify"
# may name a source.
_ITEM_AT_BUSINESS = re.compile(
    r"\b(?:[Aa]ny|[Ee]very|[Ee]ach|[Aa]n?)\s+(?:[a-z][\w'-]*\s+){0,2}?[a-z][\w'-]*"
    r"(?P<place>\s+at\s+(?:the\s+)?[A-Z][\w'&.-]*(?:\s+(?:(?:and|&)\s+)?[A-Z][\w'&.-]*){0,3})"
    r"(?=\s+(?:[a-z]+ed|that|which|with)\b)"
)


def blank_affiliations(text: str) -> str:
    """Blank where the people a clause delivers to work, so the clause reads them alone."""
    if " at " not in text and " from " not in text and " of " not in text:
        return text
    text = _AFFILIATION.sub(_blank_place, text)
    if " at " in text and ("ny " in text or "ach " in text or "very " in text):
        text = _ITEM_AT_BUSINESS.sub(_blank_place, text)
    if "would" in text or "want" in text or "need" in text or "'d " in text:
        text = _NAMED_AFFILIATION.sub(_blank_place, text)
        text = _OPENING_AFFILIATION.sub(_blank_place, text)
    return text


def _blank_place(match: re.Match[str]) -> str:
    """Return the match with its workplace blanked (same length)."""
    return match.group()[: match.start("place") - match.start()] + " " * len(match["place"])
