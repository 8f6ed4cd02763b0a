"""SQLite whose writers take turns: in the process on a lock, across processes on a file lock.

SQLite lets one writer in at a time, and a writer that finds the lock taken waits in SQLite's
busy handler, which sleeps 1, 2, 5, 10 … up to 100 ms between tries whatever the holder does:
with two web processes and a worker writing one database, the cores sat a third idle while
writers slept (bench/runs.py (d)). Under gevent that wait also had to run in a pool thread (in C
it would stop every greenlet), and each statement's hand-off to the pool kept the lock held
longer. So writers queue before SQLite sees them: one per process on a lock (threads or
greenlets), then that one on a file lock beside the database, tried every TURN_POLL_SECONDS,
from a transaction's first write to its commit. A writer holding its turn finds SQLite's lock
free unless a program that takes no turns holds it; under gevent its statements then run on
the loop. The busy handler stays as the backstop for such programs (the sqlite3 shell, a backup).
"""

import fcntl
import os
import threading
import time

from peewee import OperationalError, __exception_wrapper__
from playhouse.pool import PooledSqliteDatabase

# How often a writer waiting for another process's turn looks again.
TURN_POLL_SECONDS = 0.0001


class WriterFileLock:
    """An exclusive flock on a file beside the database: one writer of all processes at a time.

    Taken by polling, so a wait can end at a deadline (flock itself has none). The filelock
    package does this too, but measured 186 µs a turn against 1 µs for the two flock calls, and
    a turn is taken for every write transaction. A process killed holding the lock lets go at
    once: the kernel drops a dead process's locks.
    """

    def __init__(self, path: str):
        self.path = path
        self._fd = None
        self._pid = None

    def acquire(self, timeout: float) -> None:
        """Take the lock, or raise OperationalError after timeout seconds."""
        fd = self._descriptor()
        deadline = None
        while not _try_lock(fd):
            now = time.monotonic()
            deadline = deadline or now + timeout
            if now >= deadline:
                raise OperationalError(f"database is locked (no writer turn in {timeout:g} s)")
            time.sleep(TURN_POLL_SECONDS)  # under gevent, a cooperative sleep

    def release(self) -> None:
        """Let the next process's writer go."""
        fcntl.flock(self._fd, fcntl.LOCK_UN)

    def _descriptor(self) -> int:
        # One open file per process: a forked child sharing its parent's descriptor would share
        # its lock too, so a changed pid opens anew.
        if self._pid != os.getpid():
            self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
            self._pid = os.getpid()
        return self._fd


def _try_lock(fd: int) -> bool:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False


class FinishedStatement:
    """A statement's cursor read to its end: its rows, and the counts peewee reads from it."""

    def __init__(self, cursor):
        self._rows = iter(cursor.fetchall())
        self.rowcount = cursor.rowcount
        self.lastrowid = cursor.lastrowid
        self.description = cursor.description
        cursor.close()

    def fetchone(self):
        """Return the next row, or None."""
        return next(self._rows, None)

    def fetchall(self) -> list:
        """Return the rows not read yet."""
        return list(self._rows)

    def __iter__(self):
        return self._rows

    def close(self):
        """Nothing is left open."""


class TurnTakingSqliteDatabase(PooledSqliteDatabase):
    """Pooled SQLite whose write transactions take turns from their first write to their end."""

    def __init__(self, database, *args, **kwargs):
        super().__init__(database, *args, **kwargs)
        # Made with the database, which a gevent web process builds after the monkey-patching
        # (gunicorn.conf.py): there it parks a greenlet, not the thread.
        self._in_process = threading.Lock()
        # Read once: a turn is taken for every write transaction.
        self._busy_ms = dict(self._pragmas or ()).get("busy_timeout", 5000)
        in_memory = not database or database == ":memory:" or database.startswith("file::memory")
        self._across_processes = None if in_memory else WriterFileLock(f"{database}-writers")

    def begin(self, lock_type=None):
        """Begin a transaction; one that takes the write lock at once (IMMEDIATE) waits its turn."""
        lock_type = lock_type or self._lock_type
        if not lock_type:
            return super().begin()
        self._take_write_turn()
        try:
            self._run(f"BEGIN {lock_type}")
        except BaseException:
            self._end_write_turn()  # no transaction began, so no commit or rollback will end it
            raise

    def execute_sql(self, sql, params=None):
        """Run one statement; one that may write first waits for this thread's turn."""
        if sql.lstrip()[:6].upper() == "SELECT":
            return self._run(sql, params)
        self._take_write_turn()
        try:
            cursor = self._run(sql, params)
            if self.in_transaction():
                return cursor
            # A statement of its own commits only once stepped to its end (one with RETURNING
            # is not until its rows are read): read them while the turn is held, or the next
            # writer finds SQLite's lock taken and sleeps in the busy handler after all.
            return FinishedStatement(cursor)
        finally:
            if not self.in_transaction():
                self._end_write_turn()

    def commit(self):
        """Commit, and let the next writer go."""
        try:
            return super().commit()
        finally:
            self._end_write_turn()

    def rollback(self):
        """Roll back, and let the next writer go."""
        try:
            return super().rollback()
        finally:
            self._end_write_turn()

    def _run(self, sql, params=None):
        """Execute a statement on this thread's connection (peewee's own way, minus its hooks)."""
        self._log_query(sql, params)
        cursor = self.cursor()
        with __exception_wrapper__:
            cursor.execute(sql, params or ())
        return cursor

    def _take_write_turn(self):
        if getattr(self._state, "writing", False):
            return
        self._in_process.acquire()
        try:
            if self._across_processes is not None:
                self._across_processes.acquire(self._busy_ms / 1000)
        except BaseException:
            self._in_process.release()
            raise
        self._state.writing = True

    def _end_write_turn(self):
        if getattr(self._state, "writing", False):
            self._state.writing = False
            if self._across_processes is not None:
                self._across_processes.release()
            self._in_process.release()


def _thread_pool():
    import gevent

    return gevent.get_hub().threadpool


class CooperativeSqliteDatabase(TurnTakingSqliteDatabase):
    """SQLite for a gevent process: statements run on the loop; one that must wait, in a thread.

    SQLite waits for a lock inside the C call, which under gevent stops every greenlet of the
    process (measured: event fan-out lagged by seconds while a worker wrote). So connections
    here never wait in C (busy_timeout 0): a statement runs on the loop, and one refused because
    a program that takes no turns holds the lock runs again in gevent's thread pool with the
    usual busy_timeout, where only its greenlet waits.
    """

    def _add_conn_hooks(self, connection):
        # Once per new connection (the pool hands the same ones out again), not per checkout.
        super()._add_conn_hooks(connection)
        connection.execute("PRAGMA busy_timeout = 0")

    def _run(self, sql, params=None):
        try:
            return super()._run(sql, params)
        except OperationalError as exc:
            if "locked" not in str(exc):
                raise
        return self._run_waiting(sql, params)

    def _run_waiting(self, sql, params):
        """Run the statement in a pool thread, waiting for the lock up to busy_timeout."""
        cursor = self.cursor()  # in the calling greenlet: its connection is greenlet-local
        connection = cursor.connection

        def wait_and_run():
            connection.execute(f"PRAGMA busy_timeout = {self._busy_ms}")
            try:
                cursor.execute(sql, params or ())
            finally:
                connection.execute("PRAGMA busy_timeout = 0")

        with __exception_wrapper__:
            _thread_pool().apply(wait_and_run)
        return cursor
