"""Condition operators: compare a value read from a node's input with a configured value.

Choices, documented for workflow authors:

- Comparisons are loose in the way n8n's default (non-strict) mode is: a number and a numeric
  string compare as numbers (`200` equals `"200"`), booleans match `true`/`false` strings, but a
  boolean never equals a number (Python's `True == 1` would surprise).
- `gt`/`gte`/`lt`/`lte` compare numbers only; anything that is not a number or numeric string
  makes the comparison false, never an error.
- `exists` is true when the path leads to a non-null value (a key holding null does not exist,
  as in n8n); `value: false` inverts it.
- `matches` is a regex search. Python's `re` has no timeout, so the pattern is capped at
  MAX_PATTERN_LENGTH, patterns with a repeat nested inside a repeat (`(a+)+`, the classic
  catastrophic-backtracking shape) are refused, and the searched text is capped at
  MAX_MATCH_INPUT characters (longer text is a ConditionError, not a silent partial match).
"""

import math
import re
import re._constants as sre_constants
import re._parser as sre_parser
from typing import Any

from service.engine.templates import PathError, read_path

OPERATORS = (
    "equals",
    "not_equals",
    "contains",
    "in",
    "gt",
    "gte",
    "lt",
    "lte",
    "exists",
    "matches",
)
MAX_PATTERN_LENGTH = 500
MAX_MATCH_INPUT = 10_000

_ABSENT = object()
_REPEATS = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT)


class ConditionError(ValueError):
    """A condition cannot be evaluated: unknown operator, bad path, bad pattern or value."""


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value) if not math.isnan(value) else None
    if isinstance(value, str):
        try:
            number = float(value.strip())
        except ValueError:
            return None
        return None if math.isnan(number) or math.isinf(number) else number
    return None


def _loose_equals(left: Any, right: Any) -> bool:
    if isinstance(left, bool) or isinstance(right, bool):
        if isinstance(left, bool) and isinstance(right, bool):
            return left == right
        other, flag = (right, left) if isinstance(left, bool) else (left, right)
        return isinstance(other, str) and other.strip().lower() == ("true" if flag else "false")
    a, b = _number(left), _number(right)
    if a is not None and b is not None:
        return a == b
    return left == right


def _as_text(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    return None


def _contains(container: Any, item: Any) -> bool:
    if isinstance(container, str):
        text = _as_text(item)
        return text is not None and text in container
    if isinstance(container, list | tuple):
        return any(_loose_equals(element, item) for element in container)
    if isinstance(container, dict):
        return _as_text(item) in container
    return False


def _compare(actual: Any, expected: Any, operator: str) -> bool:
    a, b = _number(actual), _number(expected)
    if a is None or b is None:
        return False
    return {"gt": a > b, "gte": a >= b, "lt": a < b, "lte": a <= b}[operator]


def _truthy(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() not in ("false", "0", "no", "")
    return value is None or bool(value)


def _nested_repeat(items, inside_repeat: bool) -> bool:
    for op, av in items:
        if op in _REPEATS:
            _, high, sub = av
            repeats = high > 1
            if repeats and inside_repeat:
                return True
            if _nested_repeat(sub, inside_repeat or repeats):
                return True
        else:
            for part in av if isinstance(av, tuple | list) else (av,):
                children = part if isinstance(part, list) else [part]
                for child in children:
                    if isinstance(child, sre_parser.SubPattern) and _nested_repeat(
                        child, inside_repeat
                    ):
                        return True
    return False


def compile_pattern(pattern: Any) -> re.Pattern:
    """Compile a user-supplied regex after the length and catastrophic-shape checks."""
    if not isinstance(pattern, str):
        raise ConditionError("the pattern must be a string")
    if len(pattern) > MAX_PATTERN_LENGTH:
        raise ConditionError(f"the pattern is longer than {MAX_PATTERN_LENGTH} characters")
    try:
        compiled = re.compile(pattern)
        parsed = sre_parser.parse(pattern)
    except re.error as exc:
        raise ConditionError(f"invalid regular expression: {exc}") from None
    if _nested_repeat(parsed, False):
        raise ConditionError(
            "the pattern nests a repeat inside a repeat (e.g. (a+)+), "
            "which can take exponential time; rewrite it without the nesting"
        )
    return compiled


def _matches(actual: Any, pattern: Any) -> bool:
    compiled = compile_pattern(pattern)
    text = _as_text(actual)
    if text is None:
        return False
    if len(text) > MAX_MATCH_INPUT:
        raise ConditionError(f"the text is longer than {MAX_MATCH_INPUT} characters for matches")
    return compiled.search(text) is not None


def evaluate_condition(data: Any, field: str, operator: str, value: Any) -> bool:
    """Read field (a `$.path`) from data and apply operator with value."""
    if operator not in OPERATORS:
        raise ConditionError(f"unknown operator {operator!r}; use one of {', '.join(OPERATORS)}")
    if not isinstance(field, str):
        raise ConditionError("field must be a path string such as $.status")
    try:
        actual = read_path(data, field, _ABSENT)
    except PathError as exc:
        raise ConditionError(f"invalid field path {field!r}: {exc}") from None

    if operator == "exists":
        present = actual is not _ABSENT and actual is not None
        return present if _truthy(value) else not present
    if actual is _ABSENT:
        actual = None
    if operator == "equals":
        return _loose_equals(actual, value)
    if operator == "not_equals":
        return not _loose_equals(actual, value)
    if operator == "contains":
        return _contains(actual, value)
    if operator == "in":
        if not isinstance(value, list | tuple | str | dict):
            raise ConditionError("the value of 'in' must be a list or a string")
        return actual is not None and _contains(value, actual)
    if operator == "matches":
        return _matches(actual, value)
    return _compare(actual, value, operator)
