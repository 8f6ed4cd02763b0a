"""Immutable workflow versions; runs pinned to the version they started with; retry lineage."""


def statements(dialect: str) -> list[str]:
    """Return the SQL for this migration in the given dialect ('sqlite' or 'postgres')."""
    return [
        """
        CREATE TABLE workflow_versions (
            workflow_id VARCHAR(36) NOT NULL REFERENCES workflows (id) ON DELETE CASCADE,
            version VARCHAR(64) NOT NULL,
            number INTEGER NOT NULL,
            definition TEXT NOT NULL,
            created_at TIMESTAMP NOT NULL,
            created_by VARCHAR(255) NOT NULL,
            PRIMARY KEY (workflow_id, version)
        )
        """,
        # Listed newest first: `number` counts a workflow's versions from 1.
        "CREATE UNIQUE INDEX workflow_versions_number ON workflow_versions (workflow_id, number)",
        # Every existing workflow's current definition becomes its first version ...
        "INSERT INTO workflow_versions (workflow_id, version, number, definition, created_at,"
        " created_by) SELECT id, version, 1, definition, updated_at, created_by FROM workflows",
        "ALTER TABLE workflow_runs ADD COLUMN workflow_version VARCHAR(64)",
        # ... and every existing run that version.
        "UPDATE workflow_runs SET workflow_version ="
        " (SELECT version FROM workflows WHERE workflows.id = workflow_runs.workflow_id)",
        "ALTER TABLE workflow_runs ADD COLUMN retry_of VARCHAR(36)",
    ]
