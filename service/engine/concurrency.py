"""A definition's concurrency limit (CONTRACT §10): how many of its runs may run at once, per key.

`definition.concurrency = {"limit": 1-1000, "key": "<template over inputs>"}`: runs whose key
renders the same share `limit` slots; without a key the whole workflow is one group.
"""

import json
from dataclasses import dataclass

from service.engine.templates import TemplateError, check_templates, resolve_templates

MAX_LIMIT = 1000
MAX_KEY_LENGTH = 255
FIELDS = {"limit", "key"}


@dataclass(frozen=True)
class ConcurrencyGroup:
    """The group a run belongs to and how many of the group may run at once."""

    key: str
    limit: int


def concurrency_problems(concurrency) -> list[tuple[str, str]]:
    """Return (field, problem) for each fault of a definition's `concurrency`."""
    if not isinstance(concurrency, dict):
        return [("concurrency", "must be an object {limit, key}")]
    problems = [
        (f"concurrency.{name}", "is not a known field")
        for name in sorted(set(concurrency) - FIELDS)
    ]
    limit = concurrency.get("limit")
    if not isinstance(limit, int) or isinstance(limit, bool) or not 1 <= limit <= MAX_LIMIT:
        problems.append(("concurrency.limit", f"must be an integer from 1 to {MAX_LIMIT}"))
    if "key" in concurrency:
        key = concurrency["key"]
        if not isinstance(key, str) or not key:
            problems.append(
                ("concurrency.key", "must be a non-empty string (a template over inputs)")
            )
        else:
            try:
                check_templates(key, roots=frozenset({"inputs"}), path="concurrency.key")
            except TemplateError as exc:
                problems.append(("concurrency.key", exc.message))
    return problems


def concurrency_group(definition: dict, inputs: dict) -> ConcurrencyGroup | None:
    """Return the run's group under the definition's limit (None when it sets no limit)."""
    concurrency = definition.get("concurrency")
    if not concurrency:
        return None
    key = concurrency.get("key")
    if key is None:
        return ConcurrencyGroup("", concurrency["limit"])
    value = resolve_templates(key, {"inputs": inputs}, path="concurrency.key")
    rendered = value if isinstance(value, str) else json.dumps(value, sort_keys=True)
    return ConcurrencyGroup(rendered[:MAX_KEY_LENGTH], concurrency["limit"])
