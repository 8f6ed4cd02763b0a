"""What a message says: its content is told, not read as items, tests or schedule words.

"post a reminder that standup starts in ten minutes", "email hr@x.com that payroll ran",
"remind #retro to fill in the board": the words after the message are what it says. They pick
no items (`deliveries.py`), leave no loose end (`loose_ends.py`), and a time among them is the
message's, not the schedule's ("ping #ops at 9 with a note that the window opens at 10").
"""

import functools
import re

from nl_parser.calendar_words import DAY, SHORT_DAY

# "with a reminder that standup starts soon", "a note saying the build broke", "remind #retro to
# fill in the board": what a message says is its content; it picks no items and needs no step.
_ADDRESSEE = r"(?:#[\w-]+|[\w.+-]+@[\w.-]+)"
# "at Quayside Legal", "from Harbour Dental": the named body a place belongs to (capitals only);
# "at Petal & Stem" ("&" read as "and"): two names may be joined into one body.
_WHOSE = r"(?:at|in|from|of|for)\s+(?-i:[A-Z][\w'&-]*)(?:\s+(?:and\s+)?(?-i:[A-Z][\w'&-]*)){0,3}"
_CONTENT = re.compile(
    # Every reading but the last starts a word (or a place): "(?<![\w+-])" lets the search skip
    # the inside of words at once instead of trying each reading there (a third of its time).
    r"(?<![\w+-])(?:"
    r"\b(?:an?|the|one)\s+(?:[\w-]+\s+)?(?:reminder|message|note|notice|notification|heads-up|"
    r"announcement|warning|alert|email|text|update|nudge|ping|line|reply)"
    rf"(?:\s+(?:to|in|on|via)\s+(?:{_ADDRESSEE}|slack|e-?mail|the\s+[\w-]+))?"
    r"\s+(?P<said>that|saying|to\s+say|telling|which\s+says|reading)\b"
    # "text the crew reminding them doors open at 7": after a participle of telling and whom it
    # tells, the rest is what it says, with "that" or without ("reminding reps to …" is below).
    r"|(?P<told>\b(?:saying\b|(?:telling|reminding|warning|assuring|informing)\s+"
    r"(?:them|him|her|everyone|everybody|people|us|the\s+[\w-]+)\s+(?:that\b|(?!to\s)(?=[a-z]))))"
    # "email hr@x.com that payroll ran": a place is never filtered; "that" after it is told.
    # "remind #all-staff at Quayside Legal that …": the place may be named with whose it is.
    rf"|{_ADDRESSEE}(?:\s+{_WHOSE})?\s+(?:(?P<that>that)\b"
    # "email greens@… to hold the mowers until midday": what a place is asked to do is what the
    # message says ("to the team", "to #ops", "to 5pm" name no deed).
    r"|(?P<bidden>to)\s+(?!(?:the|our|your|their|my|his|her|its|an?|all|each|every|them|him|us|me|"
    r"everyone|people|whoever|someone|be)\b)[a-z]+\s+(?:the|their|its|our|all|any|every|each|"
    r"them|it|off|up|back)\b)"
    # "email the resident that the new key is ready": a person messaged, then "that" and a clause
    # with its own subject, is told ("email the users that signed up" picks users instead).
    # "text all tenants through the SMS webhook that rent is due": who is told may be many, and
    # the medium may come between them and what they are told.
    # "remind the Cobalt Payroll Bureau team that …": who is told may be a body of several names.
    # "email the customers on today's round that …": the people may be named by a day's item, and
    # "remind the stylists at Snip & Curl Hair that …" by the body they belong to.
    r"|\b(?:(?:e-?mail|text|message|tell|notify|remind|warn|inform|ping)\s+"
    r"(?:them|him|her|everyone|(?:the|all|all\s+the|our|every|each)\s+"
    r"(?:[\w'\u2019-]+\s+){0,4}?[\w-]+)"
    rf"(?:\s+{_WHOSE})?"
    # "remind Oakleaf members that their credits have reset", "warn tenants that …": a verb of
    # telling has a person for its object, so the words before "that" need no article.
    r"|(?:tell|notify|remind|warn|inform)\s+(?!(?:that|to|about|of|when|if)\b)(?:[\w'-]+\s+){0,3}?"
    r"(?!that\b)[\w'-]+)\s+"
    r"(?:(?:through|via|by|over|on|in)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:web-?hook|sms|text|e-?mail|slack|#[\w-]+)\s+)?"
    r"(?P<told_that>that)\s+(?=(?:the|their|his|her|its|our|your|a|an|it|they|he|she|we)\s"
    # "email the customer that it'll be delivered": a pronoun subject with its auxiliary joined.
    r"|(?:it|they|he|she|we|you)['\u2019](?:ll|s|re|d|ve)\b"
    # "… that rent is due", "… that fees are overdue": a subject and a state it is in, which no
    # relative clause can be ("the customers that support is due" is no English).
    # ("… that match reports are due": the subject may be a compound of two words.)
    r"|(?:[a-z][\w-]*\s+){1,2}?(?:is|are|was|were|will\s+be)\s+(?:now\s+)?"
    r"(?:due|overdue|ready|open|closed|late|live|over|off|on)\b"
    # "email the patient that production has started": a bare subject and its auxiliary, after
    # one person ("email the customers that support has flagged" may pick customers).
    r"|(?<!s that )[a-z][\w-]*\s+(?:has|have|had|is|are|was|were|will)\s+"
    r"(?:now\s+|just\s+|been\s+)*"
    r"(?:[a-z]+ed|begun|gone|done|underway|ready|complete|open|closed|live|over)\b"
    # "remind the stylists that product orders close at 3pm": a bare subject and a verb of
    # something opening or ending, then when it does, is news (a relative clause has no subject).
    r"|(?:[a-z][\w-]*\s+){1,2}?(?:open|close|start|begin|end|finish|run|resume|shut|launch)"
    r"(?:s|es)?\s+(?:at|on|by|from|in|tonight|tomorrow|today|this|next|\d)\b)"
    # "let the drivers know the day's route sheets are ready", "tell the pickers today's sheets
    # are in": news told with no "that", a subject and the state it is in, is what is said ("tell
    # the team the orders that are late" names no state of its own, and picks orders).
    r"|(?:\bknow|\b(?:notify|tell)\s+"
    # ("let the nurses know which of today's patients are due": a question picks items instead.)
    r"(?:(?!(?:which|what|who|whose|whether|if|that|of|about|when|how)\b)[\w'&-]+\s+){1,8}?)\s*"
    r"(?P<news>the|their|our|your|this|these|(?:to|yester)day['\u2019]s|tomorrow['\u2019]s|"
    r"(?:this|next)\s+week['\u2019]s|(?:the|this)\s+(?:day|week|month)['\u2019]s)\s+"
    r"(?=(?:(?!(?:that|which|who|whose|where|when)\b)[\w-]+\s+){1,3}?(?:is|are)\s+(?:now\s+)?"
    r"(?:ready|due|overdue|open|closed|late|live|available|in|on|up|out|here|back|done|complete)\b)"
    # "tell the housekeeping crew which pod needs turning over", "let #ops know what courier is
    # bringing it": a question about one thing (its noun and verb singular, or "which room to
    # clean") asks for the item in hand, so it is said ("which orders are late" picks items).
    r"|(?:\bknow\s+|\b(?:tell|notify|inform)\s+(?:(?!(?:which|what|that|of|about)\b)[#@\w'&.-]+\s+)"
    r"{1,6}?)(?P<asked_one>which|what)\s+(?:(?!(?:of|are|were|have|had|do|did|will|can|still)\b)"
    r"[\w-]+\s+){0,2}?(?!(?:are|were|have|had|do|did|will|can|still)\b)[a-z][\w-]*(?<![^s]s)\s+"
    r"(?:is|was|has|needs|wants|goes|belongs|to)\b"
    # "email sales@x.com reminding reps to update …": a participle of telling, with whom it
    # tells, opens what the message says; "reps" there picks no items.
    r"|(?P<telling>\b(?:reminding|asking|telling|nudging|urging))\s+(?:the\s+)?[\w-]+\s+to\s+[a-z]+\b"
    # "… asking if anyone can cover route 7", "to ask them whether …": the question it puts.
    r"|(?P<asking>\b(?:asking|ask|asks|wondering))\s+(?:(?:the|our|all)\s+)?(?:[\w-]+\s+)?"
    r"(?:if|whether)\b"
    # "… asking who's free this week", "wondering which vans are spare": a participle of asking
    # and a question word put a question too ("ask the CRM which deals closed" fetches, so the
    # bare verb does not count here); "… asking for a healed pic" puts a request.
    r"|(?P<asking_wh>\b(?:asking|wondering))\s+(?:(?:them|everyone|(?:the|our|all)\s+[\w-]+)\s+)?"
    r"(?:who|what|which|when|where|how|for)\b"
    # "remind the weekend staff to …": who is reminded may be a compound of a few words.
    rf"|\b(?:remind\w*|reminder)\s+(?:(?:{_ADDRESSEE}|everyone|people|them|him|her|us|me"
    r"|(?:the|all|all\s+the|our)\s+(?:[\w-]+\s+){0,2}?[\w-]+|[\w-]+)\s+)?"
    rf"(?:(?:on|in|via|by|over)\s+(?:[\w-]+|{_ADDRESSEE})\s+)?"
    r"(?P<asked>to)\s+(?!#|[\w.+-]+@|(?:the|our|your|their|my|his|her|its|an?|any|anyone|anybody|"
    r"everyone|everybody|all|each|every|those|these|them|him|us|me|people|whoever|someone)\b)"
    r"[a-z]+\b)"
    # "email them to desk@… so the presenters have them in hand": why it is sent, a clause with
    # its own subject after "so", picks no items either.
    r"|\s(?P<purpose>so)\s+(?:that\s+)?(?:the|our|my|their|everyone|everybody|they|we|i|he|she|"
    r"you)\s+(?:[\w-]+\s+){0,2}?(?:have|has|can|could|will|would|know|knows|get|gets|see|sees)\b",
    re.IGNORECASE,
)
# "remind #club-night at kingsgate chess club that boards go out at 8": typed all in lower case, a
# text names its places in lower case too; the place is a few words with no article or pronoun,
# and what follows "that" has its own subject ("… that was booked" would be a relative clause).
_LOWERCASE_WHOSE = (
    r"(?:at|in|from)\s+(?!(?:the|a|an|our|your|their|my|his|her|its|this|these|those|each|every|all|"
    r"any|some|least|most|once|that)\b)[a-z][\w'&-]*(?:\s+(?!that\b)[a-z][\w'&-]*){0,3}"
    r"(?=\s+that\s+(?!(?:is|are|was|were|has|have|had|will|can|[a-z]+ed)\b))"
)
_CONTENT_LOWERCASE = re.compile(_CONTENT.pattern.replace(_WHOSE, _LOWERCASE_WHOSE), re.IGNORECASE)


def _content_of(text: str) -> re.Pattern[str]:
    """Return the grammar of what a message says that suits how `text` is typed."""
    return _CONTENT_LOWERCASE if text.islower() else _CONTENT


def content_start(text: str) -> int:
    """Return where what a message says begins in `text` (its length when it says nothing)."""
    said = _content_of(text).search(text)
    if said is None:
        return len(text)
    names = (
        "said",
        "told",
        "that",
        "told_that",
        "news",
        "asked_one",
        "telling",
        "asking",
        "asking_wh",
        "asked",
        "bidden",
        "purpose",
    )
    group = next(name for name in names if said.group(name))
    return said.start(group)


_SAID_END = re.compile(r"[.;!?](?:\s|$)|,|\s(?:and\s+)?then\s|$")
_TIME = re.compile(
    r"\b(?:at\s+)?(?:\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d\d|noon|midday|midnight)(?!\w)"
    r"|\bat\s+\d{1,2}\b(?!:)",
    re.IGNORECASE,
)


# The same text is asked about several times in one parse (schedule, data days, loose ends).
@functools.lru_cache(maxsize=64)
def told_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Return where each message's content lies in `text` (to the end of its clause)."""
    spans = []
    for said in _content_of(text).finditer(text):
        start = content_start(text[said.start() :]) + said.start()
        end = _SAID_END.search(text, start + 1)
        spans.append((start, end.start() if end else len(text)))
    return tuple(spans)


# "post 'next week's classes are open' in #members": an apostrophe between letters is part of
# the quoted words, not the quotation's end.
QUOTED_CHAR = r"(?:[^'\"\u2019\u201d]|(?<=\w)['\u2019](?=\w))"
QUOTATION = re.compile(rf"(?<!\w)['\"\u2018\u201c]({QUOTED_CHAR}{{3,}})['\"\u2019\u201d](?!\w)")


def blank_told_times(text: str, *, always: bool = False) -> str:
    """Blank the times a message says when the text also names a time of its own (or always)."""
    spans = told_spans(text)
    told = outside = text
    quoted = [m.span(1) for m in QUOTATION.finditer(text)]
    for start, end in quoted:
        # "post 'session tonight at 7' every Friday at noon": a quotation is all message.
        told = told[:start] + " " * (end - start) + told[end:]
        outside = outside[:start] + " " * (end - start) + outside[end:]
    for start, end in spans:
        told = told[:start] + _TIME.sub(_spaces, told[start:end]) + told[end:]
        outside = outside[:start] + " " * (end - start) + outside[end:]
    # "post a reminder that standup is at 9": when the only time is told, it is the schedule's.
    return told if always or _TIME.search(outside) else text


def _spaces(match: re.Match[str]) -> str:
    return " " * len(match.group())


# "it'll be delivered tomorrow", "the clinic is closed on Friday": a day a message tells of.
_TOLD_DAY = re.compile(rf"\b(?:(?:on\s+)?{DAY}|today|tomorrow|tonight)\b", re.IGNORECASE)
# "When a florist order comes in, …": a text that opens on an event runs on it, not on a day.
_OPENS_ON_EVENT = re.compile(
    r"^\W*(?:when|whenever|as\s+soon\s+as|every\s+time|each\s+time|any\s*time)\s", re.IGNORECASE
)


# "each Sunday at 18:00", "every evening", "weekdays": days the run names for itself.
_OWN_DAYS = re.compile(
    # "mon-fri at 6am": a range of short names typed in lower case is the run's days too.
    rf"\b(?:{DAY}|(?:{SHORT_DAY})\s*(?:-|\u2013|to|thru)\s*(?:{SHORT_DAY})|daily|nightly|weekdays|"
    r"weekends|(?:every|each)\s+(?:[a-z]+\s+)?"
    r"(?:day|morning|afternoon|evening|night|weekday|week)s?)\b",
    re.IGNORECASE,
)


def blank_told_days(text: str, *, always: bool = False) -> str:
    """Blank the days a message tells of when the text opens on an event or names its own days.

    "each Sunday at 18:00, give the owners a heads-up that the arena is shut on Monday mornings":
    the run's day is told outside the message, so Monday is news, not a second run day.
    """
    spans = told_spans(text)
    if not spans or not (always or _OPENS_ON_EVENT.match(text) or _names_own_days(text, spans)):
        return text
    for start, end in spans:
        text = text[:start] + _TOLD_DAY.sub(_spaces, text[start:end]) + text[end:]
    return text


def _names_own_days(text: str, spans: tuple[tuple[int, int], ...]) -> bool:
    """Tell whether `text` names a day to run on outside what its messages say."""
    if not any(_TOLD_DAY.search(text, start, end) for start, end in spans):
        return False  # the cheap test first: most messages tell of no day
    outside = text
    for start, end in spans:
        outside = outside[:start] + " " * (end - start) + outside[end:]
    return _OWN_DAYS.search(outside) is not None
