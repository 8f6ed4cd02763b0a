"""Tell the first clauses that head an unscheduled text as its trigger, not as steps."""

import re

from nl_parser.class_checks import gets_a_class_check
from nl_parser.clause_pieces import Clause
from nl_parser.conditions import EVENT
from nl_parser.headline_states import (
    is_bare_headline_request,
    is_headline_event,
    is_headline_state,
)
from nl_parser.items_for_each import ITEM_FROM_A_PLACE
from nl_parser.items_headed import (
    ARRIVAL_WORDS,
    ITEM_ARRIVED,
    ITEM_ARRIVING,
    ITEMS_AT_A_FIRM,
    ITEMS_COME_WITH,
    ITEMS_LAND,
)
from nl_parser.moments_awaited import AWAITING_OPENERS
from nl_parser.verbs import lemma, main_verb

# "each supplier invoice emailed to ap@… → extract …", "each new review posted about the school:
# score it …", "each request form that lands in the shared inbox: …": an item named with what
# happened to it, opening an unscheduled text, is the trigger, not a step done to it.
# ("every new post should be sent to …" is a step, asked with a modal or "be" before the verb.)
_NOUN_WORD = r"(?!(?:should|must|will|shall|can|could|would|is|are|be|gets?|has|have)\b)[\w'-]+"


# "form submitted on the volunteer page → post it …": a headline may drop the quantifier; with
# no verb of its own, the item and what befell it are the trigger all the same.
_ITEM_EVENT = re.compile(
    rf"^\W*(?:(?P<each>each|every|any)\s+|(?:an?\s+)?)(?:new\s+)?(?:{_NOUN_WORD}\s+){{0,3}}?{_NOUN_WORD}\s+"
    rf"(?:(?:[a-z]+ed|received|{ITEM_ARRIVED})\s+(?:to|in|into|by|from|via|through|about|on|at)"
    rf"|{ITEM_ARRIVING})\b",
    re.I,
)


# "… should get sorted into …": the get-passive after a modal is the same duty.
# "every message that comes in to the inbox gets posted to #support": the get-passive told as
# what happens each time, after the relative clause rather than in it, is the same duty.
_DUTY_ON_ITEM = re.compile(
    r"\b(?:should|must|shall|will|needs?\s+to|(?:is|are)\s+to)\s+(?:be|get)\s+[a-z]+ed\b"
    r"|(?<!\bthat\s)(?<!\bwhich\s)\b(?:gets|get)\s+(?:sent|posted|e-?mailed|forwarded|pushed|"
    r"shared|dropped)\s+(?:to|in|into|on)\s+(?:#|[\w.+-]+@|the\b)"
    # "any application that gets submitted through the careers page goes to #hiring": where
    # each item goes, told after the relative clause, is the delivery of it.
    r"|(?<!\bthat\s)(?<!\bwhich\s)\b(?:goes|go)\s+(?:(?:straight|directly|right)\s+)?"
    r"(?:to|in|into)\s+(?:#|[\w.+-]+@|the\b)",
    re.I,
)


# "every request that lands in the bookings inbox gets triaged as …": any get-passive of a known
# verb after the relative clause (not in it: "that gets submitted") is the duty on each item.
_GOT_DONE = re.compile(r"(?<!\bthat\s)(?<!\bwhich\s)\bgets?\s+([a-z]+ed)\b", re.I)


def _got_done(text: str) -> bool:
    """Tell whether an arriving item "gets <done>" by a known verb after its relative clause."""
    if " get" not in text:
        return False  # the cheap test first
    return any(lemma(m.group(1)) for m in _GOT_DONE.finditer(text))


# "saas support inbox", "the billing mailbox", "careers form": a place items arrive in.
_ARRIVAL_PLACE = re.compile(
    r"^\W*(?:[\w'-]+\s+){0,3}(?:inbox|mailbox|queue|help-?desk|form|feed)\W*$", re.I
)


# "each new ticket", "every incoming email", "new applications": the items that arrive there.
_ITEMS_ARRIVING = re.compile(
    r"^\W*(?:(?:each|every|any)\s+)?(?:new|incoming|inbound|fresh)\s+\w", re.I
)


def headline_state_leads(clauses: list[Clause]) -> bool:
    """Tell whether the first clause, before a break, is an item and the state it was given."""
    first = clauses[0]
    return (
        len(clauses) > 1
        and not first.conditional
        and clauses[1].sentence > first.sentence
        and is_headline_state(first.text)
        and main_verb(first.text) is None
    )


def headline_event_leads(clauses: list[Clause]) -> bool:
    """Tell whether the first clause, before a break, is a subject telling of something."""
    if len(clauses) < 2:
        return False
    first = clauses[0]
    # "A couple requests a viewing at Thistledown Wedding Barn: once the coordinator confirms
    # …": a colon ends the headline too when "once" follows it (a verb after a colon is read by
    # the items' own rules: "each application comes in with a payslip: extract …").
    headed = first.text.rstrip().endswith(":") and clauses[1].conditional in AWAITING_OPENERS
    return (
        not first.conditional
        and is_headline_event(first.text)
        # "group books a pitch": a noun that is a verb too ("group", "order") is the subject here.
        and (main_verb(first.text) is None or is_bare_headline_request(first.text))
        and (
            headed
            or (clauses[1].sentence > first.sentence and main_verb(clauses[1].text) is not None)
        )
    )


def heads_arriving_items(clauses: list[Clause]) -> bool:
    """Tell whether the first clause only names where the items of the second one arrive."""
    return (
        len(clauses) > 1
        and not clauses[0].conditional
        and bool(_ARRIVAL_PLACE.match(clauses[0].text))
        and main_verb(clauses[0].text) is None
        and bool(_ITEMS_ARRIVING.match(clauses[1].text))
    )


# "classify each message", "summarise every email": a step on each item that arrives.
_STEP_ON_EACH = re.compile(r"^\W*[a-z]+\s+(?:each|every)\s+(?:new\s+|incoming\s+)?[a-z]", re.I)


def heads_items_worked_on(clauses: list[Clause]) -> bool:
    """Tell whether the first clause only names where the items the second one works on arrive."""
    return (
        len(clauses) > 1
        and not clauses[0].conditional
        and bool(_ARRIVAL_PLACE.match(clauses[0].text))
        and main_verb(clauses[0].text) is None
        and bool(_STEP_ON_EACH.match(clauses[1].text))
        and main_verb(clauses[1].text) is not None
    )


def opens_on_an_item_event(clause: Clause) -> bool:
    """Tell whether a clause names an item and what befell it ("each invoice emailed to …")."""
    if clause.conditional:
        return False
    item_event = _ITEM_EVENT.match(clause.text)
    if item_event and (item_event["each"] or main_verb(clause.text) is None):
        # "every enquiry that comes in … should be tagged as …": the duty on the item is a step.
        # "every review … should get a sentiment check": the check the item gets is a duty too.
        return (
            not _DUTY_ON_ITEM.search(clause.text)
            and not _got_done(clause.text)
            and not gets_a_class_check(clause.text)
        )
    if clause.text.rstrip().endswith(":") and _NEW_ITEMS_HEADED.match(clause.text):
        return True  # "Tinker & Tide toy shop — every new product review: classify …"
    if clause.text.rstrip().endswith(":") and " with " in clause.text:
        # "Every milk delivery arrives with a lab sheet: extract …": each item and its paper.
        return bool(ITEMS_COME_WITH.fullmatch(clause.text))
    if clause.text[:3].lower() == "as " and _AS_OPENER.match(clause.text):
        return bool(EVENT.search(clause.text))
    if ARRIVAL_WORDS & set(clause.text.lower().split()) and (
        ITEMS_LAND.match(clause.text) or _ITEM_LANDS.match(clause.text)
    ):
        return not _CATALOG_VERB_FIRST.match(clause.text)
    if clause.text.lstrip(" \t\n-*\u2022").lower().startswith("new ") and _NEW_ITEM_HEADING.match(
        clause.text
    ):
        # "New tailoring order at Hartley & Sons → …": a new item, and no verb, heading an
        # unscheduled text is what arrives, as "when a new order comes in" would be.
        return not _NAMED_SOURCE.search(clause.text) and main_verb(clause.text) is None
    if (
        " in for " in clause.text or " in from " in clause.text or _ENDS_IN.search(clause.text)
    ) and _ITEM_IN_FOR.match(clause.text):
        # "job application in for Ostara Plant Nursery → …": an item that is "in", with who it
        # is for or from, has come in, as "new job application" says; so has one "in" alone
        # ("Thornbury Vets — lab result in → …").
        return not _NAMED_SOURCE.search(clause.text) and main_verb(clause.text) is None
    # "bug reports from the in-game form → triage …": items named with the place they come
    # from, and no verb, head an unscheduled text as what arrives (a source is fetched instead).
    if clause.text.lstrip()[:4].lower() == "new " and _NEW_ITEM_HEADLINE.match(clause.text):
        # "New trial booking at the tutoring agency → …", "new lead →": a new item named alone,
        # a headline with no verb, is what arrives.
        return main_verb(clause.text) is None
    return (
        " from " in clause.text
        and bool(ITEM_FROM_A_PLACE.match(clause.text))
        and not _NAMED_SOURCE.search(clause.text)
        and main_verb(clause.text) is None
    )


# "Lab result lands in the Pawsworth Vets system → …", "a signed lease arrives in the portal":
# one item, headline-style or with "a", arriving at its place opens the text as its event.
_ITEM_LANDS = re.compile(
    r"\W*(?:(?:an?|each|every)\s+)?(?:[\w'-]+\s+){0,3}?[\w'-]+\s+"
    r"(?:lands|arrives|comes\s+in|turns\s+up|shows\s+up|drops\s+in)\s+"
    r"(?:in|into|at|on|to|through|via)\s+(?:the|our|my|their|a|an)\s+[^,;.]*$",
    re.IGNORECASE,
)


# "New tailoring order at Hartley & Sons", "new booking for the studio": a new item, perhaps
# with where it was made, and nothing else.
_NEW_ITEM_HEADING = re.compile(
    r"^\W*new\s+(?:[\w'-]+\s+){0,3}?[\w'-]+"
    r"(?:\s+(?:at|from|for|in|on|to|with)\s+(?:[\w'&.-]+\s+){0,4}?[\w'&.-]+)?\W*$",
    re.IGNORECASE,
)


# "job application in for Ostara Plant Nursery", "repair request in from a tenant": an item, "in"
# (come in), and who it is for or from, and nothing else.
_ITEM_IN_FOR = re.compile(
    r"^\W*(?:(?:an?|another)\s+)?(?:[\w'-]+\s+){0,3}?[\w'-]+\s+in"
    r"(?:\s+(?:for|from)\s+(?:[\w'&.-]+\s+){0,4}?[\w'&.-]+)?\W*$",
    re.IGNORECASE,
)


_ENDS_IN = re.compile(r"\sin\W*$")


# "every new product review:", "Tinker & Tide toy shop — each new booking:": new items heading
# the steps after a colon, perhaps after who asks and a dash, are what arrives; "each incoming
# call transcript at Fairway Boiler Cover:" names the firm they come to after them, and with
# the firm named "new" may go unsaid ("every repair request a tenant submits to Holloway
# Lettings:").
_NEW_ITEMS_HEADED = re.compile(
    r"^(?:[^\u2014\u2013]*\s[\u2014\u2013]\s)?\W*(?:each|every)\s+"
    rf"(?:(?:new|incoming|inbound)\s+(?:[\w'-]+\s+){{0,3}}?[\w'-]+(?:{ITEMS_AT_A_FIRM})?"
    rf"|(?:[\w'-]+\s+){{0,3}}?[\w'-]+(?:{ITEMS_AT_A_FIRM}))\s*:\s*$",
    re.IGNORECASE,
)


# "send reports to the webhook": a clause that opens on a verb is a step, not an arrival.
_CATALOG_VERB_FIRST = re.compile(r"^\W*(?:send|post|email|forward|upload|drop|get)\b", re.I)


# "As supplier invoices land in the accounts inbox, …", "as new CVs come in, …": "as" before
# items and their arrival opens the trigger, as "when" does ("as requested", "as a result",
# "as usual" and "as soon as" are other words).
_AS_OPENER = re.compile(
    r"^\W*as\s+(?!soon\b|long\b|well\b|usual\b|always\b|per\b|of\b|for\b|a\s+result\b|"
    r"(?:requested|agreed|discussed|mentioned|noted|before|such|part)\b)",
    re.IGNORECASE,
)


_NAMED_SOURCE = re.compile(r"https?://|\b(?:api|endpoint|crm|salesforce|sfdc|database)\b", re.I)


# "New trial booking at the tutoring agency →", "new PR on the game repo": a headline naming a new
# item, and where it turned up, with no verb of its own. "on the Saltgrass Oyster Bar booking site":
# the place may name its firm in full before what it is.
_NEW_ITEM_HEADLINE = re.compile(
    r"^\W*new\s+(?:[\w'-]+\s+){0,3}?[\w'-]+"
    r"(?:\s+(?:from|at|in|on|via|through)\s+(?:(?:the|our|my|your)\s+)?(?:[\w'&-]+\s+){0,5}?[\w'-]+)?"
    r"\W*$",
    re.IGNORECASE,
)
