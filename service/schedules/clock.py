"""The dispatcher's clock thread: a pass just after every whole second, crowded slots ahead.

Huey's own periodic tasks run once a minute counted from the consumer's start, so every
worker runs this thread instead. Each tick fires what is due (schedules/dispatcher.py), then
looks at the next slot: when preparing it would not fit between the next tick and the slot,
it is prepared now and committed at the slot (schedules/lookahead.py).
"""

import logging
import threading
import time
from datetime import UTC, timedelta

from service.clock import seconds_to_next_tick, utcnow
from service.config import Config
from service.db import db, is_postgres
from service.schedules.dispatcher import run_pass
from service.schedules.lookahead import PrepRate, fire_ahead, upcoming_slot

log = logging.getLogger(__name__)
# SQLite's look-ahead holds the write lock: every other writer waits, for at most busy_timeout
# (5 s, service/db.py) before it fails. So it never begins more than this before the slot.
SQLITE_MAX_LOOKAHEAD_S = 4.0


def seconds_to_next_second(now: float) -> float:
    """Return how long to sleep to wake just after the next whole wall-clock second."""
    return seconds_to_next_tick(now, 1.0)


class ScheduleClock:
    """One process's dispatcher: what the clock thread does at each tick."""

    def __init__(self, config: Config, *, on_fired=None):
        self.config = config
        self.rate = PrepRate()
        self.on_fired = on_fired  # called with each batch of runs handed to the queue

    def tick(self, stop: threading.Event) -> int:
        """Fire what is due, then the next slot ahead when it is near; return runs started."""
        started = run_pass(self.config, on_fired=self.on_fired)
        window = self.config.schedule_lookahead_seconds
        if not is_postgres():
            window = min(window, SQLITE_MAX_LOOKAHEAD_S)
        if window <= 0:
            return started
        with db.connection_context():
            upcoming = upcoming_slot(now=utcnow(), within=timedelta(seconds=window))
        if upcoming is None:
            return started
        slot_at = upcoming.at.replace(tzinfo=UTC).timestamp()
        begin = max(slot_at - window, slot_at - self.rate.estimate(upcoming.schedules))
        now = time.time()
        if begin > now + seconds_to_next_second(now):
            return started  # a later tick begins it
        if stop.wait(max(0.0, begin - time.time())):
            return started
        with db.connection_context():
            ahead = fire_ahead(
                slot=upcoming.at,
                grace_seconds=self.config.schedule_grace_seconds,
                max_catchup=self.config.schedule_max_catchup,
                wait_for_slot=lambda: _wait_until(slot_at, stop),
                seconds_left=lambda: slot_at - time.time(),
            )
        self.rate.learn(len(ahead.created), ahead.prepared_seconds)
        if ahead.created and self.on_fired is not None:
            self.on_fired(ahead.created)
        # What the look-ahead left (no time, another policy, a limit) is due now.
        return started + len(ahead.created) + run_pass(self.config, on_fired=self.on_fired)


def _wait_until(moment: float, stop: threading.Event) -> bool:
    """Sleep until the wall clock reaches `moment`; False when told to stop first."""
    while (left := moment - time.time()) > 0:
        if stop.wait(left):
            return False
    return True


def start_schedule_clock(config: Config, stop: threading.Event) -> threading.Thread:
    """Start the dispatcher thread: a tick just after every whole second until `stop` is set."""
    clock = ScheduleClock(config)

    def loop():
        while not stop.wait(seconds_to_next_second(time.time())):
            try:
                clock.tick(stop)
            except Exception as exc:  # the database or Redis may be down; try again next tick
                log.warning("schedule-clock pass failed: %s", exc)

    thread = threading.Thread(target=loop, name="schedule-clock", daemon=True)
    thread.start()
    return thread
