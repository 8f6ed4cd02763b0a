"""Migrations apply once, in order, and a second run is harmless."""

from service.db import db
from service.migrate import apply_migrations, available_migrations


def test_migrations_are_numbered_and_ordered():
    numbers = [number for number, _name in available_migrations()]
    assert numbers == sorted(numbers)
    assert numbers == list(range(1, len(numbers) + 1))


def test_running_twice_applies_nothing_new(app):
    assert apply_migrations() == []
    with db.connection_context():
        rows = db.execute_sql("SELECT version FROM schema_migrations ORDER BY version").fetchall()
    assert [row[0] for row in rows] == [number for number, _ in available_migrations()]


def test_0008_backfills_the_run_counters_from_the_runs_already_stored():
    """On a fresh database of each kind: migrations 1-7, some runs, then 0008."""
    import importlib

    from service.db import make_database
    from tests.support.databases import test_database_url

    url, drop = test_database_url()
    database = make_database(url, max_connections=1)
    dialect = "sqlite" if url.startswith("sqlite") else "postgres"
    try:
        with database.connection_context():
            for number, name in available_migrations():
                if number == 8:
                    break
                for statement in importlib.import_module(f"migrations.{name}").statements(dialect):
                    database.execute_sql(statement)
            marks = ", ".join([database.param] * 4)
            for workflow_id in ("w-1", "w-2", "w-3"):
                database.execute_sql(
                    "INSERT INTO workflows (id, customer_id, name, definition, version, status,"
                    " created_by, created_at, updated_at) VALUES"
                    f" ({marks}, '1.0.0', 'active', 'u', '2026-01-01', '2026-01-01')",
                    (workflow_id, "c", workflow_id, "{}"),
                )
            statuses = ["completed"] * 3 + ["failed", "running", "queued", "terminated"]
            for index, status in enumerate(statuses):
                database.execute_sql(
                    "INSERT INTO workflow_runs (id, workflow_id, customer_id, status, inputs,"
                    f" trigger, started_at) VALUES ({marks}, '{{}}', 'manual', '2026-01-01')",
                    (f"r-{index}", "w-1" if index % 2 else "w-2", "c", status),
                )
            migration = importlib.import_module("migrations.0008_run_history")
            for statement in migration.statements(dialect):
                database.execute_sql(statement)
            counts = {
                row[0]: row[1:]
                for row in database.execute_sql(
                    "SELECT workflow_id, queued, running, completed, failed, terminated"
                    " FROM workflow_run_counts ORDER BY workflow_id"
                ).fetchall()
            }
        assert counts == {
            "w-1": (1, 0, 1, 1, 0),
            "w-2": (0, 1, 2, 0, 1),
            "w-3": (0, 0, 0, 0, 0),
        }
    finally:
        database.close_all()
        drop()
