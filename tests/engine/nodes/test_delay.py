"""The delay action: waits its seconds and ends early on termination."""

import threading
import time

import pytest

from service.engine.nodes import delay
from service.engine.nodes.base import ActionError
from tests.engine.nodes.contexts import ctx


def test_delay_waits_the_configured_time():
    started = time.monotonic()
    output = delay.NODE.actions["wait"](ctx({"seconds": 0.3}))
    assert time.monotonic() - started >= 0.29
    assert 0.29 <= output["waited_s"] < 5
    assert delay.NODE.actions["wait"](ctx({"seconds": 0}))["waited_s"] < 1


def test_delay_is_interrupted_by_termination_within_a_second():
    cancelled = threading.Event()
    threading.Timer(0.2, cancelled.set).start()
    started = time.monotonic()
    with pytest.raises(ActionError) as info:
        delay.NODE.actions["wait"](ctx({"seconds": 3600}, cancelled=cancelled))
    assert time.monotonic() - started < 1.2
    assert info.value.code == "terminated" and info.value.retryable is False


@pytest.mark.parametrize("seconds", [-1, 86_401, "soon", True, None])
def test_delay_rejects_bad_seconds(seconds):
    with pytest.raises(ActionError) as info:
        delay.NODE.actions["wait"](ctx({"seconds": seconds}))
    assert info.value.code == "invalid_config"
