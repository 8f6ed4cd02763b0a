"""Gunicorn settings for the `web` process (Procfile), `make dev` and the benches.

Everything is read from the environment so one file serves every deployment:

    PORT                   port to bind on 0.0.0.0 (default 8000)
    WEB_CONCURRENCY        worker processes (default: 2, or the CPU count when larger, up to 4)
    GUNICORN_WORKER_CLASS  gevent (default) | gthread | sync
    GUNICORN_WORKER_CONNECTIONS  open connections per gevent worker (default 10000)
    GUNICORN_THREADS       threads per gthread worker (default 16)
    GUNICORN_TIMEOUT       seconds a silent worker lives before it is restarted (default 30)
    GUNICORN_CONTROL_SOCKET  path of gunicorn's control socket (default: none)
    LOG_FORMAT             json (default in production) | text: the access and error logs too
    PROMETHEUS_MULTIPROC_DIR  where every process writes its metrics (default: a temp dir)

Why gevent (CONTRACT §11, measured in README "Events"): an event listener (WebSocket or SSE)
stays open for hours. Under gthread each one held a thread, so a deployment served about 30;
under gevent each is a greenlet of a few KB and one process holds thousands, while ordinary
requests cost the same CPU as under gthread (bench/api.py --compare). psycopg2 is made
cooperative with psycogreen. SQLite calls still block their process while they run (short: WAL
readers never wait; a writer waits up to busy_timeout), which is fine for the embedded default.
"""

import os
import resource


def _int_env(name, default):
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


worker_class = os.environ.get("GUNICORN_WORKER_CLASS", "gevent").strip() or "gevent"

if worker_class == "gevent":
    # Patch before anything else is imported: this file imports the service below, and a module
    # that bound the unpatched threading.local or socket (peewee's connection state, redis-py)
    # would then share one connection between every greenlet of a worker.
    from gevent import monkey

    monkey.patch_all()
    from psycogreen.gevent import patch_psycopg

    patch_psycopg()

# After the patch (this imports the service), before anything imports prometheus_client: the
# workers' metrics go to the shared directory.
from service.observability.multiproc import mark_process_dead, prepare_metrics_dir  # noqa: E402

prepare_metrics_dir()

_connection_counts = None
if worker_class == "gevent":
    from service.web.accept_balance import ConnectionCounts

    # Keep-alive connections are served in turn (service/web/fair_turns.py).
    from service.web.fair_turns import wait_for_turn as post_request  # noqa: F401

    # Made here, in the master, so every worker it forks shares it (web/accept_balance.py).
    _connection_counts = ConnectionCounts()


def pre_fork(server, worker):
    """Give the worker about to be forked its slot in the shared connection counts."""
    if _connection_counts is not None:
        taken = {getattr(w, "balance_slot", None) for w in server.WORKERS.values()}
        worker.balance_slot = _connection_counts.claim(taken)


def post_fork(server, worker):
    """Keep full collections short; share new connections out evenly between the workers."""
    from service.web.gc_pauses import install

    install()
    if getattr(worker, "balance_slot", None) is not None:
        from service.web.accept_balance import install as balance_accepts

        balance_accepts(_connection_counts, worker.balance_slot)


def child_exit(server, worker):
    """Drop a dead web worker's live gauges and its connection count."""
    mark_process_dead(worker.pid)
    if getattr(worker, "balance_slot", None) is not None:
        _connection_counts.release(worker.balance_slot)


bind = [f"0.0.0.0:{_int_env('PORT', 8000)}"]
workers = _int_env("WEB_CONCURRENCY", min(max(os.cpu_count() or 1, 2), 4))
# gunicorn turns `sync` into gthread when threads > 1, so other classes keep one thread.
threads = _int_env("GUNICORN_THREADS", 16 if worker_class == "gthread" else 1)
# Each open listener is one connection: room for 5,000 per process (CONTRACT §11) and requests.
worker_connections = _int_env("GUNICORN_WORKER_CONNECTIONS", 10_000)
timeout = _int_env("GUNICORN_TIMEOUT", 30)
graceful_timeout = _int_env("GUNICORN_GRACEFUL_TIMEOUT", 20)
keepalive = 5


def _raise_open_file_limit(wanted: int) -> None:
    # Every connection is a file descriptor; the usual soft limit (1024) would refuse listeners
    # long before worker_connections. Raise it as far as the hard limit allows.
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if soft != resource.RLIM_INFINITY and soft < target:
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))


_raise_open_file_limit(worker_connections + 1024)

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
