"""Read a condition ("if it is down", "when the total exceeds 1000") as {field, operator, value}.

Status checks (down, fails, succeeds, is/is not X), comparisons, counts ("if there are any"),
contains, matches, membership and existence are all `check_status` with an explicit operator; a
predicate no rule knows is kept as a weak guard rather than dropped. A clause that only names an
event ("when a new signup arrives") is a trigger, not a condition: it yields no step. The field is
a path into the guarded step's input: "$.status" when the subject is the previous result ("it",
"the response"), "$.<subject>.status" for a named thing ("a deployment" → "$.deployment.status"),
and "$.<subject>" for a compared quantity ("the error rate" → "$.error_rate"). Filters written on an
object ("urgent tickets", "the ones above $10k") live in filters.py.
"""

import re
from dataclasses import dataclass
from typing import Any

from nl_parser.condition_fields import (
    config,
    quantity_field,
    snake,
    status_field,
    subject_field,
    subject_words,
    value_of,
)
from nl_parser.faults_reported import fault_reported
from nl_parser.headline_states import with_its_be, with_its_subject
from nl_parser.hour_now import hour_test
from nl_parser.kinds_left_out import kind_left_out
from nl_parser.lexicon import CLOCK_TIME, NUMBER_PATTERN, word_set
from nl_parser.predicates import GRADE_BROUGHT, STATE_GONE_ONTO, STATUS_RULES, first_comparison
from nl_parser.sold_out_states import sells_out_asked, sold_out_state
from nl_parser.states_left import state_left_in
from nl_parser.told_states import told_state
from nl_parser.unchanged_values import unchanged_test
from nl_parser.waits import LATER_FIRST, LATER_LAST

_I = re.IGNORECASE
# Every condition is written as check_status with an explicit field, operator and value: the
# node is `evaluate` with defaults, and one action for every condition is what the labelled sets
# (and so callers) expect.
CONDITION = "check_status"
_CONTAINS = re.compile(
    r"\b(?:contains?|includes?|mentions?|has\s+the\s+word)\s+(?:the\s+(?:word|text|phrase)\s+)?"
    r"(\"[^\"]+\"|'[^']+'|[\w@.-]+)",
    _I,
)
_FROM_ADDRESS = re.compile(
    r"\b(?:from|with|using)\s+(?:an?\s+)?([\w.-]*[\w])\s+(?:e-?mail\s+)?(?:address|domain|e-?mail)\b",
    _I,
)
# A subject no field can hold: the event is what such a person does.
_SOMEONE = re.compile(r"^\W*(?:someone|somebody|anyone|anybody|people|a\s+user)\s*$", _I)
# "one of our matches gets rescheduled": after a determiner, "matches" is a noun, not the test.
# (the look-ahead at the first letters turns most positions away before the look-behinds run)
_MATCHES = re.compile(
    r"(?=match)(?<!\bour )(?<!\bthe )(?<!\bof )(?<!\bany )(?<!\ball )(?<!\btheir )(?<!\byour )"
    r"(?<!\ba )(?<!\beach )(?<!\bevery )"
    r"\bmatch(?:es)?\s+(?:the\s+pattern\s+)?(\"[^\"]+\"|'[^']+'|\S+)",
    _I,
)
_IN = re.compile(r"\b(?:is|are)\s+(?:one\s+of|in|any\s+of)\s+(.+)$", _I)
_EXISTS = re.compile(r"\b(exists?|is\s+present|is\s+set|is\s+provided|is\s+filled\s+in)\b", _I)
# "is not empty": what is not missing is there ("not set" is missing).
_MISSING = re.compile(
    r"\b(?:is\s+|are\s+)?(not\s+)?(?:still\s+)?(missing|empty|absent|not\s+set|blank)\b", _I
)
_WITHOUT = re.compile(
    r"\bwithout\s+(?:an?\s+|the\s+|any\s+|its\s+|their\s+|his\s+|her\s+)?"
    r"(?:(?:signed|valid|required|completed|proper)\s+)?((?:[a-z][\w-]*\s+)?[a-z][\w-]*)\W*$",
    _I,
)
# "has missed two medication rounds in a row", "skipped 3 shifts": how many of a thing due were
# missed (in a row, or in all) is a count to test, not the news of one miss.
MISSED_COUNT = re.compile(
    rf"\b(?P<deed>missed|skipped)\s+(?P<count>{NUMBER_PATTERN})\s+"
    r"(?P<things>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*s)\b"
    r"(?P<row>\s+(?:in\s+a\s+row|running|consecutively|on\s+the\s+trot))?",
    _I,
)
# "holds a forklift licence": what one holds, one has.
_HAS = re.compile(r"\b(?:has|have|includes?|holds?)\s+(?:an?|the)\s+([\w-]+)", _I)
# "if a tenant has arrears", "a Northgate Lettings tenant has rent arrears", "has unpaid fees":
# a bare plural had, ending the test, is a state of the item (the looser event rules would
# read "tenant has" as a subject and "arrears", or "Lettings", as a verb in -s).
_HAS_PLURAL = re.compile(
    r"\b(?:has|have)\s+(?:any\s+)?(?:(?!had\b)[a-z][\w-]*(?<!ed)\s+)?([a-z][\w-]*s)\W*$", _I
)
# "if it still has no reviewer": what it has none of is missing.
# "if the class still has space", "while the tour has places left": room left for one more.
_HAS_ROOM = re.compile(
    r"\b(?:has|have)\s+(?:still\s+)?(?:got\s+)?(?:any\s+|some\s+|free\s+|spare\s+)?"
    r"(?:space|room|places|spaces|seats|spots|capacity|availability)"
    r"(?:\s+(?:left|available|free|remaining))?\W*$",
    _I,
)
_HAS_NO = re.compile(r"\b(?:has|have)\s+(?:still\s+)?(?:no|not\s+got\s+an?)\s+([\w-]+)", _I)
# "still no reply?", "no paid block booked yet", "still no signed form received": a test with no
# verb of its own, that none of the thing is there; a participle after the noun says how it
# would have come ("booked"), and is no part of its name.
_NONE_YET = re.compile(
    r"^\W*(?:(?:still|yet)\s+)?no\s+(?P<thing>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*?)"
    r"(?:\s+(?:[a-z]{3,}ed|paid|sent|made|done|received|in))?(?:\s+(?:yet|so\s+far|at\s+all))?\W*$",
    _I,
)
# "fog drops visibility below a quarter mile", "a lot gets a bid above its reserve price",
# "the lab reports E. coli above the safe limit": what crosses may stand between.
_CROSSES = re.compile(
    # "has gone past its service date": the perfect of a verb of moving crosses as well.
    r"\b(?:falls?|fell|fallen|drops?|dropped|dips?|goes|went|gone|rises?|rose|risen|climbs?|"
    r"climbed|grows?|grew|grown|gets?|got|is|"
    r"are|(?:reports?|records?|shows?|measures?|reads?|logs?|has|have)(?=\s+\S+\s+(?:\S+\s+)?"
    r"(?:below|under|above|over)\b))"
    # "is handed over at the desk": "over" after a verb of handing is its particle, no limit.
    r"(?:\s+(?:an?\s+|the\s+)?(?!below\b|under\b|above\b|over\b)"
    r"(?!(?:handed|passed|given|turned|signed|carried)\s+over\b)[\w.-]+){0,2}?"
    r"\s+(below|under|above|over|beyond|past)\s+(?:the\s+|its\s+|their\s+|our\s+|an?\s+)?"
    r"([a-z][\w\s-]*)",
    _I,
)
# "particle count above the ISO 5 limit", "pressure under its minimum": a comparison with a named
# threshold and no verb (with a verb, _CROSSES reads it first).
NAMED_LIMIT = re.compile(
    r"\b(above|over|below|under|beyond|past|exceeding)\s+(?:the|its|their|our|an?)\s+"
    r"((?:[\w.-]+\s+){0,3}?(?:limit|threshold|maximum|minimum|ceiling|floor|cap|setpoint))s?\b",
    _I,
)
# "a job overruns its booked slot", "a build exceeds its allotted time", "a treatment runs over
# its booked time": a verb that itself means going past, with the limit it passes, tests the
# item against that limit (with a number after it, "by more than 30 minutes", a comparison
# reads it first).
_PASSES_ITS_LIMIT = re.compile(
    r"\b(?:overruns?|overran|overshoots?|overshot|overstays?|overstayed|exceeds?|exceeded|"
    r"(?:runs?|ran|run)\s+over)\s+(?:its|their|the|his|her|our)\s+"
    r"(?P<limit>(?:[\w-]+\s+){0,3}?[\w-]+)\s*$",
    _I,
)
_PASSING_WORDS = ("overr", "oversh", "overst", "exceed", " over ")


# "it's down", "anything's stuck", "they're all acknowledged": the rules read the long form.
_CONTRACTION = re.compile(
    r"\b(it|that|there|what|anything|everything|something|nothing|who)['\u2019]s\b"
    r"|\b(they|we|you)['\u2019]re\b",
    _I,
)


def _long_form(match: re.Match[str]) -> str:
    return f"{match.group(1)} is" if match.group(1) else f"{match.group(2)} are"


# "the tank isn't full", "the box wasn't sealed": the rules of a state read "is not"; the other
# denials ("didn't", "hasn't") they read as typed.
_DENIED_BE = re.compile(r"\b(is|are|was|were)n['\u2019]t\b", _I)


# "says 'stale'", "shows "degraded"", "reads 'OK'": a quoted value a result says is its status;
# so is one it reports ("a chairlift reports 'stopped'"), or reports as "a status of 'X'".
_SAYS = re.compile(
    r"\b(?:says?|said|shows?|showed|reads?|displays?|reports?|reported|reporting|returns?)\s+"
    r"(?:(?:the\s+|an?\s+)?(?:word|text|status|state|code|value)\s+(?:of\s+)?)?"
    r"[\"\u201c\u2018']([^\"\u201d\u2019']+)[\"\u201d\u2019']",
    _I,
)
# "unless it reports healthy", "if the probe comes back degraded": a state a check reports of
# itself, said with no "is" (a known word of health, so "returns results" stays unread).
_REPORTS_STATE = re.compile(
    r"\b(?:reports?|reported|returns?|returned|comes?\s+back|came\s+back|shows?\s+as|reads?)"
    r"\s+(?:as\s+)?(?P<state>healthy|unhealthy|ok|okay|green|amber|red|up|down|degraded|online|"
    r"offline|normal|fine|clean|stale|passing|failing)\W*$",
    _I,
)
# "has been waiting on the customer for 3 days", "sits unassigned for more than an hour": how
# long a state has held; the field is the state, the value the span.
_HELD_FOR = re.compile(
    r"(?:\b(?:has\s+been|have\s+been|had\s+been|is|are|was|sits?|sat|stays?|stayed|remains?)\s+"
    # "any node idle for 30+ min": after "any" and its noun, the state needs no verb.
    r"|^\W*(?:any|every|each)\s+[\w-]+\s+(?=[a-z]+\s+for\s+\d)"
    r")((?:(?!for\b)[a-z][\w'-]*\s+){1,4}?)for\s+(?:(more\s+than|over|longer\s+than)\s+)?"
    rf"((?:{NUMBER_PATTERN})\+?\s*(?:minute|min|hour|hr|day|week|month|year)s?)\b",
    _I,
)
# "any bird still out 3h after the race leader": a state held a span past another's moment,
# the span written without "for"; the field is the state, the value the span.
_HELD_PAST = re.compile(
    r"^\W*(?:any|every|each)\s+[\w-]+\s+(?:still\s+)?((?:(?!for\b)[a-z][\w'-]*\s+){1,3}?)"
    rf"((?:{NUMBER_PATTERN})\+?\s*(?:h|hrs?|hours?|min(?:ute)?s?|days?|weeks?))\s+(?:after|past|behind)\b",
    _I,
)
# "any of today's pickups still not assigned to a van?", "any invoices still unpaid?": items, and
# a state they are not yet in (or an "un-" state), with "are" left out.
_ANY_STILL_NOT = re.compile(
    r"^\W*any\s+(?:of\s+)?(?P<items>(?:[\w'\u2019-]+\s+){0,4}?[\w-]+)\s+(?:(?:still|yet)\s+)*"
    r"(?:(?P<not>not)\s+(?:yet\s+)?)?(?P<state>(?(not)[a-z]{3,}(?:ed|en)|un[a-z]{3,}))\b",
    _I,
)
# "ping #infra if it didn't", "if it hasn't": an outcome denied with no verb is a failure.
_DENIED = re.compile(
    r"^\W*(?:it|they|that|this)\s+(?:did|does|has|have|was|were)\s*(?:not|n['\u2019]t)\W*$", _I
)
# A clause that states something (rather than tells of an event) has one of these verbs.
# "for a show at the theatre", "the reports": after an article the word is a noun, no verb.
# (the look-ahead at the first letters turns most positions away before the look-behinds run)
_STATE = re.compile(
    r"(?=[abdhilrsw])(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)"
    r"\b(?:is|are|was|were|has|have|does|do|did|doesn't|don't|didn't|returns?|reports?|shows?|"
    r"looks?|seems?|becomes?|stays?|"
    r"remains?|reads?|says?)\b",
    _I,
)
# "a food truck runs low on propane", "the printer is running out of toner", "when the ink gets
# low": a supply falling short is a state to test, though its verb ends in -s like an event's.
_RUNS_LOW = re.compile(
    r"\b(?:runs?|ran|running|gets?|got|getting|goes|went)\s+"
    r"(?:(low|short|dry)(?:\s+(?:on|of)\s+(?:the\s+|its\s+|their\s+)?([a-z][\w-]*))?"
    r"|(out)\s+of\s+(?:the\s+|its\s+|their\s+)?([a-z][\w-]*))\b",
    _I,
)
# "when there are any", "unless there are none": a count of the items the step before returned;
# "if there is one", "if there's at least one": one of them is as many as any.
_ANY = re.compile(
    r"\bthere(?:\s+(?:are|is|were|was)\s+|'s\s+)"
    r"(?:(none|no\b|nothing)|any\b|some\b|(?:at\s+least\s+)?one\b(?!\s+(?:of|more)\b))"
    # "if any mismatches come back": results a call returns.
    r"|\b(?:any|some)\s+(?:\w+\s+)?(?:(?:are|were)\s+(?:found|returned)|come\s+back|came\s+back)\b"
    # "should a defect be listed", "if any allergies are noted": an entry in what was read
    # (a form, a report) is there, which no event brings.
    r"|^\W*(?:any|some|an?)\s+(?:[\w-]+\s+)?(?:is|are|was|were)\s+(?:listed|noted|mentioned)\W*$",
    _I,
)
# "when an order is refunded": something happening to a new, indefinite thing is an event.
# "a new order is placed", "a user reports a bug": someone or something new does something.
# "Stripe reports a dispute", "someone fills in the form": a named system or a person acts.
_HAPPENING = re.compile(
    r"^\W*(?:(?:a|an|any|each|every|some|one\s+of\s+(?:our|the|your|their))\s+(?:new\s+)?"
    r"(?:[\w'\u2019-]+(?:\s+[\w-]+){0,2}"
    # "a Hawkridge Pest Control technician submits …": a firm's name in capitals before the
    # subject's noun says whose it is ("a Northgate Lettings tenant has arrears", "a Boxwood
    # Public Library reservation shows as 'ready'" are states).
    r"|(?-i:[A-Z][\w&'\u2019-]*(?:\s+(?:and\s+)?[A-Z][\w&'\u2019-]*){0,3})\s+[a-z][\w-]*"
    r"(?:\s+(?!(?:is|are|was|were|has|have|had|does|do|did|shows|reads|says|looks|seems|stays"
    r"|remains|becomes)\b)[a-z][\w-]*)?"
    r"(?!\s+(?:shows|reads|says|looks|seems|stays|remains|becomes)\b))"
    # "a meeting room booking at the library is cancelled": a place or owner on the subject;
    # one thing's place named in capitals may be longer ("an arrangement meeting at Marsh Lane
    # Funeral Home is completed", "a job at the Elm Street garage is done"), while "any rotas at
    # Hollybrook Care Homes are unsigned" stays a test of many things.
    r"(?:\s+(?:at|in|on|of|from|for)\s+(?:the\s+|our\s+|an?\s+)?"
    r"(?:(?-i:[A-Z][\w&'\u2019-]*(?:\s+[A-Z][\w&'\u2019-]*){1,4}(?:\s+[a-z][\w-]*)?)"
    r"(?=\s+(?:is|was|gets?|got|has\s+been)\s)"
    r"|[\w-]+(?:\s+[\w-]+)?))?"
    r"|someone|somebody|anyone|anybody|(?-i:[A-Z][a-z]*[A-Z]?[a-z]+))\s+"
    # An irregular participle too: "each time a loan is repaid", "after a service is held"
    # ("is written in Spanish" says what a thing is like, so "written" is left out).
    r"(?:(?:is|are|gets?|was|were|has\s+been)\s+(?:[a-z]+ed|(?:re)?paid|sold|sent|made|built|"
    r"bought|given|found|held|(?:re)?run|done|won|lost|taken|chosen|stolen|"
    r"broken|begun|shown|seen|told|brought|caught|spent|lent|withdrawn|drawn|torn|"
    r"thrown|driven|flown|sung|struck|sworn|forgiven|undone|overtaken)\b"
    # "each time a comment is left on the kiosk": left somewhere, it arrives ("is left open"
    # says how a thing stays, a state).
    r"|(?:is|are|gets?|was|were|has\s+been)\s+left\s+(?:on|in|at|into|onto|under|by)\b"
    # "any school-trip balances (at Wayfarer Educational Tours) are overdue": a word in -s
    # before "are", or before a place and then "are", is the subject's plural noun, no verb.
    # "a pallet scan shows a broken seal": what a thing shows is a state it is in, no news.
    # "any Lotus Flow Yoga class is full": a word in -ss is a noun ("class", "glass"), no verb.
    r"|(?!(?:is|was|has|does|shows|displays)\b)[a-z]+s\b(?<!ss)"
    r"(?!(?:\s+(?:at|in|on|of|from|for|with)(?:\s+[\w&'-]+){1,4}?)?\s+(?:are|were)\b))",
    _I,
)
# "stripe reports a dispute", "calendly books a meeting": a bare word (a name, whatever its
# case) doing something to an indefinite thing is an event ("it shows an error" tests a state).
_NAME_ACTS = re.compile(
    r"^\W*(?!(?:it|this|that|there|he|she|they|we|you|i|nobody|everyone|everything|nothing|"
    r"something|anything|someone|one)\b)[a-z][\w-]*\s+"
    r"(?!(?:is|was|has|does|returns|shows|looks|seems|says|reads)\b)[a-z]{2,}[^s\W]s\s+an?\s+\w",
    _I,
)
# "the image scanner reports a new CVE", "the vendor publishes new terms": what a subject does
# with something new is an event, whatever its verb ("the sender is a new customer" is a state).
_BRINGS_NEW = re.compile(
    r"\b(?!(?:is|was|has|does)\b)[a-z]{2,}[^s\W]s\s+(?:an?\s+|some\s+)?new\b", _I
)
# Arrivals are events too: "lands in S3", "shows up in the bucket", "is dropped into the share".
# "the council returns a filming permit PDF", "a client sends back the signed contract": a
# document handed back is an event ("the API returns a 500 error" still tests a state).
_HANDS_BACK = re.compile(
    r"\b(?:returns?|returned|sends?\s+(?:back|in|over)|sent\s+(?:back|in|over)|hands?\s+in"
    r"|submits?|submitted)\s+(?:an?\s+|the\s+|their\s+|its\s+|his\s+|her\s+|some\s+)?"
    r"(?:[\w'\u2019-]+\s+){0,3}?(?:pdfs?|forms?|documents?|docs?|contracts?|letters?|scans?|"
    r"files?|agreements?|questionnaires?|paperwork|leases?|permits?|certificates?|invoices?|"
    r"quotes?|proposals?|applications?|spreadsheets?|attachments?)\b",
    _I,
)
# "once a wedding is over": "over" closing the clause says an event ended ("is over budget",
# "is over $500" compare: something follows "over").
OVER_AT_AN_END = r"\b(?:is|are)\s+(?:all\s+)?over(?=\s*(?:[,.;:!?]|$))"
EVENT = re.compile(
    r"\b(?:is|are|gets?|was|were|has\s+been)\s+(?:created|added|received|submitted|opened|"
    r"registered|placed|uploaded|posted|updated|deleted|assigned|published|merged|pushed|filed|"
    r"logged|signed|booked|made|sent|paid|closed|reported|raised|dropped|saved|stored|dumped|"
    r"copied|exported|imported|delivered"
    # "lost property is handed in", "keys are brought back": a thing handed over arrives ("is
    # turned off" is a state, so only the particles of handing over count).
    r"|(?:handed|brought|sent|turned|given|passed|carried|mailed|posted)\s+(?:in|over|back))\b"
    # "once a wedding is over", "when the conference has ended": the end of an event is a moment.
    rf"|{OVER_AT_AN_END}"
    r"|\b(?:has|have)\s+(?:ended|finished|concluded|wrapped\s+up)\b"
    r"|\b(?:shows?|turns?|pops?)\s+up\b|\bcomes?\s+through\b|\b(?:arrives?|comes?\s+in|"
    r"signs?\s+up|registers|happens?|occurs?|lands?|appears?|starts?|begins?|fires?|finishes|"
    r"completes|ends|is\s+triggered|we\s+(?:get|receive)|is\s+(?:ready|done|finished|complete)"
    r"|(?:is|are)\s+about\s+to)\b",
    _I,
)
# "someone stars the repo", "a customer leaves a review": a subject and what it does (a verb in
# -s with an object after it), an event even when the verb is none of EVENT's.
SUBJECT_ACTS = re.compile(
    r"^\s*(?:someone|somebody|anyone|(?:a|an|the|any)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+)\s+"
    r"(?!(?:is|has|was|does)\b)[a-z]{2,}[^s\W]s\s+\S",
    _I,
)
_NOT_YET = re.compile(
    # "if it hasn't come back": back (online, or to the product) is what has not happened.
    r"\b(?:has|have|had)\s*(?:not|n't)\s+(?:yet\s+)?(?:been\s+|come\s+)?"
    # An irregular participle too: "the dues still haven't been paid".
    r"(back|[a-z]+ed|done|run|begun|paid|sent|seen|read|written|given|taken|won|held|sold|met|"
    r"found|left|made|bought|got|gotten|brought|told|heard|kept|chosen|spoken)\b"
    r"|\b(?:is|are|was|were)\s*(?:not|n't)\s+(?:yet\s+)?"
    r"(done|finished|complete|completed|ready|processed|resolved|paid|shipped|delivered)\b"
    r"|\b(?:did|does|do)\s*(?:not|n't)\s+(arrive|finish|complete|start|run|sync|load|land|"
    r"happen|ship|go\s+through)\b"
    # "if a client doesn't show up", "didn't turn in the form": an act that did not happen.
    r"|\b(?:did|does|do)\s*(?:not|n't)\s+((?:show|turn|check|sign|log|clock|pick)\s+"
    r"(?:up|in|out|on)|attend|respond|reply|answer|pay|confirm|return|submit)\b"
    # "if nobody has picked it up", "if no one replies": what nobody did has not happened.
    r"|\b(?:nobody|no\s+one|no-one)\s+(?:has\s+|have\s+|had\s+)?(?:yet\s+)?([a-z]{3,})\b",
    _I,
)
# "if it's still open", "is now down", "are all acknowledged", "is still not back": the state
# holds (equals) or not; the adverb or quantifier is no value.
# "if the upload gets rejected", "if the card got declined": the get-passive sets a state as
# "is rejected" does (the events among them, "gets created", EVENT has read before this).
_GENERIC = re.compile(
    r"\b(is|are|becomes?|changes?\s+to|turns|was|(?:gets?|got)(?=\s+[a-z]{3,}(?:ed|en)\b))"
    r"\s+(?:still\s+)?(not\s+)?"
    r"(?:still\s+|now\s+|currently\s+|all\s+|both\s+)?"
    r"(?:\"([^\"]+)\"|'([^']+)'|(?:an?\s+)?([\w-]+))",
    _I,
)


@dataclass
class ConditionDraft:
    """A condition step before ids are given: its action, config and how sure the reading is."""

    action: str
    config: dict[str, Any]
    strength: float
    span: tuple[int, int] = (0, 0)
    text: str = ""


def read_condition(text: str) -> ConditionDraft | None:
    """Read the condition in `text` (the words after if/when); None when it is only an event."""
    draft = _read(text)
    if draft is not None:
        draft.text = " ".join(text.split())
    return draft


# "should the nightly payroll file be rejected by the bank", "provided the batch be complete":
# after an inverted "should" the verb is a bare "be", read as "is"; after a modal or "to" ("if
# it can be reached", "needs to be rerun") "be" is no subjunctive.
_SUBJUNCTIVE_BE = re.compile(
    r"^(\W*(?:(?!(?:to|should|must|will|would|can|could|may|might|shall|cannot|won|wouldn|"
    r"shouldn|couldn|mustn|not|never|also|ever)\b)[\w'.$%-]+\s+){1,6}?)be\b",
    _I,
)


def _read(text: str) -> ConditionDraft | None:
    text = _CONTRACTION.sub(_long_form, text)
    if "n't" in text or "n\u2019t" in text:
        text = _DENIED_BE.sub(r"\1 not", text)
    if " be " in text:
        text = _SUBJUNCTIVE_BE.sub(r"\1is", text, count=1)
    text = with_its_be(text)  # "flight marked as cancelled?": a headline's state, "is" left out
    text = with_its_subject(text)  # "flagged abnormal?": the item and its "is" both left out
    hour = hour_test(text)  # "it is after 10pm": the hour now, before "is X" reads a state
    if hour:
        return ConditionDraft(CONDITION, hour, 1.0)
    # "any fermenter's gravity is unchanged" before "is <participle>" reads as an event and
    # "show no change over …" as a limit crossed.
    unchanged = unchanged_test(text)
    if unchanged:
        return ConditionDraft(CONDITION, config(unchanged[0], "equals", unchanged[1]), 1.0)
    # "reports any fault other than a ball-return jam": the one value the event must not bring.
    left_out = kind_left_out(text)
    if left_out:
        return ConditionDraft(CONDITION, config(left_out[0], "not_equals", left_out[1]), 1.0)
    match = _SAYS.search(text)
    if match:
        field = status_field(text[: match.start()])
        return ConditionDraft(CONDITION, config(field, "equals", value_of(match.group(1))), 1.0)
    match = _REPORTS_STATE.search(text) if " re" in text or " c" in text or " sh" in text else None
    if match:
        field = status_field(text[: match.start()])
        return ConditionDraft(CONDITION, config(field, "equals", match["state"].lower()), 1.0)
    told = told_state(text)
    if told:
        return ConditionDraft(CONDITION, config(told[0], "equals", value_of(told[1])), 1.0)
    fault = fault_reported(text)  # "a lift reports a trapped passenger": the thing's state
    if fault:
        return ConditionDraft(CONDITION, config(fault[0], "equals", fault[1]), 1.0)
    sold_out = sold_out_state(text)  # before "is <participle> out" reads as an event
    if sold_out:
        return ConditionDraft(CONDITION, config(sold_out[0], "equals", sold_out[1]), 1.0)
    left = state_left_in(text)  # "any cat that's left its dinner untouched": the thing's state
    if left:
        return ConditionDraft(CONDITION, config(left[0], "equals", left[1]), 1.0)
    still_not = _ANY_STILL_NOT.match(text) if "any" in text[:6].lower() else None
    if still_not:
        operator = "not_equals" if still_not["not"] else "equals"
        field = status_field(still_not["items"])
        return ConditionDraft(CONDITION, config(field, operator, still_not["state"].lower()), 1.0)
    if _DENIED.match(text):
        return ConditionDraft(CONDITION, config("$.status", "equals", "failed"), 0.85)
    match = _RUNS_LOW.search(text)
    if match:
        level = (match.group(1) or match.group(3)).lower()
        supply = match.group(2) or match.group(4)
        field = f"$.{snake(supply)}" if supply else status_field(text[: match.start()])
        return ConditionDraft(CONDITION, config(field, "equals", level), 1.0)
    missed = MISSED_COUNT.search(text) if "missed" in text or "skipped" in text else None
    if missed and missed["count"].lower() not in ("a", "an"):
        # "any resident who has missed two medication rounds in a row": a count of misses.
        field = f"{missed['deed'].lower()}_{snake(missed['things'])}"
        field = f"consecutive_{field}" if missed["row"] else field
        count = value_of(missed["count"])
        return ConditionDraft(CONDITION, config(f"$.{field}", "gte", count), 1.0)
    for pattern, operator, value in STATUS_RULES:
        match = pattern.search(text)
        if match:
            word = value or value_of(next(g for g in match.groups() if g).lower())
            field = status_field(text[: match.start()])
            return ConditionDraft(CONDITION, config(field, operator, word), 1.0)
    match = STATE_GONE_ONTO.search(text) if " on" in text else None
    if match:
        field = status_field(text[: match.start()])
        return ConditionDraft(CONDITION, config(field, "equals", match.group(1).lower()), 1.0)
    match = _HELD_FOR.search(text)
    if match and not re.search(r"\bwith(?:out|\s+no)\b", text[match.end() :], _I):
        # "open for 45 days without an adjuster note": the span alone is not the whole test.
        state = " ".join(w for w in match.group(1).split() if w.lower() not in ("the", "a", "an"))
        operator = "gt" if match.group(2) else "gte"
        span = match.group(3).replace("+", "")  # "30+ min" is at least 30 minutes
        return ConditionDraft(CONDITION, config(f"$.{snake(state)}_for", operator, span), 1.0)
    match = _HELD_PAST.search(text)
    if match:
        span = match.group(2).replace("+", "")
        return ConditionDraft(CONDITION, config(f"$.{snake(match.group(1))}_for", "gte", span), 1.0)
    measured = _read_measured(text)
    if measured:
        return measured
    compared = first_comparison(text)
    if compared:
        match, operator = compared
        return ConditionDraft(
            CONDITION, config(quantity_field(text, match), operator, value_of(match.group(1))), 1.0
        )
    match = _CROSSES.search(text)
    if match:
        # "falls below its reorder point": a comparison with a named, not numeric, threshold.
        operator = "lt" if match.group(1).lower() in ("below", "under") else "gt"
        field = subject_field(text[: match.start()]) or "$.value"
        return ConditionDraft(CONDITION, config(field, operator, snake(match.group(2))), 0.8)
    match = NAMED_LIMIT.search(text)
    if match:
        operator = "lt" if match.group(1).lower() in ("below", "under") else "gt"
        field = subject_field(text[: match.start()]) or "$.value"
        return ConditionDraft(CONDITION, config(field, operator, snake(match.group(2))), 0.8)
    passed = _passed_limit(text)
    if passed:
        return passed
    return _read_timed_act(text) or _read_other(text)


def _passed_limit(text: str) -> ConditionDraft | None:
    """Read "a job overruns its booked slot" as a test that the item passed that limit."""
    lowered = text.lower()
    if not any(word in lowered for word in _PASSING_WORDS):  # the cheap test first
        return None
    match = _PASSES_ITS_LIMIT.search(text.rstrip(" .,;:!?"))
    if match is None:
        return None
    field = f"$.exceeded_{snake(match['limit'])}"
    return ConditionDraft(CONDITION, config(field, "equals", True), 1.0)


# "if it was placed before 1pm", "if the return is lodged after 5:30pm": the time of day an act
# was done on the item, a test of it (and no schedule: `parser.py` keeps it from the clock).
TIMED_ACT = re.compile(
    r"\b(?:is|was|were|are|gets?|got|been)\s+(?P<act>(?:[a-z]{3,}ed|made|sent|paid"
    # "is brought back after 6pm", "gets handed in before noon": a verb with its particle.
    r"|(?:brought|given|taken)(?=\s+(?:back|in|over|out)\b))(?:\s+(?:back|in|over|off|out))?)\s+"
    r"(?P<side>before|after|by)\s+"
    rf"(?P<time>{CLOCK_TIME})",
    _I,
)


# "where any unit was opened between midnight and 5am": the window of the day an act was done
# on the item, a test of it as "placed before 1pm" is (`parser.py` keeps it from the clock).
# "if a gate was left open between 11pm and 5am": a state the act left may follow it.
TIMED_ACT_WINDOW = re.compile(
    r"\b(?:is|was|were|are|gets?|got|been)\s+(?:[a-z]{3,}ed|made|sent|paid|set|left|seen|run)\s+"
    r"(?:(?:open|unlocked|on|off|unattended|running)\s+)?"
    rf"between\s+{CLOCK_TIME}\s+and\s+{CLOCK_TIME}",
    _I,
)
# "a door sensor reports an opening between midnight and 6am": a window of the day the event
# falls in, a test of its time (plain numbers, "between 8 and 12", are a reading's band).
_TIME_WINDOW = re.compile(rf"\bbetween\s+(?P<start>{CLOCK_TIME})\s+and\s+(?P<end>{CLOCK_TIME})", _I)


def _read_timed_act(text: str) -> ConditionDraft | None:
    """Read "it was placed before 1pm" or "… between midnight and 6am" as a test of when the
    event happened, or None."""
    window = _TIME_WINDOW.search(text) if " between " in text else None
    if window:
        start, end = ("".join(window[side].lower().split()) for side in ("start", "end"))
        return ConditionDraft(
            CONDITION, config(f"$.time_within_{start}_{end}", "equals", True), 1.0
        )
    match = (
        TIMED_ACT.search(text)
        if " before " in text or " after " in text or " by " in text
        else None
    )
    if match is None:
        return None
    operator = "gt" if match["side"].lower() == "after" else "lt"
    time = "".join(match["time"].lower().split())
    return ConditionDraft(CONDITION, config(f"$.{snake(match['act'])}_at", operator, time), 1.0)


# "… and we lost", "if our first team loses the match", "whenever the home side wins": the outcome
# of a game for our side, closing the test.
_OUTCOME = re.compile(
    r"\b(?:we|our\s+(?:[\w-]+\s+)?(?:team|side|club|squad)|the\s+(?:home\s+)?(?:team|side|squad))"
    r"\s+(?:(?:have|has|had)\s+)?(?P<outcome>lost|loses?|won|wins?|drew|draws?|(?:were|got)\s+beaten)"
    r"(?:\s+(?:it|again|the\s+(?:[\w-]+\s+)?(?:match|game|tie|fixture|round|final)))?\W*$",
    _I,
)
_OUTCOME_WORDS = (" lost", " lose", " won", " win", " drew", " draw", " beaten")
_OUTCOMES = {
    "lost": "lost",
    "lose": "lost",
    "loses": "lost",
    "beaten": "lost",
    "won": "won",
    "win": "won",
    "wins": "won",
    "drew": "drawn",
    "draw": "drawn",
    "draws": "drawn",
}
# "the system reports a gate left open", "the panel detects a fire door still unlocked": what a
# monitor reports is a thing and the state it was left in.
_REPORTED_LEFT = re.compile(
    r"\b(?:reports?|reported|detects?|detected|flags?|flagged|shows?)\s+(?:that\s+)?"
    r"(?:an?|the|one|any|some)\s+(?P<thing>(?:[\w-]+\s+){0,3}?[\w-]+)\s+"
    r"(?:(?:is|was|has\s+been|been)\s+)?(?:left|still)\s+"
    r"(?P<state>open|unlocked|ajar|unlatched|unattended|on|running|unsecured)\b",
    _I,
)
# "is reopened for the third time": which occurrence of the event counts.
_NTH_TIME = re.compile(
    r"\bfor\s+the\s+(?:(second)|(third)|(fourth)|(fifth)|(\d+)(?:st|nd|rd|th))\s+time\b", re.I
)


# "submits an assignment late", "submits grades after the deadline": an act done late, the
# manner closing the clause (not "is late", a state _GENERIC reads).
# (the look-ahead at the first letters turns most positions away before the look-behinds run)
_DONE_LATE = re.compile(
    r"(?=[alp])(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bbe )"
    r"\b(?:late|(?:after|past)\s+(?:the|its|their)\s+"
    r"(?:deadline|cut-?off|due\s+date))\W*$",
    re.I,
)


_GRADE = re.compile(GRADE_BROUGHT, re.I)
# "is changed outside the change window", "happens during the code freeze": a span of time the
# event falls in (or out of, "except during …") says which events count; the field is that span.
_IN_WINDOW = re.compile(
    r"\b(?:(except|not)\s+)?(outside|during|within)\s+(?:of\s+)?(?:the\s+|its\s+|their\s+|our\s+|a\s+)?"
    r"((?:[\w-]+\s+){0,2}(?:window|hours|freeze|blackout|shift|maintenance))\b",
    re.I,
)


# "pH outside 6-9", "outside 18 to 24 C": a reading out of its band (the band kept in the field).
_OUT_OF_BAND = re.compile(
    r"\boutside\s+(?:of\s+)?(-?\d+(?:\.\d+)?)\s*(?:-|\u2013|to)\s*(-?\d+(?:\.\d+)?)", _I
)
# "unless every well stays between 8 and 12 bar", "if the pH is within 6-9": a reading inside
# its band (the band kept in the field, as for one outside it).
_IN_BAND = re.compile(
    # "sits between 45% and 55%": the first bound may carry its unit sign as the second does.
    r"\b(?:between|within)\s+(-?\d+(?:\.\d+)?)\s*%?\s*(?:and|-|\u2013|to)\s*(-?\d+(?:\.\d+)?)",
    _I,
)
# "chlorine out of range", "a freezer out of spec": a reading outside the band it should keep,
# the band not written; "anything outside the reference range", "outside its normal operating
# band" name the band by its words, not its numbers ("outside the 45-55% band" keeps them).
OUT_OF_RANGE = re.compile(
    r"\b(?:out\s+of\s+(?:its\s+|the\s+)?(?:safe\s+|normal\s+|acceptable\s+)?"
    r"|outside\s+(?:of\s+)?(?:(?:the|its|their|our|your|an?)\s+)(?:[a-z][a-z-]*\s+){0,2}?)"
    r"(?:range|spec|bounds|tolerance|limits|band)\b",
    _I,
)


# "soap below a quarter", "any bin over half": a fraction of full is a bound named in words.
_FRACTION_BOUND = re.compile(
    r"\b(?:over|above|under|below|beneath|(?:less|more)\s+than)\s+(?:an?\s+)?"
    r"(?:half|quarter|third)\b",
    _I,
)
_FRACTIONS = ("half", "quarter", "third")


def names_a_bound(text: str) -> bool:
    """Tell whether text compares with a bound named in words ("above the limit", "out of spec")."""
    if NAMED_LIMIT.search(text):
        return True
    lowered = text.lower()
    if any(word in lowered for word in _FRACTIONS) and _FRACTION_BOUND.search(text):
        return True
    return "out" in lowered and OUT_OF_RANGE.search(text) is not None


# "zone with 15+ unassigned pickups", "any order with 3+ refunds": a count written "N+".
_AT_LEAST_COUNT = re.compile(r"\bwith\s+(\d+)\+\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)", _I)
# "any station with zero bikes", "a kiosk with 0 tickets": a count of none written "zero".
_NONE_COUNT = re.compile(r"\bwith\s+(?:zero|0)\s+((?:[a-z][\w-]*\s+)?[a-z][\w-]*)", _I)
# "stock hits zero", "the balance drops to 0", "toner reaches zero": a quantity run down to none
# is at or below nothing (a number other than none is a comparison's, "reaches 1,000").
_DOWN_TO_ZERO = re.compile(
    r"\b(?:reach(?:es|ed)?|hits?|(?:drops?|dropped|falls?|fell|goes|went|gets?|got|runs?\s+down"
    r"|ran\s+down|comes?\s+down|is\s+down|are\s+down)\s+to)\s+(?:zero|0)(?![\w.,%])",
    _I,
)
# "priority route not cleared in 4h+", "ticket not answered within 2 days", "any cat not fed in
# the last 12h": a state not reached in a span is the time spent without it.
_NOT_DONE_IN = re.compile(
    r"\bnot\s+([a-z]+ed)\s+(?:in|within|for|over)\s+(?:over\s+|more\s+than\s+)?"
    r"(?:the\s+(?:last|past)\s+)?"
    r"(\d+\s*(?:h|hrs?|hours?|m|mins?|minutes?|d|days?|w|weeks?)\b\+?)",
    _I,
)


def _read_measured(text: str) -> ConditionDraft | None:
    """Read a band (in or out), an "N+" count or a state not reached in a span, else None."""
    lowered = f" {text.lower()}"
    if " out of " in lowered or " outside " in lowered:
        match = OUT_OF_RANGE.search(text)
        if match:
            field = status_field(text[: match.start()])
            return ConditionDraft(CONDITION, config(field, "equals", "out_of_range"), 1.0)
    match = _OUT_OF_BAND.search(text)
    if match:
        field = quantity_field(text, match)
        low, high = (value_of(g) for g in match.groups())
        band = config(f"{field}_within_{low}_{high}", "equals", False)
        return ConditionDraft(CONDITION, band, 1.0)
    match = _IN_BAND.search(text)
    if match:
        field = quantity_field(text, match)
        low, high = (value_of(g) for g in match.groups())
        band = config(f"{field}_within_{low}_{high}", "equals", True)
        return ConditionDraft(CONDITION, band, 1.0)
    match = _AT_LEAST_COUNT.search(text)
    if match:
        count = config(f"$.{snake(match.group(2))}", "gte", int(match.group(1)))
        return ConditionDraft(CONDITION, count, 1.0)
    if "zero" in text or "0" in text:
        match = _NONE_COUNT.search(text)
        if match:
            count = config(f"$.{snake(match.group(1))}", "equals", 0)
            return ConditionDraft(CONDITION, count, 1.0)
        match = _DOWN_TO_ZERO.search(text)
        if match:
            field = subject_field(text[: match.start()]) or "$.value"
            return ConditionDraft(CONDITION, config(field, "lte", 0), 1.0)
    match = _NOT_DONE_IN.search(text)
    if match:
        span = match.group(2).replace("+", "")
        waited = config(f"$.not_{match.group(1).lower()}_for", "gte", span)
        return ConditionDraft(CONDITION, waited, 1.0)
    return None


# "anything but 200", "any status other than a 200", "any code except 204", "non-200": a value
# the reading must not have; with no noun, the response's status is what is tested.
OTHER_THAN = re.compile(
    r"^\W*(?:(?:anything|any\s+(?P<noun>[a-z][\w-]*)(?:\s+code)?)\s+"
    r"(?:but|other\s+than|except|besides|apart\s+from)\s+(?:an?\s+)?(?P<value>\d[\w.]*)"
    r"|(?:any\s+|an?\s+)?non-(?P<code>\d+)(?:\s+[a-z]+)?)\W*$",
    _I,
)
# "any inverter reporting zero output", "each pump showing an error", "any meter reading 0":
# which items, then what they report, is a state of each item, not an event ("showing as
# faulted" says the same state).
ITEM_REPORTS = re.compile(
    r"^\W*(?:any|every|each)\s+(?P<item>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+"
    r"(?:that\s+(?:is\s+)?|which\s+(?:is\s+)?)?"
    r"(?:reporting|reports|showing|shows|returning|returns|reading|reads|throwing|throws|"
    r"logging|logs|giving|gives)\s+(?:as\s+|an?\s+|the\s+)?(?P<state>[\w.-]+(?:\s+[\w-]+){0,2})"
    r"\W*$",
    _I,
)


def _read_unwanted_value(text: str) -> ConditionDraft | None:
    """Read "anything but 200" or "each pump showing an error"; None when neither is there."""
    match = OTHER_THAN.match(text)
    if match:
        noun = match["noun"]
        field = f"$.{snake(noun)}" if noun and noun.lower() not in ("response", "reply") else None
        value = value_of(match["value"] or match["code"])
        return ConditionDraft(CONDITION, config(field or "$.status", "not_equals", value), 0.9)
    match = ITEM_REPORTS.match(text)
    if match:
        state = value_of(snake(match["state"]))
        return ConditionDraft(CONDITION, config(status_field(match["item"]), "equals", state), 0.85)
    return None


def _read_other(text: str) -> ConditionDraft | None:
    lowered = text.lower()
    match = _OUTCOME.search(text) if any(w in lowered for w in _OUTCOME_WORDS) else None
    if match:
        # "when a match result comes in and we lost": how the game ended for us is the test;
        # the result's arrival before it is the event it tests.
        outcome = _OUTCOMES[match["outcome"].split()[-1].lower()]
        return ConditionDraft(CONDITION, config("$.result", "equals", outcome), 1.0)
    unwanted = _read_unwanted_value(text)
    if unwanted:
        return unwanted
    match = _GRADE.search(text)
    if match:
        return ConditionDraft(
            CONDITION, config("$.severity", "equals", match["grade"].lower()), 1.0
        )
    match = _IN_WINDOW.search(text)
    if match:
        inside = (match.group(2).lower() != "outside") != bool(match.group(1))
        return ConditionDraft(
            CONDITION, config(f"$.during_{snake(match.group(3))}", "equals", inside), 1.0
        )
    if _DONE_LATE.search(text):
        return ConditionDraft(CONDITION, config("$.late", "equals", True), 1.0)
    match = _NTH_TIME.search(text)
    if match:
        nth = next(i for i, g in enumerate(match.groups()) if g)
        count = int(match.group(5)) if nth == 4 else nth + 2
        return ConditionDraft(CONDITION, config("$.occurrence", "equals", count), 1.0)
    match = _FROM_ADDRESS.search(text)
    if match:
        # "a signup comes from a .edu address", "with a gmail email": a test of the sender.
        return ConditionDraft(CONDITION, config("$.email", "contains", match.group(1)), 1.0)
    match = _CONTAINS.search(text)
    if match and _SOMEONE.match(text[: match.start()]) and match.group(1)[0] not in "'\"":
        # "someone mentions our brand": an event a person causes; "mentions 'refund'" tests.
        match = None
    if match:
        field = subject_field(text[: match.start()]) or "$.text"
        return ConditionDraft(CONDITION, config(field, "contains", value_of(match.group(1))), 0.9)
    match = _MATCHES.search(text)
    if match:
        field = subject_field(text[: match.start()]) or "$.text"
        return ConditionDraft(CONDITION, config(field, "matches", value_of(match.group(1))), 0.9)
    match = _IN.search(text)
    if match:
        values = [value_of(v) for v in re.split(r"\s*(?:,|\bor\b|\band\b)\s*", match.group(1)) if v]
        field = subject_field(text[: match.start()]) or "$.status"
        return ConditionDraft(CONDITION, config(field, "in", values), 0.9)
    for pattern, present in ((_EXISTS, True), (_MISSING, False)):
        match = pattern.search(text)
        if match:
            field = subject_field(text[: match.start()]) or "$.value"
            denied = pattern is _MISSING and bool(match.group(1))
            return ConditionDraft(CONDITION, config(field, "exists", present or denied), 0.85)
    match = _WITHOUT.search(text)
    if match:
        # "is submitted without a signed safety form": what came without it lacks a field.
        return ConditionDraft(CONDITION, config(f"$.{snake(match.group(1))}", "exists", False), 1.0)
    match = _ANY.search(text)
    if match:
        value, operator = (0, "equals") if match.group(1) else (0, "gt")
        return ConditionDraft(CONDITION, config("$.count", operator, value), 0.85)
    match = _NOT_YET.search(text)
    if match:
        # "if the batch hasn't finished": a state that did not happen is a test, not an event.
        word = next(g for g in match.groups() if g).lower()
        field = status_field(text[: match.start()])
        return ConditionDraft(CONDITION, config(field, "not_equals", word), 0.85)
    match = _REPORTED_LEFT.search(text) if " left " in text or " still " in text else None
    if match:
        # "the monitoring system reports a perimeter gate left open": the state of the thing
        # reported, tested as "the gate is open" would be.
        field = status_field(match["thing"])
        return ConditionDraft(CONDITION, config(field, "equals", match["state"].lower()), 1.0)
    match = _HAS_PLURAL.search(text) if " ha" in text else None
    if match:
        return ConditionDraft(CONDITION, config(f"$.{snake(match.group(1))}", "exists", True), 0.8)
    if any(p.search(text) for p in (EVENT, _HAPPENING, _BRINGS_NEW, _NAME_ACTS, _HANDS_BACK)):
        return None
    match = _NONE_YET.match(_after_the_wait(text)) if "no " in text.lower() else None
    if match:
        return ConditionDraft(
            CONDITION, config(f"$.{snake(match['thing'])}", "exists", False), 0.85
        )
    match = _HAS_ROOM.search(text) if " ha" in text else None
    if match:
        return ConditionDraft(CONDITION, config("$.places_left", "gt", 0), 0.9)
    match = _HAS_NO.search(text)
    if match:
        return ConditionDraft(CONDITION, config(f"$.{snake(match.group(1))}", "exists", False), 0.8)
    match = _HAS.search(text)
    if match:
        return ConditionDraft(CONDITION, config(f"$.{snake(match.group(1))}", "exists", True), 0.8)
    match = _GENERIC.search(text)
    if match:
        word = next(g for g in match.groups()[2:] if g)
        operator = "not_equals" if match.group(2) else "equals"
        field = subject_field(text[: match.start()]) or "$.status"
        return ConditionDraft(CONDITION, config(field, operator, value_of(word)), 0.75)
    told = _TELLS_OF_A_THING.match(text) if _TELLING & set(text.lower().split()) else None
    if told:
        # An inverted "should" may yet be the news; a thing stated as shown is what it has.
        strength = 1.0 if told["verb"].lower() in _SHOWING else 0.8
        return ConditionDraft(
            CONDITION, config(f"$.{snake(told['thing'])}", "exists", True), strength
        )
    if not subject_words(text) or not _STATE.search(text):
        return None  # "when a customer replies": an event, whatever its verb
    # A predicate no rule knows: still a guard (dropping it would run the action always), but
    # a weak one whose value is the words themselves, for a person to check.
    return unread_condition(text)


# "should a bike-share dock report a jammed lock": after an inverted "should" the verb is bare;
# what an item reports or shows is a thing it has now, a test (as "any pump reports a fault").
# "a pallet scan at Ironbridge shows a broken seal": what it shows is so whatever the verb's
# form ("a tenant reports a leak" is news of a deed, so only showing counts in -s).
_SHOWING = frozenset({"shows", "displays"})
_TELLING = frozenset({"report", "show", "display", "throw", "raise", "register", "log"}) | _SHOWING
_TELLS_OF_A_THING = re.compile(
    # "a bin sensor in the Marlow car park shows a full bin": a long subject, placed.
    r"^\s*(?:a|an|any|the)\s+(?:[\w'&.-]+\s+){1,8}?"
    r"(?P<verb>report|shows?|displays?|throw|raise|register|log)\s+(?:an?|any)\s+"
    r"(?P<thing>(?:[\w-]+\s+){0,2}?[\w-]+)(?:\s+(?:in|on|at|during|while)(?:\s+[\w-]+){1,3})?\W*$",
    _I,
)


# "still not booked", "not upgraded two weeks later", "still open 48 hours later": a state
# asked with neither subject nor verb is the state of the item in hand, the span its wait's.
_BARE_STATE = re.compile(
    r"^\W*(?:still\s+)?(?:(?P<not>not)\s+(?:yet\s+)?)?"
    r"(?P<state>[a-z]{3,}ed|paid|unpaid|open|closed|done|overdue|pending|unread|unanswered)"
    rf"(?:\s+yet)?(?:{LATER_LAST.pattern})?\W*$",
    _I,
)


def _after_the_wait(text: str) -> str:
    """Return the test after the span it waits for ("5 days later, still no reply")."""
    waited = LATER_FIRST.match(text)
    return text[waited.end() :] if waited else text


def unread_condition(text: str) -> ConditionDraft:
    """Return the weak guard for a predicate no rule reads: its words, for a person to check."""
    words = subject_words(text) or ["condition"]
    return ConditionDraft(
        CONDITION, config("$.status", "equals", snake(" ".join(words))), 0.35, text=text.strip()
    )


# "unless the bike was logged as damaged", "if the parcel is marked fragile", "unless its order
# has been flagged as fraud": a passive on the item already in hand records a state of it; the
# event already happened, so this is a test on it, not a second trigger.
_RECORDED_STATE = re.compile(
    r"^\s*(?:the|its|their|this|that|it|they)\b(?:\s+[\w'-]+){0,3}?\s+"
    r"(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?P<not>not\s+)?"
    r"(?:[a-z]+(?:ed|en)\s+)(?:as\s+)?(?:an?\s+)?(?P<state>[a-z][\w-]*)\s*$",
    _I,
)


# "if the deposit has been paid", "provided the waiver was signed": the deed done to the item
# is its state.
_DONE_TO_IT = re.compile(
    r"^\s*(?:the|its|their|this|that|it|they)\b(?:\s+[\w'-]+){0,3}?\s+"
    r"(?:was|were|(?:has|have|had)\s+(?:already\s+)?been)\s+(?:already\s+)?(?P<not>not\s+)?"
    r"(?P<state>[a-z]{3,}ed|paid|signed|sent|made|done|given|taken|written|sold|seen)"
    r"(?:\s+(?:already|yet|in\s+full))?\s*$",
    _I,
)


# "unless they paid upfront", "if they have paid", "unless it is paid", "if she opted out": a
# pronoun stands for the item or person in hand, so what they did (or what was done to it) is a
# flag on the item, named by the deed and how it was done ("$.paid_upfront").
# "provided they've never subscribed before", "if they haven't ordered from us before": a deed
# denied for all time past is the same flag, false.
_PRONOUN_DEED = re.compile(
    r"^\s*(?:it|they|he|she)(?:'ve)?\s+(?:(?:has|have|had)(?P<nt>n't)?\s+(?:already\s+)?)?"
    r"(?:(?:is|are|was|were|been)\s+(?:already\s+)?)?(?P<not>not\s+|never\s+)?(?:already\s+)?"
    r"(?P<deed>[a-z]{3,}ed|paid|signed|sent|made|done|given|taken|written|sold|seen|left"
    r"|bought|driven|flown|ridden|won)"
    # "unless they bought it in person at the box office": the thing the deed was done to is
    # the item in hand, the place it was done at only says where that manner is. "Unless
    # they've visited us before": we are whom the deed was done to, so the deed is the flag.
    r"(?:\s+(?:it|them|one|us))?"
    r"(?P<how>(?:\s+(?:upfront|up\s+front|out|in|in\s+full|in\s+advance|early|online|back"
    r"|up|in\s+person|by\s+phone|over\s+the\s+phone|on\s+the\s+door)){0,2})"
    # "unless they cancelled in their first week": when in their time with us it was done.
    r"(?P<when>\s+(?:in|within)\s+(?:their|his|her|its|the)\s+first\s+"
    r"(?:day|week|fortnight|month|year|\d+\s+(?:days|weeks|months)))?"
    r"(?:\s+at\s+(?:the|our|a)\s+[\w-]+(?:\s+[\w-]+)?)?"
    r"(?:\s+(?:with|for|from)\s+us)?(?:\s+(?:already|yet|before))?\s*$",
    _I,
)
_PRONOUNS = ("it ", "they ", "he ", "she ", "they'")
# "unless they've been with us before", "if she hasn't been to the clinic before": a person who
# has been here before is one who returns, a flag on them ("been" is no deed of theirs).
_BEEN_BEFORE = re.compile(
    r"^\s*(?:they|he|she)(?:'ve)?\s+(?:(?:has|have|had)(?P<nt>n't)?\s+)?(?P<not>not\s+|never\s+)?"
    r"been\s+(?:with\s+us|here|in|to\s+(?:us|(?:the|our)\s+[\w-]+))\s+(?:before|previously)\s*$",
    _I,
)


# "unless they've said no to texts", "if she opted in to reminders", "unless they unsubscribed
# from marketing emails": a person's answer about a kind of contact is their consent to it.
_CONSENT_GIVEN = re.compile(
    r"^\s*(?:they|he|she)(?:'ve|\s+(?:has|have|had))?\s+(?:already\s+)?"
    r"(?:(?P<refused>said\s+no\s+to|opted\s+out\s+(?:of|from)|unsubscribed\s+from|declined)"
    r"|said\s+yes\s+to|opted\s+in(?:\s+to|to|\s+for)|signed\s+up\s+(?:to|for)|agreed\s+to)\s+"
    r"(?:the\s+|our\s+|any\s+|getting\s+|receiving\s+)?(?P<kind>(?:[\w-]+\s+){0,2}?[\w-]+)\W*$",
    _I,
)
_ANSWERS = (" no ", " yes ", " opted ", " unsubscribed ", " declined ", " signed ", " agreed ")


def pronoun_deed(text: str) -> ConditionDraft | None:
    """Return the flag in "unless they paid upfront" ("$.paid_upfront"), None for other words."""
    if not text.lstrip().lower().startswith(_PRONOUNS):  # the cheap test first
        return None
    consent = _CONSENT_GIVEN.match(text) if any(w in text for w in _ANSWERS) else None
    if consent:
        field = f"$.consents_to_{snake(consent['kind'])}"
        return ConditionDraft(CONDITION, config(field, "equals", not consent["refused"]), 0.8)
    text = _CONTRACTION.sub(_long_form, text)
    been = _BEEN_BEFORE.match(text) if " been " in text else None
    if been:
        denied = been["not"] or been["nt"]
        return ConditionDraft(CONDITION, config("$.returning", "equals", not denied), 0.8)
    match = _PRONOUN_DEED.match(text)
    if match is None:
        return None
    when = (
        " ".join(match["when"].split()[3:]) if match["when"] else ""
    )  # "week" of "in their first week"
    field = "$." + snake(f"{match['deed']} {match['how']} {'in first ' + when if when else ''}")
    denied = match["not"] or match["nt"]
    return ConditionDraft(CONDITION, config(field, "equals", not denied), 0.8)


def recorded_state(text: str) -> ConditionDraft | None:
    """Return the test in "the bike was logged as damaged": the state recorded on the item."""
    match = _RECORDED_STATE.match(text) or _DONE_TO_IT.match(text) or _BARE_STATE.match(text)
    if match is None:
        return pronoun_deed(text)
    operator = "not_equals" if match.group("not") else "equals"
    state = match.group("state").lower()
    return ConditionDraft(CONDITION, config("$.status", operator, state), 0.75)


# "if an airport shuttle run gets cancelled", "if a parcel is damaged": after "if" (not "when"),
# a setback that befalls one item of a kind asks whether it did; arrivals ("is created") and
# changes made to it ("gets renamed") stay events. "If a Skerry Isles Ferries sailing gets
# cancelled": a capitalised name before the words of the kind says whose item it is, however
# long; "if a sailing has been cancelled" asks the same of the state it is left in. "Is aborted
# mid-flight", "gets scrubbed at the last minute": when or how it befell the item is no part of
# the state.
_BEFALLEN = re.compile(
    r"^\s*(?:a|an|any)\s+(?!new\b)(?:(?-i:[A-Z][\w'&.-]*)\s+){0,6}(?:[\w'-]+\s+){0,3}?"
    r"(?:gets?|got|is|was|has\s+been)\s+"
    r"(?P<state>[a-z]{3,}ed)"
    r"(?:\s+(?:mid-[a-z]+|midway|halfway|partway(?:\s+through)?|at\s+the\s+last\s+minute|"
    r"without\s+(?:notice|warning)|unexpectedly|suddenly))?\s*$",
    _I,
)


# Outcomes that go wrong for an item: the state asked about, not a change someone makes.
_SETBACKS = word_set(
    """
    cancelled canceled rejected declined delayed postponed damaged denied suspended refused
    voided bounced blocked failed missed overbooked disputed returned revoked expired
    aborted scrubbed interrupted diverted grounded halted
    """
)


def befallen_state(text: str) -> ConditionDraft | None:
    """Return the test in "if a shuttle run gets cancelled" or "if a show sells out"."""
    if " be " in text:  # "should any sailing be cancelled": the inverted "should" asks "is"
        text = _SUBJUNCTIVE_BE.sub(r"\1is", text, count=1)
    sold_out = sells_out_asked(text)  # "if a performance sells out": the item filled
    if sold_out:
        return ConditionDraft(CONDITION, config(sold_out[0], "equals", sold_out[1]), 1.0)
    match = _BEFALLEN.match(text)
    if match is None or EVENT.search(text) or match.group("state").lower() not in _SETBACKS:
        return None  # "if any domain gets renamed": a change made to it is news, an event
    return ConditionDraft(
        CONDITION, config("$.status", "equals", match.group("state").lower()), 0.75
    )
