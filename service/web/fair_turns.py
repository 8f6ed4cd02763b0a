"""Serve a gevent worker's keep-alive connections in turn, not the quickest client over and over.

After a response, gunicorn's gevent worker reads the connection's next request at once, and if
the client has already sent it (a fast client on the same machine or behind a proxy) the worker
serves it without going back to its event loop: connections whose requests came in earlier wait
until this one happens to block. Under wrk with 16 keep-alive clients: hello p50 1.4 ms but p99
166 ms, the authenticated list p99 262 ms (bench/api.py).

So after each request the greenlet waits until the loop has nothing else ready (gevent.idle):
every connection with a request waiting gets its turn first. The wait is bounded by
LONGEST_TURN_SECONDS, because a loop that is never idle (thousands of listeners being written
to, requests back to back) would otherwise hold this connection forever. Measured the same way:
hello p99 17 ms, the list's 36 ms. The price is the hot connection's head start: req/s fell (list
1,158 -> 993, hello 5,164 -> 2,976), with CPU per request unchanged; see README, "Benchmarks".
"""

from service.runtime import run_ready_greenlets

LONGEST_TURN_SECONDS = 0.005


def wait_for_turn(worker, req, environ, resp) -> None:
    """gunicorn post_request hook: let every other ready connection go before this one's next."""
    run_ready_greenlets(LONGEST_TURN_SECONDS)
