"""The delay node, holding no thread while it waits (CONTRACT §9).

- `wait`: for `seconds`, or `until` an instant;
- `wait_for_signal`: for the next signal of a name sent to the run (human approval, a
  callback), with an optional `timeout_seconds`.

The handlers only say what to wait for (WaitUntil, WaitForSignal); the executor keeps a short
wait in memory and commits a longer one, so the worker thread is free meanwhile. The wait is
the node's purpose, so it has no default timeout; termination ends it at once.
"""

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from service.engine.nodes.base import (
    ActionContext,
    ActionError,
    NodeType,
    WaitForSignal,
    WaitUntil,
)

MAX_DELAY_S = 30 * 86_400
MAX_SIGNAL_TIMEOUT_S = 30 * 86_400
SIGNAL_NAME = re.compile(r"^[A-Za-z0-9_.\-]{1,100}$")


def wait(ctx: ActionContext) -> WaitUntil:
    """Return when the wait ends: config.seconds after now, or config.until (past: now)."""
    config = ctx.config or {}
    if ("seconds" in config) == ("until" in config):
        raise _invalid("delay needs either seconds or until")
    if "until" in config:
        return WaitUntil(max(ctx.now, _instant(config["until"])))
    seconds = config["seconds"]
    if isinstance(seconds, str):
        try:
            seconds = float(seconds)
        except ValueError:
            seconds = None
    if isinstance(seconds, bool) or not isinstance(seconds, int | float):
        raise _invalid("delay needs seconds: a number")
    if not 0 <= seconds <= MAX_DELAY_S:
        raise _invalid(f"seconds must be between 0 and {MAX_DELAY_S}")
    return WaitUntil(ctx.now + timedelta(seconds=seconds))


def wait_for_signal(ctx: ActionContext) -> WaitForSignal:
    """Return the signal to wait for, and when to give up (config.timeout_seconds after now)."""
    config = ctx.config or {}
    name = config.get("signal")
    if not isinstance(name, str) or not SIGNAL_NAME.match(name):
        raise _invalid("signal must be 1-100 of letters, digits, '_', '.' or '-'")
    timeout = config.get("timeout_seconds")
    if timeout is None:
        return WaitForSignal(name)
    if isinstance(timeout, bool) or not isinstance(timeout, int | float):
        raise _invalid("timeout_seconds must be a number")
    if not 0 < timeout <= MAX_SIGNAL_TIMEOUT_S:
        raise _invalid(f"timeout_seconds must be more than 0 and at most {MAX_SIGNAL_TIMEOUT_S}")
    return WaitForSignal(name, ctx.now + timedelta(seconds=timeout))


def _instant(value) -> datetime:
    """Read an ISO 8601 instant with an offset (or Z) as a naive UTC datetime."""
    if not isinstance(value, str):
        raise _invalid("until must be an ISO 8601 instant")
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise _invalid(f"until is not an ISO 8601 instant: {value!r}") from None
    if moment.tzinfo is None:
        raise _invalid("until needs a time zone offset or Z (e.g. 2026-12-24T18:00:00Z)")
    return moment.astimezone(UTC).replace(tzinfo=None)


def _invalid(message: str) -> ActionError:
    return ActionError("invalid_config", message, retryable=False)


def check_config(action: str, config: dict, error: Callable[[str, str], None]):
    """Check a wait's seconds or until, or a signal wait's name and timeout."""
    if action == "wait_for_signal":
        _check_signal_config(config, error)
        return
    if ("seconds" in config) == ("until" in config):
        error("config", "needs either seconds or until (not both)")
        return
    field = "seconds" if "seconds" in config else "until"
    value = config[field]
    if isinstance(value, str) and "{{" in value:
        return  # resolved at run time; a bad value then fails the node
    if field == "until":
        try:
            _instant(value)
        except ActionError:
            error("config.until", "must be an ISO 8601 instant with an offset or Z")
        return
    is_number = isinstance(value, int | float) and not isinstance(value, bool)
    if not is_number or not 0 <= value <= MAX_DELAY_S:
        error("config.seconds", f"must be a number from 0 to {MAX_DELAY_S}")


def _check_signal_config(config: dict, error: Callable[[str, str], None]):
    """Require a signal name and, when given, a timeout of at most 30 days."""
    for unknown in sorted(set(config) - {"signal", "timeout_seconds"}):
        error(f"config.{unknown}", "is not a known field")
    name = config.get("signal")
    templated = isinstance(name, str) and "{{" in name
    if not templated and (not isinstance(name, str) or not SIGNAL_NAME.match(name)):
        error("config.signal", "must be 1-100 of letters, digits, '_', '.' or '-'")
    if "timeout_seconds" in config:
        timeout = config["timeout_seconds"]
        is_number = isinstance(timeout, int | float) and not isinstance(timeout, bool)
        if not is_number or not 0 < timeout <= MAX_SIGNAL_TIMEOUT_S:
            error(
                "config.timeout_seconds",
                f"must be a number above 0, at most {MAX_SIGNAL_TIMEOUT_S}",
            )


NODE = NodeType(
    name="delay",
    actions={"wait": wait, "wait_for_signal": wait_for_signal},
    check_config=check_config,
    inline=True,  # it only computes a due time; the wait itself holds nothing
    default_timeout=False,
)
