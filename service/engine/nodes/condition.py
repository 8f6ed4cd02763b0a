"""Condition actions: test a field of the node's input; the executor skips downstream on false.

`check_status` is `evaluate` with defaults suited to status checks: `field` defaults to
`$.status` and `operator` to `equals`. `evaluate` requires both.
"""

from collections.abc import Callable
from typing import Any

from service.engine.conditions import OPERATORS, ConditionError, evaluate_condition
from service.engine.nodes.base import ActionContext, ActionError, NodeType


def _evaluate(ctx: ActionContext, defaults: dict) -> dict:
    config = {**defaults, **(ctx.config or {})}
    missing = [key for key in ("field", "operator") if key not in config]
    if missing:
        message = f"condition config needs {' and '.join(missing)}"
        raise ActionError("invalid_config", message, retryable=False)
    try:
        result = evaluate_condition(
            ctx.input, config["field"], config["operator"], config.get("value")
        )
    except ConditionError as exc:
        raise ActionError("invalid_condition", str(exc), retryable=False) from None
    return _with_result(ctx.input, result)


def _with_result(data: Any, result: bool) -> dict:
    base = dict(data) if isinstance(data, dict) else {"value": data}
    return {**base, "result": result}


def check_status(ctx: ActionContext) -> dict:
    """Pass the input on with result = whether its status field meets the condition."""
    return _evaluate(ctx, {"field": "$.status", "operator": "equals"})


def evaluate(ctx: ActionContext) -> dict:
    """Pass the input on with result = whether config {field, operator, value} holds."""
    return _evaluate(ctx, {})


def check_config(action: str, config: dict, error: Callable[[str, str], None]):
    """Require field and operator, unless check_status's defaults supply them."""
    required = action == "evaluate"
    if (required or "field" in config) and (
        not isinstance(config.get("field"), str) or not config.get("field")
    ):
        error("config.field", "is required (a path such as $.status)")
    if (required or "operator" in config) and config.get("operator") not in OPERATORS:
        error("config.operator", f"must be one of {', '.join(OPERATORS)}")


NODE = NodeType(
    name="condition",
    actions={"check_status": check_status, "evaluate": evaluate},
    check_config=check_config,
    inline=True,
    gates_downstream=True,
)
