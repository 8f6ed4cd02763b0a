"""The built-in parser: schedule and clause grammars, tool restriction, templates, confidence."""

import re
from datetime import datetime

from nl_parser import confidence, naming
from nl_parser import destinations as dest
from nl_parser.added_duties import blank_added_duty_words
from nl_parser.affiliations import blank_affiliations
from nl_parser.any_item_headings import open_any_item_headings
from nl_parser.asides import blank_asides, blank_time_reasons, once_said_first
from nl_parser.attention import attention_as_flagged
from nl_parser.background import background_spans
from nl_parser.buckets import buckets_as_sort
from nl_parser.calendar_words import DAY, MONTH
from nl_parser.catalog import node_type_of
from nl_parser.clause_marks import (
    arrow_across_schedule_kept,
    arrows_as_clause_ends,
    colons_as_clause_ends,
)
from nl_parser.clause_steps import read_steps
from nl_parser.clauses import ACTION_VERBS, split_clauses
from nl_parser.clefted_wants import unclefted_wants
from nl_parser.conditions import CONDITION, TIMED_ACT, TIMED_ACT_WINDOW
from nl_parser.confidence import Doubt
from nl_parser.corrections import apply_corrections, unapplied_markers, unkept_corrections
from nl_parser.data_asked_about import questions_as_fetches
from nl_parser.data_days import blank_items_dates, blank_items_months, blank_months_alone
from nl_parser.deadlines import (
    blank_deadlines,
    blank_hold_ends,
    blank_meeting_days,
    blank_occasion_ahead,
)
from nl_parser.drafts import StepDraft
from nl_parser.drops_told_after import move_drops_told_after
from nl_parser.findings import blank_findings
from nl_parser.forms_wanted import made_where_wanted
from nl_parser.hour_now import blank_hour_tests
from nl_parser.in_one_go import blank_in_one_go
from nl_parser.inverted_duties import uninvert_duties
from nl_parser.items_as_they_come import open_each_as_it_comes, open_items_as_they_come
from nl_parser.items_wanted import fetch_items_wanted
from nl_parser.labelled_fields import barred_fields_as_clauses, sentence_fields_as_clauses
from nl_parser.late_sources import (
    drop_source_fetched_again,
    drop_source_told_as_state,
    fetch_first,
    keep_corrected_source,
    read_named_crm_first,
)
from nl_parser.lexicon import blank_span, blank_spans
from nl_parser.looks import drop_reviews_a_test_takes
from nl_parser.loose_ends import loose_ends, unread_crm
from nl_parser.lost_parts import fetched_as_told, lost_parts, one_call_per_url
from nl_parser.made_for import send_gone_to_people, send_made_for_people
from nl_parser.media_told_after import fold_media_told_after
from nl_parser.message_content import QUOTATION, blank_told_days, blank_told_times
from nl_parser.message_headings import blank_message_heading
from nl_parser.months_referred import months_referred_back
from nl_parser.needs_told_first import drop_approval_awaited_again
from nl_parser.once_in_passing import blank_once_in_passing
from nl_parser.one_off_markers import ONE_OFF
from nl_parser.openers import (
    open_headed_events,
    open_items_being,
    open_items_doing,
    open_receipts,
    open_told_events,
    open_trigger_labels,
)
from nl_parser.opening_hours import blank_opening_hours
from nl_parser.praised_wishes import blank_praised_wishes
from nl_parser.qualifiers import blank_restated_exclusions
from nl_parser.request_headings import blank_heading, headed_once, name_left_by_schedule
from nl_parser.resolutions import blank_resolution_preamble
from nl_parser.result import ParseResult, Step
from nl_parser.schedule import parse_schedule
from nl_parser.shout_outs import shout_outs_as_post
from nl_parser.slashed_fields import slashes_as_fields
from nl_parser.sorts_needed import sorts_needed_as_asked
from nl_parser.step_shape_doubts import step_shape_doubts
from nl_parser.stories_before_labels import blank_story_before_label
from nl_parser.story import blank_story
from nl_parser.story_days import blank_story_days
from nl_parser.surface import plain_surface
from nl_parser.templates import STRONG_MATCH, best_template, template_steps
from nl_parser.told_needs import told_needs_as_tell
from nl_parser.tools import read_the_only_source, restrict
from nl_parser.typos import mend_typos, names_joined_by_ampersand
from nl_parser.verbs import idioms_as_make, lemma, main_verb
from nl_parser.waits import idioms_as_wait, spans_added_as_spans, spans_on_from_as_after
from nl_parser.wanted import wanted_list, wants_closed_over_schedule
from nl_parser.watch_headings import blank_watch_heading
from nl_parser.whole_parse_doubts import whole_parse_doubts
from nl_parser.workflow_as_it import blank_workflow_it


def parse_heuristic(
    text: str, allowed: frozenset[str] | None, *, now: datetime | None = None
) -> ParseResult:
    """Parse `text` with the grammars alone (no LLM)."""
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
    text, runs_once = _blank_talk_around(text)
    text = blank_time_reasons(text)  # "at 06:00 and 14:00 (that's when the shifts change)"
    text = blank_findings(text)  # "— we've found people only notice problems once …": why
    text = _blank_second_person(text)
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
    text = _RUNS.sub(lambda m: " " * len(m.group()), text)
    doubts = [confidence.typo(m.written, m.read_as) for m in mends]
    doubts += [confidence.correction(c.dropped, c.kept) for c in corrections]
    doubts += [
        Doubt(0.35, f"uncertain: '{marker}' reads like a correction, but none was applied")
        for marker in unapplied_markers(text, corrections)[:1]
    ]
    # "when a badge is used after midnight": a time on the trigger says which events count.
    event_time = _EVENT_TIME.match(text)
    timed = text if event_time is None else blank_span(text, event_time.span(event_time.lastindex))
    # (before the deadlines are blanked, which would take "before the 1st" of "… of June")
    timed, items_dates = blank_items_dates(timed)  # "… the ones expiring before 1 June"
    timed = blank_told_times(timed)  # "… with a note that the window opens at 10"
    timed = blank_told_days(timed)  # "when an order comes in, email … that it ships tomorrow"
    timed = blank_deadlines(timed)  # "… that the calendar is due Friday"
    timed = blank_hold_ends(timed)  # "hold the entry until Monday, then …": a wait's end
    timed = _blank_all(_AT_OR_MORE, timed)  # "a score comes in at 20 or higher": a value
    timed = _blank_all(_SINCE, timed)  # "if the cat hasn't been seen since 6pm": a test's
    if " before " in timed or " after " in timed or " by " in timed:
        timed = _blank_all(TIMED_ACT, timed)  # "if it was placed before 1pm": a test's too
    if " between " in timed:
        timed = _blank_all(TIMED_ACT_WINDOW, timed)  # "… was opened between midnight and 5am"
    timed = blank_hour_tests(timed)  # "if it's after 10pm": the hour a test compares
    data_months: list[tuple[int, int]] = []
    if runs_once:  # "one-off: pull the jobs we did in March": the month is the jobs'
        timed, data_months = blank_months_alone(timed)
        timed, story_days = blank_story_days(timed)  # "… switching off its system on Friday"
        data_months += story_days
    timed, items_months = blank_items_months(timed)  # "… whose contracts renew in October"
    data_months += items_months + items_dates
    timed = months_referred_back(timed, written)  # "April and May. … in those two months only"
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
        doubts += _fetch_for_condition(reading.steps, masked)
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
    doubts += whole_parse_doubts(
        text,
        [s.action for s in steps],
        schedule.schedule,
        schedule_warned=bool(schedule.warnings),
        written=written,
    )
    doubts += step_shape_doubts(written, [s.action for s in steps])
    doubts += lost_parts(text, steps, written=written, dropped=[c.dropped for c in corrections])
    if not steps:
        warnings.append("no workflow steps were recognised in the instruction")
    strengths = [s.strength for s in steps]
    if schedule.spans:
        strengths.append(schedule.strength)
    read = [*schedule.spans, *reading.spans]
    background = background_spans(text, read)
    covered, unread = confidence.coverage(blank_spans(text, background), read)
    if background:
        doubts.append(confidence.background(text[slice(*background[0])]))
    guessed = " ".join(s.doubt for s in steps)
    doubts += confidence.step_doubts(steps) + [
        d
        # "…, use the volunteer webhook": a medium folded into the request is no unknown verb.
        for d in confidence.unknown_actions(_blank_all(QUOTATION, blank_spans(masked, media_told)))
        if d.reason.split("'")[1] not in guessed
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


# A day read one way when the other was as likely: about a loose end's worth.
_DAY_DOUBT = 0.3
_CLOCK_WORD = r"(?:midnight|noon|\d{1,2}(?::\d\d)?\s*(?:am|pm)?)"
# "whenever a door opens between midnight and 6am": a window of the day says which events count.
_EVENT_TIME = re.compile(
    r"^\W*(?:when|whenever)\b[^,.;]*?\b"
    rf"(?:(?:after|before|past)\s+({_CLOCK_WORD})|between\s+({_CLOCK_WORD}\s+and\s+{_CLOCK_WORD}))\b",
    re.IGNORECASE,
)


def _blank_talk_around(text: str) -> tuple[str, bool]:
    """Blank the request, greetings, headings, who asks and why, until the instruction leads;
    tell whether it was asked to run once ("one-off: …", after any request around it)."""
    # Repeated because each rule reads the start of the text: "Hi! I run a small bakery. Can you
    # set up something that …" has its request at the start only once "I run …" is blank.
    runs_once = False
    for _ in range(3):
        before = text
        text = _blank_request_at(blank_asides(blank_story_before_label(blank_story(text))), 0)
        text = _blank_later_request(text)  # "X has an API at https://…. Could you set …"
        runs_once = runs_once or ONE_OFF.match(text) is not None or headed_once(text)
        once = once_said_first(text)  # "Need this done once, not on a loop. …"
        if once is not None:
            runs_once, text = True, blank_span(text, once)
        text, once_in_passing = blank_once_in_passing(text)  # "query X, just this once, for …"
        runs_once = runs_once or once_in_passing
        if _IF.search(text):  # "… would … if", "… asked if we could …"
            wished = _blank_all(_ASKED_IF_WE_COULD, _blank_all(_WISHED_IF, text))
            wished = blank_praised_wishes(wished)  # "If it could also post …, that'd be great."
        else:
            wished = text
        text = _blank_all(_COURTESY, _blank_all(_ASKED_TO_SET_UP, wished))
        text = _blank_asker(text)
        # The heading first: "Sugarhouse here, we tap about 40 acres …" then who asks.
        # "Incoming requests need triaging: …" asks the sort before its heading is read.
        text = sorts_needed_as_asked(_blank_all(ONE_OFF, text))
        text = _blank_all(_ABOUT_US, blank_heading(text))
        text = blank_watch_heading(text)  # "Keep an eye on the ice at Glacier Arena: check …"
        text = blank_occasion_ahead(text)  # "Before Friday's board meeting: …"
        text = fetch_items_wanted(text)  # "I need a summary of X — pull them, summarise …"
        text = blank_resolution_preamble(text)  # "Following the meeting of 4 March, … resolves:"
        text = _blank_need_heading(text) if ":" in text else text  # "We need a look at X: …"
        if "ant" in text[:80] or "eed" in text[:80]:
            text = _blank_need_before_request(text)  # "The board wants the headlines. Could …"
        text = blank_message_heading(text) if ":" in text else text  # "Set up a reminder …:"
        text = _blank_gerund_states(_blank_all(_REASON, _blank_all(_US_AND_TROUBLE, text)))
        if text == before:
            break
    return text, runs_once


# "Our linen-supply business needs a one-off look at the Northbridge group: query …", "the
# board wants a quick check on Harbour Foods: pull …": who needs what, before the colon that
# opens the steps, is talk around them when what is wanted makes no step of its own.
_NEED_BEFORE_COLON = re.compile(
    r"^\s*(?:(?:our|my|the|this|we|i|(?-i:[A-Z])[\w&'-]*)\s[^:\n.!?]{0,60}?)?"
    r"(?:needs?|wants?|would\s+like|['\u2019]d\s+like)\s+"
    r"(?P<wanted>(?:an?|one|some)\s[^:\n.!?]{1,80}?):(?=\s)",
    re.IGNORECASE,
)


def _blank_need_heading(text: str) -> str:
    """Blank a sentence of need that heads the steps ("We need a look at X: query …")."""
    need = _NEED_BEFORE_COLON.match(text)
    # "We need a summary of signups: post it to #growth": the summary wanted is a step, as
    # "make a summary of signups" would be; "make a quick look at X" makes nothing, nor does
    # "make a service nudge list", whose step is only guessed from its nouns.
    made = need and any(
        not step.doubt
        for step in read_steps(split_clauses("make " + need["wanted"]), scheduled=False).steps
    )
    if made:
        return _made_as_wanted(text, need)
    if need is None:
        return text
    # "I need a one-off list: Yorkshire accounts in Salesforce that …": the items listed after
    # the colon, with no verb, are what is wanted; the clause reads them as got (wanted.py).
    sentence = _SENTENCE_ON.match(text, need.start())
    if wanted_list(sentence.group()) != sentence.group():
        return text
    return _blank_need_but_its_schedule(text, need)


def _blank_need_but_its_schedule(text: str, need: re.Match[str]) -> str:
    """Blank the need heading but for the schedule it names ("needs a nightly check at 9pm:")."""
    start, end = need.span()
    # "a check every half hour from noon until 8pm, Tuesday to Saturday:": when the run is
    # wanted is the schedule's, though the wish around it is talk.
    kept = parse_schedule(text[start:end]).spans
    gaps, at = [], start
    for kept_start, kept_end in kept:
        gaps.append((at, start + kept_start))
        at = start + kept_end
    return blank_spans(text, [*gaps, (at, end)])


# "…: build it at 7 …", "…: put it together on Fridays …": the thing wanted, made by its name.
_MAKE_IT = re.compile(
    r"\s+(?:build|make|generate|produce|compile|create|prepare|draft|write|run)\s+it\b"
    r"|\s+(?:put|pull|throw)\s+it\s+together\b|\s+draw\s+it\s+up\b",
    re.IGNORECASE,
)


def _made_as_wanted(text: str, need: re.Match[str]) -> str:
    """Read "X needs a monthly report: build it …" as "make a monthly report …"."""
    made = _MAKE_IT.match(text, need.end())
    if made is None:
        return text  # "We need a summary of signups: post it to #growth": the need makes it
    # "it" is the thing wanted, so the verb moves to it and the colon's clause is that thing's.
    opening = text[: need.start("wanted")]
    return (
        "make".ljust(len(opening))
        + need["wanted"]
        + " " * (made.end() - need.end("wanted"))
        + text[made.end() :]
    )


# "The board at Millbrook Distribution wants the headlines from a rough year at the Leeds
# warehouse. Could you summarise …": who wants what, told in a sentence of its own before the
# request, is talk around the steps when what is wanted makes no step and names no source.
_NEED_BEFORE_REQUEST = re.compile(
    r"^\s*(?:(?:our|my|the|this|we|i)\s[^:\n.!?]{0,60}?)?(?:needs?|wants?)\s+"
    r"(?P<wanted>(?:an?|one|some|the)\s[^:\n.!?#@]{1,100}?)\.\s+"
    r"(?=(?:(?:can|could|would)\s+(?:you|u)|please)\b)",
    re.IGNORECASE,
)


def _blank_need_before_request(text: str) -> str:
    """Blank a sentence of need before the request ("The board wants X. Could you …")."""
    need = _NEED_BEFORE_REQUEST.match(text)
    if need is None or dest.SOURCE.search(need["wanted"]):
        return text
    # "The team wants a summary of signups. Could you post it …": a summary wanted is a step.
    if read_steps(split_clauses("make " + need["wanted"]), scheduled=False).steps:
        return text
    return blank_span(text, need.span())


# From a point to the end of its sentence (a dot inside "example.com" ends nothing).
_SENTENCE_ON = re.compile(r"(?:[^.!?;]|[.!?](?=\S))*")


# A sentence that opens by asking: "Can you …", "Could we …", "Please …", "I'd love …", "We need
# …" (a stop before it; a dot inside "https://x.example/api" is no stop).
_ASKING_SENTENCE = re.compile(
    r"[.!?]\s+(?=(?:(?:can|could|would|will)\s+(?:you|u|we|i)|please|(?:i|we)(?:['\u2019]d|\s+would"
    r"|\s+need|\s+want))\b)",
    re.IGNORECASE,
)


def _blank_later_request(text: str) -> str:
    """Blank a request for the workflow that opens a later sentence ("…. Can you set it up …")."""
    # "Bit of background: we run … at https://…, but the volunteers keep missing …. Can you set
    # it up so that …", "… Embarrassing. Could you set up something that, every Thursday …":
    # whatever is told before it (a story, where the data sits, a word of feeling), a sentence
    # that asks for the workflow is still only the request.
    for asking in _ASKING_SENTENCE.finditer(text):
        blanked = _blank_request_at(text, asking.end())
        if blanked is not text:
            return blanked
    return text


def _blank_request_at(text: str, start: int) -> str:
    """Blank the request for the workflow that opens `text` at `start`, if one does."""
    # A slice, not a start position: each reading of the request is anchored with "^".
    request = _REQUEST.match(text[start:])
    if request is None:
        return text
    end = start + request.end()
    text = text[:start] + _blank_request(request) + text[end:]
    if request.group().rstrip().lower().endswith(" it"):
        # "so that at 15:00 it pulls …, and if … it also posts …": the same "it" again.
        text = blank_workflow_it(text, end)
    return text


def _blank_request(match: re.Match[str]) -> str:
    kept = [" "] * len(match.group())
    for name in ("cadence", "when", "time", "named", "sched"):
        if match.group(name):
            start, end = match.start(name) - match.start(), match.end(name) - match.start()
            kept[start:end] = match.group(name)
    return "".join(kept)


# "Can you set up something that emails me …", "Create a workflow to post …": the request
# around the workflow, not a step of it.
_REQUEST = re.compile(
    r"^\W*(?:(?:hey|hi|hello|yo)\b\W*)?"  # "hey can u set up something that …"
    r"(?:(?:can|could|would)\s+(?:you|u)\s+|please\s+|i\s+(?:want|need|would\s+like)\s+"
    r"(?:you\s+to\s+)?|we\s+need\s+(?:you\s+to\s+)?)*(?:set\s+up|create|build|make|add|write)"
    r"\s+(?:me\s+|us\s+)?(?:an?\s+|some\s+)?"
    # "a nightly job at 1am that exports …": the cadence and time asked for stay to be read.
    r"(?:(?P<cadence>(?:nightly|daily|weekly|hourly|monthly)\s+)?"
    r"(?:workflow|automation|job|flow|something|bot|rule)"
    # "set up a monday noon thing: …", "set up a Monday job at 8:40 that …": a thing named by
    # when it runs, which stays to be read.
    r"|(?P<when>(?:[a-z0-9:]+\s+){1,3}?)(?:thing|job|run|task))"
    # "… job at 8 — no wait, 8:40 — that …": a time put right is left without its "at".
    r"(?P<time>\s+(?:at\s+)?\d{1,2}(?::\d\d)?\s*(?:am|pm)?)?"
    # "Set up a workflow: every Monday …": a colon or dash ends the request as "that" does.
    r"(?:\s+(?:that|which|to)\b|\s*[:\u2013\u2014])"
    # "I need a workflow that emails me …": the thing asked for, with no verb of making; "I need
    # a Thursday 08:25 run that lists …": a run named by when it runs, which stays to be read.
    r"|^\W*(?:i|we)(?:\s+(?:need|want|would\s+(?:like|love))|'d\s+(?:like|love))\s+(?:an?\s+|some\s+)?"
    r"(?:workflow|automation|job|flow|something|bot|rule"
    r"|(?P<named>(?:[a-z0-9:]+\s+){1,3}?)(?:job|run|task))"
    r"(?:\s+(?:that|which|to|where)\b|\s*[:\u2013\u2014])"
    # "Could you have something check …", "can you get a bot to post …": who does it, then it;
    # "Can we have something that reads …": asked with the teller as the one who has it.
    r"|^\W*(?:(?:hey|hi|hello)\b\W*)?(?:(?:can|could|would)\s+(?:you|u|we|i)\s+|please\s+)?"
    r"(?:have|get)\s+(?:something|a\s+(?:workflow|bot|job|script|automation))"
    r"\s+(?:to\s+|that\s+|which\s+)?(?=\w)"
    # "Could the Brackwater Observatory bot send …", "can our ops bot post …": the doer asked is
    # the workflow itself, named; the verb after it is the step, as after "could you".
    r"|^\W*(?:can|could|would|will)\s+(?:the|our|your|a)\s+(?:[\w&'-]+\s+){0,4}?"
    r"(?:bot|workflow|automation|script)\s+(?=[a-z]{2,}\b)(?!that\b|which\b|is\b|be\b)"
    # "Can you set it up so that every Tuesday we pull …": the request, then the workflow;
    # "could we set it up so …", "can I make it so …": asked with the teller as doer, the same.
    r"|^\W*(?:(?:hey|hi|hello)\b\W*)?(?:(?:can|could|would|shall)\s+(?:you|u|we|i)\s+|please\s+)?"
    r"(?:set\s+(?:it|this|things|everything|something|one)\s+up|make\s+it)\s+so(?:\s+that)?\b"
    # "… so that at 5:15 every morning it pulls …, compiles …": "it" is the workflow, doing the
    # steps as "we" would; the time before it stays to be read.
    r"(?:(?:(?P<sched>\s+(?:at|on|every|each|around|daily|nightly|weekly|hourly)\b"
    r"(?:\s+(?!(?:when|whenever|if|time|it)\b)[\w:]+){0,4}),?)?\s+it(?=\s+[a-z]{2,}s\b))?"
    # "set something up that every Monday queries …", "can you set a job up to post …": the
    # thing asked for between "set" and its particle, ended by "that" as "set up a job that".
    r"|^\W*(?:(?:hey|hi|hello)\b\W*)?(?:(?:can|could|would)\s+(?:you|u)\s+|please\s+)?"
    r"set\s+(?:something|one|an?\s+(?:workflow|automation|job|flow|bot|rule))\s+up"
    r"\s+(?:that|which|to)\b"
    # "Is there a way to get the readings emailed to me …": asking whether it can be done.
    r"|^\W*(?:is|would)\s+there\s+(?:be\s+)?(?:a|any|some)\s+way\s+(?:for\s+(?:me|us)\s+)?to\s+(?=\w)"
    # "Please set up: every 1st of the month …": the request with its object left out.
    r"|^\W*(?:(?:can|could|would)\s+(?:you|u)\s+|please\s+)?set\s+(?:this\s+)?up\s*[:\u2013\u2014]",
    re.IGNORECASE,
)
# "Could you set this up for the QA team?": a sentence that only asks for the workflow.
_ASKED_TO_SET_UP = re.compile(
    r"^\W*(?:(?:hey|hi|hello)\b\W*)?(?:(?:can|could|would)\s+(?:you|u|we)\s+|please\s+)?"
    r"set\s+(?:this|it|something|one)\s+up\b(?!\s+so\b)[^.?!]*[.?!]",
    re.IGNORECASE,
)
# "Hi team — …", "… Thanks!": greetings and thanks around the request say nothing of it.
_COURTESY = re.compile(
    # Every reading starts the text or follows a stop, a comma, "and" or "then": one look-behind
    # at that last letter turns most positions away before the readings are tried.
    r"(?:^|(?<=[.!?,;dn]))(?:"
    r"^\W*(?:hey|hi|hello|good\s+(?:morning|afternoon))(?:\s+(?:there|team|all|everyone|folks|"
    r"guys|y'all))?\s*[,!:\u2013\u2014-]+"
    r"|(?<=[.!?,])\s*(?:thanks|thank\s+you|thx|ta|cheers|much\s+appreciated|appreciate\s+it|"
    r"you(?:'re|\s+are)\s+(?:a\s+lifesaver|the\s+best|awesome|a\s+star)|you\s+rock)"
    r"(?:\s+(?:so\s+much|a\s+(?:lot|ton|bunch|million)|heaps|loads|again|in\s+advance))*\W*$"
    # "Oh, and email …", "Hmm, …": an interjection opening a sentence.
    r"|(?:^|(?<=[.!?]))\s*(?:oh|ah|um+|uh|hmm+|btw)\s*[,!:\u2014-]"
    # "On receipt of each lease, please extract …": a courtesy after a comma or "and" would
    # hide the verb that starts the next step.
    # "…, which runs March to October, could you get …": a request after a comma, the same.
    r"|(?:(?<=[,;])|(?<=\band)|(?<=\bthen))\s*(?:please|kindly|(?:could|can|would)\s+(?:you|u))\b"
    # (but "Hiya, could you set it up so …" is the request for the workflow, read as a whole)
    r"(?=\s+[a-z])(?!\s+(?:set|create|build|make|add|write|have)\b))",
    re.IGNORECASE,
)

# "We would be grateful if the checklist could be emailed …", "It'd be great if you could …": a
# wish that opens with "if" asks for the steps; it tests nothing.
# "The partnerships office would be grateful if …", "Facilities would appreciate it if …": who
# wishes may be any body of people, named in a few words before "would".
_WISHER = r"(?:[\w&'-]+\s+){0,5}?[\w&'-]+"
_IF = re.compile(r"\sif\b", re.IGNORECASE)
# "My manager asked if we could email her …", "The owner wondered if you could post …": an ask
# reported as the whole request; the step after the modal is what was asked for.
_ASKED_IF_WE_COULD = re.compile(
    rf"^\W*{_WISHER}\s+(?:(?:has|had)\s+)?(?:asked|wondered|was\s+wondering|wants\s+to\s+know)"
    r"\s+if(?=\s+(?:we|you|u|i)\s+(?:could|can|would|might)\s+[a-z])",
    re.IGNORECASE,
)
_WISHED_IF = re.compile(
    rf"(?:^|(?<=[.!?,;]))\s*(?:{_WISHER}(?:\s+would|['\u2019]d)\s+(?:be\s+(?:very\s+|really\s+|most\s+)?"
    r"(?:grateful|thankful|glad|happy|delighted)|(?:really\s+)?(?:appreciate|love|like)\s+it)"
    r"|it(?:\s+would|['\u2019]d)\s+be\s+(?:really\s+|very\s+|so\s+)?(?:great|nice|good|helpful|"
    r"lovely|ideal|brilliant|handy|wonderful|useful"
    # "It would be appreciated if the log were retrieved …": the wish, said impersonally.
    r"|(?:much\s+|greatly\s+|most\s+)?(?:appreciated|welcomed?|preferred|preferable|desirable))"
    rf"|{_WISHER}(?:\s+would|['\u2019]d)\s+(?:welcome|prefer)\s+it)\s+if\b",
    re.IGNORECASE,
)

# "The facilities directorate requests that … a report be produced", "It is requested that …",
# "On behalf of the flood office, I would ask that …": who asks, before what is asked for in
# the subjunctive; the steps are in the "that" clause ("that" stays, for actions.py to read).
_ASKER = re.compile(
    r"(?:^|(?<=[.!?]))(?P<who>[^.!?;:#@/\d]{0,120}?)\b(?:request(?:s|ed)?|ask(?:s|ed)?|"
    r"require(?:s|d)?|recommend(?:s|ed)?|propose(?:s|d)?|insist(?:s|ed)?|direct(?:s|ed)?|"
    r"instruct(?:s|ed)?)\s+(?=that\b(?P<asked>(?:[^.!?]|[.!?](?=\S))*))",
    re.IGNORECASE,
)
# The bare "be" of the subjunctive ("that a report be produced"), not "should be" or "to be":
# without it, "the access requests that came in overnight …" names requests, not an asker.
# (the look-ahead at the first letters turns most positions away before the look-behinds run)
_SUBJUNCTIVE_BE = re.compile(
    r"(?=\s)(?<!\bto)(?<!\bshould)(?<!\bmust)(?<!\bwill)(?<!\bcan)(?<!\bwould)(?<!\bmay)"
    r"(?<!\bmight)(?<!\bshall)(?<!\bcould)\s+be\s+[a-z]+",
    re.IGNORECASE,
)
# "When a customer requests that …", "each time someone asks that …": an event, not an asker.
_EVENT_WORDS = re.compile(
    r"\b(?:when|whenever|if|once|each|every|after|before|unless|who|which)\b", re.IGNORECASE
)


def _blank_asker(text: str) -> str:
    """Blank who asks and the verb of asking before "that … be <done>" (what is asked for)."""

    def blank(match: re.Match[str]) -> str:
        who = match["who"]
        # "Email the team and ask that …", "when a customer requests that …": a step or an
        # event, not who asks.
        asks = _SUBJUNCTIVE_BE.search(match["asked"])
        if main_verb(who) or _EVENT_WORDS.search(who) or not asks:
            return match.group()
        return " " * len(match.group())

    return _ASKER.sub(blank, text)


# "Hi! I run marketing for a small SaaS company.": who asks, not a step. A sentence with a place
# to send to or read from, a number, or a second clause ("…, so email me …") is kept; but a
# number inside a compound ("a 24-lane center") is a description, and so is a second clause that
# only says how something is ("… and the pinsetters are old").
# A count of things ("we tap about 40 acres of maples") describes too; a time or a span does not.
_ABOUT_US = re.compile(
    r"(?:^|(?<=[.!?]))\s*(?:(?:i|we)(?:\s+(?:run|manage|lead|head|own|oversee|coordinate|"
    r"operate|host|grow|raise|sell|tap|farm|breed|brew|teach|coach|volunteer|maintain|"
    r"look\s+after|take\s+care\s+of|"
    r"work\s+(?:in|on|at|for|with))|['\u2019]m|['\u2019]re|\s+am|\s+are)\b"
    # "Context: our ops team is tiny and stretched.": how things are with us.
    r"|(?:our|my)\s+(?:[\w-]+\s+){1,3}?(?:is|are|was|were|has|have)\b)"
    # A comma may come before the "and" of a second clause: "I manage the lab, and the staff
    # are tired of reading twenty emails a day." — how it feels is the trouble, as below.
    r"(?:,?\s*\band\s+(?:the|our|my|its|their)\s+(?:[\w-]+\s+){1,2}?(?:is|are)\s+"
    r"(?:(?:a\s+|an\s+)?[\w-]+(?=\s*[.!])|(?:so\s+|really\s+|getting\s+)?(?:tired|sick|"
    r"fed\s+up|frustrated|annoyed|overwhelmed|swamped|drowning)\s+(?:of|with|in|by)\b)|\d+-[a-z]"
    r"|\band\s+(?:[a-z]+ly\s+)?(?:i|we)(?:['\u2019]m|['\u2019]re|\s+am|\s+are)\b"
    # "… and parents keep asking what's for lunch", "… and nobody ever knows who's watering":
    # what others do, the trouble that prompts the request, is no step either.
    # "…, and the old boiler keeps tripping overnight": a thing that keeps failing, likewise.
    r"|,?\s*\band\s+(?:(?:nobody|no\s+one|everyone|everybody|someone|somebody)\s+"
    r"(?:ever\s+|always\s+|never\s+|still\s+)?[a-z]+s"
    r"|(?:people|[a-z]{3,}s)\s+(?:keep|always|never|often|constantly|regularly)"
    r"|(?:the|our|my|its|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+keeps)\b"
    r"|\b\d+(?:[.,]\d+)?\s+(?!(?:am|pm|a\.m|p\.m|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|"
    r"years?|times?|st|nd|rd|th)\b)[a-z]{3,}"
    # The sentence's end, not the dot inside "sam.lee@…" or "example.com".
    r"|(?!\b(?:and|so|but|then|please|every|each)\b)[^.!?,;:#@/\d])*[.!](?=\s|$)",
    re.IGNORECASE,
)

# "we keep forgetting to send the logs, so on the 5th post a reminder …", "I always miss the
# deadline, so …": what keeps happening to us, before ", so", is the reason for the request.
_REASON = re.compile(
    r"(?:^|(?<=[.!?]))\s*(?:i|we)\s+(?:keep|kept|always|often|sometimes|never|constantly|"
    r"regularly|usually|tend\s+to|forget|forgot)\b[^.!?,;:#@/\d]*,?\s+so\b"
    # "… to #ops. We keep forgetting to do this by hand.", "It always slips through the cracks.":
    # the same trouble as a sentence of its own, with no place, address or number in it.
    r"|(?:^|(?<=[.!?]))\s*(?:(?:i|we)\s+(?:keep|kept|always|often|sometimes|never|constantly|"
    r"regularly|usually|tend\s+to|forget|forgot|waste|spend|hate)"
    r"|(?:this|it|that)\s+(?:keeps|always|often|never|usually|constantly)"
    # "The Harbour Singers committee keeps missing new joiners because the form goes to an old
    # inbox": a named thing that keeps going wrong, and why, told in the third person, is the
    # same trouble (its "because" clause would read as steps; told alone it is background).
    r"|(?:the|our|my|their)\s+(?:[\w-]+\s+){0,4}?[\w-]+\s+keeps?\s+[a-z][a-z-]*ing\b"
    r"[^.!?,;:#@/\d]*?\bbecause"
    r"|(?:right\s+now|currently|at\s+the\s+moment|today),?\s+(?:someone|somebody|we|i)\s+\w+)"
    r"\b[^.!?,;:#@/\d]*[.!](?=\s|$)",
    re.IGNORECASE,
)

# "We run a trampoline park and someone spends every Sunday night reading forms by hand.", "I run
# the bar and I always forget limes until we're out on a Saturday night.": who we are, then what
# keeps going wrong; its days and times are the trouble's, not the schedule's. A sentence that
# asks ("so …", "please", "could you") or names a place is kept.
_US_AND_TROUBLE = re.compile(
    r"(?:^|(?<=[.!?]))\s*(?:i|we)\s+(?:run|manage|own|operate|host|lead|head|volunteer|work|"
    r"look\s+after|take\s+care\s+of)\b[^.!?#@/\d,;:]*?,?\s+and\s+"
    r"(?:(?:someone|somebody|nobody|no\s+one|everyone|everybody)\s+(?:[a-z]+ly\s+|ever\s+|"
    r"always\s+|still\s+|never\s+)?[a-z]+s"
    r"|(?:i|we)\s+(?:always|keep|often|never|constantly|usually|sometimes)"
    r"|(?:the|our|my)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:keeps|always|never|constantly)"
    # "…, and a jammed nozzle can go unnoticed until morning", "… and clogged pumps may run
    # dry": what could go wrong, a thing and a "can/may/might", is the trouble too.
    r"|(?:(?:a|an|the|one|any|our|my)\s+(?:[\w-]+\s+){0,2}?[\w-]+|[a-z]{3,}s)\s+"
    r"(?:can|could|may|might|often|sometimes)(?:\s+(?:easily|still|quietly))?\s+(?!you\b|u\b)[a-z]+)\b"
    r"(?:(?!\b(?:so|please|then|can|could|would)\b)[^.!?#@/])*[.!](?=\s|$)",
    re.IGNORECASE,
)
# "Bail bonds office here, and keeping tabs on clients is most of the job.": a doing named as a
# thing ("keeping tabs …") and how it is; no step ("Bring the bins in if …" is a verb).
_GERUND_STATE = re.compile(
    r"(?:^|(?<=[.!?]))\s*(?:and\s+)?(?!(?:bring|ring|ping|sting|string|swing|fling)\b)"
    r"(?P<gerund>[a-z]{2,}ing)\s+(?:[\w'-]+\s+){0,5}?(?:is|are|was|were)\s+"
    r"[^.!?#@/\d,;:]*[.!](?=\s|$)",
    re.IGNORECASE,
)


def _blank_gerund_states(text: str) -> str:
    """Blank a sentence on a doing ("keeping tabs … is most of the job") a step could read."""
    # Only the gerund of a verb could be misread as a step ("keep" a pick); "stewarding on match
    # days is always a scramble" is background already, and stays counted as such.
    return _GERUND_STATE.sub(
        lambda m: " " * len(m.group()) if lemma(m["gerund"]) else m.group(), text
    )


# "You'll check the sensor …, and you'll post in #ops when …": the assistant told what it will
# do; the step is the verb after "you'll", read as the imperative it stands for.
_YOU_WILL = re.compile(
    r"\byou(?:['\u2019]ll|\s+will|\s+should|\s+can)\s+(?=([a-z]+)\b)", re.IGNORECASE
)


# "After each move, Two Oaks Removals should email …", "…, we'll post …": after a comma, who
# does the step (we, I, or a name in capitals) and a modal; the step is the verb after them. A
# lower-case subject is left alone: "…, urgent tickets should go to #ops" names a subset.
_NAMED_DOER = re.compile(
    r",\s*(?:we|I|(?-i:[A-Z][\w'-]*)(?:\s+(?:&\s+)?(?-i:[A-Z])[\w'.-]*){0,3})"
    r"(?:['\u2019]ll|\s+(?:will|should|must|shall|needs?\s+to|has\s+to|have\s+to))\s+"
    r"(?=([a-z]+)\b)",
    re.IGNORECASE,
)
_MODALS = ("'ll ", "\u2019ll ", " will ", " should ", " must ", " shall ", " to ")


def _blank_second_person(text: str) -> str:
    for match in _YOU_WILL.finditer(text):
        if match.group(1).lower() in ACTION_VERBS:
            text = blank_span(text, match.span())
    if "," in text and any(modal in text for modal in _MODALS):
        for match in _NAMED_DOER.finditer(text):
            if match.group(1).lower() in ACTION_VERBS:
                text = blank_span(text, (match.start() + 1, match.end()))
    return text


# "a score comes in at 20 or higher", "any block at 24 brix or above": the value may carry its
# unit ("brix", "%", "°C", "ppm"), never a clock's "am"/"pm".
_AT_OR_MORE = re.compile(
    r"\bat\s+\d+(?:\.\d+)?(?:\s*(?:%|\u00b0\s?[CF]?|(?!(?:am|pm|o'clock)\b)[a-z]+))?\s+or\s+"
    r"(?:higher|more|above|over|greater|lower|less|below|under)\b",
    re.IGNORECASE,
)
# "hasn't been seen since 6pm", "no orders since Monday": when a state last changed, in a
# test; a run never starts "since" a time ("hasn't reordered since January" neither).
_SINCE = re.compile(
    rf"\bsince\s+(?:(?:last|this|yesterday)\s+)?(?:{DAY}|{MONTH}|midnight|noon|midday|"
    r"\d{1,2}(?::\d\d)?(?:\s*[ap]\.?m\b\.?)?)"
    r"(?:\s+(?:this|last|yesterday)\s+(?:morning|afternoon|evening|night))?",
    re.IGNORECASE,
)


def _blank_all(pattern: re.Pattern[str], text: str) -> str:
    return pattern.sub(lambda m: " " * len(m.group()), text)


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


# Names of the CRM itself, not sales words that may be any API's data.
_CRM_NAMED = re.compile(r"\b(?:salesforce|sfdc|crm)\b", re.IGNORECASE)


def _fetch_for_condition(steps: list[StepDraft], text: str) -> list[Doubt]:
    """Add the fetch a scheduled workflow's first condition needs to have anything to test."""
    if not steps or steps[0].action != CONDITION:
        return []
    # A scheduled run starts with no input: "every 5 minutes, alert #ops if it is down" must
    # fetch "it" first. Sales words in the condition point at Salesforce, anything else at HTTP.
    if dest.SALES_WORDS.search(steps[0].subject):
        fetch = StepDraft("salesforce.query", {}, 0.8, "query Salesforce", need="soft")
    elif dest.URL.search(steps[0].subject):
        # "check if the build at https://… is green": the test names what it reads.
        steps.insert(0, StepDraft("http.request", dest.url_config(steps[0].subject), 1.0, "call"))
        return []
    elif _CRM_NAMED.search(text) and not dest.URL.search(text):
        # "post in #partnerships any reseller accounts in Salesforce whose …": the test's items
        # are told apart from its words, but the text names the system they live in.
        fetch = StepDraft("salesforce.query", {}, 0.8, "query Salesforce", need="soft")
    else:
        fetch = StepDraft("http.request", dest.url_config(text), 0.8, "call the API")
    steps.insert(0, fetch)
    return [confidence.implied_fetch(fetch.action)]


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
