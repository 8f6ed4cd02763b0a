"""Concurrency limits: a run's group (workflow + key) and the limit it was stored under."""


def statements(dialect: str) -> list[str]:
    """Return the SQL for this migration in the given dialect ('sqlite' or 'postgres')."""
    return [
        "ALTER TABLE workflow_runs ADD COLUMN concurrency_key VARCHAR(255)",
        "ALTER TABLE workflow_runs ADD COLUMN concurrency_limit INTEGER",
        # Counting a group's running runs and finding its oldest queued one read only these.
        "CREATE INDEX workflow_runs_concurrency"
        " ON workflow_runs (workflow_id, concurrency_key, status, started_at)"
        " WHERE concurrency_key IS NOT NULL",
    ]
