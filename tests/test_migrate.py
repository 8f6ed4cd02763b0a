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
