"""Hand run ids to the task queue (the database rows are already committed: the outbox)."""

import logging

from service.events import publish_events, publisher

log = logging.getLogger(__name__)


def enqueue_run(run_id: str) -> bool:
    """Enqueue the run for a worker; return False (the reaper retries) when the queue is down."""
    from tasks.runs import execute_run  # imported late: tasks import services, not the reverse

    try:
        execute_run(run_id)
        return True
    except Exception as exc:
        log.warning("enqueue of run %s failed; the reaper will dispatch it: %s", run_id, exc)
        return False


def publish_and_enqueue(*, events: list, run_ids: list[str]) -> list[str]:
    """Publish the events, then enqueue the runs; return the ids that could not be enqueued.

    When the queue lives on the Redis that events are published on (create_app points both at
    REDIS_URL), it is one pipeline: one round trip instead of two, off every run's start.
    """
    from tasks import huey
    from tasks.runs import execute_run

    client = publisher()
    if client is None or huey.immediate or not _same_server(client, huey.storage):
        publish_events(events)
        return [run_id for run_id in run_ids if not enqueue_run(run_id)]
    try:
        pipe = client.pipeline(transaction=False)
        publish_events(events, pipe=pipe)
        for run_id in run_ids:
            # What huey's enqueue does for a plain task, onto the same pipeline.
            pipe.lpush(huey.storage.queue_key, huey.serialize_task(execute_run.s(run_id)))
        pipe.execute()
        return []
    except Exception as exc:
        log.warning("enqueue of %s runs failed; the reaper dispatches them: %s", len(run_ids), exc)
        return list(run_ids)


def _same_server(client, storage) -> bool:
    """Tell whether a Redis client and huey's Redis storage talk to the same server and db."""
    pool = getattr(storage, "pool", None)
    if pool is None or not hasattr(storage, "queue_key"):
        return False
    ours, theirs = client.connection_pool.connection_kwargs, pool.connection_kwargs
    keys = ("host", "port", "path", "db")
    return all(ours.get(key) == theirs.get(key) for key in keys)
