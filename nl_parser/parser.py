"""The built-in parser: schedule and clause grammars, tool restriction, templates, confidence."""

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from nl_parser import confidence, naming
from nl_parser.added_duties import blank_added_duty_words
from nl_parser.affiliations import blank_affiliations
from nl_parser.any_item_headings import open_any_item_headings
from nl_parser.asides import blank_time_reasons
from nl_parser.attention import attention_as_flagged
from nl_parser.background import background_spans
from nl_parser.buckets import buckets_as_sort
from nl_parser.clause_marks import (
    arrow_across_schedule_kept,
    arrows_as_clause_ends,
    colons_as_clause_ends,
)
from nl_parser.clause_steps import read_steps
from nl_parser.clauses import split_clauses
from nl_parser.clefted_wants import unclefted_wants
from nl_parser.condition_fetches import fetch_for_condition
from nl_parser.confidence import Doubt
from nl_parser.corrections import apply_corrections, unapplied_markers, unkept_corrections
from nl_parser.data_asked_about import questions_as_fetches
from nl_parser.deadlines import blank_meeting_days
from nl_parser.doers_told import blank_second_person
from nl_parser.drops_told_after import move_drops_told_after
from nl_parser.findings import blank_findings
from nl_parser.forms_wanted import made_where_wanted
from nl_parser.in_one_go import blank_in_one_go
from nl_parser.inverted_duties import uninvert_duties
from nl_parser.items_as_they_come import open_each_as_it_comes, open_items_as_they_come
from nl_parser.labelled_fields import barred_fields_as_clauses, sentence_fields_as_clauses
from nl_parser.late_sources import (
    drop_source_fetched_again,
    drop_source_told_as_state,
    fetch_first,
    keep_corrected_source,
    read_named_crm_first,
)
from nl_parser.lexicon import blank_all, blank_span, blank_spans
from nl_parser.looks import drop_reviews_a_test_takes
from nl_parser.loose_ends import loose_ends, unread_crm
from nl_parser.lost_parts import fetched_as_told, lost_parts, one_call_per_url
from nl_parser.made_for import send_gone_to_people, send_made_for_people
from nl_parser.media_told_after import fold_media_told_after
from nl_parser.message_content import QUOTATION
from nl_parser.needs_told_first import drop_approval_awaited_again
from nl_parser.openers import (
    open_headed_events,
    open_items_being,
    open_items_doing,
    open_receipts,
    open_told_events,
    open_trigger_labels,
)
from nl_parser.opening_hours import blank_opening_hours
from nl_parser.qualifiers import blank_restated_exclusions
from nl_parser.request_headings import name_left_by_schedule
from nl_parser.result import ParseResult
from nl_parser.schedule import parse_schedule
from nl_parser.second_reading import second_reading
from nl_parser.shout_outs import shout_outs_as_post
from nl_parser.slashed_fields import slashes_as_fields
from nl_parser.step_shape_doubts import step_shape_doubts
from nl_parser.surface import plain_surface
from nl_parser.talk_around import blank_talk_around
from nl_parser.templates_applied import apply_template, numbered
from nl_parser.times_not_scheduled import blank_times_not_scheduled
from nl_parser.told_needs import told_needs_as_tell
from nl_parser.tools import read_the_only_source, restrict
from nl_parser.typos import mend_typos, names_joined_by_ampersand
from nl_parser.verbs import idioms_as_make
from nl_parser.waits import idioms_as_wait, spans_added_as_spans, spans_on_from_as_after
from nl_parser.wanted import wants_closed_over_schedule
from nl_parser.whole_parse_doubts import whole_parse_doubts


def parse_heuristic(
    text: str, allowed: frozenset[str] | None, *, now: datetime | None = None
) -> ParseResult:
    """Parse `text` with the grammars alone (no LLM), and a second reading where unsure."""
    instruction = text
    names = names_joined_by_ampersand(text)
    text = plain_surface(text)
    written = text
    text, mends = mend_typos(text, names)
    text, corrections = apply_corrections(text)
    text = arrows_as_clause_ends(text)
    text = slashes_as_fields(text)  # "shop / weekdays 14:00 / Salesforce: … / …": fields
    text = colons_as_clause_ends(text)
    if "|" in text:
        text = barred_fields_as_clauses(text)
    if ":" in text:
        text = sentence_fields_as_clauses(text)  # "Frequency: …. Source: …. Output: …."
    text = unclefted_wants(text)  # "What I'd like is a report built …": "I'd like a report …"
    text = open_told_events(open_trigger_labels(text))
    text = open_receipts(text)  # "upon receipt of each form, …": "when we receive …"
    text = open_headed_events(text)  # "Firm — kit returned and flagged 'damaged':"
    text = open_any_item_headings(text)  # "Any checkout that leaves a tab unpaid: …": "when …"
    text = open_items_as_they_come(text)  # "call-outs, as they come in:": "when … come in:"
    text = open_each_as_it_comes(text)  # "As each booking email comes in, …": "When … comes in"
    text = open_items_being(text)  # "upon a pupil being marked absent, …": "when … is …"
    text = open_items_doing(text)  # "upon the sensor reporting …": "when it reports …"
    text = blank_in_one_go(text)  # "In one go: tag …, pull out …": how, not a step
    text, runs_once = blank_talk_around(text)
    text = blank_time_reasons(text)  # "at 06:00 and 14:00 (that's when the shifts change)"
    text = blank_findings(text)  # "— we've found people only notice problems once …": why
    text = blank_second_person(text)
    text = blank_affiliations(text)  # "the groundskeepers at Ferncliffe Cricket Club get …"
    text = blank_added_duty_words(text)  # "… should also be emailed to …": the duty alone
    text = blank_restated_exclusions(text)  # "— except returning residents, skip those"
    text = idioms_as_wait(text)  # "sit tight until our pilot confirms": a wait
    text = spans_added_as_spans(text)  # "after a further week": a span like any other
    text = spans_on_from_as_after(text)  # "ten days on from each fitting": after it
    text = idioms_as_make(text)  # "knock together a summary": a thing made
    text = made_where_wanted(text)  # "X wants Y in report form. … compile it": Y's report made
    text = questions_as_fetches(text)  # "how did last week's bookings go? Give … a roundup"
    text = shout_outs_as_post(text)  # "shout them out in #wins": a post
    text = attention_as_flagged(text)  # "brought to the team's attention": flagged to the team
    text = told_needs_as_tell(text)  # "…, the pressing team needs to know.": tell the team
    text = buckets_as_sort(text)  # "put it in one of three buckets: A, B or C": a sort
    text = blank_meeting_days(text)  # "They meet on Thursday.": when it is wanted by
    text = blank_opening_hours(text)  # "The shop shuts at 9pm.": the place's hours, told
    text = uninvert_duties(text)  # "only if X is the lead to be told": "the lead is to be told"
    text = blank_all(_RUNS, text)
    doubts = [confidence.typo(m.written, m.read_as) for m in mends]
    doubts += [confidence.correction(c.dropped, c.kept) for c in corrections]
    doubts += [
        Doubt(0.35, f"uncertain: '{marker}' reads like a correction, but none was applied")
        for marker in unapplied_markers(text, corrections)[:1]
    ]
    timed, data_months = blank_times_not_scheduled(text, written, runs_once=runs_once)
    schedule = parse_schedule(timed, now=now)
    doubts += _corrections_kept(corrections, schedule)
    doubts += [Doubt(_DAY_DOUBT, f"uncertain: {doubt}") for doubt in schedule.doubts]
    if schedule.more_often:
        doubts.append(Doubt(0.2, "uncertain: the schedule runs more often than the text asks"))
    masked = text
    for start, end in schedule.spans:
        masked = masked[:start] + " " * (end - start) + masked[end:]
    masked = wants_closed_over_schedule(masked)  # "would like, <schedule>, the readings …"
    if schedule.spans and (name := name_left_by_schedule(masked)):
        # "<schedule> for Crestview Golf Club:": whom the run is for, read as a heading is.
        masked, text = blank_span(masked, name), blank_span(text, name)
    if schedule.spans and (">" in masked or "\u2192" in masked or "\u00bb" in masked):
        masked = arrow_across_schedule_kept(masked)
    clauses, media_told = fold_media_told_after(split_clauses(masked))
    reading = read_steps(clauses, scheduled=schedule.schedule is not None)
    reading.spans += media_told
    drop_reviews_a_test_takes(reading.parts, reading.steps)
    move_drops_told_after(reading.parts, reading.steps)  # "…, but ignore the test orders"
    drop_source_fetched_again(reading.parts, reading.steps)  # "From https://…, pull …"
    drop_source_told_as_state(reading.parts, reading.steps)  # "… sit at https://…. Fetch them"
    drop_approval_awaited_again(reading.parts, reading.steps)  # "… need her OK. … wait for it"
    fetch_first(reading.parts, reading.steps)
    keep_corrected_source([(c.dropped, c.kept) for c in corrections], reading.steps)
    reading.spans += send_gone_to_people(clauses, reading, allowed)
    if schedule.schedule:
        doubts += fetch_for_condition(reading.steps, masked)
        # A scheduled run has no trigger event, so an "if/when" read as one was likely misread.
        doubts += [confidence.event_on_schedule(event) for event in reading.events]
    # Only where some step would use what it reads: a lone read of a text nothing else was read
    # from ("lift the freeze on every account in salesforce") is no workflow.
    crm = unread_crm(reading.parts, reading.steps, masked) if reading.steps else None
    if crm:
        read_named_crm_first(reading.steps)
        doubts.append(confidence.crm_read_first(crm))
    # "the rooms booked for Saturday": a day (or month) left as data is no schedule word lost.
    loose = [
        *reading.doubts,
        *loose_ends(
            reading.parts, reading.steps, blank_spans(masked, [*schedule.data_days, *data_months])
        ),
    ]
    doubts += loose
    first = next((p.clause.text for p in reading.parts if p.steps), "")
    # A one-off with no trigger starts with nothing too: "summarise last month's returns and
    # send it to the owner" reads the returns from the one source listed.
    starts_empty = schedule.schedule is not None or not reading.events
    read_the_only_source(reading.steps, first, allowed, starts_empty=starts_empty)
    send_made_for_people(reading.parts, reading.steps, allowed)
    restricted = restrict(reading.steps, allowed)
    warnings = [*schedule.warnings, *restricted.warnings]
    steps = restricted.steps
    merged = one_call_per_url(text, steps)
    if merged is not steps:
        if not fetched_as_told(steps):
            doubts.append(confidence.calls_merged(len(steps) - len(merged) + 1))
        steps = merged
    read = [*schedule.spans, *reading.spans]
    background = background_spans(text, read)
    covered, unread = confidence.coverage(blank_spans(text, background), read)
    told = _Told(text, written, masked, media_told, schedule, corrections, background, unread)
    fallbacks = restricted.fallbacks + restricted.dropped
    score, judged = _judged(steps, told, doubts, warnings, covered, fallbacks)
    second = second_reading(instruction, steps, allowed, score)
    if second.steps is not steps:
        steps = second.steps
        score, judged = _judged(steps, told, doubts, warnings, covered, fallbacks)
    score = second.confidence(score)
    warnings = judged + second.warnings
    result = ParseResult(
        type="generated",
        name=naming.workflow_name(steps, schedule.schedule),
        description=naming.description(steps, schedule.phrase),
        steps=numbered(steps),
        confidence=score,
        source="heuristic",
        schedule=schedule.schedule,
        warnings=warnings,
    )
    # A template stands in for a parse that read little, not for one with a loose end or two,
    # nor for one that read nearly every word, however unsure it is of them.
    read_score = 1.0 if covered >= 0.9 else score + sum(d.cost for d in loose)
    return apply_template(result, written, steps, allowed, read_score=read_score)


# A day read one way when the other was as likely: about a loose end's worth.
_DAY_DOUBT = 0.3


# "a workflow that runs at 6am every day, grabs …": running is what the schedule does, no step.
_RUNS = re.compile(
    r"^\W*(?:runs?|fires?|executes?|kicks?\s+off|goes\s+off)\b"
    r"(?=\W+(?:at|every|each|on|daily|hourly|weekly|nightly|monthly|once|twice|\d))",
    re.IGNORECASE,
)


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


@dataclass
class _Told:
    """What the text told, as the rules read it, for judging a set of steps against it."""

    text: str
    written: str
    masked: str
    media_told: list
    schedule: Any
    corrections: list
    background: list
    unread: list


def _judged(
    steps: list,
    told: _Told,
    doubts: list[Doubt],
    warnings: list[str],
    covered: float,
    fallbacks: int,
) -> tuple[float, list[str]]:
    """Return the confidence in the steps and every warning, with the doubts the steps raise."""
    text, written, schedule = told.text, told.written, told.schedule
    doubts = [
        *doubts,
        *whole_parse_doubts(
            text,
            [s.action for s in steps],
            schedule.schedule,
            schedule_warned=bool(schedule.warnings),
            written=written,
        ),
        *step_shape_doubts(written, [s.action for s in steps]),
        *lost_parts(text, steps, written=written, dropped=[c.dropped for c in told.corrections]),
    ]
    warnings = [
        *warnings,
        *([] if steps else ["no workflow steps were recognised in the instruction"]),
    ]
    strengths = [s.strength for s in steps]
    if schedule.spans:
        strengths.append(schedule.strength)
    if told.background:
        doubts.append(confidence.background(text[slice(*told.background[0])]))
    guessed = " ".join(s.doubt for s in steps)
    # "…, use the volunteer webhook": a medium folded into the request is no unknown verb.
    unquoted = blank_all(QUOTATION, blank_spans(told.masked, told.media_told))
    doubts += confidence.step_doubts(steps) + [
        d for d in confidence.unknown_actions(unquoted) if d.reason.split("'")[1] not in guessed
    ]
    doubts += confidence.structure_doubts(steps)
    if told.unread:
        doubts.append(confidence.unread(told.unread))
    score = confidence.score(
        covered=covered,
        strengths=strengths,
        warnings=len(warnings),
        fallbacks=fallbacks,
        doubts=doubts,
        has_steps=bool(steps),
    )
    return score, warnings + [d.reason for d in doubts]
