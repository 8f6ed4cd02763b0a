"""Find a filter written on the object of a delivery: "send urgent tickets", "post failed jobs".

A delivery that names a subset of what it received guards itself with a condition. The subset is
told by the shape of the noun phrase, not by a list of phrases: "<modifier> ones" and "the ones
<qualifier>", a comparison after the noun ("orders above $10k", "the ones older than 3 days"), a
relative clause ("jobs that failed"), a filtering adjective before the noun ("urgent tickets",
"low-stock items", "high-priority cases"), or, after a classify step, a modifier that names one of
its labels or criteria ("the hot leads" after "classify into hot, warm or cold").
"""

import re
from itertools import pairwise, takewhile

from nl_parser.arrival_windows import arrival_in_a_span
from nl_parser.calendar_words import DATA_SPAN
from nl_parser.condition_fields import config, snake, value_of
from nl_parser.conditions import CONDITION, EVENT, ConditionDraft
from nl_parser.lexicon import STOPWORDS, word_set
from nl_parser.predicates import first_comparison
from nl_parser.qualifiers import EVERYONE_WHO_DID

_I = re.IGNORECASE
_ONES = re.compile(
    r"\b([a-z][\w-]*)\s+ones\b|\bones\s+(?:that|which|who|with|flagged|marked|from|in|of|where)"
    r"|\b(?:any|those)\s+(?:that|which|who|with|flagged|marked|from|where)\b",
    _I,
)
# "the 'write off' ones", "the "needs review" ones": a class quoted as a label, then "ones".
_QUOTED_CLASS_ONES = re.compile(r"""(['"])(\w[\w -]{0,30}?)\1\s+ones\b""")
# "the tickets without an owner", "customers who still have no survey booked": a field missing.
_WITHOUT = re.compile(
    r"\b(?:without|lacking|missing|with\s+no|having\s+no|"
    r"(?:that|which|who)\s+(?:still\s+)?(?:have|has)\s+(?:still\s+)?no)\s+"
    r"(?:an?\s+|the\s+|any\s+)?([a-z][\w-]*)",
    _I,
)
# "any station with zero bikes", "rooms that have 0 free desks": a count of none, tested as 0.
_ZERO_COUNT = re.compile(
    r"\b(?:with|having|(?:that|which|who)\s+(?:have|has|shows?|reports?))\s+(?:zero|0)\s+"
    r"((?:[a-z][\w-]*\s+)?(?!(?:as|is|has|was|its|this|thus)\b)[a-z][\w-]*s)\b",
    _I,
)
_REDUCED_RELATIVE = re.compile(
    r"\b(?:the|any|all|those|these)\s+(?:[a-z-]+\s+)?([a-z]{3,}s)\s+([a-z]{3,}(?:ing|ed))\b", _I
)
# Participles that name a state without -ed: "any lift shut for high wind", "a valve stuck open".
IRREGULAR_STATES = r"(?:shut|stuck|frozen|broken|burst|torn|stolen)"
# "any visitor still waiting for a host", "anything mentioning our shows": one of any kind.
# "post those needing sponsorship", "email the ones missing a PO", "forward any requiring sign-off":
# a pronoun for the items, then what they are doing, picks the ones doing it. "any lift shut for
# high wind?", "any valve stuck open": an irregular participle of a state picks them as well.
_ANY_ONE_DOING = re.compile(
    r"\b(any\s+[a-z]{3,}|anything|anyone|anybody)\s+(?:still\s+)?"
    rf"([a-z]{{3,}}(?:ing|ed)|{IRREGULAR_STATES})\b(?!\s+as\b)"
    r"|\b(those|the\s+ones|any)\s+(?:still\s+|currently\s+)?([a-z]{3,}ing)\b(?!\s+as\b)",
    _I,
)
# "incidents involving a head injury", "any claim that involves a vehicle", "tickets relating to
# payroll": items named by what they involve are those whose details hold it ("email the parents
# concerning the trip" says what they are told: "concerning" is left to the message). The cheap
# test looks for the verb's stem first.
_INVOLVES = ("involv", "concern", "relat")
_INVOLVING = re.compile(
    r"\b(?:[a-z]{3,}s|any\s+[a-z][\w-]*|anything|those|the\s+ones)\s+(?:that\s+|which\s+)?"
    r"(?:involv(?:e|es|ing)|concerns?|relat(?:e|es|ing)\s+to|related\s+to)\s+"
    r"(?:an?\s+|the\s+|any\s+)?(?P<thing>[a-z][\w-]*(?: (?!(?:and|or|to|in|on|at|for|with|by|"
    r"via|should|must|will|are|is|get|gets|go|goes)\b)[a-z][\w-]*){0,2})",
    _I,
)
# "anything with soft cheese in it", "any box containing glass", "orders that contain nuts":
# items named by what they hold are those whose details hold it. The cheap test looks for
# "anything with", "in it/them" or the verb's stem first.
_HOLDS = ("anything with", " in it", " in them", "contain")
_HOLDING = re.compile(
    r"\b(?:[a-z]{3,}s|any\s+[a-z][\w-]*|(?P<anything>anything)|those|the\s+ones)\s+"
    r"(?:(?P<with>with|that\s+ha(?:s|ve)|which\s+ha(?:s|ve))|containing|(?:that|which)\s+contains?)\s+"
    r"(?:an?\s+|any\s+|some\s+)?(?P<thing>[a-z][\w-]*(?: (?!(?:and|or|to|in|on|at|for|with|by|"
    r"via|should|must|will|are|is|get|gets|go|goes)\b)[a-z][\w-]*){0,2})"
    r"(?P<inside>\s+in\s+(?:it|them))?",
    _I,
)
# "any container held at customs", "the bags lost in transit", "each bike stolen from a dock": an
# irregular participle after the item, with where or how after it, is a relative clause with its
# "that is" left out ("held up at the gate" keeps its particle).
_KEPT_BACK = ("held", "lost", "stolen", "caught")
_KEPT_BY_AN_IRREGULAR_PARTICIPLE = re.compile(
    r"\b(?:any|each|every|the|all|those|these)\s+(?:[a-z-]+\s+){0,2}?[a-z]{3,}\s+(?:still\s+)?"
    rf"({'|'.join(_KEPT_BACK)})\s+(?:up\s+)?(?:at|in|on|by|from|behind|during)\b",
    _I,
)
# "any lost on price go to …", "those sold at a loss": the items left unnamed, a pronoun, then
# an irregular participle and what it was done on or by, pick the ones in that state, as "any
# rejected on price" does with its "-ed".
_PARTICIPLES_WITHOUT_ED = (
    "lost|won|sold|paid|held|stolen|caught|kept|left|bought|taken|written|found|sent|"
    "shut|stuck|frozen|broken|torn"
)
# A delivery's object ends at its first preposition ("any lost" of "any lost on price to …"),
# so the participle may end the text as well.
_PRONOUN_THEN_IRREGULAR = re.compile(
    rf"\b(?:any|those)\s+(?:still\s+)?({_PARTICIPLES_WITHOUT_ED})(?:\s*$|\s+(?:up\s+)?"
    r"(?:at|in|on|by|from|behind|during|to|over|for|because|through|under|with|without)\b)",
    _I,
)
# "any charger showing as faulted", "every pallet reported as damaged": an item, the verb that
# shows or records its state, then the state.
_SHOWN_AS = re.compile(
    r"\b(?:any|each|every|the|all|those|these)\s+(?:[a-z-]+\s+){0,2}?(?:still\s+)?"
    r"(?:showing|shows|shown|listed|marked|reported|flagged|appearing|coming\s+up|registering|"
    r"logged|recorded)\s+as\s+([a-z][\w-]*)",
    _I,
)
# "any turbine in a fault state", "lifts in maintenance mode": the state or mode an item is in
# picks it ("customers in Washington state" name a place: a capital with no article).
_IN_A_STATE = re.compile(
    r"\bin\s+(?:(?:an?|its|their)\s+([a-z][\w-]*)|((?-i:[a-z])[\w-]*))\s+(?:state|mode)\b", _I
)
# "listed as soon as", "marked as well", "shown as the …": words after "as" that name no state.
_NOT_STATES_SHOWN = STOPWORDS | {"soon", "well", "usual", "such", "part", "needed", "required"}
# "booked for the day", "planned for tomorrow": a participle's period says which day's items.
_FOR_A_PERIOD = re.compile(
    r"\s+for\s+(?:today|tomorrow|tonight|(?:the|this|next|that)\s+"
    r"(?:day|week|weekend|month|morning|afternoon|evening|night|shift))\b",
    _I,
)
# "the rates published at https://…", "the counts kept on https://…": a participle with an
# address after it says where the items are read from, not which of them.
_PLACED_AT_A_SOURCE = re.compile(r"\b([a-z]{3,}ed)\s+(?:at|on|via|from)\s+https?://", _I)
# "jobs that failed", but not "email the customer that it was closed" (what they are told).
# "any printer that's offline", "orders that haven't been picked": a contracted verb is a
# relative clause too, and its state is the word after it.
# "the patron who reserved it": a relative whose object is the item itself names who is tied to
# it, not a subset. "renewals that are still unsigned": an adverb is no state; the word after is.
# "patients who have not yet confirmed": "yet" after the denial is no state either.
_RELATIVE = re.compile(
    r"\b(?:that|which|who)(?:'(?:s|re)\s+|\s+)(?!(?:it|they|he|she|we|you|i|there)\b)"
    r"(?![a-z]+ed\s+(?:it|them)\b)"
    r"(?:(?:still|already|now|currently)\s+)?"
    r"(?:(?:have|has)(?P<hasnt>n't)?\s+)?(?:been\s+)?(?:are\s+|is\s+|were\s+)?"
    r"(?:(?:still|already|now|currently)\s+)?(?P<not>not\s+)?(?:yet\s+)?([a-z][\w-]*)",
    _I,
)
# A relative pronoun follows the noun it picks from; "that" opening the object, or after a
# preposition ("a digest of that list"), is a demonstrative, as "the" would be in its place.
_BEFORE_A_DEMONSTRATIVE = re.compile(r"(?:^|\b(?:of|to|in|into|from|with|on|for))\s*$", _I)
# "any service from https://… that is down": a verb after "that" makes it a relative pronoun
# whatever stands before it (a URL is blank by now, so "from" seems to come right before).
_THAT_THEN_A_VERB = re.compile(
    r"that(?:'s|'re|\s+(?:is|are|was|were|has|have|had|gets?|got|did|does|do|will|can|could|"
    r"should|needs?|remains?|stays?|went|goes|came|comes)\b)",
    _I,
)
# "each new episode that gets published", "every new invoice that is created": a new item whose
# relative clause says it arrived names the event again; it picks no subset.
_NEW_ITEM = re.compile(r"\bnew\s+(?:[\w-]+\s+){0,3}$", _I)
_RELATIVE_WORD = re.compile(r"\w+(?:'(?:s|re))?\s*", _I)
# "DM Dev about any we lost on price", "… any that were line faults" after a classification
# into price, service or timing: items picked by a clause (its pronoun left out or not) that
# names a label are the items of that class, whatever its verb says of them.
_PICKED_BY_A_CLAUSE = re.compile(
    r"\b(?:any|those|ones)\s+(?:that|which|we|they|you|i|he|she)\b([^,;.]*)", _I
)


# "every message that comes in to the support inbox", "each order that arrives": every item that
# arrives (somewhere, or nowhere said) is the arrival told again, not a subset ("every order that
# arrives late" still says which ones). "any booking that gets made on the website": an item
# put in by whoever sends it, in the get-passive or with "is", has arrived as well.
_EACH_ITEM = re.compile(r"\b(?:every|each|any)\s+(?:[\w-]+\s+){0,3}$", _I)
_ARRIVES = re.compile(
    # (the place may be cut off the object already, "in to the inbox" with it)
    r"(?:comes?(?:\s+(?:in|through))?|arrives?|lands?|(?:shows?|turns?)\s+up|drops?\s+in"
    r"|(?:gets?|is|are)\s+(?:submitted|made|placed|raised|logged|filed|lodged|uploaded|created|"
    r"booked|opened|entered|registered))"
    r"(?=\s*$|\s*[,;.]|\s+(?:in|into|to|at|on|through|via|from)\b)",
    _I,
)


def _restates_arrival(object_text: str, relative: re.Match) -> bool:
    """Tell "a new episode that gets published" (the arrival itself) from "jobs that failed"."""
    clause_start = _RELATIVE_WORD.match(object_text, relative.start()).end()
    before = object_text[: relative.start()]
    if _NEW_ITEM.search(before) and EVENT.match(object_text, clause_start):
        return True
    return bool(_EACH_ITEM.search(before) and _ARRIVES.match(object_text, clause_start))


# "whose booking panel reports a fault": a thing the items own, then what it says or is;
# "whose tenant still hasn't paid": a denied verb, an adverb before it, is what it is too.
_POSSESSIVE = re.compile(r"['\u2019]s\b")
# "any manager whose direct report's probation ends …": the owned thing may be owned in turn.
# "any turbine whose gearbox vibration went over its limit", "whose score dropped below 7": a
# past tense, regular or not, tells what the owned thing did as a present tense does.
_WHOSE = re.compile(
    r"\bwhose\s+((?:[a-z-]+(?:['\u2019]s)?\s+){0,2}?[a-z-]+)\s+(?=(?:(?:still|already|yet|now)\s+)?"
    r"(?:(?:is|are|was|were|has|have|had|does|do|did)(?:n['\u2019]t)?|[a-z]+(?:s|ed)|"
    r"went|rose|fell|grew|hit|ran|became|got|came)\b)",
    _I,
)
# "the invoices due tomorrow", "contracts expiring in the next 30 days", "tickets created this
# week": a participle of dates with a relative date picks the items it falls on.
_WHEN = (
    r"(?:(?:in|within|over)\s+the\s+(?:next|last|past|coming)\s+(?:[\w,]+\s+)?"
    r"(?:days?|weeks?|months?|hours?|quarters?)|within\s+(?:[\w,]+\s+)?(?:days?|weeks?|months?|hours?)"
    r"|today|tomorrow|yesterday|tonight|(?:this|next|last)\s+(?:week|month|quarter|year))\b"
)
# "in the next six months", "this week": a period said in several words is one thing said.
RELATIVE_PERIOD = re.compile(_WHEN, re.IGNORECASE)
_DATED = re.compile(
    r"\b(due|expiring|expire|ending|closing|renewing|created|opened|closed|updated|added|"
    r"scheduled|signed|submitted)\s+(" + _WHEN + ")",
    re.IGNORECASE,
)
# "accounts with a renewal date in the next 30 days", "contracts with an end date this month":
# a named date field with a relative date picks the items it falls on, as a participle does.
_WITH_DATE = re.compile(
    r"\b(?:with|having|that\s+have|whose)\s+(?:an?\s+|the\s+|their\s+|its\s+)?([a-z]+)\s+date"
    r"\s+(?:is\s+|falls?\s+|of\s+)?(" + _WHEN + ")",
    re.IGNORECASE,
)
# "enquiries for a 2026 date", "bookings dated 2027", "requests for a 2026 wedding": a year the
# items' date falls in picks them; a noun after the year names the date.
_IN_A_YEAR = re.compile(
    r"\b(?:for|in|dated|during|with|on)\s+(?:an?\s+|the\s+)?(?:dates?\s+in\s+)?"
    r"((?:19|20)\d\d)\b(?:\s+([a-z][\w-]*))?",
    re.IGNORECASE,
)
_DATE_NOUNS = frozenset({"date", "dates", "day", "days"})
_DATE_FIELD = {"expiring": "expiry", "expire": "expiry", "ending": "end", "closing": "close"}
_DATE_FIELD |= {"renewing": "renewal"}
_PAST = frozenset({"created", "opened", "closed", "updated", "added", "signed", "submitted"})
_OPAQUE = re.compile(r"https?://\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|#[\w-]+")
_WORD = re.compile(r"[a-z][a-z-]*", _I)
_LABEL_WORD = re.compile(r"\b[A-Za-z0-9][\w-]*\b")
# Adjectives that pick a subset out of a list; compounds ending like these count too.
FILTER_ADJECTIVES = word_set(
    """
    urgent failed failing critical negative positive overdue delayed late stuck expired expiring
    unpaid flagged spam qualified hot vip important severe major suspicious fraudulent abandoned
    inactive churned blocked breached escalated erroring errored broken unhealthy stale angry
    unhappy dissatisfied invalid rejected declined bounced unanswered unresolved unassigned
    large big huge significant unusual abnormal anomalous
    """
)
_COMPOUND = re.compile(r"^[a-z-]+-(?:risk|priority|stock|value|severity|sla|impact)$")
# "let the owner know about the late fee", "email them about the overdue fine": one thing the
# message tells of, singular after "the", is what it says, and its adjective picks no items
# ("about the late orders", "about any late order", "about the urgent ticket that failed" pick).
_NOT_A_NOUN = (
    r"(?!(?:the|a|an|and|or|but|to|in|on|at|by|for|with|of|from|that|which|who|whose|when|"
    r"whenever|if)\b)"
)
_ONE_THING_TOLD_OF = re.compile(
    r"\b(?:about|regarding|concerning)\s+the\s+([a-z-]+)"
    rf"(?:\s+{_NOT_A_NOUN}[a-z-]+(?<!s)\b){{1,2}}"
    r"(?!\s+(?:that|which|who|whose|with|from|for|of|in|on)\b)",
    _I,
)
# Modifiers that describe the whole delivery, never a subset of it. "the revised pages", as "the
# updated schedule", is the new version of the thing, not some of them.
NOT_FILTERS = word_set(
    """
    the a an all any these those this that them it its their our my your me us him her you new
    latest recent open incoming daily weekly monthly nightly hourly yearly quarterly annual
    overnight today's yesterday's tonight's week's day's month's full complete entire same other
    some which each
    every whole raw final updated current last next previous first attached scheduled requested
    combined compiled generated extracted fetched collected classified categorized categorised
    summarized summarised selected needed related detailed completed closed-won resulting resultant
    revised amended redrafted
    """
)

# Words in -ing that name a kind of thing ("the billing reports"), not a state that picks a subset.
NOUN_ING = word_set(
    """
    onboarding marketing pricing billing shipping accounting training meeting building booking
    listing setting morning evening during something anything everything nothing outgoing
    ongoing existing matching remaining upcoming landing hiring staffing engineering spending
    funding recruiting planning testing logging monitoring reporting routing trending
    """
)
# "warn the landscaping crews", "tell the catering teams", "remind the groundskeeping
# volunteers": a gerund before a group of workers names their trade, not a state that picks some
# of them out ("the failing jobs" still picks).
WORK_GROUPS = word_set(
    """
    crews teams squads departments units workers supervisors managers volunteers staff helpers
    stewards assistants marshals coordinators engineers consultants technicians mechanics
    """
)
# "email the public-viewing volunteers at viewing@…", "the on-call plumbers at jobs@…": people
# named with the address they are reached at are who hears it; an address picks no items.
_AT_AN_ADDRESS = re.compile(r"\s+at\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+", _I)
_ADDRESSED_GROUP = re.compile(
    r"^\s*(?:the|our|their|all|both)\s+(?:[\w-]+\s+){0,2}?[a-z][\w-]*(?=\s+at\s)", _I
)


def reached_at_an_address(text: str, end: int) -> bool:
    """Tell whether the words ending at `end` are followed by the address they are reached at."""
    return " at " in text and _AT_AN_ADDRESS.match(text, end) is not None


def addressed_group(object_text: str) -> bool:
    """Tell whether an object is a group and the address it is reached at ("the X crews at a@b")."""
    group = _ADDRESSED_GROUP.match(object_text)
    return group is not None and reached_at_an_address(object_text, group.end())


# "the winter opening hours", "the holiday closing times", "the parking instructions": a gerund
# before a noun of when or how names what the times or rules are for, a kind of thing, not a
# state that picks some of them out ("the failing builds" still picks). "The parking details",
# "the seating information": a noun of what to know says the same of its gerund.
TIMES_AND_WAYS = word_set(
    """
    hours times days dates slots windows instructions rules guidelines procedures directions
    arrangements details information info notes tips advice
    """
)
# "the boarding invoices", "the roofing quotes", "the grooming receipts": a gerund before a noun
# of what is charged names the service charged for, a kind of thing, not a state that picks some
# of them out; the states money is in still pick ("the pending invoices", "outstanding bills").
CHARGES = word_set("invoices bills receipts fees charges quotes quotations estimates statements")
OWED_STATES = word_set("pending outstanding failing missing bouncing lapsing expiring overdue")
# "the sailing changes", "the boarding announcements", "the catering updates": a gerund before
# a noun of what changed or was told names the activity it concerns, not a state picking some;
# the states a change is in still pick ("the pending changes", "the breaking changes").
CHANGES = word_set("changes updates amendments revisions announcements notices")
CHANGE_STATES = OWED_STATES | word_set("breaking conflicting unmerged")
# "Wrenfield Riding Stables", "the sailing clubs", "the swimming pools": a gerund before a place
# where it is done names what the place is for, a kind of place, not a state that picks some of
# them out; the states a place is in still pick ("the failing schools", "the closing branches").
PLACES_FOR = word_set(
    """
    stables clubs schools pools rooms halls centres centers rinks alleys grounds courts ranges
    lanes tracks studios kennels homes yards arenas gyms academies parks walls greens
    """
)
PLACE_STATES = OWED_STATES | word_set("closing struggling underperforming leaking flooding")
# "text the grooming clients", "email the tutoring students": a gerund before the people a
# service is done for names the service, a kind of client, not a state that picks some of them
# out; the states people are in still pick ("the returning customers", "the waiting patients").
SERVED = word_set("clients customers patrons patients students pupils guests households")
SERVED_STATES = OWED_STATES | word_set(
    "returning paying waiting visiting remaining leaving departing arriving staying attending"
    " existing renewing cancelling canceling churning upcoming incoming"
)


def gerund_names_a_kind(modifier: str, noun: str) -> bool:
    """Tell a gerund naming what the things are for ("the opening hours", "the boarding
    invoices") from a state that picks some of them out ("the failing builds")."""
    if not modifier.endswith("ing"):
        return False
    return (
        noun in TIMES_AND_WAYS
        or (noun in CHARGES and modifier not in OWED_STATES)
        or (noun in CHANGES and modifier not in CHANGE_STATES)
        or (noun in PLACES_FOR and modifier not in PLACE_STATES)
        or (noun in SERVED and modifier not in SERVED_STATES)
    )


# Nouns that are themselves a subset of what was compared or fetched: "email mismatches to …".
_SUBSET_NOUNS = word_set(
    """
    mismatches mismatch discrepancies discrepancy anomalies anomaly outliers duplicates
    exceptions violations breaches failures regressions
    """
)
# Participles of classifying: after a classify step they name all it classified, no subset.
_CLASSIFIED = word_set(
    "tagged labelled labeled classified categorized categorised sorted grouped bucketed triaged"
)
# Words that open who or where a delivery goes: "… with the club managers", "… to the team".
_RECEIVER_PREPOSITIONS = word_set("with to into onto via through")
# Things a workflow makes or delivers whole; a modifier of these is not a class.
_MADE = word_set("summary summaries report reports digest list results classified categorized")


# "email the director an acceptance letter": who receives, then what is sent (a second article
# opens it); the receiver's noun names no class of the items.
_DOUBLE_OBJECT = re.compile(r"^\s*(?:the|our|their|each)\s+[a-z-]+\s+an?\s+[a-z]", _I)


# "just the grand-piano owners", "only the refunds": the class a limited delivery names first.
_LIMITED_TO = re.compile(r"\b(?:only|just)\s+(?:the\s+)?([a-z][\w'-]*)", _I)


def _label_limited_to(object_text: str, labels: frozenset[str]) -> str | None:
    """Return the label that "just the …" opens on ("just the grand-piano owners" → "grand")."""
    match = _LIMITED_TO.search(object_text)
    if not match:
        return None
    word = match.group(1).lower()
    return next((f for f in (word, word.split("-")[0], *singulars(word)) if f in labels), None)


def _label_in_picking_clause(object_text: str, labels: frozenset[str]) -> str | None:
    """Return the label a clause picking items names ("any we lost on price" → "price")."""
    match = _PICKED_BY_A_CLAUSE.search(object_text)
    if not match:
        return None
    for word in _WORD.findall(match.group(1)):
        label = next((f for f in (word.lower(), *singulars(word.lower())) if f in labels), None)
        if label:
            return label
    return None


def find_filter(
    object_text: str,
    *,
    after_classify: bool,
    labels: frozenset[str] = frozenset(),
    fetched: list[str] = (),
    sourced: str = "",
) -> ConditionDraft | None:
    """Return the condition the object of a delivery implies ("urgent tickets"), or None."""
    # `sourced`: the URL the clause itself reads from; the words it names were chosen there.
    placed = {m.group(1).lower() for m in _PLACED_AT_A_SOURCE.finditer(object_text)}
    object_text = _OPAQUE.sub(" ", object_text)
    field = "$.category" if after_classify else "$.status"
    compared = first_comparison(object_text)
    if compared:
        match, operator = compared
        return ConditionDraft(CONDITION, config("$.value", operator, value_of(match.group(1))), 0.8)
    label = labels and after_classify and _label_in_picking_clause(object_text, labels)
    if labels and after_classify and not label and ("just" in object_text or "only" in object_text):
        label = _label_limited_to(object_text, labels)
    if label:
        return ConditionDraft(CONDITION, config(field, "equals", label), 0.85)
    match = _WITHOUT.search(object_text)
    if match:
        # "the tickets without an owner": the subset lacks a field.
        return ConditionDraft(CONDITION, config(f"$.{snake(match.group(1))}", "exists", False), 0.8)
    match = ("zero" in object_text.lower() or "0 " in object_text) and _ZERO_COUNT.search(
        object_text
    )
    if match:
        return ConditionDraft(CONDITION, config(f"$.{snake(match.group(1))}", "equals", 0), 0.8)
    quoted = (
        _QUOTED_CLASS_ONES.search(object_text)
        if " ones" in object_text and ("'" in object_text or '"' in object_text)
        else None
    )
    if quoted:
        # "only the 'write off' ones": the class named in quotes, whole, is the one kept.
        return ConditionDraft(CONDITION, config(field, "equals", quoted.group(2).lower()), 0.85)
    match = _ONES.search(object_text)
    if match:
        word = (match.group(1) or "").lower()
        value = word if word and word not in NOT_FILTERS else _after(object_text, match.end())
        return ConditionDraft(CONDITION, config(field, "equals", value), 0.85)
    match = _DATED.search(object_text)
    if match:
        word, when = match.group(1).lower(), snake(match.group(2))
        past = word in _PAST or when.startswith(("in_the_last", "in_the_past", "yesterday"))
        field = f"$.{word}_at" if word in _PAST else f"$.{_DATE_FIELD.get(word, word)}_date"
        return ConditionDraft(CONDITION, config(field, "gte" if past else "lte", when), 0.8)
    match = (" 19" in object_text or " 20" in object_text) and _IN_A_YEAR.search(object_text)
    if match and match.group(1) not in " ".join([*fetched, sourced]):
        # "for a 2026 date": the items whose date falls in that year (ISO dates open on it).
        noun = (match.group(2) or "date").lower()
        field = "$.date" if noun in _DATE_NOUNS or noun in STOPWORDS else f"$.{snake(noun)}_date"
        return ConditionDraft(CONDITION, config(field, "matches", f"^{match.group(1)}"), 0.8)
    match = _WITH_DATE.search(object_text)
    if match:
        when = snake(match.group(2))
        past = when.startswith(("in_the_last", "in_the_past", "yesterday", "last_"))
        field = f"$.{snake(match.group(1))}_date"
        return ConditionDraft(CONDITION, config(field, "gte" if past else "lte", when), 0.8)
    match = _SHOWN_AS.search(object_text) if " as " in object_text else None
    if match and match.group(1).lower() not in _NOT_STATES_SHOWN:
        # "any charger showing as faulted", "each order listed as on hold": the state the item
        # is shown in picks it, not the verb that shows it.
        return ConditionDraft(CONDITION, config(field, "equals", match.group(1).lower()), 0.8)
    match = (
        _IN_A_STATE.search(object_text)
        if " state" in object_text or " mode" in object_text
        else None
    )
    if match:
        state = (match.group(1) or match.group(2)).lower()
        return ConditionDraft(CONDITION, config(field, "equals", state), 0.8)
    lowered = object_text.lower()
    involved = (
        not after_classify
        and any(stem in lowered for stem in _INVOLVES)
        and _INVOLVING.search(object_text)
    )
    if involved:
        # "incidents involving a head injury": a class read by a classify step is left to it.
        return ConditionDraft(CONDITION, config("$.text", "contains", involved["thing"]), 0.8)
    held = any(word in lowered for word in _HOLDS) and _HOLDING.search(object_text)
    if held and (held["inside"] or held["anything"] or not held["with"]):
        # "anything with soft cheese in it": "with" after a plural ("orders with a refund") is
        # left to the rules below; "in it", "anything" or "containing" says what it holds.
        return ConditionDraft(CONDITION, config("$.text", "contains", held["thing"]), 0.8)
    kept = any(word in lowered for word in _KEPT_BACK) and _KEPT_BY_AN_IRREGULAR_PARTICIPLE.search(
        object_text
    )
    if kept:
        return ConditionDraft(CONDITION, config(field, "equals", kept.group(1).lower()), 0.75)
    done = ("any " in lowered or "those " in lowered) and _PRONOUN_THEN_IRREGULAR.search(
        object_text
    )
    if done:
        return ConditionDraft(CONDITION, config(field, "equals", done.group(1).lower()), 0.75)
    match = _REDUCED_RELATIVE.search(object_text) or _ANY_ONE_DOING.search(object_text)
    if match and _FOR_A_PERIOD.match(object_text, match.end()):
        match = None  # "the rooms booked for the day": the period the fetch already chose
    if match and (match.group(2) or match.group(4)).lower() in placed:
        match = None  # "the rates published at https://…": where they are, not which
    if match and _names_the_next_noun(object_text, match):
        match = None  # "the Christmas opening hours": the gerund names the hours, no relative
    if match and _inside_a_name(match):
        match = None  # "the Harbour Lights Sailing Club officers": a name, not items doing
    doing = match and (match.group(2) or match.group(4)).lower()
    if doing and doing not in NOT_FILTERS:
        # "the orders shipping to Canada", "tickets assigned to me": a participle after the noun.
        return ConditionDraft(CONDITION, config(field, "equals", doing), 0.75)
    match = _RELATIVE.search(object_text)
    if match and _restates_arrival(object_text, match):
        match = None  # "each new episode that gets published": the event, not a subset of it
    if match and arrival_in_a_span(object_text, match.start()):
        match = None  # "the leads that came into the CRM overnight": the fetch's window
    if match and "every" in object_text.lower() and EVERYONE_WHO_DID.search(object_text):
        match = None  # "email everyone who booked": all who took part, the receivers, no subset
    if (
        match
        and match.group().lower().startswith("that")
        and not _THAT_THEN_A_VERB.match(match.group())
        and _BEFORE_A_DEMONSTRATIVE.search(object_text, 0, match.start())
    ):
        match = None  # "send that list to …": "that" where "the" could stand, no relative
    if match:
        # "orders that haven't been picked": the items not in that state.
        operator = "not_equals" if match.group("hasnt") or match.group("not") else "equals"
        return ConditionDraft(CONDITION, config("$.status", operator, match.group(3).lower()), 0.8)
    match = _WHOSE.search(object_text)
    if match:
        # "any meeting room whose booking panel reports a fault": what the owned thing says.
        owned = _POSSESSIVE.sub("", match.group(1))  # "direct report's probation"
        field = f"$.{snake(owned)}"
        return ConditionDraft(
            CONDITION, config(field, "equals", _after(object_text, match.end())), 0.75
        )
    written_label = next(
        (w for w in _LABEL_WORD.findall(object_text) if w in labels and w.isupper()), None
    )
    if after_classify and written_label:
        # "DM the A leads" after "grade them A, B or C": a label listed in capitals, read in
        # capitals, though a lone "A" reads as an article in lower case ("DM a summary").
        return ConditionDraft(CONDITION, config(field, "equals", written_label), 0.85)
    words = [w.lower() for w in _WORD.findall(object_text)]
    if after_classify:
        # "tag each as product, pricing … and email the tagged set": what was classified is
        # every item, picked by none of its labels.
        words = [w for w in words if w not in _CLASSIFIED]
    # "call …/orders/pending and send the pending orders": a modifier the fetch already named
    # was chosen by the fetch; it picks nothing more.
    named = {
        w.lower() for subject in [*fetched, sourced] for w in re.findall(r"[A-Za-z]+", subject)
    }
    told_of = adjectives_of_one_thing_told(object_text)
    for word in words:
        if word in named or (word in told_of and word not in labels):
            continue
        # "route the bugs to …" after "classify it as bug, feature request or praise": a label
        # in the plural names its class as the label does ("emergencies" of "emergency"), and a
        # label of two words may be written hyphenated ("thumbs-down" of "thumbs down").
        spaced = (word.replace("-", " "),) if "-" in word else ()
        label = next((f for f in (*singulars(word), *spaced) if f in labels), word)
        if (
            word in FILTER_ADJECTIVES
            or _COMPOUND.match(word)
            or (after_classify and label in labels)
        ):
            return ConditionDraft(CONDITION, config(field, "equals", label), 0.85)
    # "the timesheet exceptions from …/timesheets/exceptions": the source chose them too.
    subset = next((w for w in words if w in _SUBSET_NOUNS and w not in named), None)
    if subset:
        return ConditionDraft(CONDITION, config(field, "equals", subset), 0.7)
    if re.search(r"\btop\s+\d+", object_text, _I):
        return None  # "the top 5 trending products": a ranking, already chosen by its source
    period_kinds = named_by_a_period(object_text)
    in_names = _words_inside_names(object_text) if object_text.lower() != object_text else ()
    for index, (modifier, noun) in enumerate(pairwise(words)):
        # "the refunded orders", "cancelled subscriptions": a participle picks out a subset.
        participle = (
            modifier.endswith(("ed", "ing"))
            and len(modifier) > 4
            and modifier not in NOT_FILTERS
            and modifier not in NOUN_ING
            and modifier not in named
            # "yesterday's newly lodged claims": "newly" makes the participle mean "new"; they
            # are the items that arrived, not a status among them.
            and (index == 0 or words[index - 1] not in _JUST_ARRIVED)
            and modifier not in period_kinds
            and modifier not in in_names
        )
        # "the accepted materials reminder": before a singular head, the pair says what the one
        # thing sent is about; it picks none of its items.
        head = words[index + 2] if index + 2 < len(words) else ""
        if head and head not in STOPWORDS and not looks_plural(head):
            continue
        # "any faulted charger", "any delayed flight": after "any" one item stands for its kind.
        after_any = index > 0 and words[index - 1] == "any"
        if (
            participle
            and (looks_plural(noun) or after_any)
            and noun not in _MADE
            and noun not in WORK_GROUPS
            and not gerund_names_a_kind(modifier, noun)
            and not (modifier in _BECAME_ONE_BY and noun in _PEOPLE_TOLD)
        ):
            return ConditionDraft(CONDITION, config(field, "equals", modifier), 0.75)
    if after_classify and not _DOUBLE_OBJECT.match(object_text):
        # After "classify them by region", "the EMEA leads" names a class: its modifier is one;
        # so does "bug reports", a bare plural whose modifier is not one of the made things.
        # "share them with the club managers": after a preposition come the receivers, not a
        # class of the items, so only the words before it can name one.
        words = list(takewhile(lambda w: w not in _RECEIVER_PREPOSITIONS, words))
        # "fire the claims-team webhook", "text the on-call locksmith": a singular head is who
        # or where it goes, and its modifier says which one; the classes sent are plural.
        receiver = bool(words) and not looks_plural(words[-1])
        # "let the project managers know", "email the on-call engineers": a group of staff is
        # who hears of it, the words before them their trade; a label named there was read above.
        receiver = receiver or (bool(words) and words[-1] in WORK_GROUPS)
        bare = len(words) == 2 and words[0] not in NOT_FILTERS and words[0] not in _MADE
        content = words if bare else [w for w in words if w not in NOT_FILTERS and w not in _MADE]
        if len(content) >= 2 and not receiver:
            return ConditionDraft(CONDITION, config(field, "equals", content[0]), 0.7)
    return _narrowed(words, fetched, field) or _from_place(object_text, fetched, field)


def adjectives_of_one_thing_told(text: str) -> set[str]:
    """Return the adjectives of the one thing a message tells of ("late" in "the late fee")."""
    lowered = text.lower()
    if "about" not in lowered and "regarding" not in lowered and "concerning" not in lowered:
        return set()  # the cheap test first: most deliveries tell of nothing named so
    return {m.group(1).lower() for m in _ONE_THING_TOLD_OF.finditer(text)}


def _names_the_next_noun(object_text: str, match: re.Match[str]) -> bool:
    """Tell a gerund before the noun it names the kind of ("the Christmas opening hours", "the
    class booking fees") from a participle after the items ("the orders shipping to Canada")."""
    doing = (match.group(2) or match.group(4)).lower()
    after = _NEXT_WORD.match(object_text, match.end())
    return after is not None and gerund_names_a_kind(doing, after.group(1).lower())


def _inside_a_name(match: re.Match[str]) -> bool:
    """Tell a capitalised run ("the Harbour Lights Sailing Club") from items doing something."""
    # A name keeps every word capitalised; a plural then a participle both in capitals are two
    # words of it ("Lights Sailing", "Birches Riding"), which a relative clause never writes.
    items, doing = match.group(1), match.group(2)
    return bool(items and doing) and items.split()[-1].istitle() and doing.istitle()


# "Oakleaf Coworking members", "the Millbrook Riding parents": a capitalised word after another
# is part of a name, not a participle that picks items.
_NAMED_AFTER_A_NAME = re.compile(r"\b(?-i:[A-Z][\w'&-]*)\s+((?-i:[A-Z][a-z][\w-]*))")


def _words_inside_names(text: str) -> frozenset[str]:
    """Return the lower-cased words written in capitals right after a capitalised word."""
    return frozenset(m.group(1).lower() for m in _NAMED_AFTER_A_NAME.finditer(text))


_NEXT_WORD = re.compile(r"\s+([a-z]+)\b", _I)
_JUST_ARRIVED = frozenset({"newly", "freshly"})
# "text booked passengers", "email the enrolled students": a participle saying how the people
# came to be what the noun names picks none of them out; they are all who hear of it.
_BECAME_ONE_BY = word_set("booked registered enrolled subscribed ticketed rostered invited")
_PEOPLE_TOLD = word_set(
    """
    passengers guests attendees students members participants parents riders travellers
    travelers patients subscribers pupils learners delegates campers entrants players
    """
)
# "this week's wedding orders", "yesterday's booking requests", "the day's cancelled classes":
# the words between a span's possessive and its noun name the kind of data the span holds (a
# compound noun), not a state that picks some of it out.
_PERIODS_DATA = re.compile(rf"\b{DATA_SPAN}['\u2019]s\s+((?:[a-z-]+\s+){{1,3}})[a-z-]+\b", _I)


def named_by_a_period(text: str) -> set[str]:
    """Return the modifiers in "<span>'s <modifiers> <noun>" ("this week's wedding orders")."""
    return {w.lower() for m in _PERIODS_DATA.finditer(text) for w in m.group(1).split()}


def _narrowed(words: list[str], fetched: list[str], field: str) -> ConditionDraft | None:
    """Return a filter when the delivery repeats a fetched noun with a new modifier.

    "fetch new signups … send the enterprise signups": naming what was fetched again, with a
    word the fetch did not have, picks a subset of it.
    """
    fetched_words = {subject.split()[-1].lower() for subject in fetched if subject.split()}
    named = {w.lower() for subject in fetched for w in re.findall(r"[A-Za-z]+", subject)}
    # "GET …/jobs/queue; post the job queue": a plural the fetch named, as a modifier, is singular.
    named |= {single for word in named for single in singulars(word)}
    for index, word in enumerate(words):
        # "fetch every open job … send the emergency jobs": the plural of a quantified singular.
        repeated = word in fetched_words or any(s in fetched_words for s in singulars(word))
        if index and repeated and word not in NOT_FILTERS:
            modifier = words[index - 1]
            # "the number of failed jobs": a word like "of" before the noun modifies nothing.
            if modifier not in NOT_FILTERS and modifier not in named and modifier not in STOPWORDS:
                return ConditionDraft(CONDITION, config(field, "equals", modifier), 0.7)
    if words[:1] == ["the"] and any(_EVERY_ONE.search(subject) for subject in fetched):
        return _picked_from_all(words, named, field)
    return None


# "pull every open job", "fetch all open tickets": the fetch takes the whole of a kind.
_EVERY_ONE = re.compile(r"\b(?:every|all)\s", _I)


def _picked_from_all(words: list[str], named: set[str], field: str) -> ConditionDraft | None:
    """Return a filter for "the emergency call-outs" sent after every job was fetched, or None.

    When the fetch took all of them, "the" with a modifier the fetch did not name picks some.
    """
    if len(words) < 3 or not looks_plural(words[2]) or words[2] in _MADE or words[2] in WORK_GROUPS:
        return None
    modifier = words[1]
    if modifier in NOT_FILTERS or modifier in named or modifier in STOPWORDS:
        return None
    return ConditionDraft(CONDITION, config(field, "equals", modifier), 0.7)


_FROM_PLACE = re.compile(r"\b([a-z][\w-]*s)\s+(?:from|based\s+in|located\s+in)\s+([A-Za-z][\w-]+)")
# Written in lower case ("leads from germany") a place is told from a time or a pronoun by
# these: "leads from today", "leads from them" pick no place.
_NO_PLACE = word_set(
    """
    today yesterday tomorrow tonight last next this past previous earlier before
    everywhere anywhere elsewhere abroad home overseas
    """
)


# Where data comes from, not a place that picks a subset: "tickets from Zendesk".
_SYSTEMS = word_set(
    """
    salesforce sfdc zendesk jira github gitlab hubspot stripe shopify slack intercom gmail
    google microsoft aws azure the our
    """
)


def _from_place(text: str, fetched: list[str], field: str) -> ConditionDraft | None:
    """Return the filter in "send leads from Germany …" after leads were fetched: a place."""
    fetched_words = {w.lower() for subject in fetched for w in re.findall(r"[A-Za-z-]+", subject)}
    match = _FROM_PLACE.search(text)
    if match and match.group(1).lower() in fetched_words and _names_place(match.group(2)):
        return ConditionDraft(CONDITION, config(field, "equals", match.group(2).lower()), 0.7)
    return None


def _names_place(word: str) -> bool:
    """Tell whether the word after "from" names a place, not a system, time or pronoun."""
    lowered = word.lower()
    if lowered in _SYSTEMS:
        return False
    return word[0].isupper() or (lowered not in STOPWORDS and lowered not in _NO_PLACE)


def _after(text: str, end: int) -> str:
    words = [w.lower() for w in _WORD.findall(text[end:]) if w.lower() not in NOT_FILTERS]
    return "_".join(words[:3]) or "match"


def looks_plural(word: str) -> bool:
    """Say whether a word ends as a plural does ("deals"), not as "progress" or "status" do."""
    # "the weekly dredging progress digest": "-ss", "-us" and "-is" end singular nouns, so
    # "dredging progress" is one thing reported on, not the dredging ones among many.
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def singulars(word: str) -> list[str]:
    """Return the singulars a plural may have: "bugs" → bug, "emergencies" → emergency."""
    forms = []
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("s"):
        forms.append(word[:-1])
    return forms
