"""Periodic upkeep run inside every worker process: the reaper, retention and purges.

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
from service.runs.purge import Batches, delete_expired_runs, purge_deleted_workflows
from service.runs.recovery import recover_runs

log = logging.getLogger(__name__)
RETENTION_EVERY_S = 600
PURGE_EVERY_S = 2.0  # how soon a deleted workflow's rows start to go


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
    # Purges can take minutes for a long history: their own thread, so the reaper never waits.
    threading.Thread(target=purge_loop, args=(config, stop), name="purge", daemon=True).start()
    return thread


def purge_loop(config: Config, stop: threading.Event) -> None:
    """Purge deleted workflows every PURGE_EVERY_S, and expired runs every RETENTION_EVERY_S."""
    next_retention = 0.0
    while not stop.wait(PURGE_EVERY_S):
        try:
            purge_deleted_workflows(batches=Batches(stop=stop))
            if config.run_retention_days and time.monotonic() >= next_retention:
                removed = delete_expired_runs(
                    retention_days=config.run_retention_days, batches=Batches(stop=stop)
                )
                if removed:
                    log.info("retention removed %d finished runs", removed)
                next_retention = time.monotonic() + RETENTION_EVERY_S
        except Exception as exc:  # a dependency may be down; try again next time
            log.warning("purge failed: %s", exc)
