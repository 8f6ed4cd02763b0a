"""The one definition validator: every error names the node and the field."""

import pytest

from service.engine.definition import DefinitionInvalid, io_schemas, validate_definition


def node(node_id, node_type="transform", action="set", **fields):
    return {"id": node_id, "type": node_type, "action": action, **fields}


def errors_of(definition) -> set[tuple]:
    with pytest.raises(DefinitionInvalid) as caught:
        validate_definition(definition)
    return {(error["node_id"], error["field"]) for error in caught.value.errors}


def test_a_valid_definition_is_returned_unchanged():
    definition = {"nodes": [node("a"), node("b", input_from="a")], "inputs": {}, "outputs": {}}
    assert validate_definition(definition) is definition


@pytest.mark.parametrize(
    "definition, expected",
    [
        (None, (None, "definition")),
        ({"nodes": {}}, (None, "nodes")),
        ({"nodes": []}, (None, "nodes")),
        ({"nodes": [5]}, (None, "nodes[0]")),
        ({"nodes": [node("bad id!")]}, (None, "nodes[0].id")),
        ({"nodes": [node("a"), node("a")]}, ("a", "id")),
        ({"nodes": [node("a", "robot")]}, ("a", "type")),
        ({"nodes": [node("a", "agent", "dance")]}, ("a", "action")),
        ({"nodes": [node("a", input_form="b")]}, ("a", "input_form")),
        ({"nodes": [node("a", config=[])]}, ("a", "config")),
        ({"nodes": [node("a", input_from="ghost")]}, ("a", "input_from")),
        ({"nodes": [node("a", input_from="a")]}, ("a", "input_from")),
        ({"nodes": [node("a", input_from=[])]}, ("a", "input_from")),
        ({"nodes": [node("a", retry={"max_attempts": 0})]}, ("a", "retry.max_attempts")),
        ({"nodes": [node("a", retry={"backoff_s": -1})]}, ("a", "retry.backoff_s")),
        ({"nodes": [node("a", retry={"tries": 2})]}, ("a", "retry.tries")),
        ({"nodes": [node("a", timeout_s=0)]}, ("a", "timeout_s")),
        ({"nodes": [node("a", timeout_s=True)]}, ("a", "timeout_s")),
        ({"nodes": [node("a", "delay", "wait", config={"seconds": -5})]}, ("a", "config.seconds")),
        ({"nodes": [node("a", "condition", "evaluate", config={})]}, ("a", "config.field")),
        (
            {"nodes": [node("a", "condition", "check_status", config={"operator": "is"})]},
            ("a", "config.operator"),
        ),
        ({"nodes": [node("a", config={"values": "{{ nope.x }}"})]}, ("a", "config.values")),
        ({"nodes": [node("a", config={"v": "{{ steps.ghost.output }}"})]}, ("a", "config")),
        (
            {"nodes": [node("a"), node("b", config={"v": "{{ steps.a.output }}"})]},
            ("b", "config"),
        ),
        ({"nodes": [node("a")], "inputs": []}, (None, "inputs")),
        ({"nodes": [node("a")], "outputs": {"type": "array"}}, (None, "outputs.type")),
    ],
)
def test_each_violation_names_node_and_field(definition, expected):
    assert expected in errors_of(definition)


def test_cycles_name_every_node_in_them():
    cyclic = {
        "nodes": [
            node("a", input_from="c"),
            node("b", input_from="a"),
            node("c", input_from="b"),
            node("d"),
        ]
    }
    assert errors_of(cyclic) == {("a", "input_from"), ("b", "input_from"), ("c", "input_from")}


def test_check_status_defaults_need_no_config_and_upstream_steps_may_be_read():
    definition = {
        "nodes": [
            node("fetch"),
            node("check", "condition", "check_status", input_from="fetch"),
            node("use", input_from="check", config={"v": "{{ steps.fetch.output.x }}"}),
        ]
    }
    assert validate_definition(definition) is definition


def test_io_schemas_are_normalised_to_objects():
    inputs, outputs = io_schemas({"nodes": [], "inputs": {"properties": {"x": {}}}})
    assert inputs == {"type": "object", "properties": {"x": {}}}
    assert outputs == {"type": "object", "properties": {}}
