"""The per-process watcher: renews this process's leases and notices terminated runs."""

import logging
import threading
import time

from service.clock import utcnow
from service.db import db
from service.runs.claims import RunClaim, lost_claims, renew_leases

log = logging.getLogger(__name__)
CHECK_INTERVAL_S = 0.4  # a terminated run's delay must end within 1 s


class RunWatcher:
    """One thread per process: every 0.4 s one query checks all runs this process executes."""

    def __init__(self, *, lease_seconds: int):
        self.lease_seconds = lease_seconds
        self.active: dict[str, tuple[RunClaim, threading.Event]] = {}
        self.lock = threading.Lock()
        self.thread: threading.Thread | None = None

    def watch(self, claim: RunClaim, cancelled: threading.Event) -> None:
        """Start watching a claimed run; `cancelled` is set if the claim stops holding."""
        with self.lock:
            self.active[claim.run_id] = (claim, cancelled)
            if self.thread is None or not self.thread.is_alive():
                self.thread = threading.Thread(target=self._loop, name="run-watcher", daemon=True)
                self.thread.start()

    def forget(self, claim: RunClaim) -> None:
        """Stop watching a run."""
        with self.lock:
            self.active.pop(claim.run_id, None)

    def claims(self) -> list[RunClaim]:
        """Return the claims currently watched."""
        with self.lock:
            return [claim for claim, _event in self.active.values()]

    def _loop(self):
        last_renewal = 0.0
        while True:
            time.sleep(CHECK_INTERVAL_S)
            claims = self.claims()
            if not claims:
                continue
            try:
                with db.connection_context():
                    if time.monotonic() - last_renewal >= self.lease_seconds / 4:
                        renew_leases(claims=claims, now=utcnow(), lease_seconds=self.lease_seconds)
                        last_renewal = time.monotonic()
                    lost = lost_claims(claims)
            except Exception as exc:  # the database may be briefly away; leases have slack
                log.warning("run watcher check failed: %s", exc)
                continue
            with self.lock:
                for claim in lost:
                    entry = self.active.get(claim.run_id)
                    if entry and entry[0] == claim:
                        entry[1].set()


_watchers: dict[int, RunWatcher] = {}


def process_watcher(*, lease_seconds: int) -> RunWatcher:
    """Return this process's watcher (one per lease length, in practice one)."""
    if lease_seconds not in _watchers:
        _watchers[lease_seconds] = RunWatcher(lease_seconds=lease_seconds)
    return _watchers[lease_seconds]
