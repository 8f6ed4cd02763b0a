"""The worker process: `python huey_consumer.py` runs the Huey consumer with the app's config.

SIGTERM (what a platform sends on deploy) stops it gracefully: no new runs are
taken, running ones get WORKER_SHUTDOWN_SECONDS (default 20) to finish, and the leases of any
still going are released so another worker resumes them at once from their last committed node.
SIGINT (Ctrl-C) skips the wait: leases are released at once.
"""

import logging
import os
import threading

from huey.consumer import Consumer

from tasks.context import worker_app


def main():
    """Run the consumer until it is told to stop."""
    logging.basicConfig(
        level=os.environ.get("LOG_LEVEL", "INFO"),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    app = worker_app()
    import tasks.runs  # noqa: F401  (registers the tasks)
    from service.db import db
    from service.services.run_claims import release_claims
    from service.services.run_watch import process_watcher
    from service.services.schedule_dispatch import start_schedule_clock
    from service.services.ticker import start_ticker
    from tasks import huey

    config = app.config["WORKFLOWS"]
    stop = threading.Event()
    start_ticker(config, stop)
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
