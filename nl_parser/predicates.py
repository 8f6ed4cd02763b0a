"""The predicates a condition is read by: status words and comparisons, each with its operator.

`conditions.py` tries the status rules first (down, fails, is marked X, returns 200), then the
comparisons ("above 500", "at least 3", "crosses 90%"); `filters.py` reads the same comparisons
after a noun ("orders over $10k").
"""

import re
from typing import Any

from nl_parser.lexicon import NUMBER_WORDS, alternation

_I = re.IGNORECASE
# "fewer than four units", "more than twelve people on the list": a count spelled out before
# what it counts (a word or two, the last a plural) is the number compared; "a", "an" and "one"
# are left out, as "over a few days" or "under one roof" count nothing. The first letters are
# looked at before the words are tried. What is counted may be left before the number: "any frame
# style we're down to fewer than two of", "any size with under five left" count the item itself
# (the "of" stranded at the clause's end; "two of the pumps" counts pumps, and stays unread).
_SPELLED_COUNT = (
    r"\b(?=[tfsen])(?:"
    + alternation(w for w in NUMBER_WORDS if w not in ("a", "an", "one"))
    + r")(?=\s+(?:[a-z][\w-]*\s+)?(?:[a-z][\w-]*[a-z]s|people|children|staff)\b"
    r"|\s+of\s*(?:$|[,.;:!?)\u2014\u2013-])|\s+(?:left|remaining|in\s+stock)\b)"
)
# A number, a quoted value, or one unit of time ("older than a week", "more than an hour").
_VALUE = (
    # "over €20k", "above £500": a sum in any of the usual currencies.
    r"([$\u00a3\u20ac]?-?\d[\d,]*(?:\.\d+)?(?:[km]\b)?\s*%?|\"[^\"]*\"|'[^']*'|“[^”]*”"
    r"|\b(?:an?|one)\s+(?:second|minute|hour|day|week|month|year)\b"
    # "older than two weeks": a span with its count spelled out.
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve)\s+"
    r"(?:seconds|minutes|hours|days|weeks|months|years)\b"
    # "fewer than four units": a count of things, its number spelled out.
    rf"|{_SPELLED_COUNT}"
    # "less than a quarter full", "over half of capacity": a fraction of how full a thing is;
    # "soap below a quarter in any bay", "if the charge drops below half.": alone, at the end of
    # the test or before the items it is read in, the fraction is still of full.
    r"|\b(?:an?\s+)?(?:half|quarter|third|fifth|tenth)(?=\s+(?:full|empty|charged|left|"
    r"remaining|booked|sold|used|of\s+(?:the|its|their|capacity|all|seats)\b)"
    r"|\s*(?:$|[,.;:!?)\u2192\u2014]|->)|\s+(?:in|on|at|across|for)\s+(?:any|each|every|all)\b))"
)

# A short unit after a value, before "or colder" or a plus: "28F", "28 °F", "40 mph".
_UNIT = r"(?:\s*\u00b0?\s*[a-z]{1,7})?"

_STATUS_WORDS = r"ok|okay|healthy|up|200|successful|available|green|2\d\d"
# Verbs of changing a state or rank, which name the value reached after "to": "is moved to
# Blocked", "is upgraded to Enterprise", "gets escalated to tier 2".
CHANGED_TO = (
    r"(?:changed|moved|switched|updated|raised|lowered|bumped|(?:up|down)graded|promoted|demoted|"
    r"escalated|reclassified|converted|transitioned)\s+to"
)
# A verb of a result coming in with the value it brings: "comes back clear", "came back
# 'flagged'", "turns out negative" (the value, not a preposition or a word of time).
COMES_BACK_AS = (
    r"\b(?:(?:comes?|came|coming)\s+back\s+(?:as\s+)?|(?:turns?|turned)\s+out\s+(?:to\s+be\s+)?)"
) + (
    r"(?!(?:to|from|in|into|on|onto|up|online|with|without|for|after|before|later|again|"
    r"and|or|then|the|an?|it|its|their|within|by|at|today|tomorrow)\b)"
    r"['\"\u201c\u2018]?([a-z][\w-]*)"
)
# The progressive of the verbs that give an endpoint's answer: "returning", "responding with".
_ANSWERING = (
    r"(?:returning|responding\s+with|giving(?:\s+back)?|sending\s+back|coming\s+back\s+with|"
    r"replying\s+with|answering\s+with)"
)
STATUS_RULES: list[tuple[re.Pattern[str], str, Any]] = [
    (
        re.compile(
            rf"\b(?:is|are|was|returns?)\s*(?:not|n't)\s+(?:an?\s+)?({_STATUS_WORDS})\b"
            rf"|\b(?:isn't|aren't|wasn't)\s+({_STATUS_WORDS})\b"
            r"|\b(?:does|do|did)\s*(?:not|n't)\s+(?:return|respond\s+with|give|send\s+back|"
            r"(?:come|comes)\s+back\s+with|reply\s+with|answer\s+with)"
            rf"\s+(?:an?\s+)?({_STATUS_WORDS})\b"
            # "it isn't returning 200", "is not responding with a 200", "stops returning 200":
            # the answer told as going on (or no longer) is denied as "doesn't return" is.
            rf"|\b(?:(?:is|are|was|were)\s*(?:not|n['\u2019]t)|stops?|stopped)\s+{_ANSWERING}"
            rf"\s+(?:an?\s+)?({_STATUS_WORDS})\b"
            r"|\b(?:returns?|responds?\s+with|gives?)\s+(?:anything|something)\s+(?:(?:other|else)"
            r"\s+than|but|except)\s+(?:an?\s+)?(\w+)",
            _I,
        ),
        "not_equals",
        None,
    ),
    (
        # "if the order still isn't marked as delivered": a state not set is the state denied
        # (conditions.py reads "isn't" as "is not").
        re.compile(
            r"\b(?:is|are|was|were)\s+not\s+(?:yet\s+)?(?:marked|flagged|tagged|labell?ed)\s+"
            r"(?:as\s+)?['\"\u201c\u2018]?([a-z][\w-]*)",
            _I,
        ),
        "not_equals",
        None,
    ),
    (
        # "when a ticket is marked urgent", "if the order gets flagged as fraud", "a sailing's
        # status flips to cancelled": a state set.
        re.compile(
            r"(?:\b(?:is|are|was|were|gets?|got)\s+(?:(?:marked|flagged|tagged|labell?ed|set)\s+"
            # "is tagged on GitHub": a place where it happens is no value it is given.
            r"(?!(?:on|in|at|by|from|for|with|within|via|through)\b)"
            rf"(?:as\s+|to\s+)?|{CHANGED_TO}\s+)"
            # "is moved into quarantine": moved into a place is the event, not a state set
            # (only a quoted value is one: "moved into 'Done'").
            # "flips to red" is a failure (the rule for it below), not a state named red.
            # "switches over to battery", "flips back to manual": the particle changes nothing.
            r"|\b(?:changes|changed|switches|switched|turns|turned|flips|flipped)\s+"
            r"(?:(?:over|back)\s+)?(?:to|into)\s+"
            r"(?!red\b)"
            r"|\b(?:moves|moved)\s+(?:to|into(?=\s+['\"\u201c\u2018]))\s+"
            # "a feed is logged as refused", "gets scanned as damaged", "an alarm is raised as
            # severe": a record with "as" gives the state ("is logged", "is raised" alone are the
            # event).
            r"|\b(?:is|are|was|were|gets?|got)\s+(?:logged|recorded|reported|listed|noted|"
            r"entered|filed|scanned|classed|classified|graded|rated|raised|opened|submitted|"
            r"lodged|triaged|assessed|declared)\s+as\s+)"
            r"(?:an?\s+)?['\"\u201c\u2018]?([a-z][\w-]*)",
            _I,
        ),
        "equals",
        None,
    ),
    (
        # "goes into a fault state", "enters maintenance mode", "is in an error state": the
        # state or mode an item enters (or is in) is its status; a place entered is the event.
        re.compile(
            # "trips into a fault state": a machine tripping falls into the state it names.
            r"\b(?:goes|went|gets|got|enters|entered|drops|dropped|falls|fell|slips|slipped|"
            r"trips|tripped|switches|switched|is|are|was|were)\s+(?:in(?:to)?\s+)?"
            r"(?:an?\s+|the\s+|its\s+)?"
            r"([a-z][\w-]*)\s+(?:state|mode)\b"
            # "goes into critical alarm", "enters lockdown": an alarm or alert entered is the
            # state too ("goes into the alarm log", a place named by it, is the event).
            r"|\b(?=[gdfeiwa])(?:(?:goes|went|gets|got|drops|dropped|falls|fell|is|are|was|were)\s+"
            r"in(?:to)?|enters|entered)\s+(?:an?\s+|the\s+|its\s+)?"
            r"((?:[a-z][\w-]*\s+)?(?:alarm|alert|lockdown|fail-?safe))\b"
            r"(?!\s+(?!(?:and|or|for|at|on|in|while|during|then|again|overnight|after|before)\b)"
            r"[a-z])",
            _I,
        ),
        "equals",
        None,
    ),
    (
        # "an alarm goes critical", "the studio feed goes silent", "a light turns amber": a verb
        # of becoming with a grade of alarm or health is the state reached, a test as "goes
        # offline" is ("goes live", "turns up" are events: no grade follows them).
        re.compile(
            r"\b(?=[gthb])(?:goes|went|(?:has|have)\s+gone|turns|turned|becomes|became)\s+"
            r"(critical|amber|yellow|orange|silent|quiet|dark|stale|flat|dead|idle|unresponsive|"
            r"unhealthy|severe|cold|warm|bad)\b",
            _I,
        ),
        "equals",
        None,
    ),
    (
        # "is flagged for missing documents", "gets held for review": the reason it is set aside.
        re.compile(
            r"\b(?:is|are|was|were|gets?|got)\s+(?:flagged|held|rejected|returned|sent\s+back)\s+"
            r"for\s+(?:an?\s+|the\s+)?([a-z][\w-]*(?:\s+(?!and\b|or\b|with\b)[a-z][\w-]*)?)",
            _I,
        ),
        "equals",
        None,
    ),
    (
        # "when an issue gets the 'security' label", "is given the urgent tag": a label set.
        # "is returned bearing an abnormal flag", "comes in carrying a red tag": a label the item
        # bears when it arrives is the state it is tested for, as one set on it is.
        re.compile(
            r"\b(?=[gribcsw])(?:gets?|got|receives?|received|is\s+given|was\s+given|"
            r"bears?|bearing|bore|carr(?:y|ies|ying|ied)|shows?|showing|with)\s+(?:the|an?)\s+"
            r"['\"\u201c\u2018]?([a-z][\w-]*)['\"\u201d\u2019]?\s+"
            r"(?:label|tag|flag|status|marker|stamp)\b",
            _I,
        ),
        "equals",
        None,
    ),
    (
        re.compile(
            r"\b(?:is|are|goes|go|went|was)\s+(?:still\s+)?"
            r"(?:down|offline|unreachable|unavailable|unhealthy)"
            # "if down", "when unreachable": the state alone, its subject the result before;
            # "still down?": asked again after a check, the state is the same.
            r"\b|^\W*(?:still\s+)?(?:down|offline|unreachable|unavailable)\b"
            # "trips offline", "gets knocked offline": a fall into the state, as "goes offline".
            r"|\b(?:trips?|tripped|drops?|dropped|falls?|fell|slips?|slipped|knocked)\s+offline\b"
            # "drops off air", "goes off the air": a broadcast that stops is down.
            r"|\b(?=[dfgkw])(?:goes|go|went|drops?|dropped|falls?|fell|knocked)\s+off\s+"
            r"(?:the\s+)?air\b"
            # "any gantry camera offline": the items, then their state with no verb.
            r"|^\W*(?:any|every|each)\s+(?:[\w-]+\s+){1,2}?(?:down|offline|unreachable|unavailable)\b"
            r"\b|\btimes?\s+out\b|\b(?:does\s*n[o']t|fails\s+to|stops?|stopped)\s+(?:respond|answer|work)"
            r"(?:ing|s)?\b|\b(?:shows?|reports?|has|have|is\s+having)\s+(?:an?\s+)?"
            r"(?:outage|downtime)s?\b"
            # "the scoreboard feed drops", "the wifi cuts out": a link that drops is down ("a new
            # order drops" arrives, "the price drops below" compares: neither is a link).
            r"|\b(?=[fslcwvbnu])(?:feed|stream|livestream|connection|link|signal|uplink|wi-?fi|"
            r"broadband|internet|vpn|network|line)s?"
            # "the radio link to the depot drops": where the link runs may stand before the verb.
            r"(?:\s+(?:to|from|at|into)\s+(?:the\s+|our\s+)?[\w-]+)?"
            r"\s+(?:drops?|dropped|(?:drops?|dropped|cuts?|cutting)\s+out)\b"
            r"(?!\s+(?:below|under|to|by|from|off|in|into)\b)"
            # "a cell site loses backhaul", "the gateway lost power": a lost link is an outage.
            r"|\b(?:loses|lost|losing)\s+(?:its\s+|their\s+)?(?:power|connection|connectivity|"
            r"network|signal|link|uplink|backhaul|heartbeat|contact|internet|wi-?fi)\b",
            _I,
        ),
        "equals",
        "down",
    ),
    (
        re.compile(
            r"\b(?:is|are|was|gets?|becomes?)\s+(?:degraded|slow|sluggish|flaky|unstable)\b",
            _I,
        ),
        "equals",
        "degraded",
    ),
    (
        re.compile(
            # "the app crashes" fails; "a player reports a crash" is a report, the event itself.
            # "comes in at Panel Break Comics": a word written with a capital inside the text is
            # a word of a name, not the item failing.
            r"\b(?-i:(?![A-Z][a-z]))(?:fails?|failed|failing|errors?\s+out|errored|crash(?:es|ed)|(?<!\ba\s)crash|"
            r"breaks?|broke|"
            # "a membership payment bounces": a payment or a cheque that bounces has failed; the
            # verb ends its clause ("bounces from the API" are a noun). A parcel, letter or email
            # that bounces comes back: that is the event, not a test of it.
            r"bounce[sd](?<!\bparcel\sbounce[sd])(?<!\bpackage\sbounce[sd])"
            r"(?<!\bletter\sbounce[sd])(?<!mail\sbounce[sd])(?<!\bmessage\sbounce[sd])"
            r"(?=\s*(?:[,.;:\u2014\u2192]|$|\s+(?:twice|again|back)\b))|"
            r"is\s+broken|(?:is|was)\s+unsuccessful|d(?:oes|id)\s*n[o']t\s+(?:finish\s+)?succe(?:ed|ssfully)"
            r"|(?:goes|turns|flips|switches|changes)\s+(?:to\s+)?red|(?:returns?|throws?|gives?|reports?|responds?\s+with"
            # "has reported an error code", "threw an exception": the fault told in the past
            # is there now, as one told in the present is.
            r"|(?:(?:has|have|had)\s+)?(?:returned|thrown|given|reported)|threw|gave)\s+"
            # "reports a lamp failure", "throws a pressure fault": what failed may be named first.
            r"(?:an?\s+(?:[\w-]+\s+){0,2}?)?"
            r"(?:error|failure|fault|exception|5\d\d)s?|with\s+(?:an?\s+)?(?:errors?|failures?|faults?)"
            # "if anything went wrong", "if the import runs into problems"
            r"|(?:goes|go|went|gone)\s+wrong|(?:runs?|ran)\s+into\s+(?:an?\s+)?(?:errors?|problems?)"
            # "a print job ends in an error", "the backup finishes in failure": how a run ended.
            r"|(?:ends?|ended|finish(?:es|ed)?|terminat(?:es|ed)|stops?|stopped|complet(?:es|ed))"
            r"\s+(?:in|with)\s+(?:an?\s+)?(?:errors?|failure|faults?|crash|exceptions?))\b",
            _I,
        ),
        "equals",
        "failed",
    ),
    (
        # "a lane's pinsetter jams", "the printer gets jammed", "the conveyor jams up": a machine
        # stopped by a jam is in a fault state, as one that breaks is ("reports a jam" is news
        # of it, read by the event's own rules).
        re.compile(
            r"\b(?=[jigawbh])(?:jams|jammed(?=\s+up\b|\s*(?:[,.;:!?\u2014\u2192]|$))"
            r"|(?:is|are|was|were|gets?|got|has\s+been|have\s+been|becomes?|became)\s+jammed)\b",
            _I,
        ),
        "equals",
        "jammed",
    ),
    (
        re.compile(
            # "the build passes" succeeds; "the score passes 80" is a threshold (COMPARE_RULES).
            r"\b(?:succeeds?|succeeded|successful(?:ly)?|(?:passes|passed)(?!\s+(?:the\s+)?[$\d])"
            r"|is\s+green|goes\s+green|without\s+errors?"
            # "if it works", "if everything went fine": a run's success said with a pronoun.
            r"|(?:it|that|this|everything|all)\s+(?:works|worked|(?:goes|went)\s+(?:fine|well|through))"
            # "if everything went out": all of a round's items sent or delivered, its success.
            r"|(?:everything|all)\s+(?:went|goes|has\s+gone|got)\s+out)\b",
            _I,
        ),
        "equals",
        "success",
    ),
    (
        re.compile(
            r"\b(?:is|are|comes?\s+back|goes|was)\s+(?:back\s+)?(up|online|healthy|ok|okay)\b",
            _I,
        ),
        "equals",
        None,
    ),
    (
        re.compile(
            r"\b(?:returns?|responds?\s+with|answers?\s+with|comes?\s+back\s+with|"
            rf"(?:is|are)\s+{_ANSWERING})\s+(?:an?\s+)?"
            r"(\d{3}|ok)\b",
            _I,
        ),
        "equals",
        None,
    ),
    (
        # "a vulnerability rated critical", "a lead scored as hot": a grade given, with its value.
        re.compile(
            r"\b(?:rated|graded|scored|classed|classified|ranked)\s+(?:as\s+)?['\"\u201c\u2018]?"
            r"(?!(?:by|on|in|at|for|with|from|to|the|an?)\b)([a-z][\w-]*)",
            _I,
        ),
        "equals",
        None,
    ),
    (
        # "comes back clear", "came back abnormal": a result's verb with the value it brings
        # (not a place or a companion: "comes back to the site", "comes back with a 500").
        re.compile(COMES_BACK_AS, _I),
        "equals",
        None,
    ),
]

# "drops onto battery", "goes onto generator", "falls back on standby power": going onto a bare
# noun (no "the", no place: "drops onto the CRM" is an arrival) is a state reached, its status.
# Only these verbs of falling or moving, or "the album drops on Friday" would be a state.
STATE_GONE_ONTO = re.compile(
    r"\b(?:goes|go|went|gone|drops?|dropped|falls?|fell|slips?|slipped|switch(?:es|ed)?|"
    r"(?:falls?|fell|kicks?|kicked)\s+back|(?:fails?|failed)\s+over)\s+(?:onto|on\s+to|on)\s+"
    r"(?!(?:the|an?|its|their|our|my|your|his|her|this|that|these|those|any|each|every|some|it|"
    r"them|time|schedule|sale|weekends?|weekdays?|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?"
    r"|sun)(?:day)?s?)\b)([a-z][a-z-]+)\b",
    _I,
)

COMPARE_RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\b(?:at\s+least|no\s+less\s+than)\s+" + _VALUE, _I), "gte"),
    # "expires within 30 days", "in less than 7 days", "due inside 24 hours": the time left is
    # under the value.
    (
        re.compile(r"\b(?:within|inside(?:\s+of)?|in\s+(?:less|fewer)\s+than)\s+" + _VALUE, _I),
        "lt",
    ),
    (re.compile(r"\b(?:at\s+most|no\s+more\s+than)\s+" + _VALUE, _I), "lte"),
    # "crosses 90%", "hits 100 errors", "reaches 1,000": the value is met or passed.
    (
        re.compile(
            r"\b(?:reach(?:es|ed)?|hits?|crosses|crossed|pass(?:es|ed)?|tops\s+out\s+at)\s+"
            + _VALUE,
            _I,
        ),
        "gte",
    ),
    # "28F or colder", "90 degrees or hotter": a unit may stand between the value and "or".
    (
        re.compile(_VALUE + _UNIT + r"\s+or\s+(?:more|higher|above|greater|warmer|hotter)", _I),
        "gte",
    ),
    # "rain chance 60%+", "wind 40 mph+": a value with a plus after it is that much or more.
    (re.compile(_VALUE + _UNIT + r"\+(?![\w+])", _I), "gte"),
    # "player count > 5000", "latency >= 800": a comparison written as a symbol.
    (re.compile(r"(?:>=|\u2265)\s*" + _VALUE, _I), "gte"),
    (re.compile(r"(?:<=|\u2264)\s*" + _VALUE, _I), "lte"),
    (re.compile(r"(?<![=-])>\s*" + _VALUE, _I), "gt"),
    (re.compile(r"<\s*" + _VALUE, _I), "lt"),
    (re.compile(_VALUE + _UNIT + r"\s+or\s+(?:less|fewer|lower|below|colder|cooler)", _I), "lte"),
    (
        re.compile(
            # "warmer than 8°C", "heavier than 20 kg": a comparative of size or heat is "over".
            r"\b(?:(?:greater|more|higher|larger|bigger|longer|older|warmer|hotter|heavier|taller|"
            r"wider|deeper|slower|pricier|costlier)\s+than|exceeds?|exceeding|"
            r"above|over|"
            # "anything north of 250 ms", "south of 2%": the idiom reads as above and below.
            r"north\s+of|"
            # "grows past 10k", "has gone past $5,000": past a number when something moves.
            r"(?:grows?|grew|grown|goes|go|went|gone|gets?|got|rises?|rose|risen|climbs?|climbed|"
            r"creeps?|crept|is|are|was)\s+past|"
            r"beyond|tops|"
            # "if it beats £500", "surpasses 1,000", "outstrips 300": to outdo a value passes it.
            r"beats?|beating|surpass(?:es|ed)?|outstrips?|outstripped|outdoes|outdid)\s+" + _VALUE,
            _I,
        ),
        "gt",
    ),
    (
        re.compile(
            r"\b(?:(?:less|fewer|lower|smaller|newer|younger|colder|cooler|lighter|shorter|"
            r"cheaper|shallower|narrower)\s+than|below|under|beneath|south\s+of)\s+" + _VALUE,
            _I,
        ),
        "lt",
    ),
    # "anything past 65°C", "any tank past 80%", "readings past 1,200 ppm": "past" a measured
    # value is beyond it; "the past 7 days", "ten past 9", "past 5pm" name times, not bounds.
    (
        re.compile(
            r"(?<!\bthe\s)(?<!\blast\s)(?<!\bhalf\s)(?<!\bquarter\s)(?<!\d\s)(?<!\bten\s)"
            r"(?<!\bfive\s)(?<!\btwenty\s)\bpast\s+(?!\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\b|o'?clock))"
            + _VALUE,
            _I,
        ),
        "gt",
    ),
    (re.compile(r"\b(?:equals?|is\s+equal\s+to|==?)\s+" + _VALUE, _I), "equals"),
    # "a tremor above magnitude 3.0", "over level 4": the scale named before its number.
    (re.compile(r"\b(?:above|over|exceeding)\s+(?!the\b|an?\b)[a-z]{3,}\s+" + _VALUE, _I), "gt"),
    (re.compile(r"\b(?:below|under)\s+(?!the\b|an?\b)[a-z]{3,}\s+" + _VALUE, _I), "lt"),
]

# Every comparison above names its value (`_VALUE`): a number, a quotation, a count of a unit of
# time or a fraction. Text with none of them is spared the seventeen searches.
_MAY_NAME_A_VALUE = re.compile(
    r"\d|\"[^\"]*\"|'[^']*'|\u201c[^\u201d]*\u201d"
    r"|\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+"
    r"(?:second|minute|hour|day|week|month|year)|half|quarter|third|fifth|tenth"
    rf"|{_SPELLED_COUNT}",
    _I,
)


def first_comparison(text: str) -> tuple[re.Match[str], str] | None:
    """Return the match of the first comparison rule text holds, with its operator, or None."""
    if not _MAY_NAME_A_VALUE.search(text):
        return None
    for pattern, operator in COMPARE_RULES:
        match = pattern.search(text)
        if match:
            return match, operator
    return None


# "a scan finds a critical vulnerability", "detects an urgent outage": a grade on what the event
# brings says which events count; the grade is the value tested.
GRADE_BROUGHT = (
    r"\b(?:finds?|detects?|reports?|raises?|logs?|opens?|gets?|receives?)\s+(?:an?|any)\s+"
    r"(?P<grade>critical|severe|serious|high-severity|high-risk|major|urgent|sev-?[0-3]|p[0-2])\b"
)
