"""Listener slots: at most N open listeners per user across every web process (CONTRACT §11).

Each open listener holds a lease in a Redis sorted set per user (member: this process's token and
the listener's number; score: when the lease expires). A process renews the leases of its open
listeners every third of the lease time, so a process that dies (SIGKILL, a lost machine) stops
renewing and its slots free themselves once their leases expire; a socket that closes gives its
slot back at once. Counting and taking a slot is one Lua script, so two processes never both take
the last one.
"""

import itertools
import logging
import os
import threading
import time
import uuid

import redis

from service.redis import connect_redis

log = logging.getLogger(__name__)

KEY_PREFIX = "workflows:listeners:"

# KEYS[1] the user's set; ARGV: now, limit, expiry, member, key ttl (seconds).
_TAKE = """
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[2]) then
    return 0
end
redis.call('ZADD', KEYS[1], ARGV[3], ARGV[4])
redis.call('EXPIRE', KEYS[1], ARGV[5])
return 1
"""


class TooManyListeners(Exception):
    """The user already holds every listener slot they are allowed."""


class ListenerSlots:
    """This process's leases on listener slots, renewed by one background thread."""

    def __init__(self, client: redis.Redis, *, lease_seconds: float):
        self.client = client
        self.lease_seconds = lease_seconds
        self._take = client.register_script(_TAKE)
        self._token = uuid.uuid4().hex[:12]
        self._numbers = itertools.count(1)
        self._held: dict[str, str] = {}  # member -> key
        self._lock = threading.Lock()
        self._renewer: threading.Thread | None = None

    def take(self, *, customer_id: str, user_id: str, limit: int) -> str:
        """Take one slot for this user and return its handle (TooManyListeners when full)."""
        key = f"{KEY_PREFIX}{customer_id}:{user_id}"
        member = f"{self._token}:{next(self._numbers)}"
        now = time.time()
        ttl = max(1, int(self.lease_seconds * 2))
        if not self._take(keys=[key], args=[now, limit, now + self.lease_seconds, member, ttl]):
            raise TooManyListeners(f"At most {limit} open event listeners per user.")
        with self._lock:
            self._held[member] = key
            self._start_renewer_locked()
        return member

    def give_back(self, handle: str) -> None:
        """Free a slot (its listener closed); safe to call twice."""
        with self._lock:
            key = self._held.pop(handle, None)
        if key is not None:
            try:
                self.client.zrem(key, handle)
            except redis.RedisError as exc:  # the lease runs out by itself
                log.warning("could not free a listener slot: %s", exc)

    def held(self) -> int:
        """Return how many slots this process holds."""
        with self._lock:
            return len(self._held)

    def renew(self) -> None:
        """Push every held lease forward (one ZADD XX per user)."""
        with self._lock:
            by_key: dict[str, list[str]] = {}
            for member, key in self._held.items():
                by_key.setdefault(key, []).append(member)
        if not by_key:
            return
        expiry = time.time() + self.lease_seconds
        ttl = max(1, int(self.lease_seconds * 2))
        pipe = self.client.pipeline(transaction=False)
        for key, members in by_key.items():
            pipe.zadd(key, dict.fromkeys(members, expiry), xx=True)
            pipe.expire(key, ttl)
        pipe.execute()

    def _start_renewer_locked(self) -> None:
        if self._renewer is None or not self._renewer.is_alive():
            self._renewer = threading.Thread(
                target=self._renew_forever, name="workflows-listener-slots", daemon=True
            )
            self._renewer.start()

    def _renew_forever(self) -> None:
        while True:
            time.sleep(self.lease_seconds / 3)
            try:
                self.renew()
            except redis.RedisError as exc:  # retried at the next tick, well before expiry
                log.warning("could not renew listener slots: %s", exc)


_slots: dict[str, ListenerSlots] = {}
_slots_lock = threading.Lock()
_slots_pid = [os.getpid()]


def slots_for(redis_url: str, *, lease_seconds: float) -> ListenerSlots:
    """Return this process's slot keeper for a Redis URL, creating it on first use."""
    with _slots_lock:
        if _slots_pid[0] != os.getpid():  # a forked child renews only its own leases
            _slots.clear()
            _slots_pid[0] = os.getpid()
        keeper = _slots.get(redis_url)
        if keeper is None:
            keeper = _slots[redis_url] = ListenerSlots(
                connect_redis(redis_url), lease_seconds=lease_seconds
            )
        return keeper
