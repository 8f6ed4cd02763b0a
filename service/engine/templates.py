"""Templates in node config (`{{ steps.fetch.output.total }}`) and the JSONPath-lite reader.

Choices, documented for workflow authors:

- A missing path (an absent key, an index past the end, a step that has no output yet) resolves
  to None, as an undefined expression does in n8n and Jinja: a whole-string template becomes
  null, an embedded one renders as the empty string. Typos in the root name are still caught:
  an unknown root (`{{ input.x }}` is fine, `{{ inptus.x }}` is not) raises TemplateError.
- Embedded values are rendered as JSON where JSON differs from `str()`: dicts and lists as
  compact JSON, booleans as `true`/`false`, None as "".
- Roots in DEFERRED_ROOTS (`item`, `index`) belong to per-item templates such as the `map`
  action's `fields`; when the scope does not define them the template is left verbatim, so the
  executor's pass over the config keeps them for the action to resolve per item.
- Dict keys are never resolved, only values.
"""

import json
import re
from typing import Any

ROOTS = frozenset({"inputs", "input", "steps", "run"})
DEFERRED_ROOTS = frozenset({"item", "index"})

_TEMPLATE = re.compile(r"\{\{([^{}]*)\}\}")
_SEGMENT = re.compile(r"""\.([A-Za-z0-9_\-]+)|\[(\d+)\]|\[(?:"([^"]*)"|'([^']*)')\]""")
_ROOT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_MISSING = object()


class TemplateError(ValueError):
    """A template is malformed or names an unknown root; `path` locates it in the config."""

    def __init__(self, path: str, message: str):
        super().__init__(f"{path}: {message}" if path else message)
        self.path = path
        self.message = message


class PathError(ValueError):
    """A JSONPath-lite expression cannot be parsed."""


def parse_path(expression: str) -> list[str | int]:
    """Split `a.b[0]["c d"].1` (after the root) into keys and list indexes."""
    segments: list[str | int] = []
    pos = 0
    while pos < len(expression):
        match = _SEGMENT.match(expression, pos)
        if not match:
            raise PathError(f"cannot read path at {expression[pos:]!r}")
        name, index, dq, sq = match.groups()
        if index is not None:
            segments.append(int(index))
        else:
            segments.append(name if name is not None else (dq if dq is not None else sq))
        pos = match.end()
    return segments


def _step(current: Any, segment: str | int) -> Any:
    if isinstance(current, dict):
        return current.get(str(segment), _MISSING)
    # `.0` and `[0]` both index a list; any other key on a list is simply missing.
    if isinstance(current, list | tuple) and (isinstance(segment, int) or segment.isdigit()):
        index = int(segment)
        return current[index] if index < len(current) else _MISSING
    return _MISSING


def _walk(data: Any, segments: list[str | int]) -> Any:
    current = data
    for segment in segments:
        current = _step(current, segment)
        if current is _MISSING:
            break
    return current


def read_path(data: Any, path: str, default: Any = None) -> Any:
    """Read `$.deployment.status`, `$.items[0]`, `items.0.name` or `$` from data."""
    text = path.strip()
    if text.startswith("$"):
        text = text[1:]
    elif text and not text.startswith(("[", ".")):
        text = "." + text
    value = _walk(data, parse_path(text))
    return default if value is _MISSING else value


def _parse_template(body: str, where: str) -> tuple[str, list[str | int]]:
    expression = body.strip()
    if not expression:
        raise TemplateError(where, "empty template {{ }}")
    root = _ROOT.match(expression)
    if not root:
        raise TemplateError(where, f"malformed template {{{{ {expression} }}}}")
    try:
        segments = parse_path(expression[root.end() :])
    except PathError as exc:
        raise TemplateError(where, f"malformed template {{{{ {expression} }}}}: {exc}") from None
    return root.group(), segments


def _check_unclosed(text: str, where: str) -> None:
    # Whatever is left after removing complete templates must not open another one.
    if "{{" in _TEMPLATE.sub("", text):
        raise TemplateError(where, "malformed template: '{{' without a matching '}}'")


def _render(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool | dict | list | tuple):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)
    return str(value)


def _lookup(root: str, segments: list[str | int], scope: dict, where: str) -> Any:
    if root not in scope:
        raise TemplateError(where, f"unknown template root {root!r}")
    value = _walk(scope[root], segments)
    return None if value is _MISSING else value


def _resolve_string(text: str, scope: dict, where: str) -> Any:
    if "{{" not in text:
        return text
    _check_unclosed(text, where)
    whole = _TEMPLATE.fullmatch(text)
    if whole:
        root, segments = _parse_template(whole.group(1), where)
        if root in DEFERRED_ROOTS and root not in scope:
            return text
        return _lookup(root, segments, scope, where)

    def substitute(match: re.Match) -> str:
        root, segments = _parse_template(match.group(1), where)
        if root in DEFERRED_ROOTS and root not in scope:
            return match.group(0)
        return _render(_lookup(root, segments, scope, where))

    return _TEMPLATE.sub(substitute, text)


def _join(path: str, key: Any) -> str:
    return f"{path}.{key}" if path else str(key)


def resolve_templates(value: Any, scope: dict, *, path: str = "") -> Any:
    """Return a copy of value with every template in its strings replaced from scope."""
    if isinstance(value, str):
        return _resolve_string(value, scope, path)
    if isinstance(value, dict):
        return {k: resolve_templates(v, scope, path=_join(path, k)) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [resolve_templates(v, scope, path=_join(path, i)) for i, v in enumerate(value)]
    return value


def _templates_in(value: Any, path: str):
    if isinstance(value, str):
        if "{{" in value:
            _check_unclosed(value, path)
            for match in _TEMPLATE.finditer(value):
                yield path, _parse_template(match.group(1), path)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _templates_in(item, _join(path, key))
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value):
            yield from _templates_in(item, _join(path, i))


def check_templates(value: Any, *, roots=ROOTS, path: str = "") -> None:
    """Raise TemplateError for the first malformed template or unknown root in value."""
    for where, (root, _) in _templates_in(value, path):
        if root not in roots and root not in DEFERRED_ROOTS:
            raise TemplateError(where, f"unknown template root {root!r}")


def template_references(value: Any) -> set[str]:
    """Return the ids of the steps that value's templates read via `steps.<id>`."""
    found = set()
    for _, (root, segments) in _templates_in(value, ""):
        if root == "steps" and segments:
            found.add(str(segments[0]))
    return found
