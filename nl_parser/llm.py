"""Ask an optional LLM for the workflow as JSON and validate its answer strictly.

`llm` is any callable `llm(system, user, timeout_s) -> str`. Its answer is accepted only when it
is one JSON object whose steps use known types and actions, ids step_1, step_2… in order,
input_from naming earlier steps, integration actions within availableTools, and a 5-field cron
with a known zone. Anything else raises LLMReplyError, and the caller falls back to the grammar.
"""

import json
import re
from difflib import SequenceMatcher
from typing import Any

from nl_parser.catalog import CATALOG, OPERATORS
from nl_parser.result import ParseResult, Schedule, Step
from nl_parser.timezones import is_iana

TIMEOUT_S = 20.0
_STEP_KEYS = frozenset({"id", "type", "action", "config", "input_from"})
_CRON_FIELD = re.compile(r"^(?:\*|\d+(?:-\d+)?)(?:/\d+)?(?:,(?:\*|\d+(?:-\d+)?)(?:/\d+)?)*$")
_CRON_LIMITS = ((0, 59), (0, 23), (1, 31), (1, 12), (0, 7))

SYSTEM_PROMPT = (
    "You turn a workflow instruction into JSON. Answer with one JSON object and nothing else:\n"
    '{"name": str, "description": str, "steps": [{"id": "step_1", "type": str, "action": str, '
    '"config": {...}, "input_from": "step_N"}], "schedule": {"cron_expression": "m h dom mon '
    'dow", "timezone": "IANA name"} or null}\n'
    "Types and actions: "
    + "; ".join(f"{t}: {', '.join(a)}" for t, a in CATALOG.items())
    + ". Condition config is {field, operator, value} with field like $.status and operator one "
    "of " + ", ".join(OPERATORS) + ". Delay config is {seconds}. Number steps step_1, step_2… "
    "in order, chain each step to the previous one with input_from, put a condition before the "
    "step it guards, and put in config only what the instruction says. Use a 5-field cron "
    "(0 = Sunday) and UTC unless a zone is named; schedule is null when no time is named."
)


class LLMReplyError(ValueError):
    """The LLM's answer was not a valid workflow."""


def ask(llm: Any, instruction: str, allowed: frozenset[str] | None) -> ParseResult:
    """Call the LLM and return its validated workflow (raises on any failure)."""
    tools = sorted(allowed) if allowed else list(CATALOG["integration"])
    user = f"Instruction: {instruction}\nAvailable integration actions: {', '.join(tools)}"
    raw = llm(SYSTEM_PROMPT, user, TIMEOUT_S)
    if not isinstance(raw, str):
        raise LLMReplyError("the LLM did not return text")
    return read_reply(raw, allowed)


def read_reply(raw: str, allowed: frozenset[str] | None) -> ParseResult:
    """Validate the LLM's raw text and turn it into a ParseResult (raises LLMReplyError)."""
    data = _json_object(raw)
    name, description = data.get("name"), data.get("description", "")
    if not isinstance(name, str) or not 1 <= len(name.strip()) <= 200:
        raise LLMReplyError("name must be a string of 1 to 200 characters")
    if not isinstance(description, str):
        raise LLMReplyError("description must be a string")
    steps = _steps(data.get("steps"), allowed)
    return ParseResult(
        type="generated",
        name=name.strip(),
        description=description.strip(),
        steps=steps,
        confidence=0.0,
        source="ai-generated",
        schedule=_schedule(data.get("schedule")),
    )


def agreement_confidence(answer: ParseResult, heuristic: ParseResult) -> float:
    """Score an LLM answer by how far the grammar, read independently, agrees with it."""
    ratio = SequenceMatcher(None, answer.actions, heuristic.actions).ratio()
    same_cron = (answer.schedule and answer.schedule.cron_expression) == (
        heuristic.schedule and heuristic.schedule.cron_expression
    )
    return round(min(0.95, 0.5 + 0.3 * ratio + 0.15 * same_cron), 3)


def _json_object(raw: str) -> dict[str, Any]:
    text = re.sub(r"^\s*```(?:json)?|```\s*$", "", raw.strip())
    start, end = text.find("{"), text.rfind("}")
    if start < 0 or end < start:
        raise LLMReplyError("no JSON object in the answer")
    try:
        data = json.loads(text[start : end + 1])
    except json.JSONDecodeError as error:
        raise LLMReplyError(f"invalid JSON: {error}") from error
    if isinstance(data, dict) and isinstance(data.get("workflow"), dict):
        data = data["workflow"]
    if not isinstance(data, dict):
        raise LLMReplyError("the answer is not a JSON object")
    return data


def _steps(raw: Any, allowed: frozenset[str] | None) -> list[Step]:
    if not isinstance(raw, list) or not 1 <= len(raw) <= 50:
        raise LLMReplyError("steps must be a list of 1 to 50 steps")
    steps: list[Step] = []
    for index, item in enumerate(raw, start=1):
        if not isinstance(item, dict) or set(item) - _STEP_KEYS:
            raise LLMReplyError(f"step {index} is not a step object")
        node_type, action = item.get("type"), item.get("action")
        if item.get("id") != f"step_{index}":
            raise LLMReplyError(f"step {index} must have id step_{index}")
        if node_type not in CATALOG or action not in CATALOG[node_type]:
            raise LLMReplyError(f"step_{index}: unknown type/action {node_type}/{action}")
        if node_type == "integration" and allowed is not None and action not in allowed:
            raise LLMReplyError(f"step_{index}: {action} is not in availableTools")
        config = item.get("config", {})
        if not isinstance(config, dict):
            raise LLMReplyError(f"step_{index}: config must be an object")
        _check_config(index, node_type, config)
        input_from = item.get("input_from")
        earlier = {s.id for s in steps}
        sources = input_from if isinstance(input_from, list) else [input_from]
        if input_from is not None and not all(s in earlier for s in sources):
            raise LLMReplyError(f"step_{index}: input_from must name earlier steps")
        if isinstance(input_from, list):
            raise LLMReplyError(f"step_{index}: a linear workflow takes one input_from")
        steps.append(Step(f"step_{index}", node_type, action, config, input_from))
    return steps


def _check_config(index: int, node_type: str, config: dict[str, Any]) -> None:
    if node_type == "condition":
        field = config.get("field")
        if not isinstance(field, str) or not field.startswith("$"):
            raise LLMReplyError(f"step_{index}: condition field must be a $ path")
        if config.get("operator") not in OPERATORS:
            raise LLMReplyError(f"step_{index}: unknown operator {config.get('operator')!r}")
    if node_type == "delay":
        seconds = config.get("seconds")
        if isinstance(seconds, bool) or not isinstance(seconds, int | float) or seconds < 0:
            raise LLMReplyError(f"step_{index}: wait needs seconds >= 0")


def _schedule(raw: Any) -> Schedule | None:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise LLMReplyError("schedule must be an object or null")
    cron, zone = raw.get("cron_expression"), raw.get("timezone", "UTC")
    if not isinstance(cron, str) or not isinstance(zone, str) or not is_iana(zone):
        raise LLMReplyError("schedule needs a cron_expression and a known IANA timezone")
    fields = cron.split()
    if len(fields) != 5:
        raise LLMReplyError("cron_expression must have exactly 5 fields")
    for value, (low, high) in zip(fields, _CRON_LIMITS, strict=True):
        if not _CRON_FIELD.match(value):
            raise LLMReplyError(f"bad cron field {value!r}")
        numbers = [int(n) for n in re.findall(r"(?<![/\d])\d+", value)]
        if any(not low <= n <= high for n in numbers):
            raise LLMReplyError(f"cron field {value!r} is out of range")
    return Schedule(" ".join(fields), zone)
