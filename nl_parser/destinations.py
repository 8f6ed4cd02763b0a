"""Find where a clause sends things (Slack channel, email recipients, webhook URL) and its source.

Recipients are only real addresses from the text: "the sales team" names no address, so `to` is
left out rather than invented; the service or user fills it in.
"""

import re
from typing import Any

_I = re.IGNORECASE
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# "read it from https://…/api/counter: post …": a colon after the URL opens what follows.
URL = re.compile(r"https?://[^\s,;]+[^\s,;.!?):]")
CHANNEL = re.compile(r"(?<![\w&])#[\w-]+")
# "bug reports → #qa": a lone place, after an arrow (read as ";") or a comma, where the
# verbless items before it go.
# "positives → #route-setters on slack": the medium may be said after the channel.
# "summary → #front-desk + gm@x.com": two places joined by "+", "&" or "and" are one route.
_ONE_PLACE = r"(?:#[\w-]+(?:\s+(?:on|in|via)\s+slack)?|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"
# "slots → #dockhands pls": a courtesy after the place asks nothing more.
COURTESY = r"\s+(?:please|thanks|thx|ta|cheers)"
COURTESY_AFTER = re.compile(rf"{COURTESY}\W*$", _I)
PLACE_ALONE = re.compile(
    rf"^\W*{_ONE_PLACE}(?:\s*(?:\+|&|\band\b)\s*{_ONE_PLACE})?(?:{COURTESY})?\W*$", _I
)
# "'next week's classes are open'": an apostrophe between letters stays inside the quote.
QUOTED = re.compile(r"\"([^\"]+)\"|“([^”]+)”|'((?:[^']|(?<=\w)'(?=\w)){3,})'")
_SUBJECT = re.compile(
    r"\b(?:subject(?:\s+line)?|titled|entitled)\s*:?\s*(?:\"([^\"]+)\"|'([^']+)')", _I
)
_WEBHOOK = re.compile(r"\bweb-?hooks?\b", _I)
_SLACK = re.compile(r"\bslack\b", _I)
_SALES_CHANNELS = [
    "retail",
    "wholesale",
    "indirect",
    "online",
    "offline",
    "reseller",
    "distribution",
    "ecommerce",
    "e-commerce",
]
# "give them a shout-out in the chess club channel": a channel a message goes to is Slack's
# ("spend per channel", "our YouTube channel" are no places to post; nor is a channel of sales:
# "open opportunities in the retail channel", "orders through the wholesale channel").
# After "channel": not a channel of sales ("the retail channel"), which is no Slack channel.
NOT_A_SALES_CHANNEL = "".join(rf"(?<!\b{kind} channel)" for kind in _SALES_CHANNELS)
_CHANNEL_NAMED = re.compile(
    r"\b(?:in|to|on|into)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,3}channel\b"
    r"(?<!\byoutube channel)(?<!\btwitch channel)" + NOT_A_SALES_CHANNEL,
    _I,
)
# "the night managers", "the swiftline couriers drivers", "the baristas", "the Keeper of
# Archives": the last word of who reads a thing, a person's noun. Plurals of data and of time
# ("the orders", "the last two quarters") end like people's and are kept out.
PEOPLE = (
    r"(?!(?:orders|numbers|filters|letters|papers|vouchers|transfers|folders|headers|meters|"
    r"counters|chapters|timers|markers|registers|trackers|containers|quarters|semesters|"
    r"summers|winters|centers|centres)\b)"
    r"(?:[a-z][\w'-]*(?:ers|ors|ists|istas|ians|ees|ants|ents)|team|staff|crew|committee|board|"
    r"owner|manager|lead|leads|volunteers|coaches|nurses|chefs|reps|guides|wardens|stewards|"
    r"marshals|clerks|deans|heads|c[efiomt]o|ciso"
    # "for the Keeper of Archives", "for the Head of Finance": one person's office, named
    # with what it keeps.
    r"|(?:director|chair|head|keeper|officer|registrar|secretary|treasurer|clerk|warden|"
    r"steward|coordinator|supervisor|principal|president|archivist|librarian|editor)"
    r"(?:\s+of\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?)?)"
)
_EMAIL_WORD = re.compile(r"\b(?:e-?mails?|mail|inbox)\b", _I)
# "POST the customer's email and postcode to https://…", "their name, email and phone", "send
# their email address to …": someone's email, or an email address, is data the step carries,
# not the medium ("send a receipt to the customer's email" goes there: a place follows "to").
_EMAIL_AS_DATA = re.compile(
    r"(?:\b[\w-]+['\u2019]s|\b(?:their|his|her|its|your|my|our))\s+(?:[\w-]+\s*,\s*){0,3}"
    r"e-?mails?(?:\s+address(?:es)?)?\b|\be-?mail\s+address(?:es)?\b",
    _I,
)
_PLACE_BEFORE = re.compile(r"\b(?:to|by|via|into|in|at|on|over|through)\s+(?:the\s+)?$", _I)


def _names_the_medium(text: str) -> bool:
    """Tell an email word that names how a thing goes from one that names data it carries."""
    data = [
        m.span()
        for m in _EMAIL_AS_DATA.finditer(text)
        if not _PLACE_BEFORE.search(text[: m.start()])
    ]
    # "https://mail.example.com/api/subscribers": a host or path that says "mail" is an address,
    # not the medium.
    if "://" in text:
        data += [m.span() for m in URL.finditer(text)]
    return any(
        not any(start <= m.start() < end for start, end in data) for m in _EMAIL_WORD.finditer(text)
    )


# "a text", "a quick text message", "an SMS", "by text": an SMS named as the thing sent or the
# way it goes ("the full text of the contract" is words, not a message).
TEXT_MESSAGE = re.compile(
    r"\b(?:an?\s+(?:[\w-]+\s+)?(?:text|sms)(?:\s+message)?|(?:by|via|over)\s+(?:text|sms))\b"
    r"(?!\s+of\b)",
    _I,
)
_UNSUPPORTED = re.compile(
    r"\b(sms|text message|microsoft teams|ms teams|discord|whatsapp|pagerduty)\b", _I
)

# A destination named after a preposition ("summarize … in Slack", "… to #ops", "by email").
# "for the coordinators in #volunteers", "for the hotel managers at managers@…": the people a
# made thing is for, then where they read it, name the delivery as "to <place>" does.
_FOR_WHOM = r"\b(?:to|for)\s+(?:the\s+|our\s+|my\s+)?(?:[\w'-]+\s+){1,3}"
_SLACK_DEST = re.compile(
    # "a summary in my slack dms", "to their slack": whose Slack it is still names Slack.
    r"\b(?:in|to|on|into|via|over|through|for)\s+(?:the\s+|our\s+|my\s+|your\s+|their\s+)?"
    r"(?:slack\b|#[\w-]+)"
    r"|" + _CHANNEL_NAMED.pattern + r"|" + _FOR_WHOM + r"(?:in|on)\s+#[\w-]+",
    _I,
)
# "emails to support@x.com" names where the input came from, not where the output goes.
_EMAIL_DEST = re.compile(
    r"\b(?:by|via|over|through|in\s+an?)\s+e-?mail\b"
    r"|(?<!mails )(?<!messages )(?<!mail )\b(?:to|for)\s+[\w.+-]+@"
    r"|" + _FOR_WHOM + r"at\s+[\w.+-]+@"
    # "get the readings emailed to me (hank@…)": who, then their address in brackets.
    r"|\bto\s+(?:me|us|him|her|them)\s*\(\s*[\w.+-]+@",
    _I,
)
_WEBHOOK_DEST = re.compile(
    r"\b(?:to|into|via)\s+(?:the\s+|our\s+|a\s+)?(?:[\w-]+\s+){0,2}web-?hook\b", _I
)

DELIVERY_ACTIONS = frozenset({"email.send", "slack.post_message", "webhook.post"})
# "put them in that email", "add it to the same message": the message a step before named.
SAME_MESSAGE = re.compile(
    r"\b(?:in|into|inside|to|within)\s+(?:that|the\s+same|this|the|said)\s+"
    r"(?:e-?mail|message|post|text|sms|dm|note)\b",
    _I,
)

SOURCE = re.compile(
    r"\bfrom\s+(?:the\s+|our\s+|an?\s+)?(?:https?://\S+|(?:[\w'-]+\s+){0,3}?"
    r"(?:api|apis|endpoint|url|service|server|feed|database|db|website|site|system|salesforce|"
    r"sfdc|crm|rest\s+api)\b)"
    # "new web leads out of Salesforce": what comes out of a named system comes from it ("out of
    # service" is a state).
    r"|\bout\s+of\s+(?:the\s+|our\s+)?(?:https?://\S+|salesforce\b|sfdc\b|crm\b)",
    _I,
)
SALESFORCE_NAMED = re.compile(r"\b(?:salesforce|sfdc)\b", _I)
SALES_WORDS = re.compile(
    r"\b(?:crm|leads?|opportunit(?:y|ies)|deals?|pipeline|sales|accounts?|quotas?|bookings)\b", _I
)
HTTP_WORDS = re.compile(
    r"https?://|\b(?:api|apis|endpoint|url|website|site|server|service|feed|health|uptime|"
    r"webpage|page|rss|json|rest|graphql)\b",
    _I,
)


def medium(text: str, verb: str) -> tuple[str, dict[str, Any]] | None:
    """Return the integration action and config that deliver to the medium named in `text`."""
    if verb in ("email", "e-mail", "mail"):
        return "email.send", email_config(text)
    if verb == "slack":  # "slack the support manager": the verb names the medium
        return "slack.post_message", slack_config(text)
    if _WEBHOOK.search(text):
        return "webhook.post", _posted_to(text)
    if CHANNEL.search(text) or _SLACK.search(text) or _CHANNEL_NAMED.search(text):
        return "slack.post_message", slack_config(text)
    if EMAIL.search(text) or (_EMAIL_WORD.search(text) and _names_the_medium(text)):
        return "email.send", email_config(text)
    if any(not _says_where_data_is(text[: m.start()]) for m in URL.finditer(text)):
        return "webhook.post", url_config(text)
    return None


def _says_where_data_is(before: str) -> bool:
    """Tell whether the words before a URL make it where the data is, not where it goes."""
    return bool(
        _FROM_BEFORE.search(before)
        or _DATA_PLACED_BEFORE.search(before)
        or _THING_KEPT_AT.search(before)
    )


# "post the rates published at https://… to the treasury webhook", "the log kept on https://…":
# a URL a participle of placing puts the data at is where it comes from, not the hook's address.
_DATA_PLACED_BEFORE = re.compile(
    r"\b(?:published|listed|posted|found|available|hosted|kept|stored|shown|served|exposed|"
    r"provided|held)\s+(?:at|on|via)\s+$",
    re.IGNORECASE,
)


# "let the staff know what's on the ready list at https://…", "tell the crew what the rota on
# https://… says": a thing named with the address it is at is read there; a hook is named so
# after "to" ("send it to the intake endpoint at https://…"), which this leaves to the hook.
_THING_KEPT_AT = re.compile(
    r"(?<!\bto\s)(?<!\binto\s)(?<!\bvia\s)(?<!\bonto\s)"
    r"\b(?:the|our|their|today's|tomorrow's|this\s+week's|next\s+week's)\s+"
    r"(?:(?!(?:to|into|onto|via|for|and)\b)[\w'-]+\s+){0,3}?"
    r"(?!(?:web-?)?hooks?\b|endpoint\b)[\w'-]+\s+(?:at|on)\s+$",
    re.IGNORECASE,
)


def _posted_to(text: str) -> dict[str, Any]:
    """Return config with the URL a webhook posts to: not one that says where the data is."""
    for url in URL.finditer(text):
        before = text[: url.start()]
        if not _FROM_BEFORE.search(before) and not _DATA_PLACED_BEFORE.search(before):
            return {"url": url.group()}
    return {}


# "notify the team about the incidents from https://…": a URL after "from" is where the data
# comes from, not where it goes; so is one a message is written "using" or "based on", and the
# thing it uses may be named with where it is ("using the mowing plan at https://…"), unless
# that thing is a hook ("using the ops webhook at https://…" is where it goes).
_FROM_BEFORE = re.compile(
    r"\b(?:from|using|based\s+on)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+)?$"
    r"|\b(?:using|based\s+on)\s+(?:the\s+|our\s+|their\s+)?"
    r"(?:(?!(?:web-?)?hooks?\b)[\w'-]+\s+){1,3}(?:at|on|in)\s+$",
    re.IGNORECASE,
)


def destination(text: str) -> tuple[str, dict[str, Any]] | None:
    """Return the delivery an agent or fetch clause names after a preposition, if any."""
    if _WEBHOOK_DEST.search(text):
        return "webhook.post", {}
    if _SLACK_DEST.search(text):
        return "slack.post_message", slack_config(text)
    if _EMAIL_DEST.search(text):
        return "email.send", email_config(text)
    return None


def unsupported_medium(text: str) -> str | None:
    """Return a delivery medium the catalog has no action for (SMS, Teams…), if named."""
    match = _UNSUPPORTED.search(text)
    return match.group(1) if match else None


def email_config(text: str) -> dict[str, Any]:
    """Return email.send config holding the addresses and subject the text gives."""
    config: dict[str, Any] = {}
    addresses = list(dict.fromkeys(EMAIL.findall(text)))
    if addresses:
        config["to"] = addresses
    subject = _SUBJECT.search(text)
    if subject:
        config["subject"] = subject.group(1) or subject.group(2)
    return config


def slack_config(text: str) -> dict[str, Any]:
    """Return slack.post_message config holding the channel and quoted text, when given."""
    config: dict[str, Any] = {}
    channel = CHANNEL.search(text)
    if channel:
        config["channel"] = channel.group()
    quoted = QUOTED.search(text)
    if quoted:
        config["text"] = next(g for g in quoted.groups() if g)
    return config


def url_config(text: str) -> dict[str, Any]:
    """Return config holding the URL the text names, when it names one."""
    url = URL.search(text)
    return {"url": url.group()} if url else {}


def http_method(text: str) -> str | None:
    """Return an HTTP method written in capitals in the text (GET, POST…), if any."""
    match = re.search(r"\b(GET|POST|PUT|PATCH|DELETE)\b", text)
    return match.group(1) if match else None
