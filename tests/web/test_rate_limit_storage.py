"""The limiter's storage answers the window its hit saw, the same as Redis would."""

from limits import RateLimitItemPerMinute
from limits.storage import storage_from_string
from limits.strategies import SlidingWindowCounterRateLimiter

from service.redis import limiter_storage_uri
from service.web.rate_limit_storage import OneTripRedisStorage


def test_the_scheme_selects_the_one_trip_storage(redis_server):
    storage = storage_from_string(limiter_storage_uri(redis_server.url))
    assert isinstance(storage, OneTripRedisStorage)
    assert storage.check()


def test_the_reported_window_is_what_redis_holds_after_each_hit(redis_server):
    storage = storage_from_string(limiter_storage_uri(redis_server.url))
    limiter = SlidingWindowCounterRateLimiter(storage)
    limit = RateLimitItemPerMinute(3)
    outcomes = []
    for _ in range(4):
        outcomes.append(limiter.hit(limit, "user:a"))
        reported = storage.get_sliding_window(limit.key_for("user:a"), limit.get_expiry())
        asked = super(OneTripRedisStorage, storage).get_sliding_window(
            limit.key_for("user:a"), limit.get_expiry()
        )
        assert reported[0::2] == asked[0::2]  # the counts; the TTLs moved on by a few ms
        assert abs(reported[3] - asked[3]) < 1
    assert outcomes == [True, True, True, False]
    assert limiter.get_window_stats(limit, "user:a").remaining == 0


def test_a_window_read_for_another_key_asks_redis(redis_server):
    storage = storage_from_string(limiter_storage_uri(redis_server.url))
    limiter = SlidingWindowCounterRateLimiter(storage)
    limit = RateLimitItemPerMinute(5)
    limiter.hit(limit, "user:a")
    assert limiter.get_window_stats(limit, "user:b").remaining == 5
    assert limiter.get_window_stats(limit, "user:a").remaining == 4


def test_a_sent_hit_read_later_counts_as_a_hit_does(redis_server):
    storage = storage_from_string(limiter_storage_uri(redis_server.url))
    limit = RateLimitItemPerMinute(3)
    key, expiry = limit.key_for("user:sent"), limit.get_expiry()
    outcomes = []
    for _ in range(4):
        sent = storage.send_sliding_window_entry(key, limit.amount, expiry)
        outcomes.append(storage.read_sliding_window_entry(sent))
        reported = storage.get_sliding_window(key, expiry)
        asked = super(OneTripRedisStorage, storage).get_sliding_window(key, expiry)
        assert reported[0::2] == asked[0::2]
    assert outcomes == [True, True, True, False]


def test_a_dropped_hit_closes_its_connection_and_the_next_one_works(redis_server):
    storage = storage_from_string(limiter_storage_uri(redis_server.url))
    limit = RateLimitItemPerMinute(5)
    key, expiry = limit.key_for("user:dropped"), limit.get_expiry()
    sent = storage.send_sliding_window_entry(key, limit.amount, expiry)
    storage.drop_sliding_window_entry(sent)

    assert sent.connection._sock is None  # its unread answer cannot reach another command
    assert not storage.get_connection().connection_pool._in_use_connections
    assert storage.acquire_sliding_window_entry(key, limit.amount, expiry)
    assert storage.get_sliding_window(key, expiry)[2] == 2  # the dropped hit still counted
