"""Durable waits and signals: a waiting run gives its worker back; signals are stored for it."""


def statements(dialect: str) -> list[str]:
    """Return the SQL for this migration in the given dialect ('sqlite' or 'postgres')."""
    serial = (
        "BIGSERIAL PRIMARY KEY" if dialect == "postgres" else "INTEGER PRIMARY KEY AUTOINCREMENT"
    )
    return [
        # Set while a run holds no worker and waits (a delay, a retry's backoff, a signal's
        # timeout); the timer pass reads only these rows, so its cost follows what is due.
        "ALTER TABLE workflow_runs ADD COLUMN wake_at TIMESTAMP",
        "CREATE INDEX workflow_runs_wake ON workflow_runs (wake_at) WHERE wake_at IS NOT NULL",
        # When a `waiting` step is due (its delay's end or its next retry).
        "ALTER TABLE step_runs ADD COLUMN wake_at TIMESTAMP",
        # Signals sent to a run, kept until a wait_for_signal node takes them (oldest first per
        # name); they go with their run.
        f"""
        CREATE TABLE run_signals (
            id {serial},
            run_id VARCHAR(36) NOT NULL REFERENCES workflow_runs (id) ON DELETE CASCADE,
            name VARCHAR(100) NOT NULL,
            payload TEXT NOT NULL,
            received_at TIMESTAMP NOT NULL,
            consumed_at TIMESTAMP,
            consumed_by VARCHAR(100)
        )
        """,
        "CREATE INDEX run_signals_pending ON run_signals (run_id, name, id)"
        " WHERE consumed_at IS NULL",
        "CREATE INDEX run_signals_run ON run_signals (run_id)",
    ]
