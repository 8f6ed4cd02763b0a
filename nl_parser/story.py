"""The story before the request: who asks and what keeps going wrong, told before what to do.

"Our rowing club nearly lost a boat over the weir last spring when the river rose overnight.
From April to October, every morning at 5:30, could you fetch …" opens with a sentence that
is told, not asked: its verbs ("lost", "rose") and times ("overnight") are no step and no
schedule. Rules for who asks ("I run …", "we're a …") each caught one shape of it; blind sets
kept finding others. Read instead by what such a sentence is: it opens with the teller (I, we,
our, my), it asks for nothing (no please/could/want/need, no place to send to or read from),
it names no schedule, and the request follows it.
"""

import re
from itertools import pairwise

from nl_parser.calendar_words import DAY
from nl_parser.events_gone_by import teller_after_event_gone_by
from nl_parser.firms_asking import FIRM_OF_ASKER
from nl_parser.habits_told import tells_items_received, tells_others_habit
from nl_parser.items_handed_over import blank_items_handed_over
from nl_parser.late_sources import NAMES_A_SOURCE
from nl_parser.lexicon import blank_span
from nl_parser.preferences import blank_preferences, blank_work_not_wanted
from nl_parser.schedule import parse_schedule
from nl_parser.verbs import lemma, main_verb
from nl_parser.verdicts import is_verdict

# Lazy up to a stop before a space: a dot inside "example.com" ends nothing, and no start is
# tried twice (the pattern before backtracked over every dot inside a URL).
# "I've got 600 scanned pages from the yard — can you extract …": a dash before the request
# ends the telling as a full stop does.
_SENTENCE = re.compile(
    r"\S.*?(?:[.!?]+(?=\s|$)"
    r"|\s(?:\u2014|\u2013|--?)(?=\s+(?:(?:can|could|would)\s+(?:you|u)|please)\b)|$)",
    re.DOTALL | re.IGNORECASE,
)
_MONTH_NAME = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
)
# "So our genomics core runs …": a word that only opens the telling comes before the teller.
# "At Millbrook Observatory our stargazing nights get called off …", "In Dunmore Harbour, we …":
# so does the named place where it happens (a capitalised name; "at 7am, …" is a time).
_TELLER = re.compile(
    # "Long story short, our café keeps …": a phrase that only sums up the telling opens it too.
    # "Honestly, last Saturday we ran out …": so does a word that says how frankly it is told.
    r"^\s*(?:(?:so|ok|okay|well|basically|honestly|frankly|(?:to\s+cut\s+a\s+)?long\s+story\s+short"
    r"|in\s+short|in\s+a\s+nutshell)\s*,?\s+)?"
    r"(?:(?:at|in)\s+(?:the\s+)?(?-i:[A-Z][\w'&-]*(?:\s+[A-Z][\w'&-]*){0,4}),?\s+(?=(?:our|my|we|i)\s))?"
    r"(?:i|we|our|my|i['\u2019]m|we['\u2019]re|i['\u2019]ve|we['\u2019]ve"
    # "There are about 420 job-request emails sitting in the shared inbox.": what is at hand,
    # told as there being it.
    r"|there\s+(?:are|is|were|was)|there['\u2019](?:s|re)"
    # "Last August one of our reservoirs ran low …", "Two winters ago the pipes froze …": a time
    # gone by, opening the sentence, says that what follows happened; it is told.
    rf"|(?:last|this\s+past)\s+(?:year|month|week|spring|summer|autumn|fall|winter|{_MONTH_NAME})"
    # "Yesterday our freezer alarm went off at 3am", "Last Saturday we ran out by 10am": one day
    # gone by, likewise.
    rf"|yesterday|last\s+night|(?:last|this\s+past)\s+{DAY}"
    r"|(?:a|an|one|two|three|four|five|six|a\s+few|several|some)\s+[a-z]+\s+ago"
    # "Every December the gift shop runs an advent offer": a season of the year before a subject
    # of its own tells what happens then; a request names no subject ("every December, pull …").
    rf"|(?:every|each)\s+(?:year|spring|summer|autumn|fall|winter|{_MONTH_NAME}),?\s+(?:the|our|my)"
    # "Saturday mornings are chaos at …", "Weekends get quiet …": a time of the week as the
    # subject of how things are then tells when the trouble comes; a request names no subject.
    r"|(?:(?:sun|mon|tues|wednes|thurs|fri|satur)days?|weekends?|weekdays?)"
    r"(?:\s+(?:mornings?|afternoons?|evenings?|nights?|lunchtimes?))?"
    # "Friday nights at Strikezone Bowl have been quiet since …": the place they are at may
    # follow, and how they have been lately is told as how they are.
    r"(?:\s+(?:at|in)\s+(?:the\s+)?(?-i:[A-Z][\w'&-]*(?:\s+[A-Z][\w'&-]*){0,4}))?"
    r"\s+(?:are|is|get|gets|can\s+be|tend\s+to\s+be|ha(?:ve|s)\s+(?:been|got(?:ten)?))"
    r")\b",
    re.IGNORECASE,
)
# "Occupancy has been sliding since the new place opened, and I only ever find out at
# month-end.": the teller may come in after a comma and "and"/"but", in a sentence that opens
# on what the trouble is (not on a verb, which would ask); how often or when it happened may
# come first ("… and twice now we've been caught out", "… but last month we missed one"), and
# the teller may own the trouble ("… runs a reserve-and-collect service, and honestly our holds
# shelf is overflowing").
_TELLER_LATER = re.compile(
    r"(?:,\s*|\s)(?:and|but)\s+(?:[a-z]+\s+){0,3}?"
    r"(?:(?:i|we)(?:['\u2019](?:m|re|ve)|\s)|(?:our|my)\s)",
    re.IGNORECASE,
)
_FIRST_WORD = re.compile(r"[a-z]+", re.IGNORECASE)
# "PIs email me at 8am asking …", "customers text us": others sending to the teller is told,
# not asked ("please email me" is asked; "pls" is no plural subject); so is what they send in
# ("pubs send their trade orders in all week", "clients email their timesheets over to us").
# "the skippers send their declarations through our landing portal": through the teller's own
# door, likewise.
_SENT_TO_TELLER = re.compile(
    r"\b(?!pls\b)(?:they|people|[a-z]+s)\s+(?:email|text|ping|message|post|send|submit)\s+"
    r"(?:me|us|(?:[\w'-]+\s+){1,4}?(?:in|over|to\s+(?:me|us)|(?:through|via)\s+(?:our|my)))\b",
    re.IGNORECASE,
)
# "they're buried in email", "bookings arrive by text", "lost under a pile of email": a medium
# named after a preposition is how things reach the teller, a noun; it asks to send nothing.
_MEDIUM_AS_NOUN = re.compile(
    r"\b(?:in|into|by|over|via|through|under|from|with|on|of)\s+(?:(?:the|their|our|my|his|her|"
    r"its|an?|all\s+the|(?:a\s+)?(?:pile|flood|sea|stack|mountain|wall)\s+of)\s+)?"
    r"(?:e-?mail|text|post|ping)\b",
    re.IGNORECASE,
)
# "when nobody's checking email", "no one reads their texts after 6": a medium read, watched or
# answered by someone is what reaches them, a noun; it asks to send nothing ("check" alone,
# bare, may ask, so only a gerund or a verb told of someone is read).
_MEDIUM_READ = re.compile(
    r"\b(?:check|read|answer|watch|monitor|open|clear)(?:ing|s|ed)\s+(?:the\s+|their\s+|our\s+|"
    r"my\s+|his\s+|her\s+|its\s+)?(?:shared\s+|work\s+)?(?:e-?mails?|texts?|messages?)\b",
    re.IGNORECASE,
)
# "free-text emails", "a blog-post draft": a medium word joined to the word before it is part of
# a compound noun ("re-send", "cross-post" stay verbs done again or across).
_MEDIUM_IN_COMPOUND = re.compile(
    r"\b(?!(?:re|auto|cross|pre|co)-)[a-z]+-(?:e-?mail|text|post|ping|send|message)s?\b",
    re.IGNORECASE,
)
# "drop offline more than they should", "slower than we'd like", "longer than it needs to": a
# modal after "than" measures how things are against how they ought to be; it asks for nothing.
_NORM_COMPARED = re.compile(
    r"\bthan\s+(?:[a-z]+\s+|[a-z]+(?=['\u2019]d\b))?(?:should|ought|would|['\u2019]d|could|can|must|want|wants|need|"
    r"needs)\b(?:\s+(?:like|love|want|expect|hope|be|to))*",
    re.IGNORECASE,
)
# "The river can come up fast after heavy rain", "the barrier could jam overnight": a thing
# named before the modal says what it may do, which is what goes wrong; only the modal before
# its subject ("can you …", "could the bot …") asks.
_THING_MAY = re.compile(
    r"\b(?:the|a|an|our|my|their|its|this|that|these|those|it|they)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:can|could)\b(?!\s+(?:you|u|someone|somebody|anyone)\b)",
    re.IGNORECASE,
)
# An address or a handle is a place to send to; "the old info@ inbox" names a mailbox, no place
# (nothing after its "@").
_ASKS = re.compile(
    r"\b(?:please|could|can|would|will|want|wants|wanted|need|needs|like|love|should|must|"
    r"make\s+sure|set\s+up|automate|workflow|remind|let\s+me\s+know|send|email|post|alert|"
    r"notify|text|ping)\b|https?://|@(?=[\w.-])|#|['\u2019]d\b",
    re.IGNORECASE,
)

# A cadence said outright; "eats my evenings" or "viewing nights" only tells of a time of day.
_CADENCE_WORDS = rf"\b(?:every|daily|weekly|monthly|hourly|nightly|weekdays?|weekends?|{DAY})\b"
# A schedule said outright: a cadence, or any number.
_WHEN = re.compile(rf"\d|{_CADENCE_WORDS}", re.IGNORECASE)


# "every January we drown in applications": a cadence before the teller and a verb that asks
# nothing tells when the trouble comes, a season of the story, not when the workflow runs.
_TOLD_CADENCE = re.compile(
    r"^\s*(?P<when>(?:every|each)\s+[\w-]+),?\s+(?:i|we)\s+(?P<verb>[a-z]+)\b", re.IGNORECASE
)
# The request after it opens on its own event, so the run has a trigger, not that cadence.
# "So: whenever a turkey pre-order comes in, …": the word that ends the telling may come first.
# "From now on, whenever …", "Going forward, when …": a word that says the request starts now
# may come first too.
_OPENS_ON_EVENT = re.compile(
    r"^\s*(?:so\s*[:,]?\s+)?(?:(?:from\s+now\s+on|going\s+forward|in\s+future|from\s+today)\s*,?\s+)?"
    r"(?:when|whenever|each\s+time|every\s+time|any\s+time|as\s+soon\s+as)\b",
    re.IGNORECASE,
)


# "didn't hear … until a guest rang down at 2am", "last Saturday we ran out by 10am": a story told
# in the past, by a denial in the past, a day gone by, or its teller's past verb.
_TOLD_IN_PAST = re.compile(
    r"\b(?:(?:did|was|were|had|could)n['\u2019]?t|did\s+not|was|were|yesterday|ago|last\s+night"
    rf"|(?:last|this\s+past)\s+{DAY}"
    r"|(?:i|we|he|she|they|nobody|no\s+one|someone)\s+(?:[a-z]+ly\s+)?"
    r"(?:[a-z]{2,}ed|ran|rang|went|came|got|lost|told|saw|took|found|kept|broke|froze|forgot|left|"
    r"sold|heard|hit|sat|woke))\b",
    re.IGNORECASE,
)
# What makes a time in it come round again: "every", "daily", "on Mondays" ("last Monday" and
# "on Sunday" are one day).
_REPEATS = re.compile(
    r"\b(?:every|each|daily|weekly|monthly|hourly|nightly|weekdays|weekends|"
    r"(?:sun|mon|tues|wednes|thurs|fri|satur)days)\b",
    re.IGNORECASE,
)


def _happened_once(told: str) -> bool:
    """Tell a story told in the past whose times say when it happened, not when to run."""
    return _TOLD_IN_PAST.search(told) is not None and _REPEATS.search(told) is None


def _request_on_its_schedule(request: str) -> bool:
    """Tell whether a sentence opens on when the run happens ("Every Friday at 16:30, …")."""
    opening = len(request) - len(request.lstrip())
    schedule = parse_schedule(request)
    return schedule.schedule is not None and any(start <= opening for start, _ in schedule.spans)


def _request_on_its_event(later: list[re.Match[str]]) -> bool:
    """Tell whether the first sentence after the story that is not told opens on an event."""
    for sentence in later:
        if _OPENS_ON_EVENT.match(sentence.group()):
            return True
        if not _TELLER.match(sentence.group()) or _ASKS.search(sentence.group()):
            return False
    return False


# "Our head aquarist asked for this after last month's pump scare: each weekday …", "We lost two
# pallets to frost last winter: every night …": a clause told in the past before the colon is the
# story, not a title over the step ("Our helpdesk inbox: tag …" has no verb before the colon).
_TOLD_IN_THE_PAST = re.compile(
    r"^\s*(?:(?:our|my)\s+(?:[\w'\u2019-]+\s+){1,4}?|(?:i|we)\s+(?:[a-z]+ly\s+)?)"
    r"(?:[a-z]{2,}ed|was|were|had|lost|got|came|went|ran|saw|took|found|told|kept|broke|froze)\s",
    re.IGNORECASE,
)
_LABEL_COLON = re.compile(r":(?=\s)")


def _blank_told_before_colon(text: str, sentence: re.Match[str]) -> str:
    """Blank a past clause told before the sentence's colon ("We lost … last winter:")."""
    told = text[sentence.start() : sentence.end()]
    if ":" not in told:  # the cheap test first
        return text
    colon = _LABEL_COLON.search(told)  # "https://" or "4:45" ends no story
    if colon is None:
        return text
    before = told[: colon.start()]
    if not _TOLD_IN_THE_PAST.match(before) or not asks_nothing(before):
        return text
    if _names_a_schedule(before):
        return text  # "We met every Monday at 10:" may be the run's schedule
    return blank_span(text, (sentence.start(), sentence.start() + colon.end()))


# "We're moving the theatre onto a new box-office system, and the old one coughed up 2,400 patron
# emails as a single export at https://…": the telling joined by ", and" (or "but", "so") to where
# the data sits is story; the statement after it stays, to be read as the fetch.
# "our bakery switched POS vendors last month and the new one has an API at https://…": told in
# the past, the telling may join the source with "and" alone, no comma.
_JOINED_TO_SOURCE = re.compile(r",\s+(?:and|but|so)\s+(?=\S)|\s+and\s+(?=\S)", re.IGNORECASE)


def _blank_told_before_source(text: str, sentence: re.Match[str], start: int = 0) -> str:
    """Blank the teller's clause joined to where the data sits ("We're moving …, and …")."""
    told = sentence.group()[start:]  # after a label ("Context: our bakery switched …")
    if "://" not in told or (", " not in told and " and " not in told):  # the cheap test first
        return text
    for joint in _JOINED_TO_SOURCE.finditer(told):
        before = told[: joint.start()]
        if not _TELLER.match(before) or not asks_nothing(before) or _names_a_schedule(before):
            return text  # "Pull the orders, and the rest is at https://…": the first one asks
        past = _TOLD_IN_THE_PAST.match(before) or _TOLD_IN_PAST.search(before)
        # "we pull the orders and the rest is at …": only a past is told alone, or a present
        # under a label saying it is background ("Bit of background: we run … and the …").
        if not joint.group().startswith(",") and not past and not start:
            continue
        told_on = _told_on_after_source(told[joint.end() :])
        if told_on is not None:
            at = sentence.start() + start + joint.end()
            # ", but the volunteers keep missing …": the telling going on after it is story too.
            text = blank_span(text, (at + told_on[0], at + told_on[1]))
            return blank_span(text, (sentence.start(), at))
    return text


# ", but the volunteers keep missing …": the telling going on after where the data sits.
_TOLD_ON = re.compile(r",\s+(?:but|and|so)\s+(?=\S)", re.IGNORECASE)


def _told_on_after_source(told: str) -> tuple[int, int] | None:
    """Return the telling after the source that opens `told` (empty if none), or None."""
    if NAMES_A_SOURCE.match(told):
        return (len(told), len(told))
    told_on = _TOLD_ON.search(told)
    if told_on is None or not NAMES_A_SOURCE.match(told[: told_on.start()]):
        return None
    after = told[told_on.start() :].rstrip(".!? ")
    if not asks_nothing(after) or _names_a_schedule(after):
        return None  # "…, but post them in #ops": what follows asks
    return (told_on.start(), told_on.start() + len(after))


def _told_after_event_gone_by(told: str) -> bool:
    """Tell "After the pump failed last spring, we're all nervous …" (told) from a request."""
    start = teller_after_event_gone_by(told)
    return start is not None and _TELLER.match(told[start:]) is not None


def _headed_step(told: str) -> bool:
    """Tell "Our helpdesk inbox: tag every message …" (a step under a title) from a story."""
    # The teller's title before a colon, then a verb: the sentence asks, whatever its opening.
    _, colon, after = told.partition(":")
    return bool(colon) and after[:1].isspace() and main_verb(after) is not None


# "1,200 customer repair letters, 1890s to 1950s.", "About 450 scanned lease agreements.": a
# sentence that only counts the items, with no verb after them, names what is at hand, as
# "there are 1,200 letters" would; a span counted ("30 minutes before close, …") is no items.
_COUNTED_ITEMS = re.compile(
    r"^\s*(?:(?:about|around|roughly|some|over|nearly|almost)\s+)?\d[\d,]*\s+"
    r"(?!(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|am|pm)\b)"
    r"(?:[\w-]+\s+){0,3}?[a-z-]+s\b",
    re.IGNORECASE,
)


def _items_counted(told: str) -> bool:
    """Tell a sentence that only counts the items at hand ("450 scanned lease agreements.")."""
    counted = _COUNTED_ITEMS.match(told)
    return counted is not None and main_verb(told[counted.end() :]) is None


# "there are about 2,000 complaint emails from June to August": the items at hand, counted.
_THERE_ARE = re.compile(r"^\s*there\s+(?:are|were)\s", re.IGNORECASE)


def _counts_items(told: str) -> bool:
    """Tell a sentence that counts the items at hand ("there are 2,000 emails from June …")."""
    there = _THERE_ARE.match(told)
    if there is None:
        return _items_counted(told)  # "About 450 scanned lease agreements, 1890s to 1950s."
    return _COUNTED_ITEMS.match(told[there.end() :]) is not None


def _told_by_teller_later(told: str) -> bool:
    """Tell whether the teller comes in after a comma and "and" in a sentence opened by no verb."""
    if not _TELLER_LATER.search(told):
        return False
    first = _FIRST_WORD.search(told)
    return first is not None and lemma(first.group().lower()) is None


# "The greens get wrecked if anyone mows on a frosty morning, so: every day …", "Deliveries pile
# up when nobody checks the dock, so, at 7am …": how things go wrong, told first with no teller,
# ends at "so" with a colon or comma after it; what follows is the request. Its "if" and "when"
# are the trouble's, no test. No place, address or cadence is in it, and it opens on no verb
# ("Each weekday at 7, see whether …, if so, tell …" is the request itself). A number may be
# in it ("when a -80 failed", "our 3 greenhouses") as long as it makes no schedule.
_TROUBLE_THEN_SO = re.compile(
    r"^\s*+(?P<told>[a-z][^.!?;:#@/\n]{0,200}?),\s*so\s*[:,](?=\s)", re.IGNORECASE
)
# "Kingsmead Brass Band rehearses on Wednesdays, so give the players a nudge … every Tuesday":
# how a thing goes ("the bins go out on Thursdays"), then "so" and the request's verb ("give"
# is no catalog verb, so any word but one that opens a clause of its own). Its day is when the
# thing happens; the request names when the run is.
_HABIT_THEN_SO = re.compile(
    rf"^\s*+(?P<told>[a-z][^.!?;:#@/\n\d]{{0,200}}?\bon\s+{DAY}[^.!?;:#@/\n\d,]{{0,60}}?),"
    r"\s*so\s+(?!(?:i|we|you|they|he|she|it|that|the|this|there|if|when|our|my)\b)"
    r"(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)
_CADENCE = re.compile(_CADENCE_WORDS, re.IGNORECASE)
# "gets", "is", "keeps", "has": a verb that says how a thing is or goes.
_STATES = re.compile(
    r"\b(?:is|are|was|were|has|have|had|gets?|got|keeps?|kept|receives?|sees?|takes?)\b"
    r"|['\u2019](?:s|re|ve)\b",
    re.IGNORECASE,
)


# "at 7", "7am", "9 pm", "6 o'clock": a number read as a time of day (a colon ends the telling,
# so "06:10" is never in it).
_CLOCK = re.compile(
    r"\bat\s+\d|\d\s*(?:[ap]\.?m\.?|o['\u2019]?clock|h(?:rs?)?)(?![a-z])", re.IGNORECASE
)


def _names_a_schedule(told: str) -> bool:
    """Tell whether the told trouble names a cadence or a time ("each weekday at 7")."""
    if _CADENCE.search(told):
        return True
    # A number is a time only when it reads as one; "a -80", "12 invoices" are things, and a
    # month ("in March") is when the trouble came, as "last spring" is.
    return any(c.isdigit() for c in told) and _CLOCK.search(told) is not None


def _blank_trouble_then_so(text: str) -> str:
    """Blank "The greens get wrecked if anyone mows …, so:" opening `text` (same length back)."""
    if ", so " in text:  # the cheap test first
        text = _blank_habit_then_so(text)
    if " so:" not in text and " so," not in text:
        return text
    trouble = _TROUBLE_THEN_SO.match(text)
    if trouble is None:
        return text
    told = trouble["told"]
    first = _FIRST_WORD.match(told).group().lower()
    if (lemma(first) and not first.endswith("ing")) or _names_a_schedule(told):
        return text  # "Check the pump, so: …" asks; "Each weekday at 7, …" is the run's
    if _ASKS.search(_THING_MAY.sub(" ", told)):
        return text  # "We need the rota posted, so: …" asks already
    return blank_span(text, trouble.span())


# "Our drivers keep ringing the office at dawn asking where they're going, so could you post …":
# the trouble told, then ", so" and the request asked ("could you", "please", "we'd like"), in one
# sentence; the words before "so" are story as a sentence of their own would be. The asker's
# firm may come first ("…, so at Ashgrove Funeral Directors we'd like this: …").
_TOLD_THEN_SO_ASKED = re.compile(
    r"\s*+(?P<told>[a-z][^.!?;:#@/\n]{0,240}?),\s*(?:and\s+)?so\s+"
    rf"(?=(?:{FIRM_OF_ASKER})?(?:(?:can|could|would|will)\s+(?:you|u|someone|somebody)|please|pls|kindly"
    r"|(?:i|we)(?:['\u2019]d|\s+would)\s+(?:like|love)|(?:i|we)\s+(?:need|want))\b)",
    re.IGNORECASE,
)


# "Loudbox Studios gets a mix of enquiries, so label each one as …": how things are, then ", so"
# and the request's own verb in its bare form; the words before "so" are told, as a sentence of
# their own would be.
_TOLD_THEN_SO_DONE = re.compile(
    r"\s*+(?P<told>[a-z][^.!?;:#@/\n]{0,240}?),\s*(?:and\s+)?so\s+(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)
# A clause opened by one of these is a test or an event, not how things are.
_OPENS_A_TEST = frozenset({"if", "when", "whenever", "once", "after", "unless", "as", "since"})


def _told_before_so_done(sentence: str) -> re.Match[str] | None:
    """Return the match of "<how things are>, so <verb> …" opening `sentence`, or None."""
    done = _TOLD_THEN_SO_DONE.match(sentence)
    if done is None or lemma(done["verb"]) != done["verb"].lower():
        return None  # "…, so posting it by hand takes ages" tells on
    first = _FIRST_WORD.match(done["told"]).group().lower()
    if lemma(first) == first or first in _OPENS_A_TEST:
        return None  # "Fetch the rota, so post it …", "If it rains, so …": no telling
    if not _STATES.search(done["told"]):
        return None  # "Orders over $500, so email them": a subset, not how things are
    return done


def _blank_told_before_so_done(text: str, sentence: re.Match[str]) -> str:
    """Blank "Our shop gets lots of returns, so" before the verb that asks (same length)."""
    done = _told_before_so_done(sentence.group())
    if done is None:
        return text
    told = done["told"]
    if not asks_nothing(told) or _names_a_schedule(told):
        return text  # "We restock every Monday, so post …": that may be the run's
    return blank_span(text, (sentence.start(), sentence.start() + done.start("verb")))


def _blank_told_before_so_asked(text: str, sentence: re.Match[str]) -> str:
    """Blank the trouble told before ", so could you …" in the sentence that asks."""
    if " so " not in sentence.group():  # the cheap test first
        return text
    asked = _TOLD_THEN_SO_ASKED.match(sentence.group())
    if asked is None:
        return _blank_told_before_so_done(text, sentence)
    told = asked["told"]
    first = _FIRST_WORD.match(told).group().lower()
    told_by_teller = _TELLER.match(told) or _told_by_teller_later(told)
    if not told_by_teller and lemma(first) and not first.endswith("ing"):
        return text  # "Fetch the rota …, so can you post it …" asks in both halves
    if not asks_nothing(told) or _names_a_schedule(told):
        return text  # "We restock every Monday, so could you …": that may be the run's
    return blank_span(text, (sentence.start(), sentence.start() + asked.end()))


# "Context first: Saltash Seafood Co. buys from twenty day boats, and the skippers send …",
# "Some background — the clinic sees 200 patients a day.": a label saying that what follows is
# background; the sentences after it are told whoever their subject is, up to the request.
# "Bit of background:", "Little bit of context:": the article may be dropped, as in speech.
_BACKGROUND_LABEL = re.compile(
    r"^\s*(?:(?:(?:a\s+)?(?:(?:little|quick|tiny)\s+)?(?:bit|little)\s+of|some|quick|brief|for)\s+)?"
    r"(?:context|background)"
    r"(?:\s+first)?\s*(?::|\s[\u2014\u2013-])(?=\s)"
    # "Bit of a rant:", "Quick moan —": a grievance, labelled as such, is background too.
    r"|^\s*(?:(?:a\s+)?(?:(?:little|quick|tiny)\s+)?bit\s+of\s+a\s+|(?:a\s+)?(?:quick|small|"
    r"slight|little|mini)\s+)?(?:rant|moan|vent|gripe|grumble)(?:\s+(?:first|incoming))?"
    r"\s*(?::|\s[\u2014\u2013-])(?=\s)"
    # "Here's our problem at Moorland Ink Collective:", "The issue:": the trouble, labelled as
    # such, is told the same way.
    r"|^\s*(?:here(?:['\u2019]s|\s+is)\s+)?(?:our|the|my)\s+(?:(?:big|main|real)\s+)?"
    r"(?:problem|issue|trouble|headache|situation)"
    r"(?:\s+(?:at|in|with)\s+(?:the\s+)?(?-i:[A-Z])[\w'&-]*(?:\s+(?-i:[A-Z])[\w'&-]*){0,4})?"
    r"\s*(?::|\s[\u2014\u2013-])(?=\s)",
    re.IGNORECASE,
)
_LABELLED_WORDS = (
    *("context", "background", "problem", "issue", "trouble", "headache", "situation"),
    *("rant", "moan", "vent", "gripe", "grumble"),
)


def _blank_habit_then_so(text: str) -> str:
    """Blank "The band rehearses on Wednesdays, so" before a request with a cadence of its own."""
    habit = _HABIT_THEN_SO.match(text)
    if habit is None or lemma(_FIRST_WORD.match(habit["told"]).group().lower()):
        return text  # "Post it on Mondays, so …" asks
    if _ASKS.search(habit["told"]):
        return text
    if not _CADENCE.search(text, habit.end()):
        return text  # with no day or cadence after it, the told day may be the run's
    return blank_span(text, (habit.start(), habit.start("verb")))


def _background_label(text: str) -> re.Match[str] | None:
    """Return the label opening `text` that says background follows ("Context first:")."""
    opening = text[:40].lower()
    if not any(word in opening for word in _LABELLED_WORDS):  # the cheap test first
        return None
    return _BACKGROUND_LABEL.match(text)


def _told_after_label(told: str, request: str) -> bool:
    """Tell a sentence of background after its label: no verb first, no schedule of the run's."""
    first = _FIRST_WORD.search(told)
    if first is None:
        return False
    # "Bit of a rant: the Tuesday pilates group keep … . Every evening at 8:45, grab …": a day
    # in the story is the run's only when the request after it names no schedule of its own.
    if _names_a_schedule(told) and schedule_is_the_story_s(told, request):
        return False
    # "Skippers send …", "Orders come in …": a verb's own form first asks ("Send …"); one
    # with an ending is a noun or a third person's verb, so it tells.
    word = first.group().lower()
    return lemma(word) != word


def blank_story(text: str) -> str:
    """Blank the told sentences that open `text` when a sentence follows them (same length)."""
    text = blank_items_handed_over(_blank_trouble_then_so(text))
    sentences = list(_SENTENCE.finditer(text))
    label = _background_label(text)
    # The last sentence is never blanked whole, yet a story may open it before a colon.
    for index, (sentence, following) in enumerate(pairwise([*sentences, None])):
        told = sentence.group()
        if index == 0 and label:
            told = text[label.end() : sentence.end()]  # the label is part of the story
        if following is None:
            text = _blank_told_before_so_asked(text, sentence)
            return _blank_told_before_colon(text, sentence)
        if " so " in told:
            # "We get a lot of enquiries, so label each one …": the request starts at its verb.
            done = _blank_told_before_so_done(text, sentence)
            if done != text:
                return done
        if tells_others_habit(told) and (
            _request_on_its_event(sentences[index + 1 :])
            or _request_on_its_schedule(following.group())
        ):
            # "Drivers submit a check form before every shift. Whenever one comes in, …": what
            # others do by habit, before a request on its own event, is told; so it is before
            # one opening on its own schedule ("… write notes after every session …. Every
            # Friday at 16:30, could you pull …"): their cadence is theirs, not the run's.
            text = blank_span(text, sentence.span())
            continue
        if tells_items_received(told) and _request_on_its_event(sentences[index + 1 :]):
            # "Clayhaus Pottery gets kiln booking forms by email. Each time one arrives, …": how
            # the items come is told; the request's own event is what brings each one.
            text = blank_span(text, sentence.span())
            continue
        if label and index and "://" in told and NAMES_A_SOURCE.match(told):
            # "Bit of a rant: …. Those live at https://…. Every evening, grab …": where the data
            # sits, told under the label, stays to be fetched; the story goes on after it.
            continue
        cadence = _TOLD_CADENCE.match(told)
        if (
            cadence
            and not _ASKS.search(cadence["verb"])
            and _OPENS_ON_EVENT.match(following.group())
        ):
            start, end = (sentence.start() + i for i in cadence.span("when"))
            text = blank_span(text, (start, end))
            told = text[sentence.start() : sentence.end()]
        if (
            not (
                _TELLER.match(told)
                or _told_by_teller_later(told)
                or _told_after_event_gone_by(told)
                or _items_counted(told)
                or (label and _told_after_label(told, text[sentence.end() :]))
                or is_verdict(told)  # "Embarrassing.": what the teller makes of it
            )
            or not asks_nothing(told)
            or (":" in told and _headed_step(told))
        ):
            after_label = label.end() - sentence.start() if index == 0 and label else 0
            sourced = _blank_told_before_source(text, sentence, after_label)
            if sourced != text or (label and NAMES_A_SOURCE.match(told)):
                # "Context: our bakery switched …, and the new one has an API at https://…. The
                # owners keep asking …": where the data sits stays, to be fetched; the story
                # goes on after it, up to the request.
                text = sourced
                continue
            text = _blank_told_before_so_asked(text, sentence)
            return _blank_told_before_colon(text, sentence)
        # "We meet every Monday at 10." may be the run's schedule, unless the request after it
        # names its own ("… email me at 8am …. At 06:50 every day, pull …") or opens on its own
        # event ("… every December we take 400 pre-orders. … So: whenever one comes in, …").
        # The months of items counted ("there are 2,000 emails from June to August") are theirs.
        # A time in a story told in the past ("until a guest rang down at 2am") is when it
        # happened, never when the workflow runs.
        if (
            _WHEN.search(told)
            and not _counts_items(told)
            and schedule_is_the_story_s(told, text[sentence.end() :])
            and not _request_on_its_event(sentences[index + 1 :])
            and not _happened_once(told)
        ):
            break
        text = blank_span(text, sentence.span())
    return text


# "…, and we'd rather not repeat that", "we don't want that to happen again": a wish that the
# trouble just told not come back is why the request is made; it names no step ("we'd rather
# not get texts at night" names a medium, and is read by the grammars).
_NOT_AGAIN = re.compile(
    r"\b(?:[a-z]+['\u2019]d|would)\s+(?:much\s+)?rather\s+not\s+(?:[a-z]+\s+){1,3}?"
    r"(?:that|it|this)(?:\s+again)?(?=\s*(?:[.!?;]|$))"
    r"|\b(?:don['\u2019]t|do\s+not|never)\s+want\s+(?:a\s+repeat\s+of\s+(?:that|it|this)"
    r"|(?:that|it|this)\s+(?:to\s+happen|happening)\s+again)\b",
    re.IGNORECASE,
)


# "My manager asked if we could automate a nudge.", "Our chef wondered whether we could set
# something up": an ask reported in the past is why the request follows; only what it names
# beyond the workflow itself ("… if we could email her the levels") may still ask.
_REPORTED_ASK = re.compile(
    r"\b(?:asked|wondered|was\s+wondering|wanted\s+to\s+know)\s+(?:(?:me|us)\s+)?"
    r"(?:if|whether)\s+(?:we|i|you|someone)\s+(?:could|can|might|would)"
    r"(?:\s+(?:automate|set\s+(?:something|this|it|one)\s+up|set\s+up))?\b",
    re.IGNORECASE,
)


def asks_nothing(told: str) -> bool:
    """Tell whether a sentence asks for nothing once what only tells of others is set aside."""
    asked = _MEDIUM_AS_NOUN.sub(" ", _SENT_TO_TELLER.sub(" ", told))
    if "mail" in asked or "text" in asked or "message" in asked:
        asked = _MEDIUM_READ.sub(" ", asked)
    if "asked" in asked or "wonder" in asked or "wanted" in asked:
        asked = _REPORTED_ASK.sub(" ", asked)
    if "-" in asked:
        asked = _MEDIUM_IN_COMPOUND.sub(" ", asked)
    if "than" in asked:
        asked = _NORM_COMPARED.sub(" ", asked)
    if "can" in asked or "could" in asked:
        asked = _THING_MAY.sub(" ", asked)
    # "we'd rather push a discount than skate to an empty rink": why it is wanted, no request.
    asked = blank_preferences(asked)
    if " again" in asked or "rather not" in asked or " repeat" in asked:
        asked = blank_work_not_wanted(_NOT_AGAIN.sub(" ", asked))
    if "forg" in asked or "fail" in asked or "neglect" in asked:
        asked = _LEFT_UNDONE.sub(" ", asked)
    if "want" in asked and ("need" in asked or "necessary" in asked or "have to" in asked):
        asked = _WANTED_ONLY_AT_NEED.sub(" ", asked)
    if "'d " in asked or "\u2019d " in asked:
        asked = _HAD_DONE.sub(" ", asked)
    return _ASKS.search(asked) is None


def schedule_is_the_story_s(told: str, request: str) -> bool:
    """Tell whether `told` names a schedule and the request after it names none (the run's)."""
    return parse_schedule(told).schedule is not None and parse_schedule(request).schedule is None


# "so we only want to push the late-night deal when we actually need to": a want bounded only by
# need is why the request's own test follows; its verb is no step ("when sales are down" names
# a test, and is read by the grammars).
_WANTED_ONLY_AT_NEED = re.compile(
    r"\b(?:only\s+)?wants?\s+to\s+[^.!?;:@#/\d]{1,80}?\s+(?:only\s+)?(?:when|if)\s+"
    r"(?:(?:we|it|they|i|you)\s+(?:really\s+|actually\s+|truly\s+)?(?:need|needs|have|has)\s+to"
    r"|(?:it['\u2019]s|it\s+is)\s+(?:really\s+|actually\s+|truly\s+)?(?:needed|necessary)"
    r"|(?:really\s+|actually\s+|truly\s+|absolutely\s+)?(?:needed|necessary))\b",
    re.IGNORECASE,
)


# "the artists forget to send proofs", "the crews often fail to email the sheet": what others
# leave undone is the trouble told, not a step asked for.
_LEFT_UNDONE = re.compile(
    r"\b(?:forget|forgets|forgot|forgotten|fail|fails|failed|neglect|neglects|neglected)\s+"
    r"to\s+[a-z]+\b",
    re.IGNORECASE,
)


# "nobody noticed they'd gone quiet", "we'd already double-booked them": "'d" before a participle
# is "had", what happened before the story's time; only before a verb's own form ("I'd like",
# "we'd need") is it "would", which asks. "-eed" ("need", "feed") is no participle.
_HAD_DONE = re.compile(
    r"['\u2019]d\s+(?:(?:already|just|never|only|all|both|since|long|recently)\s+)?"
    r"(?:[a-z-]{2,}(?<!e)ed|been|gone|done|had|got|gotten|seen|lost|left|forgotten|sold|"
    r"taken|given|known|sent|spent|made|told|said|kept|heard|found|bought|paid|missed)\b",
    re.IGNORECASE,
)
