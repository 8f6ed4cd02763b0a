"""Under gevent, a SQLite write that waits for another process's lock must not stop the process.

Each case runs in a child Python (monkey-patching the test process would change every test):
another process holds SQLite's write lock for a while, one greenlet writes (and so waits), and a
second greenlet counts how often it gets to run meanwhile.
"""

import subprocess
import sys
import textwrap

from tests.support.processes import ROOT

HOLD_SECONDS = 0.6

SCRIPT = textwrap.dedent(
    """
    from gevent import monkey
    monkey.patch_all()
    import subprocess, sys, time
    import gevent
    from service.db import make_database
    from service.sqlite_writers import CooperativeSqliteDatabase
    from playhouse.pool import PooledSqliteDatabase

    path, hold, cooperative = sys.argv[1], float(sys.argv[2]), sys.argv[3] == "1"
    database = make_database(f"sqlite:///{path}")
    if not cooperative:  # the same settings, without the thread pool: the old behaviour
        database = PooledSqliteDatabase(database.database, **database.connect_params)
    else:
        assert isinstance(database, CooperativeSqliteDatabase)
    database.execute_sql("CREATE TABLE IF NOT EXISTS t (x INTEGER)")
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sqlite3, sys, time; c = sqlite3.connect(sys.argv[1], isolation_level=None); "
         "c.execute('BEGIN IMMEDIATE'); print('locked', flush=True); "
         "time.sleep(float(sys.argv[2])); "
         "c.execute('COMMIT')", path, str(hold)],
        stdout=subprocess.PIPE,
    )
    assert holder.stdout.readline().strip() == b"locked"
    ticks = [0]

    def count():
        while True:
            ticks[0] += 1
            gevent.sleep(0.01)

    counter = gevent.spawn(count)
    gevent.sleep(0)
    database.execute_sql("INSERT INTO t (x) VALUES (1)")
    counter.kill()
    holder.wait()
    print(ticks[0])
    """
)


def run_child(script: str, *args: str) -> str:
    """Run a script in a child Python from the project root; return its standard output."""
    result = subprocess.run(
        [sys.executable, "-c", script, *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def ticks_while_waiting(tmp_path, *, cooperative: bool) -> int:
    flag = "1" if cooperative else "0"
    output = run_child(SCRIPT, str(tmp_path / "lock.db"), str(HOLD_SECONDS), flag)
    return int(output.split()[-1])


def test_a_waiting_write_lets_other_greenlets_run(tmp_path):
    cooperative = ticks_while_waiting(tmp_path, cooperative=True)
    blocking = ticks_while_waiting(tmp_path, cooperative=False)
    # Without the thread pool the counter is frozen for the whole wait (a tick or two at most);
    # with it the counter runs about every 10 ms of the wait.
    assert blocking <= 3
    assert cooperative >= 10 * max(blocking, 1) // 2 and cooperative >= 10


TURNS_SCRIPT = textwrap.dedent(
    """
    from gevent import monkey
    monkey.patch_all()
    import sys
    import gevent
    from peewee import OperationalError
    from service.sqlite_writers import CooperativeSqliteDatabase

    path, take_turns = sys.argv[1], sys.argv[2] == "1"

    class WithoutTurns(CooperativeSqliteDatabase):
        def _take_write_turn(self):
            pass

        def _end_write_turn(self):
            pass

    kind = CooperativeSqliteDatabase if take_turns else WithoutTurns
    # A short busy_timeout: a writer starved of the lock fails fast instead of after 5 s.
    pragmas = {"journal_mode": "wal", "busy_timeout": 300}
    database = kind(path, pragmas=pragmas, max_connections=64, check_same_thread=False)
    database.execute_sql("CREATE TABLE IF NOT EXISTS t (x INTEGER)")
    failures = []

    def write(n):
        try:
            with database.connection_context():
                with database.atomic():
                    database.execute_sql("INSERT INTO t (x) VALUES (?)", (n,))
                    gevent.sleep(0.02)  # a Redis call, say, while the transaction is open
                    database.execute_sql("INSERT INTO t (x) VALUES (?)", (-n,))
        except OperationalError as exc:
            failures.append(str(exc))

    gevent.joinall([gevent.spawn(write, n) for n in range(1, 31)])
    with database.connection_context():
        rows = database.execute_sql("SELECT COUNT(*) FROM t").fetchone()[0]
    print(len(failures), rows)
    """
)


def concurrent_transactions(tmp_path, *, take_turns: bool) -> tuple[int, int]:
    flag = "1" if take_turns else "0"
    output = run_child(TURNS_SCRIPT, str(tmp_path / f"turns-{flag}.db"), flag)
    failures, rows = output.split()[-2:]
    return int(failures), int(rows)


def test_writers_of_one_process_take_turns_instead_of_starving_the_lock_holder(tmp_path):
    # 30 greenlets, each a transaction of two writes with a pause between: more than the thread
    # pool's 10 threads. Without turns the waiting writers fill the pool, the holder cannot get a
    # thread for its second write, and writers fail with "database is locked".
    assert concurrent_transactions(tmp_path, take_turns=True) == (0, 60)
    failures, _ = concurrent_transactions(tmp_path, take_turns=False)
    assert failures > 0
