"""Run several copies of a worker command and keep them running, so the worker uses every core.

Python runs one thread's Python at a time per process (the GIL), and a run's work is mostly
Python (templates, JSON, the run path's statements): one consumer process left the other cores
of a worker machine idle. In bench/runs.py (d) the single consumer fell seconds behind the web
processes and the cores sat idle while it caught up. As gunicorn runs WEB_CONCURRENCY web
processes, `python huey_consumer.py` runs WORKER_PROCESSES consumers (default: the CPU count),
each the same single-process consumer as before, with HUEY_WORKERS threads of its own.

- SIGTERM and SIGINT are passed on to every child (each stops as one consumer does); the
  supervisor waits for them all and exits.
- A child that exits while no stop was asked is started again, after a pause that doubles while
  it keeps dying (up to MAX_RESTART_PAUSE_S).
- Each child lives in its own process group (a terminal's Ctrl-C reaches the supervisor, which
  passes it on once) and, on Linux, dies with the supervisor (PR_SET_PDEATHSIG): SIGKILL of the
  supervisor is a crash of the whole worker, its runs resumed after their leases as before.
"""

import contextlib
import ctypes
import logging
import os
import signal
import subprocess
import sys
import time

log = logging.getLogger("worker")

FIRST_RESTART_PAUSE_S = 0.5
MAX_RESTART_PAUSE_S = 30.0
# A child that lived this long before dying is restarted after the first pause again.
STEADY_AFTER_S = 60.0
POLL_S = 0.2


def _linux_libc():
    if not sys.platform.startswith("linux"):
        return None
    with contextlib.suppress(OSError):
        return ctypes.CDLL("libc.so.6", use_errno=True)
    return None


class Supervisor:
    """Keep `count` copies of `command` running until told to stop."""

    def __init__(self, command: list[str], count: int, environ: dict, *, on_exit=None):
        self.command = command
        self.on_exit = on_exit or (lambda pid: None)  # told each child's pid once it has exited
        self.count = count
        self.environ = environ
        self.children: list[subprocess.Popen | None] = [None] * count
        self.started_at = [0.0] * count
        self.pauses = [FIRST_RESTART_PAUSE_S] * count
        self.restart_at = [0.0] * count
        self.stop_signal: int | None = None
        self._libc = _linux_libc()
        self._parent = os.getpid()

    def run(self) -> int:
        """Start the children and supervise them; return once all have stopped after a stop."""
        signal.signal(signal.SIGTERM, self._stop)
        signal.signal(signal.SIGINT, self._stop)
        for index in range(self.count):
            self._start(index)
        while True:
            if self.stop_signal is not None:
                self._wait_all()
                return 0
            for index, child in enumerate(self.children):
                self._check(index, child)
            time.sleep(POLL_S)

    def _check(self, index: int, child) -> None:
        now = time.monotonic()
        if child is None:
            if now >= self.restart_at[index]:
                self._start(index)
            return
        code = child.poll()
        if code is None or self.stop_signal is not None:
            return
        self.on_exit(child.pid)
        lived = now - self.started_at[index]
        if lived >= STEADY_AFTER_S:
            self.pauses[index] = FIRST_RESTART_PAUSE_S
        pause = self.pauses[index]
        log.warning(
            "worker process %s exited (%s); starting it again in %.1f s", child.pid, code, pause
        )
        self.children[index] = None
        self.restart_at[index] = now + pause
        self.pauses[index] = min(pause * 2, MAX_RESTART_PAUSE_S)

    def _start(self, index: int) -> None:
        self.children[index] = subprocess.Popen(
            self.command, env=self.environ, process_group=0, preexec_fn=self._die_with_parent
        )
        self.started_at[index] = time.monotonic()

    def _die_with_parent(self) -> None:
        # In the forked child, before exec: the kernel SIGKILLs it when the supervisor dies.
        if self._libc is not None:
            pr_set_pdeathsig = 1
            self._libc.prctl(pr_set_pdeathsig, signal.SIGKILL)
        if os.getppid() != self._parent:  # the supervisor died before prctl took effect
            os._exit(1)

    def _stop(self, signum, _frame) -> None:
        first = self.stop_signal is None
        self.stop_signal = signum
        if first or signum == signal.SIGINT:  # a second Ctrl-C may hurry a graceful stop
            self._signal_children(signum)

    def _signal_children(self, signum: int) -> None:
        for child in self.children:
            if child is not None and child.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    child.send_signal(signum)

    def _wait_all(self) -> None:
        for child in self.children:
            if child is not None:
                child.wait()
                self.on_exit(child.pid)


def worker_processes(environ: dict) -> int:
    """Return WORKER_PROCESSES (default: the CPU count, at least 1)."""
    value = environ.get("WORKER_PROCESSES", "").strip()
    count = int(value) if value else (os.cpu_count() or 1)
    if count < 1:
        raise ValueError(f"WORKER_PROCESSES must be at least 1, not {count}")
    return count
