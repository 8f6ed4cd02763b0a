"""The condition actions: a field of the input tested, the input passed on with result."""

import pytest

from service.engine.nodes import condition
from service.engine.nodes.base import ActionError
from tests.engine.nodes.contexts import ctx


def test_condition_actions_exported():
    assert set(condition.NODE.actions) == {"check_status", "evaluate"}


def test_check_status_passes_input_with_result():
    data = {"deployment": {"status": "success"}, "id": 9}
    config = {"field": "$.deployment.status", "operator": "equals", "value": "success"}
    output = condition.NODE.actions["check_status"](ctx(config, data))
    assert output == {"deployment": {"status": "success"}, "id": 9, "result": True}
    config["value"] = "failed"
    assert condition.NODE.actions["check_status"](ctx(config, data))["result"] is False


def test_check_status_defaults_to_status_equals():
    check = condition.NODE.actions["check_status"]
    assert check(ctx({"value": "ok"}, {"status": "ok"}))["result"] is True


def test_evaluate_wraps_non_dict_input_and_needs_field_and_operator():
    output = condition.NODE.actions["evaluate"](
        ctx({"field": "$", "operator": "gt", "value": 3}, 5)
    )
    assert output == {"value": 5, "result": True}
    with pytest.raises(ActionError) as info:
        condition.NODE.actions["evaluate"](ctx({"operator": "equals"}, {}))
    assert info.value.code == "invalid_config" and "field" in info.value.message


def test_evaluate_bad_operator_is_a_permanent_error():
    with pytest.raises(ActionError) as info:
        condition.NODE.actions["evaluate"](
            ctx({"field": "$.a", "operator": "like", "value": 1}, {})
        )
    assert info.value.code == "invalid_condition"
    assert info.value.retryable is False
