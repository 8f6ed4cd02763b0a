"""The worker's app: configuration, the database, Redis and the run queue; no web parts."""

from collections.abc import Callable
from dataclasses import dataclass

import redis

from service import db
from service.config import Config, load_config
from service.events import store as event_store
from service.redis import connect_redis, resolve_redis_url
from service.runs import queue as run_queue


@dataclass(frozen=True)
class WorkerApp:
    """What a worker process runs with (the web app is built on the same base)."""

    config: Config
    redis: redis.Redis
    redis_url: str


def create_worker_app(
    config: Config | None = None,
    *,
    queue: Callable[[str], run_queue.RunQueue] | None = None,
) -> WorkerApp:
    """Bind the database, connect Redis and the event publisher, and connect the run queue.

    `queue` builds the queue adapter from the Redis URL (`tasks.runs.connect_run_queue`); the
    entry points pass it, so nothing under service/ imports the queue's implementation. Without
    one, runs are stored but left for a process that has a queue (the reaper) to dispatch.
    """
    config = config or load_config()
    redis_url = resolve_redis_url(config.redis_url)
    client = connect_redis(redis_url)
    event_store.set_publisher(client)
    run_queue.connect(queue(redis_url) if queue is not None else None)
    db.bind_database(config.database_url)
    return WorkerApp(config=config, redis=client, redis_url=redis_url)
