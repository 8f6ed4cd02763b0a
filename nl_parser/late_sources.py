"""A source named after the steps that read it: "…; the incidents are at https://…".

People often say what to do first and where the data lives after it ("send a summary of the
overnight incidents to …; the incidents are at https://…", "alert #hr-ops whenever a contract is
about to expire; check https://…/contracts every Monday"). The fetch that sentence makes runs
first: nothing before it fetched, and nothing after it uses what it fetched.
"""

import re
from typing import Protocol

from nl_parser.corrections import names_medium_and_place, names_medium_only
from nl_parser.destinations import DELIVERY_ACTIONS, URL
from nl_parser.drafts import StepDraft
from nl_parser.receivers import REACHED_AT
from nl_parser.verbs import lemma

_FETCHES = ("http.request", "salesforce.query")
_WAITS = ("wait", "wait_for_signal")
_READS_DATA = {"check_status", "summarize", "generate_report", "extract", "classify"}

# The nouns that end a system's name ("the Thimblewick Dairy routing system", "our rota app"): a
# cheap test before the patterns that read one.
SYSTEM_NOUNS = ("system", "portal", "platform", "app", "database", "tracker")
# "it lives in the Thimblewick Dairy routing system": a system named without its address is a
# source all the same (a call to it).
NAMED_SYSTEM = (
    r"(?:the|our|their|its)\s+(?:[\w'&.-]+\s+){0,5}?"
    r"(?:system|portal|platform|app|database|tracker)(?![\w-])"
)
# "the rota is kept in our app", "they're published at https://…", "it's posted on …": a
# participle of where the data was put, in the passive, says where it is read from.
_PUT_THERE = r"(?:kept|stored|held|published|posted|listed|hosted|uploaded|shared|logged)"
# "the payouts are at https://…", "the data lives in Salesforce", "the rota is kept in our app",
# "They're at https://…" (a contracted verb of being), "check https://… every Monday".
# "Our cheese cave has a humidity sensor at https://…": what it has is read there, as what it
# keeps, publishes or provides there ("The society keeps its plot list at https://…"), however
# it is counted and told ("has about 450 scanned delivery notes from last quarter sitting at …",
# "has an export of 2,300 old customer reviews at … that nobody has ever looked at").
# "the old one coughed up 2,400 patron emails as a single export at …", "it spat out 3,000
# tickets at …": what a system handed over, counted, is had there all the same.
_HANDED_OVER = (
    r"(?:coughed\s+up|spat\s+out|churned\s+out|dumped|exported|produced|generated"
    r"|gave\s+(?:us|me)|handed\s+(?:us|me|over))"
)
# "… is our source of truth", "… are the master copy": what the thing at the address is to us.
_IS_WHAT = r"\s+(?:is|are)\s+(?:our|the|their)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+(?=\W*$)"
NAMES_A_SOURCE = re.compile(
    # Every clause is asked; one naming no URL, Salesforce or system is let go before the long
    # telling.
    r"^(?=[\s\S]*?(?:://|salesforce|system|portal|platform|app|database|tracker))"
    # "Our membership secretary at Kittiwake Sailing Club has …": who has it may be named with
    # where they work; "The 1,200 signed timesheets for Brookvale Care are at …": what is there
    # may be counted, and whom it is for named.
    r"\W*(?:(?:the|our|their|its)\s+)?(?:(?:\d[\d,]*\s+)?(?:[\w'-]+\s+){0,4}?"
    r"(?:(?:at|of|from|for)\s+(?:the\s+)?(?-i:[A-Z])[\w'&-]*(?:\s+(?-i:[A-Z])[\w'&-]*){0,4}\s+)?"
    r"(?:(?:is|are)\s+" + _PUT_THERE + r"|is|are|lives?|sits?|can\s+be\s+found|comes?|"
    # "We've got 600 waivers … at https://…": held, as "have" says.
    r"(?:has|have|got|keeps?|publish(?:es)?|provides?|exposes?|" + _HANDED_OVER + r")\s+"
    r"(?:(?:about|around|roughly|nearly|almost|some|approximately)\s+)?"
    r"(?:an?|the|its|their|our|several|many|hundreds|thousands|\d[\d,]*)\s+"
    r"(?:[\w'\u2019,-]+\s+){0,8}?[\w-]+)"
    r"|(?:[\w-]+\s+){0,3}?[\w-]+'(?:re|s)(?:\s+" + _PUT_THERE + r")?"
    # "the booking system at https://… is our source of truth": a thing named with its address,
    # then what it is to us, says where the data is read all the same.
    r"|(?:the|our|their|its)\s+(?:[\w'-]+\s+){0,3}?[\w-]+"
    r"(?=\s+at\s+https?://\S+" + _IS_WHAT + r"))\s+"
    r"(?P<source>(?:at|in|on|from)\s+(?:https?://\S+|salesforce|" + NAMED_SYSTEM + "))"
    r"(?:" + _IS_WHAT + r")?"
    # "… that nobody has ever looked at properly": what is said of the data, not a step (a duty
    # or a place in it is one).
    # "… and is dreading typing them up": how the one who has them feels, no step either.
    r"(?:\s+(?:that|which|and\s+(?:is|are)(?=\s+(?:[\w'-]+\s+){0,2}?\w+ing\b))\s+"
    r"(?![^@#/]*\b(?:should|must|needs?\s+to|has\s+to|have\s+to|be)\b)"
    r"[^@#/]*?)?"
    # "…, their list is dentists@…": an address stated after it is the email's (receivers.py).
    r"(?:(?:[,;]\s*(?:and\s+)?|\s+and\s+)" + REACHED_AT + r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?\W*$",
    re.IGNORECASE,
)
_SOURCE_STATEMENT = re.compile(
    NAMES_A_SOURCE.pattern
    # "check https://… every 15 min pls": a courtesy after the address says nothing more.
    + r"|^\W*(?:check|fetch|pull|get|poll|hit|call|query)\s+(?:https?://\S+|salesforce)"
    r"(?:\s+(?:pls|plz|please|thanks|thx|ty))?\W*$",
    re.IGNORECASE,
)

# "…; pull it from https://…", "You can pull it from https://…": a fetch whose object points back at
# what the steps before delivered names their source, in whatever sentence.
_FROM_WITH_PRONOUN = re.compile(
    r"^\W*(?:(?:you|we)\s+(?:can|could|should)\s+)?(?:fetch|pull|get|grab|take|read)\s+(?:it|them|those|these|that|this|the\s+data)\s+"
    r"from\s+(?:https?://\S+|salesforce)\W*$",
    re.IGNORECASE,
)


class _Part(Protocol):
    """What one clause read: its text and the steps it made."""

    @property
    def text(self) -> str: ...

    @property
    def sentence(self) -> int: ...


class _Reading(Protocol):
    clause: _Part
    steps: list[StepDraft]


_POINTS_BACK_FIRST = re.compile(r"^\W*(?:it|they|these|those)\b", re.IGNORECASE)
# "summarise the minutes (they're at https://…) and email …": a source stated in brackets; "need
# the route reset list (https://…) dropped into #setters": an address alone in brackets after
# the data is where it lives, the same.
_SOURCE_IN_BRACKETS = re.compile(
    r"\(\s*(?:(?:it|they|these|those|the\s+[\w-]+)(?:['\u2019](?:s|re)|\s+(?:is|are|lives?|sits?))"
    r"\s+(?:at|on|in)\s+)?(?P<url>https?://[^\s)]+)\s*\)",
    re.IGNORECASE,
)


def fetch_first(parts: list[_Reading], steps: list[StepDraft]) -> None:
    """Move a fetch named only after the steps that read its data to the front, in place."""
    _source_in_brackets(parts, steps)
    _fetch_told_source(parts, steps)
    _source_between(parts, steps)
    _drop_guessed_fetch(parts, steps)
    _drop_told_fetch(parts, steps)
    if len(steps) < 2 or steps[-1].action not in _FETCHES:
        return
    before = {step.action for step in steps[:-1]}
    # Never across a wait ("wait 30 mins, then call https://…" runs in the order written).
    if before & {*_FETCHES, *_WAITS}:
        return
    last = next((part for part in reversed(parts) if part.steps), None)
    if last is None or last.steps != [steps[-1]]:
        return
    # "check https://… every Monday" names the source of a test or summary before it only in a
    # sentence of its own.
    if (
        NAMES_A_SOURCE.match(last.clause.text)
        or _FROM_WITH_PRONOUN.match(last.clause.text)
        or (
            last.clause.sentence > 0
            and (before & _READS_DATA or _only_sends(steps[:-1]))
            and _SOURCE_STATEMENT.match(last.clause.text)
        )
    ):
        steps.insert(0, steps.pop())
        _drop_tests_the_source_chose(parts, steps)


# "… the daily rates published at https://…, retrieved at 06:00 each weekday", "…, pulled fresh
# each morning": a participle of fetching left alone (its time is the schedule's) tells how the
# data named before is got; it is no second fetch when a step before fetches it.
_TOLD_FETCHED = re.compile(
    r"^\W*(?:(?:which\s+|that\s+)?(?:is\s+|are\s+|gets?\s+|to\s+be\s+)?)?(?:freshly\s+)?"
    r"(?:retrieved|fetched|pulled|downloaded|collected|gathered|grabbed|obtained|refreshed|"
    r"updated|polled|read)(?:\s+(?:fresh|anew|again|daily|each\s+time|from\s+(?:it|there)))?\W*$",
    re.IGNORECASE,
)


def _drop_told_fetch(parts: list[_Reading], steps: list[StepDraft]) -> None:
    last = next((part for part in reversed(parts) if part.steps), None)
    if last is None or len(last.steps) != 1 or last.steps[0].action not in _FETCHES:
        return
    told = last.steps[0]
    if told.config or not _TOLD_FETCHED.match(last.clause.text):
        return
    if not any(s.action in _FETCHES for s in steps if s is not told):
        return
    steps[:] = [step for step in steps if step is not told]
    last.steps[:] = []


def _drop_guessed_fetch(parts: list[_Reading], steps: list[StepDraft]) -> None:
    # "post today's scrim schedule in #team …? it's at https://…": the fetch guessed for a
    # period's data with no source is the one the later sentence names.
    if len(steps) < 2 or steps[-1].action not in _FETCHES or steps[0].action not in _FETCHES:
        return
    if steps[0].config or not steps[-1].config:
        return
    last = next((part for part in reversed(parts) if part.steps), None)
    if last is None or last.steps != [steps[-1]] or not NAMES_A_SOURCE.match(last.clause.text):
        return
    guessed = steps.pop(0)
    for part in parts:
        part.steps[:] = [step for step in part.steps if step is not guessed]


# Words of a test's field that say nothing of which items: "$.due_date" tests "due".
_FIELD_ONLY = frozenset({"", "date", "at", "status", "value"})


def _drop_tests_the_source_chose(parts: list[_Reading], steps: list[StepDraft]) -> None:
    # "email … their jobs due today …; the jobs come from https://…/jobs/due-today": the source
    # named after the delivery already picks the items its filter would.
    url = str(steps[0].config.get("url", "")).lower()
    named = set(re.findall(r"[a-z]+", url.split("://", 1)[-1]))
    for step in [s for s in steps[1:] if s.action == "check_status"]:
        config = step.config
        words = {
            *re.findall(r"[a-z]+", str(config.get("field", "")).lower()),
            str(config.get("value", "")).lower(),
        }
        words -= _FIELD_ONLY
        if words and words <= named:
            steps.remove(step)
            for part in parts:
                if step in part.steps:
                    part.steps.remove(step)


def _source_in_brackets(parts: list[_Reading], steps: list[StepDraft]) -> None:
    if not steps or any(step.action in _FETCHES for step in steps):
        return
    for part in parts:
        stated = _SOURCE_IN_BRACKETS.search(part.clause.text)
        # "post it to the webhook (https://hooks…)": an address a step already goes to is no source.
        if stated and not any(stated["url"] in step.config.values() for step in steps):
            steps.insert(0, StepDraft("http.request", {"url": stated["url"]}, 0.85, "call the API"))
            return


def _only_sends(steps: list[StepDraft]) -> bool:
    """Tell whether `steps` are one delivery of data, its source told after ("FROM: https://…")."""
    # "JOB: send next week's rota / FROM: https://…": what is sent is what the fetch reads.
    return len(steps) == 1 and steps[0].action in DELIVERY_ACTIONS and bool(steps[0].config)


def _fetch_told_source(parts: list[_Reading], steps: list[StepDraft]) -> None:
    # "Our distributor has a feed at https://…. Every Wednesday, grab that feed, …": the source
    # told in a sentence of its own is what the later fetch, naming none, reads; one call.
    told = next((part for part in parts if part.steps), None)
    if told is None or len(told.steps) != 1 or not told.steps[0].config.get("url"):
        return  # the cheap tests first: most texts open on a step, not on where data lives
    source = told.steps[0]
    if source.action != "http.request" or not NAMES_A_SOURCE.match(told.clause.text):
        return
    at = next((i for i, step in enumerate(steps) if step is source), None)
    later = (
        next((s for s in steps[at + 1 :] if s.action in _FETCHES), None) if at is not None else None
    )
    if later is None or later.action != source.action or later.config:
        return
    later.config = dict(source.config)
    later.strength = max(later.strength, source.strength)
    del steps[at]
    told.steps[:] = []


def _source_between(parts: list[_Reading], steps: list[StepDraft]) -> None:
    # "a digest of escalated tickets …; the tickets are at https://… and the digest goes to …":
    # a source stated between a step that reads its data and the delivery runs first too.
    for part in parts:
        if len(part.steps) != 1 or not NAMES_A_SOURCE.match(part.clause.text):
            continue
        at = next((i for i, step in enumerate(steps) if step is part.steps[0]), None)
        before = {step.action for step in steps[:at]} if at else set()
        # "… should be emailed to …. It lives at https://…": "it" points back at what the steps
        # before delivered, so the source is fetched first whatever they did with it.
        reads = before & _READS_DATA or _POINTS_BACK_FIRST.match(part.clause.text)
        if at and reads and not before & {*_FETCHES, *_WAITS}:
            steps.insert(0, steps.pop(at))
            _drop_tests_the_source_chose(parts, steps)
        return


# "email the lead list from salesforce to m@x.com - actually send it to the webhook instead":
# the correction changes where it goes; what went, and where it came from, stays. So it does
# when the correction names the medium alone ("post the register from https://… in #staff —
# sorry, make that the rota webhook"), or the medium with its place ("… in #drivers — er,
# make that an email to vans@…").
_CORRECTED_SOURCE = re.compile(
    rf"\bfrom\s+(?:(?P<url>{URL.pattern})|(?:the\s+)?(?:salesforce|sfdc|crm)\b)",
    re.IGNORECASE,
)
_POINTS_BACK = re.compile(r"\b(?:it|them|those|these)\b", re.IGNORECASE)


def keep_corrected_source(corrections: list[tuple[str, str]], steps: list[StepDraft]) -> None:
    """Fetch first what a corrected delivery's words read from, when no step fetches it."""
    if any(s.action in _FETCHES for s in steps):
        return
    for dropped, kept in corrections:
        source = _CORRECTED_SOURCE.search(dropped)
        if source and (
            _POINTS_BACK.search(kept) or names_medium_only(kept) or names_medium_and_place(kept)
        ):
            if source["url"]:
                step = StepDraft("http.request", {"url": source["url"]}, 0.85, "call the API")
            else:
                step = StepDraft("salesforce.query", {}, 0.85, "query Salesforce")
            steps.insert(0, step)
            return


def read_named_crm_first(steps: list[StepDraft]) -> None:
    """Read the CRM the text names, and no step reads, before the first step that is no wait."""
    # "pull every open lead out of Salesforce and email the ones that …", "salesforce → last
    # week's leads → #growth": whatever verb or arrow named it, the CRM is where the data starts.
    first = next((i for i, s in enumerate(steps) if s.action not in _WAITS), len(steps))
    steps.insert(first, StepDraft("salesforce.query", {}, 0.8, "query Salesforce", need="soft"))


# "From https://…/new,", "out of Salesforce:": a source alone, its preposition before it.
_SOURCE_PUT_FIRST = re.compile(
    r"^[\W_]*(?:from|using|out\s+of)\s+(?:the\s+|our\s+)?(?:https?://\S+?|salesforce|sfdc)"
    r"[\s\W]*$",
    re.IGNORECASE,
)


def drop_source_fetched_again(parts: list[_Reading], steps: list[StepDraft]) -> None:
    """Drop, in place, a fetch right after a source put first that reads no other source."""
    # "out of Salesforce, pull every opportunity that …", "From https://…, pull the new orders":
    # the source heads the fetch after it, which reads it rather than a second source.
    for part in parts:
        if len(part.steps) != 1 or not _SOURCE_PUT_FIRST.match(part.clause.text):
            continue
        first = part.steps[0]
        at = next((i for i, s in enumerate(steps) if s is first), len(steps))
        then = steps[at + 1] if at + 1 < len(steps) else None
        if then is None or then.action not in _FETCHES or then.config.get("url"):
            continue
        if then.action != first.action and then.strength >= 1.0 and not then.doubt:
            continue  # "From https://…, query Salesforce for …": two sources, both read
        first.subject = then.subject or first.subject
        del steps[at + 1]
        for other in parts:
            other.steps[:] = [s for s in other.steps if s is not then]


# "Salesforce", "the CRM", "https://…": a source the fetch's own clause names.
_SOURCE_NAMED = re.compile(r"https?://|\b(?:salesforce|sfdc|crm)\b", re.IGNORECASE)


def _crm_guessed(told: StepDraft, then: StepDraft, parts: list[_Reading]) -> bool:
    """Tell whether `then` queries the CRM only by guess, after an API told of by `told`."""
    # "Those live at https://…. Every evening, grab tomorrow's club bookings": the bookings
    # are read where they were told to live, not from a CRM the clause never names.
    if told.action != "http.request" or then.action != "salesforce.query" or then.need != "soft":
        return False
    own = next((p for p in parts if any(s is then for s in p.steps)), None)
    return own is not None and _SOURCE_NAMED.search(own.clause.text) is None


# "Spokesmith Cycles keeps its service plans in Salesforce", "they're all sitting at https://…":
# where the items are kept, told of a subject rather than asked.
_KEPT_AT = re.compile(
    r"\b(?:keeps?|kept|stores?|stored|holds?|held|lives?|sits?|sitting|living|are|is|"
    r"(?<=['\u2019])(?:re|s))\b(?:\s+[\w'-]+){0,5}?\s+(?:in|at|on)\s+(?:the\s+|our\s+)?"
    r"(?:https?://|salesforce\b|sfdc\b)",
    re.IGNORECASE,
)
_KEPT_WORDS = ("keep", "kept", "stor", "hold", "held", "live", "sit", "are", " is", "re ", "s ")


def drop_source_told_as_state(parts: list[_Reading], steps: list[StepDraft]) -> None:
    """Drop, in place, a fetch read from where items are kept when a fetch of it follows."""
    # "… they're all sitting at https://…. Could you fetch them, …": the telling names the
    # source; the fetch asked for after it reads that source, not a second one.
    for part in parts:
        if len(part.steps) != 1 or part.steps[0].action not in _FETCHES:
            continue
        text = part.clause.text
        lowered = text.lower()
        if not any(word in lowered for word in _KEPT_WORDS):  # the cheap test first
            continue
        first_word = lowered.split(maxsplit=1)[0] if lowered.split() else ""
        if lemma(first_word) or not _KEPT_AT.search(text):
            continue  # "get the deals that are in Salesforce": asked, not told
        told = part.steps[0]
        at = next((i for i, s in enumerate(steps) if s is told), len(steps))
        then = steps[at + 1] if at + 1 < len(steps) else None
        if then is None or then.config.get("url"):
            continue
        if then.action != told.action:
            if not _crm_guessed(told, then, parts):
                continue
            then.action, then.phrase, then.need = told.action, told.phrase, told.need
        then.config = {**told.config, **then.config}
        if told.config.get("url"):  # the source is named after all: no doubt of an assumed API
            then.doubt, then.strength = "", max(then.strength, 0.9)
        del steps[at]
        part.steps[:] = []
