"""Read a label before a step ("passed: email …") as the test that step is under."""

import re

from nl_parser.answer_labels import ANSWER_LABEL, QUESTION, answer_named
from nl_parser.case_labels import LABEL_AFTER_COLON
from nl_parser.clause_pieces import Clause, piece
from nl_parser.filters import looks_plural
from nl_parser.lexicon import STOPWORDS
from nl_parser.openers import OTHER_BRANCHES
from nl_parser.other_branches import names_the_rest
from nl_parser.step_verbs import ACTION_VERBS
from nl_parser.verbs import main_verb


def answers_labelled(clauses: list[Clause]) -> list[Clause]:
    """Part "Not opted in: email …" after "look at whether …" into the answer and its step."""
    read: list[Clause] = []
    asked = ""  # the words of the last question asked as a step
    for clause in clauses:
        label = ANSWER_LABEL.match(clause.text) if asked and not clause.conditional else None
        if (
            label
            and label["verb"].lower() in ACTION_VERBS
            and answer_named(label["label"], asked) is not None
        ):
            # The label stands for "if so" or "otherwise"; it is tested as the answer it names.
            read.append(
                Clause(label["label"], clause.start + label.start(1), clause.sentence, "if")
            )
            read.append(piece(clause, label.start("verb"), len(clause.text)))
            continue
        question = QUESTION.match(clause.text)
        asked = question["asked"] if question else asked
        read.append(clause)
    return read


def label_after_event_as_test(clauses: list[Clause]) -> list[Clause]:
    """Split "when a result comes back: distinction" before "→ post …, otherwise …" in two."""
    for index, clause in enumerate(clauses[:-2]):
        label = LABEL_AFTER_COLON.search(clause.text) if clause.conditional else None
        if (
            label
            and label.group(1).split()[0].lower() not in ACTION_VERBS
            and not clauses[index + 1].conditional
            and (
                clauses[index + 2].conditional in OTHER_BRANCHES
                # "when a call-out comes in: emergency lockouts → pager webhook; anything else
                # → #day-jobs": the remainder named alone is the other branch too.
                or _rest_alone(clauses[index + 2].text)
            )
        ):
            # The label stands alone before a step with an other branch after it: the case
            # the item is tested for ("if it is a distinction"), not a word of the event.
            event = clause.text[: label.start()]
            head = Clause(event, clause.start, clause.sentence, clause.conditional)
            case = Clause(label.group(1), clause.start + label.start(1), clause.sentence, "if")
            return [*clauses[:index], head, case, *clauses[index + 1 :]]
    return clauses


def _rest_alone(text: str) -> bool:
    """Tell whether a clause is only the remainder ("anything else", "all other call-outs")."""
    return len(text.split()) <= 4 and names_the_rest(text) and main_verb(text) is None


# "→ passed: email them the pack / failed: post their name in #instructors": a short label, a
# colon and a step, at a clause's start or after a slash; two or more of them route by case.
_LABELLED_CASE = re.compile(
    r"(?:^|\s/)\W*([a-z][\w'-]*(?:\s+[a-z][\w'-]*)?):\s+([a-z]+)\b", re.IGNORECASE
)


def labelled_cases_as_tests(clauses: list[Clause]) -> list[Clause]:
    """Read "passed: email …; failed: post …" as a test on each label before its step."""
    cases = [
        [m for m in _LABELLED_CASE.finditer(c.text) if m.group(2) in ACTION_VERBS]
        if not c.conditional
        else []
        for c in clauses
    ]
    if sum(len(found) for found in cases) < 2 and not _one_case_before_the_rest(clauses, cases):
        return clauses
    read: list[Clause] = []
    for clause, found in zip(clauses, cases, strict=True):
        if not found:
            read.append(clause)
            continue
        if found[0].start(1) > 0 and clause.text[: found[0].start()].strip():
            read.append(piece(clause, 0, found[0].start()))
        for k, case in enumerate(found):
            step_end = found[k + 1].start() if k + 1 < len(found) else len(clause.text)
            label = piece(clause, case.start(1), case.end(1))
            read.append(Clause(label.text, label.start, clause.sentence, "if"))
            read.append(piece(clause, case.start(2), step_end))
    return read


def _one_case_before_the_rest(clauses: list[Clause], cases: list[list[re.Match[str]]]) -> bool:
    """Tell whether one labelled kind ("enterprise leads: email …") has the rest named after it."""
    # "Enterprise leads: email sales@…. All other leads: #sales": a kind of the items, named
    # in the plural before its step, is a test when a later clause takes what it left.
    at = next((i for i, found in enumerate(cases) if found), None)
    if at is None or len(cases[at]) != 1 or any(cases[at + 1 :]):
        return False
    label = cases[at][0].group(1).lower().split()
    if not looks_plural(label[-1]) or label[0] in STOPWORDS:
        return False
    return any(names_the_rest(clause.text) for clause in clauses[at + 1 :])
