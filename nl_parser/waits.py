"""Durations, timed waits and waits for a person (approval signals)."""

import re
from typing import Any

from nl_parser.drafts import StepDraft
from nl_parser.lexicon import NUMBER_PATTERN, parse_number, word_set

_I = re.IGNORECASE

_UNITS = {
    "se": 1,
    "mi": 60,
    "ho": 3600,
    "hr": 3600,
    "da": 86400,
    "we": 604800,
    "fo": 1209600,  # a fortnight: two weeks
    "mo": 2592000,
    "ye": 31536000,  # "two years after an eye test": a year of 365 days
    "h": 3600,  # "24h later": the unit's letter glued to the number
    "d": 86400,
    "w": 604800,
}
# "3 days", "half an hour", and "48-hour" (the span as an adjective: "a 48-hour delay");
# "a fortnight after that" is two weeks; "two and a half hours", "an hour and a half": a half
# more of the unit; "24h", "2d", "1w": the unit's letter glued to the digits ("m" may be metres
# or months, so minutes are written out).
_AND_A_HALF = r"(?:\s+and\s+a\s+half\b(?!-))"
DURATION = re.compile(
    rf"\b(half\s+an?|(?:{NUMBER_PATTERN}){_AND_A_HALF}?)(?:\s*|-)"
    r"(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|fortnights?|months?|years?"
    r"|(?<=\d)[hdw])\b"
    rf"{_AND_A_HALF}?",
    _I,
)
# "after a 48-hour cooling-off period", "after a two-week grace period": the span as an adjective.
_SPAN_OF_A_PERIOD = (
    rf"an?\s+{DURATION.pattern}\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:period|delay|pause|break|gap|window|wait)\b"
)
# "the day after that, post …", "the week after, email …": one unit of time after the step before;
# cut off at its comma, "the day after" ends its clause.
_ONE_UNIT_AFTER = re.compile(
    r"^\W*the\s+(?:next\s+)?(day|week|fortnight|month)\s+after(?:\s+that\b|wards\b|(?=\s*(?:[,;:]|$)))",
    _I,
)
# "the day after a patient has a filling, email …": the span alone before an event's "after" is
# one unit, named by "the", as "two days after …" names its number.
ONE_UNIT = re.compile(r"^\W*the\s+(?:next\s+|following\s+)?(day|week|fortnight|month)\W*$", _I)
# "two days later", "48 hours thereafter" (the formal word), "a week after that": after the step
# before; "ten days on," or "a month after," (the span, then "on" or "after" and a pause) says the
# same.
AFTER_THAT = (
    r"(?:later|after\s+that|afterwards|thereafter|(?:on|after)(?=\s*(?:[,;:\u2013\u2014]|$)))"
)
LATER = re.compile(
    rf"^(?:after|in)\s+(?:{_SPAN_OF_A_PERIOD}|{DURATION.pattern})"
    rf"|{DURATION.pattern}\s+{AFTER_THAT}\b"
    rf"|{_ONE_UNIT_AFTER.pattern}",
    _I,
)

# "…, and forty-eight hours thereafter a reminder shall be emailed to them", "two days later —
# the survey is to be sent": a span opening a clause waits before whatever the clause asks,
# however it asks it (a passive duty too).
LATER_FIRST = re.compile(
    rf"^\W*(?:(?:and|then|and\s+then)\s+)?{DURATION.pattern}\s+{AFTER_THAT}\b[\s,:;\u2013\u2014-]*",
    _I,
)
# "still not booked 7 days after that?", "not accepted after 5 days?": a span may close what is
# asked too, the wait before the test.
LATER_LAST = re.compile(
    rf"[\s,]+(?:{DURATION.pattern}\s+{AFTER_THAT}|after\s+{DURATION.pattern})\W*$",
    _I,
)


# "wait for approval", "hold until approved", "pause until the manager signs off": a person
# (or a callback) lets the run go on, which is a signal wait, not a timed one.
APPROVAL = re.compile(
    r"\b(?:for|until|till|pending)\b.*\b(?:approv\w*|sign(?:s|ed)?[- ]off|go-ahead|ok(?:ay)?ed"
    # "hold it until the editor gives the green light": the idiom of approving; "until Sandra
    # gives the thumbs-up", "until the boss gives it the nod": the gesture of it.
    r"|green[- ]light(?:s|ed)?|thumbs[- ]up|(?:the|a|her|his|their)\s+nod"
    # "wait for the H&S manager to sign it off", "until QA signs the batch off": the thing
    # signed off may sit between "sign" and "off".
    r"|sign(?:s|ed|ing)?\s+(?:it|them|this|that|(?:the|each|every|our|their)\s+[\w-]+)\s+off"
    # "hold until the finance lead OKs it", "till the client OK's the draft", "until she
    # okays it", "until the manager has OK'd it", "for the manager's OK": the word OK as a verb
    # or a noun of approving.
    r"|ok['\u2019]?[sd]|okays?|okaying|(?:the|an?|their|his|her|[\w-]+['\u2019]s)\s+ok)\b",
    _I,
)


# "when she approves it", "once the studio lead has signed it off", "as soon as the editor OKs
# it", "after a team lead gives the go-ahead": the whole of an event is someone approving.
APPROVED_BY_SOMEONE = re.compile(
    r"^\W*(?:[\w'\u2019-]+\s+){0,4}?(?:(?:has|have|had|is|are|was|were|gets?|got)\s+)?(?:been\s+)?"
    r"(?:approv(?:es?|ed)|sign(?:s|ed)?[- ]off|green[- ]light(?:s|ed)?"
    r"|ok['\u2019]?[sd]|okays|ok(?:ay)?ed"
    r"|sign(?:s|ed)?\s+(?:it|them|this|that|(?:the|each|our|their)\s+[\w-]+)\s+off"
    # "once accounts have cleared it", "after compliance clears the contract": someone clearing
    # a thing (with its object; "once the payment has cleared" is the thing's own state).
    r"|clear(?:s|ed)(?=\s+(?:it|them|this|that|(?:the|each|our|their)\s+[\w-]+))"
    # "gives it the nod", "gives the design the thumbs-up": the thing approved may be named.
    r"|gives?\s+(?:(?:it|them|this|that|(?:the|each|our|their|this|that)\s+[\w-]+(?:\s+[\w-]+)?)\s+)?"
    r"(?:the|their|his|her|an?)\s+(?:go-ahead|green\s+light|ok|nod|thumbs[- ]up))"
    r"(?:\s+(?:it|them|this|that|(?:the|each|our|their)\s+[\w-]+(?:\s+[\w-]+)?))?\W*$",
    _I,
)


# "once the surveyor confirms the visit is done", "after the tenant has replied", "when the
# client says yes", "once the booking is confirmed", "as soon as the vet has verified it": word
# sent back, whatever it is about, so after a step the run waits for it (as the first clause it
# is the trigger, read elsewhere).
CONFIRMED_BY_SOMEONE = re.compile(
    r"^\W*(?:[\w'\u2019&-]+\s+){1,4}?(?:(?:has|have|had)\s+)?"
    r"(?:confirm(?:s|ed)?|verif(?:y|ies|ied)|accept(?:s|ed)?|agree(?:s|d)?|repl(?:y|ies|ied)"
    r"|respond(?:s|ed)?"
    # "once the tenant has signed it", "when they countersign the NDA": what was sent comes
    # back signed ("signs up", "signs in" are arrivals, not word sent back).
    r"|(?:counter)?sign(?:s|ed)?(?!\s+(?:up|in|on|out)\b)"
    r"|says?\s+(?:yes|ok(?:ay)?|go)|said\s+(?:yes|ok(?:ay)?|go))\b",
    _I,
)


# "Any roofing quote over £15k … needs Gareth's sign-off first", "every refund above $500
# requires a manager's approval": the items named need someone to approve them before the steps
# after go on, so the run waits for that signal (and the items' modifiers pick which wait).
# "we need the landlord's go-ahead before anything happens", "… before we do anything": the
# approval comes before every step, which is "first" said at length.
NEEDS_APPROVAL = re.compile(
    r"^\W*(?P<subject>\w.*?)\s+(?:needs?|requires?|(?:must|should)\s+(?:have|get)"
    r"|(?:has|have)\s+to\s+(?:have|get))\s+(?:(?:the|an?|their|his|her|our)\s+)?"
    # "need the finance director's OK", "needs the manager's say-so": the word of approving
    # as a noun says the same.
    r"(?:[\w'\u2019&-]+\s+){0,3}?(?:sign[- ]?off|approval|go-ahead|green\s+light"
    r"|ok(?:ay)?|say-so|thumbs[- ]up)"
    r"(?:\s+(?:from|by)\s+(?:[\w'\u2019&-]+\s+){0,3}?[\w'\u2019&-]+?)?"
    r"(?:\s+(?:first|beforehand|up\s+front"
    r"|before\s+(?:anything(?:\s+else)?\s+(?:happens|goes\s+(?:out|ahead)|moves|is\s+(?:done|sent))"
    r"|(?:we|you|they|anyone)\s+(?:do|send|touch)\s+anything(?:\s+else)?"
    r"|(?:we|you|they)\s+(?:go\s+ahead|proceed)|going\s+ahead|proceeding)))?\W*$",
    _I,
)


# "Priya has to approve it first", "the duty manager must sign it off", "our editor needs to OK
# it": a person who must approve the item first is a wait for their approval.
MUST_APPROVE = re.compile(
    r"^\W*(?:(?-i:[A-Z][\w'\u2019-]*)(?:\s+(?-i:[A-Z][\w'\u2019-]*))?"
    r"|(?:the|our|their|a)\s+(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+)"
    r"\s+(?:has\s+to|have\s+to|needs?\s+to|must|will\s+need\s+to|is\s+to)\s+(?:first\s+)?"
    r"(?:approve|ok(?:ay)?|authori[sz]e|sign\s+off(?:\s+on)?|sign\s+(?:it|them|this|that)\s+off"
    r"|green-?light)\b"
    r"(?:\s+(?:it|them|this|that|each\s+one|the\s+[\w-]+))?"
    r"(?:\s+(?:first|beforehand|up\s+front))?\W*$",
    _I,
)


# "… the landlord's go-ahead before anything happens; once we have it, …", "when that's come
# through": the approval already awaited, said again as the moment the run goes on.
_AWAITED = r"(?:it|that|this|the\s+(?:approval|sign-off|go-ahead|ok|say-so|green\s+light))"
AWAITED_IN_HAND = re.compile(
    rf"^\W*(?:(?:we|you|they|i)(?:['\u2019]ve|\s+have)?\s+(?:got|get|have|receive|received)\s+{_AWAITED}"
    # "once she gives it", "when he's given the go-ahead": the person awaited gives it; "once
    # she has": the approving said before, left out.
    r"|(?:she|he|they)(?:['\u2019]s|\s+has|\s+have)?\s+(?:gives?|gave|given|grants?|granted)\s+"
    rf"{_AWAITED}"
    r"|(?:she|he|they)\s+(?:has|have|does|do|did)"
    rf"|{_AWAITED}(?:['\u2019]s|\s+is|\s+has)?\s+(?:been\s+)?"
    r"(?:in|through|given|granted|comes?\s+(?:in|through)|arrives?|arrived))\W*$",
    _I,
)


# "wait for the council's validation notice", "hold it until their reply", "pending the
# client's signature": a word that someone sends back lets the run go on — a signal wait.
WORD_SENT_BACK = re.compile(
    r"\b(?:for|until|till|pending)\s+(?:(?:the|a|an|their|our|his|her|its|some|any)\s+)?"
    r"(?:[\w-]+['\u2019]s\s+)?(?:[\w/-]+\s+){0,3}?(?:notice|notification|reply|replies|response|answer|confirmation|"
    r"acknowledge?ment|signature|decision|verdict|ruling|go-ahead|callback|feedback|clearance|"
    r"permission|consent|say-so|word\s+back)s?\b",
    _I,
)


# "wait until air traffic control grants permission", "till the city planning office issues the
# permit", "until the building management company sends over their consent": a party, however
# many words name it, hands over leave to go on — a signal wait. The verb of handing over says
# where the party's name ends, so it may be longer than the three words WORD_SENT_BACK allows.
LEAVE_GRANTED = re.compile(
    r"\b(?:until|till)\s+(?:[\w'\u2019&-]+\s+){1,5}?"
    r"(?:grant|give|issue|send|return|provide|hand|release)(?:s|ed)?"
    r"(?:\s+(?:back|over|out))?\s+(?:(?:us|me|them|him|her|it)\s+)?"
    r"(?:(?:the|a|an|their|its|our|his|her|your|my)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:permission|clearance|consent|approval|authori[sz]ation|permit|licen[cs]e|go-ahead"
    r"|sign-off|say-so|green\s+light|confirmation|decision|verdict|ruling)s?\b",
    _I,
)


# "wait on the council for the permit", "wait on the supplier for a delivery slot", "wait on the
# insurer to respond": the one waited on sends something back or acts, so a person lets it go
# on ("wait on Monday for …" names a day; a span, "for two days", is left to the timed wait).
WAITED_ON_SOMEONE = re.compile(
    r"^\s*on\s+(?:(?:the|our|their|his|her|an?)\s+)?"
    r"(?!(?:hold|standby|it|them|this|that|minute|hour|day|week|fortnight|month|year|weekend"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b)"
    r"(?:[\w'\u2019&-]+\s+){0,3}?[\w'\u2019&-]+\s+"
    r"(?:for\s+(?:the|an?|their|our|his|her|its|some|any)\s+(?!(?:while|bit|moment|few|couple)\b)"
    r"|to\s+(?!the\b|an?\b)[a-z]+)",
    _I,
)


# What is held before "until": "hold it until …", and any named thing too ("hold the order
# until they send back their measurements"); "hold off until …", "hold fire until …": nothing
# done yet, the same hold.
_HELD = (
    r"(?:(?:it|them|this|that|each\s+one|anything|everything|off|back|fire|"
    r"(?:the|this|that|their|our|his|her|its|each)\s+[\w-]+(?:\s+[\w-]+)?)\s+)?"
)


# "of studies", "from the lab", "at the depot": what a person named belongs to.
_BELONGING = (
    r"(?:of|from|at|in|on)\s+"
    r"(?!(?:the|this|that|each|every|next)\s+(?:minute|hour|day|week|fortnight|month|quarter"
    r"|year|morning|afternoon|evening|night|weekend)s?\b)"
    r"(?:(?:the|our|their|his|her|its)\s+)?[\w-]+\s+"
)


# "until the owner's vet confirms", "till the tenant's guarantor signs": the person may be named
# by whose they are ("until the day's end comes" names a time, not a person).
_WORD_OR_WHOSE = (
    r"(?:(?!(?:minute|hour|day|week|fortnight|month|quarter|year|morning|afternoon|evening|"
    r"night|weekend)['\u2019]s\b)[\w-]+(?:['\u2019]s\b)?)"
)


# Words of time that may open what "until" waits for ("until Friday gives the team …").
_TIME_WORD = (
    r"(?:minute|hour|day|week|fortnight|month|quarter|year|morning|afternoon|evening|night"
    r"|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february"
    r"|march|april|may|june|july|august|september|october|november|december)s?"
)


# "wait for a sales rep to claim it", "hold until someone confirms", "hold it until finance
# confirms payment", "until they've completed setup": a person lets it go on. The thing held
# may be named ("hold the catalogue entry until the specialist has authenticated the piece").
PERSON_ACTS = re.compile(
    rf"^\s*{_HELD}"
    r"(?:for|until|till)\s+"
    rf"(?:(?:a|an|the|someone|somebody|{_WORD_OR_WHOSE})\s+){{1,3}}?"
    # "for the director of studies to assign …", "until someone from the lab confirms": the
    # person may be named by where they belong (not a time: "for the end of the month to …").
    rf"(?:{_BELONGING})?"
    r"(?:(?:to\s+)?(?:claim|confirm|accept|review|sign|approve|respond|repl(?:y|ies|ied)|answer|"
    r"ack\w*)|to\s+(?!the\b|a\b)[a-z]+|(?:is|are|gets?|ha(?:s|ve)(?:\s+been)?)\s+"
    # "until the luthier has quoted the job": what a person has done, active or passive;
    # "until the fee has been paid": a participle that does not end in -ed.
    # "until the editor has proofread it": one more that does not ("they are done with lunch"
    # is how they are, no deed).
    r"(?:[a-z]+ed|paid|sent|made|given|taken|written|sold|bought|brought|(?:proof)?read)\b)"
    # "wait until they've completed setup": what a person has done lets it go on.
    # "until they've paid", "till she's sent it": a participle that does not end in -ed too.
    r"|^\s*(?:for|until|till)\s+(?:they|he|she|we|you|someone|somebody)(?:'ve|'s|\s+have|\s+has)"
    r"\s+(?:[a-z]+ed|done|finished|paid|sent|made|given|written|signed|read)\b"
    # "hold the booking until all players have signed": people, counted, have done something.
    rf"|^\s*{_HELD}(?:until|till)\s+(?:all|every|each|both|everyone|everybody)\s+"
    r"(?:(?:of\s+)?(?:the|their|our)\s+)?(?:[\w-]+\s+){0,2}?(?:have|has)\s+"
    r"(?:[a-z]+ed|done|paid|finished)\b"
    # "wait until the client sends the form back", "until the vendor ships it": someone named,
    # then what they do (not a time: "until the next morning").
    # ("hold it until the director signs": the thing held may come first, as above.)
    rf"|^\s*{_HELD}(?:until|till)\s+"
    rf"(?:the|a|an|their|our|his|her|its|each)\s+(?:{_WORD_OR_WHOSE}\s+){{0,2}}?"
    r"(?!(?:minute|hour|day|week|month|year|morning|afternoon|evening|night|weekend)s\b)"
    r"[a-z]{2,}[^s\W]s\b"
    # "wait until compliance clears the conflict check", "hold it till finance matches the
    # order": a team named bare, then what it does to a thing (the object tells a deed from a
    # time or a change on its own: "until morning comes", "until Monday").
    rf"|^\s*{_HELD}(?:until|till)\s+"
    rf"(?!(?:it|this|that|then|now|today|tomorrow|tonight|noon|midnight|{_TIME_WORD})\b)"
    r"[a-z][\w-]+\s+[a-z]{2,}[^s\W]s\s+"
    r"(?:the|their|its|our|his|her|it|them|each|every|all|this|that|these|those)\b"
    # "wait until they send it back", "till she returns the form": a pronoun, then what a
    # person does to hand something back.
    rf"|^\s*{_HELD}(?:until|till)\s+"
    r"(?:they|he|she|someone|somebody|you)\s+(?:(?:[a-z]+\s+){1,3}back\b|"
    r"(?:return|submit|complete|sign|fill|repl(?:y|ie)|respond|confirm|answer)[a-z]*\b"
    # "sit tight until they say they're happy", "till he lets us know it's fine", "until she
    # tells us": word from a person, whatever it says, lets it go on.
    r"|(?:say|said|tell|told|lets?\s+(?:us|me|you|them)\s+know|notif|decide|agree)[a-z]*\b)"
    # "it needs the nurse to okay it, so hold each request until she does", "wait till the
    # client has": a person's act named before, said again by "do" or "have", lets it go on
    # ("until it does" is a thing's change, not a person's act).
    rf"|^\s*{_HELD}(?:until|till)\s+(?:they|he|she|someone|somebody|you"
    r"|(?:the|a|an|their|our|his|her)\s+(?:[\w-]+\s+){0,2}?[\w-]+)"
    r"\s+(?:does|do|did|has|have)(?:\s+so)?\W*$",
    _I,
)


# "sit tight until our pilot confirms", "hang tight till they reply": idioms of waiting, read
# as "wait" (the same length, so the spans of the text stay where they were).
# "nothing happens until the landlord OKs the quote", "nothing goes out till the editor signs it
# off": no step runs before the thing awaited, which is a wait for it. So in a notice's duties:
# "No further action shall be taken until the manager has approved it", "nothing further is to
# be done till …".
_WAIT_IDIOM = re.compile(
    r"\b(?:(?:sit|hang|hold)\s+tight|hang\s+on|hold\s+on|stand\s+by"
    r"|nothing\s+(?:(?:else\s+)?happens|goes\s+(?:out|ahead)|moves|proceeds"
    r"|(?:is|gets)\s+(?:sent|done|booked|released))"
    r"|(?:nothing(?:\s+(?:else|further|more))?|no\s+(?:further\s+|other\s+)?(?:action|step)s?)"
    r"\s+(?:(?:shall|will|may|must|should|can|is\s+to|are\s+to)\s+)?"
    r"(?:happen|proceed|be\s+(?:taken|done|sent|released)))(?=\s+(?:until|till)\b)",
    _I,
)


# "nothing goes to the workshop until the family approves the wording", "nothing is passed on
# to the printers till the editor signs it off": the place named is where the run goes once the
# wait is over, no step of its own. Only a person letting it go makes it a wait here: "until Jordan
# has double-checked the measurements. Once he confirms, …" waits at the "once".
_NOTHING_GOES_TO = re.compile(
    r"\bnothing\s+(?:goes|(?:is|gets)\s+(?:sent|passed|handed|released))"
    r"(?:\s+(?:on|over|through))?\s+to\s+(?:(?:the|our|their|a|an)\s+)?[\w-]+(?:\s+[\w-]+){0,2}?"
    r"(?=\s+(?:until|till)\b)",
    _I,
)
_UNTIL_ENDS = re.compile(r"[.;!?]\s|$")


def _place_held_as_wait(match: re.Match[str]) -> str:
    """Return "wait" over "nothing goes to <place>" when a person lets it go; else the words."""
    text = match.string
    rest = text[match.end() : _UNTIL_ENDS.search(text, match.end()).start()]
    return "wait".ljust(len(match.group())) if _someone_lets_go(rest) else match.group()


# "sit on it until the chair signs it off", "hang on to the quote till finance approves it",
# "hold onto it until …": idioms of keeping a thing back, read as "hold" (the same length).
_HOLD_IDIOM = re.compile(
    r"\b(?:sit\s+on|(?:hang|hold)\s+on\s*to|keep\s+hold\s+of)"
    rf"(?=\s+{_HELD}(?:until|till)\b)",
    _I,
)


# "the report is to be compiled, held until the coordinator okays it, and then sent …": a
# participle of holding in a row of steps is the hold itself, read as "hold" (the same length).
# "…, held pending the editor's approval, …": "pending" is an "until" too.
# (the look-ahead at the first letters turns most positions away before the look-behinds run)
_HELD_IN_A_ROW = re.compile(
    r"(?=[hk])(?:(?<=,\s)|(?<=\band\s)|(?<=\bthen\s))(?:held|kept)"
    r"(?=\s+(?:back\s+)?(?:until|till|pending)\b)",
    _I,
)


# "; the booking then sits until the producer gives it the thumbs-up", ". The draft stays put
# until the editor approves it", "; it then waits until …": a thing said to stay where it is,
# after a break, until something happens is a wait for it; the thing and its verb are read as
# "wait" (the same length), so the thing is no word left unread.
_LEFT_TO_SIT = re.compile(
    r"(?P<lead>(?:^|[.;:!?,\u2013\u2014]|\b(?:and|then))\s+)"
    r"(?:(?:the|this|that|each|every)\s+[\w-]+(?:\s+[\w-]+)?|it)\s+"
    r"(?:then\s+|just\s+|simply\s+)?(?:sits|stays|remains|waits|is\s+(?:held|parked|kept))"
    r"(?:\s+(?:put|there|tight|idle|on\s+hold))?(?=\s+(?:until|till)\b)",
    _I,
)


# "sit tight for 2 hours", "hang on for a day", "stand by 30 minutes": the same idioms before a
# span wait that long, a timed wait (the same length, read as "wait").
_WAIT_IDIOM_FOR_A_SPAN = re.compile(
    r"\b(?:(?:sit|hang|hold)\s+tight|hang\s+on|hold\s+on|stand\s+by)"
    rf"(?=\s+(?:for\s+)?(?:another\s+|an?\s+(?:further|extra)\s+)?{DURATION.pattern})",
    _I,
)
# The cheap test before the pattern: each idiom has one of these words.
_IDIOM_WORDS = ("tight", "hang on", "hold on", "stand by")


def idioms_as_wait(text: str) -> str:
    """Return text with each idiom of waiting ("sit tight until …") written as "wait"."""
    lowered = text.lower()
    if any(word in lowered for word in _IDIOM_WORDS):
        text = _WAIT_IDIOM_FOR_A_SPAN.sub(lambda m: "wait".ljust(len(m.group())), text)
    pending = "pending" in lowered
    if "until" not in lowered and "till" not in lowered and not pending:
        return text  # every idiom here waits "until" something: most texts have neither word
    text = _HOLD_IDIOM.sub(lambda m: "hold".ljust(len(m.group())), text)
    text = _HELD_IN_A_ROW.sub("hold", text)
    if pending and "until" not in lowered and "till" not in lowered:
        return text  # only a held thing waits "pending" something; the idioms need "until"
    text = _WAIT_IDIOM.sub(lambda m: "wait".ljust(len(m.group())), text)
    if "nothing" in lowered:  # the cheap test first
        text = _NOTHING_GOES_TO.sub(_place_held_as_wait, text)
    return _LEFT_TO_SIT.sub(
        lambda m: m.group("lead") + "wait".ljust(len(m.group()) - len(m.group("lead"))), text
    )


# "after a further week", "another two days later", "three more days on": a span added to the
# wait before it is still a span; the word of adding is blanked so the span reads as one.
# ("two more days of data" is an amount of data, no span waited.)
_UNIT_AHEAD = (
    r"(?=(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?)\b(?!\s+of\b))"
)
_ADDED_SPAN = re.compile(
    rf"\b(?P<further>an?\s+(?:further|additional|extra))\s+(?P<counted>(?:{NUMBER_PATTERN})\s+)?"
    rf"{_UNIT_AHEAD}"
    rf"|\b(?P<another>another)\s+(?P<count>(?:{NUMBER_PATTERN})\s+)?{_UNIT_AHEAD}"
    rf"|\b(?:{NUMBER_PATTERN})\s+(?P<more>more|further|additional|extra)\s+{_UNIT_AHEAD}",
    _I,
)
_ADDING_WORDS = ("further", "another", "more", "additional", "extra")


# "ten days on from each tyre fitting", "a month on from the last service": the span "on from"
# an event is the span after it, read as "after" (the same length); "two weeks on from today"
# names a date, not an event.
_ON_FROM = re.compile(
    rf"\b(?:{NUMBER_PATTERN}|half\s+an?)\s*-?\s*{_UNIT_AHEAD}[a-z]+\s+(?P<on_from>on\s+from)\s+"
    r"(?!(?:now|today|tomorrow|tonight|then)\b)",
    _I,
)


def spans_on_from_as_after(text: str) -> str:
    """Rewrite "ten days on from <event>" as "ten days after <event>" (same length back)."""
    if " on from " not in text.lower():  # the cheap test first
        return text

    def after(match: re.Match) -> str:
        start, end = match.start("on_from") - match.start(), match.end("on_from") - match.start()
        return match.group()[:start] + "after".ljust(end - start) + match.group()[end:]

    return _ON_FROM.sub(after, text)


def spans_added_as_spans(text: str) -> str:
    """Blank the word of adding in "a further week", "two more days" (same length back)."""
    lowered = text.lower()
    if not any(word in lowered for word in _ADDING_WORDS):  # the cheap test first
        return text

    def plain(match: re.Match) -> str:
        name = next(name for name in ("further", "another", "more") if match[name])
        # "another week", "a further week" are "a week"; "another two days", "a further two
        # days" are the two days alone.
        kept = "" if match["count"] or match["counted"] or name == "more" else "a"
        start, end = match.start(name) - match.start(), match.end(name) - match.start()
        return match.group()[:start] + kept.ljust(end - start) + match.group()[end:]

    return _ADDED_SPAN.sub(plain, text)


# "put it on hold until finance approves", "keep it on hold until …", "put the booking on hold
# until the manager approves it": the idiom of "hold it until …", of a thing named too.
PUT_ON_HOLD = re.compile(
    r"^\s*(?:put|keep|place)\s+(it|them|this|that|each\s+one"
    r"|(?:the|this|that|these|those|their|our|his|her|its|each|every|any)\s+[\w-]+(?:\s+[\w-]+)?)"
    r"\s+on\s+hold\b",
    _I,
)

# "don't send it anywhere until Priya approves it", "do not publish the post till the editor
# signs off", "don't book anything until a surveyor accepts the job": whatever is held back
# until someone lets it go is a hold, read as "hold it until …" (a time, "don't send it until
# Monday", is left alone: the hold waits for a person).
WITHHELD = re.compile(
    r"^\s*(?:do\s+not|don['\u2019]t|never)\s+(?!(?:be|wait|worry|stop|forget)\b)"
    r"(?P<verb>[a-z-]+)\s+(?P<held>it|them|this|that|anything|everything|"
    r"(?:the|this|that|these|those|their|our|any)\s+[\w-]+(?:\s+[\w-]+)?)"
    r"(?:\s+(?:anywhere|out|on|yet|to\s+anyone|with\s+anyone))?"
    # "don't email it to safety@… until the foreman has okayed it": where it goes, named with
    # the delivery held back, is where it goes once the person lets it go.
    r"(?:\s+(?P<place>(?:to|in|into|on|onto|with|via|through)\s+(?!anyone\b)[^,;]+?))?"
    r"\s+(?=(?:until|till)\b)",
    _I,
)
# The verbs of delivery: held back, they are a step of their own whatever ends the hold.
_DELIVERED = word_set(
    "email e-mail send post publish share forward release push deliver distribute circulate issue"
)


# "It is not to be released until the managing partner has signed it off", "the draft must not
# be published till the editor approves it": the same hold, said of the thing held as a passive
# duty denied.
WITHHELD_PASSIVE = re.compile(
    r"^\s*(?P<held>it|they|this|that|(?:the|this|that|these|those|their|our)\s+[\w-]+"
    r"(?:\s+[\w-]+)?)\s+(?:(?:is|are)\s+not\s+to|(?:isn't|aren't)\s+to"
    r"|(?:must|should|shall|may|will|can)\s+not|cannot|mustn't|shouldn't|can't|won't)\s+be\s+"
    r"(?:[a-z]+ed|sent|shared|issued)(?:\s+(?:anywhere|out|on|yet|to\s+anyone))?\s+"
    r"(?=(?:until|till)\b)",
    _I,
)
# The thing held, said as the subject of the passive, is held as an object.
_HELD_OBJECT = {"they": "them"}


def _someone_lets_go(rest: str) -> bool:
    return bool(
        APPROVAL.search(rest)
        or PERSON_ACTS.search(rest)
        or WORD_SENT_BACK.search(rest)
        or LEAVE_GRANTED.search(rest)
    )


def withheld_at(text: str) -> bool:
    """Tell whether text opens with a step held back: a delivery, or anything until a person."""
    match = WITHHELD.match(text)
    if match is None:
        return False
    return match["verb"].lower() in _DELIVERED or _someone_lets_go(text[match.end() :])


def withheld_passive_at(text: str) -> bool:
    """Tell whether text opens with a passive duty denied until a person lets it go."""
    match = WITHHELD_PASSIVE.match(text)
    return match is not None and _someone_lets_go(text[match.end() :])


def withheld_as_hold(text: str) -> str:
    """Rewrite "don't send it until <someone approves>" as "hold it until …" (same length)."""
    return _as_hold(text, WITHHELD.match(text))


def withheld_passive_as_hold(text: str) -> str:
    """Rewrite "it is not to be sent until <someone approves>" as "hold it until …"."""
    return _as_hold(text, WITHHELD_PASSIVE.match(text))


def withheld_delivery(text: str) -> tuple[str, str] | None:
    """Split "don't email it to X until <someone approves>" into the hold and the delivery."""
    match = WITHHELD.match(text)
    if match is None or match["place"] is None or match["verb"].lower() not in _DELIVERED:
        return None
    if not _someone_lets_go(text[match.end() :]):
        return None  # "don't post it in #ops until Monday": a time, no person to wait for
    return f"hold it {text[match.end() :]}", f"{match['verb']} {match['held']} {match['place']}"


def _as_hold(text: str, match: re.Match[str] | None) -> str:
    if match is None or not _someone_lets_go(text[match.end() :]):
        return text
    held = _HELD_OBJECT.get(match["held"].lower(), match["held"])
    return f"hold {held}".ljust(match.end()) + text[match.end() :]


# "give it 20 minutes", "allow them a day", "hang on for 15 minutes": the time is granted or
# sat out, not spent on a step. "Leave it five days", "let it sit for a week": the thing is left
# alone for the time, which is a wait too.
GIVE_TIME = re.compile(
    r"\s*(?:(?:give|allow|leave)\s+(?:it|them|things|him|her|everyone|(?:the|our|their)\s+"
    r"(?:[\w'-]+\s+){0,2}?[\w-]+)(?:\s+(?:alone\s+)?for)?|"
    r"let\s+(?:it|them|things)\s+(?:sit|ride|rest|be)(?:\s+for)?|(?:hang|hold)\s+on(?:\s+for)?|"
    rf"hold\s+off(?:\s+for)?|stand\s+by(?:\s+for)?)\s+{DURATION.pattern}\b",
    _I,
)


# A test made some time after the step before it: "if they haven't upgraded two days later".
_LATER_IN_TEST = re.compile(
    rf"{DURATION.pattern}\s+(?:{AFTER_THAT}|on)\b|\bafter\s+{DURATION.pattern}",
    _I,
)
# "if it hasn't been picked up in 10 days", "if he hasn't marked it clean within 3 hours": a
# deadline on something not done is a time to wait before the test.
_NOT_DONE_WITHIN = re.compile(
    r"\b(?:hasn't|haven't|has\s+not|have\s+not|isn't|aren't|wasn't|weren't|still\s+not|not\s+yet|"
    rf"nobody|no\s+one)\b.*?\b(?:in|within)\s+(?:the\s+next\s+)?{DURATION.pattern}",
    _I,
)

_ANY_ITEM = re.compile(r"\b(?:any|every|each|all|some)\b", _I)


def later_in_test(body: str, *, after_fetch: bool = False) -> re.Match | None:
    """Return the stretch of time a test waits for after the step before it, if it gives one."""
    not_done = _NOT_DONE_WITHIN.search(body)
    if not_done and (after_fetch or _ANY_ITEM.search(body[: not_done.start()])):
        # "if any route hasn't been plowed in 4 hours", "GET …/fermenters and, if a reading
        # hasn't moved in 48 hours, …": how long ago, in the data, not a wait.
        not_done = None
    return _LATER_IN_TEST.search(body) or not_done


def signal_step(text: str) -> StepDraft:
    """Return a wait for the `approval` signal, with the text's duration as its timeout."""
    config: dict[str, Any] = {"signal": "approval"}
    match = DURATION.search(text)
    if match:
        config["timeout_seconds"] = _seconds(match)
    return StepDraft("wait_for_signal", config, 1.0, "wait for approval")


def _seconds(match: re.Match) -> int:
    amount = match.group(1).lower()
    count = 0.5 if amount.startswith("half") else parse_number(amount.split()[0]) or 1
    if not amount.startswith("half") and "half" in match.group().lower():
        count += 0.5  # "two and a half hours", "an hour and a half"
    return int(count * _UNITS[match.group(2).lower()[:2]])


def delay_step(text: str) -> StepDraft:
    """Return a wait step for the duration the text gives (no config when it gives none)."""
    match = DURATION.search(text)
    one_unit = None if match else _ONE_UNIT_AFTER.match(text) or ONE_UNIT.match(text)
    if one_unit:
        unit = one_unit.group(1).lower()
        return StepDraft("wait", {"seconds": _UNITS[unit[:2]]}, 1.0, f"wait a {unit}")
    if not match:
        return StepDraft("wait", {}, 0.6, "wait")
    return StepDraft("wait", {"seconds": _seconds(match)}, 1.0, f"wait {match.group().strip()}")
