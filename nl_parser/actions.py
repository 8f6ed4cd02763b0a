"""Map one clause to workflow steps by its verb and nouns.

Fetch verbs (pull, query, fetch, call, get, check, ping…) read from Salesforce when the clause
names Salesforce or sales things (leads, deals, opportunities, CRM) and from http.request
otherwise; agent verbs (generate/write a report, summarize, classify, extract) map to agent
actions; delivery verbs (email, send, post, notify, alert…) map to the medium the clause names.
A clause may imply neighbours: "summarize tickets from the helpdesk API" needs a fetch first,
"summarize the results in Slack" a post after, "post a summary to Slack" a summary before.
"""

import re
from dataclasses import dataclass, field
from typing import Any

from nl_parser import destinations as dest
from nl_parser.conditions import CONDITION, ConditionDraft, config, read_condition
from nl_parser.filters import find_filter
from nl_parser.lexicon import NUMBER_PATTERN, parse_number, word_set
from nl_parser.qualifiers import find_qualifier

_I = re.IGNORECASE

FETCH = word_set(
    """
    pull query fetch call get retrieve grab collect load read download ping poll hit
    request check look monitor gather import scrape export run watch track find search scan
    """
)
CREATE = word_set(
    """
    generate write create compile build produce prepare draft make put chart graph plot
    visualize visualise
    """
)
SUMMARIZE = word_set(
    """
    summarize summarise recap condense analyze analyse review total tally aggregate
    """
)
CLASSIFY = word_set(
    """
    classify categorize categorise triage label tag prioritize prioritise score rank grade sort
    organize organise bucket
    """
)
EXTRACT = frozenset(["extract", "parse"])
DELIVER = word_set(
    """
    email e-mail mail send post notify alert message forward push deliver share publish
    escalate page text tell remind dm submit drop slack ping ask nudge announce broadcast inform
    warn flag thank congratulate welcome greet invite reply
    """
)
DELAY = frozenset(["wait", "pause", "sleep", "delay", "hold"])
TRANSFORM = {
    "set": "set",
    "map": "map",
    "convert": "map",
    "transform": "map",
    "format": "map",
    "reformat": "map",
    "rename": "map",
    "normalize": "map",
    "pick": "pick",
    "select": "pick",
    "keep": "pick",
    "filter": "pick",
}
STORE = word_set(
    """
    store save log update upload sync
    """
)
KNOWN_VERBS = (
    FETCH | CREATE | SUMMARIZE | CLASSIFY | EXTRACT | DELIVER | DELAY | STORE | set(TRANSFORM)
)

_REPORT = re.compile(r"\b(?:report|analysis|scorecard|dashboard|chart|graph|plot)s?\b", _I)
_SUMMARY = re.compile(
    r"\b(?:summary|summaries|digest|recap|overview|highlights|roundup|tl;?dr)\b", _I
)
_SENTIMENT = re.compile(r"\b(?:sentiment|category|categories|priority|urgency|intent)\b", _I)
_LABELS = re.compile(r"\b(?:into|as)\s+([\w-]+(?:\s*,\s*[\w-]+)*\s*,?\s*(?:or|and)\s+[\w-]+)", _I)
_CRITERIA = re.compile(r"\bby\s+([\w-]+(?:\s+[\w-]+)?)", _I)
_UNITS = {"se": 1, "mi": 60, "ho": 3600, "hr": 3600, "da": 86400, "we": 604800, "mo": 2592000}
DURATION = re.compile(
    rf"\b(half\s+an?|{NUMBER_PATTERN})\s*(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\b",
    _I,
)
_LATER = re.compile(
    rf"^(?:after|in)\s+{DURATION.pattern}|{DURATION.pattern}\s+(?:later|after\s+that|afterwards)\b",
    _I,
)
_PRESENT_AS_VERB = {"emails": "email", "sends": "send", "posts": "post"}


@dataclass
class StepDraft:
    """A step before ids: action, config, how strongly the text supports it, and its phrase."""

    action: str
    config: dict[str, Any] = field(default_factory=dict)
    strength: float = 1.0
    phrase: str = ""
    subject: str = ""
    need: str = "exact"  # "soft" when another tool would serve as well (sales data over HTTP)
    doubt: str = ""  # why the step is a guess, for `warnings` (empty when the text is explicit)


def lemma(word: str) -> str | None:
    """Return the known verb a word is a form of ("posted" → "post"), or None."""
    word = word.lower().strip(".,;:!?\"'")
    word = _PRESENT_AS_VERB.get(word, word)
    for candidate in (word, word[:-1], word[:-2], word[:-3], word[:-2] + "e" if word else ""):
        if candidate in KNOWN_VERBS:
            return candidate
    return None


def main_verb(text: str) -> tuple[str, int] | None:
    """Return the verb a clause opens with (after adverbs like "then") and where it ends."""
    for match in re.finditer(r"[A-Za-z][\w-]*", text):
        word = match.group().lower()
        if word in _LEAD_INS or (word.endswith("ly") and word not in KNOWN_VERBS):
            continue
        verb = lemma(word)
        return (verb, match.end()) if verb else None
    return None


# Instructions are imperative: a step's verb comes first, so a later "review" or "shared" is a noun.
# "let #ops know", "let the team know by email": a notification, written around its recipient.
_LET_KNOW = re.compile(r"\blet\s+((?:the\s+)?\S+(?:\s+team)?)\s+know\b", _I)

# A clause about the workflow itself, not a step of it.
_META = re.compile(
    r"^\W*(?:(?:run|do|repeat|execute|trigger)\s+(?:this|it|that|everything|all\s+(?:of\s+)?"
    r"(?:this|that)|the\s+(?:workflow|job|whole\s+thing|above))"
    r"|do\s+nothing|nothing|(?:do\s+not|don't)\s+do\s+anything)\W*$",
    _I,
)

# Spoken openers ("yo", "can you", "I want you to") come before the verb and are skipped.
_LEAD_INS = word_set(
    """
    then also please pls plz kindly and just finally next afterwards yo hey hi can could would
    will you u i we i'd we'd want need like to
    """
)


def read_clause(text: str, *, prior: list[StepDraft]) -> list[StepDraft] | None:
    """Return the steps a clause asks for ([] when it is understood but needs none; None if not)."""
    text = _LET_KNOW.sub(lambda m: "notify " + m.group(1) + " " * 5, text)
    if _META.match(text):
        return []  # "run this every 5 minutes": the schedule grammar already read the cadence
    again = _again_later(text, prior)
    if again is not None:
        return again
    if _GIVE_TIME.match(text):
        return [delay_step(text)]  # "give it 20 minutes": a wait written as an allowance
    text = _PUT_ON_HOLD.sub(lambda m: "hold " + m.group(1) + " " * 9, text)
    found = main_verb(text)
    if found is None:
        return _verbless(text, prior)
    verb, verb_end = found
    rest = text[verb_end:]
    if verb in DELAY:
        held = re.split(r"\b(?:until|till|for|pending)\b", rest, maxsplit=1)[0]
        subset = find_filter(held, after_classify=False) if held.strip() else None
        guard = (
            [StepDraft(CONDITION, subset.config, subset.strength, "keep matching items")]
            if subset
            else []
        )
        if _APPROVAL.search(rest) or (_PERSON_ACTS.search(rest) and not DURATION.search(rest)):
            return [*guard, signal_step(text)]
        return [*guard, delay_step(text)]
    if verb in TRANSFORM:
        return [StepDraft(TRANSFORM[verb], {}, 0.8, f"{verb} fields")]
    if verb in _EXCLUDE and not dest.medium(rest, ""):
        return [_excluded(rest)]
    if verb in DELIVER and not (
        (verb == "ping" and not _PERSON.search(rest))
        or (verb == "post" and dest.HTTP_WORDS.search(rest) and not dest.medium(rest, verb))
    ):
        return _deliver(verb, text, rest, prior)
    agent = _agent_action(verb, rest)
    if agent:
        return _agent(agent, verb, text, rest)
    if verb in FETCH or verb in STORE or verb == "post":
        return _fetch(verb, text, rest)
    # "create a Jira ticket via …", "build the release through the CI API": a known word used
    # for an action the catalog has no step for; its nouns say which tool does it.
    return _verbless(text, prior)


# "send a welcome email and a follow-up in 3 days", "…, then another reminder a week later":
# a second delivery, written without its verb, after a wait.
_AND_AGAIN = re.compile(
    r"(?:,\s*|\s+)(?:and|then|plus)\s+(?:then\s+)?(?:,\s*)?(?=(?:a|an|another|one\s+more)\s)", _I
)
_LATER_TAIL = re.compile(
    rf"\b(?:in|after)\s+{DURATION.pattern}\s*$|{DURATION.pattern}\s+(?:later|afterwards|on)\s*$",
    _I,
)


def _again_later(text: str, prior: list[StepDraft]) -> list[StepDraft] | None:
    """Read "X and a follow-up in 3 days" as X, a wait, then the same kind of delivery again."""
    for match in reversed(list(_AND_AGAIN.finditer(text))):
        head, tail = text[: match.start()], text[match.end() :]
        if not _LATER_TAIL.search(tail) or main_verb(tail):
            continue
        first = read_clause(head, prior=prior)
        deliveries = [s for s in first or [] if s.action in dest.DELIVERY_ACTIONS]
        if not deliveries:
            return None
        again = dest.medium(tail, "") or (deliveries[-1].action, dict(deliveries[-1].config))
        return [
            *first,
            delay_step(tail),
            StepDraft(again[0], again[1], 0.8, phrase_for(again[0])),
        ]
    return None


_ARTICLE = re.compile(r"\W*(?:a|an|another|one)\s+[a-z]", _I)


def _verbless(text: str, prior: list[StepDraft] = ()) -> list[StepDraft] | None:
    later = _LATER.search(text)
    if later:
        # "…, and two weeks later, a win-back offer by email": the wait, then the same verb again.
        after = dest.medium(text[later.end() :], "") or dest.medium(text[: later.start()], "")
        delivered = [s for s in prior if s.action in dest.DELIVERY_ACTIONS]
        # "another one two days later", "3 days later, a reminder": a thing named beside the wait.
        named = _ARTICLE.match(text[: later.start()]) or _ARTICLE.match(text[later.end() :])
        if after is None and delivered and named:
            after = (delivered[-1].action, dict(delivered[-1].config))  # "…, then another"
        steps = [delay_step(text)]
        if after:
            steps.append(StepDraft(after[0], after[1], 0.7, phrase_for(after[0])))
        return steps
    # Instructions are imperative, so a clause that opens with an unknown word opens with a verb
    # the parser does not know ("reconcile", "archive"): its steps are guesses from its nouns.
    opener = re.match(r"\W*([A-Za-z][\w'-]*)", text)
    doubt = f"the action '{opener.group(1)}' is not one the parser knows" if opener else ""
    source = dest.SOURCE.search(text)
    if source and dest.URL.search(source.group()):
        return [
            StepDraft(
                "http.request", dest.url_config(source.group()), 0.6, "call the API", doubt=doubt
            )
        ]
    if dest.URL.search(text) and not re.search(r"\bweb-?hooks?\b", text, _I):
        # "purge old sessions via https://…": an action the parser does not know, done by a call.
        return [StepDraft("http.request", dest.url_config(text), 0.6, "call the API", doubt=doubt)]
    found = dest.medium(text, "")
    if found:
        return [StepDraft(found[0], found[1], 0.6, phrase_for(found[0]), doubt=doubt)]
    if _SYSTEM.search(text):
        # "open a ticket in Jira", "restart the worker service": done by a call to that system.
        return [StepDraft("http.request", {}, 0.5, "call the API", doubt=doubt)]
    return None


# Systems a step acts on through their API when the verb is not one the catalog has.
_SYSTEM = re.compile(
    r"\b(?:api|apis|endpoint|service|server|system|database|db|jira|github|gitlab|zendesk|"
    r"hubspot|stripe|shopify|jenkins|ci|cms|erp|hr\s+system|tracker|cluster|bucket|s3)\b",
    _I,
)


# "wait for approval", "hold until approved", "pause until the manager signs off": a person
# (or a callback) lets the run go on, which is a signal wait, not a timed one.
_APPROVAL = re.compile(
    r"\b(?:for|until|till|pending)\b.*\b(?:approv\w*|sign(?:s|ed)?[- ]off|go-ahead|ok(?:ay)?ed)\b",
    _I,
)


# "wait for a sales rep to claim it", "hold until someone confirms", "hold it until finance
# confirms payment": a person lets it go on.
_PERSON_ACTS = re.compile(
    r"^\s*(?:(?:it|them|this|that|each\s+one)\s+)?(?:for|until|till)\s+"
    r"(?:(?:a|an|the|someone|somebody|[\w-]+)\s+){1,3}?"
    r"(?:(?:to\s+)?(?:claim|confirm|accept|review|sign|approve|respond|repl(?:y|ies|ied)|answer|"
    r"ack\w*)|to\s+(?!the\b|a\b)[a-z]+|(?:is|are|gets?|has\s+been)\s+[a-z]+ed\b)",
    _I,
)


# "put it on hold until finance approves": the idiom of "hold it until …".
_PUT_ON_HOLD = re.compile(r"^\s*put\s+(it|them|this|that|each\s+one)\s+on\s+hold\b", _I)

# "put it on hold until finance approves": the idiom of "hold it until …".
_PUT_ON_HOLD = re.compile(r"^\s*put\s+(it|them|this|that|each\s+one)\s+on\s+hold\b", _I)

# "give it 20 minutes", "allow them a day", "hang on for 15 minutes": the time is granted or
# sat out, not spent on a step.
_GIVE_TIME = re.compile(
    r"^\s*(?:(?:give|allow)\s+(?:it|them|things|the\s+[\w-]+)|(?:hang|hold)\s+on(?:\s+for)?|"
    rf"hold\s+off(?:\s+for)?|stand\s+by(?:\s+for)?)\s+{DURATION.pattern}\b",
    _I,
)


def signal_step(text: str) -> StepDraft:
    """Return a wait for the `approval` signal, with the text's duration as its timeout."""
    config: dict[str, Any] = {"signal": "approval"}
    match = DURATION.search(text)
    if match:
        config["timeout_seconds"] = _seconds(match)
    return StepDraft("wait_for_signal", config, 1.0, "wait for approval")


def _seconds(match: re.Match) -> int:
    amount = match.group(1).lower()
    count = 0.5 if amount.startswith("half") else parse_number(amount) or 1
    return int(count * _UNITS[match.group(2).lower()[:2]])


def delay_step(text: str) -> StepDraft:
    """Return a wait step for the duration the text gives (no config when it gives none)."""
    match = DURATION.search(text)
    if not match:
        return StepDraft("wait", {}, 0.6, "wait")
    return StepDraft("wait", {"seconds": _seconds(match)}, 1.0, f"wait {match.group().strip()}")


def _agent_action(verb: str, rest: str) -> str | None:
    if verb in CLASSIFY:
        return "classify"
    if verb in EXTRACT or (verb == "pull" and re.match(r"\s*out\b", rest, _I)):
        return "extract"
    if verb in SUMMARIZE:
        if verb.startswith("analy") and _SENTIMENT.search(rest):
            return "classify"
        return (
            "generate_report"
            if verb in ("analyze", "analyse") and _REPORT.search(rest)
            else "summarize"
        )
    if verb in _VISUAL:
        return "generate_report"  # a chart or graph is a report drawn from the data
    if verb in CREATE or verb == "run":
        if _REPORT.search(rest):
            return "generate_report"
        if _SUMMARY.search(rest):
            return "summarize"
    return None


_VISUAL = frozenset({"chart", "graph", "plot", "visualize", "visualise"})


def _agent(action: str, verb: str, text: str, rest: str) -> list[StepDraft]:
    config: dict[str, Any] = {"instructions": " ".join(text.split())}
    if action == "classify":
        labels = _LABELS.search(rest)
        if labels:
            config["labels"] = [
                w for w in re.split(r"\s*(?:,|\bor\b|\band\b)\s*", labels.group(1)) if w
            ]
        else:
            criteria = _CRITERIA.search(rest)
            if criteria:
                config["criteria"] = criteria.group(1)
    steps = _implied_source(rest)
    steps.append(StepDraft(action, config, 1.0, phrase_for(action), subject=_object_words(rest)))
    delivery = dest.destination(rest)
    if delivery:
        steps.append(StepDraft(delivery[0], delivery[1], 0.85, phrase_for(delivery[0])))
    return steps


def _fetch(verb: str, text: str, rest: str) -> list[StepDraft]:
    http_named = dest.HTTP_WORDS.search(rest)
    # "run a Salesforce query": the system may be named before the verb's object.
    if dest.SALESFORCE_NAMED.search(text):
        step = StepDraft("salesforce.query", {}, 1.0, "query Salesforce")
    elif http_named or verb in STORE or verb == "post":
        config = dest.url_config(rest)
        method = dest.http_method(text) or ("POST" if verb in STORE or verb == "post" else None)
        if method:
            config["method"] = method
        strength = 1.0 if http_named else 0.6
        step = StepDraft("http.request", config, strength, "call the API")
    elif dest.SALES_WORDS.search(text):
        step = StepDraft("salesforce.query", {}, 0.9, "query Salesforce", need="soft")
    elif verb == "check":
        return _check(rest)  # "check whether …": a condition on data the run already has
    else:
        step = StepDraft("http.request", {}, 0.7, "fetch data")
    step.subject = _object_words(rest)
    steps = [step]
    if verb == "check":
        steps += _check(rest)
    delivery = dest.destination(rest)
    if delivery:
        steps.append(StepDraft(delivery[0], delivery[1], 0.85, phrase_for(delivery[0])))
    return steps


# "drop the resolved ones", "skip anything older than a week": a filter that keeps the rest.
_EXCLUDE = frozenset({"drop", "remove", "discard", "exclude", "ignore", "skip"})


def _excluded(rest: str) -> StepDraft:
    """Return the condition that keeps what "drop the resolved ones" does not name."""
    found = find_filter(rest, after_classify=False)
    config = dict(found.config) if found else {"field": "$.status", "operator": "equals"}
    config["operator"] = "not_equals" if config["operator"] == "equals" else config["operator"]
    config.setdefault("value", _object_words(rest) or "match")
    return StepDraft(CONDITION, config, 0.75 if found else 0.5, "drop matching items")


# "ping #oncall", "ping the team on Slack": a ping to people is a message, to a URL a request.
_PERSON = re.compile(r"^\s*(?:#[\w-]+|[\w.+-]+@|(?:the\s+)?[\w-]+\s+(?:on|in|via)\s+slack\b)", _I)

_WHETHER = re.compile(r"^\s*(?:whether|if|that)\s+(.+)", _I)


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


def _deliver(verb: str, text: str, rest: str, prior: list[StepDraft]) -> list[StepDraft] | None:
    steps = _implied_source(rest)
    found = dest.medium(rest, verb)
    need = "exact"
    if found is None:
        if dest.unsupported_medium(rest):
            return None  # SMS, Teams…: the catalog cannot deliver there
        action = "slack.post_message" if verb in ("post", "message", "dm") else "email.send"
        # No medium named: any delivery tool the caller has will do (tools.py picks one).
        found, strength, need = (action, {}), 0.7, "medium"
    else:
        strength = 1.0
    also = _second_medium(rest, verb) if need == "exact" else None
    if also:
        found = dest.medium(rest[: also[0]], verb) or found
    object_text = re.split(r"\b(?:to|in|on|via|into|by)\b", rest, maxsplit=1)[0]
    # Only data from an earlier step needs making into a report: "post the traffic report from
    # the API" delivers a report the API already has.
    made_steps = _made_object(object_text, prior)
    if made_steps and not steps and not {s.action for s in prior} & _FETCHED:
        # "a summary of last week's Salesforce activity": the system it is of is read first.
        steps = _named_system(object_text)
    steps.extend(made_steps)
    actions = [s.action for s in prior]
    labels = frozenset(label for s in prior for label in s.config.get("labels", ()))
    topic = _TOPIC.search(rest)
    guarded = bool(prior) and prior[-1].action == CONDITION  # "if it is fraud, email …"
    # In "a recap of the week's closed deals" the words after the made thing are its input.
    made = _REPORT.search(object_text) or _SUMMARY.search(object_text)
    condition = (
        None
        if guarded
        else find_filter(
            (object_text[: made.start()] if made else object_text)
            + (" " + (topic.group(1) or topic.group(2)) if topic else ""),
            after_classify="classify" in actions,
            labels=labels,
            fetched=[
                f"{s.config.get('url', '').rsplit('/', 1)[-1]} {s.subject}"
                for s in prior
                if s.action in ("http.request", "salesforce.query")
            ],
        )
    )
    for_class = _FOR_CLASS.search(rest) if "classify" in actions and not guarded else None
    if condition is None and for_class:
        # "classify it by severity and page the webhook for sev1 alerts": a class named after.
        condition = find_filter(for_class.group(1), after_classify=True, labels=labels)
    if condition is None and not guarded:
        condition = _qualified(rest, actions)
    if condition:
        steps.append(
            StepDraft(
                condition.action,
                condition.config,
                condition.strength,
                "keep matching items",
                subject=object_text.strip(),
            )
        )
    steps.append(
        StepDraft(
            found[0],
            found[1],
            strength,
            phrase_for(found[0]),
            subject=_object_words(object_text),
            need=need,
        )
    )
    if also:
        steps.append(StepDraft(also[1][0], also[1][1], 0.9, phrase_for(also[1][0])))
    return steps


def _qualified(rest: str, actions: list[str]) -> ConditionDraft | None:
    """Return the filter a phrase after the delivered noun implies ("leads from Germany")."""
    qualifier = find_qualifier(rest)
    if qualifier is None or not (qualifier.excludes or set(actions) & _DATA_ACTIONS):
        return None
    field = "$.category" if "classify" in actions else "$.status"
    operator = "not_equals" if qualifier.excludes else "equals"
    return ConditionDraft(CONDITION, config(field, operator, qualifier.value), 0.7)


def _second_medium(rest: str, verb: str) -> tuple[int, tuple[str, dict]] | None:
    """Find a second medium after "and": "notify the customer by email and the team on Slack"."""
    for match in re.finditer(r"\b(?:and(?:\s+also)?|as\s+well\s+as|plus)\b", rest, _I):
        first = dest.medium(rest[: match.start()], verb)
        second = dest.medium(rest[match.end() :], "")
        if first and second and first[0] != second[0]:
            return match.start(), second
    return None


# "remind them by email about the overdue tasks": the subset may be named after the medium.
_TOPIC = re.compile(
    r"\b(?:about|regarding|concerning)\s+(.*)|(?:,\s*|\b)(?:but\s+)?only\s+(?!if\b|when\b)(.*)", _I
)
_FOR_CLASS = re.compile(r"\bfor\s+(?:the\s+|all\s+|any\s+)?([\w-]+\s+[\w-]+s)\b", _I)
_DATA_ACTIONS = frozenset({"http.request", "salesforce.query", "extract", "classify"})
_OF_SOMETHING = re.compile(r"\b(?:of|on|about|covering)\s+(?!it\b|them\b)\w", _I)


def _made_object(object_text: str, prior: list[StepDraft]) -> list[StepDraft]:
    """Return the agent step a delivered noun needs: "a summary of the tickets" is made first.

    A report or summary is made here when it is of something ("a summary of today's deploys") or
    when the steps before fetched data and nothing has summarised it yet; "the weekly digest" on
    its own is a thing that already exists, and sending it is all that is asked.
    """
    actions = {s.action for s in prior}
    if actions & {"generate_report", "summarize"}:
        return []
    # "email reports@example.com": a report named inside an address is no report to make.
    object_text = _OPAQUE.sub(" ", object_text)
    for pattern, action, strength in (
        (_REPORT, "generate_report", 0.75),
        (_SUMMARY, "summarize", 0.8),
    ):
        match = pattern.search(object_text)
        if not match:
            continue
        if _OF_SOMETHING.match(object_text[match.end() :].lstrip()) or actions & _DATA_ACTIONS:
            return [StepDraft(action, {}, strength, phrase_for(action))]
        return []
    return []


_FETCHED = frozenset({"http.request", "salesforce.query"})
_API_NAMED = re.compile(r"https?://|\b[\w-]+\s+api\b", _I)


def _named_system(text: str) -> list[StepDraft]:
    """Return the fetch for a system named inside a made thing's object, if one is named."""
    if dest.SALESFORCE_NAMED.search(text) or re.search(r"\bcrm\b", text, _I):
        return [StepDraft("salesforce.query", {}, 0.8, "query Salesforce")]
    if _API_NAMED.search(text):
        return [StepDraft("http.request", dest.url_config(text), 0.8, "call the API")]
    return []


def _implied_source(rest: str) -> list[StepDraft]:
    source = dest.SOURCE.search(rest)
    if not source:
        return []
    if dest.SALESFORCE_NAMED.search(source.group()) or re.search(r"\bcrm\b", source.group(), _I):
        return [StepDraft("salesforce.query", {}, 0.85, "query Salesforce")]
    return [StepDraft("http.request", dest.url_config(source.group()), 0.85, "call the API")]


_PHRASES = {
    "http.request": "call the API",
    "salesforce.query": "query Salesforce",
    "email.send": "send an email",
    "slack.post_message": "post to Slack",
    "webhook.post": "post to the webhook",
    "generate_report": "generate a report",
    "summarize": "summarize",
    "classify": "classify",
    "extract": "extract data",
}

_OPAQUE = re.compile(r"https?://\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|#[\w-]+")
_OBJECT_NOISE = word_set(
    """
    out salesforce sfdc crm api endpoint url query
    a an the it them its their our my your all any new latest this that these those of
    yesterday's today's todays yesterdays some data results result info information
    """
)


def phrase_for(action: str) -> str:
    """Return a short verb phrase describing an action, for descriptions."""
    return _PHRASES.get(action, action)


def _object_words(rest: str) -> str:
    """Return the head noun phrase after the verb, for names ("the latest sales data" → "sales")."""
    rest = _OPAQUE.sub(" ", rest)
    head = _head(rest)
    if not head:
        # "query Salesforce for closed deals": the object follows "for".
        after_for = re.search(r"\bfor\s+(.*)", rest, _I)
        head = _head(after_for.group(1)) if after_for else ""
    return head


def _head(text: str) -> str:
    piece = re.split(_BOUNDARY, text, maxsplit=1)[0]
    words = [w for w in re.findall(r"[A-Za-z][\w'-]*", piece) if w.lower() not in _OBJECT_NOISE]
    return " ".join(words[:3])


_BOUNDARY = re.compile(
    r"(?<![\w-])(?:to|in|on|from|for|via|into|by|with|at|and|if|when|of)(?![\w-])|[,;]", _I
)
