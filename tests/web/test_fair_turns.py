"""After a request, a connection waits for the others that are ready, but never for long."""

import subprocess
import sys
import textwrap

from tests.support.processes import ROOT

SCRIPT = textwrap.dedent(
    """
    import sys, time
    import gevent
    from service.web.fair_turns import wait_for_turn

    order = []
    if sys.argv[1] == "ready":
        # Three others are ready when the request ends: they go first.
        def other(name):
            order.append(name)
        def finished_request():
            wait_for_turn(None, None, None, None)
            order.append("next request")
        greenlets = [gevent.spawn(finished_request)] + [gevent.spawn(other, n) for n in "abc"]
        gevent.joinall(greenlets)
        print(" ".join(order))
    else:
        # A loop that is never idle: the wait ends anyway.
        def busy():
            while True:
                gevent.sleep(0)
        gevent.spawn(busy)
        started = time.monotonic()
        wait_for_turn(None, None, None, None)
        print(round(time.monotonic() - started, 3))
    """
)


def _run(mode: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, mode], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_connections_that_are_ready_go_first():
    assert _run("ready") == "a b c next request"


def test_a_loop_that_is_never_idle_does_not_hold_the_connection():
    assert float(_run("busy")) < 5  # liveness: the bound is a few ms, not a hang
