"""The port through which run ids reach the task queue; the app factories connect an adapter.

Service code never imports the queue's implementation (`tasks/`): the web and worker factories
are handed an adapter (`tasks.runs.HueyRunQueue`) and connect it here. The database rows are
committed before a run id is enqueued (the outbox): when the queue is down or not connected,
enqueueing reports failure and the reaper dispatches the run later.
"""

import logging
from collections.abc import Callable
from typing import Protocol

from service.events.store import publish_events, publisher, send_commands

log = logging.getLogger(__name__)


class RunQueue(Protocol):
    """What service code needs from a task queue that executes runs."""

    def enqueue(self, run_id: str) -> None:
        """Hand one run id to a worker (raise when the queue cannot take it)."""

    def shares_redis(self, client) -> bool:
        """Tell whether the queue lives on the server and db of this Redis client."""

    def push_onto(self, pipe, run_ids: list[str]) -> None:
        """Add the enqueue of these run ids to a Redis pipeline (or its like) of that server."""


_connected: dict[str, RunQueue | None] = {"queue": None}


def connect(queue: RunQueue | None) -> None:
    """Make `queue` the one this process enqueues runs on (done by the app factories)."""
    _connected["queue"] = queue


def _queue() -> RunQueue:
    queue = _connected["queue"]
    if queue is None:
        raise RuntimeError("no run queue is connected to this process")
    return queue


def queue_depth() -> int | None:
    """Return how many runs wait in the queue for a worker (None without a queue)."""
    queue = _connected["queue"]
    depth = getattr(queue, "depth", None)
    return None if depth is None else depth()


def enqueue_run(run_id: str) -> bool:
    """Enqueue the run for a worker; return False (the reaper retries) when the queue is down."""
    try:
        _queue().enqueue(run_id)
        return True
    except Exception as exc:
        log.warning("enqueue of run %s failed; the reaper will dispatch it: %s", run_id, exc)
        return False


def publish_and_enqueue(*, events: list, run_ids: list[str]) -> list[str]:
    """Publish the events, then enqueue the runs; return the ids that could not be enqueued."""
    return prepare_publish_and_enqueue(events=events, run_ids=run_ids)()


def prepare_publish_and_enqueue(*, events: list, run_ids: list[str]) -> Callable[[], list[str]]:
    """Build the publish of the events and the enqueue of the runs; return what sends them.

    The returned function publishes, then enqueues, and returns the ids that could not be
    enqueued; call it once the rows are committed. Building is the Python half (payloads,
    Huey messages: about 17 µs a run), so a caller that knows its runs before their commit
    (the schedule look-ahead) builds early and leaves only the send after it. When the queue
    lives on the Redis that events are published on (the factories point both at REDIS_URL),
    the commands go in one write that waits for no answer (events/quiet.py): the rows are
    committed first, and a run whose message Redis took but refused (out of memory, a read-only
    replica) is dispatched again by the reaper's sweep of stranded runs. A server that allows
    no such connection gets them as one pipeline: one round trip.
    """
    client, queue = publisher(), _connected["queue"]
    if client is None or queue is None or not queue.shares_redis(client):

        def send_apart() -> list[str]:
            publish_events(events)
            return [run_id for run_id in run_ids if not enqueue_run(run_id)]

        return send_apart
    commands = _Commands()
    publish_events(events, pipe=commands)
    queue.push_onto(commands, run_ids)

    def send() -> list[str]:
        try:
            send_commands(commands)
            return []
        except Exception as exc:
            log.warning(
                "enqueue of %s runs failed; the reaper dispatches them: %s", len(run_ids), exc
            )
            return list(run_ids)

    return send


class _Commands(list):
    """The commands a pipeline would be given (PUBLISH, LPUSH), kept to be sent in one go."""

    def publish(self, channel, message) -> None:
        """Record a PUBLISH."""
        self.append(("PUBLISH", channel, message))

    def lpush(self, key, *values) -> None:
        """Record an LPUSH."""
        self.append(("LPUSH", key, *values))
