"""The fields every log line of a request or a run carries (request_id, run_id, …).

A context variable, so each request thread and each run's task sees its own fields, and a
log record picks them up wherever it is written (see logs.ContextFilter).
"""

import contextlib
import random
import re
from contextvars import ContextVar

REQUEST_ID_HEADER = "X-Request-ID"
_VALID_REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{1,128}")
_fields: ContextVar[dict | None] = ContextVar("workflows_log_fields", default=None)


def accepted_request_id(value: str | None) -> str:
    """Return the caller's X-Request-ID when it is 1-128 of [A-Za-z0-9._-], else a new one.

    A new one is 128 random bits in hex, from `random` (reseeded in every forked process): an id
    to follow, not a secret, so the hot path spends no system call on os.urandom.
    """
    if value and _VALID_REQUEST_ID.fullmatch(value):
        return value
    return f"{random.getrandbits(128):032x}"


def log_fields() -> dict:
    """Return the fields bound in this context (do not mutate)."""
    return _fields.get() or {}


def bind_fields(**fields) -> None:
    """Add fields to this context's log lines until it ends or is reset (None values dropped)."""
    current = _fields.get() or {}
    _fields.set({**current, **{key: value for key, value in fields.items() if value is not None}})


def request_id() -> str | None:
    """Return the request id this context carries, if any."""
    return log_fields().get("request_id")


def request_id_to_carry() -> str | None:
    """Return the request id a run started now should keep: the API call's, not a run's."""
    fields = log_fields()
    return None if "run_id" in fields else fields.get("request_id")


def clear_fields() -> None:
    """Forget every bound field (a new request on a reused thread starts clean)."""
    _fields.set(None)


@contextlib.contextmanager
def fields_bound(**fields):
    """Bind fields for the duration of a block, then restore what was there."""
    token = _fields.set({**log_fields(), **{k: v for k, v in fields.items() if v is not None}})
    try:
        yield
    finally:
        _fields.reset(token)
