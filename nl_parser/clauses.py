"""Split an instruction (schedule words blanked) into clauses: one action or condition each.

A sentence splits before a conditional word (if, when, unless…), at "then", and at a comma or
"and" that is followed by an action verb — so "email a@x.com, b@y.com and the team" stays one
clause while "classify them and email urgent ones" becomes two.
"""

import re

from nl_parser.bare_comparisons import (
    SEGMENT,
    SUBJECT_COMPARISON,
    bare_test_end,
    compared_subject,
)
from nl_parser.clause_pieces import Clause
from nl_parser.clause_tokens import (
    CONNECTORS,
    DASHES,
    TOKEN,
    after_that_as_connector,
    connector_start,
    done_again,
    next_as_adjective,
    without_contrast,
    without_limiting_adverbs,
    without_then_inside_duties,
)
from nl_parser.labels_as_tests import (
    answers_labelled,
    label_after_event_as_test,
    labelled_cases_as_tests,
)
from nl_parser.message_content import QUOTATION
from nl_parser.messages_told import (
    SAID_IN_THE_SAME_MESSAGE,
    errand_asked,
    message_told,
    same_message_goes_on,
)
from nl_parser.moments_and_spans import after_counts_in_a_test, later_at
from nl_parser.openers import MOMENT_OPENERS, OTHER_BRANCHES, conditional_at
from nl_parser.passive_duties import arranged_to_be, listed_before_a_duty
from nl_parser.questions_before_steps import questions_as_tests
from nl_parser.step_verbs import ACTION_VERBS, GUARDED_STEP_VERBS
from nl_parser.steps_opened_by_verbs import asked_after_a_dash, is_quoted, verb_opens_step_at
from nl_parser.steps_without_imperatives import colon_after_address, step_without_imperative_at
from nl_parser.unmarked_steps import unmarked_step_at
from nl_parser.verbs import SETS_OFF

# "E. coli above the limit", "e. coli": a lone letter's full stop before a lower-case word ends
# nothing; nor does a field's "no." (number) before "and" or "or" ("job no. and paper stock").
_SENTENCE_END = re.compile(
    r"(?<=[.!?;])(?<!\b[A-Za-z]\.)(?<!\b[Nn]o\.)\s+|(?<=\b[A-Za-z]\.)\s+(?![a-z])"
    r"|(?<=\b[Nn]o\.)\s+(?!(?:and|or)\s)|\n+"
)


# "thereafter", "afterwards" after a break: the next step, in order; so is "whereupon" ("…
# until the manager has approved it, whereupon the webhook is to be triggered").
_LATER_ORDER = frozenset({"thereafter", "afterwards", "whereupon"})


def _other_branch_opened(tokens: list[tuple[str, int]], opened_at: int, i: int) -> bool:
    """Tell whether only an "otherwise" (or "in all other cases") and a comma come before i."""
    if tokens[i - 1][0] != ",":
        return False
    opener = conditional_at(tokens, opened_at)
    return opener in OTHER_BRANCHES and i == opened_at + len(opener.split()) + 1


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
        if conditional == "after" and after_counts_in_a_test(
            tokens, i, condition_at, compared_until
        ):
            # Inside an open test, "after" a moment or an event of the item says when the test
            # counts (moments_and_spans.py); it opens no trigger of its own.
            conditional = None
        inside_conditional = max(0, inside_conditional - 1)
        if conditional:
            inside_conditional = len(conditional.split()) - 1
            compared_until = bare_test_end(text, tokens, i + len(conditional.split()), end)
        cut = (
            unmarked_step_at(text, tokens, i, end, conditional, condition_at, quoted)
            if condition_at is not None
            else None
        )
        if cut is not None:
            # No comma before it, but a step starts inside the open test (unmarked_steps.py).
            cut_points.append((cut, cut, None))
            condition_at = None
            continue
        clause_at = cut_points[-1][0] if cut_points else start
        starts_step = verb_opens_step_at(
            text, tokens, i, end, clause_at, condition_at, quoted
        ) or step_without_imperative_at(text, tokens, i, end, clause_at, condition_at)
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
                i == 0 or tokens[i - 1][0] in (",", ";", *DASHES) or colon_after_address(tokens, i)
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
        if is_quoted(offset, quoted):
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
            opens = i - 2 if starts_step and asked_after_a_dash(tokens, i) else i
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
