"""A template the parse matches strongly: its name lent, or its steps put in for a weak read."""

import re

from nl_parser import naming
from nl_parser.catalog import node_type_of
from nl_parser.drafts import StepDraft
from nl_parser.result import ParseResult, Step
from nl_parser.templates import STRONG_MATCH, best_template, template_steps
from nl_parser.tools import restrict


def numbered(drafts: list[StepDraft]) -> list[Step]:
    """Number the drafts as the workflow's steps, each reading the one before it."""
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


def apply_template(
    result: ParseResult,
    text: str,
    drafts: list[StepDraft],
    allowed: frozenset[str] | None,
    *,
    read_score: float,
) -> ParseResult:
    """Name the parse after the template it matches, or let the template's steps stand in."""
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
    result.steps = numbered(restricted.steps)
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
