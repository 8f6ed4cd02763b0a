"""The one clock and the one timestamp format (UTC, milliseconds, Z)."""

import logging
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime

log = logging.getLogger(__name__)
# Wake this long after the tick, so a time due at the tick is surely <= the clock we read.
WAKE_AFTER_TICK_S = 0.002
_STORED_TEXT_LENGTH = len("2026-03-19 18:00:00.123456")


def utcnow() -> datetime:
    """Return the current UTC time as a naive datetime (how the database stores it)."""
    return datetime.now(UTC).replace(tzinfo=None)


def to_naive_utc(moment: datetime) -> datetime:
    """Return an aware datetime as the naive UTC datetime the database stores."""
    return moment.astimezone(UTC).replace(tzinfo=None)


def as_datetime(moment: datetime | str) -> datetime:
    """Return a stored timestamp as a datetime (SQLite hands it back as text)."""
    return datetime.fromisoformat(moment) if isinstance(moment, str) else moment


def isoformat(moment: datetime | None) -> str | None:
    """Format a UTC datetime as 2026-03-19T18:00:00.000Z (None stays None)."""
    if moment is None:
        return None
    if isinstance(moment, str):  # SQLite hands timestamps back as text
        if len(moment) == _STORED_TEXT_LENGTH and moment[10] == " ":
            # As peewee stores a datetime ("2026-03-19 18:00:00.123456"): cut to milliseconds
            # as isoformat would, without a datetime made and formatted for it (a list shows 40).
            return f"{moment[:10]}T{moment[11:23]}Z"
        moment = as_datetime(moment)
    if moment.tzinfo is not None:
        moment = to_naive_utc(moment)
    # datetime.isoformat is C code and truncates to milliseconds: several times faster than
    # strftime, which every event and document of a run calls (bench/waits.py's profile).
    return moment.isoformat(timespec="milliseconds") + "Z"


def seconds_to_next_tick(now: float, tick_s: float) -> float:
    """Return how long to sleep to wake just after the next wall-clock multiple of tick_s."""
    return tick_s - (now % tick_s) + WAKE_AFTER_TICK_S


def start_wall_clock(
    name: str, tick_s: float, run_pass: Callable[[], object], stop: threading.Event
) -> threading.Thread:
    """Start a thread that calls run_pass just after every wall-clock tick until stop is set."""

    def loop():
        while not stop.wait(seconds_to_next_tick(time.time(), tick_s)):
            try:
                run_pass()
            except Exception as exc:  # a dependency may be down; try again next tick
                log.warning("%s pass failed: %s", name, exc)

    thread = threading.Thread(target=loop, name=name, daemon=True)
    thread.start()
    return thread
