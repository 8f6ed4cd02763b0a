"""Schedules: what a slot does while a run the schedule started is still running or queued."""


def statements(dialect: str) -> list[str]:
    """Return the SQL for this migration in the given dialect ('sqlite' or 'postgres')."""
    return [
        "ALTER TABLE workflow_schedules"
        " ADD COLUMN overlap_policy VARCHAR(20) NOT NULL DEFAULT 'allow'",
        # A schedule's live runs are looked up at each slot of a non-`allow` policy.
        "CREATE INDEX workflow_runs_schedule_status ON workflow_runs (schedule_id, status)"
        " WHERE schedule_id IS NOT NULL",
    ]
