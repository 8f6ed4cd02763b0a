"""Share new connections out evenly between gunicorn's gevent workers.

Every worker waits on the one listening socket and whichever wakes first accepts. Keep-alive
connections then stay with the worker that took them, so a burst of new ones can land unevenly:
16 clients measured 11 on one worker and 5 on the other. Each of the 11 then waited twice as
long for its worker as each of the 5, and that half of the clients set the p99 (bench/api.py).

So each worker counts its open connections in a small array shared with the other workers (made
by the master before it forks them). A worker that holds more than the fewest plus SLACK lets
the socket be for DEFER_SECONDS, so a less loaded worker, woken by the same connection, takes
it. The wait is bounded (LONGEST_WAIT_SECONDS): a worker that is busy, stuck or gone never leaves
a connection unaccepted for longer than that.
"""

import ctypes
import multiprocessing
import time

from gevent.server import StreamServer

MAX_WORKERS = 64
SLACK = 0
DEFER_SECONDS = 0.001
LONGEST_WAIT_SECONDS = 0.004
NO_WORKER = -1


class ConnectionCounts:
    """Open connections per worker slot, in memory the master shares with the workers it forks."""

    def __init__(self, slots: int = MAX_WORKERS):
        self._counts = multiprocessing.RawArray(ctypes.c_int, [NO_WORKER] * slots)

    def claim(self, taken: set) -> int | None:
        """Return a free slot for a worker about to be forked (master side), or None."""
        slot = next((i for i in range(len(self._counts)) if i not in taken), None)
        if slot is not None:
            # Not counted until the worker accepts: one still loading the app must not make
            # the others hold back their connections for it.
            self._counts[slot] = NO_WORKER
        return slot

    def open(self, slot: int) -> None:
        """Count the worker in slot from now on, with no connections (worker side)."""
        self._counts[slot] = 0

    def release(self, slot: int) -> None:
        """Forget a dead worker's connections (master side)."""
        self._counts[slot] = NO_WORKER

    def add(self, slot: int, delta: int) -> None:
        """Count connections opened (+1) or closed (-1) by the worker in slot (its only writer)."""
        self._counts[slot] += delta

    def crowded(self, slot: int) -> bool:
        """Tell whether slot holds more than SLACK connections above the least loaded worker."""
        fewest = min(
            (c for i, c in enumerate(self._counts) if c != NO_WORKER and i != slot), default=None
        )
        return fewest is not None and self._counts[slot] > fewest + SLACK


class BalancedStreamServer(StreamServer):
    """gevent's StreamServer that lets a less loaded worker take a new connection first."""

    counts: ConnectionCounts | None = None
    slot: int = 0

    def __init__(self, listener, handle=None, **kwargs):
        super().__init__(listener, handle=self._counted(handle), **kwargs)
        self._waiting_since = None
        if self.counts is not None:
            self.counts.open(self.slot)  # gunicorn builds its servers once the app is loaded

    def _counted(self, handle):
        def counted_handle(*args):
            self.counts.add(self.slot, 1)
            try:
                return handle(*args)
            finally:
                self.counts.add(self.slot, -1)

        return counted_handle

    def _do_read(self):
        if self._should_defer():
            self.stop_accepting()
            self._timer = self.loop.timer(DEFER_SECONDS)
            self._timer.start(self._start_accepting_if_started)
            return
        self._waiting_since = None
        super()._do_read()

    def _should_defer(self) -> bool:
        if self.counts is None or not self.counts.crowded(self.slot):
            return False
        now = time.monotonic()
        if self._waiting_since is None:
            self._waiting_since = now
        return now - self._waiting_since < LONGEST_WAIT_SECONDS


def install(counts: ConnectionCounts, slot: int) -> None:
    """Make this gevent worker's servers balanced ones, counting in slot (worker side)."""
    from gunicorn.workers import ggevent

    BalancedStreamServer.counts = counts
    BalancedStreamServer.slot = slot
    # gunicorn's GeventWorker.run builds its servers from this module global.
    ggevent.StreamServer = BalancedStreamServer
