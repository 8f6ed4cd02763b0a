"""What the executor and its store say to each other (no Flask, no database).

The changes of a turn, the prior steps of a resumed run, how a run ended, the store's protocol.
"""

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from service.engine.nodes.base import Signal


class LeaseLost(Exception):
    """The run is no longer ours (terminated, or re-claimed by another worker): stop writing."""


@dataclass(frozen=True)
class StepChange:
    """One thing that happened to a node: started, waiting, completed, retrying, failed, skipped."""

    kind: str
    node_id: str
    value: Any = None  # the input (started), output (completed) or error (retrying, failed)
    attempt: int = 0
    wake_at: datetime | None = None  # when a waiting node, or a retry's next attempt, is due
    signal_id: int | None = None  # the signal a completed signal wait consumed


@dataclass
class StepChanges:
    """Everything one coordinator turn records, in order, written in one transaction."""

    steps: list[StepChange] = field(default_factory=list)
    run_status: str | None = None  # completed | failed, when the run ends this turn
    run_outputs: Any = None
    run_error: dict | None = None
    run_wake_at: datetime | None = None  # set when the run parks until then (no worker)
    run_waits_for: tuple[str, ...] = ()  # the signals a parked run waits for

    def add(self, kind, node_id, value=None, attempt=0, wake_at=None, signal_id=None):
        """Record that something happened to a node."""
        self.steps.append(StepChange(kind, node_id, value, attempt, wake_at, signal_id))

    def _of(self, kind: str) -> list[tuple[str, Any, int]]:
        return [(c.node_id, c.value, c.attempt) for c in self.steps if c.kind == kind]

    @property
    def started(self) -> list[tuple[str, Any, int]]:
        """(node, input, attempt) of each node started this turn."""
        return self._of("started")

    @property
    def completed(self) -> list[tuple[str, Any, int]]:
        """(node, output, attempts) of each node completed this turn."""
        return self._of("completed")

    @property
    def skipped(self) -> list[str]:
        """Ids of the nodes skipped this turn."""
        return [node_id for node_id, _value, _attempt in self._of("skipped")]

    def __bool__(self) -> bool:
        return bool(self.steps or self.run_status or self.run_wake_at)


class ExecutionStore(Protocol):
    """Where the executor records progress; every write is fenced by the run's claim."""

    def apply(self, changes: StepChanges) -> None:
        """Record the changes atomically, or raise LeaseLost."""

    def pending_signals(self, names: set[str]) -> list[Signal]:
        """Return the run's signals of these names not yet taken, oldest first."""


@dataclass
class PriorStep:
    """What a previous attempt of this run already recorded for a node."""

    status: str
    output: Any = None
    attempts: int = 0
    wake_at: datetime | None = None  # of a waiting step
    started_at: datetime | None = None
    retrying: bool = False  # a waiting step waits for its next attempt, not as its purpose


@dataclass
class Outcome:
    """How the execution ended: completed, failed, waiting (parked) or stopped."""

    status: str
    outputs: Any = None
    error: dict | None = None
    wake_at: datetime | None = None
