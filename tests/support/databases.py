"""A fresh test database per test process: a SQLite file, or a PostgreSQL database."""

import os
import tempfile
import uuid
from pathlib import Path
from urllib.parse import urlparse, urlunparse

import psycopg2


def test_database_url() -> tuple[str, callable]:
    """Return (DATABASE_URL for this test process, a function that drops it)."""
    base = os.environ.get("TEST_DATABASE_URL")
    if not base:
        directory = Path(tempfile.mkdtemp(prefix="wf-db-"))
        return f"sqlite:///{directory / 'test.db'}", lambda: None
    parsed = urlparse(base)
    name = f"wf_test_{uuid.uuid4().hex[:12]}"
    admin = psycopg2.connect(base)
    admin.autocommit = True
    with admin.cursor() as cursor:
        cursor.execute(f'CREATE DATABASE "{name}"')

    def drop():
        with admin.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()

    return urlunparse(parsed._replace(path=f"/{name}")), drop
