"""Restrict integration steps to `context.availableTools`, falling back to a generic tool that fits.

Agent, condition, transform and delay actions are never restricted. A need with no listed tool
falls back where another tool does the same job (sales data over http.request, a webhook POST
over http.request, Slack through an incoming webhook, a fetch with no URL from Salesforce when it
is the only source listed; dated data named by the first delivery of a run that starts empty is
read from the only source listed, and so is the data such a summary or report is made of; a fetch
whose source was assumed is read from the only source listed, no guess); otherwise the
step is left out with a warning, and the confidence pays for it.
"""

import re
from dataclasses import dataclass, field, replace

from nl_parser.calendar_words import COUNTED_SPAN, DATA_SPAN
from nl_parser.catalog import CATALOG
from nl_parser.drafts import MADE, StepDraft

FALLBACKS: dict[str, tuple[str, ...]] = {
    "salesforce.query": ("http.request",),
    "webhook.post": ("http.request",),
    "slack.post_message": ("webhook.post",),
    "email.send": (),
    "http.request": ("salesforce.query",),
}


_MEDIA = ("email.send", "slack.post_message", "webhook.post")


@dataclass
class Restricted:
    """Steps after restriction, with the warnings and the number of fallbacks taken."""

    steps: list[StepDraft]
    warnings: list[str] = field(default_factory=list)
    fallbacks: int = 0
    dropped: int = 0


def allowed_tools(context: dict | None) -> frozenset[str] | None:
    """Return the integration actions the context allows; None means all of them."""
    tools = (context or {}).get("availableTools")
    if not isinstance(tools, list) or not tools:
        return None
    return frozenset(t for t in tools if isinstance(t, str))


# "the last three hours' conveyor jams", "the incidents from the last seven days", "the last
# hour's payments": a counted span back from the run is a span of data as "yesterday" is.
_SPAN = rf"(?:{DATA_SPAN}|{COUNTED_SPAN})"
# "the referrals that have come in since the last run": data dated by the run before, not a span.
_SINCE_LAST_RUN = (
    r"since\s+(?:the\s+)?(?:last|previous|prior)\s+(?:run|time|check|one|report|digest|summary|"
    r"update|email|post)"
)
# "each night's lane bookings", "every shift's incidents": in a run that repeats, the span of
# each run; only the possessive counts ("send the reports every week" names no data's span).
_EACH_SPANS = (
    r"(?:each|every)\s+(?:day|night|week|weekend|month|quarter|year|shift|morning|afternoon|"
    r"evening)['\u2019]s"
)
# A list kept somewhere, singular: "roster", "rota", "run sheet"; a record kept entry by entry
# is one too ("last week's lost-property log", "today's visitor register").
_KEPT_LIST = (
    r"(?:rota|roster|schedule|timetable|menu|list|line-?up|agenda|itinerary|run[\s-]?sheet|"
    r"manifest|worklist|route|plan|calendar|diary|queue|log|log-?book|register|ledger)"
)
# "the Ashcombe Show weekend", "the Easter holidays", "the Black Friday week": a span named by
# the occasion it belongs to, a span of data as "last weekend" is.
_NAMED_SPAN = (
    r"the\s+(?-i:[A-Z][\w'\u2019&-]*\s+){1,4}"
    r"(?:weekend|week|fortnight|holidays?|half-term|season)\b"
)
# "yesterday's new claims", "this week's signups", "today's driver roster", "next week's banquet
# menus": data of a span of time; "this Sunday's cooking rota": a dated list kept somewhere;
# "their callouts for the day", "the jobs booked for tomorrow", "the complaints logged today":
# data named first, then the span it belongs to. Each is read from the source listed.
_DATED_DATA = re.compile(
    rf"\b(?:{_SPAN}['\u2019]s?|{_EACH_SPANS})\s+(?:[\w-]+\s+){{0,2}}?(?:[a-z][\w-]*s|{_KEPT_LIST})\b"
    r"|\b(?:this|next|last)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day['\u2019]s\s+"
    rf"(?:[\w-]+\s+){{0,2}}?{_KEPT_LIST}\b"
    r"|\b(?:the|their|his|her|its|our|your|my)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:[a-z][\w-]*s|{_KEPT_LIST})(?:\s+[a-z]+ed)?\s+(?:(?:for|from|of|during|over)\s+)?"
    rf"(?:{_SPAN}|{_NAMED_SPAN})\b"
    # "the deals that moved stage this week", "the tickets which were reopened yesterday": data
    # named first, then a relative clause that dates it.
    r"|\b(?:the|their|his|her|its|our|your|my|any|all)\s+(?:[\w-]+\s+){0,2}?[a-z][\w-]*s\s+"
    rf"(?:that|which|who|we|you|they)\s+(?:[\w'-]+\s+){{1,4}}?(?:{_SPAN}|{_NAMED_SPAN}|{_SINCE_LAST_RUN})\b"
    # "the referrals received since the last run", "new bookings since last time".
    rf"|\b[a-z][\w-]*s\s+(?:[a-z]+ed\s+)?{_SINCE_LAST_RUN}\b"
    # "the overnight tank alarms", "a digest of overnight errors": data of the night before the
    # run, as "last night's" is ("remind the overnight porters to …" names people, not data).
    r"|\bovernight\s+(?:[\w-]+\s+){0,2}?[a-z][\w-]*s\b(?!\s+to\b)",
    re.IGNORECASE,
)
_DELIVERIES = frozenset(_MEDIA)
# "a recap of last week's voicemails": a summary made of dated data reads that data first too.
# The made things that sum data up: "a recap", "a roundup", "a wrap-up".
_SUMMED_UP = (
    r"(?:recap|summary|digest|round-?up|overview|rundown|wrap-?up|report|breakdown|roll-?up)"
)
# A summary's data may be one mass noun, not a plural: "a recap of last week's footfall", "a
# digest of this week's junior training attendance", "a summary of the intake for the week",
# "a roundup of the footfall from yesterday", "write up this week's shelter intake recap".
_SUMMED_PERIOD_DATA = re.compile(
    rf"\b{_SUMMED_UP}s?\s+(?:of|on|about|covering|for)\s+(?:"
    rf"(?:{_SPAN}['\u2019]s?|{_EACH_SPANS})\s+[a-z]"
    # "a recap of the week at Cragline Bouldering", "a summary of the day at the hostel": a span
    # at a place, summed up, is what the place kept of it; "a summary of the week" alone names
    # nothing a source holds.
    rf"|{_SPAN}\s+at\s+(?!(?:noon|midnight|night|dawn|dusk|\d))[a-z]"
    # "a usage report covering every docking station for the previous month": each item, dated.
    r"|(?:the|their|his|her|its|our|your|my|all|every|each)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s+"
    rf"(?:[a-z]+ed\s+)?(?:for|from|of|during|over|in)\s+{_SPAN}\b)"
    rf"|\b{_SPAN}['\u2019]s?\s+(?:[\w-]+\s+){{1,3}}?{_SUMMED_UP}\b"
    # "a footfall report for the previous week", "a usage report covering yesterday": the made
    # thing dated by the span it sums up ("a report for the board" names no span); "a keg-returns
    # report for Stonecask Brewing covering the previous month": whose it is may come between.
    rf"|\b{_SUMMED_UP}s?\s+(?:for\s+(?:[\w'\u2019&.-]+\s+){{1,5}}?)?"
    rf"(?:for|covering|from|over)\s+{_SPAN}\b(?!['\u2019-])"
    # "a roundup of who turned up to rehearsals this week", "a summary of what sold yesterday":
    # what a question asks of a span is data of that span too.
    rf"|\b{_SUMMED_UP}s?\s+(?:of|on|about)\s+(?:who|what|which|how\s+many)\s+"
    rf"(?:[\w'-]+\s+){{1,6}}?{_SPAN}\b"
    # "summarise this week's footfall", "recap yesterday's turnout": the verb says it too.
    rf"|\b(?:summari[sz]e|recap|sum\s+up|round\s+up|digest)\s+{_SPAN}['\u2019]s?\s+[a-z]"
    # "a monthly visitor footfall report", "the weekly sales summary": made every period, of the
    # data its own words name; "a monthly report" alone names no data.
    r"|\b(?:daily|nightly|weekly|fortnightly|monthly|quarterly|yearly|annual)\s+"
    rf"(?:(?!(?:to|in|into|for|from|at|of|on|with|by|and|or)\b)[\w-]+\s+){{1,3}}?{_SUMMED_UP}\b",
    re.IGNORECASE,
)
_SOURCES = frozenset({"http.request", "salesforce.query"})


def read_the_only_source(
    steps: list[StepDraft], first_text: str, allowed: frozenset[str] | None, *, starts_empty: bool
) -> bool:
    """Read the data a first delivery or summary names from the only source listed.

    "Every weekday at 9, let the claims team know about yesterday's new claims", "give the
    producers a recap of last week's voicemails": a scheduled run, or a one-off with no trigger,
    starts with nothing (`starts_empty`), so the data delivered or summed up is read first, from
    the one source the caller lists (as a fetch with no URL is). `first_text` is the clause of
    the first step. Returns whether it did.
    """
    if (
        not starts_empty
        or allowed is None
        or len(allowed & _SOURCES) != 1
        or not steps
        or steps[0].action not in _DELIVERIES | MADE
        or any(s.action in _SOURCES for s in steps)
        or not _names_dated_data(steps[0].action, first_text)
    ):
        return False
    if "salesforce.query" in allowed:
        steps.insert(0, StepDraft("salesforce.query", {}, 0.8, "query Salesforce", need="soft"))
    else:
        # "send the roasters this week's green-bean deliveries" with http.request the only
        # source listed: the deliveries are fetched from it.
        steps.insert(0, StepDraft("http.request", {}, 0.8, "fetch data", need="soft"))
    return True


# "the mid-month pipeline", "the quarter-to-date bookings", "our YTD donations": data as it
# stands at a point of the run's period is dated by it, as "last month's" data is.
_PERIOD = r"(?:week|month|quarter|year|term|season)"
_PERIOD_POINT = (
    r"(?:the|our|their|its|this)\s+"
    rf"(?:mid-?{_PERIOD}|{_PERIOD}-end|end-of-(?:the-)?{_PERIOD}|{_PERIOD}-to-date|ytd|mtd|qtd)\s+"
)
_DATA_AT_A_POINT = re.compile(
    # (the data's noun is within its own words: "the mid-week report to boss@…" names no data)
    rf"\b{_PERIOD_POINT}(?:(?!(?:to|in|into|for|from|at|of|on|with|by|and|or)\b)[\w-]+\s+){{0,2}}?"
    rf"(?:[a-z][\w-]*s|{_KEPT_LIST})\b"
    # A summary's data may be one mass noun: "a report on the mid-month pipeline".
    rf"|\b{_SUMMED_UP}s?\s+(?:of|on|about|covering|for)\s+{_PERIOD_POINT}[a-z]",
    re.IGNORECASE,
)
# "build the end-of-year lending report", "our month-end sales summary": a made thing whose
# own words name what it sums up at the point of the period ("the mid-week report" names none).
_MADE_OF_POINT_DATA = re.compile(
    rf"\b{_PERIOD_POINT}(?:(?!(?:to|in|into|for|from|at|of|on|with|by|and|or)\b)[\w-]+\s+){{1,2}}"
    rf"{_SUMMED_UP}\b",
    re.IGNORECASE,
)
# What each point of a period is written with (a cheap test before the pattern).
_POINT_WORDS = ("mid", "-end", "end-of", "to-date", "td ")


def _names_dated_data(first_action: str, first_text: str) -> bool:
    """Tell whether the first step's clause names data of a span of time it must read."""
    if _DATED_DATA.search(first_text):
        return True
    if first_action in MADE and _SUMMED_PERIOD_DATA.search(first_text):
        return True
    lowered = first_text.lower()
    if not any(word in lowered for word in _POINT_WORDS):
        return False
    if first_action in MADE and _MADE_OF_POINT_DATA.search(first_text):
        return True
    return bool(_DATA_AT_A_POINT.search(first_text))


def _guessed_source(step: StepDraft) -> bool:
    """Tell a fetch whose source the parser assumed (no URL, nothing named) from a named one."""
    if step.action not in _SOURCES or step.config.get("url"):
        return False
    return step.need == "soft" or (step.action == "http.request" and step.strength <= 0.7)


def restrict(steps: list[StepDraft], allowed: frozenset[str] | None) -> Restricted:
    """Keep integration steps within `allowed`, swapping in fallbacks or dropping with a warning."""
    if allowed is None:
        return Restricted(list(steps))
    result = Restricted([])
    media = [t for t in _MEDIA if t in allowed]
    sources = allowed & _SOURCES
    for step in steps:
        if _guessed_source(step) and len(sources) == 1:
            # "send the florists this week's wedding orders", "next week's christening bookings"
            # with http.request the one source listed: the source the fetch assumed is the
            # caller's own, no guess.
            only = next(iter(sources))
            result.steps.append(replace(step, action=only, strength=max(step.strength, 0.8)))
            continue
        if step.need == "medium" and (
            media == [step.action] or (step.action == "webhook.post" and step.action in allowed)
        ):
            # "give the night manager a recap" with email.send the one medium listed: the
            # medium assumed is the caller's own, no guess; nor is the webhook listed for "page
            # the duty aquarist" or "text the parents", which only a webhook reaches.
            result.steps.append(replace(step, need="exact"))
            continue
        if step.action not in CATALOG["integration"] or step.action in allowed:
            result.steps.append(step)
            continue
        medium = next((t for t in _MEDIA if t in allowed), None)
        if step.need == "medium" and medium:
            # The text named no medium ("send the team a summary"): the caller's one will do.
            result.steps.append(StepDraft(medium, {}, step.strength, step.phrase, step.subject))
            continue
        substitute = next((t for t in FALLBACKS.get(step.action, ()) if t in allowed), None)
        if substitute == "salesforce.query" and step.config.get("url"):
            substitute = None  # a URL written is that source; the CRM is not it
        if substitute is None:
            result.dropped += 1
            result.warnings.append(
                f"{step.action} is needed to {step.phrase or step.action} but is not in "
                "availableTools; the step was left out"
            )
            continue
        # Salesforce as the one source listed for a fetch with no URL is no guess.
        sure = substitute == "salesforce.query" and step.action == "http.request"
        if step.need != "soft" and not sure:
            result.fallbacks += 1
            result.warnings.append(
                f"{step.action} is not in availableTools; using {substitute} instead"
            )
        config = {k: v for k, v in step.config.items() if k in ("url", "method")}
        if substitute == "http.request" and step.action == "webhook.post":
            config["method"] = "POST"
        strength = step.strength * (0.9 if step.need == "soft" or sure else 0.7)
        result.steps.append(StepDraft(substitute, config, strength, step.phrase, step.subject))
    return result
