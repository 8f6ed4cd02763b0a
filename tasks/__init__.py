"""The Huey instance, alone in its module; it is pointed at Redis by the app factory."""

from huey import RedisHuey
from huey.storage import RedisStorage
from redis import ConnectionPool

# results=False: runs report through the database, so Huey keeps no result keys in Redis.
huey = RedisHuey("workflows", results=False, store_none=False, utc=True)


def configure_huey(redis_url: str) -> None:
    """Point the Huey instance at the service's Redis (called by create_app)."""
    pool = ConnectionPool.from_url(redis_url, socket_connect_timeout=2, socket_timeout=10)
    huey.storage = RedisStorage(huey.name, connection_pool=pool, blocking=True, read_timeout=1)
