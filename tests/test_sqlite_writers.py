"""SQLite writers take turns across processes on a file lock (service/sqlite_writers.py).

The other process is a real child Python holding a turn; this test process waits for it.
"""

import subprocess
import sys
import textwrap
import threading
import time

import pytest
from peewee import OperationalError

from service.sqlite_writers import TurnTakingSqliteDatabase
from tests.support.processes import ROOT

# The child takes a turn (an IMMEDIATE transaction with one write), says so, and keeps it until
# its standard input closes or it is killed.
HOLDER = textwrap.dedent(
    """
    import sys
    from service.sqlite_writers import TurnTakingSqliteDatabase

    database = TurnTakingSqliteDatabase(sys.argv[1], pragmas={"journal_mode": "wal"})
    database.connect()
    database.execute_sql("CREATE TABLE IF NOT EXISTS t (x INTEGER)")
    with database.atomic("IMMEDIATE"):
        database.execute_sql("INSERT INTO t (x) VALUES (0)")
        print("holding", flush=True)
        sys.stdin.read()
    """
)


def open_database(path, busy_ms: int) -> TurnTakingSqliteDatabase:
    pragmas = {"journal_mode": "wal", "busy_timeout": busy_ms}
    return TurnTakingSqliteDatabase(
        str(path), pragmas=pragmas, max_connections=32, check_same_thread=False
    )


@pytest.fixture
def holder(tmp_path):
    """A child process holding the writer turn of tmp_path/turns.db."""
    path = tmp_path / "turns.db"
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    assert child.stdout.readline().strip() == b"holding"
    yield path, child
    child.kill()
    child.wait()


def test_a_writer_waits_for_another_process_turn_and_gives_up_at_busy_timeout(holder):
    path, _child = holder
    database = open_database(path, busy_ms=300)
    started = time.monotonic()
    with pytest.raises(OperationalError, match="no writer turn"):
        database.execute_sql("INSERT INTO t (x) VALUES (1)")
    assert 0.3 <= time.monotonic() - started < 2
    # Reads are not writers: they go on while the other process writes (WAL).
    assert database.execute_sql("SELECT COUNT(*) FROM t").fetchone() == (0,)
    database.close()


def test_the_next_writer_goes_as_soon_as_the_holder_commits(holder):
    path, child = holder
    database = open_database(path, busy_ms=5000)
    timings = {}

    def write():
        started = time.monotonic()
        database.execute_sql("INSERT INTO t (x) VALUES (1)")
        timings["waited"] = time.monotonic() - started

    writer = threading.Thread(target=write)
    writer.start()
    time.sleep(0.3)
    assert writer.is_alive()  # waiting for the child's turn
    released = time.monotonic()
    child.stdin.close()  # the child commits and exits
    writer.join(timeout=5)
    assert not writer.is_alive()
    assert timings["waited"] >= 0.3
    assert time.monotonic() - released < 1
    assert database.execute_sql("SELECT COUNT(*) FROM t").fetchone() == (2,)
    database.close()


def test_a_killed_holder_frees_its_turn_and_its_write_is_gone(holder):
    path, child = holder
    child.kill()
    child.wait()
    database = open_database(path, busy_ms=1000)
    database.execute_sql("INSERT INTO t (x) VALUES (1)")
    assert database.execute_sql("SELECT x FROM t").fetchall() == [(1,)]
    database.close()


def test_threads_of_one_process_take_turns_with_a_pause_inside_each_transaction(tmp_path):
    database = open_database(tmp_path / "threads.db", busy_ms=200)
    database.execute_sql("CREATE TABLE t (x INTEGER)")
    failures = []

    def write(n):
        try:
            with database.connection_context(), database.atomic():
                database.execute_sql("INSERT INTO t (x) VALUES (?)", (n,))
                time.sleep(0.02)  # longer in all than busy_timeout: a queue, not luck
                database.execute_sql("INSERT INTO t (x) VALUES (?)", (-n,))
        except OperationalError as exc:
            failures.append(str(exc))

    threads = [threading.Thread(target=write, args=(n,)) for n in range(1, 21)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert database.execute_sql("SELECT COUNT(*), SUM(x) FROM t").fetchone() == (40, 0)
    database.close()


def test_a_statement_of_its_own_is_finished_before_the_next_writer_goes(tmp_path):
    # busy_timeout 0: a writer finding SQLite's lock taken fails at once instead of sleeping.
    database = open_database(tmp_path / "returning.db", busy_ms=0)
    database.execute_sql("CREATE TABLE t (x INTEGER)")
    # RETURNING keeps the statement, and so SQLite's write lock, open until its rows are read;
    # the caller has not read them yet when the next writer comes.
    cursor = database.execute_sql("INSERT INTO t (x) VALUES (1), (2) RETURNING x")
    failures = []

    def write():
        try:
            with database.connection_context():
                database.execute_sql("INSERT INTO t (x) VALUES (3)")
        except OperationalError as exc:
            failures.append(str(exc))

    writer = threading.Thread(target=write)
    writer.start()
    writer.join()
    assert failures == []
    assert sorted(cursor.fetchall()) == [(1,), (2,)]
    assert cursor.rowcount == 2
    assert database.execute_sql("SELECT COUNT(*) FROM t").fetchone() == (3,)
    database.close()
