"""Shared fixtures: a real Redis, a real database (SQLite or PostgreSQL) and the app."""

import pytest
import redis
from hypothesis import settings

from service import create_app
from service.config import load_config
from service.db import db
from service.migrate import apply_migrations
from tasks.runs import connect_run_queue
from tests import factories
from tests.support.databases import test_database_url
from tests.support.redis_server import RedisServer

# Property tests check behaviour, not speed: Hypothesis' 200 ms deadline per example turned a
# regex-compiling property flaky on a loaded two-core machine, so no example is timed.
settings.register_profile("untimed", deadline=None)
settings.load_profile("untimed")


@pytest.fixture(scope="session")
def redis_server():
    """A real redis-server for this test process."""
    server = RedisServer().start()
    yield server
    server.close()


@pytest.fixture(scope="session")
def database_url():
    """A migrated, empty database for this test process."""
    url, drop = test_database_url()
    yield url
    db.close()
    if hasattr(db.obj, "close_all"):
        db.obj.close_all()
    drop()


def make_config(database_url, redis_url, **overrides):
    """Return a Config for tests (the environment is never read)."""
    environ = {
        "APP_ENV": "testing",
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "JWT_SECRET_KEY": factories.SECRET,
        "RATE_LIMIT": "100000/minute",
        "HTTP_ALLOW_PRIVATE": "1",
    }
    environ.update(overrides)
    return load_config(environ)


@pytest.fixture(scope="session")
def migrated(database_url, redis_server):
    """Apply the migrations once per test process."""
    create_app(make_config(database_url, redis_server.url), queue=connect_run_queue)
    apply_migrations()
    return True


TABLES_CHILD_FIRST = [
    "workflow_schedules",
    "run_events",
    "step_runs",
    "idempotency_keys",
    "workflow_runs",
    "workflow_run_counts",
    "workflows",
]


@pytest.fixture
def clean_state(migrated, redis_server):
    """Empty every table and Redis after the test."""
    yield
    with db.connection_context():
        existing = set(db.get_tables())
        for table in TABLES_CHILD_FIRST:
            if table in existing:
                db.execute_sql(f"DELETE FROM {table}")
    redis.Redis.from_url(redis_server.url).flushdb()


@pytest.fixture
def app(clean_state, database_url, redis_server):
    """The app on the test database."""
    return create_app(make_config(database_url, redis_server.url), queue=connect_run_queue)


@pytest.fixture
def client(app):
    """A test client for the app."""
    return app.test_client()


@pytest.fixture
def make_app(clean_state, database_url, redis_server):
    """Build an app with some settings changed (e.g. RATE_LIMIT)."""

    def build(**environ):
        return create_app(
            make_config(database_url, redis_server.url, **environ), queue=connect_run_queue
        )

    return build
