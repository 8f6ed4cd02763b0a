"""Split an instruction (schedule words blanked) into clauses: one action or condition each.

A sentence splits before a conditional word (if, when, unless…), at "then", and at a comma or
"and" that is followed by an action verb — so "email a@x.com, b@y.com and the team" stays one
clause while "classify them and email urgent ones" becomes two.
"""

import re
from itertools import pairwise

from nl_parser.agents import JUDGES_A_CLASS
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
from nl_parser.conditions import names_a_bound, read_condition
from nl_parser.fetches import TAKES_A_COUNTED_BATCH
from nl_parser.filters import looks_plural
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
from nl_parser.lexicon import STOPWORDS, word_set
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
from nl_parser.verb_objects import (
    DIRECT_OBJECTS,
    has_object,
    left_alone,
    names_a_noun,
    object_follows,
    opens_on_its_object,
    wait_follows,
)
from nl_parser.verbs import (
    CLASSIFY,
    DELIVER,
    FINDS_OUT,
    SETS_OFF,
    WORKS_ON_DATA,
    continues_a_perfect,
    lemma,
    main_verb,
    puts_in_a_place,
    set_off_as,
)
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
    arranged_to = _arranged_to_be(tokens) if "arrange" in text[start:end].lower() else None
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
            compared_until = _bare_test_end(text, tokens, i + len(conditional.split()), end)
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
                (word in _ARTICLES and _told_delivery_at(tokens, i))
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
            starts_step = _participle_step(tokens, i)
        if not starts_step and word in _ASKERS and i > 0 and _after_comma(tokens, i):
            # "the notes are at https://…, and I need the total pulled from each": a thing
            # wanted done, after the facts told before it, is a step of its own.
            starts_step = _wanted_done_at(text, tokens, i, end)
        if not starts_step and i > 0 and tokens[i - 1][0] == ",":
            # "…, with the summary emailed to board@…": the made thing, then what is done with it.
            starts_step = _with_thing_done(tokens, i)
        if not starts_step and word == "with" and i > 0 and tokens[i - 1][0] != ",":
            # "put it in #estimating with a copy emailed to carlos@…": no comma, but after a
            # place already named, a thing sent on to another place is a second delivery.
            clause_at = cut_points[-1][0] if cut_points else start
            starts_step = _with_thing_done(tokens, i) and _place_named_before(tokens, i, clause_at)
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
            starts_step = _subject_goes_at(tokens, i, told=condition_at is None)
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
                _object_then_done_at(tokens, i)
                or _duty_at(tokens, i, after_test=condition_at is not None)
                or _asked_passive_at(tokens, i)
            )
        if not starts_step and i > 0 and tokens[i - 1][0] == "and" and condition_at is None:
            # "… shall be retrieved from https://… and a reminder email shall be sent to …": a
            # delivery told as a duty after "and" is a step of its own, as its imperative is.
            starts_step = word in _ARTICLES and _told_delivery_at(tokens, i)
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
            starts_step = _asked_that_at(tokens, i)
        if not starts_step and i > 1 and tokens[i - 1][0] == "and" and tokens[i - 2][0] == ",":
            # "a report is to be generated, and that report is to be emailed to …": a second
            # duty in the passive, after a comma and "and", as after a comma alone.
            starts_step = _duty_at(tokens, i) or _gapped_duty_at(text, tokens, i)
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
            starts_step = _gapped_going_at(tokens, i, cut_points[-1][0] if cut_points else start)
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
                SUBJECT_COMPARISON.fullmatch(_SEGMENT.match(text, offset, end).group())
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
        if starts_step and _listed_before_a_duty(tokens, i):
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


# A comparison with no subject or verb, its clause ending at a comma: "over 1000 ppm", "above 8 °C",
# "above 80%", "more than 5 errors", "> 200 ms"; or the bound first, its side after "or":
# "24°C or warmer ->", "3 or fewer;".
BARE_COMPARISON = re.compile(
    r"(?:(?:over|above|under|below|exceeding|past|beyond|(?:more|less|fewer|greater|lower|higher)\s+than|"
    r"at\s+least|at\s+most|>=?|<=?)\s*\$?\d[\d,.]*\s*%?(?:\s*\u00b0?\s*[a-z]+)?"
    r"|\$?\d[\d,.]*\s*(?:%|\u00b0?\s*[a-z]{1,7})?\s+or\s+(?:more|higher|above|greater|warmer|"
    r"hotter|less|fewer|lower|below|colder|cooler))\s*(?:[,;]|$)",
    re.IGNORECASE,
)


def _bare_test_end(text: str, tokens: list, at: int, end: int) -> int | None:
    """Return where a conditional's bare comparison ends at a comma ("if over 20,"), or None."""
    # "→ if over 20, webhook to pagerduty": a test with no subject ends at its comma, and what
    # follows is its step, whatever word opens it (as after "any tank over 0.25 ppm,").
    if at >= len(tokens):
        return None
    compared = BARE_COMPARISON.match(text, tokens[at][1], end)
    if compared is None or not compared.group().rstrip().endswith(","):
        return None
    if text[compared.end() : compared.end() + 1].isdigit():
        return None  # "any time more than 2,000 picks …": the comma is the number's
    return compared.end() - 1


# Which items, then a comparison or a state, as a clause of its own: "any tank over 0.25 ppm
# ammonia", "each freezer above -10 C", "any gantry camera offline", "any node idle for 30+ min";
# a reading named by one noun needs no "any" ("DO under 6 mg/L", "turbine over 7 mm/s"). The
# comma (or an arrow read as one) ends the test.
SUBJECT_COMPARISON = re.compile(
    r"(?:(?P<items>(?:any|every|each)\s+(?:[a-z][\w-]*\s+){1,2}?)|(?P<noun>[a-z][\w-]*)\s+)"
    r"(?:(?:over|above|under|below|exceeding|past|beyond|(?:more|less|fewer|greater|lower|higher)\s+than|"
    # "any tank above 24°C", "anything above £40k": a degree sign or a pound before the unit.
    r"at\s+least|at\s+most|>=?|<=?)\s*-?[$\u00a3\u20ac]?\d[\d,.]*\s*%?"
    r"(?:\s*\u00b0?[a-z]+(?:/[a-z]+)?){0,2}?"
    # The states only after "any": "calm down" or "shut down" alone is a verb, not a test.
    r"|(?(items)(?:down|offline|unreachable|unavailable|"
    r"[a-z]+\s+for\s+\d+\+?\s*(?:min(?:ute)?s?|hours?|hrs?|days?))|(?!)))"
    # "— any reservoir under 30%? sms the webhook": asked as a question, the test is the same.
    r"\s*\??(?=[,;]|$)",
    re.IGNORECASE,
)


# Up to the comma that ends the test; "over $2,000" keeps the comma inside its number.
_SEGMENT = re.compile(r"(?:[^,;]|(?<=\d),(?=\d))*")


# Both readings below need a number or one of these states.
_MAY_TEST = re.compile(r"\d|\b(?:down|offline|unreachable|unavailable)\b", re.IGNORECASE)


def compared_subject(text: str, *, whole: bool = False) -> int | None:
    """Return where a verbless test at the start of text ends (all of it when whole), or None."""
    segment = text if whole else _SEGMENT.match(text).group()
    if not _MAY_TEST.search(segment) and not names_a_bound(segment):
        return None  # called at every token: most segments hold no number and no state
    compared = SUBJECT_COMPARISON.fullmatch(segment)
    if compared and (compared["noun"] or "").lower() in ACTION_VERBS:
        return None  # "wait over 5 min": a step with its span, not a reading
    if not (compared or _tested_state(segment)) or _summarized_by_idiom(segment):
        return None  # "boil our 2023 reports down to a summary": a step, not a reading at 2023
    return len(segment.rstrip())


def _summarized_by_idiom(segment: str) -> bool:
    """Tell "boil X down to a summary" or "sum it up" (a summary by idiom) from a test."""
    found = main_verb(segment)
    return (
        found is not None
        and found[0] == "summarize"
        and segment[: found[1]].split()[-1].lower() not in ACTION_VERBS
    )


# Words that make a segment a sentence of its own: "humidity is usually below 60%" or "we got
# 600 submissions" tells how things are, "humidity below 60% anywhere ->" tests them.
_TELLING = word_set(
    """
    is are was were be been has have had do does did will would should can must
    i we you they he she us
    """
)
_NOUN_STEP = re.compile(
    r"\b(?:query|report|export|summary|digest|list|pull|search)\s+(?:for|of|from|on)\b", re.I
)
# "… goes to #big-wins", "… go straight to ops@x.com": what is tested is sent there.
_GOES_TO_PLACE = re.compile(
    r"\bgo(?:es)?\s+(?:(?:straight|directly|out)\s+)?(?:to|in|into)\s+(?!\$?\d)", re.I
)
# "… get posted in #big-wins", "… gets emailed to ops@x.com": the same, in the passive.
_GETS = frozenset({"get", "gets"})
_GETS_SENT_TO_PLACE = re.compile(
    r"\bgets?\s+(?:[a-z]+ed|sent)\s+(?:to|in|into|on)\s+(?!\$?\d)", re.I
)
_FIRM_NAMED_AT = re.compile(r"\s+at\s+(?-i:[A-Z])[\w'.-]*(?:\s+(?:and|&|(?-i:[A-Z])[\w'.-]*))*\s*$")
# "New lead in for Babel Street Language School with a budget over £5,000?": whom the item is
# for, named in capitals, says whose it is, not what is tested.
_FIRM_NAMED_FOR = re.compile(r"\s+for\s+(?-i:[A-Z])[\w'.-]*(?:\s+(?:&|(?-i:[A-Z])[\w'.-]*))*\b")
_LONGEST_TEST = 10  # words: a test between arrows is a noun and its comparison, not a story
# "track temp over 50°C", "run time above 30 min", "request rate > 200/s": a verb's word before
# one singular noun and a number names a reading ("pull orders over $500" fetches a subset).
_MEASURE_NAMED_BY_VERB = re.compile(
    r"^[a-z]+\s+(?!(?:the|a|an|it|them|this|that|all|any|each|every|our|my|their|its)\b)"
    r"[a-z][a-z-]*[^s\W]\s+(?:is\s+|was\s+|goes\s+|gets\s+)?"
    r"(?:over|above|under|below|exceeds?|exceeding|>=?|<=?)\s*-?\d",
    re.IGNORECASE,
)


# The verbs a counted batch at hand is taken with ("take the 950 comments from the survey").
_TAKEN_IN = frozenset({"take", "read", "scan"})


def _tested_state(segment: str) -> bool:
    """Tell a verbless comparison or state ("pH outside 6-9", "zone with 15+ open pickups",
    "priority route not cleared in 4h+") from a step or a bare event ("new case received")."""
    words = re.findall(r"[a-z][\w'-]*", segment.lower())
    if len(words) > _LONGEST_TEST and " at " in segment:
        # "any bread order for more than 200 loaves at Crumb and Co": the firm's name after
        # "at" says where, and makes the test no longer a story.
        words = re.findall(r"[a-z][\w'-]*", _FIRM_NAMED_AT.sub("", segment).lower())
    if len(words) > _LONGEST_TEST and " for " in segment:
        words = re.findall(r"[a-z][\w'-]*", _FIRM_NAMED_FOR.sub("", segment).lower())
    if not words or not segment[:1].isalpha() or len(words) > _LONGEST_TEST:
        return False  # "ü 0": a letter outside a-z starts no word the tests below can read
    if lemma(words[0]) and not _MEASURE_NAMED_BY_VERB.match(segment):
        return False
    if _TAKEN_IN & set(words) and TAKES_A_COUNTED_BATCH.match(segment):
        return False  # "take the 950 comments from last season's survey": items at hand, no test
    if _TELLING & set(words) or re.search(r"\w'(?!s\b)", segment):
        return False  # "we're a 60-person agency", "that haven't ordered in 3+ weeks"
    if _GO & set(words) and _GOES_TO_PLACE.search(segment):
        return False  # "anything worth more than €100k goes to #big-wins": a delivery of it
    if _GETS & set(words) and _GETS_SENT_TO_PLACE.search(segment):
        return False  # "deals worth over $40k get posted in #big-wins": a delivery of them
    # "Salesforce query for deals over $5k": a step written as a noun, its filter after it.
    # A number says a comparison: "order shipped late" alone may be an event's name.
    # "particle count above the safe limit", "anything outside the reference range": a bound
    # named in words says a comparison as a number does.
    numbered = re.search(r"\d", segment) is not None or names_a_bound(segment)
    measured = numbered and _NOUN_STEP.search(segment) is None
    return measured and read_condition(segment) is not None


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


def _gapped_going_at(tokens: list[tuple[str, int]], i: int, clause_start: int) -> bool:
    """Tell "…, routine ones to #callbacks" after "urgent ones go to …" (its "go" left out)."""
    words = [w for w, _ in tokens[i : i + 8]]
    if words[:1] == ["the"]:
        words = words[1:]
    # The class: "routine ones", or a plural noun with a word before it or none.
    if words[1:2] == ["ones"] and words[0].isalpha() and words[0] not in _ARTICLES:
        at = 2
    else:
        at = next((k for k in (1, 2) if k < len(words) and words[k] in ("to", "into")), 0)
        if not at or not looks_plural(words[at - 1]) or not words[at - 1].isalpha():
            return False
    if words[at : at + 1] not in (["to"], ["into"]) or at + 1 >= len(words):
        return False
    place = words[at + 1 :]
    if not (place[0].startswith("#") or "@" in place[0] or "webhook" in place[:5]):
        return False
    # The clause before sends its own class with "go(es) to", or names it with "ones" right
    # before where it goes ("negative ones to #front-of-house, positive ones to …", "send the
    # urgent ones to #ops and the routine ones to …"): the class sent first sets the pattern.
    before = [w for w, offset in tokens[:i] if offset >= clause_start]
    return any(
        (w in _GO and before[k + 1 : k + 2] in (["to"], ["into"], *([w2] for w2 in _STRAIGHT)))
        or (w == "ones" and k > 0 and before[k + 1 : k + 2] in (["to"], ["into"]))
        for k, w in enumerate(before[:-1])
    )


_AFTER_PARTICIPLE = frozenset({"and", "to", "into", "in", "by", "as", "for", "via", ",", ""})
_PARTICLES_BEFORE_TO = frozenset({"on", "over", "along", "across", "back"})
# Participles of ordering that, with "by", say how a made thing is laid out.
_LAID_OUT = word_set("grouped sorted ordered organised organized arranged bucketed split ranked")


def _participle_step(tokens: list[tuple[str, int]], i: int) -> bool:
    word = tokens[i][0]
    following = tokens[i + 1][0] if i + 1 < len(tokens) else ""
    if word == "summed" and following == "up":
        return True  # "…, summed up into a short note for #partnerships": summarised
    if following in _PARTICLES_BEFORE_TO and tokens[i + 2 : i + 3] and tokens[i + 2][0] == "to":
        following = "to"  # "…, with the complaints passed on to the manager": a phrasal verb
    if not word.endswith(("ed", "sent")) or following not in _AFTER_PARTICIPLE:
        return False
    if following == "by" and word in _LAID_OUT:
        # "a report of last month's sweeps, grouped by postcode area": how the thing before is
        # laid out, not a step that sorts it into classes.
        return False
    return lemma(word) is not None


# Words after a participle of working on data that end it or say what it works from.
_AFTER_WORK_DONE = frozenset({"from", "out", "into", "for", "and", ",", ";", ""})


def _may_name_a_source(text: str, start: int, end: int) -> bool:
    """Tell whether text[start:end] may name where data lives: an address or a system's noun."""
    words = text[start:end]
    return "//" in words or any(noun in words.lower() for noun in SYSTEM_NOUNS)


def _object_then_done_at(tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell "the owner and due date extracted from each" (a step) from "the ones tagged red"."""
    j = i + 1 if tokens[i][0] == "with" else i
    if j >= len(tokens) or tokens[j][0] not in ("the", "its", "their", "each", "every"):
        return False
    for k in range(j + 1, min(j + 12, len(tokens))):
        word = tokens[k][0]
        if word in (",", ";") or conditional_at(tokens, k):
            return False
        if word.endswith(("ed", "sent")) and lemma(word) in DELIVER:
            return False  # "the report emailed to …" is read as a delivery
        if word.endswith("ed") and lemma(word) in WORKS_ON_DATA:
            following = tokens[k + 1][0] if k + 1 < len(tokens) else ""
            if following == "as" and lemma(word) in CLASSIFY:
                # "each claim classified as storm, vandalism or accidental damage": classes to
                # choose among; "the ones tagged as spam" (one class) picks a subset.
                return any(w == "or" for w, _ in tokens[k + 2 : k + 14])
            return following in _AFTER_WORK_DONE
    return False


def _with_thing_done(tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell "with the summary emailed to …" (a step) from "with the totals" (a part)."""
    if tokens[i][0] != "with" or i + 2 >= len(tokens):
        return False
    if tokens[i + 1][0] not in DIRECT_OBJECTS and tokens[i + 1][0] != "copies":
        return False
    return any(
        _participle_step(tokens, j) or _going_to_a_place(tokens, j)
        for j in range(i + 2, min(i + 5, len(tokens)))
    )


# "…, with the summary going to cx-lead@…", "with the digest heading to #ops": the thing made
# goes on to a place; it is sent there, as "emailed to …" would say.
_GOING = frozenset({"going", "heading", "headed"})


def _going_to_a_place(tokens: list[tuple[str, int]], j: int) -> bool:
    """Tell "going (straight) to cx-lead@…" (a delivery) from "going to be" (a future)."""
    if tokens[j][0] not in _GOING:
        return False
    words = [w for w, _ in tokens[j + 1 : j + 4]]
    if words[:1] and words[0] in _STRAIGHT | {"out", "over", "off"}:
        words = words[1:]
    if words[:1] != ["to"] or len(words) < 2:
        return False
    return words[1].startswith("#") or "@" in words[1] or words[1] == "the"


def _place_named_before(tokens: list[tuple[str, int]], i: int, clause_start: int) -> bool:
    """Tell whether the clause before token i already sent to a channel or an address."""
    return any(w.startswith("#") or "@" in w for w, offset in tokens[:i] if offset >= clause_start)


_GO = frozenset({"go", "goes"})
_STRAIGHT = frozenset({"straight", "directly", "right", "immediately", "instantly"})
# "any agent below 80% should be flagged in #leads", "any drawer off by $20 gets reported to …":
# a passive of sending after "be" or "get(s)".
_SENT = frozenset({"flagged", "reported", "escalated", "posted", "sent", "forwarded", "emailed"})
_MODALS = frozenset({"should", "must", "will"})
_ARTICLES = frozenset({"a", "an", "the"})
# The words a receiver told of with no comma before it opens with ("the on-call nurse is paged").
_RECEIVERS_OPEN = frozenset({"the", "our", "their", "his", "her"})
_PICKING = frozenset({"any", "anything", "anyone", "everything", "those", "each", "every"})


def _sent_word(words: list[str], j: int) -> bool:
    """Tell a participle of sending, or any participle that goes to a channel or address."""
    # "any over €20k should be celebrated in #big-wins": where it lands says it is sent.
    if words[j] in _SENT:
        return True
    place = words[j + 2] if j + 2 < len(words) else ""
    return words[j].endswith("ed") and (
        place.startswith("#") or "@" in place or _into_a_message(words, j)
    )


_MESSAGE_NOUNS = frozenset({"email", "e-mail", "message", "post", "dm"})


def _into_a_message(words: list[str], j: int) -> bool:
    """Tell a participle put "in an email to …" (a message named as a noun, sent on)."""
    # "any patient flagged as overdue is to be listed in an email to reception@…": whatever
    # the participle says of the items, the message they go in is sent, so they are.
    if words[j + 1 : j + 2] not in (["in"], ["into"]) or words[j + 2 : j + 3] not in _A_MESSAGE:
        return False
    return any(
        words[k] in _MESSAGE_NOUNS and words[k + 1 : k + 2] == ["to"]
        for k in range(j + 3, min(j + 6, len(words)))
    )


_A_MESSAGE = (["a"], ["an"], ["the"], ["one"])


def _bare_plural_subject(words: list[str]) -> bool:
    """Tell a bare plural subject ("payments", "payments should") of a passive send."""
    # "…, and payments get emailed to bursar@…": a kind of item with no article, as "absences
    # go to …" is, names the items its passive sends.
    if not words or len(words) > 2 or (len(words) == 2 and words[1] not in _MODALS):
        return False
    noun = words[0]
    return len(noun) > 4 and noun.isalpha() and noun.endswith("s") and noun not in _NOT_SUBJECTS


def _ones_subject(words: list[str]) -> bool:
    """Tell a class named by "ones" ("routine ones", "the urgent ones") as a passive's subject."""
    if words and words[-1] in _MODALS:
        words = words[:-1]
    if words[:1] == ["the"]:
        words = words[1:]
    return len(words) == 2 and words[1] == "ones" and words[0] not in _ARTICLES


# Plural-looking words that are no kind of item: "this gets sent to …", "others get …".
_NOT_SUBJECTS = frozenset({"others", "things", "results", "details", "numbers", "always"})


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


def _subject_goes_at(tokens: list[tuple[str, int]], i: int, *, told: bool = False) -> bool:
    # The place may lie past the twelve words a subject is looked for in ("… is to be listed in
    # an email to …"), so the words after them are kept for it.
    # "… and any tyre size with fewer than four units on the shelf is to be emailed to …": the
    # items "any" picks may be told at length before their passive; other subjects are short.
    if tokens[i - 1][0] == "and" and _few_nouns_before(tokens, i - 1):
        return False  # "…: burst pipes and leaks go straight to …": one subject, two nouns
    picked = tokens[i][0] in ("any", "anything")
    reach = _without_means(
        _without_number_commas([w for w, _ in tokens[i : i + (20 if picked else 18)]])
    )
    words = reach[:18] if picked else reach[:12]
    for j, word in enumerate(words[1:-1], start=1):
        if word in (",", ";"):
            return False
        if word in _GO and words[j + 1] in ("to", "into"):
            return True
        if word in _GO and words[j + 1 : j + 3] == ["out", "to"]:
            return True  # "…, after which it goes out to the calendar webhook"
        if word in _GO and words[j + 1] == "in" and words[j + 2][:1] == "#":
            return True  # "…, all other bookings go in #site-office": a channel is "to" it
        if word in _GO and words[j + 1] in _STRAIGHT and words[j + 2 : j + 3] in (["to"], ["into"]):
            return True  # "leak reports go straight to the plumber webhook": how fast, then where
        if word in _LAND and j == 2 and _remainder_lands(words):
            return True  # "…, everything else lands in #general": where the rest is sent
        passive = words[j - 1] in ("be", "get", "gets") and (
            words[0] in ("any", "anything") or _bare_plural_subject(words[: j - 1])
        )
        # "…, and a refill order is sent to the supplier's webhook": outside an if, a passive
        # told as done is the step (inside one, "if the invoice is sent to …" is its test).
        passive = passive or (told and words[j - 1] in ("is", "are") and words[0] in _ARTICLES)
        # "…, and routine ones get emailed to roads@…", "the urgent ones are posted in #ops": a
        # class picked by "ones" is sent by its passive as "any" is.
        passive = passive or (
            words[j - 1] in ("be", "get", "gets", "are") and _ones_subject(words[: j - 1])
        )
        if passive and _sent_word(reach, j) and words[j + 1] in ("to", "in", "into"):
            return True
        # "…, and the session bookings emailed to studio@…": the duty before lends its "be".
        gapped = tokens[i - 1][0] == "and" and words[0] in _ARTICLES and 1 < j < 5
        # "…, and the emergencies sent straight to the pager webhook": how fast, then where.
        hurried = words[j + 1] in _STRAIGHT and j + 2 < len(words)
        if (
            gapped
            and word in _SENT
            and words[j + 1 + hurried] in ("to", "in", "into")
            and all(w.isalpha() or "-" in w for w in words[1:j])
        ):
            return True
        # "anything north of 250 ms should page ml-oncall": what the picked items make it do.
        if word in _MODALS and words[j + 1] in UNMARKED_STEPS and words[0] in _PICKING:
            return True
        # "— anything above £40k gets a shout-out in #showroom": the picked items get a message
        # where it lands (actions.py reads it as "send <subject> in #showroom"); the message may
        # be told at more length ("gets a 'normal generation' line in #control-room").
        if word in _GETS_A_MESSAGE and words[0] in _PICKING and _lands_after(words[j + 1 : j + 8]):
            return True
    return False


def _few_nouns_before(tokens: list[tuple[str, int]], joint: int) -> bool:
    """Tell whether one to three plain nouns lie between the last ":" or "," and "and"."""
    opened = joint - 1
    while opened >= 0 and tokens[opened][0] not in (",", ":"):
        opened -= 1
    nouns = [word for word, _ in tokens[opened + 1 : joint]]
    # "summarise it and …", "pull the orders and …": a verb or a function word makes a step.
    return (
        0 < len(nouns) <= 3
        and opened >= 0
        and nouns[0] not in ACTION_VERBS
        and all(word.isalpha() and word not in STOPWORDS for word in nouns)
    )


_GETS_A_MESSAGE = word_set("get gets earn earns receive receives deserve deserves merit merits")
_LAND = frozenset({"land", "lands"})
_ELSE_OPENS = frozenset({"everything", "anything", "everyone", "anyone"})


def _remainder_lands(words: list[str]) -> bool:
    """Tell "everything else lands in #general" (the rest sent) from "anything that lands in …"."""
    # Only the other branch is sent by landing: "any form that lands in help@…" is the event.
    remainder = (words[0] in _ELSE_OPENS and words[1] == "else") or words[:2] == ["the", "rest"]
    place = words[4] if len(words) > 4 else ""
    return remainder and words[3] in ("in", "into") and (place.startswith("#") or "@" in place)


def _lands_after(words: list[str]) -> bool:
    """Tell a message named, then "in"/"to" a channel or an address ("a shout-out in #wins")."""
    return words[0] in ("a", "an", "its", "their") and any(
        word in ("in", "to", "into", "on") and (place[:1] == "#" or "@" in place)
        for word, place in pairwise(words[1:])
    )


def _without_number_commas(words: list[str]) -> list[str]:
    """Join "$4", ",", "000" back into one word: a comma inside a number ends no subject."""
    joined: list[str] = []
    for word in words:
        if (
            len(joined) > 1
            and joined[-1] == ","
            and joined[-2][-1:].isdigit()
            and word[:1].isdigit()
        ):
            joined[-2:] = [joined[-2] + "," + word]
            continue
        joined.append(word)
    return joined


# "should be reported by email to …": how it is sent, between the participle and its place.
_MEANS = frozenset({"email", "e-mail", "mail", "slack", "webhook"})


def _without_means(words: list[str]) -> list[str]:
    """Drop "by email" / "via Slack" after a participle, so its place follows it."""
    return [
        w
        for k, w in enumerate(words)
        if not (w in ("by", "via") and words[k + 1 : k + 2] and words[k + 1] in _MEANS)
        and not (w in _MEANS and k > 0 and words[k - 1] in ("by", "via"))
    ]


_DUTY_SUBJECTS = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "each", "all", "it", "they", "these", "those"}
    | {"that", "this"}  # "…, and that report is to be emailed": the thing made, pointed at
)
_DUTY_BE = ("to", "be")
_DUTY_MODALS = frozenset({"must", "shall", "should"})
_ADDRESS_WORD = re.compile(r"^(?:#[\w-]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$")


def _duty_be_at(words: list[str], j: int) -> int | None:
    """Return where the participle is after "shall be" / "is to be" at j (None if no duty)."""
    if words[j] in _DUTY_MODALS_ALL and words[j + 1 : j + 2] == ["be"]:
        return j + 2
    if words[j] in ("is", "are") and tuple(words[j + 1 : j + 3]) == _DUTY_BE:
        return j + 3
    return None


# The modals a duty is told with: "shall be extracted", "must be sent", "will be posted".
_DUTY_MODALS_ALL = frozenset({"shall", "should", "must", "will"})


def _listed_before_a_duty(tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell a verb-like noun in the list a passive duty is told of ("…, invoice total and …")."""
    # "the supplier name, invoice total and due date shall be extracted", "candidate number,
    # subject and total mark are to be extracted": the list is the subject of the duty, so a
    # word in it that could be a verb ("invoice", "total") starts no step; a verb with its own
    # object ("total the sales and …") has an article or pronoun after it.
    word = tokens[i][0]
    if tokens[i - 1][0] not in (",", "and") or not word.isalpha() or word in _OBJECT_WORDS:
        return False  # "…, they are to be posted": the duty's own subject starts its step
    words = [w for w, _ in tokens[i + 1 : i + 10]] + ["", "", ""]
    for j, listed in enumerate(words[:8]):
        done_at = _duty_be_at(words, j)
        if done_at is not None:
            # "if it tops 2.5 m, passengers booked on it are to be told": a plural alone after
            # the comma, with no "and" after it, is the duty's whole subject, not a list.
            joined = "and" in words[:j] or "," in words[:j] or tokens[i - 1][0] == "and"
            return _participle(words[done_at]) and (joined or not _bare_plural(word))
        if not (listed in ("and", ",") or (listed.isalpha() and listed not in _OBJECT_WORDS)):
            return False
    return False


# Words that open a verb's own object (the word before them is a verb, not a listed noun), or
# a pronoun that is a duty's whole subject.
_OBJECT_WORDS = frozenset(
    {"the", "a", "an", "it", "them", "this", "that", "these", "those", "each", "every", "all"}
    | {"its", "their", "our", "my", "your", "his", "her", "any", "some"}
    | {"they", "we", "you", "he", "she", "i"}
)


def _told_delivery_at(tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell "a reminder email shall be sent to …" (a delivery told as a duty) starting at i."""
    words = [w for w, _ in tokens[i : i + 12]] + ["", "", "", ""]
    for j in range(1, 6):
        done_at = _duty_be_at(words, j)
        if done_at is not None:
            return _sent_word(words, done_at) and words[done_at + 1] in ("to", "in", "into")
        if not (words[j].isalpha() or "-" in words[j]) or words[j] in _OBJECT_WORDS:
            return False
    return False


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


# Words that may follow a participle of making, ending it or saying who or what it is for.
_AFTER_GAPPED_DUTY = frozenset({"for", "to", "from", "and", "by", "in", "on", ",", ";", ""})


def _gapped_duty_at(text: str, tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell "…are to be extracted, and a report generated for …" (a second duty) from a list."""
    # The second duty leaves out its "is to be": an article, a noun or three, a known
    # participle. Only a clause already holding a duty can leave it out.
    if tokens[i][0] not in _ARTICLES or " to be " not in text[: tokens[i][1]]:
        return False
    words = [w for w, _ in tokens[i + 1 : i + 6]] + ["", ""]
    for k in range(1, 4):
        if not all(w.isalpha() for w in words[:k]):
            return False
        if words[k].endswith("ed") and lemma(words[k]) is not None:
            return words[k + 1] in _AFTER_GAPPED_DUTY
    return False


def _duty_at(tokens: list[tuple[str, int]], i: int, *, after_test: bool = False) -> bool:
    """Tell whether "<the things> are to be <done>" (after a test, "must be") starts here."""
    words = [w for w, _ in tokens[i : i + 20]]
    # "…, theatre-coordinators@x.org are to be notified by email", "…, #ops is to be told":
    # an address, as the subject, names who the duty is done to.
    if not words:
        return False
    # "where the waves top 2.5 m, passengers booked on it are to be informed …": after a test,
    # a bare plural names whom the duty is done to, as "the passengers" does.
    bare = after_test and _bare_plural(words[0])
    # "…, and any member more than two months in arrears shall be written to": a subject that
    # picks the items names what the duty is done to, its test read with the step.
    picked = words[0] in _PICKING
    if not (bare or picked or words[0] in _DUTY_SUBJECTS or _ADDRESS_WORD.match(words[0])):
        return False
    for j, word in enumerate(words[1:-2], start=1):
        if word == ";" or conditional_at(tokens, i + j):
            return False
        if word in ("is", "are") and tuple(words[j + 1 : j + 3]) == _DUTY_BE:
            if bare and word == "is":
                return False
            return j + 3 < len(words) and (
                lemma(words[j + 3]) is not None
                or _held_until(words, j + 3)  # "the request is to be held until …"
                or set_off_as(words[j + 3]) is not None  # "… webhook is to be fired"
                or (after_test and _done_by_webhook(words, j + 3))
                or _into_a_message(words, j + 3)  # "are to be noted in an email to …"
            )
        if (after_test or picked) and word in _DUTY_MODALS and words[j + 1] == "be":
            # "should any pen read below 6 mg/L, the aeration webhook must be triggered": the
            # duty a test guards, said with a modal (elsewhere the clause reads whole).
            # "…, a cancellation notice shall be placed in #visitor-desk": a participle that
            # lands in a channel or an address is a delivery, known verb or not.
            return (
                _participle(words[j + 2])
                or _sent_word(words, j + 2)
                or _held_until(words, j + 2)  # "the request shall be held pending approval"
            )
    return False


def _held_until(words: list[str], j: int) -> bool:
    """Tell "held until …" / "kept back pending …" (a hold) at j from "held at the hall"."""
    # "held" names no verb the lexicon knows; only with what it lasts until is it a hold.
    if words[j] not in ("held", "kept"):
        return False
    ended = words[j + 2 : j + 3] if words[j + 1 : j + 2] == ["back"] else words[j + 1 : j + 2]
    return ended in (["until"], ["till"], ["pending"])


def _bare_plural(word: str) -> bool:
    """Tell a plural noun with no article ("passengers") from a verb or a function word."""
    return word.isalpha() and looks_plural(word) and word not in STOPWORDS and lemma(word) is None


def _done_by_webhook(words: list[str], j: int) -> bool:
    """Tell a participle done by way of a webhook ("raised through the facilities webhook")."""
    # "…, a ticket is to be raised through the facilities webhook": the deed, its verb known or
    # not, is the webhook's call the test guards.
    return words[j].endswith("ed") and "webhook" in words[j + 1 : j + 6]


_HELD_AFTER = frozenset({",", ";", "and", "but"})
# The words a thing held opens with, as the subject of a passive duty denied.
_HELD_SUBJECTS = frozenset({"it", "they", "this", "that", "the", "these", "those", "their", "our"})


def _arranged_to_be(tokens: list[tuple[str, int]]) -> int | None:
    """Return where "to be <done>" goes on from "arrange for <thing>, <aside>," (None if not)."""
    # "Kindly arrange for a report of the call-outs, broken down by district, to be compiled":
    # the aside between commas says how the thing is made, and "to be" goes on with the thing
    # arranged; neither starts a step of its own.
    words = [w for w, _ in tokens]
    opens = next((k for k in range(min(6, len(words) - 1)) if words[k : k + 2] == _ARRANGE), None)
    if opens is None:
        return None
    for j in range(opens + 2, min(opens + 40, len(words) - 3)):
        if words[j] == ";" or conditional_at(tokens, j):
            return None
        if words[j] == "," and tuple(words[j + 1 : j + 3]) == _DUTY_BE:
            return j + 1 if _participle(words[j + 3]) else None
    return None


_ARRANGE = ["arrange", "for"]


def _asked_that_at(tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell whether "that <someone or something> be <done>" (a thing asked for) starts here."""
    return i < len(tokens) and tokens[i][0] == "that" and _asked_passive_at(tokens, i + 1)


# Words that make a "be" no subjunctive: "the report is to be …", "the page should be …".
_NOT_ASKED = frozenset({"to", "should", "must", "will", "would", "can", "could", "may", "might"})


def _asked_passive_at(tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell whether "<someone or something> be <done>" (a subjunctive, asked for) starts here."""
    # "…, should H2S exceed 10 ppm, the pager webhook be triggered, ops@… be emailed": each
    # thing asked for names its object first and its verb, bare, after "be".
    words = [w for w, _ in tokens[i : i + 10]]
    for j, word in enumerate(words[1:-1], start=1):
        if word in (",", ";") or word in _NOT_ASKED or conditional_at(tokens, i + j):
            return False
        if word == "be":
            return _participle(words[j + 1])
    return False


def _participle(word: str) -> bool:
    """Tell a participle of doing ("emailed", "sent", "triggered"), not an adjective ("red")."""
    if word in _IRREGULAR_PARTICIPLES:
        return True
    # "the pager webhook be triggered": a verb the parser does not know still names a deed,
    # as a short one of setting off does ("the pump webhook must be fired").
    return word.endswith(("ed", "sent")) and (
        lemma(word) is not None or len(word) > 6 or set_off_as(word) is not None
    )


# "any member in arrears shall be written to", "the owner is to be told": no "-ed" ending.
_IRREGULAR_PARTICIPLES = frozenset({"written", "told"})


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
