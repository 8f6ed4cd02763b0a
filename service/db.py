"""The database: one DatabaseProxy from DATABASE_URL, the base model, and prebuilt SQL."""

import functools
import uuid
from pathlib import Path
from urllib.parse import unquote, urlparse

from peewee import DatabaseProxy, Model
from playhouse.pool import PooledPostgresqlDatabase

from service.runtime import gevent_active
from service.sqlite_writers import CooperativeSqliteDatabase, TurnTakingSqliteDatabase

db = DatabaseProxy()

SQLITE_PRAGMAS = {
    "journal_mode": "wal",  # readers never block the writer
    "busy_timeout": 5000,  # wait for a lock instead of failing at once
    "foreign_keys": 1,
    "synchronous": "normal",  # safe with WAL; avoids an fsync per commit
}


# A request that finds every pooled connection busy waits this long for one instead of failing:
# a gevent web worker serves far more concurrent requests than it keeps connections.
POOL_WAIT_SECONDS = 10


def make_database(url: str, *, max_connections: int = 32):
    """Build the peewee database object for a sqlite:// or postgres(ql):// URL."""
    parsed = urlparse(url)
    if parsed.scheme == "sqlite":
        path = unquote(url[len("sqlite:///") :]) if url.startswith("sqlite:///") else ""
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        sqlite_class = CooperativeSqliteDatabase if gevent_active() else TurnTakingSqliteDatabase
        return sqlite_class(
            path or ":memory:",
            pragmas=SQLITE_PRAGMAS,
            max_connections=max_connections,
            stale_timeout=300,
            timeout=POOL_WAIT_SECONDS,
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
        timeout=POOL_WAIT_SECONDS,
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


def prebuilt(sql: str) -> str:
    """Return SQL written with `?` placeholders in the bound database's placeholder style.

    The hot statements are written out as SQL text: having peewee build them on every call was
    most of a run's CPU (see bench/runs.py). Batch statements vary with their row count, so the
    cache is bounded.
    """
    return _in_style(sql, db.param)


@functools.lru_cache(maxsize=1024)
def _in_style(sql: str, param: str) -> str:
    return sql if param == "?" else sql.replace("?", param)


def select_models(model, sql: str, params) -> list:
    """Run a prebuilt SELECT of every column of model's table; return the rows as instances.

    The SQL's select list must be `columns(model)`. Values are converted as peewee's own reads
    convert them (SQLite hands timestamps back as text), without building the query.
    """
    names, converters = _row_reading(model)
    instances = []
    for row in db.execute_sql(prebuilt(sql), params).fetchall():
        values = list(row)
        for index, convert in converters:
            if values[index] is not None:
                values[index] = convert(values[index])
        # __no_default__: what peewee's own reads pass, so no default (a new uuid) is made.
        instances.append(model(__no_default__=1, **dict(zip(names, values, strict=True))))
    return instances


@functools.cache
def _row_reading(model) -> tuple[list[str], list]:
    """Return model's field names in column order, and (index, converter) of those to convert."""
    fields = model._meta.sorted_fields
    converters = [
        (index, field.python_value)
        for index, field in enumerate(fields)
        if field.field_type in ("DATETIME", "INT", "BIGINT")
    ]
    return [field.name for field in fields], converters


@functools.cache
def columns(model) -> str:
    """Return the select list of every column of model's table, in field order."""
    return ", ".join(field.column_name for field in model._meta.sorted_fields)


def new_id() -> str:
    """Return a new UUIDv4 as a string."""
    return str(uuid.uuid4())


class BaseModel(Model):
    """Every table lives in the proxied database."""

    class Meta:
        database = db
        legacy_table_names = False


def init_app(app):
    """Open a pooled connection per request and hand it back when the request ends."""

    @app.before_request
    def _open_connection():
        db.connect(reuse_if_open=True)

    @app.teardown_request
    def _close_connection(_exc):
        if not db.is_closed():
            db.close()
