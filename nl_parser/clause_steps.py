"""Read an instruction's clauses, in order, into step drafts.

Each clause is an action (read by `actions.py`), a trigger (an event: no step), or a test: "if /
when / unless …", a subset ("for the mobile ones", "for each order over $2,000"), "otherwise"
(the other branch of the test before it). A test guards the action after it, or the one before
it when it trails ("…, if it is down"); "if it is zero, do nothing" guards nothing. The reading
keeps, per clause, the steps it made, for `loose_ends.py` to compare the text against.
"""

import re
from dataclasses import dataclass, field, replace
from itertools import takewhile

from nl_parser.actions import labels_a_source, read_clause
from nl_parser.arrived_fields import fields_of_the_arrival, item_from_a_site
from nl_parser.bare_comparisons import BARE_COMPARISON, compared_subject
from nl_parser.branches_told import (
    NOTHING,
    action_follows,
    case_follows,
    case_named,
    names_the_other_branch,
    nothing_before_test,
    otherwise_body,
    test_of_doing_nothing,
)
from nl_parser.case_labels import label_case
from nl_parser.classes_left_alone import leaves_a_routed_sort_alone
from nl_parser.classes_named import class_as_subject
from nl_parser.clause_pieces import Clause
from nl_parser.clauses import marks_order_only
from nl_parser.condition_steps import condition_step, test_bringing_about
from nl_parser.conditions import (
    CONDITION,
    EVENT,
    ConditionDraft,
    befallen_state,
    read_condition,
    recorded_state,
    unread_condition,
)
from nl_parser.confidence import Doubt
from nl_parser.described_items import ones_described
from nl_parser.destinations import DELIVERY_ACTIONS, SAME_MESSAGE
from nl_parser.drafts import StepDraft
from nl_parser.event_states import (
    held_up_state,
    read_event_state,
    read_state,
    says_which_events,
)
from nl_parser.filters import find_filter
from nl_parser.guards import (
    EVENT_OPENERS,
    GUARDS,
    names_a_case_left_alone,
    shared_guard_start,
    trailing,
)
from nl_parser.had_done import has_thing_done
from nl_parser.headline_triggers import (
    headline_event_leads,
    headline_state_leads,
    heads_arriving_items,
    heads_items_worked_on,
    opens_on_an_item_event,
)
from nl_parser.items_for_each import (
    ITEM_SOMEONE_SENDS,
    NEW_ITEMS,
    opens_on_new_items,
    walks_each_item,
)
from nl_parser.kinds_asked import kind_asked_for
from nl_parser.lone_places import place_routed_to, place_sent_to
from nl_parser.loose_ends import ClauseReading
from nl_parser.moments_awaited import (
    AWAITING_OPENERS,
    BARE_DURATION,
    DEED_DONE,
    DEED_OPENERS,
    FALLS_DUE,
    HAD_A_THING,
    TIME_OF_EVENT,
    TRAILING_DURATION,
    approval_awaited,
)
from nl_parser.moments_of_tests import names_test_moment, without_test_moment
from nl_parser.name_headings import heads_with_a_name
from nl_parser.openers import OTHER_BRANCHES, SUBSET_OPENERS
from nl_parser.other_branches import (
    guard_the_rest,
    negated,
    pick_before_the_rest,
    subset_delivered,
)
from nl_parser.polled_states import polled_state
from nl_parser.questions_as_tests import (
    BARE_ANSWER,
    IF_NOT,
    after_if_so,
    answer_before,
    answer_labelled,
    answer_to_question,
    asks_the_if_after,
    test_of_question,
)
from nl_parser.routed_kinds import kind_routed_after_fetch
from nl_parser.sources_told_first import put_sources_after_takes
from nl_parser.verbless_tests import verbless_test
from nl_parser.verbs import DELAY, lemma
from nl_parser.waits import (
    AWAITED_IN_HAND,
    ONE_UNIT,
    delay_step,
    later_in_test,
    signal_step,
)
from nl_parser.whole_parse_doubts import state_after_event


@dataclass
class StepReading:
    """The steps read from the clauses, the spans read, the events, and the doubts met."""

    steps: list[StepDraft]
    spans: list[tuple[int, int]]
    events: list[str] = field(default_factory=list)
    parts: list[ClauseReading] = field(default_factory=list)
    doubts: list[Doubt] = field(default_factory=list)


def read_steps(clauses: list[Clause], *, scheduled: bool) -> StepReading:
    """Return the steps the clauses ask for, in order, with what was read and doubted."""
    reading = StepReading([], [])
    clauses = put_sources_after_takes(clauses)  # "From each card pull the name, …"
    if heads_with_a_name(clauses, scheduled=scheduled):
        # "Wrenfield Vets | new online booking | …": whose workflow it is; the next field opens.
        reading.spans.append((clauses[0].start, clauses[0].end))
        reading.parts.append(ClauseReading(clauses[0], []))
        clauses = clauses[1:]
    previous: tuple[Clause, int] | None = None  # last action clause and the index of its first step
    tested: StepDraft | None = None  # the last condition, for an "otherwise" to negate
    fetched = ""  # the words of the clauses that fetched, lower-cased
    leading: int | None = None  # where a condition waiting for the action after it begins
    waiting: StepDraft | None = None  # a wait an "N hours after <event>" puts before the steps
    quiet = False  # "stay quiet if …, otherwise …" was read: the test guards only the other branch
    routed: int | None = None  # a lone place read with the items before it ("bugs → #qa")
    branched: int | None = None  # the clause a bare "else →" hands the other branch to
    for index, written in enumerate(clauses):
        if index == routed:
            reading.spans.append((written.start, written.end))
            continue
        clause = after_if_so(written)
        if clause.start > written.start:
            reading.spans.append((written.start, clause.start))  # "in which case": read
            answer = answer_before(written, reading.parts)
            if answer is not None:
                # "extract the name and whether they hold a licence; if they do, send …": "if
                # so" tests the answer the step before found out.
                reading.parts.append(ClauseReading(replace(written, text=""), [answer]))
                reading.steps.append(answer)
                tested = answer
            elif reading.parts and not tested:
                # "check whether the customer is under warranty; if so, …, otherwise …": the
                # check read as a test is what "if so" names, and what "otherwise" turns around.
                checks = [s for s in reading.parts[-1].steps if s.action == CONDITION]
                tested = checks[-1] if checks else None
        if names_a_case_left_alone(written):
            # "…, unless it is a draft, in which case skip it": the test before guards the step
            # before it; leaving the case alone is no step.
            reading.spans.append((written.start, written.end))
            reading.parts.append(ClauseReading(clause, []))
            continue
        if index == 0 and not scheduled and headline_state_leads(clauses):
            # "new PR marked as hotfix on the game repo => #build-team …": the item and the state
            # recorded of it, heading an unscheduled text, say which events count, as "when" does.
            clause = replace(clause, conditional="when")
        if index == 0 and not scheduled and headline_event_leads(clauses):
            # "lamp monitor reports a lamp failure → page …": a thing telling of something,
            # heading an unscheduled text, is the event, and what it tells may be a test.
            clause = replace(clause, conditional="when")
        if not written.conditional and reading.steps and case_named(clauses, index):
            # "weddings -> email bookings@… / all other requests -> #gigs": a kind named alone
            # before its step, with the remainder routed after it, is the case tested for.
            clause = replace(clause, conditional="if")
        if index == 0 and not scheduled and heads_arriving_items(clauses):
            # "support inbox → each new ticket → …": where the items arrive, named before them,
            # is a heading, not a step (a lone "→ support inbox" later is where they go).
            reading.spans.append((written.start, written.end))
            reading.parts.append(ClauseReading(clause, []))
            continue
        if index == 1 and not scheduled and heads_arriving_items(clauses):
            # "… → every incoming email → …": the items arriving there are the trigger.
            reading.events.append(" ".join(clause.text.split()))
            reading.spans.append((written.start, written.end))
            reading.parts.append(ClauseReading(clause, [], event=True))
            continue
        if index == 0 and not scheduled and heads_items_worked_on(clauses):
            # "stables inbox → classify each message …": where the items arrive, named before
            # a step on each of them, is the trigger (a new one arriving there).
            reading.events.append(" ".join(clause.text.split()))
            reading.spans.append((written.start, written.end))
            reading.parts.append(ClauseReading(clause, [], event=True))
            continue
        if index == 0 and not scheduled and opens_on_an_item_event(clause):
            reading.events.append(" ".join(clause.text.split()))
            reading.spans.append((written.start, written.end))
            reading.parts.append(ClauseReading(clause, [], event=True))
            continue
        if nothing_before_test(clauses, index):
            # "stay quiet if every job succeeded, otherwise page …": the test only matters to the
            # "otherwise" after it, as "if every job succeeded, do nothing, otherwise …" does.
            quiet = True
            reading.spans.append((written.start, written.end))
            reading.parts.append(ClauseReading(clause, []))
            continue
        if not quiet and test_of_doing_nothing(clauses, index):
            # "Don't bother them if everything's running.": the test says only when nothing is
            # done; with no "otherwise" after it, it guards no step.
            reading.spans.append((written.start, written.end))
            reading.parts.append(ClauseReading(clause, []))
            continue
        if (
            (tested or subset_delivered(reading.steps))
            and names_the_other_branch(clause)
            and action_follows(clauses, index)
        ):
            # "glass skip? hit the webhook; anything else → post it in #yard-team", "Absent any
            # such reading, the figures are to be posted …": the remainder named alone, before
            # a step, hands that step the other branch, as a bare "else →" does.
            branched = index + 1
            reading.spans.append((written.start, written.end))
            continue
        if clause.conditional in OTHER_BRANCHES or index == branched:
            # "if it is zero, do nothing, otherwise post it to #errors": the other branch.
            clause = otherwise_body(clause)
            if not re.search(r"\w", clause.text) and action_follows(clauses, index):
                # "over 30 kg → POST it to …, else → post the scan in #belt-2": the word alone
                # before an arrow (read as ";") or a colon opens the clause after it.
                branched = index + 1
                reading.spans.append((written.start, written.end))
                continue
            steps = read_clause(clause.text, prior=reading.steps) or []
            if not tested and steps and reading.parts:
                # "send access requests to the webhook, otherwise post it in #it-queue": the
                # subset the delivery before picked is the test the other branch turns around.
                picked = [s for s in reading.parts[-1].steps if s.action == CONDITION]
                tested = picked[-1] if picked else None
            # "…, otherwise do nothing" adds nothing: the branch before it was the whole test.
            guard = [negated(tested)] if tested and steps else []
            if not tested and steps:
                reading.doubts.append(
                    Doubt(0.4, "uncertain: 'otherwise' follows no test the parser read")
                )
            reading.spans.append((written.start, written.end))
            reading.parts.append(ClauseReading(clause, [*guard, *steps]))
            reading.steps.extend([*guard, *steps])
            continue
        said = answer_labelled(clause, reading.parts, tested)
        if said is not None:
            # "look at whether the patient has opted in. Opted in: … Not opted in: …": the
            # first label says which answer the question's test stands for, a later one the
            # other branch.
            guard = []
            if tested is None:
                tested = test_of_question(reading.parts[-1], reading.steps, negate=not said)
            else:
                guard = [negated(tested)]
                leading = len(reading.steps)
                reading.steps.extend(guard)
            reading.spans.append((written.start, written.end))
            reading.parts.append(ClauseReading(clause, guard))
            continue
        tests = [i for i, step in enumerate(reading.steps) if step.action == CONDITION]
        if clause.conditional and not tested and tests and IF_NOT.match(clause.text):
            # "check whether https://… returns 200 and alert #ops if not": the check's own test,
            # turned around.
            reading.steps[tests[-1]] = negated(reading.steps[tests[-1]])
            reading.spans.append((written.start, written.end))
            reading.parts.append(ClauseReading(clause, []))
            continue
        answer = answer_to_question(clause, reading.parts, tested)
        if answer is not None:
            # "check whether https://… is still on air, and if it has gone silent, …": the "if"
            # names which answer to the question the step runs on; one test, not two.
            at = reading.steps.index(reading.parts[-1].steps[-1])
            reading.steps[at] = reading.parts[-1].steps[-1] = tested = answer
            leading = at
            reading.spans.append((written.start, written.end))
            reading.parts.append(ClauseReading(clause, []))
            continue
        answer = BARE_ANSWER.match(clause.text) if clause.conditional == "if" and tested else None
        if answer and answer["yes"]:
            # "holds a forklift licence? → yes: email it …": the question is the test already.
            reading.spans.append((written.start, written.end))
            reading.parts.append(ClauseReading(clause, []))
            continue
        if (answer or clause.conditional) and tested and (answer or IF_NOT.match(clause.text)):
            # "… is green, post 'all good' to #eng; if not, page the CI webhook": "if not" is
            # the other branch of the test before it, guarding the action that follows; so is
            # "no:" after a question ("… / no: post it in #hiring").
            guard = [negated(tested)]
            reading.spans.append((written.start, written.end))
            reading.parts.append(ClauseReading(clause, guard))
            leading = len(reading.steps)
            reading.steps.extend(guard)
            continue
        if (
            index + 1 < len(clauses)
            and clauses[index + 1].conditional == "after"
            and (BARE_DURATION.match(clause.text) or ONE_UNIT.match(clause.text))
        ):
            # "48 hours after a photo session wraps up, email …": a wait after the event ("the
            # day after …" waits a day).
            waiting = delay_step(clause.text)
            reading.spans.append((written.start, written.end))
            continue
        delayed = TRAILING_DURATION.search(clause.text)
        if (
            delayed
            and delayed.start() > 0
            and not any(lemma(w) in DELAY for w in re.findall(r"[a-z]+", clause.text.lower()))
            and index + 1 < len(clauses)
            and clauses[index + 1].conditional == "after"
        ):
            # "email owners a reminder 11 months after each shot": the same wait after the
            # event, said after the step it delays.
            waiting = delay_step(delayed.group().strip())
            reading.spans.append((clause.start + delayed.start(), clause.start + delayed.end()))
            clause = replace(clause, text=clause.text[: delayed.start()])
        if names_test_moment(clauses, index) and reading.parts and reading.parts[-1].steps:
            # "if a book is marked as damaged when it's returned": the event the test is made
            # on, said after it; no second test, and no trigger apart from the test's own.
            reading.spans.append((written.start, written.end))
            reading.parts.append(ClauseReading(clause, []))
            continue
        if index and marks_order_only(clause):
            # "then email dba@x.com when it's done": the steps already run in order; no test.
            reading.spans.append((written.start, written.end))
            reading.parts.append(ClauseReading(clause, []))
            continue
        if clause.conditional:
            # "still failing? post …": a test asked as a question has no opener in its text.
            opened = clause.text.lower().startswith(clause.conditional)
            body = clause.text[len(clause.conditional) :] if opened else clause.text
            # "parcel arrives with a cracked screen → …": a headline event read as "when" is
            # judged as "when" would say it, so its subject's words are not taken for its state.
            said = clause.text if opened else f"{clause.conditional} {clause.text}"
            if (
                reading.steps
                and reading.steps[-1].action == "wait_for_signal"
                and clause.conditional in AWAITING_OPENERS
                and AWAITED_IN_HAND.match(body)
            ):
                # "we need the landlord's go-ahead before anything happens; once we have it,
                # email …": the approval just waited for, not a test or a second wait.
                reading.spans.append((clause.start, clause.end))
                reading.parts.append(ClauseReading(clause, []))
                continue
            awaited = approval_awaited(
                clauses, index, body, reading.steps, reading.events, previous
            )
            if awaited and reading.steps[awaited - 1].action == "wait_for_signal":
                # "… needs Gareth's sign-off first — once he's approved it, email it …": the
                # approval the run already waits for, said again as the moment it goes on.
                reading.spans.append((clause.start, clause.end))
                reading.parts.append(ClauseReading(clause, []))
                continue
            if awaited is not None:
                # "email it to the manager, and when she approves it, forward it to payroll":
                # after a step, someone approving is what the run waits for, not a trigger.
                wait = signal_step(body)
                reading.spans.append((clause.start, clause.end))
                reading.parts.append(ClauseReading(clause, [wait]))
                reading.steps.insert(awaited, wait)
                if previous and awaited <= previous[1]:
                    previous = (previous[0], previous[1] + 1)
                continue
            if clause.conditional in ("for the", "for"):
                # "for the mobile ones, post …": the modifier of "ones" names the subset.
                classified = any(s.action == "classify" for s in reading.steps)
                condition = find_filter(body, after_classify=classified)
            elif clause.conditional in SUBSET_OPENERS and opens_on_new_items(
                clause, body, reading.parts, scheduled=scheduled
            ):
                # "For every new Typeform response, …" opening the text: the trigger; it tests
                # only what it says beyond the kind of item ("for each new order over $500").
                sent_in = ITEM_SOMEONE_SENDS.match(body)
                condition = read_condition(
                    body[sent_in.end() :] if sent_in else NEW_ITEMS.sub("", body, count=1)
                )
                if sent_in and condition and condition.strength < 0.5:
                    # "… a technician uploads from the field": where it is sent from is no test.
                    condition = None
            elif clause.conditional in SUBSET_OPENERS:
                condition = find_filter("the ones " + body, after_classify=False)
                if walks_each_item(body, condition, clause.conditional, fetched):
                    # "fetch …/failed-payments and, for every failed payment, email …": each.
                    reading.spans.append((clause.start, clause.end))
                    reading.parts.append(ClauseReading(clause, []))
                    continue
            else:
                # "if it is over 10, do nothing, otherwise …": the test is the words before.
                # "if any room is still occupied after checkout": the moment is no part of it.
                body = without_test_moment(body)
                head, _, tail = body.rpartition(",")
                # "when a container is stuck at the port": a hold-up on the item's way is a firm
                # test, though a looser rule reads "is stuck" too.
                condition = held_up_state(body) or read_condition(
                    head if head and NOTHING.match(tail) else body
                )
                if (
                    condition is not None
                    and condition.strength < 0.5
                    and clause.conditional in DEED_OPENERS
                    and " ha" in body
                    and DEED_DONE.match(body)
                ):
                    # "once a learner has had their first lesson": the moment a deed is done is
                    # the trigger ("if a customer has exceeded their limit" still tests).
                    condition = None
                if (
                    condition is not None
                    and condition.strength < 1
                    and clause.conditional in DEED_OPENERS
                    and has_thing_done(body)
                ):
                    # "after a patient has a crown fitted": a thing of one's own had done is the
                    # deed, whatever loose test "has a crown" read ("if" still tests).
                    condition = None
                if (
                    condition is not None
                    and condition.strength < 1
                    and clause.conditional == "after"
                    and HAD_A_THING.match(body)
                ):
                    # "the day after a patient has a filling": "after" counts from the moment a
                    # thing was had, the event ("when a guest has a complaint" still tests).
                    condition = None
                if (
                    condition is not None
                    and condition.strength < 1
                    and clause.conditional in EVENT_OPENERS
                    and says_which_events(said)
                ):
                    # "when a Crestfield Academy school trip is called off for low numbers": a
                    # loose rule reads "is called" on a long name; the firm one reads the cause.
                    condition = read_event_state(body) or condition
                if (
                    condition is not None
                    and condition.strength < 1
                    and clause.conditional == "after"
                    and waiting is not None
                    and " due" in body
                    and FALLS_DUE.search(body)
                ):
                    # "two hours after a van is due back": the moment it falls due is what the
                    # wait counts from, the event; whether it came back is tested later, if asked.
                    condition = None
            if condition is None and clause.conditional == "if" and case_named(clauses, index):
                # "…: distinction → post their name …, otherwise …": the case tested for.
                condition = label_case(body)
            reading.spans.append((clause.start, clause.end))
            if condition is None and (
                (scheduled and clause.conditional in GUARDS)
                or (
                    reading.steps
                    and clause.conditional in GUARDS - EVENT_OPENERS
                    and not EVENT.search(body)
                )
            ):
                # A scheduled run has no trigger event: "if any domain expires soon" is a test;
                # nor is an "if" after a step ("check …/status and, if anything looks off, …"),
                # unless it names an event ("email a@x.com if the vendor signs up"). "… if a
                # sailing has been cancelled": the setback that befell an item is its state.
                condition = (
                    read_state(body)
                    or befallen_state(body)
                    or (polled_state(body) if scheduled else None)
                    or unread_condition(body)
                )
            weak = condition is None or condition.strength < 0.5
            if (
                weak
                and (reading.steps or reading.events)
                and clause.conditional in GUARDS - EVENT_OPENERS
            ):
                # "email the rider a receipt unless the bike was logged as damaged": a passive
                # on the item in hand is a state recorded on it, a test though it reads as news.
                condition = recorded_state(body) or condition
            if condition is None and clause.conditional in ("if", "should") and " " in body:
                # "If an airport shuttle run gets cancelled, text …": "if" before what befalls
                # one item asks whether it did, a test ("when" names the event instead); so does
                # "if" before an item of a kind ("a refill request for a controlled drug"), and
                # the inverted "should" ("Should a customer's card payment be declined, …").
                condition = befallen_state(body) or kind_asked_for(body)
            time_of_event = TIME_OF_EVENT.match(body)
            if condition is None and time_of_event and reading.parts and reading.parts[-1].event:
                # "when a login happens after 10pm": the time says which events count.
                condition = ConditionDraft(
                    CONDITION,
                    {"field": "$.time", "operator": "gt", "value": time_of_event.group(1)},
                    0.6,
                    text=" ".join(clause.text.split()),
                )
            if condition is None and time_of_event and _tested_by_the_event(reading.parts):
                # "when the system reports a gate left open after 18:00": the hour is one more
                # word of the test the event's own clause made, no test or trigger of its own.
                reading.parts.append(ClauseReading(clause, []))
                continue
            if condition is None and (says_which_events(said) or state_after_event(clause.text)):
                # "when a ticket sits unassigned for over an hour", "signs up with a company
                # email": the trigger also says which events count, so it is a guard too.
                condition = read_event_state(body) or unread_condition(body)
            if (
                condition is None
                and reading.events
                and clause.conditional in GUARDS - EVENT_OPENERS
            ):
                # "when a booking comes in, if the deposit has been paid, …": the trigger is
                # already read, so an "if" after it tests the item it brought.
                condition = unread_condition(body)
            if condition is None:
                reading.events.append(" ".join(clause.text.split()))
                reading.parts.append(ClauseReading(clause, [], event=True))
                continue  # an event trigger ("when a new signup arrives") needs no step
            drafts = [
                condition_step(
                    condition,
                    negate=clause.conditional == "unless" and not case_follows(clauses, index),
                )
            ]
            if _asks_whether_picked_exist(drafts[0], reading.steps):
                # "check …/vans for any van that hasn't moved and ping #dispatch if there is
                # one": the items the test before picked are what it asks after; one test.
                reading.parts.append(ClauseReading(clause, []))
                continue
            tested = drafts[0]
            if NOTHING.match(body.rsplit(",", 1)[-1]) or quiet:
                quiet = False
                # "if it is zero, do nothing": the test only matters to an "otherwise" after it.
                reading.parts.append(ClauseReading(clause, []))
                continue
            fetched_last = bool(reading.steps) and reading.steps[-1].action in _FETCHES
            later = later_in_test(body, after_fetch=fetched_last)
            if later and reading.steps:
                # "…; if they haven't upgraded two days later, post …": wait, then test.
                drafts.insert(0, delay_step(later.group()))
            trails = previous and previous[0].sentence == clause.sentence
            if (
                trails
                and clause.conditional == "unless"
                # "poll … and stay quiet unless …, in which case page …": a fetch is no branch.
                and reading.parts[-1].steps
                and reading.parts[-1].steps[-1].action not in _FETCHES
                and case_follows(clauses, index)
            ):
                # "email them the pack, unless they've sung before, in which case post …": the
                # step before runs when the test fails, the case named when it holds; two guards.
                at = shared_guard_start(reading.parts, reading.steps, clause.sentence, previous[1])
                reading.steps.insert(at, condition_step(condition, negate=True))
                previous = (previous[0], previous[1] + 1)
            trails = trails and trailing(clauses, index)
            if waiting and not trails and clause.conditional == "after":
                # "seven days after an install is set to 'commissioned', email …": the state is
                # the event's own, tested when it happens; the wait runs from then.
                drafts, waiting = [*drafts, waiting], None
            elif waiting and not trails:
                # "seven days after we send the proofs, check …; if they haven't picked, email
                # them": the wait after the event comes before the test, not only its step.
                drafts, waiting = [waiting, *drafts], None
            reading.parts.append(ClauseReading(clause, drafts))
            if trails:
                # A trailing "…, if it is down" guards the action just before it (and the
                # deliveries listed with it).
                at = shared_guard_start(
                    reading.parts[:-1], reading.steps, clause.sentence, previous[1]
                )
                reading.steps[at:at] = drafts
                previous = (previous[0], previous[1] + len(drafts))
            else:
                # "…, and if the total is over $500, send …" guards the action that follows.
                leading = len(reading.steps)
                reading.steps.extend(drafts)
            continue
        if not clause.text.strip():
            reading.spans.append((written.start, written.end))  # a bare "if so,"
            continue
        consequence = test_bringing_about(clause.text, reading.steps)
        if consequence:
            # "any room outside 45-55% means the dehumidifier webhook gets triggered": the
            # subject is the test, what it brings about the step it guards.
            if waiting:  # "thirty minutes after …, look up … — anything warmer …": wait first
                consequence, waiting = [waiting, *consequence], None
            at = next(i for i, step in enumerate(consequence) if step.action == CONDITION)
            tested = consequence[at]
            leading = None
            reading.spans.append((clause.start, clause.end))
            reading.parts.append(ClauseReading(clause, consequence))
            previous = (clause, len(reading.steps) + at + 1)
            reading.steps.extend(consequence)
            continue
        compared = (
            read_condition(clause.text)
            if (BARE_COMPARISON.fullmatch(clause.text) or compared_subject(clause.text, whole=True))
            # "salesforce: contracts expiring within 30 days": what the fetch asks the system for.
            and not labels_a_source(clause.text)
            else None
        )
        compared = compared or verbless_test(clauses, index, reading.steps, scheduled=scheduled)
        if compared and index + 1 < len(clauses):
            # "…, over 1000 ppm -> post in #growers": a comparison alone guards the step after.
            drafts = [condition_step(compared, negate=False)]
            tested = drafts[0]
            reading.spans.append((clause.start, clause.end))
            reading.parts.append(ClauseReading(clause, drafts))
            leading = len(reading.steps)
            reading.steps.extend(drafts)
            continue
        if asks_the_if_after(clauses, index):
            # "find out if https://… is offline; if so, …": the verb only asks the question the
            # "if" after it says; it fetches nothing of its own ("check" reads so already).
            reading.spans.append((clause.start, clause.end))
            reading.parts.append(ClauseReading(clause, []))
            continue
        place = place_routed_to(clauses, index, webhook_too=not scheduled)
        if place:
            # "classify each as bug report or praise; bug reports → #qa": items, then only
            # where they go, is a delivery of them there.
            items = ones_described(clause.text) or clause.text
            steps = read_clause(f"send {items.strip()} to {place}", prior=reading.steps)
            steps = kind_routed_after_fetch(clause.text, steps, reading.parts)
            routed = index + 1
        else:
            steps = read_clause(clause.text, prior=reading.steps)
            place = place_sent_to(clauses, index, steps)
            if place:
                # "Send: only results pending for more than 5 days → vets@…": a delivery that
                # names no place, then a place alone, is one delivery there.
                steps = read_clause(f"{clause.text.rstrip()} to {place}", prior=reading.steps)
                routed = index + 1
        if steps is None:
            continue
        if index == 0 and _heads_its_fetch(clauses, steps):
            # "ledgerloop api health; every 5 min; GET https://…/health": a title naming the API
            # that a later step calls by its URL is no call of its own.
            reading.spans.append((clause.start, clause.end))
            reading.parts.append(ClauseReading(clause, []))
            continue
        if not scheduled and reading.events and "http.request" in str(steps):
            steps = fields_of_the_arrival(clause.text, steps, reading.events)
        if not scheduled and "site" in clause.text and " from " in clause.text:
            steps = item_from_a_site(clause.text, steps)  # "tag each transcript from the site"
        steps = class_as_subject(clause.text, steps, reading.steps)
        if index + 1 == len(clauses) and leaves_a_routed_sort_alone(steps, reading.steps):
            steps = []  # "… Billing ones can be ignored.": the other classes took their tests
        steps = guard_the_rest(clause.text, steps, reading.steps)
        # "commercial policies → #desk | everything else → …": the place read with the items is
        # no clause of its own, so the remainder, if any, is the clause after it.
        following = index + 2 if place else index + 1
        if following < len(clauses):
            steps = pick_before_the_rest(clause.text, steps, reading.steps, clauses[following].text)
        if waiting and steps:
            steps, waiting = [waiting, *steps], None
        if not steps and leading is not None and NOTHING.match(clause.text):
            # "if it is zero, do nothing": a guard on nothing guards nothing.
            del reading.steps[leading:]
            for part in reading.parts:
                part.steps = [s for s in part.steps if s in reading.steps]
        leading = None
        if any(s.action in ("http.request", "salesforce.query") for s in steps):
            fetched += " " + clause.text.lower()
        reading.spans.append((clause.start, clause.end))
        reading.parts.append(ClauseReading(clause, steps))
        _send_once(clause.text, steps, reading)
        if steps:
            previous = (clause, len(reading.steps) + _steps_before_a_trailing_test(steps))
            reading.steps.extend(steps)
    return reading


def _tested_by_the_event(parts: list[ClauseReading]) -> bool:
    """Tell whether the clause just read was an event's, read as a test and nothing more."""
    if not parts or parts[-1].clause.conditional not in EVENT_OPENERS or not parts[-1].steps:
        return False
    return all(step.action == CONDITION for step in parts[-1].steps)


def _heads_its_fetch(clauses: list[Clause], steps: list[StepDraft]) -> bool:
    """Tell a leading title whose only step, a call guessed from its nouns, a URL call repeats."""
    return (
        len(steps) == 1
        and steps[0].action == "http.request"
        and bool(steps[0].doubt)
        and not steps[0].config.get("url")
        and any("://" in later.text for later in clauses[1:])
    )


_FETCHES = frozenset({"http.request", "salesforce.query"})
_BEFORE_A_TRAILING_TEST = _FETCHES | {"wait"}


def _steps_before_a_trailing_test(steps: list[StepDraft]) -> int:
    """Count the fetches and waits that open a clause's steps, when other steps follow them."""
    # "arrange for the forecast to be retrieved from https://…, and for the chief to be emailed
    # should wave height exceed 2.5 m": a trailing test reads the fetched data, so it guards the
    # steps after the fetch, not the fetch itself. "Three days after a trial lesson, email the
    # parent a code unless they've signed up": it is made when the step runs, after the wait.
    count = 0
    while count < len(steps) - 1 and steps[count].action in _BEFORE_A_TRAILING_TEST:
        count += 1
    return count


def _asks_whether_picked_exist(test: StepDraft, steps: list[StepDraft]) -> bool:
    """Tell "if there are any" after a test that picked items since the last fetch."""
    config = test.config
    if (config.get("field"), config.get("operator"), config.get("value")) != ("$.count", "gt", 0):
        return False
    if not any(s.action in _FETCHES for s in steps):
        return False
    since_fetch = takewhile(lambda s: s.action not in _FETCHES, reversed(steps))
    return any(s.action == CONDITION for s in since_fetch)


def _send_once(text: str, steps: list[StepDraft], reading: StepReading) -> None:
    """Send a message once when a later clause adds to the one named before it.

    "email the coordinator when a report is uploaded; extract the defects and put them in that
    email": "that email" is the one already named, sent after what goes into it is made, so the
    earlier step of the same delivery goes (its recipient kept on the later one).
    """
    if not SAME_MESSAGE.search(text):
        return
    for step in steps:
        if step.action not in DELIVERY_ACTIONS:
            continue
        earlier = [s for s in reading.steps if s.action == step.action]
        if not earlier:
            continue
        dropped = earlier[-1]
        step.config = {**dropped.config, **step.config}
        reading.steps.remove(dropped)
        for part in reading.parts:
            part.steps = [s for s in part.steps if s is not dropped]
