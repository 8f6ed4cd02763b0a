"""What a node type is: its actions' handlers, the context they get and the error they raise."""

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from service.engine.settings import EngineSettings


class ActionError(Exception):
    """A node failed; `code` is snake_case, `retryable` says whether another attempt may help."""

    def __init__(self, code: str, message: str, *, retryable: bool = True):
        super().__init__(message)
        self.code = code
        self.message = message
        self.retryable = retryable


@dataclass
class ActionContext:
    """Everything a handler may use: resolved config, its input, settings and a cancel signal."""

    run_id: str
    node_id: str
    config: dict[str, Any]
    input: Any
    settings: EngineSettings
    timeout_s: float = 30.0
    cancelled: threading.Event = field(default_factory=threading.Event)
    # The wall-clock instant (naive UTC) the attempt started, for nodes that compute a due time.
    now: datetime = field(default_factory=lambda: datetime.now(UTC).replace(tzinfo=None))


@dataclass(frozen=True)
class WaitUntil:
    """What a waiting node's handler returns: the run waits until `wake_at` (naive UTC).

    The executor holds no thread for it: a short wait stays in memory, a longer one is
    committed and the run gives its worker back until the timer pass wakes it (CONTRACT §9).
    """

    wake_at: datetime


@dataclass(frozen=True)
class WaitForSignal:
    """What a signal-waiting node's handler returns: wait for the next `signal` sent to the run.

    `timeout_at` (naive UTC) ends the wait with `signal_timeout`; None waits for as long as it
    takes. The run holds no worker meanwhile; a signal sent to it wakes it.
    """

    signal: str
    timeout_at: datetime | None = None


@dataclass(frozen=True)
class Signal:
    """A signal delivered to a run: stored durably, taken oldest first per name."""

    id: int
    name: str
    payload: Any
    received_at: str  # UTC ISO 8601 with Z, as the API shows it


# A handler is `def handler(ctx: ActionContext) -> Any` returning the node's JSON-serialisable
# output, or raising ActionError. It must honour ctx.timeout_s and, where it waits, ctx.cancelled.
Handler = Callable[[ActionContext], Any]

# A config check is `def check(action, config, error)` calling `error(field, message)` for each
# fault of the node's config beyond the shared rules; the validator calls it only with a dict.
ConfigCheck = Callable[[str, dict[str, Any], Callable[[str, str], None]], None]


@dataclass(frozen=True)
class NodeType:
    """One kind of node: its actions by name, its config check, and how the executor runs it."""

    name: str
    actions: Mapping[str, Handler]
    check_config: ConfigCheck | None = None
    # Pure, in-memory types run on the executor's coordinator thread, and a chain of them starts
    # and finishes within one turn (one transaction). They touch nothing outside the run, so
    # recording their start in the same commit as their result loses no durability.
    inline: bool = False
    # A gate's output holds `result`; when it is false, every node downstream is skipped.
    gates_downstream: bool = False
    # Whether a node without timeout_s gets the default one; a delay's length is its config,
    # and it ends on termination instead.
    default_timeout: bool = True
