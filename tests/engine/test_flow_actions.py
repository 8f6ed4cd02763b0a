import threading
import time

import pytest

from service.engine.actions import condition, delay, transform
from service.engine.actions.base import ActionContext, ActionError
from service.engine.settings import EngineSettings


def ctx(config, data=None, cancelled=None):
    context = ActionContext(
        run_id="run-1", node_id="n", config=config, input=data, settings=EngineSettings()
    )
    if cancelled is not None:
        context.cancelled = cancelled
    return context


# condition


def test_condition_actions_exported():
    assert set(condition.ACTIONS) == {"check_status", "evaluate"}


def test_check_status_passes_input_with_result():
    data = {"deployment": {"status": "success"}, "id": 9}
    config = {"field": "$.deployment.status", "operator": "equals", "value": "success"}
    output = condition.ACTIONS["check_status"](ctx(config, data))
    assert output == {"deployment": {"status": "success"}, "id": 9, "result": True}
    config["value"] = "failed"
    assert condition.ACTIONS["check_status"](ctx(config, data))["result"] is False


def test_check_status_defaults_to_status_equals():
    check = condition.ACTIONS["check_status"]
    assert check(ctx({"value": "ok"}, {"status": "ok"}))["result"] is True


def test_evaluate_wraps_non_dict_input_and_needs_field_and_operator():
    output = condition.ACTIONS["evaluate"](ctx({"field": "$", "operator": "gt", "value": 3}, 5))
    assert output == {"value": 5, "result": True}
    with pytest.raises(ActionError) as info:
        condition.ACTIONS["evaluate"](ctx({"operator": "equals"}, {}))
    assert info.value.code == "invalid_config" and "field" in info.value.message


def test_evaluate_bad_operator_is_a_permanent_error():
    with pytest.raises(ActionError) as info:
        condition.ACTIONS["evaluate"](ctx({"field": "$.a", "operator": "like", "value": 1}, {}))
    assert info.value.code == "invalid_condition"
    assert info.value.retryable is False


# transform


def test_set_values_and_config_minus_reserved():
    set_ = transform.ACTIONS["set"]
    assert set_(ctx({"values": {"a": 1}}, {"x": 0})) == {"a": 1}
    assert set_(ctx({"a": 1, "b": [2]}, None)) == {"a": 1, "b": [2]}
    assert set_(ctx({"values": {"a": 1}, "merge": True}, {"x": 0, "a": 0})) == {"x": 0, "a": 1}
    assert set_(ctx({"values": [1, 2]}, {})) == [1, 2]


def test_map_resolves_item_templates_per_item():
    data = {"users": [{"name": "Ada", "age": 36}, {"name": "Bo", "age": 7}]}
    config = {
        "path": "$.users",
        "fields": {
            "who": "{{ item.name }}",
            "age": "{{ item.age }}",
            "line": "{{ index }}:{{ item.name }}",
        },
    }
    assert transform.ACTIONS["map"](ctx(config, data)) == [
        {"who": "Ada", "age": 36, "line": "0:Ada"},
        {"who": "Bo", "age": 7, "line": "1:Bo"},
    ]


def test_map_items_from_config_or_input_and_errors():
    map_ = transform.ACTIONS["map"]
    assert map_(ctx({"items": [1, 2], "fields": {"v": "{{ item }}"}})) == [{"v": 1}, {"v": 2}]
    assert map_(ctx({"fields": "{{ item.id }}"}, [{"id": "a"}, {}])) == ["a", None]
    with pytest.raises(ActionError) as info:
        map_(ctx({"fields": {"v": "{{ item }}"}}, {"not": "a list"}))
    assert info.value.code == "invalid_input"
    with pytest.raises(ActionError) as info:
        map_(ctx({"fields": {"v": "{{ itme.x }}"}}, [1]))
    assert info.value.code == "template_error" and "fields.v" in info.value.message
    with pytest.raises(ActionError) as info:
        map_(ctx({}, [1]))
    assert info.value.code == "invalid_config"


def test_pick_paths_from_dict_and_list():
    pick = transform.ACTIONS["pick"]
    data = {"id": 1, "user": {"name": "Ada", "tags": ["x"]}, "secret": "s"}
    assert pick(ctx({"fields": ["id", "$.user.name", "$.user.tags[0]", "$.gone"]}, data)) == {
        "id": 1,
        "user.name": "Ada",
        "user.tags[0]": "x",
        "gone": None,
    }
    assert pick(ctx({"fields": {"who": "$.user.name"}}, data)) == {"who": "Ada"}
    assert pick(ctx({"fields": ["id"]}, [{"id": 1, "x": 2}, {"id": 2}])) == [{"id": 1}, {"id": 2}]
    with pytest.raises(ActionError):
        pick(ctx({"fields": []}, data))


# delay


def test_delay_waits_the_configured_time():
    started = time.monotonic()
    output = delay.ACTIONS["wait"](ctx({"seconds": 0.3}))
    assert time.monotonic() - started >= 0.29
    assert 0.29 <= output["waited_s"] < 5
    assert delay.ACTIONS["wait"](ctx({"seconds": 0}))["waited_s"] < 1


def test_delay_is_interrupted_by_termination_within_a_second():
    cancelled = threading.Event()
    threading.Timer(0.2, cancelled.set).start()
    started = time.monotonic()
    with pytest.raises(ActionError) as info:
        delay.ACTIONS["wait"](ctx({"seconds": 3600}, cancelled=cancelled))
    assert time.monotonic() - started < 1.2
    assert info.value.code == "terminated" and info.value.retryable is False


@pytest.mark.parametrize("seconds", [-1, 86_401, "soon", True, None])
def test_delay_rejects_bad_seconds(seconds):
    with pytest.raises(ActionError) as info:
        delay.ACTIONS["wait"](ctx({"seconds": seconds}))
    assert info.value.code == "invalid_config"
