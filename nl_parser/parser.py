"""The built-in parser: schedule and clause grammars, tool restriction, templates, confidence."""

import re
from dataclasses import dataclass, field
from datetime import datetime

from nl_parser import confidence, naming
from nl_parser import destinations as dest
from nl_parser.actions import read_clause
from nl_parser.catalog import node_type_of
from nl_parser.clauses import SUBSET_OPENERS, Clause, marks_order_only, split_clauses
from nl_parser.conditions import (
    CONDITION,
    EVENT,
    ConditionDraft,
    read_condition,
    unread_condition,
)
from nl_parser.confidence import Doubt
from nl_parser.corrections import apply_corrections, unapplied_markers, unkept_corrections
from nl_parser.drafts import StepDraft
from nl_parser.event_states import read_state, says_which_events
from nl_parser.filters import find_filter
from nl_parser.loose_ends import ClauseReading, loose_ends
from nl_parser.message_content import blank_told_times
from nl_parser.result import ParseResult, Step
from nl_parser.schedule import parse_schedule
from nl_parser.templates import STRONG_MATCH, best_template, template_steps
from nl_parser.tools import restrict
from nl_parser.typos import mend_typos
from nl_parser.waits import DURATION, delay_step
from nl_parser.whole_parse_doubts import state_after_event, whole_parse_doubts

_NEGATED = {
    "equals": "not_equals",
    "not_equals": "equals",
    "gt": "lte",
    "gte": "lt",
    "lt": "gte",
    "lte": "gt",
}


@dataclass
class _Reading:
    steps: list[StepDraft]
    spans: list[tuple[int, int]]
    events: list[str] = field(default_factory=list)
    parts: list[ClauseReading] = field(default_factory=list)
    doubts: list[Doubt] = field(default_factory=list)


def parse_heuristic(
    text: str, allowed: frozenset[str] | None, *, now: datetime | None = None
) -> ParseResult:
    """Parse `text` with the grammars alone (no LLM)."""
    written = text
    text, mends = mend_typos(text)
    text, corrections = apply_corrections(text)
    text = _LIST_MARKER.sub(lambda m: "," + " " * (len(m.group()) - 1), text)
    text = _REQUEST.sub(lambda m: " " * len(m.group()), text)
    doubts = [confidence.typo(m.written, m.read_as) for m in mends]
    doubts += [confidence.correction(c.dropped, c.kept) for c in corrections]
    doubts += [
        Doubt(0.35, f"uncertain: '{marker}' reads like a correction, but none was applied")
        for marker in unapplied_markers(text, corrections)[:1]
    ]
    # "when a badge is used after midnight": a time on the trigger says which events count.
    event_time = _EVENT_TIME.match(text)
    timed = text if event_time is None else _blank_span(text, event_time.span(1))
    timed = blank_told_times(timed)  # "… with a note that the window opens at 10"
    schedule = parse_schedule(timed, now=now)
    doubts += _corrections_kept(corrections, schedule)
    masked = text
    for start, end in schedule.spans:
        masked = masked[:start] + " " * (end - start) + masked[end:]
    reading = _read_steps(split_clauses(masked), scheduled=schedule.schedule is not None)
    if schedule.schedule:
        doubts += _fetch_for_condition(reading.steps, masked)
        # A scheduled run has no trigger event, so an "if/when" read as one was likely misread.
        doubts += [confidence.event_on_schedule(event) for event in reading.events]
    loose = [*reading.doubts, *loose_ends(reading.parts, reading.steps, masked)]
    doubts += loose
    restricted = restrict(reading.steps, allowed)
    warnings = [*schedule.warnings, *restricted.warnings]
    steps = restricted.steps
    doubts += whole_parse_doubts(
        text,
        [s.action for s in steps],
        schedule.schedule,
        schedule_warned=bool(schedule.warnings),
    )
    if not steps:
        warnings.append("no workflow steps were recognised in the instruction")
    strengths = [s.strength for s in steps]
    if schedule.spans:
        strengths.append(schedule.strength)
    covered, unread = confidence.coverage(text, [*schedule.spans, *reading.spans])
    guessed = " ".join(s.doubt for s in steps)
    doubts += confidence.step_doubts(steps) + [
        d for d in confidence.unknown_actions(masked) if d.reason.split("'")[1] not in guessed
    ]
    doubts += confidence.structure_doubts(steps)
    if unread:
        doubts.append(confidence.unread(unread))
    score = confidence.score(
        covered=covered,
        strengths=strengths,
        warnings=len(warnings),
        fallbacks=restricted.fallbacks + restricted.dropped,
        doubts=doubts,
        has_steps=bool(steps),
    )
    warnings += [d.reason for d in doubts]
    result = ParseResult(
        type="generated",
        name=naming.workflow_name(steps, schedule.schedule),
        description=naming.description(steps, schedule.phrase),
        steps=_numbered(steps),
        confidence=score,
        source="heuristic",
        schedule=schedule.schedule,
        warnings=warnings,
    )
    # A template stands in for a parse that read little, not for one with a loose end or two,
    # nor for one that read nearly every word, however unsure it is of them.
    read_score = 1.0 if covered >= 0.9 else score + sum(d.cost for d in loose)
    return _apply_template(result, written, steps, allowed, read_score=read_score)


_EVENT_TIME = re.compile(
    r"^\W*(?:when|whenever)\b[^,.;]*?\b(?:after|before|past)\s+"
    r"(midnight|noon|\d{1,2}(?::\d\d)?\s*(?:am|pm)?)\b",
    re.IGNORECASE,
)


_TIME_OF_EVENT = re.compile(r"^\s*(midnight|noon|\d{1,2}(?::\d\d)?\s*(?:am|pm)?)\s*$", re.I)


def _blank_span(text: str, span: tuple[int, int]) -> str:
    start, end = span
    return text[:start] + " " * (end - start) + text[end:]


# "Can you set up something that emails me …", "Create a workflow to post …": the request
# around the workflow, not a step of it.
_REQUEST = re.compile(
    r"^\W*(?:(?:hey|hi|hello|yo)\b\W*)?"  # "hey can u set up something that …"
    r"(?:(?:can|could|would)\s+(?:you|u)\s+|please\s+|i\s+(?:want|need|would\s+like)\s+"
    r"(?:you\s+to\s+)?|we\s+need\s+(?:you\s+to\s+)?)*(?:set\s+up|create|build|make|add|write)"
    r"\s+(?:me\s+|us\s+)?(?:an?\s+|some\s+)?(?:workflow|automation|job|flow|something|bot|rule)"
    r"\s+(?:that|which|to)\b"
    # "I need a workflow that emails me …": the thing asked for, with no verb of making.
    r"|^\W*(?:i|we)(?:\s+(?:need|want|would\s+like)|'d\s+like)\s+(?:an?\s+|some\s+)?"
    r"(?:workflow|automation|job|flow|something|bot|rule)\s+(?:that|which|to)\b"
    # "Could you have something check …", "can you get a bot to post …": who does it, then it.
    r"|^\W*(?:(?:hey|hi|hello)\b\W*)?(?:(?:can|could|would)\s+(?:you|u)\s+|please\s+)?"
    r"(?:have|get)\s+(?:something|a\s+(?:workflow|bot|job|script|automation))\s+(?:to\s+)?(?=\w)"
    # "Can you set it up so that every Tuesday we pull …": the request, then the workflow.
    r"|^\W*(?:(?:can|could|would)\s+you\s+|please\s+)?set\s+(?:it|this|things|everything)\s+up"
    r"\s+so(?:\s+that)?\b",
    re.IGNORECASE,
)

# "1) pull the bugs 2) summarise them 3) post …": numbered steps; each marker ends a clause.
_LIST_MARKER = re.compile(r"(?:(?<=\s)|(?<=^)|(?<=:))\(?\d{1,2}\)(?=\s)")


def _corrections_kept(corrections: list, schedule) -> list[Doubt]:
    """Doubt a schedule correction the final schedule does not carry out."""
    if schedule.schedule is None:
        return []
    cron = schedule.schedule.cron_expression
    return [
        Doubt(
            0.3, f"uncertain: the correction '{kept}' says {said}, but the schedule read is {cron}"
        )
        for kept, said in unkept_corrections(corrections, cron)
    ]


def _fetch_for_condition(steps: list[StepDraft], text: str) -> list[Doubt]:
    """Add the fetch a scheduled workflow's first condition needs to have anything to test."""
    if not steps or steps[0].action != CONDITION:
        return []
    # A scheduled run starts with no input: "every 5 minutes, alert #ops if it is down" must
    # fetch "it" first. Sales words in the condition point at Salesforce, anything else at HTTP.
    if dest.SALES_WORDS.search(steps[0].subject):
        fetch = StepDraft("salesforce.query", {}, 0.8, "query Salesforce", need="soft")
    else:
        fetch = StepDraft("http.request", dest.url_config(text), 0.8, "call the API")
    steps.insert(0, fetch)
    return [confidence.implied_fetch(fetch.action)]


def _read_steps(clauses: list[Clause], *, scheduled: bool) -> _Reading:
    reading = _Reading([], [])
    previous: tuple[Clause, int] | None = None  # last action clause and the index of its first step
    tested: StepDraft | None = None  # the last condition, for an "otherwise" to negate
    fetched = ""  # the words of the clauses that fetched, lower-cased
    leading: int | None = None  # where a condition waiting for the action after it begins
    for index, written in enumerate(clauses):
        clause = _after_if_so(written)
        if clause.conditional in ("otherwise", "else"):
            # "if it is zero, do nothing, otherwise post it to #errors": the other branch.
            clause = _otherwise_body(clause)
            steps = read_clause(clause.text, prior=reading.steps) or []
            # "…, otherwise do nothing" adds nothing: the branch before it was the whole test.
            guard = [_negated(tested)] if tested and steps else []
            if not tested and steps:
                reading.doubts.append(
                    Doubt(0.4, "uncertain: 'otherwise' follows no test the parser read")
                )
            reading.spans.append((written.start, written.end))
            reading.parts.append(ClauseReading(clause, [*guard, *steps]))
            reading.steps.extend([*guard, *steps])
            continue
        if index and marks_order_only(clause):
            # "then email dba@x.com when it's done": the steps already run in order; no test.
            reading.spans.append((written.start, written.end))
            reading.parts.append(ClauseReading(clause, []))
            continue
        if clause.conditional:
            body = clause.text[len(clause.conditional) :]
            if clause.conditional in ("for the", "for"):
                # "for the mobile ones, post …": the modifier of "ones" names the subset.
                classified = any(s.action == "classify" for s in reading.steps)
                condition = find_filter(body, after_classify=classified)
            elif clause.conditional in SUBSET_OPENERS and _opens_on_new_items(
                clause, body, reading, scheduled=scheduled
            ):
                # "For every new Typeform response, …" opening the text: the trigger; it tests
                # only what it says beyond the kind of item ("for each new order over $500").
                condition = read_condition(_NEW_ITEMS.sub("", body, count=1))
            elif clause.conditional in SUBSET_OPENERS:
                condition = find_filter("the ones " + body, after_classify=False)
                if _EACH_OF_THEM.match(body) or (
                    condition and _restates(condition, clause.conditional, fetched)
                ):
                    # "fetch …/failed-payments and, for every failed payment, email …": each.
                    reading.spans.append((clause.start, clause.end))
                    reading.parts.append(ClauseReading(clause, []))
                    continue
            else:
                # "if it is over 10, do nothing, otherwise …": the test is the words before.
                head, _, tail = body.rpartition(",")
                condition = read_condition(head if head and _NOTHING.match(tail) else body)
            reading.spans.append((clause.start, clause.end))
            if condition is None and (
                (scheduled and clause.conditional in _GUARDS)
                or (
                    reading.steps
                    and clause.conditional in _GUARDS - _EVENT_OPENERS
                    and not EVENT.search(body)
                )
            ):
                # A scheduled run has no trigger event: "if any domain expires soon" is a test;
                # nor is an "if" after a step ("check …/status and, if anything looks off, …"),
                # unless it names an event ("email a@x.com if the vendor signs up").
                condition = read_state(body) or unread_condition(body)
            time_of_event = _TIME_OF_EVENT.match(body)
            if condition is None and time_of_event and reading.parts and reading.parts[-1].event:
                # "when a login happens after 10pm": the time says which events count.
                condition = ConditionDraft(
                    CONDITION,
                    {"field": "$.time", "operator": "gt", "value": time_of_event.group(1)},
                    0.6,
                    text=" ".join(clause.text.split()),
                )
            if condition is None and (
                says_which_events(clause.text) or state_after_event(clause.text)
            ):
                # "when a ticket sits unassigned for over an hour", "signs up with a company
                # email": the trigger also says which events count, so it is a guard too.
                condition = unread_condition(body)
            if condition is None:
                reading.events.append(" ".join(clause.text.split()))
                reading.parts.append(ClauseReading(clause, [], event=True))
                continue  # an event trigger ("when a new signup arrives") needs no step
            drafts = [_condition_step(condition, negate=clause.conditional == "unless")]
            tested = drafts[0]
            if _NOTHING.match(body.rsplit(",", 1)[-1]):
                # "if it is zero, do nothing": the test only matters to an "otherwise" after it.
                reading.parts.append(ClauseReading(clause, []))
                continue
            later = _LATER_IN_TEST.search(body)
            if later and reading.steps:
                # "…; if they haven't upgraded two days later, post …": wait, then test.
                drafts.insert(0, delay_step(later.group()))
            reading.parts.append(ClauseReading(clause, drafts))
            if previous and previous[0].sentence == clause.sentence and _trailing(clauses, index):
                # A trailing "…, if it is down" guards the action just before it.
                reading.steps[previous[1] : previous[1]] = drafts
                previous = (previous[0], previous[1] + len(drafts))
            else:
                # "…, and if the total is over $500, send …" guards the action that follows.
                leading = len(reading.steps)
                reading.steps.extend(drafts)
            continue
        if not clause.text.strip():
            reading.spans.append((written.start, written.end))  # a bare "if so,"
            continue
        steps = read_clause(clause.text, prior=reading.steps)
        if steps is None:
            continue
        if not steps and leading is not None and _NOTHING.match(clause.text):
            # "if it is zero, do nothing": a guard on nothing guards nothing.
            del reading.steps[leading:]
            for part in reading.parts:
                part.steps = [s for s in part.steps if s in reading.steps]
        leading = None
        if any(s.action in ("http.request", "salesforce.query") for s in steps):
            fetched += " " + clause.text.lower()
        reading.spans.append((clause.start, clause.end))
        reading.parts.append(ClauseReading(clause, steps))
        if steps:
            previous = (clause, len(reading.steps))
            reading.steps.extend(steps)
    return reading


# "if so", and the ellipsis "when it is" / "if they do": the condition is the check before it.
_IF_SO = re.compile(
    r"^(?:if|when|whenever)\s+(?:so|yes|that\s+is\s+the\s+case|"
    r"(?:it|they|there|that)\s+(?:is|are|does|do|has|have|was|were)(?=\s*(?:,|$)))\b[,\s]*",
    re.IGNORECASE,
)


_NOTHING = re.compile(
    r"^\W*(?:do\s+nothing|nothing|(?:do\s+not|don't)\s+do\s+anything|(?:that's\s+)?"
    r"(?:fine|ok|okay|all\s+good)|(?:ignore|skip)\s+it|leave\s+it(?:\s+alone)?)\W*$",
    re.IGNORECASE,
)


def _negated(step: StepDraft) -> StepDraft:
    """Return the opposite test of a condition step (the branch an "otherwise" takes)."""
    config = dict(step.config)
    config["operator"] = _NEGATED.get(config["operator"], config["operator"])
    if config["operator"] == "exists":
        config["value"] = not config["value"]
    return StepDraft(step.action, config, step.strength, "otherwise", subject=step.subject)


_NEW_ITEMS = re.compile(r"^\W*(?:new|incoming|inbound|fresh)\b", re.IGNORECASE)


def _opens_on_new_items(clause: Clause, body: str, reading: _Reading, *, scheduled: bool) -> bool:
    """Tell "For each new signup, …" opening an unscheduled text (a trigger) from a subset."""
    return (
        not scheduled
        and not reading.parts
        and clause.conditional in ("for each", "for every", "for any")
        and bool(_NEW_ITEMS.match(body))
    )


# "…, and, for each one, email …", "for every one of them": each item, whatever it is.
_EACH_OF_THEM = re.compile(
    r"^\W*(?:one|single\s+one|(?:one\s+)?of\s+(?:them|these|those|the\s+\w+)|them|item|entry|"
    r"record|row|result)\W*$",
    re.IGNORECASE,
)


def _restates(condition: ConditionDraft, opener: str, fetched: str) -> bool:
    """Tell whether "for each/every X" only repeats what the fetch already chose (it iterates)."""
    value = condition.config.get("value")
    if opener not in ("for each", "for every") or not isinstance(value, str):
        return False
    return all(word in fetched for word in value.split("_"))


def _otherwise_body(clause: Clause) -> Clause:
    """Return the action of an "otherwise …" clause, without the word."""
    match = re.match(r"(?:otherwise|(?:or\s+)?else)\W*", clause.text, re.IGNORECASE)
    end = match.end() if match else 0
    return Clause(clause.text[end:], clause.start + end, clause.sentence)


def _after_if_so(clause: Clause) -> Clause:
    """Read "… and if so, post it" as the action alone: the check before it is the condition."""
    match = _IF_SO.match(clause.text) if clause.conditional else None
    if match is None:
        return clause
    return Clause(clause.text[match.end() :], clause.start + match.end(), clause.sentence)


# A test made some time after the step before it: "if they haven't upgraded two days later".
_LATER_IN_TEST = re.compile(
    rf"{DURATION.pattern}\s+(?:later|after\s+that|afterwards|on)\b|\bafter\s+{DURATION.pattern}",
    re.IGNORECASE,
)

_GUARDS = frozenset(
    {
        "if",
        "unless",
        "only if",
        "only when",
        "in case",
        "in the event that",
        "in the event",
        "provided that",
        "should",
        "as long as",
        "as soon as",
        "when",
        "whenever",
    }
)


# Openers that may name the trigger even after a step ("…, then when the deploy lands, …").
_EVENT_OPENERS = frozenset({"when", "whenever", "as soon as"})


def _trailing(clauses: list[Clause], index: int) -> bool:
    """Tell whether no action clause of the same sentence follows the condition at `index`."""
    following = clauses[index + 1] if index + 1 < len(clauses) else None
    return following is None or following.sentence != clauses[index].sentence


def _condition_step(condition: ConditionDraft, *, negate: bool) -> StepDraft:
    config = dict(condition.config)
    if negate:
        config["operator"] = _NEGATED.get(config["operator"], config["operator"])
        if config["operator"] == "exists":
            config["value"] = not config["value"]
    value = config.get("value")
    phrase = f"check that {config['field'][2:]} {config['operator'].replace('_', ' ')} {value}"
    return StepDraft(condition.action, config, condition.strength, phrase, subject=condition.text)


def _numbered(drafts: list[StepDraft]) -> list[Step]:
    steps = []
    for index, draft in enumerate(drafts, start=1):
        steps.append(
            Step(
                id=f"step_{index}",
                type=node_type_of(draft.action),
                action=draft.action,
                config=dict(draft.config),
                input_from=f"step_{index - 1}" if index > 1 else None,
            )
        )
    return steps


def _apply_template(
    result: ParseResult,
    text: str,
    drafts: list[StepDraft],
    allowed: frozenset[str] | None,
    *,
    read_score: float,
) -> ParseResult:
    template, similarity = best_template(text)
    if similarity < STRONG_MATCH:
        return result
    if tuple(result.actions) == template.actions:
        result.type = result.source = "template"
        result.template = template.name
        result.confidence = round(min(0.98, result.confidence + 0.1 * similarity), 3)
        if not re.search(r"\d", template.name):
            result.name = _template_name(template.name, result)
        return result
    if read_score >= 0.45:
        return result
    restricted = restrict(template_steps(template, text), allowed)
    if not restricted.steps:
        return result
    result.type = result.source = "template"
    result.template = template.name
    result.name = _template_name(template.name, result)
    result.steps = _numbered(restricted.steps)
    result.description = naming.description(restricted.steps, "")
    result.warnings = [
        *restricted.warnings,
        *(w for w in result.warnings if w.startswith("uncertain:")),
        f"the steps come from the '{template.name}' template; check them",
    ]
    result.confidence = round(min(0.5, 0.2 + 0.5 * similarity), 3)
    return result


def _template_name(name: str, result: ParseResult) -> str:
    cadence = naming.cadence_word(result.schedule)
    words = name.split()
    if words[0] in ("Weekly", "Daily", "Monthly", "Hourly"):
        words = words[1:]
    return " ".join([cadence, *words]).strip() if cadence else " ".join(words)
