"""The worker: `python huey_consumer.py` runs the Huey consumer on create_worker_app().

It runs WORKER_PROCESSES consumer processes (default: the CPU count; service/supervisor.py says
why), each with HUEY_WORKERS threads; with WORKER_PROCESSES=1 it is that one consumer itself.
SIGTERM (what a platform sends on deploy) stops it gracefully: no new runs are
taken, running ones get WORKER_SHUTDOWN_SECONDS (default 20) to finish, and the leases of any
still going are released so another worker resumes them at once from their last committed node.
SIGINT (Ctrl-C) skips the wait: leases are released at once.
"""

import logging
import os
import sys
import threading

from service.observability.multiproc import mark_process_dead, prepare_metrics_dir

# Before anything imports prometheus_client: this process's metrics go to the shared directory.
prepare_metrics_dir()

from huey.consumer import Consumer  # noqa: E402

from service.config import load_config  # noqa: E402
from service.db import db  # noqa: E402
from service.observability.logs import configure_logging  # noqa: E402
from service.runs.claims import release_claims  # noqa: E402
from service.runs.heartbeats import start_heartbeat  # noqa: E402
from service.runs.timers import start_timer_clock  # noqa: E402
from service.runs.upkeep import start_upkeep  # noqa: E402
from service.runs.watch import process_watcher  # noqa: E402
from service.schedules.clock import start_schedule_clock  # noqa: E402
from service.supervisor import Supervisor, worker_processes  # noqa: E402
from service.worker_app import create_worker_app  # noqa: E402
from tasks import huey  # noqa: E402
from tasks.runs import connect_run_queue, serve  # noqa: E402


def main():
    """Run the consumers (or, in one process, the consumer) until told to stop."""
    config = load_config()
    level = config.log_level
    configure_logging(log_format=config.log_format, level=level)
    processes = worker_processes(os.environ)
    if processes > 1:
        children = {**os.environ, "WORKER_PROCESSES": "1"}
        command = [sys.executable, os.path.abspath(__file__)]
        logging.getLogger("worker").info("starting %s worker processes", processes)
        supervisor = Supervisor(command, processes, children, on_exit=mark_process_dead)
        raise SystemExit(supervisor.run())
    consume(config)


def consume(config):
    """Run this process's consumer until it is told to stop."""
    level = config.log_level
    if logging.getLevelName(level) != logging.DEBUG:
        # Huey's two lines per task name its own task id, not the run; the run's own line
        # ("run <id> ended: …") says more, so Huey's per-task lines are kept for DEBUG only.
        logging.getLogger("huey").setLevel(logging.WARNING)
        logging.getLogger("huey.consumer").setLevel(level)
    worker = create_worker_app(config, queue=connect_run_queue)
    serve(worker)
    stop = threading.Event()
    start_heartbeat(worker.redis, stop)
    start_upkeep(config, stop)
    start_timer_clock(stop)
    start_schedule_clock(config, stop)
    consumer = Consumer(
        huey,
        workers=int(os.environ.get("HUEY_WORKERS", "8")),
        worker_type="thread",
        periodic=False,
        initial_delay=0.05,
        max_delay=1.0,
        graceful_signal="TERM",
        shutdown_timeout=float(os.environ.get("WORKER_SHUTDOWN_SECONDS", "20")),
    )
    try:
        consumer.run()
    finally:
        stop.set()
        unfinished = process_watcher(lease_seconds=config.run_lease_seconds).claims()
        if unfinished:
            with db.connection_context():
                released = release_claims(claims=unfinished)
            logging.getLogger("worker").info("released %s unfinished runs", released)


if __name__ == "__main__":
    main()
