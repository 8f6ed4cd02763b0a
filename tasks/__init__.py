"""The Huey instance, alone in its module; it is pointed at Redis by the app factory."""

from huey import RedisHuey
from huey.storage import RedisStorage
from redis import BlockingConnectionPool

# Huey names a task's revocation flag "r:<task id>" (huey.api.Task.revoke_id).
_REVOKE_PREFIX = "r:"


class RevocationFreeHuey(RedisHuey):
    """Huey without task revocation: runs are stopped in the database (terminate), never revoked.

    Stock Huey spends two Redis round trips per task on revocation, a lookup before running it
    and a delete after; they add latency to every run and, when Redis blips, drop a task that
    was already dequeued. Nothing here revokes tasks, so both are skipped.
    """

    def is_revoked(self, task, timestamp=None, peek=True):
        """Report every task as not revoked (nothing revokes tasks)."""
        return False

    def delete(self, key):
        """Delete a stored value, skipping revocation flags (there are none)."""
        if isinstance(key, str) and key.startswith(_REVOKE_PREFIX):
            return False
        return super().delete(key)


# results=False: runs report through the database, so Huey keeps no result keys in Redis.
huey = RevocationFreeHuey("workflows", results=False, store_none=False, utc=True)


def configure_huey(redis_url: str) -> None:
    """Point the Huey instance at the service's Redis (see tasks.runs.connect_run_queue)."""
    # Bounded: a gevent web process enqueues from many greenlets at once (see service.redis).
    pool = BlockingConnectionPool.from_url(
        redis_url, max_connections=64, timeout=5, socket_connect_timeout=2, socket_timeout=10
    )
    huey.storage = RedisStorage(huey.name, connection_pool=pool, blocking=True, read_timeout=1)
