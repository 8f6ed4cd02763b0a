"""The baseline for bench/runs.py's end-to-end phase: a bare Flask route that enqueues a no-op.

The smallest program on the service's stack that does what POST /execute does at its core:
take an HTTP request and hand a task to Huey on Redis. Served by gunicorn with the service's
gunicorn.conf.py (`bench.enqueue_app:app`) and consumed by `huey_consumer
bench.enqueue_app.huey -w 8 -k thread`; the task only counts itself, so completion can be seen.
"""

import os

from flask import Flask
from huey import RedisHuey
from huey.storage import RedisStorage
from redis import ConnectionPool

from bench.common import E2E_DONE_KEY

# Configured at import, as a bench app may be: the Redis and pool options are the service's.
huey = RedisHuey("bench-e2e", results=False, store_none=False, utc=True)
_pool = ConnectionPool.from_url(
    os.environ["REDIS_URL"], socket_connect_timeout=2, socket_timeout=10
)
huey.storage = RedisStorage(huey.name, connection_pool=_pool, blocking=True, read_timeout=1)


@huey.task(retries=0)
def noop() -> None:
    """Count one completed task."""
    huey.storage.conn.incr(E2E_DONE_KEY)


app = Flask(__name__)


@app.post("/enqueue")
def enqueue():
    """Enqueue one no-op task and answer 201, as execute answers."""
    noop()
    return {"queued": True}, 201
