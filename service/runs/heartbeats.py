"""Worker heartbeats in Redis: health tells an operator how many workers are alive.

Each worker process scores its id with the time in one sorted set every few seconds; health
counts the ids seen in the last minute. Ids not seen for an hour are dropped as the set is
written, so a fleet that restarts often does not grow it.
"""

import logging
import os
import socket
import threading
import time

log = logging.getLogger(__name__)
HEARTBEATS_KEY = "workflows:worker-heartbeats"
BEAT_EVERY_S = 10.0
SEEN_WINDOW_S = 60.0
FORGET_AFTER_S = 3600.0


def worker_id() -> str:
    """Return this process's id: host and pid."""
    return f"{socket.gethostname()}:{os.getpid()}"


def beat(client, *, worker: str, now: float | None = None) -> None:
    """Record that `worker` is alive now."""
    now = time.time() if now is None else now
    pipe = client.pipeline(transaction=False)
    pipe.zadd(HEARTBEATS_KEY, {worker: now})
    pipe.zremrangebyscore(HEARTBEATS_KEY, "-inf", now - FORGET_AFTER_S)
    pipe.execute()


def workers_seen(client, *, within: float = SEEN_WINDOW_S, now: float | None = None) -> int:
    """Return how many workers beat in the last `within` seconds."""
    now = time.time() if now is None else now
    return client.zcount(HEARTBEATS_KEY, now - within, "+inf")


def start_heartbeat(client, stop: threading.Event, *, every: float = BEAT_EVERY_S):
    """Beat now and every `every` seconds until `stop` is set; return the thread."""
    me = worker_id()

    def loop():
        while True:
            try:
                beat(client, worker=me)
            except Exception as exc:  # Redis may be down; the next beat tries again
                log.warning("heartbeat failed: %s", exc)
            if stop.wait(every):
                return

    thread = threading.Thread(target=loop, name="heartbeat", daemon=True)
    thread.start()
    return thread
