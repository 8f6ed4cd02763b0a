"""Workflows, unique per tenant by name, listed per tenant newest first."""


def statements(dialect: str) -> list[str]:
    """Return the SQL for this migration in the given dialect ('sqlite' or 'postgres')."""
    return [
        """
        CREATE TABLE workflows (
            id VARCHAR(36) PRIMARY KEY,
            customer_id VARCHAR(255) NOT NULL,
            name VARCHAR(200) NOT NULL,
            description TEXT,
            definition TEXT NOT NULL,
            version VARCHAR(64) NOT NULL,
            status VARCHAR(16) NOT NULL,
            created_by VARCHAR(255) NOT NULL,
            created_at TIMESTAMP NOT NULL,
            updated_at TIMESTAMP NOT NULL
        )
        """,
        "CREATE UNIQUE INDEX workflows_customer_name ON workflows (customer_id, name)",
        "CREATE INDEX workflows_customer_created ON workflows (customer_id, created_at)",
        "CREATE INDEX workflows_customer_status_created"
        " ON workflows (customer_id, status, created_at)",
    ]
