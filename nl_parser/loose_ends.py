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

Each is a Doubt naming the words, so `warnings` tells a person which part to check.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from nl_parser import verbs
from nl_parser.calendar_words import DAY, MONTH
from nl_parser.catalog import CATALOG
from nl_parser.clauses import Clause
from nl_parser.confidence import Doubt
from nl_parser.filters import FILTER_ADJECTIVES, NOT_FILTERS
from nl_parser.lexicon import NUMBER_WORDS, STOPWORDS, TOKEN_RE, word_set
from nl_parser.message_content import blank_told_times, content_start
from nl_parser.qualifiers import find_qualifier
from nl_parser.waits import DURATION

_I = re.IGNORECASE
# A loose end is where a wrong parse hides: one puts an otherwise sure parse near 0.58, since
# about half the parses with one were wrong on first looks at held-out text.
_COST = 0.4
_MORE = 0.12
_MAX = 0.55

_STEP_VERBS = (
    verbs.DELIVER | verbs.CREATE | verbs.SUMMARIZE | verbs.CLASSIFY | verbs.EXTRACT | verbs.DELAY
) - {"make", "put", "build", "post", "hold", "drop", "page", "text", "tag", "label", "share"}
_AGENT_VERBS = verbs.CREATE | verbs.SUMMARIZE | verbs.CLASSIFY | verbs.EXTRACT
_DETERMINERS = word_set(
    "a an the this that these those each every our their its your my any some no one"
)
_TESTS = word_set(
    """
    not no without than except excluding skipping ignoring omitting never isn't aren't wasn't
    weren't hasn't haven't doesn't don't didn't won't
    """
)
_FETCHES = frozenset({"http.request", "salesforce.query"})
_DELIVERIES = frozenset({"email.send", "slack.post_message", "webhook.post"})
_AGENTS = frozenset(CATALOG["agent"])
_GUARDED = frozenset({"check_status", "evaluate", "wait", "wait_for_signal", "pick"})
_CONDITION_ACTIONS = frozenset(CATALOG["condition"])
_TO_WEBHOOK = re.compile(
    r"\b(?:to|into|via|at)\s+(?:the\s+|our\s+|a\s+)?(?:[\w-]+\s+){0,2}web-?hook", _I
)
_OBJECT_FOLLOWS = frozenset(_DETERMINERS | {"them", "it", "him", "her", "us", "me", "out", "up"})
_OPAQUE = re.compile(r"https?://\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|#[\w-]+")
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|'[^']{3,}'")


# "after a week", "two days later": a wait written inside a clause ("email them a welcome note and,
# after a week, a tips email").
_LATER = re.compile(
    rf"\bafter\s+{DURATION.pattern}|{DURATION.pattern}\s+(?:later|after\s+that|afterwards)\b",
    _I,
)
_RANKING = re.compile(r"\b(?:top|bottom|first|last)\s+\d+\s+(?:[\w-]+ing\s+)?", _I)


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
    found = [*_places(steps, text), *_schedule_words(readings, text), *_shape(readings, steps)]
    previous_guard = False
    collected = ""  # the words of the clauses that fetched or classified what is delivered
    for reading in readings:
        found += _clause_ends(reading, guarded=previous_guard)
        if collected and not previous_guard:
            found += _bare_subset(reading, collected)
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


def _places(steps: list, text: str) -> Iterable[str]:
    actions = {s.action for s in steps}
    configs = [s.config for s in steps]
    for channel in re.findall(r"(?<![\w&])#[\w-]+", text):
        if not any(c.get("channel") == channel for c in configs):
            yield f"nothing posts to {channel}"
    for match in re.finditer(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
        before = text[max(0, match.start() - 20) : match.start()].lower()
        if re.search(r"(?:mails?|messages?|from|sent)\s+(?:to\s+)?$", before):
            continue  # "emails to support@x.com" is where the input came from
        if not any(match.group() in c.get("to", ()) for c in configs):
            yield f"nothing emails {match.group()}"
    for url in re.findall(r"https?://[^\s,;]+[^\s,;.!?)]", text):
        if not any(c.get("url") == url for c in configs):
            yield f"no step calls {url}"
    if _TO_WEBHOOK.search(text) and not (
        "webhook.post" in actions or any(c.get("method") == "POST" for c in configs)
    ):
        yield "nothing posts to the webhook the text names"
    if re.search(r"\bslack\b", text, _I) and "slack.post_message" not in actions:
        yield "nothing posts to Slack, which the text names"
    text = _OPAQUE.sub(lambda m: " " * len(m.group()), text)
    named = re.search(r"\b(?:salesforce|sfdc|crm)\b(?!\s+(?:[\w-]+\s+)?web-?hook)", text, _I)
    if named and "webhook.post" in actions and not _CRM_READ.search(text):
        named = None  # "add them to the CRM via the CRM webhook": the webhook reaches it
    if named and "salesforce.query" not in actions:
        yield f"nothing reads from {named.group()}, which the text names"
    api = re.search(r"\b(?:api|endpoint)s?\b(?!\s+(?:[\w-]+\s+)?web-?hook)", text, _I)
    if api and "http.request" not in actions:
        yield "nothing calls the API the text names"


# A CRM named anywhere but as where things go ("to the CRM", "into Salesforce").
_CRM_READ = re.compile(
    r"(?<!\bto\s)(?<!\binto\s)(?<!\bto\sthe\s)(?<!\binto\sthe\s)(?<!\bto\sour\s)"
    r"\b(?:salesforce|sfdc|crm)\b(?!\s+(?:[\w-]+\s+)?web-?hook)",
    _I,
)


# Schedule words the schedule grammar left (it blanks what it read): a weekday, a month, a clock
# time, "noon", "every other …". Outside a wait they belong to a schedule read wrong or not at all.
_SCHEDULE_WORD = re.compile(
    rf"\b(?:{DAY})(?!['\u2019]s)\b|\b(?:{MONTH})\b(?!['\u2019]s)"
    r"|\b\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)(?!\w)|\b\d{1,2}:\d\d\b"
    r"|\b(?:noon|midday|midnight|o'clock|fortnight(?:ly)?|bi-?weekly|bi-?monthly)\b"
    r"|\b(?:every|each)\s+(?:other|second|third|\d+(?:st|nd|rd|th))\b",
    _I,
)


def _schedule_words(readings: list[ClauseReading], text: str) -> Iterable[str]:
    text = blank_told_times(text, always=True)  # "a message saying the office closes at 5pm"
    for reading in readings:
        if any(s.action in ("wait", "wait_for_signal") for s in reading.steps):
            start, end = reading.clause.start, reading.clause.end
            text = text[:start] + " " * (end - start) + text[end:]
    text = _OPAQUE.sub(lambda m: " " * len(m.group()), text)
    for match in _SCHEDULE_WORD.finditer(text):
        yield f"'{match.group()}' looks like part of the schedule, but the schedule did not read it"


# Words on a delivered object that say the classification was used: "email the categorized list".
# What a delivery names when it sends the classification whole: "email the breakdown", "post
# the counts per category", "send the grouped list".
_CLASSIFIED = re.compile(
    r"\b(?:categori[sz]ed|classified|labell?ed|tagged|sorted|grouped|breakdown|break-down"
    r"|(?:counts?|totals?|numbers?|tally|tallies)\s+(?:per|by|for\s+each)\s+\w+)\b",
    _I,
)


_QUOTED = re.compile(
    r"(?<![\w'])['\"\u2018\u201c]([^'\"\u2019\u201d]{2,40})['\"\u2019\u201d](?!\w)"
)


def _uses(step, literal: str) -> bool:
    said = " ".join(str(v) for v in step.config.values()).lower()
    return literal.lower() in said or literal.lower().replace(" ", "_") in said


def _shape(readings: list[ClauseReading], steps: list) -> Iterable[str]:
    """Yield the parts of the parse's shape no right parse of the labelled sets has had."""
    for index, reading in enumerate(readings):
        if reading.event and index:
            # Every trigger in the labelled sets opens the text, and there is one; a later one is
            # more likely a wait ("and, after a week, a tips email") or a test the grammar missed.
            yield (
                f"'{_short(reading.clause.text)}' was read as a trigger, but it is not the first "
                "clause; it may be a wait or a condition"
            )
        literal = _QUOTED.search(reading.clause.text) if reading.event else None
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
    ):
        # Every trigger the labelled sets read as a test was read by a firm rule ("fails",
        # "finishes with errors", "over $5,000"); a loose one ("is about to …") may be the event.
        yield f"'{_short(opening.clause.text)}' was read as a test, but it may be the trigger event"
    if any(s.action == "wait" and not s.config for s in steps):
        yield "a wait with no duration; it may wait for a person (a signal), not for a time"
    for before, after in pairwise(steps):
        if before.action == "classify" and after.action in _DELIVERIES:
            clause = next((r.clause.text for r in readings if after in r.steps), "")
            if not _CLASSIFIED.search(clause):
                yield (
                    f"nothing uses the classification to choose what {after.action} sends; "
                    "a condition may be missing"
                )


_TRIGGERS = frozenset(
    {"when", "whenever", "once", "as soon as", "after", "every time", "each time", "any time"}
)
# Words that may open a delivered object without making it a bare noun ("post updates to …").
_NOT_BARE = word_set(
    """
    them it him her us me everyone everybody anyone anything everything all both
    to in on at via by about with for from into out over back along new latest fresh recent
    last next yesterday today tonight
    reminders messages notes notifications alerts updates nudges emails texts
    """
)
_MEASURES = word_set(
    """
    numbers figures totals counts rates stats statistics metrics results values readings scores
    prices amounts balances data details records rows entries items
    """
)


def _bare_subset(reading: ClauseReading, collected: str) -> Iterable[str]:
    """Yield a bare plural object the fetch did not name ("flag detractors in #cx-alerts")."""
    made = {s.action for s in reading.steps}
    if reading.event or reading.clause.conditional or not made & _DELIVERIES or made - _DELIVERIES:
        return
    main = verbs.main_verb(reading.clause.text)
    words = reading.clause.text[main[1] :].split() if main else []
    if words[:1] == ["the"] and words[2:3] in (["to"], ["in"], ["on"], []):
        # "send the detractors to #cx": a kind named with only "the"; but "the numbers", "the
        # results" name what was fetched by what it measures, the whole of it.
        words = [] if words[1:2] and words[1].lower() in _MEASURES else words[1:]
    word = words[0].lower().strip(",.;:") if words else ""
    if (
        len(word) < 4
        or not word.isalpha()
        or not word.endswith("s")
        or word in _DETERMINERS
        or word in _NOT_BARE
        or word in STOPWORDS
        or word.rstrip("s")[:5] in collected
    ):
        return
    # A kind of item the fetch did not name, with no determiner: a subset ("detractors",
    # "bugs", "leads from Germany") more often than the whole.
    yield f"'{words[0]}' may name a subset of what was fetched, but nothing filters it"


def _clause_ends(reading: ClauseReading, *, guarded: bool) -> Iterable[str]:
    clause = reading.clause
    if reading.event:
        if clause.conditional in ("if", "unless", "only if", "in case"):
            yield f"'{_short(clause.text)}' was read as an event, not as a test"
        return
    if clause.conditional or not reading.steps:
        return
    text = _QUOTED.sub(lambda m: " " * len(m.group()), clause.text)
    if any(s.action in _DELIVERIES for s in reading.steps):
        said = content_start(text)  # "a reminder that standup starts in ten minutes"
        text = text[:said] + " " * (len(text) - said)
    # "the top 5 trending products": a ranking the source chose, not a test or a subset.
    text = _RANKING.sub(lambda m: " " * len(m.group()), text)
    text = _named_by_url(text, reading.steps)
    tokens = list(TOKEN_RE.finditer(text))
    main = verbs.main_verb(text)
    tested = guarded or any(s.action in _GUARDED for s in reading.steps)
    made = {s.action for s in reading.steps}
    fetch_only = made <= _FETCHES
    delivers = bool(made & _DELIVERIES) and not made & _AGENTS  # "classify them as spam or not"
    participle = bool(main) and text[: main[1]].split()[-1].lower().endswith("ed")
    if (
        main
        and main[0] in _AGENT_VERBS
        and not participle  # "…, summarized and posted": done to the data before it
        and re.match(r"\s*(?:from|of|and|,|$)", text[main[1] :])
    ):
        # "… and total from each invoice": a verb with no object is more likely a listed noun.
        yield f"'{text[: main[1]].split()[-1]}' has no object; it may be a noun, not a step"
    later = _LATER.search(text)
    if later and not made & {"wait", "wait_for_signal"}:
        yield f"'{later.group().strip()}' reads like a wait, but no wait was made"
    qualifier = find_qualifier(text[main[1] :]) if main and delivers and not tested else None
    if qualifier:
        yield f"'{qualifier.phrase}' may pick which items go, but nothing filters them"
    # A fetch's own filter is its query ("deals over $25k"), but not what follows a comma or "and"
    # the clause did not split at ("hit the API and, should latency pass 800 ms, …").
    after_verb = main[1] if main else 0
    boundary = re.search(r",(?!\d{3}\b)|\band\b", text[after_verb:])  # not "1,000,000"
    coordinated = after_verb + boundary.start() if boundary else len(text)
    for index, token in enumerate(tokens):
        word = token.group().lower()
        if main and token.end() == main[1]:
            continue
        before = tokens[index - 1].group().lower() if index else ""
        verb = verbs.lemma(word)
        after = tokens[index + 1].group().lower() if index + 1 < len(tokens) else ""
        if verb in _STEP_VERBS and before not in _DETERMINERS and _verb_like(word, before, after):
            family = _family(verb)
            if family and not family & made:
                kind = sorted(family)[0]
                yield f"'{token.group()}' reads like a step, but no {kind} step was made"
        elif (
            (fetch_only and token.start() < coordinated)
            or tested
            or (word, before)
            == (
                "not",
                "or",
            )
        ):
            continue  # a fetch's own filter is its query ("deals over $25k"); "spam or not"
        elif delivers and _picks_subset(word, after):
            yield f"'{_around(tokens, index)}' may pick a subset, but nothing filters it"
        elif word in _TESTS or word.isdigit() or (word in _COUNTS and after in _UNITS):
            yield f"'{_around(tokens, index)}' may be a condition, but no condition was made"


def _named_by_url(text: str, steps: list) -> str:
    """Blank the words a fetched URL's path names ("failed jobs from https://…/failed")."""
    for step in steps:
        path = step.config.get("url", "").split("://", 1)[-1].partition("/")[2]
        for word in set(re.findall(r"[a-z]{4,}", path.lower())):
            text = re.sub(rf"(?<![/\w.]){word}\b(?![/.\w])", " " * len(word), text, flags=re.I)
    return text


def _picks_subset(word: str, after: str) -> bool:
    """Tell whether a word reads as a filter on what is delivered ("risky accounts", "only")."""
    if word in ("ones", "only") or word in FILTER_ADJECTIVES:
        return True
    if word in STOPWORDS or word in NOT_FILTERS or not (after.endswith("s") and len(after) > 3):
        return False
    return word.endswith(_ADJECTIVE_ENDINGS) or (
        word.endswith("y") and not word.endswith(("ly", "ry", "ay", "ey", "oy", "ty"))
    )


_COUNTS = frozenset(NUMBER_WORDS) - {"a", "an", "one"}
_UNITS = word_set("minute minutes hour hours day days week weeks month months")
_ADJECTIVE_ENDINGS = ("ous", "ive", "ful", "less", "able", "ible", "ish", "ing")


def _verb_like(word: str, before: str, after: str) -> bool:
    """Tell whether a verb's word is written as a verb ("sending", "to post", "and total it")."""
    if word.endswith("ing") or before in ("to", "then", "before", "after"):
        return True
    # "extract the name and email": a listed noun, unless an object follows ("and email them").
    return before in ("and", "or") and (after in _OBJECT_FOLLOWS or after.startswith(("#", "@")))


def _family(verb: str) -> frozenset[str]:
    if verb in verbs.DELAY:
        return frozenset({"wait", "wait_for_signal"})
    if verb in verbs.CLASSIFY:
        return frozenset({"classify"})
    if verb in verbs.EXTRACT:
        return frozenset({"extract"})
    if verb in verbs.SUMMARIZE:
        return frozenset({"summarize", "generate_report"})
    if verb in verbs.CREATE:
        return frozenset({"generate_report", "summarize"})
    return frozenset(CATALOG["integration"]) - {"http.request", "salesforce.query"}


def _around(tokens: list[re.Match[str]], index: int) -> str:
    return " ".join(t.group() for t in tokens[max(0, index - 1) : index + 3])


def _short(text: str) -> str:
    words = text.split()
    return " ".join(words[:8]) + (" …" if len(words) > 8 else "")
