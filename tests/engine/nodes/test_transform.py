"""The transform actions: set, map and pick build the output from config and input."""

import pytest

from service.engine.nodes import transform
from service.engine.nodes.base import ActionError
from tests.engine.nodes.contexts import ctx


def test_set_values_and_config_minus_reserved():
    set_ = transform.NODE.actions["set"]
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
    assert transform.NODE.actions["map"](ctx(config, data)) == [
        {"who": "Ada", "age": 36, "line": "0:Ada"},
        {"who": "Bo", "age": 7, "line": "1:Bo"},
    ]


def test_map_items_from_config_or_input_and_errors():
    map_ = transform.NODE.actions["map"]
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
    pick = transform.NODE.actions["pick"]
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
