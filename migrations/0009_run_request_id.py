"""Runs keep the X-Request-ID of the API call that started them, for their workers' log lines.

A run can reach a worker many times (resumed after a wait, recovered, promoted from the queue):
the id goes with the run, not only with the first queue message.
"""


def statements(dialect: str) -> list[str]:
    """Return the SQL for this migration in the given dialect ('sqlite' or 'postgres')."""
    return ["ALTER TABLE workflow_runs ADD COLUMN request_id VARCHAR(128)"]
