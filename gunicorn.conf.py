"""Gunicorn settings for the `web` process (Procfile), `make dev` and `bench/api.py`.

Everything is read from the environment so one file serves every deployment:

    PORT                   port to bind on 0.0.0.0 (default 8000)
    WEB_CONCURRENCY        worker processes (default: 2, or the CPU count when larger, up to 4)
    GUNICORN_WORKER_CLASS  gthread (default) | gevent | sync
    GUNICORN_THREADS       threads per gthread worker (default 16)
    GUNICORN_TIMEOUT       seconds a silent worker lives before it is restarted (default 30)
    GUNICORN_CONTROL_SOCKET  path of gunicorn's control socket (default: none)
    LOG_FORMAT             json (default in production) | text: the access and error logs too
    PROMETHEUS_MULTIPROC_DIR  where every process writes its metrics (default: a temp dir)

The worker class has to serve WebSockets (GET /api/v2/workflows/ws, flask-sock): a socket holds
its thread (gthread) or greenlet (gevent) for as long as it is open. `sync` cannot do that and is
only here so the bench can compare. gthread was chosen by measurement (bench/api.py --compare);
gevent would also need the `gevent` package and psycopg2 patched for cooperative I/O.
With gthread, every open WebSocket takes one thread, so GUNICORN_THREADS bounds the sockets a
worker holds at once, beside ordinary requests.
"""

import os

# Before anything imports prometheus_client: the workers' metrics go to the shared directory.
from service.observability.multiproc import mark_process_dead, prepare_metrics_dir

prepare_metrics_dir()


def child_exit(server, worker):
    """Drop a dead web worker's live gauges from the shared metrics."""
    mark_process_dead(worker.pid)


def _int_env(name, default):
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


bind = [f"0.0.0.0:{_int_env('PORT', 8000)}"]
worker_class = os.environ.get("GUNICORN_WORKER_CLASS", "gthread").strip() or "gthread"
workers = _int_env("WEB_CONCURRENCY", min(max(os.cpu_count() or 1, 2), 4))
# gunicorn turns `sync` into gthread when threads > 1, so other classes keep one thread.
threads = _int_env("GUNICORN_THREADS", 16 if worker_class == "gthread" else 1)
worker_connections = _int_env("GUNICORN_WORKER_CONNECTIONS", 1000)
timeout = _int_env("GUNICORN_TIMEOUT", 30)
graceful_timeout = _int_env("GUNICORN_GRACEFUL_TIMEOUT", 20)
keepalive = 5

# gunicorn >= 25.1 opens a control socket at one fixed per-user path ($HOME/.gunicorn/gunicorn.ctl),
# which two masters on a machine (make dev beside a bench or a test server) fight over. Off unless
# GUNICORN_CONTROL_SOCKET names a path for `gunicornc`. Older gunicorns ignore both names.
_control_socket = os.environ.get("GUNICORN_CONTROL_SOCKET", "").strip()
if _control_socket:
    control_socket = _control_socket
else:
    control_socket_disable = True

# Logs go to stdout/stderr, where the platform collects them.
accesslog = "-"
errorlog = "-"

# The WebSocket route takes the JWT in `?token=` (browsers cannot set headers on a WebSocket),
# and the default format logs the request line `%(r)s`, query string included, which would write
# live bearer tokens into the access log. So log the method, the path without its query string
# (`%(U)s`) and the protocol instead, for every request.
# The text format ends with the request's X-Request-ID, as the JSON line carries it.
access_log_format = (
    '%(h)s %(l)s %(u)s %(t)s "%(m)s %(U)s %(H)s" %(s)s %(b)s "%(a)s" %(M)sms %({x-request-id}o)s'
)

from service.config import environment_name, log_format  # noqa: E402

if log_format(os.environ, environment_name(os.environ)) == "json":
    # One JSON object a line, like the app's (service/observability/logs.py).
    logger_class = "service.web.gunicorn_logging.JsonLogger"

# gunicorn refuses some requests (a 16 KiB header, a 5 KiB URL) before the app sees them, with an
# HTML page; the contract says every error is the JSON envelope.
from service.web.gunicorn_errors import install as _install_json_errors  # noqa: E402

_install_json_errors()
