"""Validate a workflow definition (CONTRACT §3); every error names the node and the field."""

import re
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError

from service.engine.concurrency import concurrency_problems
from service.engine.dag import build_graph, parents_of
from service.engine.nodes.base import NodeType
from service.engine.registry import CATALOG, node_type
from service.engine.templates import TemplateError, check_templates, template_references

NODE_FIELDS = {"id", "type", "action", "config", "input_from", "retry", "timeout_s", "name"}
RETRY_FIELDS = {"max_attempts", "backoff_s"}
NODE_ID_PATTERN = re.compile(r"^[A-Za-z0-9_\-]{1,100}$")  # usable in {{ steps.<id>… }}
MAX_NODES = 200
MAX_TIMEOUT_S = 3600
MAX_BACKOFF_S = 3600


@dataclass
class DefinitionInvalid(Exception):
    """The definition breaks one or more rules; `errors` lists each with node and field."""

    errors: list[dict] = field(default_factory=list)

    def __str__(self) -> str:
        return "; ".join(error["message"] for error in self.errors)


class _Collector:
    def __init__(self):
        self.errors: list[dict] = []

    def add(self, node_id: str | None, field_name: str, message: str):
        where = f"node '{node_id}'" if node_id is not None else "definition"
        self.errors.append(
            {"node_id": node_id, "field": field_name, "message": f"{where}: {field_name} {message}"}
        )


def _is_number(value) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _check_schema(errors: _Collector, name: str, schema: Any) -> dict:
    """Check an inputs/outputs JSON Schema and return it normalised to type: object."""
    if schema is None:
        return {"type": "object", "properties": {}}
    if not isinstance(schema, dict):
        errors.add(None, name, "must be a JSON Schema object")
        return {}
    if schema.get("type", "object") != "object":
        errors.add(None, f"{name}.type", "must be 'object'")
        return schema
    try:
        Draft202012Validator.check_schema(schema)
    except SchemaError as exc:
        errors.add(None, name, f"is not a valid JSON Schema: {exc.message}")
        return schema
    normalised = {"type": "object", **schema}
    normalised.setdefault("properties", {})
    return normalised


def _check_retry(errors: _Collector, node_id: str, retry: Any):
    if not isinstance(retry, dict):
        errors.add(node_id, "retry", "must be an object {max_attempts, backoff_s}")
        return
    for unknown in sorted(set(retry) - RETRY_FIELDS):
        errors.add(node_id, f"retry.{unknown}", "is not a known field")
    attempts = retry.get("max_attempts", 1)
    if not isinstance(attempts, int) or isinstance(attempts, bool) or not 1 <= attempts <= 10:
        errors.add(node_id, "retry.max_attempts", "must be an integer from 1 to 10")
    backoff = retry.get("backoff_s", 0)
    if not _is_number(backoff) or not 0 <= backoff <= MAX_BACKOFF_S:
        errors.add(node_id, "retry.backoff_s", f"must be a number from 0 to {MAX_BACKOFF_S}")


def _check_config(errors: _Collector, node: dict, kind: NodeType):
    node_id, config = node["id"], node.get("config", {})
    if not isinstance(config, dict):
        errors.add(node_id, "config", "must be an object")
        return
    try:
        check_templates(config, path="config")
    except TemplateError as exc:
        errors.add(node_id, exc.path or "config", exc.message)
    if kind.check_config is not None:
        kind.check_config(node["action"], config, partial(errors.add, node_id))


def _check_node(errors: _Collector, index: int, node: Any, seen: set[str]) -> bool:
    """Check one node's own fields; return whether it is well-formed enough to graph."""
    if not isinstance(node, dict):
        errors.add(None, f"nodes[{index}]", "must be an object")
        return False
    node_id = node.get("id")
    if not isinstance(node_id, str) or not NODE_ID_PATTERN.match(node_id):
        errors.add(None, f"nodes[{index}].id", "must be 1-100 letters, digits, '_' or '-'")
        return False
    if node_id in seen:
        errors.add(node_id, "id", "is used by more than one node")
        return False
    seen.add(node_id)
    for unknown in sorted(set(node) - NODE_FIELDS):
        errors.add(node_id, unknown, "is not a known node field")
    try:
        kind = node_type(node.get("type"))
    except KeyError:
        errors.add(node_id, "type", f"must be one of {', '.join(CATALOG)}")
    else:
        action = node.get("action")
        if not isinstance(action, str) or action not in kind.actions:
            errors.add(node_id, "action", f"must be one of {', '.join(kind.actions)}")
        else:
            _check_config(errors, node, kind)
    source = node.get("input_from")
    if source is not None:
        valid_list = isinstance(source, list) and source and all(isinstance(s, str) for s in source)
        if not isinstance(source, str) and not valid_list:
            errors.add(node_id, "input_from", "must be a node id or a non-empty list of node ids")
            return False
    if "retry" in node:
        _check_retry(errors, node_id, node["retry"])
    if "timeout_s" in node:
        timeout = node["timeout_s"]
        if not _is_number(timeout) or not 0 < timeout <= MAX_TIMEOUT_S:
            errors.add(
                node_id, "timeout_s", f"must be a number above 0 and at most {MAX_TIMEOUT_S}"
            )
    return True


def _check_edges(errors: _Collector, nodes: list[dict]):
    ids = {node["id"] for node in nodes}
    for node in nodes:
        sources = parents_of(node)
        if len(set(sources)) != len(sources):
            errors.add(node["id"], "input_from", "names the same node twice")
        for source in sources:
            if source == node["id"]:
                errors.add(node["id"], "input_from", "cannot name the node itself")
            elif source not in ids:
                errors.add(node["id"], "input_from", f"names unknown node '{source}'")
    if errors.errors:
        return
    graph, cyclic = build_graph(nodes)
    for node_id in cyclic:
        errors.add(node_id, "input_from", "is part of a cycle")
    if cyclic:
        return
    for node in nodes:
        # {{ steps.X… }} only has a value when X ran before this node: X must be upstream.
        upstream = graph.ancestors(node["id"])
        for referenced in sorted(template_references(node.get("config") or {})):
            if referenced not in ids:
                errors.add(node["id"], "config", f"reads unknown step '{referenced}'")
            elif referenced not in upstream:
                errors.add(
                    node["id"], "config", f"reads step '{referenced}', which is not upstream"
                )


def validate_definition(definition: Any) -> dict:
    """Return the definition unchanged when it is valid, or raise DefinitionInvalid."""
    errors = _Collector()
    if not isinstance(definition, dict):
        raise DefinitionInvalid(
            [
                {
                    "node_id": None,
                    "field": "definition",
                    "message": "definition must be an object with a nodes array",
                }
            ]
        )
    nodes = definition.get("nodes")
    if not isinstance(nodes, list):
        errors.add(None, "nodes", "must be an array")
        raise DefinitionInvalid(errors.errors)
    if not 1 <= len(nodes) <= MAX_NODES:
        errors.add(None, "nodes", f"must hold from 1 to {MAX_NODES} nodes")
        raise DefinitionInvalid(errors.errors)
    seen: set[str] = set()
    well_formed = [node for i, node in enumerate(nodes) if _check_node(errors, i, node, seen)]
    if len(well_formed) == len(nodes):
        _check_edges(errors, well_formed)
    _check_schema(errors, "inputs", definition.get("inputs"))
    _check_schema(errors, "outputs", definition.get("outputs"))
    if "concurrency" in definition:
        for field_name, problem in concurrency_problems(definition["concurrency"]):
            errors.add(None, field_name, problem)
    if errors.errors:
        raise DefinitionInvalid(errors.errors)
    return definition


def io_schemas(definition: dict) -> tuple[dict, dict]:
    """Return the (inputs, outputs) JSON Schemas of a valid definition, as type: object."""
    ignored = _Collector()
    return (
        _check_schema(ignored, "inputs", definition.get("inputs")),
        _check_schema(ignored, "outputs", definition.get("outputs")),
    )
