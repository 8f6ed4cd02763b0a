"""Runs (with their lease), step runs, the per-tenant event log and idempotency keys."""


def statements(dialect: str) -> list[str]:
    """Return the SQL for this migration in the given dialect ('sqlite' or 'postgres')."""
    serial = (
        "BIGSERIAL PRIMARY KEY" if dialect == "postgres" else "INTEGER PRIMARY KEY AUTOINCREMENT"
    )
    return [
        """
        CREATE TABLE workflow_runs (
            id VARCHAR(36) PRIMARY KEY,
            workflow_id VARCHAR(36) NOT NULL REFERENCES workflows (id) ON DELETE CASCADE,
            customer_id VARCHAR(255) NOT NULL,
            status VARCHAR(16) NOT NULL,
            inputs TEXT NOT NULL,
            outputs TEXT,
            error TEXT,
            trigger VARCHAR(16) NOT NULL,
            schedule_id VARCHAR(36),
            scheduled_for TIMESTAMP,
            started_at TIMESTAMP NOT NULL,
            finished_at TIMESTAMP,
            lease_owner VARCHAR(100),
            lease_expires_at TIMESTAMP,
            heartbeat_at TIMESTAMP,
            attempt INTEGER NOT NULL DEFAULT 0,
            recovery_count INTEGER NOT NULL DEFAULT 0,
            dispatched_at TIMESTAMP
        )
        """,
        "CREATE INDEX workflow_runs_workflow_started ON workflow_runs (workflow_id, started_at)",
        "CREATE INDEX workflow_runs_workflow_status_started"
        " ON workflow_runs (workflow_id, status, started_at)",
        # The reaper scans only live runs.
        "CREATE INDEX workflow_runs_status_lease ON workflow_runs (status, lease_expires_at)",
        """
        CREATE TABLE step_runs (
            id VARCHAR(36) PRIMARY KEY,
            run_id VARCHAR(36) NOT NULL REFERENCES workflow_runs (id) ON DELETE CASCADE,
            node_id VARCHAR(100) NOT NULL,
            position INTEGER NOT NULL,
            status VARCHAR(16) NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            input TEXT,
            output TEXT,
            error TEXT,
            started_at TIMESTAMP,
            finished_at TIMESTAMP
        )
        """,
        "CREATE UNIQUE INDEX step_runs_run_node ON step_runs (run_id, node_id)",
        f"""
        CREATE TABLE run_events (
            id {serial},
            customer_id VARCHAR(255) NOT NULL,
            workflow_id VARCHAR(36) NOT NULL,
            run_id VARCHAR(36),
            event VARCHAR(40) NOT NULL,
            data TEXT NOT NULL,
            created_at TIMESTAMP NOT NULL
        )
        """,
        "CREATE INDEX run_events_customer_id ON run_events (customer_id, id)",
        "CREATE INDEX run_events_created ON run_events (created_at)",
        "CREATE INDEX run_events_workflow ON run_events (workflow_id)",
        """
        CREATE TABLE idempotency_keys (
            customer_id VARCHAR(255) NOT NULL,
            workflow_id VARCHAR(36) NOT NULL REFERENCES workflows (id) ON DELETE CASCADE,
            key VARCHAR(255) NOT NULL,
            run_id VARCHAR(36) NOT NULL,
            expires_at TIMESTAMP NOT NULL,
            PRIMARY KEY (customer_id, workflow_id, key)
        )
        """,
    ]
