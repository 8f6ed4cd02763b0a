"""The delay node: it computes when its wait ends and holds nothing while it waits."""

from datetime import datetime, timedelta

import pytest

from service.engine.nodes import delay
from service.engine.nodes.base import ActionError, WaitUntil
from tests.engine.nodes.contexts import ctx

NOW = datetime(2026, 12, 1, 12, 0, 0)


def wait(config):
    context = ctx(config)
    context.now = NOW
    return delay.NODE.actions["wait"](context)


def test_seconds_wait_from_the_attempts_start_without_sleeping():
    assert wait({"seconds": 90}) == WaitUntil(NOW + timedelta(seconds=90))
    assert wait({"seconds": "1.5"}) == WaitUntil(NOW + timedelta(seconds=1.5))
    assert wait({"seconds": 0}) == WaitUntil(NOW)


@pytest.mark.parametrize(
    ("until", "expected"),
    [
        ("2026-12-24T18:00:00Z", datetime(2026, 12, 24, 18)),
        ("2026-12-24T19:00:00+01:00", datetime(2026, 12, 24, 18)),
        ("2026-12-01T11:00:00Z", NOW),  # an instant in the past does not wait
    ],
)
def test_until_waits_for_an_instant_in_utc(until, expected):
    assert wait({"until": until}) == WaitUntil(expected)


@pytest.mark.parametrize(
    "config",
    [
        {"seconds": -1},
        {"seconds": 30 * 86_400 + 1},
        {"seconds": "soon"},
        {"seconds": True},
        {"seconds": None},
        {},
        {"seconds": 1, "until": "2026-12-24T18:00:00Z"},
        {"until": "tomorrow"},
        {"until": "2026-12-24T18:00:00"},  # no offset: ambiguous
        {"until": 1766599200},
    ],
)
def test_bad_config_fails_without_retry(config):
    with pytest.raises(ActionError) as info:
        wait(config)
    assert info.value.code == "invalid_config" and info.value.retryable is False


@pytest.mark.parametrize(
    ("config", "field"),
    [
        ({"seconds": -1}, "config.seconds"),
        ({"until": "tomorrow"}, "config.until"),
        ({}, "config"),
        ({"seconds": 1, "until": "2026-12-24T18:00:00Z"}, "config"),
    ],
)
def test_the_validator_refuses_bad_config(config, field):
    errors = []
    delay.check_config("wait", config, lambda name, message: errors.append(name))
    assert errors == [field]


@pytest.mark.parametrize(
    "config",
    [{"seconds": 5}, {"until": "2026-12-24T18:00:00Z"}, {"until": "{{ inputs.when }}"}],
)
def test_the_validator_accepts_good_config(config):
    errors = []
    delay.check_config("wait", config, lambda name, message: errors.append(name))
    assert errors == []
