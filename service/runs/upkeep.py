"""Periodic upkeep run inside every worker process: the reaper and event retention.

Huey's periodic tasks run at most once a minute, counted from the consumer's start; leases of
a few seconds (tests) and schedule slots (within 1 s) need a finer clock, so this is a thread.
Every worker process runs it; each job is safe to run concurrently (compare-and-set).
"""

import logging
import threading
import time

from service.config import Config
from service.db import db
from service.events.store import delete_expired_events
from service.runs.recovery import recover_runs

log = logging.getLogger(__name__)
RETENTION_EVERY_S = 600


def reaper_interval(config: Config) -> float:
    """Return how often to look for lapsed runs: a few times per lease."""
    return max(1.0, min(15.0, config.run_lease_seconds / 4))


def start_upkeep(config: Config, stop: threading.Event) -> threading.Thread:
    """Start the upkeep thread; it runs until `stop` is set."""

    def loop():
        next_retention = 0.0
        while not stop.wait(reaper_interval(config)):
            try:
                recover_runs(
                    max_recoveries=config.run_max_recoveries,
                    lease_seconds=config.run_lease_seconds,
                )
                if time.monotonic() >= next_retention:
                    with db.connection_context():
                        delete_expired_events(retention_hours=config.event_retention_hours)
                    next_retention = time.monotonic() + RETENTION_EVERY_S
            except Exception as exc:  # a dependency may be down; try again next tick
                log.warning("upkeep failed: %s", exc)

    thread = threading.Thread(target=loop, name="upkeep", daemon=True)
    thread.start()
    return thread
