"""Run history at scale: per-workflow run counters, keyset indexes, hidden (deleting) workflows."""

STATUSES = ("queued", "running", "completed", "failed", "terminated")


def _delta(sign: str, row: str, cast: str) -> str:
    """Return the SET list adding (+) or removing (-) one run of `row`'s status."""
    return ", ".join(f"{s} = {s} {sign} ({row}.status = '{s}'){cast}" for s in STATUSES)


def _counter_triggers(dialect: str) -> list[str]:
    """Keep workflow_run_counts in step with every insert, status change and delete of a run.

    Triggers, not calls in each code path: no path that writes a run (the API, the executor,
    the reaper, promotions, purges, a bulk load) can forget its counter, and the counter moves
    in the writing transaction by construction. On PostgreSQL they are deferred to the commit,
    so the counter row (one per workflow: one row lock per transaction, never two in opposite
    orders) is the last lock a transaction takes, after the run rows and the concurrency
    group's advisory lock; taken earlier it would invert that order against a finishing run.
    """
    columns = ", ".join(STATUSES)
    if dialect == "postgres":
        values = ", ".join(f"(NEW.status = '{s}')::int" for s in STATUSES)
        added = ", ".join(f"{s} = c.{s} + excluded.{s}" for s in STATUSES)
        moved = ", ".join(
            f"{s} = {s} + (NEW.status = '{s}')::int - (OLD.status = '{s}')::int" for s in STATUSES
        )
        function = f"""
        CREATE FUNCTION workflow_run_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'INSERT' THEN
                INSERT INTO workflow_run_counts AS c (workflow_id, {columns})
                VALUES (NEW.workflow_id, {values})
                ON CONFLICT (workflow_id) DO UPDATE SET {added};
            ELSIF TG_OP = 'UPDATE' THEN
                UPDATE workflow_run_counts SET {moved} WHERE workflow_id = NEW.workflow_id;
            ELSE
                UPDATE workflow_run_counts SET {_delta("-", "OLD", "::int")}
                WHERE workflow_id = OLD.workflow_id;
            END IF;
            RETURN NULL;
        END
        $$
        """
        deferred = "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW"
        run = "EXECUTE FUNCTION workflow_run_counts_apply()"
        return [
            function,
            f"CREATE CONSTRAINT TRIGGER workflow_run_counts_insert AFTER INSERT ON workflow_runs"
            f" {deferred} {run}",
            "CREATE CONSTRAINT TRIGGER workflow_run_counts_update"
            f" AFTER UPDATE OF status ON workflow_runs {deferred}"
            f" WHEN (OLD.status IS DISTINCT FROM NEW.status) {run}",
            f"CREATE CONSTRAINT TRIGGER workflow_run_counts_delete AFTER DELETE ON workflow_runs"
            f" {deferred} {run}",
        ]
    values = ", ".join(f"NEW.status = '{s}'" for s in STATUSES)
    added = ", ".join(f"{s} = {s} + excluded.{s}" for s in STATUSES)
    moved = ", ".join(f"{s} = {s} + (NEW.status = '{s}') - (OLD.status = '{s}')" for s in STATUSES)
    return [
        f"""
        CREATE TRIGGER workflow_run_counts_insert AFTER INSERT ON workflow_runs BEGIN
            INSERT INTO workflow_run_counts (workflow_id, {columns})
            VALUES (NEW.workflow_id, {values})
            ON CONFLICT (workflow_id) DO UPDATE SET {added};
        END
        """,
        f"""
        CREATE TRIGGER workflow_run_counts_update AFTER UPDATE OF status ON workflow_runs
        WHEN OLD.status IS NOT NEW.status BEGIN
            UPDATE workflow_run_counts SET {moved} WHERE workflow_id = NEW.workflow_id;
        END
        """,
        f"""
        CREATE TRIGGER workflow_run_counts_delete AFTER DELETE ON workflow_runs BEGIN
            UPDATE workflow_run_counts SET {_delta("-", "OLD", "")}
            WHERE workflow_id = OLD.workflow_id;
        END
        """,
    ]


def statements(dialect: str) -> list[str]:
    """Return the SQL for this migration in the given dialect ('sqlite' or 'postgres')."""
    counts = ", ".join(f"{s} INTEGER NOT NULL DEFAULT 0" for s in STATUSES)
    sums = ", ".join(f"SUM(CASE WHEN r.status = '{s}' THEN 1 ELSE 0 END)" for s in STATUSES)
    return [
        # A run list's `total` reads one row instead of counting the workflow's history.
        f"""
        CREATE TABLE workflow_run_counts (
            workflow_id VARCHAR(36) PRIMARY KEY REFERENCES workflows (id) ON DELETE CASCADE,
            {counts}
        )
        """,
        # Backfilled in the migration's transaction, before the triggers exist.
        f"INSERT INTO workflow_run_counts (workflow_id, {', '.join(STATUSES)})"
        f" SELECT w.id, {sums} FROM workflows w"
        " LEFT JOIN workflow_runs r ON r.workflow_id = w.id GROUP BY w.id",
        *_counter_triggers(dialect),
        # Keyset pages seek (started_at, id) in one index range, filtered by status or not.
        "DROP INDEX workflow_runs_workflow_started",
        "DROP INDEX workflow_runs_workflow_status_started",
        "CREATE INDEX workflow_runs_workflow_started"
        " ON workflow_runs (workflow_id, started_at, id)",
        "CREATE INDEX workflow_runs_workflow_status_started"
        " ON workflow_runs (workflow_id, status, started_at, id)",
        "DROP INDEX workflows_customer_created",
        "DROP INDEX workflows_customer_status_created",
        "CREATE INDEX workflows_customer_created ON workflows (customer_id, created_at, id)",
        "CREATE INDEX workflows_customer_status_created"
        " ON workflows (customer_id, status, created_at, id)",
        "DROP INDEX workflow_schedules_workflow_created",
        "CREATE INDEX workflow_schedules_workflow_created"
        " ON workflow_schedules (workflow_id, created_at, id)",
        # A deleted workflow is hidden at once (deleted_at set) and purged in the background.
        "ALTER TABLE workflows ADD COLUMN deleted_at TIMESTAMP",
        # ... and its name is free again at once: only visible workflows keep names unique.
        "DROP INDEX workflows_customer_name",
        "CREATE UNIQUE INDEX workflows_customer_name ON workflows (customer_id, name)"
        " WHERE deleted_at IS NULL",
        "CREATE INDEX workflows_deleted ON workflows (deleted_at) WHERE deleted_at IS NOT NULL",
        # Events go with their run when retention or a purge removes it, a batch at a time.
        "DROP INDEX run_events_workflow",
        "CREATE INDEX run_events_workflow ON run_events (workflow_id, run_id)",
    ]
