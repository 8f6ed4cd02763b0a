"""Log lines: one JSON object a line (python-json-logger) in production, text in development.

Every line has ts, level, logger and message, plus the fields bound in its context: request_id,
customer_id and user_id in a request; run_id, workflow_id, node_id and the request_id of the
call that started the run in a worker.
"""

import logging
import sys
from datetime import UTC, datetime

from pythonjsonlogger.core import RESERVED_ATTRS
from pythonjsonlogger.json import JsonFormatter

from service.observability.context import log_fields

TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s%(context)s"
_RENAMED = {"asctime": "ts", "levelname": "level", "name": "logger"}


class ContextFilter(logging.Filter):
    """Copy the context's fields onto each record (JSON keys, or a text suffix)."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Add the bound fields; never drop a record."""
        fields = log_fields()
        for key, value in fields.items():
            if not hasattr(record, key):
                setattr(record, key, value)
        record.context = "".join(f" {key}={value}" for key, value in fields.items())
        return True


class JsonLineFormatter(JsonFormatter):
    """JSON lines with the contract's names: ts (UTC ISO-8601, ms, Z), level, logger, message."""

    def __init__(self):
        super().__init__(
            "%(asctime)s %(levelname)s %(name)s %(message)s",
            rename_fields=_RENAMED,
            # The record's own attributes are not extra fields; nor is the text format's suffix.
            reserved_attrs=[*RESERVED_ATTRS, "taskName", "context"],
        )

    def formatTime(self, record, datefmt=None):
        """Render the record's time as 2026-03-19T18:00:00.000Z."""
        stamp = datetime.fromtimestamp(record.created, UTC)
        return stamp.strftime("%Y-%m-%dT%H:%M:%S.") + f"{stamp.microsecond // 1000:03d}Z"


def log_handler(log_format: str, stream=None) -> logging.Handler:
    """Return a handler writing the given format, with the context's fields."""
    handler = logging.StreamHandler(stream or sys.stdout)
    handler.setFormatter(
        JsonLineFormatter() if log_format == "json" else logging.Formatter(TEXT_FORMAT)
    )
    handler.addFilter(ContextFilter())
    return handler


def configure_logging(*, log_format: str, level: str = "INFO", stream=None) -> None:
    """Send every logger's records to one handler of that format (done by the entry points)."""
    root = logging.getLogger()
    for existing in list(root.handlers):
        if getattr(existing, "workflows_handler", False):
            root.removeHandler(existing)
    handler = log_handler(log_format, stream)
    handler.workflows_handler = True
    root.addHandler(handler)
    root.setLevel(level)
