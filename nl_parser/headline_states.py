"""A state written as a headline or a short question: its "is" left out, or after "and it's";
and an event written as a headline: a device or person telling of something, with no "when"."""

import re

from nl_parser.part_states_reported import is_part_state_headline

# "Balloon flight marked as weather-cancelled in the booking system?", "invoice flagged as
# disputed": the item, then the record made of it, with no "is" between them. A record with
# "as" names the state the whole way to the end (or to the system it is recorded in), so a
# verb after it ("a ticket flagged as urgent comes in") makes it no headline.
# "job tagged 'damage reported' by the crew lead": a quoted state needs no "as".
_HEADLINE_STATE = re.compile(
    r"^\W*((?:(?!(?:is|are|was|were|be|been|being|gets?|got|has|have|had|not)\b)[\w'-]+\s+){1,5}?)"
    r"(?=(?:marked|flagged|tagged|labell?ed|listed|logged|reported|recorded)\s+"
    r"(?:as\s+(?:an?\s+)?[\w'-]+|['\"\u2018\u201c][\w -]{1,40}?['\"\u2019\u201d])"
    r"(?:\s+(?:in|on|at|by|from|via|within|through)\b[^,;?]*)?\W*$)",
    re.IGNORECASE,
)


# "New booking request at Inkwell Tattoo and it's a cover-up job?", "Fresh lead from the expo
# and they're in Germany?": the item named as a headline (no verb), then its state joined by
# "and" with the item's pronoun; the event and its test, as "when … and it's …" says.
_ITEM_AND_ITS_STATE = re.compile(
    r"^\W*(?:(?!(?:is|are|was|were|be|been|has|have|had|and|if|when|it|they)\b)[\w'&.@-]+\s+)"
    r"{1,7}?and\s+(?:it|they)(?:['\u2019]s|['\u2019]re|\s+is|\s+are)\s+[^,;?]+\W*$",
    re.IGNORECASE,
)


# "lamp monitor reports a lamp failure → page …", "a tenant logs a repair request → …": a
# subject of a few plain words telling of something, heading the steps, is the event that starts
# them; a verb of telling or recording keeps out a step's imperative and a sentence of how
# things are.
_HEADLINE_EVENT = re.compile(
    r"^\W*(?:(?:the|an?|our|each|every|any)\s+)?(?:[a-z][\w-]*\s+){1,3}?"
    r"(?:reports|logs|flags|detects|raises|signals|records|registers|files|throws|trips)\s+"
    r"(?:an?|the|its|their|some)\s+(?:[\w-]+\s+){0,3}?[\w-]+\W*$",
    re.IGNORECASE,
)


# "A couple requests a viewing at Thistledown Wedding Barn: …", "a guest books a table with us →
# …": someone asking for, booking or ordering something, perhaps at the firm that gets it,
# heading the steps, is the event as "when a couple requests a viewing" would make it.
_HEADLINE_REQUEST = re.compile(
    r"^\W*(?:the|an?|each|every|any|another)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*\s+"
    r"(?:requests|books|orders|reserves|submits|places|asks\s+for|enquires\s+about|"
    r"inquires\s+about|signs\s+up\s+for|applies\s+for|cancels)\s+"
    r"(?:an?|the|their|his|her|one\s+of\s+our|some)\s+(?:[\w-]+\s+){0,3}?[\w-]+"
    r"(?:\s+(?:at|with|from|through|via|for|on)\s+(?:[\w'&.-]+\s+){0,4}?[\w'&.-]+)?\W*$",
    re.IGNORECASE,
)
# "group books a pitch -> …", "member reserves a court -> …": the subject may be a bare noun, as
# headlines write it; then only "a" (or whose it is) after the verb keeps out an imperative
# whose object is a plural noun ("summarise orders the shop took").
_BARE_HEADLINE_REQUEST = re.compile(
    r"^\W*(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*\s+"
    r"(?:requests|books|orders|reserves|submits|places|signs\s+up\s+for|applies\s+for)\s+"
    r"(?:an?|their|his|her|one\s+of\s+our)\s+(?:[\w-]+\s+){0,3}?[\w-]+"
    r"(?:\s+(?:at|with|from|through|via|for|on)\s+(?:[\w'&.-]+\s+){0,4}?[\w'&.-]+)?\W*$",
    re.IGNORECASE,
)
_REQUEST_WORDS = (
    "request",
    "book",
    "order",
    "reserve",
    "submit",
    "place",
    "ask",
    "quire",
    "sign",
    "appl",
    "cancel",
)


# "Swiftlane driver marks a parcel as 'failed delivery' in the app → SMS …": a subject of a few
# plain words giving an item a state, heading the steps, is the event as "when" would make it;
# the state named after "as" (to the end, or to where it is recorded) says which events count.
_HEADLINE_MARKING = re.compile(
    r"^\W*(?:(?:the|an?|our|each|every|any)\s+)?(?:[a-z][\w-]*\s+){1,3}?"
    r"(?:marks|flags|lists|logs|reports)\s+"
    r"(?:an?|the|one|some|any|its|their)\s+(?:[\w-]+\s+){0,4}?as\s+(?:an?\s+)?"
    r"(?:['\"\u2018\u201c][\w -]{1,40}?['\"\u2019\u201d]|[\w-]+(?:\s+[\w-]+){0,3}?)"
    r"(?:\s+(?:in|on|at|via|within|through)\s+[^,;?]*)?\W*$",
    re.IGNORECASE,
)


# "quillon smart-lock firmware build fails its signing step → …", "till terminal crashes →": a
# subject of a few plain words that fails, heading the steps, is the event, and its failure the
# test, as "when … fails" makes them ("fix the failing build" opens with its verb instead).
_HEADLINE_FAILURE = re.compile(
    r"^\W*(?:(?:the|an?|our|each|every|any)\s+)?(?:[a-z][\w-]*\s+){1,5}?"
    r"(?:fails|crashes|errors\s+out|breaks)"
    r"(?:\s+(?:its|their|the|an?)\s+(?:[\w-]+\s+){0,3}?[\w-]+)?\W*$",
    re.IGNORECASE,
)
_FAILURE_WORDS = ("fails", "crashes", "errors out", "breaks")


# "waiver comes in with the 'under 8' box ticked → DM …", "a booking arrives with the deposit
# unpaid → …": an item arriving, and what it arrives with, heading the steps, is the event and
# its test, as "when a waiver comes in with …" makes them.
_HEADLINE_ARRIVAL_WITH = re.compile(
    r"^\W*(?:(?:the|an?|each|every|any|new)\s+)?(?:[a-z][\w'&-]*\s+){0,3}?[a-z][\w'-]*\s+"
    r"(?:comes\s+(?:in|through)|arrives|lands|turns\s+up|shows\s+up|gets\s+submitted|"
    r"is\s+submitted)\s+with\s+[^,;?]+$",
    re.IGNORECASE,
)


# "A Roamwild Campervans van comes back and the handover check says 'damage noted' → …", "a hire
# car is returned and the inspection says 'scratched' → …": an item and what befalls it, then,
# after "and", what a check of it says or what its part is; heading the steps, the event and its
# test, as "when … and the check says …" makes them.
_HEADLINE_EVENT_AND_STATE = re.compile(
    r"^\W*(?:the|an?|each|every|any)\s+(?:[\w'&-]+\s+){1,4}?"
    r"(?:(?!(?:is|has|was|does|says)\b)[a-z]{2,}[^s\W]s(?:\s+(?:back|in|up|out|through|over))?"
    r"|(?:is|gets|was|got)\s+[a-z]{3,}(?:ed|en))\s+"
    r"and\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:says|reads|shows|is|are)\s+[^,;]+$",
    re.IGNORECASE,
)


def is_headline_event(text: str) -> bool:
    """Tell whether `text` is a subject telling of something ("pump reports a fault"), alone."""
    if _HEADLINE_EVENT.match(text) is not None:
        return True
    lowered = text.lower()
    if any(word in lowered for word in _REQUEST_WORDS) and _HEADLINE_REQUEST.match(text):
        return True  # "a couple requests a viewing at Thistledown Wedding Barn"
    if is_bare_headline_request(text):
        return True  # "group books a pitch"
    if any(word in text for word in _FAILURE_WORDS) and _HEADLINE_FAILURE.match(text):
        return True
    if is_part_state_headline(text):
        return True  # "machine reports coin box full": the part's state, with no article
    if " and " in text and _HEADLINE_EVENT_AND_STATE.match(text):
        return True  # "a van comes back and the handover check says 'damage noted'"
    if " with " in text and _HEADLINE_ARRIVAL_WITH.match(text):
        return True  # "waiver comes in with the 'under 8' box ticked"
    return " as " in text and _HEADLINE_MARKING.match(text) is not None


def is_bare_headline_request(text: str) -> bool:
    """Tell whether `text` is a bare noun asking for something ("group books a pitch"), alone."""
    lowered = text.lower()
    return any(word in lowered for word in _REQUEST_WORDS) and bool(
        _BARE_HEADLINE_REQUEST.match(text)
    )


_QUOTE = re.compile("['\"\u2018\u201c]")


def is_headline_state(text: str) -> bool:
    """Tell whether `text` is an item and the state recorded of it, with no "is" written."""
    if (" as " in text or _QUOTE.search(text)) and _HEADLINE_STATE.match(text) is not None:
        return True
    return " and " in text and _ITEM_AND_ITS_STATE.match(text) is not None


# "flagged abnormal? → DM the vet", "if marked as overdue, …": the record made of the item the
# text is about, with both the item and its "is" left out; a state or two follows it.
_RECORDS = frozenset(
    {"marked", "flagged", "tagged", "labelled", "labeled", "listed", "logged", "recorded"}
)
_BARE_RECORD = re.compile(
    r"^\W*(?:marked|flagged|tagged|labell?ed|listed|logged|recorded)\s+"
    r"(?:as\s+(?:an?\s+)?)?[\w'-]+(?:\s+[\w'-]+)?\W*$",
    re.IGNORECASE,
)


def with_its_subject(text: str) -> str:
    """Return "it is flagged abnormal" for "flagged abnormal": the item's record, said alone."""
    words = text.split(maxsplit=1)
    if not words or words[0].lower() not in _RECORDS or _BARE_RECORD.match(text) is None:
        return text
    return "it is " + text.lstrip()


def with_its_be(text: str) -> str:
    """Return "flight is marked as cancelled" for "flight marked as cancelled"."""
    if " as " not in text and not _QUOTE.search(text):
        return text
    return _HEADLINE_STATE.sub(lambda m: m.group() + "is ", text, count=1)
