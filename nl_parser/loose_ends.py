"""Find what the text says that no step accounts for: the words where wrong parses hide.

Coverage counts a clause as read when it yields steps, so a clause can hide a word no rule
used ("post the tickets without an owner", "wait for approval before sending it to the
webhook"). Most words of a clause are its object and may go unused; these may not:

- a place things go or come from: a #channel, an address, a URL, a webhook, Slack, Salesforce
  or the CRM, an API — some step must deliver there or read from it;
- a verb of an action the catalog has, written as a verb ("before sending", "and totals"),
  that is not the verb its clause was read by;
- a negation or comparison ("without", "not", "than", "except") or a number in a clause that
  produced no condition, wait or guard: a test the parse may have dropped;
- an if/unless clause read as an event (a guard the parse may have dropped);
- a shape no right parse has had: a trigger read after a step ("…, and, after a week, a tips
  email": a wait or a condition the grammar missed), a trigger read as a test by a loose rule
  ("is about to expire"), a timed wait with no duration (a person may be what it waits for), a
  classification nothing uses to choose what a delivery right after it sends, a bare plural
  object the fetch did not name ("flag detractors").

Each is a Doubt naming the words, so `warnings` tells a person which part to check. What one
clause leaves (a step verb, a test word, a subset word, a bare plural) is read in
`clause_loose_ends.py`; this module reads the whole parse and sums the costs.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from nl_parser.cadence_classes import blank_cadence_classes
from nl_parser.calendar_words import DAY, MONTH, OTHER_PERIOD
from nl_parser.catalog import CATALOG
from nl_parser.clause_loose_ends import QUOTED, bare_subset, clause_ends, short
from nl_parser.clause_pieces import Clause
from nl_parser.confidence import Doubt
from nl_parser.deadlines import blank_deadlines
from nl_parser.destinations import URL
from nl_parser.lexicon import blank_all
from nl_parser.message_content import blank_told_days, blank_told_times
from nl_parser.openers import MOMENT_OPENERS
from nl_parser.waits import NEEDS_APPROVAL

_I = re.IGNORECASE
# A loose end is where a wrong parse hides: one puts an otherwise sure parse near 0.58, since
# about half the parses with one were wrong on first looks at held-out text.
_COST = 0.4
_MORE = 0.12
_MAX = 0.55

_FETCHES = frozenset({"http.request", "salesforce.query"})
_DELIVERIES = frozenset({"email.send", "slack.post_message", "webhook.post"})
_CONDITION_ACTIONS = frozenset(CATALOG["condition"])
_TO_WEBHOOK = re.compile(
    r"\b(?:to|into|via|at)\s+(?:the\s+|our\s+|a\s+)?(?:[\w-]+\s+){0,2}web-?hook", _I
)
_OPAQUE = re.compile(r"https?://\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|#[\w-]+")


# Everything but a #channel or an address, to be blanked out of a test.
_DESTINATIONS = re.compile(r"(?:(?<![\w&])#[\w-]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)|(.)", re.DOTALL)

_PLACES_KEPT = re.compile(
    r"(?:(?<![\w&])#[\w-]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?://\S+)|(.)", re.DOTALL
)


def _blank(match: re.Match[str]) -> str:
    return " " if match.group(1) is not None else match.group()


@dataclass
class ClauseReading:
    """One clause and the steps read from it (none for an event trigger)."""

    clause: Clause
    steps: list
    event: bool = False


def loose_ends(readings: list[ClauseReading], steps: list, text: str) -> list[Doubt]:
    """Return a doubt for each part of `text` that no step accounts for."""
    text = _blank_triggers(readings, text)
    found = [*_places(steps, text), *_schedule_words(readings, text), *_shape(readings, steps)]
    previous_guard = False
    collected = ""  # the words of the clauses that fetched or classified what is delivered
    for reading in readings:
        found += clause_ends(reading, guarded=previous_guard)
        if collected and not previous_guard:
            found += bare_subset(reading, collected)
        if reading.steps:
            previous_guard = reading.steps[-1].action in _CONDITION_ACTIONS
        if any(s.action in _FETCHES or s.action == "classify" for s in reading.steps):
            collected += " " + reading.clause.text.lower()
    doubts = []
    for index, what in enumerate(dict.fromkeys(found)):
        cost = _COST if index == 0 else _MORE
        spent = sum(d.cost for d in doubts)
        if spent >= _MAX:
            break
        doubts.append(Doubt(min(cost, _MAX - spent), f"uncertain: {what}"))
    return doubts


def _blank_triggers(readings: list[ClauseReading], text: str) -> str:
    """Blank the words of triggers and tests, which name no place a step must reach."""
    # A trigger's own words ("when a lead is created in Salesforce", "if the API returns a
    # 500") name where the event comes from, not a place a step must reach.
    # A #channel or an address inside a test is kept: a test names no destination, so one there
    # is an action the test swallowed ("if it's zero, do nothing, otherwise post it to #errors").
    for reading in readings:
        if reading.event or reading.clause.conditional:
            start, end = reading.clause.start, reading.clause.end
            kept = _DESTINATIONS.sub(_blank, text[start:end])
            if reading.event:
                # Past the event's own comma, a place is a step the splitter left on the
                # trigger ("When the ETL finishes, compare the count from https://… with …").
                comma = text.find(",", start, end)
                tail = "" if comma < 0 else _PLACES_KEPT.sub(_blank, text[comma:end])
                kept = " " * (end - start - len(tail)) + tail
            text = text[:start] + (kept or " " * (end - start)) + text[end:]
    return text


# "every message that lands in help@…", "any email which arrives at orders@…": an address in a
# relative clause of arriving is where the items come in, not a place a step must reach ("make
# sure the report lands in ceo@…" still asks for one).
_ARRIVES_AT = re.compile(
    r"\b(?:that|which)\s+(?:lands?|arrives?|comes?\s+in(?:to)?|reach(?:es)?)\s+"
    r"(?:(?:in|at|into)\s+)?$",
    _I,
)


def _places(steps: list, text: str) -> Iterable[str]:
    actions = {s.action for s in steps}
    configs = [s.config for s in steps]
    for channel in re.findall(r"(?<![\w&])#[\w-]+", text):
        if not any(c.get("channel") == channel for c in configs):
            yield f"nothing posts to {channel}"
    for match in re.finditer(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
        before = text[max(0, match.start() - 20) : match.start()].lower()
        if re.search(r"(?:mails|messages|from|sent)\s+(?:to\s+)?$", before):
            # "emails to support@x.com" is where the input came from; "an email to ap@x.com"
            # (one message) is where one goes.
            continue
        if _ARRIVES_AT.search(text[max(0, match.start() - 30) : match.start()]):
            continue  # "every message that lands in help@…": where the items come in
        if not any(match.group() in (*c.get("to", ()), *c.get("cc", ())) for c in configs):
            yield f"nothing emails {match.group()}"
    for url in URL.findall(text):  # the same URLs the steps were given
        if not any(c.get("url") == url for c in configs):
            yield f"no step calls {url}"
    if _TO_WEBHOOK.search(text) and not (
        "webhook.post" in actions or any(c.get("method") == "POST" for c in configs)
    ):
        yield "nothing posts to the webhook the text names"
    if re.search(r"\bslack\b", text, _I) and "slack.post_message" not in actions:
        yield "nothing posts to Slack, which the text names"
    named = _crm_named_unread(text, actions)
    if named:
        yield f"nothing reads from {named}, which the text names"
    text = blank_all(_OPAQUE, text)
    api = re.search(r"\b(?:api|endpoint)s?\b(?!\s+(?:[\w-]+\s+)?web-?hook)", text, _I)
    if api and "http.request" not in actions:
        yield "nothing calls the API the text names"


def unread_crm(readings: list[ClauseReading], steps: list, text: str) -> str | None:
    """Return the CRM `text` names as a source, outside triggers and tests, that no step reads."""
    text = _blank_triggers(readings, text)
    named = _crm_named_unread(text, {s.action for s in steps})
    # "copy the sign-ups into the CRM": a CRM only written to is no source.
    return named if named and _CRM_READ.search(text) else None


def _crm_named_unread(text: str, actions: set[str]) -> str | None:
    if "salesforce.query" in actions:
        return None
    text = blank_all(_OPAQUE, text)
    named = _CRM_NAMED.search(text)
    if named and "webhook.post" in actions and not _CRM_READ.search(text):
        return None  # "add them to the CRM via the CRM webhook": the webhook reaches it
    if named and _CALLED_ON.match(text, named.end()) and "http.request" in actions:
        return None  # "back up the CRM by calling https://…": the call reaches it, none reads it
    return named.group() if named else None


# The rest of a clause naming a CRM that is done by calling an address.
_CALLED_ON = re.compile(r"[^.;,]{0,40}?\bby\s+calling\s{8,}", _I)  # the address is blanked

# A CRM named, but not as a way to reach it ("the CRM webhook") nor as what a person or a thing
# bought is about ("email the CRM admin", "the Salesforce renewal"): what no step need read.
_CRM_NAMED = re.compile(
    r"\b(?:salesforce|sfdc|crm)\b(?!\s+(?:[\w-]+\s+)?web-?hook)(?!\s+(?:admin|administrator|"
    r"team|manager|consultant|owner|champion|specialist|support|licen[cs]e|renewal|contract|"
    r"invoice|bill|subscription|training|password|login|outage|migration|upgrade)s?\b)",
    _I,
)
# A CRM named anywhere but as where things go ("to the CRM", "into Salesforce").
# (the look-ahead at the first letters turns most positions away before the look-behinds run)
_CRM_READ = re.compile(
    r"(?=[cs])(?<!\bto\s)(?<!\binto\s)(?<!\bto\sthe\s)(?<!\binto\sthe\s)(?<!\bto\sour\s)"
    r"\b(?:salesforce|sfdc|crm)\b(?!\s+(?:[\w-]+\s+)?web-?hook)",
    _I,
)


# Schedule words the schedule grammar left (it blanks what it read): a weekday, a month, a clock
# time, "noon", "every other …". Outside a wait they belong to a schedule read wrong or not at all.
_SCHEDULE_WORD = re.compile(
    rf"\b(?:{DAY})(?!['\u2019]s)\b|\b(?:{MONTH})\b(?!['\u2019]s)"
    r"|\b\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)(?!\w)|\b\d{1,2}:\d\d\b"
    # "the fortnight's call-outs": a fortnight that owns data is the span the data covers; one
    # lasted or allowed ("sitting for more than a fortnight", "within a fortnight") is an age.
    r"|\b(?:noon|midday|midnight|o'clock|fortnightly|bi-?weekly|bi-?monthly)\b"
    r"|(?=fortnight)(?<!\bthan a )(?<!\bfor a )(?<!\bover a )(?<!\bleast a )(?<!\bwithin a )"
    # "booked in the next fortnight", "over the past fortnight": the span of the data, no run.
    r"(?<!\bnext )(?<!\bpast )(?<!\blast )(?<!\bcoming )(?<!\bprevious )"
    # "the fortnight after a class ends", "a fortnight later": one span waited, no run.
    r"(?<!\bthe )\bfortnight\b(?!['\u2019]s)(?!\s+(?:after|later|on)\b)"
    # "in every other case", "every other repair": the other branch, no schedule's "every other".
    rf"|\b(?:every|each)\s+(?:other{OTHER_PERIOD}|second|third|"
    r"\d+(?:st|nd|rd|th))\b",
    _I,
)


# Months after a determiner name what the data covers ("the March to May numbers"), not a run;
# so does a month or a day a state dates from ("hasn't reordered since January", "the
# opportunities created since Friday").
_DATA_MONTHS = re.compile(
    rf"\b(?:the|our|this|that|its|their)\s+{MONTH}"
    rf"(?:\s*(?:-|\u2013|\u2014|to|through|thru|until|and|or|,|&)\s*{MONTH})*"
    rf"|\bsince\s+(?:last\s+)?(?:{MONTH}|{DAY})",
    _I,
)


def _schedule_words(readings: list[ClauseReading], text: str) -> Iterable[str]:
    text = blank_told_times(text, always=True)  # "a message saying the office closes at 5pm"
    text = blank_told_days(
        text, always=True
    )  # "when …, email the client that it'll be done on Monday"
    text = blank_deadlines(text, always=True)  # "… that the calendar is due Friday"
    for reading in readings:
        if any(s.action in ("wait", "wait_for_signal") for s in reading.steps):
            start, end = reading.clause.start, reading.clause.end
            text = text[:start] + " " * (end - start) + text[end:]
    text = blank_all(_OPAQUE, text)
    text = blank_all(_DATA_MONTHS, text)  # "the Jan-Mar report"
    text = blank_cadence_classes(text)  # "classify as weekly / fortnightly / one-off"
    for match in _SCHEDULE_WORD.finditer(text):
        yield f"'{match.group()}' looks like part of the schedule, but the schedule did not read it"


# Words on a delivered object that say the classification was used: "email the categorized list".
# What a delivery names when it sends the classification whole: "email the breakdown", "post
# the counts per category", "send the grouped list".
_CLASSIFIED = re.compile(
    # "post the classification to #…": the classes themselves are what is sent.
    r"\b(?:categori[sz]ed|classified|labell?ed|tagged|sorted|grouped|breakdown|break-down"
    r"|classifications?|categori[sz]ations?"
    r"|(?:counts?|totals?|numbers?|tally|tallies)\s+(?:per|by|for\s+each)\s+\w+"
    # "group the deals by region and report the totals": the totals are per group.
    r"|the\s+(?:sub)?(?:totals|counts|sums|tallies)"
    # "group them by region and email each regional lead their list": one part per group.
    r"|each\s+(?:[\w-]+\s+){0,3}?[\w-]+\s+(?:their|its|his|her)\s+\w+)\b",
    _I,
)

# "work out which team each belongs to": a class that says where an item goes; the delivery
# after it routes by it, so no test is missing.
_ROUTED = re.compile(r"\bwhich\s+(?:team|queue|department|desk|group|owner|person)\b", _I)
# "tag each one with its subject area, and post them in #pm": the class goes on each item, and
# the delivery that sends them all sends it with them; no subset was to be picked.
_CLASS_ATTACHED = re.compile(r"\b(?:tag|label)\w*\s+(?:[\w'-]+\s+){0,3}?with\s+(?:its|their)\b", _I)
# "classify each route as keep or strip, then list to #setters": a list shown after the classes
# are made shows each item with its class; the classification is what is sent.
_LISTED = re.compile(r"^\W*(?:list|show|display)\b", _I)
_ALL_SENT = re.compile(r"\b(?:them|them\s+all|all\s+of\s+them|everything|each\s+one)\b", _I)
# "classify it by language pair and let the project managers know": people told of the item,
# with nothing named as sent, are told what it was classed as; no subset was to be picked
# ("let the teacher know about the negative ones" names one, and tests it).
_TOLD_OF_IT = re.compile(
    r"^\W*(?:(?:and|then)\s+)*(?:let\s+(?:[\w'&.-]+\s+){1,8}?know|(?:notify|inform|tell)\s+"
    r"(?:the|our|all\s+the)\s+(?:[\w'&.-]+\s+){0,4}?[\w'-]+)"
    r"(?:\s+(?:by|via|in|on|over)\s+(?:the\s+)?[#\w-]+)?\W*$",
    _I,
)


def _uses(step, literal: str) -> bool:
    said = " ".join(str(v) for v in step.config.values()).lower()
    return literal.lower() in said or literal.lower().replace(" ", "_") in said


def _waits(reading: ClauseReading) -> bool:
    return reading.steps[0].action == "wait" and reading.clause.conditional is None


def _shape(readings: list[ClauseReading], steps: list) -> Iterable[str]:
    """Yield the parts of the parse's shape no right parse of the labelled sets has had."""
    for index, reading in enumerate(readings):
        waits_after = index and readings[index - 1].steps[:1] and _waits(readings[index - 1])
        if (
            reading.event
            and index
            and reading.clause.conditional not in _ALWAYS_EVENTS
            and not waits_after
            # "support inbox → each new ticket → …": after a heading that read no step, the
            # trigger still opens the workflow.
            and any(r.steps or r.event for r in readings[:index])
            and not _trigger_after_first_step(readings, index)
            and not _need_told_first(readings[:index])
        ):
            # ("email them a survey 3 days after each delivery": the wait after the event was
            # read with the step before it, so a late trigger is no missed wait.)
            # Every trigger in the labelled sets opens the text, and there is one; a later one is
            # more likely a wait ("and, after a week, a tips email") or a test the grammar missed.
            yield (
                f"'{short(reading.clause.text)}' was read as a trigger, but it is not the first "
                "clause; it may be a wait or a condition"
            )
        literal = QUOTED.search(reading.clause.text) if reading.event else None
        if literal and not any(_uses(s, literal.group(1)) for s in steps):
            # "When an issue gets the 'security' label": a value written out on the trigger
            # says which events count; no step testing it means the test was missed.
            yield (
                f"'{literal.group(1)}' on the trigger may say which events count, "
                "but nothing tests it"
            )
    opening = readings[0] if readings else None
    if (
        opening
        and opening.clause.conditional in _TRIGGERS
        and opening.steps
        and steps
        and opening.steps[0] is steps[0]
        and opening.steps[0].action in _CONDITION_ACTIONS
        and 0.5 <= opening.steps[0].strength < 1
        # "when a lot gets a bid above its reserve price": a comparison is a test, however loose
        # its threshold ("its reserve price" is named, not numbered).
        and opening.steps[0].config.get("operator") not in ("gt", "gte", "lt", "lte")
    ):
        # Every trigger the labelled sets read as a test was read by a firm rule ("fails",
        # "finishes with errors", "over $5,000"); a loose one ("is about to …") may be the event.
        yield f"'{short(opening.clause.text)}' was read as a test, but it may be the trigger event"
    if any(s.action == "wait" and not s.config for s in steps):
        yield "a wait with no duration; it may wait for a person (a signal), not for a time"
    for before, after in pairwise(steps):
        if before.action == "classify" and after.action in _DELIVERIES:
            clause = next((r.clause.text for r in readings if after in r.steps), "")
            instructions = str(before.config.get("instructions", ""))
            routed = _ROUTED.search(instructions)
            attached = _CLASS_ATTACHED.search(instructions) and _ALL_SENT.search(clause)
            listed = _LISTED.match(clause) or _TOLD_OF_IT.match(clause)
            if not _CLASSIFIED.search(clause) and not routed and not attached and not listed:
                yield (
                    f"nothing uses the classification to choose what {after.action} sends; "
                    "a condition may be missing"
                )


def _trigger_after_first_step(readings: list[ClauseReading], index: int) -> bool:
    """Tell "tag each chat as billing or outage as soon as it closes" (a step, then its trigger)."""
    # Said in the same breath as the one step before it, with no comma or "and" between them,
    # "as soon as" names when that step runs, as it would opening the text.
    if index != 1 or readings[1].clause.conditional != "as soon as" or not readings[0].steps:
        return False
    first, trigger = readings[0].clause, readings[1].clause
    return first.sentence == trigger.sentence and trigger.start - first.end <= 1


def _need_told_first(readings: list[ClauseReading]) -> bool:
    """Tell "Claims over £500 need her OK. When one is submitted, …" (a rule, then the trigger)."""
    read = [r for r in readings if r.steps]
    return bool(read) and all(NEEDS_APPROVAL.match(r.clause.text) for r in read)


# "…, whenever a patient's glasses come back": an opener that only ever names an event, which
# is the trigger wherever it stands (a wait or a test is never "whenever …").
_ALWAYS_EVENTS = frozenset({"whenever", "every time", "each time", "any time", "anytime"})
_TRIGGERS = (
    frozenset(
        {"when", "whenever", "once", "as soon as", "after", "every time", "each time", "any time"}
    )
    | MOMENT_OPENERS
)
