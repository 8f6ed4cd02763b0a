"""gunicorn's logs as JSON lines (LOG_FORMAT=json): its error log, and one access line a request.

The access line is the request's log line (CONTRACT §13): ts, level, logger, message, and
request_id, customer_id, user_id (left in the WSGI environ by web/observe.py), method, path
(never the query string: the WebSocket route carries tokens there), status and duration_ms.
"""

from gunicorn.glogging import Logger

from service.observability.context import REQUEST_ID_HEADER
from service.observability.logs import JsonLineFormatter
from service.web.observe import ENVIRON_KEY


class JsonLogger(Logger):
    """gunicorn's Logger writing JSON lines."""

    def setup(self, cfg):
        """Set gunicorn's handlers up as usual, then give them the JSON formatter."""
        super().setup(cfg)
        for log in (self.error_log, self.access_log):
            for handler in log.handlers:
                handler.setFormatter(JsonLineFormatter())

    def access(self, resp, req, environ, request_time):
        """Write the request's line."""
        if not self.access_log_enabled:
            return
        fields = environ.get(ENVIRON_KEY) or {}
        status = resp.status_code if resp.status_code is not None else 0
        duration_ms = round(request_time.total_seconds() * 1000, 3)
        line = {
            "request_id": fields.get("request_id") or _header(resp, REQUEST_ID_HEADER),
            "customer_id": fields.get("customer_id"),
            "user_id": fields.get("user_id"),
            "method": environ.get("REQUEST_METHOD"),
            "path": environ.get("PATH_INFO"),
            "status": status,
            "duration_ms": duration_ms,
            "bytes": getattr(resp, "sent", None),
            "remote_addr": environ.get("REMOTE_ADDR"),
            "user_agent": environ.get("HTTP_USER_AGENT"),
        }
        try:
            self.access_log.info(
                "%s %s %s %sms",
                line["method"],
                line["path"],
                status,
                duration_ms,
                extra={key: value for key, value in line.items() if value is not None},
            )
        except Exception:
            self.exception("access log line failed")


def _header(resp, name: str) -> str | None:
    lowered = name.lower()
    for key, value in getattr(resp, "headers", None) or []:
        if key.lower() == lowered:
            return value
    return None
