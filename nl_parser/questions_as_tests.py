"""Read questions as the tests they ask: "check whether …", "if so", "if not", "yes:" and "no:"."""

import re

from nl_parser.answer_labels import QUESTION, answer_named
from nl_parser.answers_asked import answer_tested
from nl_parser.clause_pieces import Clause
from nl_parser.condition_steps import condition_step
from nl_parser.conditions import CONDITION, ConditionDraft, read_condition
from nl_parser.drafts import StepDraft
from nl_parser.guards import CASE_NAMED
from nl_parser.loose_ends import ClauseReading
from nl_parser.other_branches import negated

# "if so", and the ellipsis "when it is" / "if they do": the condition is the check before it.
# "wait for the client to sign it; once they have, …", "as soon as she's done so": after a
# wait the ellipsis is the end of the wait, which the order of the steps already says.
_IF_SO = re.compile(
    r"^(?:if|when|whenever|once|as\s+soon\s+as|after)\s+(?:so|yes|that\s+is\s+the\s+case|"
    # "check whether they ticked the box; if they did, …": the past tense stands for it too.
    r"(?:it|they|there|that|he|she)\s+(?:is|are|does|do|did|has|have|had|was|were)"
    r"(?:\s+done\s+(?:so|that|it))?(?=\s*(?:,|$))"
    r"|(?:it|they|that|he|she)['\u2019](?:ve|s|d)\s+done\s+(?:so|that|it)(?=\s*(?:,|$)))"
    r"\b[,\s]*",
    re.IGNORECASE,
)


# "if not", "if it isn't", "if they're not", "if she hasn't", "where it isn't": the check
# before, turned around. "where any unit was opened …; where none was, …": the quantifier
# denied, with the test's verb stood for by its auxiliary, is that check turned around too.
IF_NOT = re.compile(
    r"^(?:if|when|where)\s+(?:not|(?:it|they|that|there|he|she)\s*"
    r"(?:'s|'re|is|are|does|do|was|were|has|have)"
    r"\s*(?:n't|not)"
    r"|(?:none|nothing|nobody|no\s+one)\s+(?:is|are|was|were|does|do|did|has|have|had)"
    r"|there\s+(?:is|are|was|were)\s+none)\W*$",
    re.IGNORECASE,
)


# "yes" and "no" alone, the labels of the answers to a question before them.
BARE_ANSWER = re.compile(r"^\W*(?:(?P<yes>yes)|no)\W*$", re.IGNORECASE)


def answer_before(written: Clause, parts: list[ClauseReading]) -> StepDraft | None:
    """Return the test of the yes/no answer the step before "if so" found out, else None."""
    if not written.conditional or not parts:
        return None
    if not parts[-1].steps:
        # "when a booking comes in, check whether they ticked the box; if they did, …": a
        # check after the trigger made no step of its own, so its question is the test.
        return _question_checked(parts[-1].clause.text)
    if any(step.action == CONDITION for step in parts[-1].steps):
        return None  # "check whether it is down; if so, …": the check is the test already
    return answer_tested(parts[-1].clause.text)


# "check whether …", "see if …", "find out whether …": a step that only asks a question.
_CHECKS_WHETHER = re.compile(
    r"^\W*(?:then\s+)?(?:check|see|find\s+out|confirm|verify|determine|establish|ascertain|look\s+at)"
    r"\s+(?:whether|if)\s+"
    r"(?P<asked>[^,;]+?)(?:\s+or\s+not)?\W*$",
    re.IGNORECASE,
)


def _question_checked(text: str) -> StepDraft | None:
    """Return the test of "check whether the deposit is paid", a question asked alone."""
    if "whether" not in text and " if " not in text:  # the cheap test first
        return None
    match = _CHECKS_WHETHER.match(text)
    if match is None:
        return None
    condition = read_condition(match["asked"])
    if condition is None or condition.strength < 0.5:
        return answer_tested(f"whether {match['asked']}")  # "see if they opted in": a flag
    return condition_step(condition, negate=False)


def _question_part(parts: list[ClauseReading]) -> ClauseReading | None:
    """Return the last "check whether …" read, None if an "if …" tested something since."""
    for part in reversed(parts):
        if QUESTION.match(part.clause.text):
            return part
        opener = part.clause.conditional
        if opener and part.clause.text.lower().startswith(opener):
            return None
    return None


def answer_labelled(
    clause: Clause, parts: list[ClauseReading], tested: StepDraft | None
) -> bool | None:
    """Return whether a label after "check whether …" says its yes or no, None if no label."""
    if clause.conditional != "if" or clause.text[:3].lower() == "if " or not parts:
        return None  # the cheap tests first: most clauses are no bare label
    question = _question_part(parts)
    if question is None:
        return None
    if tested is None and question is not parts[-1]:
        return None  # the first label comes right after its question
    if tested is not None and (question is parts[-1] or tested not in question.steps):
        return None  # a later label is the other branch of the question's own test
    return answer_named(clause.text, QUESTION.match(question.clause.text)["asked"])


def test_of_question(question: ClauseReading, steps: list[StepDraft], *, negate: bool) -> StepDraft:
    """Put the test of a question's answer where its check was read; return the test."""
    checks = [step for step in question.steps if step.action == CONDITION]
    asked = checks[-1] if checks and checks[-1].strength >= 0.5 else None
    # "see whether the customer has paid": a test no rule reads is a flag of the answer.
    asked = asked or _question_checked(question.clause.text) or checks[-1]
    test = negated(asked) if negate else asked
    if checks:
        steps[steps.index(checks[-1])] = test
        question.steps[question.steps.index(checks[-1])] = test
    else:
        steps.append(test)
        question.steps.append(test)
    return test


def after_if_so(clause: Clause) -> Clause:
    """Read "… and if so, post it" as the action alone: the check before it is the condition."""
    # "unless it climbs past 27°C, in which case page …": the case named is the test before.
    match = _IF_SO.match(clause.text) if clause.conditional else CASE_NAMED.match(clause.text)
    if match is None:
        return clause
    return Clause(clause.text[match.end() :], clause.start + match.end(), clause.sentence)


# "check whether …", "check if …", "find out whether …": a question whose answer is the test.
_QUESTION_CHECK = re.compile(
    r"^\W*(?:and\s+|then\s+)?(?:check|find\s+out|work\s+out|test)\s+(?:whether|if)\b", re.I
)


# "check if https://… is up": the splitter parts the verb from the "if" it asks.
_QUESTION_VERB = re.compile(
    r"^\W*(?:and\s+|then\s+)?(?:check|find\s+out|work\s+out|test)\W*$", re.I
)


def asks_the_if_after(clauses: list[Clause], index: int) -> bool:
    """Tell whether clause `index` is a bare "find out" asking the "if" clause after it."""
    clause = clauses[index]
    if clause.conditional or index + 1 >= len(clauses) or len(clause.text) > 20:
        return False  # the cheap test first: a bare verb is a short clause
    following = clauses[index + 1]
    return (
        following.conditional == "if"
        and following.sentence == clause.sentence
        and _QUESTION_VERB.match(clause.text) is not None
    )


# "if it has gone silent", "if they've closed it": the thing the question asked about, again.
_ANSWER_OPENS = re.compile(r"^\s*if\s+(?:it|they|that)(?=['\u2019\s])", re.I)


def answer_to_question(
    clause: Clause, parts: list[ClauseReading], tested: StepDraft | None
) -> StepDraft | None:
    """Return the test an "if it …" right after "check whether …" says the step runs on."""
    if clause.conditional != "if" or not parts or not parts[-1].steps:
        return None  # the cheap tests first: most clauses are no "if" after a check
    asked = parts[-1].steps[-1]
    # (an "if" after another test guards on, unless that test is the question's own)
    if asked.action != CONDITION or (tested and tested is not asked) or not _asks_question(parts):
        return None
    if not _ANSWER_OPENS.match(clause.text) or _IF_SO.match(clause.text):
        return None
    condition = read_condition(clause.text[len(clause.conditional) :])
    if condition is not None and condition.strength >= 0.5:
        return condition_step(condition, negate=False)  # "… and if it is down": the answer read
    if " still " in f" {parts[-1].clause.text.lower()} ":
        # "is it still on air? if it has gone silent, …": an answer no rule reads, after a
        # question of "still", is its no.
        condition = ConditionDraft(CONDITION, asked.config, asked.strength, text=asked.subject)
        return condition_step(condition, negate=True)
    return None


def _asks_question(parts: list[ClauseReading]) -> bool:
    """Tell whether the last clause read asks "check whether …" (or "check", "if …")."""
    if _QUESTION_CHECK.match(parts[-1].clause.text):
        return True
    return (
        len(parts) > 1
        and parts[-1].clause.conditional == "if"
        and not parts[-2].steps
        and _QUESTION_VERB.match(parts[-2].clause.text) is not None
    )
