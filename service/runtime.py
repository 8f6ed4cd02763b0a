"""What the process runs on: gevent (a web worker) or plain threads (workers, tests, the CLI)."""

import sys


def gevent_active() -> bool:
    """Tell whether gevent monkey-patched this process (gunicorn.conf.py does for gevent)."""
    monkey = sys.modules.get("gevent.monkey")
    return monkey is not None and monkey.is_module_patched("threading")


def run_ready_greenlets(longest: float) -> None:
    """Under gevent, wait until the loop has run everything that is ready, at most `longest` s."""
    # gevent.idle() returns once the loop has polled its sockets and run every greenlet that was
    # ready. sleep(0) would not poll the sockets, and any positive sleep idles the process for a
    # whole millisecond (the loop's timer resolution). A loop that is never idle (requests
    # arriving back to back) would hold the caller forever, so the wait is bounded.
    import gevent

    with gevent.Timeout(longest, False):
        gevent.idle()
