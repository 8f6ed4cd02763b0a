"""The database: one DatabaseProxy, initialised from DATABASE_URL, with pooled connections."""

from pathlib import Path
from urllib.parse import unquote, urlparse

from peewee import DatabaseProxy
from playhouse.pool import PooledPostgresqlDatabase, PooledSqliteDatabase

db = DatabaseProxy()

SQLITE_PRAGMAS = {
    "journal_mode": "wal",  # readers never block the writer
    "busy_timeout": 5000,  # wait for a lock instead of failing at once
    "foreign_keys": 1,
    "synchronous": "normal",  # safe with WAL; avoids an fsync per commit
}


def make_database(url: str, *, max_connections: int = 32):
    """Build the peewee database object for a sqlite:// or postgres(ql):// URL."""
    parsed = urlparse(url)
    if parsed.scheme == "sqlite":
        path = unquote(url[len("sqlite:///") :]) if url.startswith("sqlite:///") else ""
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        return PooledSqliteDatabase(
            path or ":memory:",
            pragmas=SQLITE_PRAGMAS,
            max_connections=max_connections,
            stale_timeout=300,
            check_same_thread=False,
        )
    return PooledPostgresqlDatabase(
        unquote(parsed.path.lstrip("/")),
        user=unquote(parsed.username) if parsed.username else None,
        password=unquote(parsed.password) if parsed.password else None,
        host=parsed.hostname or "localhost",
        port=parsed.port or 5432,
        max_connections=max_connections,
        stale_timeout=300,
        connect_timeout=5,
    )


def bind_database(url: str):
    """Point the global proxy at the database named by the URL and return it."""
    database = make_database(url)
    db.initialize(database)
    return database


def is_postgres() -> bool:
    """Tell whether the bound database is PostgreSQL."""
    return isinstance(db.obj, PooledPostgresqlDatabase)


def init_app(app):
    """Open a pooled connection per request and hand it back when the request ends."""

    @app.before_request
    def _open_connection():
        db.connect(reuse_if_open=True)

    @app.teardown_request
    def _close_connection(_exc):
        if not db.is_closed():
            db.close()
