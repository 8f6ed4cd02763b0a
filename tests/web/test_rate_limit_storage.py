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
