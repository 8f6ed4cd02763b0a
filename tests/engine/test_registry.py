"""The registry's one list of node types is the only place the engine learns of a type."""

from types import SimpleNamespace

import pytest

from service.engine import registry
from service.engine.definition import DefinitionInvalid, validate_definition
from service.engine.executor import Executor
from service.engine.nodes.base import NodeType
from service.engine.settings import EngineSettings


def test_the_catalog_is_each_node_types_actions_in_order():
    assert {kind.name: tuple(kind.actions) for kind in registry.NODE_TYPES} == registry.CATALOG
    assert list(registry.CATALOG) == ["integration", "agent", "condition", "transform", "delay"]
    assert len({kind.name for kind in registry.NODE_TYPES}) == len(registry.NODE_TYPES)


def test_lookups_return_the_node_types_own_handlers():
    for kind in registry.NODE_TYPES:
        assert registry.node_type(kind.name) is kind
        for action, handler in kind.actions.items():
            assert registry.is_known(kind.name, action)
            assert registry.handler_for(kind.name, action) is handler
    assert not registry.is_known("robot", "dance")
    assert not registry.is_known("agent", "dance")
    with pytest.raises(KeyError):
        registry.handler_for("agent", "dance")
    with pytest.raises(KeyError):
        registry.node_type("robot")


def test_only_the_pure_types_run_inline():
    # An inline node runs on the coordinator thread inside its transaction: it must not block
    # or call out, so only the in-memory types may say inline=True. A delay only computes its
    # due time (the executor keeps the timer), so it is pure too.
    inline = {kind.name for kind in registry.NODE_TYPES if kind.inline}
    assert inline == {"condition", "transform", "delay"}


def _shout(ctx):
    return {"said": ctx.config["text"].upper()}


def _needs_text(action, config, error):
    if not isinstance(config.get("text"), str):
        error("config.text", "must be a string")


ECHO = NodeType(name="echo", actions={"shout": _shout}, check_config=_needs_text, inline=True)


def test_a_registered_type_is_validated_and_run_through_the_registry(monkeypatch):
    monkeypatch.setitem(registry._BY_NAME, "echo", ECHO)
    node = {"id": "a", "type": "echo", "action": "shout", "config": {"text": 5}}
    with pytest.raises(DefinitionInvalid) as caught:
        validate_definition({"nodes": [node]})
    assert [(e["node_id"], e["field"]) for e in caught.value.errors] == [("a", "config.text")]

    definition = validate_definition({"nodes": [{**node, "config": {"text": "{{ inputs.w }}"}}]})
    applied = []
    outcome = Executor(
        definition,
        run_id="run-1",
        inputs={"w": "hi"},
        settings=EngineSettings(),
        store=SimpleNamespace(apply=applied.append),
    ).run()
    assert outcome.status == "completed" and outcome.outputs == {"said": "HI"}
    # Inline: started and completed in the one transaction.
    assert len(applied) == 1 and [c.kind for c in applied[0].steps] == ["started", "completed"]
