"""The openers that guard a step, and which step a guard applies to."""

import re

from nl_parser.clause_pieces import Clause
from nl_parser.destinations import DELIVERY_ACTIONS
from nl_parser.moments_of_tests import names_test_moment
from nl_parser.openers import MOMENT_OPENERS
from nl_parser.workflow_talk import about_the_workflow

GUARDS = frozenset(
    {
        "if",
        "unless",
        "only if",
        "only when",
        "only where",
        "in case",
        "in the event that",
        "in the event",
        "provided that",
        # "…, provided they've never subscribed before": a bare "provided" tests as "if" does.
        "provided",
        "providing that",
        "providing",
        "should",
        "as long as",
        "as soon as",
        "when",
        "whenever",
        "every time",
        "each time",
        "any time",
        "anytime",
        *MOMENT_OPENERS,
    }
)


# Openers that may name the trigger even after a step ("…, then when the deploy lands, …").
EVENT_OPENERS = frozenset(
    {"when", "whenever", "as soon as", "every time", "each time", "any time", "anytime"}
    | MOMENT_OPENERS
)


# "in which case page …", "in that event, email …": the case is the test before it.
CASE_NAMED = re.compile(r"^in\s+(?:which|that|this)\s+(?:case|event)\b[,\s]*", re.IGNORECASE)
# "skip it", "ignore it": the case left alone, as "do nothing" leaves it.
_LEFT_ALONE = re.compile(r"^\W*(?:skip|ignore|drop)\s+(?:it|them)\W*$", re.IGNORECASE)


def names_a_case_left_alone(clause: Clause) -> bool:
    """Tell whether a clause is "in which case do nothing": the case named, and nothing done."""
    text = clause.text.strip()
    case = CASE_NAMED.match(text)
    if case is None:
        return False
    rest = text[case.end() :]
    return about_the_workflow(rest) or _LEFT_ALONE.match(rest) is not None


# Openers of a test that may trail each of two actions in a row ("… if A, and … if B").
_PARALLEL_GUARDS = frozenset({"if", "when", "whenever", "unless", "only if", "only when"})


def trailing(clauses: list[Clause], index: int) -> bool:
    """Tell whether the condition at `index` guards the action before it rather than after."""
    following = clauses[index + 1] if index + 1 < len(clauses) else None
    after = clauses[index + 2] if index + 2 < len(clauses) else None
    # "post … if it worked, or page … if it didn't", "post … when over 20 are left, and email
    # … when it's 20 or fewer": the next action has a trailing guard too.
    guarded = (
        after is not None
        and after.conditional in _PARALLEL_GUARDS
        and after.sentence == clauses[index].sentence
        and trailing(clauses, index + 2)
    )
    if following is not None and about_the_workflow(following.text):
        # "post in #ops whenever the queue passes 500 — check it every 5 minutes": how often the
        # test is made adds no step for it to guard, so the test is still the last one. "Don't
        # send anything if it worked": doing nothing has its own test after it, no step.
        return (
            after is None
            or after.sentence != following.sentence
            or after.conditional in ("if", "when")
        )
    if following is not None and names_test_moment(clauses, index + 1):
        # "post it … if a book is marked as damaged when it's returned": the moment the test
        # is made belongs to the test, so what comes after it decides.
        return trailing(clauses, index + 1)
    if following is not None and names_a_case_left_alone(following):
        # "email …, unless the list is a draft, in which case do nothing": the case named is
        # left alone, so the test guards the step before it, as a bare trailing "unless" does.
        return trailing(clauses, index + 1)
    if following is not None and CASE_NAMED.match(following.text.strip()):
        # "… unless the press reports a jam; in that case page …": the step the case names
        # follows, even past a sentence break, so the test guards it, not the step before.
        return False
    return following is None or following.sentence != clauses[index].sentence or guarded


def shared_guard_start(parts: list, steps: list, sentence: int, at: int) -> int:
    """Return where a trailing guard goes when the deliveries before it share it.

    "… text me through the SMS webhook and post the hive number in #beeyard if any hive has
    lost 2 kg": each delivery the sentence lists before the "if" is sent on the test, so the
    guard goes before the first of them, not only before the last (`at`).
    """
    run = []
    for part in reversed(parts):
        sends = part.steps and all(s.action in DELIVERY_ACTIONS for s in part.steps)
        if part.event or not sends or part.clause.sentence != sentence or part.clause.conditional:
            break
        run.append(part)
    if len(run) < 2:
        return at
    first = run[-1].steps[0]
    return next((i for i, step in enumerate(steps) if step is first), at)
