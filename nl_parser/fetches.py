"""Fetch steps (Salesforce or HTTP), "check whether …" tests and "drop the X ones" filters."""

import re

from nl_parser import destinations as dest
from nl_parser.conditions import CONDITION, read_condition
from nl_parser.drafts import StepDraft, object_words, phrase_for
from nl_parser.filters import find_filter
from nl_parser.lexicon import NUMBER_WORDS, WEBHOOK_NAME, alternation
from nl_parser.verbs import LEAVING_OUT, STORE

_I = re.IGNORECASE

# "the quarter's closed opportunities are retrieved from Salesforce": a fetch in the passive,
# what is fetched as its subject and where from after "from" (lemma() checks the verb).
# Asked for, the verb is bare: "we ask that all orders placed today be pulled from
# Salesforce", "the readings are to be retrieved from https://…", "…should be fetched from …".
FETCHED_FROM = re.compile(
    r"(?:^|[,;:]|\bthat\b)\s*(?:(?:the|our|their|its|this|these|all|any|every|each|"
    r"[\w-]+['\u2019]s)\s+)?(?:[\w'-]+\s+){0,6}?"
    r"(?:is|are|gets?|be|(?:is|are)\s+to\s+be|(?:should|must|shall|will|can)\s+be"
    # "It would be appreciated if the log were retrieved from …": the subjunctive of a wish.
    r"|were)\s+(?P<verb>[a-z]+ed)\s+(?P<source>from\s+\S.*)$",
    _I,
)
# "the week's complaints at https://… are summarised": data named with its source, then what
# is done to it in the passive; the source is fetched first.
DONE_TO_SOURCED_DATA = re.compile(
    r"(?P<data>(?:the|our|their|this|these|[\w-]+['\u2019]s)\s+(?:[\w'-]+\s+){0,4}?"
    r"(?:at|from)\s+(?:https?://\S+|salesforce)"
    # "https://… is checked": the source alone, opening the clause, as the passive's subject.
    r"|^\s*https?://\S+)\s+(?:is|are|gets?)\s+(?P<verb>[a-z]+ed)\b"
    r"(?P<rest>[^,;]*)$",
    _I,
)


# "read the attached 85 incident write-ups", "read through the enclosed survey sheets", "look
# over the uploaded CVs": documents handed over with the request are the run's data already,
# so reading them fetches nothing ("read the tickets from https://…" still calls the API).
READS_GIVEN_DOCUMENTS = re.compile(
    r"^\s*(?:(?:through|over|at|in)\s+)?(?:(?:all|each|every|both)\s+(?:of\s+)?)?"
    r"(?:(?:the|these|those|this|that|our|my)\s+)?(?:\d[\d,]*\s+)?"
    r"(?:attached|enclosed|uploaded|pasted|forwarded|included|accompanying)\b"
    r"(?![^,;:\u2192\u2014\u2013]*?(?:https?://|\b(?:api|endpoint|salesforce|crm)\b))",
    _I,
)
# "We've just digitised 2,300 dive logs. Read each one, pull out …", "scan them all, …": items
# named before and read as a pronoun are at hand (the story told of them, or a step before), so
# reading them fetches nothing; a source named in the clause is still called.
READS_WHAT_WAS_NAMED = re.compile(
    r"^\s*(?:(?:through|over)\s+)?(?:each\s+one|each\s+of\s+them|every\s+one(?:\s+of\s+them)?"
    r"|all\s+of\s+them|them(?:\s+all)?|those|these)\s*$",
    _I,
)
# The verbs that only read what they are handed: "read", "scan", "look over", "go through".
READS_ONLY = frozenset({"read", "scan", "look", "load", "check"})

# "take these 60 scanned agreements", "read the forty exit-interview notes", "take last month's
# dockets (about 140 PDFs)", "read the minutes from the last twelve meetings": items the asker
# has counted, or the occasions they come from, are in their hands, the run's data already, so
# taking or reading them fetches nothing. "the 10 latest reviews" is a ranking a source answers,
# "10 minutes" no items, and a batch read from a named source is still fetched.
_ABOUT = r"(?:(?:about|around|roughly|some|nearly|almost|over|approximately|approx\.?|~)\s*)?"
_COUNT = r"(?:\d[\d,]*|" + "|".join(w for w in NUMBER_WORDS if w not in ("a", "an", "one")) + ")"
_NOT_ITEMS = (
    r"(?!(?:latest|newest|oldest|most|least|top|biggest|largest|highest|lowest|recent|minutes?|"
    r"mins?|hours?|hrs?|days?|nights?|weeks?|months?|quarters?|years?|am|pm)\b)"
)
# The asking words a verb may come after ("please take …", "could you read …").
_ASKED = (
    r"^\W*(?:(?:please|kindly|just|now|first|can|could|would|will|you|we|i|i'd|we'd|like|to)\s+)*"
)
TAKES_A_COUNTED_BATCH = re.compile(
    _ASKED + r"(?:take|read|scan)\s+"
    # A source named after the items takes them from there ("take the 2,000 responses at
    # https://…"); a count's thousands comma does not end the items as a clause's comma does.
    r"(?!(?:[^,;:\u2192\u2014\u2013]|,(?=\d{3}\b))*?"
    r"(?:https?://|\b(?:api|endpoint|feed|salesforce|crm)\b))"
    r"(?:(?:all|each|every|both)\s+(?:of\s+)?)?(?:(?:the|these|those|our|my|their)\s+)?"
    rf"(?:{_ABOUT}{_COUNT}\s+{_NOT_ITEMS}"
    # … or the count in brackets after them: "last month's dockets (about 140 PDFs)".
    rf"[a-z]|[^,;:()]*?\(\s*{_ABOUT}\d[\d,]*\s+[a-z][\w-]*(?:\s+[\w-]+)?\s*\)"
    # … or the occasions they come from: "the notes from our last 8 board meetings".
    r"|[^,;:()]*?\b(?:from|of|at)\s+(?:(?:the|our|their|its|[\w-]+['\u2019]s?)\s+){0,3}"
    rf"(?:(?:last|past|previous|latest|first|final)\s+)?{_COUNT}\s+{_NOT_ITEMS}"
    r"(?:[\w-]+\s+){0,2}?[a-z][\w-]*s\b)",
    _I,
)


# "take the 2,000 survey responses at https://…": what is taken where a URL holds it is fetched
# from there; the items end at a clause's comma, not at a count's thousands comma.
TAKEN_AT_A_URL = re.compile(
    _ASKED + r"take\s+(?=(?:[^,;]|,(?=\d{3}\b))*?\b(?:at|from)\s+https?://)",
    _I,
)


# "850 scanned census pages for the history society → extract …": a counted batch named alone,
# heading the steps, is the data handed over; the count makes the participle after it an
# adjective ("scanned", "printed"), not a verb that fetches. A source named still fetches.
COUNTED_BATCH_NAMED = re.compile(
    rf"^\W*(?:(?:the|these|those|our|my)\s+)?{_ABOUT}{_COUNT}\s+{_NOT_ITEMS}"
    r"(?:[\w'-]+\s+)?[a-z][\w-]*ed\s+(?:[\w'-]+\s+){0,2}?[\w'-]+s\b"
    r"(?![^;]*?(?:https?://|[#@]|\b(?:api|endpoint|feed|salesforce|crm|web-?hook)\b))",
    _I,
)
# "summarise the 35 incident reports from the site", "a report on the 14 snag lists from the
# construction site": items counted are in hand, and a site they come from, bare, of building
# work or named by its town, is a place ("the help site", "the booking site" are websites).
COUNTED_FROM_A_PLACE = re.compile(
    rf"\b(?:the|these|those|our|my)\s+{_ABOUT}{_COUNT}\s+{_NOT_ITEMS}(?:[\w'-]+\s+){{0,3}}?"
    r"[\w'-]+s\s+from\s+(?:the|our|their|this|that)\s+(?:(?:building|construction|work|job|"
    r"mine|plant|factory|warehouse|depot)\s+|(?-i:[A-Z][\w'-]*)\s+)?site\b",
    _I,
)


# "pull yesterday's sales from there": a source pointed back at was named before (an API told
# of earlier), so "sales" in the data picks no CRM.
_FROM_THERE = re.compile(r"\bfrom\s+(?:there|it|that\s+(?:api|endpoint|feed|system|one))\b", _I)


def fetch_steps(verb: str, text: str, rest: str) -> list[StepDraft]:
    http_named = dest.HTTP_WORDS.search(rest)
    # "run a Salesforce query": the system may be named before the verb's object.
    if dest.SALESFORCE_NAMED.search(text):
        step = StepDraft("salesforce.query", {}, 1.0, "query Salesforce")
    elif (
        "crm" in rest.lower()
        and (
            _CRM_NAMED_AS_SOURCE.search(rest)
            or (verb not in STORE and verb != "post" and _KEPT_IN_CRM.search(rest))
        )
        and not dest.URL.search(rest)
    ):
        # "pull the website leads from the CRM": the source named with "from" outweighs a
        # modifier that sounds like the web; so does the CRM named on the items ("the CRM leads
        # that came in through the website"), where the web is only how they arrived.
        step = StepDraft("salesforce.query", {}, 0.9, "query Salesforce", need="soft")
    elif http_named or verb in STORE or verb == "post":
        config = dest.url_config(rest)
        method = dest.http_method(text) or ("POST" if verb in STORE or verb == "post" else None)
        if method:
            config["method"] = method
        strength = 1.0 if http_named else 0.6
        step = StepDraft("http.request", config, strength, "call the API")
    elif dest.SALES_WORDS.search(text) and not _FROM_THERE.search(rest):
        step = StepDraft("salesforce.query", {}, 0.9, "query Salesforce", need="soft")
    elif verb == "check" or (verb == "look" and _WHETHER.match(rest)):
        return _check(rest)  # "check whether …": a condition on data the run already has
    else:
        step = StepDraft("http.request", {}, 0.7, "fetch data")
    step.subject = object_words(rest)
    steps = [step]
    if verb in ("check", "look"):
        steps += _check(rest)
    only = _ONLY_AFTER.search(rest) or _SOUGHT_AT.search(rest)
    if only is None and verb in _LOOKING and " for " in rest:
        only = _ONE_SOUGHT_AT.search(rest)
    subset = find_filter(only.group(1), after_classify=False) if only else None
    if subset:
        # "get the items from https://… — only the ones below 10 units —": a subset told
        # after the source is kept before anything reads the items.
        steps.append(StepDraft(CONDITION, subset.config, subset.strength, "keep matching items"))
    elif "ing " in rest:
        left_out = _LEFT_OUT_AFTER.search(rest)
        if left_out:
            steps.append(excluded_step(left_out.group(1)))
    delivery = dest.destination(rest)
    if delivery:
        steps.append(StepDraft(delivery[0], delivery[1], 0.85, phrase_for(delivery[0])))
    return steps


# "fetch the orders from https://…, excluding test orders, and …": items left out after the
# fetch, set off by a comma or dash, are dropped from what it brought (a filter written into
# the query, with no comma, is the query's own).
_LEFT_OUT_AFTER = re.compile(
    rf"[,\u2013\u2014]\s*(?:{alternation(LEAVING_OUT)}|leaving\s+out)\s+([^,;()\u2013\u2014]+)",
    _I,
)
_CRM_NAMED_AS_SOURCE = re.compile(
    r"\bfrom\s+(?:the\s+|our\s+)?crm\b(?!\s+(?:api|endpoint|web-?hook)\b)"
    r"|^\s*(?:(?:the|our|all|any|every|each)\s+)?(?:[\w-]+\s+){0,2}?crm(?:['\u2019]s)?\s+"
    r"(?!(?:api|apis|endpoint|url|website|site|server|feed|web-?hook)\b)[a-z]",
    _I,
)
# "look at the boiler-service leads in the CRM", "read the site-survey bookings in our CRM": data
# said to be kept in the CRM is read from it, whatever its own words sound like ("service",
# "website"); to store something in the CRM writes there instead.
_KEPT_IN_CRM = re.compile(r"\bin\s+(?:the\s+|our\s+)?crm\b(?!\s+(?:api|endpoint|web-?hook)\b)", _I)
_ONLY_AFTER = re.compile(
    r"(?:\S+\s*[,(\u2013\u2014-]|\s-)\s*(?:but\s+)?only\s+"
    r"((?:the\s+ones|those|ones|the\s+[\w-]+s)\s+(?!if\b|when\b)[^,;()\u2013\u2014]+)",
    _I,
)

# "check https://…/stock for drugs that expire within 30 days": what is looked for at an address,
# with what picks it; an HTTP call has no query to pick it by.
_SOUGHT_AT = re.compile(
    r"https?://\S+\s+for\s+((?:any\s+)?[\w-]+s\s+(?:that|which|whose|with|over|above|under|"
    r"below|older|newer)\b[^,;()\u2013\u2014]+)",
    _I,
)
# "check https://…/turbines for any turbine in a fault state", "poll … for every boiler that has
# gone offline": one item a quantifier picks stands for its kind when the address is looked
# over for it ("call https://…/orders for any tank below 25%" calls once for each instead).
_ONE_SOUGHT_AT = re.compile(
    r"https?://\S+\s+for\s+((?:any|each|every)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+"
    r"(?:that|which|whose|with|over|above|under|below|older|newer|"
    r"in\s+(?:an?\s+|its\s+)?[\w-]+\s+(?:state|mode))\b[^,;()\u2013\u2014]*)",
    _I,
)
# The verbs of looking an address over: "check", "poll", "scan", "monitor", "look at".
_LOOKING = frozenset({"check", "poll", "scan", "look", "monitor", "watch", "inspect", "search"})


def excluded_step(rest: str) -> StepDraft:
    """Return the condition that keeps what "drop the resolved ones" does not name."""
    found = find_filter(rest, after_classify=False)
    config = dict(found.config) if found else {"field": "$.status", "operator": "equals"}
    config["operator"] = "not_equals" if config["operator"] == "equals" else config["operator"]
    config.setdefault("value", object_words(rest) or "match")
    return StepDraft(CONDITION, config, 0.75 if found else 0.5, "drop matching items")


# "ping #oncall", "ping the team on Slack", "ping the data webhook", "ping me": a ping to people
# or to a webhook is a message, to a URL or a service a request.
# "trigger the contractor's callout webhook": whose webhook it is may come before its name.
# "kick off the chiller webhook": the particle of setting it off may come before it.
WEBHOOK_OBJECT = re.compile(rf"^\s*(?:off\s+)?(?:the\s+|our\s+|a\s+)?{WEBHOOK_NAME}webhook\b", _I)
# "trigger the reindex via the maintenance webhook", "switch on the pumps through the pump
# webhook": a thing done by way of a named webhook (with no URL to call) is a post to it.
THROUGH_A_WEBHOOK = re.compile(
    r"\b(?:via|through|over|using|by|with)\s+(?:the\s+|our\s+|a\s+|an\s+|their\s+)?"
    r"(?:[\w'-]+\s+){0,3}web-?hook\b",
    _I,
)
# "re-trigger it via the rerun webhook at https://…": the URL after the webhook is its address.
_ITS_ADDRESS = re.compile(r"\s*(?:at|on|:)?\s*\(?https?://", _I)


def done_through_a_webhook(text: str) -> bool:
    """Tell "trigger the reindex via the maintenance webhook" (a post to it), whose URL, if any,
    is the webhook's own, from a call to a URL that a webhook is merely named beside."""
    through = THROUGH_A_WEBHOOK.search(text)
    if through is None:
        return False
    if "://" not in text:
        return True
    return "://" not in text[: through.start()] and bool(_ITS_ADDRESS.match(text, through.end()))


# "ping facilities through the pager webhook", "ping the caretaker via Slack": whoever is pinged
# by way of a message medium is a person.
_PINGED_BY_MEDIUM = (
    r"(?:the\s+|our\s+)?(?:[\w-]+\s+){1,2}(?:on|in|via|through|over)\s+"
    r"(?:slack\b|(?:the\s+|our\s+|a\s+)?(?:[\w-]+\s+){0,3}web-?hook\b)"
)
# "ping the baristas to deep clean the grinders", "ping our volunteers about Saturday": people
# named by who they are, the noun heading the phrase, are told; machines are requested.
_PINGED_PEOPLE = (
    r"(?:the|our|all\s+the)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?!(?:servers|routers|printers|sensors|monitors|computers|scanners|controllers|clusters|"
    r"brokers|workers|runners|crawlers|schedulers|balancers|mirrors|resolvers|pollers|adapters|"
    r"connectors|providers|handlers|listeners|consumers|producers|clients|agents)\b)"
    rf"{dest.PEOPLE}(?=\s+(?:to|that|about|with|and|so)\b|\s*(?:[,;.!?\u2014]|$))"
)
PERSON = re.compile(
    rf"^\s*(?:#[\w-]+|[\w.+-]+@|{_PINGED_BY_MEDIUM}|{_PINGED_PEOPLE}"
    r"|(?:me|us|him|her|everyone|everybody|someone|somebody)\b"
    r"|(?:the\s+|our\s+)(?:[\w-]+\s+)?(?:team|on-?call|crew|staff|manager|owner)\b"
    # "ping the summary to #roastery", "ping them over to a@x.com": a thing pinged to a place.
    r"|(?:[\w'\u2019-]+\s+){1,4}?(?:(?:over\s+)?to|in|into)\s+(?:#[\w-]|[\w.+-]+@))|"
    + WEBHOOK_OBJECT.pattern,
    _I,
)

# "check whether …", "look at whether …", "look into whether …", "check to see if …".
_WHETHER = re.compile(
    r"^\s*(?:(?:at|into|on|to\s+see|and\s+see)\s+)?(?:whether|if|that)\s+(.+)", _I
)


def _check(rest: str) -> list[StepDraft]:
    """Return the condition in "check whether the queue is longer than 1000", if any."""
    whether = _WHETHER.match(dest.URL.sub(" ", rest))
    condition = read_condition(whether.group(1)) if whether else None
    if condition is None:
        return []
    return [
        StepDraft(
            condition.action, condition.config, condition.strength, "check", subject=condition.text
        )
    ]


# "send the regional managers last week's store footfall numbers": figures of a period, with no
# source named and nothing fetched before, have to be read from somewhere first ("post the
# day's parking rota in #ops" sends a thing that is at hand, not figures). So do the bookings of
# a period: "send the cleaning crew next week's changeovers", "this weekend's reservations",
# and its orders and timetables: "tomorrow's ingredient orders", "next week's lesson timetable"
# (a rota is at hand: "post next week's hygienist rota" fetches nothing); and the times or
# forecast of a day, read off a feed: "send the paddle guides today's tide times".
_FIGURES = (
    r"(?:numbers|figures|stats|statistics|metrics|counts|totals|readings|kpis|"
    r"reservations|bookings|appointments|changeovers|arrivals|departures|check-?ins|pickups|"
    r"orders|timetables?|schedules?|lessons|classes|times|forecasts?|"
    # … and the records lodged or drawn up in it: "yesterday's newly lodged claims", "the
    # weekend's team sheets".
    r"claims|applications|team\s+sheets|line-?ups|fixtures|"
    # … and the rounds planned for it: "their route for tomorrow", "today's delivery runs".
    r"routes?|runs|rounds|itinerar(?:y|ies))\b"
)
_DATED_FIGURES = re.compile(
    r"\b(?:(?:last|this|next)\s+(?:night|week|weekend|month|quarter|year)|today|yesterday|"
    r"tonight|tomorrow|(?:the|that)\s+(?:day|weekend))['\u2019]s\s+(?:[\w-]+\s+){0,3}?"
    + _FIGURES
    # "their lessons for the coming week", "the bookings for tomorrow": the period after them.
    + r"|\b"
    + _FIGURES
    + r"\s+(?:for|from)\s+(?:today|tomorrow|tonight|yesterday|(?:the\s+)?(?:coming|next|last|"
    r"past|previous|following|current)\s+(?:day|week|weekend|month|quarter|year)|the\s+day\b"
    r"|this\s+(?:week|weekend|month|quarter|year))",
    _I,
)
# "the latest traffic incidents", "the current river levels", "the most recent readings":
# data told as the newest there is is read off a feed when it is wanted, wherever it goes.
_NEWEST_DATA = re.compile(
    r"\b(?:latest|newest|current|most\s+recent|up-to-(?:the-minute|date)|live)\s+"
    r"(?!(?:version|edition|issue|draft|copy)\b)[\w-]+",
    _I,
)


def fetch_for_dated_figures(
    object_text: str, prior: list[StepDraft], addressed: bool = False
) -> list[StepDraft]:
    """Return the fetch a delivery of a period's figures needs when nothing fetched them.

    `addressed` is true when the delivery names an address, channel or webhook for it.
    """
    if prior:
        return []
    # "send the crew today's delivery runs" hands people figures to be read first; "email
    # tomorrow's rounds to crew@x.com" sends a thing at hand to an address, as "post next week's
    # rota in #ops" does. Only the newest data is fetched wherever it goes.
    if not _NEWEST_DATA.search(object_text) and (
        addressed or not _DATED_FIGURES.search(object_text)
    ):
        return []
    if dest.SALES_WORDS.search(object_text):
        return [StepDraft("salesforce.query", {}, 0.7, "query Salesforce", need="soft")]
    return [StepDraft("http.request", {}, 0.7, "fetch data")]
