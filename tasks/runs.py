"""Run tasks: they carry only a run id; the database says what to do with it."""

from flask import current_app

from service.services import run_execution
from tasks import huey
from tasks.context import worker_app


@huey.task(retries=0)
def execute_run(run_id: str) -> None:
    """Execute a run (a no-op when it is finished or claimed by another worker)."""
    with worker_app().app_context():
        run_execution.execute_run(run_id=run_id, config=current_app.config["WORKFLOWS"])
