"""Prometheus multiprocess mode: the shared directory every process of a machine writes to.

gunicorn.conf.py and huey_consumer.py call prepare_metrics_dir() before anything imports
prometheus_client (it reads PROMETHEUS_MULTIPROC_DIR when its metrics are made). Web and worker
processes started on one machine (make dev, a Procfile runner) share the default directory, so
GET /metrics reports both. Files of processes that are gone are removed at start, so a restart
begins from zero (Prometheus reads that as a counter reset); gunicorn's child_exit hook marks a
dead web worker's live gauges (listeners) as gone at once.
"""

import os
import re
import tempfile
from pathlib import Path

ENV = "PROMETHEUS_MULTIPROC_DIR"
_PID = re.compile(r"_(\d+)\.db$")


def default_metrics_dir() -> str:
    """Return the directory used when PROMETHEUS_MULTIPROC_DIR is not set."""
    return str(Path(tempfile.gettempdir()) / f"workflows-metrics-{os.getuid()}")


def prepare_metrics_dir(environ=None) -> str:
    """Set PROMETHEUS_MULTIPROC_DIR (default: a per-user temp dir), create it, drop dead files."""
    environ = os.environ if environ is None else environ
    path = Path(environ.get(ENV) or default_metrics_dir())
    path.mkdir(parents=True, exist_ok=True)
    environ[ENV] = str(path)
    for file in path.glob("*.db"):
        match = _PID.search(file.name)
        if match and not _alive(int(match.group(1))):
            file.unlink(missing_ok=True)
    return str(path)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def mark_process_dead(pid: int) -> None:
    """Drop a dead process's live gauges (gunicorn's child_exit hook calls this)."""
    if os.environ.get(ENV):
        from prometheus_client import multiprocess

        multiprocess.mark_process_dead(pid)
