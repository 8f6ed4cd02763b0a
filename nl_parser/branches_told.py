"""Tell the branches a text names: "otherwise", "anything else", "do nothing", "in which case"."""

import re

from nl_parser.case_labels import CASE_LABEL
from nl_parser.clause_pieces import Clause
from nl_parser.guards import CASE_NAMED, names_a_case_left_alone
from nl_parser.openers import OTHER_BRANCHES
from nl_parser.other_branches import COMPARED_REMAINDER
from nl_parser.verbs import main_verb
from nl_parser.workflow_talk import DOING_NOTHING

# "no need to do anything", "nothing needs doing", "no action is needed": the same, said as
# what is not needed rather than as an order.
NOTHING = re.compile(
    r"^\W*(?:(?:there(?:'s|\s+is)\s+)?(?:no\s+(?:need\s+to\s+(?:do\s+anything|act|bother)"
    r"|(?:further\s+)?action(?:\s+(?:is\s+)?(?:needed|required))?)"
    r"|nothing\s+(?:else\s+)?(?:needs?\s+(?:doing|to\s+be\s+done)|(?:more\s+)?to\s+do"
    r"|(?:is\s+)?(?:needed|required)))"
    rf"|{DOING_NOTHING}|(?:that's\s+)?(?:fine|ok|okay|all\s+good)"
    r"|(?:ignore|skip)\s+it|leave\s+it(?:\s+alone)?)\W*$",
    re.IGNORECASE,
)


def case_named(clauses: list[Clause], index: int) -> bool:
    """Tell whether clause `index` is a bare label before a step and an other branch."""
    clause = clauses[index]
    # "emergency? → fire the pager webhook | anything else → #reception": the remainder named
    # alone is the other branch as "otherwise" is.
    return (
        index + 2 < len(clauses)
        and bool(CASE_LABEL.fullmatch(clause.text))
        and main_verb(clause.text) is None
        and not clauses[index + 1].conditional
        and (
            clauses[index + 2].conditional in OTHER_BRANCHES
            or names_the_other_branch(clauses[index + 2])
        )
    )


def nothing_before_test(clauses: list[Clause], index: int) -> bool:
    """Tell whether clause `index` is "do nothing" before an "if …" with an "otherwise" after."""
    following = [c.conditional for c in clauses[index + 1 : index + 3]]
    return (
        not clauses[index].conditional
        and bool(NOTHING.match(clauses[index].text))
        and len(following) == 2
        and following[0] in ("if", "when")
        and following[1] in OTHER_BRANCHES
    )


def test_of_doing_nothing(clauses: list[Clause], index: int) -> bool:
    """Tell whether clause `index` is an "if …" ending its sentence after a "do nothing"."""
    clause = clauses[index]
    if clause.conditional not in ("if", "when") or index == 0:
        return False
    before = clauses[index - 1]
    ends = index + 1 == len(clauses) or clauses[index + 1].sentence != clause.sentence
    return (
        ends
        and not before.conditional
        and before.sentence == clause.sentence
        and bool(NOTHING.match(before.text))
    )


# "anything else", "everything else", "absent any such reading", "in the absence of such a
# reading", "failing that", "with no such alarm", "the rest", "the remainder", "the others",
# "anything sooner", "any other depth", "all other readings": the remainder of a test, named
# with no verb.
_OTHER_BRANCH_ALONE = re.compile(
    rf"\W*(?:(?:any|every)thing\s+else|the\s+(?:rest|remainder)|{COMPARED_REMAINDER}|"
    r"(?:any|all)\s+other\s+(?!than\b)[\w-]+(?:\s+[\w-]+)?|"
    r"(?:all\s+)?the\s+others|the\s+other\s+ones|absent\s+(?:any\s+)?such\s+[\w-]+|"
    r"in\s+the\s+absence\s+of\s+(?:any\s+)?such\s+(?:an?\s+)?[\w-]+|failing\s+that|"
    r"(?:with\s+)?no\s+such\s+[\w-]+)\W*",
    re.IGNORECASE,
)


_OTHER_BRANCH_WORDS = (
    "else",
    "such",
    "failing",
    "rest",
    "remainder",
    "other",
    "thing ",
    "one ",
    "ones",
    "body ",
)


def names_the_other_branch(clause: Clause) -> bool:
    """Tell whether a clause only names the remainder of the test before it ("anything else")."""
    lowered = clause.text.lower()
    return (
        not clause.conditional
        and any(word in lowered for word in _OTHER_BRANCH_WORDS)  # the cheap test first
        and _OTHER_BRANCH_ALONE.fullmatch(clause.text) is not None
    )


def action_follows(clauses: list[Clause], index: int) -> bool:
    """Tell whether the clause after `index` opens on no test of its own (an action)."""
    return index + 1 < len(clauses) and not clauses[index + 1].conditional


_OTHER_BRANCH = re.compile(
    r"(?:otherwise|(?:or\s+)?else|in\s+(?:all|any|every)?\s*other\s+cases?|"
    r"(?:(?:fewer|less|more)\s+than|under|below|over|above)\s+that)\W*",
    re.IGNORECASE,
)


def otherwise_body(clause: Clause) -> Clause:
    """Return the action of an "otherwise …" clause, without the word."""
    match = _OTHER_BRANCH.match(clause.text)
    end = match.end() if match else 0
    return Clause(clause.text[end:], clause.start + end, clause.sentence)


def case_follows(clauses: list[Clause], index: int) -> bool:
    """Tell whether "in which case" (or "in that event") follows the test at `index`."""
    # "stay quiet unless the kiln tops 900C, in which case page …": the step runs when the
    # test holds, so "unless" negates nothing there.
    following = clauses[index + 1] if index + 1 < len(clauses) else None
    return (
        following is not None
        and CASE_NAMED.match(following.text.strip()) is not None
        # "unless it is a draft, in which case do nothing": the step before runs when it is not.
        and not names_a_case_left_alone(following)
    )
