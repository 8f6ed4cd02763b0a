"""Apply the numbered, forward-only migrations in migrations/ exactly once each."""

import importlib
import pkgutil
from datetime import UTC, datetime

import migrations
from service.db import db, is_postgres, prebuilt

# Any constant works; it only has to be the same in every process that migrates.
MIGRATION_LOCK_KEY = 72_310_001


def available_migrations() -> list[tuple[int, str]]:
    """List (number, module name) of every migration, in order."""
    found = []
    for module in pkgutil.iter_modules(migrations.__path__):
        number, _, _ = module.name.partition("_")
        if number.isdigit():
            found.append((int(number), module.name))
    return sorted(found)


def _applied_versions() -> set[int]:
    db.execute_sql(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        " version INTEGER PRIMARY KEY, name VARCHAR(200) NOT NULL, applied_at TIMESTAMP NOT NULL)"
    )
    return {row[0] for row in db.execute_sql("SELECT version FROM schema_migrations")}


def apply_migrations() -> list[str]:
    """Apply what is missing, in one transaction per migration; return the names applied."""
    applied_now = []
    with db.connection_context():
        for number, name in available_migrations():
            # SQLite: IMMEDIATE takes the write lock up front; PostgreSQL: an advisory lock.
            # Either way a second migrating process waits, then sees the version applied.
            with db.atomic("IMMEDIATE") if not is_postgres() else db.atomic():
                if is_postgres():
                    db.execute_sql(
                        prebuilt("SELECT pg_advisory_xact_lock(?)"), (MIGRATION_LOCK_KEY,)
                    )
                if number in _applied_versions():
                    continue
                module = importlib.import_module(f"migrations.{name}")
                for statement in module.statements("postgres" if is_postgres() else "sqlite"):
                    db.execute_sql(statement)
                db.execute_sql(
                    prebuilt(
                        "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"
                    ),
                    (number, name, datetime.now(UTC).replace(tzinfo=None)),
                )
                applied_now.append(name)
    return applied_now
