"""The per-user request budget (RATE_LIMIT), counted in Redis in one round trip a request.

flask-limiter is configured as before (the RATELIMIT_* settings, the one-trip Redis storage of
rate_limit_storage.py, the sliding-window-counter strategy) and its `limits` strategy does the
counting. What this hook replaces is flask-limiter's per-request resolution of which limits apply
(route, blueprint, default, application and meta limits, exemption scopes) and its header pass:
about 0.3 ms of CPU a request in bench/api.py's profile, a third of an authenticated read, for
an answer that never changes here. There is one application-wide limit per verified user
(unverified callers: per client address), and UNLIMITED_ENDPOINTS and unrouted requests are
never counted.

If Redis cannot be reached the budget is counted in this process's memory, as flask-limiter's
in-memory fallback did, and Redis is tried again RETRY_REDIS_AFTER_S later: a Redis outage
degrades the limit to per-process instead of refusing every request.
"""

import logging
import time
from dataclasses import dataclass

from flask import Flask, current_app, g, request
from limits import RateLimitItem, parse
from limits.errors import StorageError
from limits.storage import MemoryStorage
from limits.strategies import STRATEGIES, RateLimiter
from redis.exceptions import RedisError

from service.errors import AppError

log = logging.getLogger(__name__)

RETRY_REDIS_AFTER_S = 5.0
# The key flask-limiter gives an application limit, so counts carry over across a deploy.
_SCOPE = "global"


class RateLimited(AppError):
    """The caller spent its request budget (429)."""

    status, code = 429, "rate_limited"


@dataclass
class _Budget:
    """One app's limit, its Redis-backed strategy and the in-memory one used while Redis is down."""

    limit: RateLimitItem
    shared: RateLimiter
    local: RateLimiter
    key_prefix: str
    redis_retry_at: float = 0.0

    def hit(self, key: str):
        """Count one request for key; return (allowed, window stats)."""
        identifiers = (self.key_prefix, key, _SCOPE) if self.key_prefix else (key, _SCOPE)
        if time.monotonic() >= self.redis_retry_at:
            try:
                allowed = self.shared.hit(self.limit, *identifiers)
                return allowed, self.shared.get_window_stats(self.limit, *identifiers)
            except (RedisError, StorageError, OSError) as exc:
                log.warning("rate limit storage unreachable, counting in memory: %s", exc)
                self.redis_retry_at = time.monotonic() + RETRY_REDIS_AFTER_S
        allowed = self.local.hit(self.limit, *identifiers)
        return allowed, self.local.get_window_stats(self.limit, *identifiers)


def init_app(app: Flask, limiter, *, unlimited_endpoints, key_func) -> None:
    """Count every routed request against the caller's budget, before authentication refuses."""
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
        allowed, window = budget.hit(key_func())
        g.rate_limit_window = (budget.limit, window, allowed)
        if not allowed:
            raise RateLimited(str(budget.limit))

    @app.after_request
    def _limit_headers(response):
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
