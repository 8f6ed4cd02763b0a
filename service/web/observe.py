"""Every request: its X-Request-ID (taken or made, echoed), its log fields and its metrics.

Kept to a few microseconds: a regex match, a context variable, a header, two metric updates.
The access log line is gunicorn's (gunicorn_logging.py): this hook leaves the ids it needs in
the WSGI environ.
"""

import time

from flask import g, request

from service.observability.context import (
    REQUEST_ID_HEADER,
    accepted_request_id,
    bind_fields,
    clear_fields,
    log_fields,
)
from service.observability.metrics import HTTP_DURATION, HTTP_REQUESTS

# Where the access log finds the request's ids (gunicorn passes the same environ to it).
ENVIRON_KEY = "workflows.log_fields"
UNMATCHED_ROUTE = "unmatched"  # 404s and 405s of no route: one label, not one per raw path
METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
# Metric children by label values: prometheus' labels() costs several microseconds a call, a
# dict lookup a fraction of one. The label sets are bounded (methods, URL rules, statuses).
_counted: dict = {}
_timed: dict = {}


def init_app(app) -> None:
    """Register the hooks (before the limiter's, so a refused request has its id too)."""
    app.before_request(_start)
    app.after_request(_finish)
    app.teardown_request(_forget)


def _start() -> None:
    clear_fields()  # a thread serves many requests: nothing of the previous one stays
    g.request_started = time.perf_counter()
    bind_fields(request_id=accepted_request_id(request.headers.get(REQUEST_ID_HEADER)))


def _forget(_error=None) -> None:
    clear_fields()  # what the thread logs between requests belongs to no request


def _finish(response):
    current = request._get_current_object()  # one proxy lookup, not one per attribute
    fields = log_fields()
    if "request_id" not in fields:  # answered before _start ran (a routing error)
        bind_fields(request_id=accepted_request_id(current.headers.get(REQUEST_ID_HEADER)))
        fields = log_fields()
    response.headers[REQUEST_ID_HEADER] = fields["request_id"]
    current.environ[ENVIRON_KEY] = fields
    rule = current.url_rule
    route = rule.rule if rule is not None else UNMATCHED_ROUTE
    method = current.method if current.method in METHODS else "other"
    key = (method, route, response.status_code)
    counter = _counted.get(key)
    if counter is None:
        counter = _counted.setdefault(key, HTTP_REQUESTS.labels(method, route, str(key[2])))
    counter.inc()
    started = g.get("request_started")
    if started is not None:
        timer = _timed.get(key[:2])
        if timer is None:
            timer = _timed.setdefault(key[:2], HTTP_DURATION.labels(method, route))
        timer.observe(time.perf_counter() - started)
    return response
