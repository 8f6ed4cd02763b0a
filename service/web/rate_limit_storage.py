"""The rate limiter's Redis storage, in one round trip a request instead of two.

flask-limiter counts a request with one Lua script (the sliding-window hit) and then, for the
X-RateLimit-* headers, reads the window back with a second. This storage's hit script returns the
window it leaves behind, and the read that follows on the same thread for the same key is
answered from it. It is limits' own RedisStorage otherwise, chosen by the URI scheme
`workflows+redis://` (or `workflows+redis+unix://`, `workflows+rediss://`).

The hit can also be sent and its answer read later (send_sliding_window_entry, then
read_sliding_window_entry): web/rate_limit.py lets a safe request run while Redis counts it.
"""

import threading
import time
from dataclasses import dataclass

from limits.storage import RedisStorage
from redis.connection import AbstractConnection, ConnectionPool
from redis.exceptions import NoScriptError

# The hit of limits' acquire_sliding_window.lua, returning the window too:
# {acquired (1/0), previous count, previous ttl ms, current count, current ttl ms}.
_ACQUIRE_AND_REPORT = """
local limit = tonumber(ARGV[1])
local expiry = tonumber(ARGV[2]) * 1000
local amount = tonumber(ARGV[3])

local current_ttl = tonumber(redis.call('pttl', KEYS[2]))
if current_ttl > 0 and current_ttl < expiry then
    redis.call('rename', KEYS[2], KEYS[1])
    redis.call('set', KEYS[2], 0, 'PX', current_ttl + expiry)
end

local previous_count = tonumber(redis.call('get', KEYS[1])) or 0
local previous_ttl = tonumber(redis.call('pttl', KEYS[1])) or 0
local current_count = tonumber(redis.call('get', KEYS[2])) or 0
current_ttl = tonumber(redis.call('pttl', KEYS[2])) or 0
if previous_ttl <= 0 then previous_ttl = 0 end
if current_ttl <= 0 then current_ttl = 0 end

local weighted_count = math.floor(previous_count * previous_ttl / expiry) + current_count
if amount > limit or (weighted_count + amount) > limit then
    return {0, previous_count, previous_ttl, current_count, current_ttl}
end
if redis.call('exists', KEYS[2]) == 1 then
    current_count = redis.call('incrby', KEYS[2], amount)
else
    redis.call('set', KEYS[2], amount, 'PX', expiry * 2)
    current_count = amount
    current_ttl = expiry * 2
end
return {1, previous_count, previous_ttl, current_count, current_ttl}
"""

# A window read this soon after the hit, on the same thread, is the one the hit reported.
_FRESH_S = 1.0
_SCHEME_PREFIX = "workflows+"


@dataclass
class SentHit:
    """A sliding-window hit sent to Redis whose answer is still on its connection."""

    pool: ConnectionPool
    connection: AbstractConnection
    key: str
    limit: int
    expiry: int
    amount: int


class OneTripRedisStorage(RedisStorage):
    """limits' RedisStorage whose sliding-window hit also reports the window it leaves."""

    STORAGE_SCHEME = ["workflows+redis", "workflows+rediss", "workflows+redis+unix"]

    def __init__(self, uri: str, **options):
        super().__init__(uri.removeprefix(_SCHEME_PREFIX), **options)
        self._last_window = threading.local()

    def initialize_storage(self, uri: str) -> None:
        """Register limits' scripts and the reporting hit."""
        super().initialize_storage(uri)
        self.lua_acquire_and_report = self.get_connection().register_script(_ACQUIRE_AND_REPORT)

    def acquire_sliding_window_entry(self, key, limit, expiry, amount=1) -> bool:
        """Count a hit if the window allows it, and keep the window it leaves for the headers."""
        previous_key = self.prefixed_key(self._previous_window_key(key))
        current_key = self.prefixed_key(self._current_window_key(key))
        reply = self.lua_acquire_and_report([previous_key, current_key], [limit, expiry, amount])
        return self._keep_window(key, expiry, reply)

    def send_sliding_window_entry(self, key, limit, expiry, amount=1) -> SentHit:
        """Send the hit without waiting for its answer (read_sliding_window_entry reads it)."""
        pool = self.get_connection().connection_pool
        connection = pool.get_connection()
        keys = (
            self.prefixed_key(self._previous_window_key(key)),
            self.prefixed_key(self._current_window_key(key)),
        )
        sha = self.lua_acquire_and_report.sha
        try:
            connection.send_command("EVALSHA", sha, len(keys), *keys, limit, expiry, amount)
        except BaseException:
            _give_back(pool, connection, broken=True)
            raise
        return SentHit(pool, connection, key, limit, expiry, amount)

    def read_sliding_window_entry(self, sent: SentHit) -> bool:
        """Read a sent hit's answer: as acquire_sliding_window_entry would have returned."""
        try:
            reply = sent.connection.read_response()
        except NoScriptError:
            # Redis lost its scripts (a restart, SCRIPT FLUSH): the ordinary call loads it again.
            _give_back(sent.pool, sent.connection)
            return self.acquire_sliding_window_entry(sent.key, sent.limit, sent.expiry, sent.amount)
        except BaseException:
            _give_back(sent.pool, sent.connection, broken=True)
            raise
        _give_back(sent.pool, sent.connection)
        return self._keep_window(sent.key, sent.expiry, reply)

    def drop_sliding_window_entry(self, sent: SentHit) -> None:
        """Give back the connection of a sent hit whose answer will not be read."""
        # Its answer may still arrive: the connection cannot serve another command.
        _give_back(sent.pool, sent.connection, broken=True)

    def _keep_window(self, key, expiry, reply) -> bool:
        acquired, previous, previous_ttl, current, current_ttl = reply
        window = (int(previous), previous_ttl / 1000, int(current), current_ttl / 1000)
        self._last_window.value = (key, expiry, time.monotonic(), window)
        return bool(acquired)

    def get_sliding_window(self, key, expiry):
        """Answer from the hit just made on this thread, else ask Redis."""
        last = getattr(self._last_window, "value", None)
        self._last_window.value = None
        if last and last[:2] == (key, expiry) and time.monotonic() - last[2] < _FRESH_S:
            return last[3]
        return super().get_sliding_window(key, expiry)


def _give_back(pool: ConnectionPool, connection: AbstractConnection, *, broken=False) -> None:
    if broken:
        connection.disconnect()
    pool.release(connection)
