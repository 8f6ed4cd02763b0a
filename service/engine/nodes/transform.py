"""Transform actions: build a node's output from templates and the node's input.

- `set`: the output is `config.values` when present, else the config itself without the
  reserved keys (`values`, `merge`). With `merge: true` and a dict input, the values are laid
  over the input (n8n's "include other input fields"). The executor has already resolved the
  templates, so `{"total": "{{ input.amount }}"}` arrives as a number.
- `map`: for each of `config.items` (default: the input, or the list at `config.path` in the
  input) the output holds `config.fields` resolved with `{{ item.x }}` and `{{ index }}`.
- `pick`: `config.fields` is a list of paths (the output key is the path without `$.`) or a
  dict `{output_key: path}`; missing paths give null so the output shape is stable. A list input
  is picked item by item.
"""

from typing import Any

from service.engine.nodes.base import ActionContext, ActionError, NodeType
from service.engine.templates import PathError, TemplateError, read_path, resolve_templates

RESERVED_SET_KEYS = frozenset({"values", "merge"})
MAX_MAP_ITEMS = 100_000


def _invalid(message: str) -> ActionError:
    return ActionError("invalid_config", message, retryable=False)


def set_values(ctx: ActionContext) -> Any:
    """Output config.values (or the config minus reserved keys), optionally over the input."""
    config = ctx.config or {}
    if "values" in config:
        values = config["values"]
    else:
        values = {k: v for k, v in config.items() if k not in RESERVED_SET_KEYS}
    if config.get("merge") and isinstance(ctx.input, dict):
        if not isinstance(values, dict):
            raise _invalid("set with merge needs values to be an object")
        return {**ctx.input, **values}
    return values


def _read(data: Any, path: str, what: str) -> Any:
    if not isinstance(path, str):
        raise _invalid(f"{what} must be a path string")
    try:
        return read_path(data, path)
    except PathError as exc:
        raise _invalid(f"{what}: {exc}") from None


def map_items(ctx: ActionContext) -> list:
    """Build one output object per item from config.fields templates over `item`."""
    config = ctx.config or {}
    if "items" in config:
        items = config["items"]
    elif "path" in config:
        items = _read(ctx.input, config["path"], "path")
    else:
        items = ctx.input
    if not isinstance(items, list):
        raise ActionError(
            "invalid_input",
            "map needs a list of items (config.items, config.path or the input)",
            retryable=False,
        )
    if len(items) > MAX_MAP_ITEMS:
        message = f"map accepts at most {MAX_MAP_ITEMS} items"
        raise ActionError("invalid_input", message, retryable=False)
    fields = config.get("fields")
    if fields is None:
        raise _invalid("map needs fields: an object of templates such as {{ item.name }}")
    try:
        return [
            resolve_templates(fields, {"item": item, "index": index}, path="fields")
            for index, item in enumerate(items)
        ]
    except TemplateError as exc:
        raise ActionError("template_error", str(exc), retryable=False) from None


def _pick_one(data: Any, fields: dict[str, str]) -> dict:
    return {key: _read(data, path, f"fields.{key}") for key, path in fields.items()}


def pick(ctx: ActionContext) -> Any:
    """Output only the fields at config.fields paths of the input (each item for a list)."""
    fields = (ctx.config or {}).get("fields")
    if isinstance(fields, list) and all(isinstance(path, str) for path in fields):
        fields = {path.removeprefix("$").removeprefix(".") or "$": path for path in fields}
    if not isinstance(fields, dict) or not fields:
        raise _invalid("pick needs fields: a list of paths or an object of {name: path}")
    if isinstance(ctx.input, list):
        return [_pick_one(item, fields) for item in ctx.input]
    return _pick_one(ctx.input, fields)


NODE = NodeType(
    name="transform",
    actions={"set": set_values, "map": map_items, "pick": pick},
    inline=True,
)
