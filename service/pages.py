"""Keyset pages: an opaque cursor naming the last row a page showed, bound to the list it came from.

A list ordered newest first by (timestamp, id) continues after the cursor's row with one index
seek, however deep the page, where OFFSET walks every row before it. The cursor carries a
digest of its scope (the list, the tenant, the parent, the filter): a cursor from another
list, tenant, workflow or filter is refused rather than silently paging the wrong rows.
"""

import base64
import binascii
import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import datetime

from service.errors import Invalid


@dataclass(frozen=True)
class Position:
    """The (timestamp, id) of the last row a page showed: the next page starts below it."""

    at: datetime
    id: str


def scope_of(*parts) -> str:
    """Return the digest that binds a cursor to one list (None parts count as empty)."""
    text = "\x1f".join("" if part is None else str(part) for part in parts)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def encode_cursor(scope: str, at: datetime, row_id: str) -> str:
    """Return the opaque cursor for the row at (at, row_id) of the list `scope`."""
    raw = json.dumps([scope, at.isoformat(), row_id], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def decode_cursor(cursor: str, scope: str) -> Position:
    """Return the position a cursor names, or raise 400 invalid_cursor (malformed or foreign)."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        found_scope, at, row_id = json.loads(raw)
        position = Position(at=datetime.fromisoformat(at), id=str(uuid.UUID(row_id)))
    except (binascii.Error, ValueError, TypeError, AttributeError):
        raise _invalid() from None
    if found_scope != scope or position.at.tzinfo is not None or position.id != row_id:
        raise _invalid()
    return position


def rows_after(cursor: str, scope: str, timestamp) -> tuple[str, list]:
    """Return the SQL condition and its parameters for the rows after a cursor's row.

    `timestamp` is the peewee field the list is ordered by, newest first, with `id` after it.
    """
    after = decode_cursor(cursor, scope)
    return f"({timestamp.column_name}, id) < (?, ?)", [timestamp.db_value(after.at), after.id]


def next_cursor(scope: str, rows: list, limit: int, key) -> tuple[list, str | None]:
    """Split `limit + 1` fetched rows into (the page, the cursor after it or None at the end).

    `key(row)` returns the row's (timestamp, id).
    """
    if len(rows) <= limit:
        return rows, None
    page = rows[:limit]
    return page, encode_cursor(scope, *key(page[-1]))


def _invalid() -> Invalid:
    return Invalid(
        "The cursor is malformed or belongs to another list; use the next_cursor a page gave.",
        code="invalid_cursor",
    )
