"""The per-user request budget (RATE_LIMIT), counted in Redis in one round trip a request.

flask-limiter is configured as before (the RATELIMIT_* settings, the one-trip Redis storage of
rate_limit_storage.py, the sliding-window-counter strategy) and its `limits` strategy does the
counting. What this hook replaces is flask-limiter's per-request resolution of which limits apply
(route, blueprint, default, application and meta limits, exemption scopes) and its header pass:
about 0.3 ms of CPU a request in bench/api.py's profile, a third of an authenticated read, for
an answer that never changes here. There is one application-wide limit per verified user
(unverified callers: per client address), and UNLIMITED_ENDPOINTS and unrouted requests are
never counted.

A safe request (GET, HEAD: it changes nothing) does not wait for Redis' answer before its view
runs: the count is sent, the view runs meanwhile, and the answer is read before the response
leaves; if it says no, the 429 replaces the response. Waiting first cost a list request about 7 %
of its CPU under gunicorn (the worker sleeps and wakes, or under gevent switches away and back)
and a third in-process; by the time the view is done the answer is almost always there (96 % in
bench/api.py). Unsafe methods, and the event streams (whose view lasts as long as the stream),
are still counted before their view runs, and so is a caller this process refused in the last
REFUSED_MEMORY_S: once over its budget, a client's reads cost only the count again.

If Redis cannot be reached the budget is counted in this process's memory, as flask-limiter's
in-memory fallback did, and Redis is tried again RETRY_REDIS_AFTER_S later: a Redis outage
degrades the limit to per-process instead of refusing every request.
"""

import logging
import threading
import time
from dataclasses import dataclass, field

from flask import Flask, current_app, g, request
from limits import RateLimitItem, parse
from limits.errors import StorageError
from limits.storage import MemoryStorage
from limits.strategies import STRATEGIES, RateLimiter
from redis.exceptions import RedisError

from service.errors import AppError, app_error_response
from service.web.rate_limit_storage import SentHit

log = logging.getLogger(__name__)

RETRY_REDIS_AFTER_S = 5.0
SAFE_METHODS = frozenset({"GET", "HEAD"})
REFUSED_MEMORY_S = 1.0  # how long a refused caller's reads wait for their count again
REFUSED_MEMORY_SIZE = 10_000  # callers remembered at most (forgotten all at once beyond)
# Reads whose count is in flight hold a connection of the limiter's bounded pool (64, see
# service/redis.py) for their whole view; beyond this many, a read is counted first like a write,
# so a burst of slow reads cannot take every connection and stall the counting.
MAX_COUNTS_IN_FLIGHT = 32
# What a count that could not reach Redis raises: it is then counted in memory (see _Budget).
_STORAGE_DOWN = (RedisError, StorageError, OSError)
# The key flask-limiter gives an application limit, so counts carry over across a deploy.
_SCOPE = "global"


class RateLimited(AppError):
    """The caller spent its request budget (429)."""

    status, code = 429, "rate_limited"


class _Slots:
    """A count of places taken, up to a most: a semaphore that never waits.

    threading.BoundedSemaphore would do, but under gevent its release checks its lock by trying
    to take it again, and a failed try yields to the loop: every request paused mid-way while
    the worker's other connections ran (found with cProfile: one gevent sleep per request).
    """

    def __init__(self, most: int):
        self.most = most
        self.taken = 0
        self._lock = threading.Lock()

    def take(self) -> bool:
        """Take a place if one is free; say whether one was."""
        with self._lock:
            if self.taken >= self.most:
                return False
            self.taken += 1
            return True

    def give_back(self) -> None:
        """Free a place taken."""
        with self._lock:
            self.taken -= 1


@dataclass
class _Budget:
    """One app's limit, its Redis-backed strategy and the in-memory one used while Redis is down."""

    limit: RateLimitItem
    shared: RateLimiter
    local: RateLimiter
    key_prefix: str
    redis_retry_at: float = 0.0

    refused_at: dict = field(default_factory=dict)
    in_flight: _Slots = field(default_factory=lambda: _Slots(MAX_COUNTS_IN_FLIGHT))

    def hit(self, key: str):
        """Count one request for key; return (allowed, window stats)."""
        identifiers = self._identifiers(key)
        if time.monotonic() >= self.redis_retry_at:
            try:
                allowed = self.shared.hit(self.limit, *identifiers)
                return self._answer(key, allowed, self.shared)
            except _STORAGE_DOWN as exc:
                self._lose_redis(exc)
        return self._answer(key, self.local.hit(self.limit, *identifiers), self.local)

    def send_hit(self, key: str) -> SentHit | None:
        """Send key's count to Redis without waiting; None when it must be counted now (hit)."""
        now = time.monotonic()
        if now < self.redis_retry_at or now - self.refused_at.get(key, -REFUSED_MEMORY_S) < (
            REFUSED_MEMORY_S
        ):
            return None
        if not self.in_flight.take():
            return None
        try:
            return self.shared.storage.send_sliding_window_entry(
                self.limit.key_for(*self._identifiers(key)),
                self.limit.amount,
                self.limit.get_expiry(),
            )
        except _STORAGE_DOWN as exc:
            self.in_flight.give_back()
            self._lose_redis(exc)
            return None

    def read_hit(self, key: str, sent: SentHit):
        """Return (allowed, window stats) for the count send_hit sent."""
        try:
            allowed = self.shared.storage.read_sliding_window_entry(sent)
            return self._answer(key, allowed, self.shared)
        except _STORAGE_DOWN as exc:
            self._lose_redis(exc)
        finally:
            self.in_flight.give_back()
        return self.hit(key)

    def drop_hit(self, sent: SentHit) -> None:
        """Forget a count send_hit sent whose answer will not be read."""
        try:
            self.shared.storage.drop_sliding_window_entry(sent)
        finally:
            self.in_flight.give_back()

    def _identifiers(self, key: str) -> tuple:
        return (self.key_prefix, key, _SCOPE) if self.key_prefix else (key, _SCOPE)

    def _answer(self, key: str, allowed: bool, strategy: RateLimiter):
        if not allowed:
            if len(self.refused_at) >= REFUSED_MEMORY_SIZE:
                self.refused_at.clear()
            self.refused_at[key] = time.monotonic()
        return allowed, strategy.get_window_stats(self.limit, *self._identifiers(key))

    def _lose_redis(self, exc: Exception) -> None:
        log.warning("rate limit storage unreachable, counting in memory: %s", exc)
        self.redis_retry_at = time.monotonic() + RETRY_REDIS_AFTER_S


def init_app(
    app: Flask, limiter, *, unlimited_endpoints, key_func, counted_first_endpoints=frozenset()
) -> None:
    """Count every routed request against the caller's budget, before authentication refuses.

    counted_first_endpoints: safe routes whose view must not run before the count is known.
    """
    _drop_limiter_hooks(app, limiter)
    strategy = app.config.get("RATELIMIT_STRATEGY", "fixed-window")
    app.extensions["workflows_budget"] = _Budget(
        limit=parse(app.config["WORKFLOWS"].rate_limit),
        shared=limiter.limiter,
        local=STRATEGIES[strategy](MemoryStorage()),
        key_prefix=app.config.get("RATELIMIT_KEY_PREFIX", ""),
    )

    @app.before_request
    def _count_request():
        endpoint = request.endpoint
        if not limiter.enabled or endpoint is None or endpoint in unlimited_endpoints:
            return
        if endpoint.rpartition(".")[2] == "static":
            return
        budget = current_app.extensions["workflows_budget"]
        key = key_func()
        if request.method in SAFE_METHODS and endpoint not in counted_first_endpoints:
            sent = budget.send_hit(key)
            if sent is not None:
                g.rate_limit_sent = (key, sent)
                return
        allowed, window = budget.hit(key)
        g.rate_limit_window = (budget.limit, window, allowed)
        if not allowed:
            raise RateLimited(str(budget.limit))

    @app.after_request
    def _limit_headers(response):
        sent = g.pop("rate_limit_sent", None)
        if sent is not None:
            budget = current_app.extensions["workflows_budget"]
            allowed, window = budget.read_hit(*sent)
            g.rate_limit_window = (budget.limit, window, allowed)
            if not allowed:
                response.close()
                response = app_error_response(RateLimited(str(budget.limit)))
        counted = g.get("rate_limit_window")
        if counted is None:
            return response
        limit, window, allowed = counted
        reset_at = int(window.reset_time + 1)
        headers = response.headers
        headers["X-RateLimit-Limit"] = str(limit.amount)
        headers["X-RateLimit-Remaining"] = str(window.remaining)
        headers["X-RateLimit-Reset"] = str(reset_at)
        if not allowed:
            headers["Retry-After"] = str(max(0, int(reset_at - time.time())))
        return response

    @app.teardown_request
    def _drop_unread_count(_error=None):
        # Only when the response hook did not run (an error on the way out).
        sent = g.pop("rate_limit_sent", None)
        if sent is not None:
            current_app.extensions["workflows_budget"].drop_hit(sent[1])


def _drop_limiter_hooks(app: Flask, limiter) -> None:
    # flask-limiter's own request hooks (check, headers, context reset) have nothing to apply:
    # the hook above does its work with its storage and strategy. They still resolved the
    # request's limits and exemption scopes on every request, about 5 % of an authenticated
    # read's CPU (bench/profile_routes.py), so they are taken off the app.
    def foreign(hook) -> bool:
        owner = getattr(hook, "__self__", None)
        partial_args = getattr(hook, "args", ())
        return owner is limiter or limiter in partial_args

    for hooks in (app.before_request_funcs, app.after_request_funcs, app.teardown_request_funcs):
        hooks[None] = [hook for hook in hooks.get(None, []) if not foreign(hook)]
