"""The interface every action handler implements."""

import threading
from dataclasses import dataclass, field
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


# A handler is `def handler(ctx: ActionContext) -> Any` returning the node's JSON-serialisable
# output, or raising ActionError. It must honour ctx.timeout_s and, where it waits, ctx.cancelled.
