"""Workflow schedules: cron in a time zone, with the next slot indexed for the dispatcher."""


def statements(dialect: str) -> list[str]:
    """Return the SQL for this migration in the given dialect ('sqlite' or 'postgres')."""
    return [
        """
        CREATE TABLE workflow_schedules (
            id VARCHAR(36) PRIMARY KEY,
            workflow_id VARCHAR(36) NOT NULL REFERENCES workflows (id) ON DELETE CASCADE,
            customer_id VARCHAR(255) NOT NULL,
            cron_expression VARCHAR(200) NOT NULL,
            timezone VARCHAR(64) NOT NULL,
            inputs TEXT NOT NULL,
            missed_execution_policy VARCHAR(20) NOT NULL,
            enabled BOOLEAN NOT NULL,
            next_run_at TIMESTAMP NOT NULL,
            last_run_at TIMESTAMP,
            created_by VARCHAR(255) NOT NULL,
            created_at TIMESTAMP NOT NULL,
            updated_at TIMESTAMP NOT NULL
        )
        """,
        # The dispatcher reads only enabled schedules whose slot has come, oldest first: its
        # cost follows the due slots, not the number of schedules.
        "CREATE INDEX workflow_schedules_due ON workflow_schedules (next_run_at) WHERE enabled",
        "CREATE INDEX workflow_schedules_workflow_created"
        " ON workflow_schedules (workflow_id, created_at)",
    ]
