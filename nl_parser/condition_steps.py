"""Make a test's step from a condition read, and the steps "<test> means <step>" asks for."""

import re

from nl_parser.actions import read_clause
from nl_parser.bare_comparisons import compared_subject
from nl_parser.conditions import CONDITION, OUT_OF_RANGE, ConditionDraft, read_condition
from nl_parser.consequences import test_and_consequence
from nl_parser.drafts import StepDraft
from nl_parser.other_branches import NEGATED_OPERATORS

# "any bay reporting …", "every tank showing …": a quantified item, then what it does or is.
_ANY_ITEM = re.compile(r"^\W*(?:any|every|each)\s+[\w-]+\s+(?:[\w-]+\s+)?[a-z]+ing\b", re.I)


def test_bringing_about(text: str, prior: list[StepDraft]) -> list[StepDraft] | None:
    """Return the test and its step for "<test> means <step>", or None."""
    found = test_and_consequence(text)
    if found is None:
        return None
    test, head = found[0], ""
    # "poll the bay sensors at https://… — any bay reporting a jammed brush should trigger …":
    # a step before a dash, then the test that guards the step after it.
    dash = max(test.rfind(" \u2014 "), test.rfind(" \u2013 "))
    if dash > 0:
        head, test = test[:dash], test[dash + 3 :]
    # "chlorine out of range means …": a reading outside its band is a test with no comparison.
    if (
        not compared_subject(test, whole=True)
        and not OUT_OF_RANGE.search(test)
        # "any bay reporting a jammed brush should trigger …": a quantified item and its state.
        and not _ANY_ITEM.match(test)
    ):
        return None
    condition = read_condition(test)
    if condition is None:
        return None
    before = read_clause(head, prior=prior) if head else []
    if before is None or any(step.action == CONDITION for step in before):
        return None
    steps = read_clause(found[1], prior=[*prior, *before])
    if not steps or any(step.action == CONDITION for step in steps):
        return None
    return [*before, condition_step(condition, negate=False), *steps]


def condition_step(condition: ConditionDraft, *, negate: bool) -> StepDraft:
    """Return the step that tests a condition, turned around when `negate` is set."""
    config = dict(condition.config)
    if negate:
        config["operator"] = NEGATED_OPERATORS.get(config["operator"], config["operator"])
        if config["operator"] == "exists":
            config["value"] = not config["value"]
    value = config.get("value")
    phrase = f"check that {config['field'][2:]} {config['operator'].replace('_', ' ')} {value}"
    return StepDraft(condition.action, config, condition.strength, phrase, subject=condition.text)
