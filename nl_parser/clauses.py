"""Split an instruction (schedule words blanked) into clauses: one action or condition each.

A sentence splits before a conditional word (if, when, unless…), at "then", and at a comma or
"and" that is followed by an action verb — so "email a@x.com, b@y.com and the team" stays one
clause while "classify them and email urgent ones" becomes two.
"""

import re

from nl_parser.agents import JUDGES_A_CLASS
from nl_parser.bare_comparisons import (
    BARE_COMPARISON,
    SEGMENT,
    SUBJECT_COMPARISON,
    bare_test_end,
    compared_subject,
)
from nl_parser.clause_pieces import Clause
from nl_parser.clause_tokens import (
    CONNECTORS,
    COURTESY_WORDS,
    DASHES,
    TOKEN,
    WITHHOLDING,
    after_that_as_connector,
    connector_start,
    done_again,
    next_as_adjective,
    without_contrast,
    without_limiting_adverbs,
    without_then_inside_duties,
)
from nl_parser.items_headed import (
    ARRIVAL_WORDS,
    FIRM_NAME,
    ITEM_ARRIVED,
    ITEM_ARRIVING,
    ITEMS_AT_A_FIRM,
    ITEMS_COME_WITH,
    ITEMS_HEADED,
    ITEMS_LAND,
    inside_items_heading,
    items_headed_after_a_name,
)
from nl_parser.labels_as_tests import (
    answers_labelled,
    label_after_event_as_test,
    labelled_cases_as_tests,
)
from nl_parser.late_sources import NAMES_A_SOURCE, SYSTEM_NOUNS
from nl_parser.listed_fields import (
    field_taken_off_each,
    last_field_taken,
    listed_label,
    listed_noun,
    one_more_thing_sent,
)
from nl_parser.message_content import QUOTATION
from nl_parser.messages_told import (
    A_MESSAGE_ARTICLE,
    MESSAGE_PLACED,
    MESSAGE_TO_SOMEONE,
    PLACE_NAMED,
    SAID_IN_THE_SAME_MESSAGE,
    errand_asked,
    message_told,
    same_message_goes_on,
)
from nl_parser.moments_and_spans import (
    bare_moment,
    clock_time_ends_at,
    is_bare_moment,
    later_at,
    named_moment,
    told_as_a_state,
)
from nl_parser.openers import MOMENT_OPENERS, OTHER_BRANCHES, conditional_at
from nl_parser.participle_steps import (
    object_then_done_at,
    participle_step,
    place_named_before,
    with_thing_done,
)
from nl_parser.passive_duties import (
    arranged_to_be,
    asked_passive_at,
    asked_that_at,
    duty_at,
    gapped_duty_at,
    listed_before_a_duty,
    told_delivery_at,
)
from nl_parser.questions_before_steps import questions_as_tests
from nl_parser.receivers import joins_receivers, receives_at
from nl_parser.run_on_steps import step_runs_on, third_person_joined_at, unknown_verb_at
from nl_parser.sorted_routes import class_named_after_sort
from nl_parser.step_verbs import (
    ACTION_VERBS,
    DONE_TO_THE_DATA,
    GUARDED_STEP_VERBS,
    INTRANSITIVE,
    UNMARKED_STEPS,
)
from nl_parser.steps_inside_tests import (
    DENIALS,
    done_by_means,
    done_through_webhook,
    lets_know,
    predicate_before,
    purpose_at,
    purpose_opens_at,
    quotation_ends_before,
    quotation_follows,
    reached_through,
    sets_off_a_webhook,
    shoots_a_message,
    step_after_bare_not,
    time_granted,
    wished_doing,
)
from nl_parser.subjects_sent import ARTICLES, gapped_going_at, subject_goes_at
from nl_parser.verb_objects import (
    has_object,
    left_alone,
    names_a_noun,
    object_follows,
    opens_on_its_object,
    wait_follows,
)
from nl_parser.verbs import CLASSIFY, FINDS_OUT, SETS_OFF, continues_a_perfect, puts_in_a_place
from nl_parser.waits import withheld_at, withheld_passive_at
from nl_parser.wanted import had_done

__all__ = [
    "ACTION_VERBS",
    "ARRIVAL_WORDS",
    "BARE_COMPARISON",
    "DONE_TO_THE_DATA",
    "FIRM_NAME",
    "ITEMS_AT_A_FIRM",
    "ITEMS_COME_WITH",
    "ITEMS_LAND",
    "ITEM_ARRIVED",
    "ITEM_ARRIVING",
    "Clause",
    "compared_subject",
    "is_bare_moment",
    "marks_order_only",
    "split_clauses",
]

# "E. coli above the limit", "e. coli": a lone letter's full stop before a lower-case word ends
# nothing; nor does a field's "no." (number) before "and" or "or" ("job no. and paper stock").
_SENTENCE_END = re.compile(
    r"(?<=[.!?;])(?<!\b[A-Za-z]\.)(?<!\b[Nn]o\.)\s+|(?<=\b[A-Za-z]\.)\s+(?![a-z])"
    r"|(?<=\b[Nn]o\.)\s+(?!(?:and|or)\s)|\n+"
)


# "thereafter", "afterwards" after a break: the next step, in order; so is "whereupon" ("…
# until the manager has approved it, whereupon the webhook is to be triggered").
_LATER_ORDER = frozenset({"thereafter", "afterwards", "whereupon"})
# Words that open the event or moment an "after" inside a test counts from: "after a
# tournament", "after its booked return time", "after their due date".
_EVENT_NAMED_BY = frozenset(
    {"a", "an", "the", "each", "every", "any", "its", "their", "his", "her", "our", "your"}
)


def _other_branch_opened(tokens: list[tuple[str, int]], opened_at: int, i: int) -> bool:
    """Tell whether only an "otherwise" (or "in all other cases") and a comma come before i."""
    if tokens[i - 1][0] != ",":
        return False
    opener = conditional_at(tokens, opened_at)
    return opener in OTHER_BRANCHES and i == opened_at + len(opener.split()) + 1


def _colon_after_address(tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell whether token i follows a colon that ends an address ("https://…/water: over …")."""
    return i > 1 and tokens[i - 1][0] == ":" and tokens[i - 2][0].startswith("http")


def _after_a_break(tokens: list[tuple[str, int]], i: int) -> bool:
    """Return whether a connector or dash comes before token i, or a dash and "please"."""
    before = tokens[i - 1][0]
    if before.lower() in COURTESY_WORDS and i > 1:
        return tokens[i - 2][0] in DASHES or tokens[i - 2][0] == ";"
    if _asked_after_a_dash(tokens, i):
        return True
    return before in CONNECTORS or before in DASHES


def _asked_after_a_dash(tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell "… keep forgetting it — can u send them …": a step asked for after a dash."""
    # The asking opens the step, as "please" does; it is no part of the story before the dash.
    return (
        i > 2
        and tokens[i - 1][0] in ("you", "u")
        and tokens[i - 2][0] in _ASKING_MODALS
        and (tokens[i - 3][0] in DASHES or tokens[i - 3][0] == ";")
    )


def split_clauses(text: str) -> list[Clause]:
    """Split `text` into clauses, keeping each clause's offset in `text`."""
    clauses: list[Clause] = []
    sentence_start = 0
    for sentence_index, boundary in enumerate([*_SENTENCE_END.finditer(text), None]):
        end = boundary.start() if boundary else len(text)
        clauses.extend(_split_sentence(text, sentence_start, end, sentence_index))
        if boundary:
            sentence_start = boundary.end()
    clauses = questions_as_tests(text, clauses)
    if ":" not in text:
        return clauses
    if "whether" in text or " if " in text:  # a question asked as a step comes first
        clauses = answers_labelled(clauses)
    return label_after_event_as_test(labelled_cases_as_tests(clauses))


def _split_sentence(text: str, start: int, end: int, sentence: int) -> list[Clause]:
    quoted = [q.span(1) for q in QUOTATION.finditer(text, start, end)]
    tokens = [  # "post 'tonight at 7, bring snacks'": a comma in a quotation splits no clause
        (done_again(m.group().lower().strip(".!?\"'()")), m.start() + start)
        for m in TOKEN.finditer(text[start:end])
        if m.group() not in ",;:" or not any(a <= m.start() + start < b for a, b in quoted)
    ]
    tokens = without_limiting_adverbs(without_contrast(next_as_adjective(tokens)))
    if any(word == "then" for word, _ in tokens):
        tokens = without_then_inside_duties(tokens)
    if any(word == "after" for word, _ in tokens):
        tokens = after_that_as_connector(tokens)
    arranged_to = arranged_to_be(tokens) if "arrange" in text[start:end].lower() else None
    cut_points: list[tuple[int, int, str | None]] = []  # (clause start, previous clause end, cond)
    inside_conditional = 0  # tokens left of a multi-word conditional ("only if", "in case")
    condition_at = 0 if tokens and conditional_at(tokens, 0) else None  # where the open if began
    compared_until: int | None = None  # the end of "any tank over 0.25 ppm" standing as a test
    for i, (word, offset) in enumerate(tokens):
        conditional = conditional_at(tokens, i) if not inside_conditional else None
        if (
            conditional == "after"
            and condition_at is not None
            and tokens[i - 1][0] not in CONNECTORS
            and i + 1 < len(tokens)
            and tokens[i + 1][0] in _EVENT_NAMED_BY
        ):
            # "when a rating jumps by 100 after a tournament", "a bike comes back more than an
            # hour after its booked return time": inside an open condition, "after" an event or
            # a moment of the item says when the event counts; it opens no trigger of its own
            # ("after midnight" is still the time of the event, read on its own).
            conditional = None
        if conditional == "after" and condition_at is not None and named_moment(tokens, i + 1):
            # "if any tank is still above 1.020 after day 7 dm …": inside an open condition, a
            # moment named by its number ("day 7", "week 2", "lap 10") says when the test counts;
            # it opens no trigger ("after 10 minutes" is still a wait).
            conditional = None
        if conditional == "after" and condition_at is not None and bare_moment(tokens, i + 1):
            # "if any room is still occupied after checkout", "if a till is open after close of
            # business": inside an open condition, a bare moment's noun ending the clause says
            # when the test counts; with no subject or verb of its own it opens no trigger.
            conditional = None
        if conditional == "after" and condition_at is not None and told_as_a_state(tokens, i):
            # "if it's after 10pm", "if the time is now after 18:00": after "is" the time is
            # what the test compares (hour_now.py); it opens no trigger of its own.
            conditional = None
        if (
            conditional == "after"
            and compared_until is not None
            and offset < compared_until
            and re.fullmatch(r"\d*(?:h|hrs?|hours?|mins?|minutes?|days?|weeks?)", tokens[i - 1][0])
        ):
            # "any bird still out 3h after the race leader ->": inside a verbless test, "after"
            # says what the span counts from; it opens no trigger of its own.
            conditional = None
        inside_conditional = max(0, inside_conditional - 1)
        if conditional:
            inside_conditional = len(conditional.split()) - 1
            compared_until = bare_test_end(text, tokens, i + len(conditional.split()), end)
        if (
            not conditional
            and condition_at is not None
            and i - condition_at >= 3
            and not wished_doing(tokens, i)
            # "if all is well, don't bother them": a step denied after the test is doing nothing,
            # which stays with the test; no step of its own starts there.
            and tokens[i - 1][0].lower() not in DENIALS
            # "otherwise post a 'we're open' message in #ops": a word right after a quotation
            # is the noun it describes, not a verb starting a step.
            and not quotation_ends_before(tokens, i, quoted)
            and (
                word in UNMARKED_STEPS
                or lets_know(tokens, i)
                or done_by_means(tokens, i)
                or opens_on_its_object(tokens, i)
                or wait_follows(tokens, i)
                or time_granted(text, tokens, i)
                or sets_off_a_webhook(text, tokens, i, end)
                or shoots_a_message(text, tokens, i)
                # "every time someone fills in the form pls stick it in #lost-and-found": a
                # thing put in a place is sent there, so it starts a step as "post" does.
                or puts_in_a_place(text, word, offset + len(word))
            )
            and (
                object_follows(tokens, i)
                or shoots_a_message(text, tokens, i)
                or reached_through(tokens, i)  # "text dave on the sms webhook"
                or wait_follows(tokens, i)
                or time_granted(text, tokens, i)
                or opens_on_its_object(tokens, i)  # "look up the company"
                or quotation_follows(tokens, i, quoted)  # "post 'full stock' in #drivers"
                or sets_off_a_webhook(text, tokens, i, end)  # "fire off the pump webhook"
            )
            # "otherwise fire the webhook so customers get a text": why the step is taken.
            and not purpose_at(tokens, i)
            and predicate_before(text[tokens[condition_at][1] : offset], word)
        ):
            # "if it fails email oncall@x.com", "when it is down alert #ops": no comma before
            # the step, but a delivery verb with its object after a predicate starts one.
            cut_points.append((offset, offset, None))
            condition_at = None
            continue
        if (
            not conditional
            and condition_at is not None
            and i - condition_at >= 3
            and (
                (word in ARTICLES and told_delivery_at(tokens, i))
                or ((word in _RECEIVERS_OPEN or word[:1] == "#") and receives_at(text, offset))
            )
            and not purpose_opens_at(tokens, i)
            and predicate_before(text[tokens[condition_at][1] : offset], word)
        ):
            # "if it is below 2 mm an email is to be sent to the customer": no comma before
            # the step, but a delivery told as a duty after a predicate starts one; so does one
            # told from the side of who receives it ("if any fridge is above 8°C the on-call
            # nurse is paged through the pager webhook", "… the buyer gets an email").
            cut_points.append((offset, offset, None))
            condition_at = None
            continue
        if (
            condition_at is not None
            and word in UNMARKED_STEPS
            and clock_time_ends_at(tokens, condition_at, i)
            and object_follows(tokens, i)
        ):
            # "whenever someone swipes in after 10pm slack #trustees": no comma, but the time of
            # the event is whole after its clock word, so a delivery verb and its object start
            # a step.
            cut_points.append((offset, offset, None))
            condition_at = None
            continue
        if (
            condition_at is not None
            and i - condition_at >= 5
            and word.isalpha()
            and _asked_at(tokens, i)
        ):
            # "when a new booking comes thru can u dm jess on slack …": no comma, but a step
            # asked for ("can you", "would you") ends the event before it, whatever its verb
            # ("… on the club app can u add them to the roster webhook").
            cut_points.append((tokens[i - 2][1], tokens[i - 2][1], None))
            condition_at = None
            continue
        if (
            condition_at is not None
            and i == condition_at + 2
            and step_after_bare_not(tokens, i, quoted)
        ):
            # "…, if not just email owner@x.com": a bare "if not" is the whole test (the other
            # branch of the one before); the step it guards follows with no comma.
            cut_points.append((offset, offset, None))
            condition_at = None
            continue
        starts_step = (
            i > 0
            and _after_a_break(tokens, i)
            and (word in ACTION_VERBS or done_through_webhook(tokens, i))
            and (word in INTRANSITIVE or word in DONE_TO_THE_DATA or has_object(tokens, i))
            and not names_a_noun(tokens, i)
            and not listed_noun(tokens, i, cut_points[-1][0] if cut_points else start)
            and not listed_label(tokens, i, cut_points[-1][0] if cut_points else start)
            and not left_alone(tokens, i)
        )
        if not starts_step and i > 0 and tokens[i - 1][0] == ":" and condition_at is not None:
            # "each time a batch finishes: wait 30 minutes …": a colon ends the event it follows.
            starts_step = word in ACTION_VERBS and (word in INTRANSITIVE or has_object(tokens, i))
        if (
            not starts_step
            and i > 1
            and tokens[i - 1][0] == ":"
            and tokens[i - 2][0].startswith("http")
        ):
            # "… the leases stored at https://…/leases: extract the rent from each": a colon
            # after an address ends the clause that names it; the verb after it starts a step.
            starts_step = word in ACTION_VERBS and has_object(tokens, i)
        if not starts_step and i > 0 and tokens[i - 1][0] == ":" and condition_at is None:
            # "every incoming call transcript: pull out the species": the items a colon heads
            # are what each step runs on; the verb after the colon starts one.
            clause_at = cut_points[-1][0] if cut_points else start
            head_end = tokens[i - 1][1]
            starts_step = word in ACTION_VERBS and bool(
                ITEMS_HEADED.fullmatch(text, clause_at, head_end)
                or ITEMS_LAND.fullmatch(text, clause_at, head_end)
                or (
                    " with " in text[clause_at:head_end]
                    and ITEMS_COME_WITH.fullmatch(text, clause_at, head_end)
                )
                or items_headed_after_a_name(text, clause_at, head_end)
            )
        if not starts_step and condition_at is None and not _quoted(offset, quoted):
            # "pull the sales data generate a summary report": the commas left out, a verb
            # with its object after a noun still starts a step.
            # "… and total read off each": the participle after the list's last field is no step.
            starts_step = (
                step_runs_on(text, tokens, i)
                and not field_taken_off_each(tokens, i, cut_points[-1][0] if cut_points else start)
                and not (i > 1 and last_field_taken(tokens, i - 1))
                and not inside_items_heading(
                    text, tokens, i, cut_points[-1][0] if cut_points else start
                )
            )
        if not starts_step and i > 0 and tokens[i - 1][0] in (",", "and"):
            # "…, summarized and posted to #growth": what is done to the data, as participles.
            starts_step = participle_step(tokens, i)
        if not starts_step and word in _ASKERS and i > 0 and _after_comma(tokens, i):
            # "the notes are at https://…, and I need the total pulled from each": a thing
            # wanted done, after the facts told before it, is a step of its own.
            starts_step = _wanted_done_at(text, tokens, i, end)
        if not starts_step and i > 0 and tokens[i - 1][0] == ",":
            # "…, with the summary emailed to board@…": the made thing, then what is done with it.
            starts_step = with_thing_done(tokens, i)
        if not starts_step and word == "with" and i > 0 and tokens[i - 1][0] != ",":
            # "put it in #estimating with a copy emailed to carlos@…": no comma, but after a
            # place already named, a thing sent on to another place is a second delivery.
            clause_at = cut_points[-1][0] if cut_points else start
            starts_step = with_thing_done(tokens, i) and place_named_before(tokens, i, clause_at)
        if not starts_step and i > 0 and tokens[i - 1][0] in (",", "and", ":"):
            # "…, work out which team each belongs to": judging a class has no object to see
            # ("for every review: decide whether it's positive or negative" after a colon too).
            starts_step = bool(JUDGES_A_CLASS.match(text[offset:]))
        if not starts_step and i > 0 and tokens[i - 1][0] in DASHES and condition_at is None:
            # "triage it as emergency or routine — emergencies straight to the on-call webhook,
            # the rest to …": after a dash, a class the sort lists leads its own delivery.
            clause_at = cut_points[-1][0] if cut_points else start
            starts_step = class_named_after_sort(text, clause_at, tokens[i - 1][1], word)
        if not starts_step and word in FINDS_OUT and tokens[i - 1][0] in (",", ";", "and", ":"):
            # "when a roll is dropped off, see whether the customer asked for push …": a verb
            # of finding out before "whether" or "if" asks a question, as "check whether" does.
            starts_step = i + 1 < len(tokens) and tokens[i + 1][0] in ("whether", "if")
        if (
            not starts_step
            and i > 0
            and (
                tokens[i - 1][0] in (",", ";", "and", *DASHES)
                or (
                    tokens[i - 1][0] == ":"
                    and (word in _NAMED_AFTER_COLON or _sorted_before_colon(tokens, i - 1))
                )
            )
        ):
            # "when an order is refunded, the details go to the finance webhook", "…, and anything
            # scoring 6 or lower should go to #cx", "… — anything over 250 ms should page …",
            # "when a patient registers: the questionnaire goes to them by email" (after a
            # colon, a thing named; "wrong address: it should go to …" corrects one).
            # "triage it by severity: sev-1 goes to …": after a sort, a bare class may lead.
            starts_step = subject_goes_at(tokens, i, told=condition_at is None)
            if not starts_step and word in _NEEDERS:
                # "when a leave request comes in, we need the manager's approval before …": an
                # approval the run must have, after the event's comma, is its first step.
                starts_step = _approval_needed_at(tokens, i)
        if (
            not starts_step
            and i > 0
            and (tokens[i - 1][0] in (",", ";", *DASHES) or _after_comma(tokens, i))
        ):
            # After a break (", and" too), a step written with its object first:
            # "…, the executor name and filing deadline extracted from each" (what is done to
            # the data); "when a letter is received, the name, grade and school are to be
            # extracted" (a duty in the passive, its subject a list); "…, should H2S exceed
            # 10 ppm, the pager webhook be triggered" (a thing asked for in the subjunctive,
            # after the test that guards it).
            starts_step = (
                object_then_done_at(tokens, i)
                or duty_at(tokens, i, after_test=condition_at is not None)
                or asked_passive_at(tokens, i)
            )
        if not starts_step and i > 0 and tokens[i - 1][0] == "and" and condition_at is None:
            # "… shall be retrieved from https://… and a reminder email shall be sent to …": a
            # delivery told as a duty after "and" is a step of its own, as its imperative is.
            starts_step = word in ARTICLES and told_delivery_at(tokens, i)
        if (
            not starts_step
            and i > 0
            and tokens[i - 1][0] in DASHES
            and _may_name_a_source(text, offset, end)
        ):
            # "tell the stallholders which pitch they've got — the allocations live at https://…",
            # "… — it lives in the Thimblewick Dairy routing system": where the data lives, after
            # a dash, is said apart (late_sources.py fetches it first).
            starts_step = bool(NAMES_A_SOURCE.match(text[offset:end]))
        if not starts_step and i > 0 and tokens[i - 1][0] in ("and", ";", *DASHES):
            # "request that the readings be retrieved hourly, and that the chemist be emailed
            # should any fall below 0.2": a second thing asked for, in the subjunctive.
            starts_step = asked_that_at(tokens, i)
        if not starts_step and i > 1 and tokens[i - 1][0] == "and" and tokens[i - 2][0] == ",":
            # "a report is to be generated, and that report is to be emailed to …": a second
            # duty in the passive, after a comma and "and", as after a comma alone.
            starts_step = duty_at(tokens, i) or gapped_duty_at(text, tokens, i)
        if not starts_step and i > 0 and tokens[i - 1][0] in (",", ";", "and"):
            # "…, the CSM gets an email and #cs-risk gets a post": a delivery from the side of
            # who receives it starts a step as its imperative would; but not the second of two
            # receivers it names ("secops@x.com and #security both get a copy").
            clause_at = cut_points[-1][0] if cut_points else start
            starts_step = (
                receives_at(text, offset)
                and not joins_receivers(text, clause_at, offset)
                and not _firm_name_goes_on(text, clause_at, offset)
            )
        if not starts_step and i > 0 and tokens[i - 1][0] in (",", "and"):
            # "emergencies go straight to the pager webhook, routine ones to #callbacks": a
            # second class sent somewhere, the "go" of the one before left out, is a step.
            starts_step = gapped_going_at(tokens, i, cut_points[-1][0] if cut_points else start)
        if not starts_step and i > 0 and tokens[i - 1][0] in (",", ";", "and", "then"):
            # "when a deal closes, congratulate the rep": a word in a verb's place is a step,
            # even when the parser does not know the verb (actions.py reads it by its nouns).
            starts_step = (
                unknown_verb_at(tokens, i)
                and not continues_a_perfect(
                    text[cut_points[-1][0] if cut_points else start : offset], word
                )
                and not left_alone(tokens, i)
                and not field_taken_off_each(tokens, i, cut_points[-1][0] if cut_points else start)
                and not one_more_thing_sent(tokens, i, cut_points[-1][0] if cut_points else start)
            )
        if not starts_step and i > 1 and word[-1:] == "s" and tokens[i - 1][0] == "and":
            # "something that reads the sensor … and texts me …": a verb in the third person
            # joined to a clause opened by one is a step of its own, as its imperative is.
            starts_step = third_person_joined_at(
                tokens, i, cut_points[-1][0] if cut_points else start
            )
        if not starts_step and i > 0 and word in WITHHOLDING and tokens[i - 1][0] in _HELD_AFTER:
            # "…, and don't send it anywhere until Priya approves it": a delivery held back
            # until someone lets it go is a step (a hold) of its own.
            starts_step = withheld_at(text[offset:end])
        if (
            not starts_step
            and i > 0
            and word in _HELD_SUBJECTS
            and tokens[i - 1][0] in (",", ";")
            and " not " in text[offset:end]
        ):
            # "when a letter arrives, the matter shall not be opened until the team confirms
            # the checks": after the event, a duty denied until someone acts is a hold.
            starts_step = withheld_passive_at(text[offset:end])
        if not starts_step and i > 0 and tokens[i - 1][0] == "+":
            # "PagerDuty webhook + a message in #noc-radio": a plus joins steps, so a message
            # named with its place is a delivery of its own ("name + email" lists fields).
            starts_step = bool(MESSAGE_PLACED.match(text, offset, end))
        if not starts_step and i > 0 and word in A_MESSAGE_ARTICLE and _after_comma(tokens, i):
            # "measurements to the webhook, a confirmation email to the customer, and a line in
            # #fitting-room": in a list of things sent to places, a message named with where it
            # goes is one more step ("fetch …, an email to ap@…" lists no deliveries).
            clause_at = cut_points[-1][0] if cut_points else start
            starts_step = bool(
                MESSAGE_TO_SOMEONE.match(text, offset, end)
                and (
                    PLACE_NAMED.search(text, clause_at, offset)
                    or MESSAGE_TO_SOMEONE.match(text, clause_at, offset)
                )
            )
        if (
            not starts_step
            and i > 0
            and (tokens[i - 1][0] in (",", ";", *DASHES) or _colon_after_address(tokens, i))
            and condition_at is None
        ):
            # "…, over 1000 ppm -> post in #growers", "read humidity from https://… — below 85%
            # → DM …": a comparison standing alone is a test (in an open "if the CPU is high,
            # over 90%, …" it says the same test again); a colon after the address read ends
            # the fetch as the dash does ("… from https://…/water: over 2,000 litres → …").
            starts_step = bool(BARE_COMPARISON.match(text[offset:end]))
        if compared_until is not None and offset > compared_until and tokens[i - 1][0] == ",":
            # "any tank over 0.25 ppm ammonia -> pager webhook …": after the test, its step,
            # whatever word opens it.
            starts_step, compared_until = True, None
        # Only a test that opens the sentence or follows a break, with no condition open, is
        # read below: elsewhere the look ahead (a condition read at each token) is spared.
        subject_compared = (
            compared_subject(text[offset:end])
            if condition_at is None
            and (
                i == 0 or tokens[i - 1][0] in (",", ";", *DASHES) or _colon_after_address(tokens, i)
            )
            else None
        )
        # "GET https://… — any pump over 5 bar → page …": a dash ends the step before a test
        # of which items ("… — only the ones expiring within 30 days" still picks what is sent).
        after_break = i == 0 or tokens[i - 1][0] in (",", ";")
        if subject_compared and (tokens[i - 1][0] in DASHES or tokens[i - 1][0] == ":"):
            after_break = bool(
                SUBJECT_COMPARISON.fullmatch(SEGMENT.match(text, offset, end).group())
            )
        if subject_compared and condition_at is None and after_break:
            compared_until = offset + subject_compared
            starts_step = starts_step or i > 0
        # "text the patient to come and collect it": the errand the message asks for.
        starts_step = starts_step and not errand_asked(tokens, i) and not message_told(tokens, i)
        if starts_step and word in SAID_IN_THE_SAME_MESSAGE:
            # "thank them for staying and ask for a review": more said to the same people.
            clause_at = cut_points[-1][0] if cut_points else start
            starts_step = not same_message_goes_on(tokens, i, clause_at)
        if starts_step and listed_before_a_duty(tokens, i):
            starts_step = False  # "the name, invoice total and due date shall be extracted"
        if (
            starts_step
            and condition_at is not None
            and _other_branch_opened(tokens, condition_at, i)
        ):
            # "…; otherwise, post it in #forms", "in all other cases, post …": the step after
            # the comma is the branch's own, not a step of its own.
            starts_step = False
        if arranged_to is not None and i <= arranged_to:
            starts_step = False  # "arrange for a report …, grouped by site, to be compiled"
        if _quoted(offset, quoted):
            # "post 'rinse and hang the cloths' in #shed": a quotation is the message's words;
            # a verb or an "if" inside it starts no step or test of ours.
            continue
        if i > 0 and tokens[i - 1][0] in CONNECTORS and later_at(tokens, i):
            # "…, and two weeks later, a win-back offer": the wait opens a clause of its own.
            cut_points.append((offset, connector_start(tokens, i), None))
        elif condition_at is not None and _case_named_at(tokens, i):
            # "unless it climbs past 27°C, in which case page facilities …": the case the test
            # names is the step it guards, as "then" would be.
            ends_at = i - 1 if tokens[i - 1][0] in DASHES else i
            cut_points.append((offset, connector_start(tokens, ends_at), None))
            condition_at = None
        elif word == "then" and i > 0:
            cut_points.append((offset + len("then"), connector_start(tokens, i), None))
        elif word in _LATER_ORDER and i > 0 and tokens[i - 1][0] in CONNECTORS:
            # "…, and thereafter it is to be posted …": the order, as "then" says it ("two
            # days thereafter" is a span, read above).
            cut_points.append((offset + len(word), connector_start(tokens, i), None))
        elif word == "before" and i > 0 and _gerund_step(tokens, i + 1):
            # "wait for approval before sending the refund": the gerund is the next step.
            cut_points.append((tokens[i + 1][1], connector_start(tokens, i), None))
        elif conditional or starts_step:
            if i == 0:
                continue
            # "— can u send them …": the step opens with its asking.
            opens = i - 2 if starts_step and _asked_after_a_dash(tokens, i) else i
            cut_points.append((tokens[opens][1], connector_start(tokens, opens), conditional))
            condition_at = i if conditional else None
    pieces: list[Clause] = []
    clause_start = start
    first_conditional = conditional_at(tokens, 0) if tokens else None
    conditional = first_conditional
    for next_start, previous_end, next_conditional in cut_points:
        pieces.append(Clause(text[clause_start:previous_end], clause_start, sentence, conditional))
        clause_start, conditional = next_start, next_conditional
    pieces.append(Clause(text[clause_start:end], clause_start, sentence, conditional))
    return [_trimmed(piece) for piece in pieces if re.search(r"\w", piece.text)]


def _after_comma(tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell whether the word at `i` follows a comma, or a comma and "and"."""
    return tokens[i - 1][0] == "," or (
        i > 1 and tokens[i - 1][0] == "and" and tokens[i - 2][0] == ","
    )


_NAMED_AFTER_COLON = frozenset({"the", "their", "his", "her", "our", "a", "an"})
_SORT_REACH = 6  # tokens back from a colon: "sort each incoming ticket by its severity:"


def _sorted_before_colon(tokens: list[tuple[str, int]], colon: int) -> bool:
    """Tell whether the words before a colon sort the items ("triage it by severity:")."""
    for word, _ in reversed(tokens[max(0, colon - _SORT_REACH) : colon]):
        if word in (",", ";", ":"):
            return False
        if word in CLASSIFY:
            return True
    # "Triage incoming callout requests for Drip Doctors Plumbing:": the sort opening the
    # sentence may name its items at more length.
    opening = colon - 1
    while opening > 0 and tokens[opening - 1][0] not in (",", ";", ":", ".", "!", "?"):
        opening -= 1
    return colon - opening > _SORT_REACH and tokens[opening][0] in CLASSIFY


_ASKING_MODALS = frozenset({"can", "could", "would", "will"})


def _asked_at(tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell whether the verb at i is asked for: "can you dm …", "would u post …"."""
    return tokens[i - 1][0] in ("you", "u") and tokens[i - 2][0] in _ASKING_MODALS


def _quoted(offset: int, quoted: list[tuple[int, int]]) -> bool:
    return any(a <= offset < b for a, b in quoted)


# Who asks for a thing wanted done: "…, and I need …", "…; we'd like …".
_ASKERS = frozenset({"i", "we", "i'd", "we'd"})


def _wanted_done_at(text: str, tokens: list[tuple[str, int]], i: int, end: int) -> bool:
    """Tell "I need the totals pulled from each" (a thing wanted done) at i from a fact."""
    following = tokens[i + 1][0] if i + 1 < len(tokens) else ""
    if following not in ("need", "want", "like", "would"):
        return False
    wanted = text[tokens[i][1] : end]
    return had_done(wanted) != wanted


def _may_name_a_source(text: str, start: int, end: int) -> bool:
    """Tell whether text[start:end] may name where data lives: an address or a system's noun."""
    words = text[start:end]
    return "//" in words or any(noun in words.lower() for noun in SYSTEM_NOUNS)


# The words a receiver told of with no comma before it opens with ("the on-call nurse is paged").
_RECEIVERS_OPEN = frozenset({"the", "our", "their", "his", "her"})


_NEEDERS = frozenset({"we", "we'll", "i", "i'll", "you"})
_NEEDING = frozenset({"need", "needs", "require", "get", "have"})
_APPROVAL_NOUNS = frozenset({"approval", "sign-off", "signoff", "go-ahead", "say-so", "light"})


def _approval_needed_at(tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell whether "we need the landlord's go-ahead" (a wait for an approval) opens at i."""
    words = []
    for word, _ in tokens[i + 1 : i + 8]:
        if word in (",", ";"):
            break
        words.append(word)
    return bool(_NEEDING.intersection(words[:3])) and bool(_APPROVAL_NOUNS.intersection(words))


def _firm_name_goes_on(text: str, clause_at: int, offset: int) -> bool:
    """Tell "Nettle and Sons Pest Control needs a report" (one firm's name) from two subjects."""
    # Only capitalised words, then "and", open the clause: the name goes on after "and".
    before = text[clause_at:offset].split()
    return (
        len(before) >= 2
        and before[-1] == "and"
        and all(w[0].isupper() for w in before[:-1])
        and text[offset : offset + 1].isupper()
    )


_HELD_AFTER = frozenset({",", ";", "and", "but"})
# The words a thing held opens with, as the subject of a passive duty denied.
_HELD_SUBJECTS = frozenset({"it", "they", "this", "that", "the", "these", "those", "their", "our"})


_NAMES_A_WEBHOOK = frozenset({"webhook", "webhooks", "web-hook", "hook"})


def _gerund_step(tokens: list[tuple[str, int]], i: int) -> bool:
    word = tokens[i][0] if i < len(tokens) else ""
    if not word.endswith("ing"):
        return False
    stem = word[:-3]
    if any(w in ACTION_VERBS for w in (stem, stem + "e", stem[:-1])):
        return True
    following = [w for w, _ in tokens[i + 1 : i + 7]]
    if any(w in SETS_OFF for w in (stem, stem + "e")) and _NAMES_A_WEBHOOK & set(following):
        # "before firing the press-queue webhook": setting off a webhook is triggering it.
        return True
    # "before releasing it via https://…": a verb the parser does not know, done by a call.
    following = following[:4]
    return following[:1] in (["it"], ["them"]) and any(w.startswith("http") for w in following)


# "in which case", "in that event": the case a test just named (clause_steps reads past it).
_CASE_POINTERS = frozenset({"which", "that", "this"})
_CASES = frozenset({"case", "event"})


def _case_named_at(tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell whether "in which case" (or "in that event") starts at token i, after a break."""
    return (
        i > 0
        and (tokens[i - 1][0] in (",", ";", ":") or tokens[i - 1][0] in DASHES)
        and i + 2 < len(tokens)
        and tokens[i][0] == "in"
        and tokens[i + 1][0] in _CASE_POINTERS
        and tokens[i + 2][0] in _CASES
    )


def _trimmed(clause: Clause) -> Clause:
    stripped = clause.text.lstrip(" ,;")
    contrast = _CONTRAST_OPENER.match(stripped)
    if contrast and stripped[contrast.end() :].split()[0].lower() in GUARDED_STEP_VERBS:
        # "…; but only ping #grid-ops when …", "But just text Sam if …": a step that opens a
        # sentence with a contrast is the step alone, "only" naming no subset of its items.
        stripped = stripped[contrast.end() :]
    offset = clause.start + len(clause.text) - len(stripped)
    return Clause(stripped.rstrip(" ,;.!?"), offset, clause.sentence, clause.conditional)


# "but only ping …", "But just text …": a contrast opening a step's clause.
_CONTRAST_OPENER = re.compile(r"but\s+(?:(?:only|just|simply)\s+)?(?=\w)", re.I)
_SEQUENCE_OPENERS = ("when", "once", "after", "as soon as", *MOMENT_OPENERS)
# "when it's done", "once that has finished": the end of the step before, which order already says.
_DONE = re.compile(
    r"^\W*(?:(?:it|that|this|everything)\s*(?:'s|'re|is|are|has|have)?\s*)?"
    r"(?:been\s+)?(?:done|finished|complete|completed|through|over|finishes|completes|ends|ended|"
    r"wraps\s+up|is\s+through)\W*$",
    re.I,
)


def marks_order_only(clause: Clause) -> bool:
    """Tell "when it's done" (the step before ends; order already says so) from a test."""
    opener = clause.conditional
    return opener in _SEQUENCE_OPENERS and bool(_DONE.match(clause.text[len(opener) :]))
