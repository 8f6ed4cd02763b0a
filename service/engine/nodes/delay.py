"""The delay action: wait a number of seconds, ending early when the run is terminated.

The wait is the node's purpose, so it is bounded by `seconds` (0..86400), not by the node's
`timeout_s`: the executor should not cut a delay node short with its default timeout.
"""

import time
from collections.abc import Callable

from service.engine.nodes.base import ActionContext, ActionError, NodeType

MAX_DELAY_S = 86_400
# Setting ctx.cancelled wakes Event.wait at once; the slices only keep each blocking call short
# so the loop re-checks the monotonic deadline and never sits in one call for hours.
_SLICE_S = 0.25


def wait(ctx: ActionContext) -> dict:
    """Wait config.seconds, or until the run is terminated."""
    seconds = (ctx.config or {}).get("seconds")
    if isinstance(seconds, str):
        try:
            seconds = float(seconds)
        except ValueError:
            seconds = None
    if isinstance(seconds, bool) or not isinstance(seconds, int | float):
        raise ActionError("invalid_config", "delay needs seconds: a number", retryable=False)
    if not 0 <= seconds <= MAX_DELAY_S:
        message = f"seconds must be between 0 and {MAX_DELAY_S}"
        raise ActionError("invalid_config", message, retryable=False)
    started = time.monotonic()
    deadline = started + seconds
    while (remaining := deadline - time.monotonic()) > 0:
        if ctx.cancelled.wait(min(_SLICE_S, remaining)):
            raise _terminated()
    if ctx.cancelled.is_set():
        raise _terminated()
    return {"waited_s": round(time.monotonic() - started, 3)}


def _terminated() -> ActionError:
    return ActionError("terminated", "the run was terminated during the delay", retryable=False)


def check_config(action: str, config: dict, error: Callable[[str, str], None]):
    """Require seconds from 0 to a day, unless a template supplies them at run time."""
    seconds = config.get("seconds")
    templated = isinstance(seconds, str) and "{{" in seconds
    is_number = isinstance(seconds, int | float) and not isinstance(seconds, bool)
    if not templated and (not is_number or not 0 <= seconds <= MAX_DELAY_S):
        error("config.seconds", f"must be a number from 0 to {MAX_DELAY_S}")


NODE = NodeType(
    name="delay",
    actions={"wait": wait},
    check_config=check_config,
    default_timeout=False,
)
