import pytest

from service.engine.templates import (
    PathError,
    TemplateError,
    check_templates,
    read_path,
    resolve_templates,
    template_references,
)

SCOPE = {
    "inputs": {"name": "Ada", "count": 3, "flags": {"vip": True}, "tags": ["a", "b"]},
    "input": {"deployment": {"status": "success", "items": [{"id": 7}, {"id": 8}]}},
    "steps": {"fetch": {"output": {"total": 12.5, "rows": [1, 2]}}, "my-step": {"output": "ok"}},
    "run": {"id": "run-123"},
}


def test_whole_template_keeps_the_type():
    config = {
        "n": "{{ inputs.count }}",
        "d": "{{inputs.flags}}",
        "l": "{{ inputs.tags }}",
        "f": "{{ steps.fetch.output.total }}",
        "b": "{{ inputs.flags.vip }}",
    }
    assert resolve_templates(config, SCOPE) == {
        "n": 3,
        "d": {"vip": True},
        "l": ["a", "b"],
        "f": 12.5,
        "b": True,
    }


def test_embedded_templates_are_rendered_as_text_and_json():
    text = "Hi {{ inputs.name }} ({{ inputs.count }}): {{ inputs.flags }} {{ inputs.tags }}"
    text += " {{ run.id }}"
    assert resolve_templates(text, SCOPE) == 'Hi Ada (3): {"vip":true} ["a","b"] run-123'


def test_list_indexes_dotted_and_bracketed():
    assert resolve_templates("{{ input.deployment.items.1.id }}", SCOPE) == 8
    assert resolve_templates("{{ input.deployment.items[0].id }}", SCOPE) == 7
    assert resolve_templates('{{ steps["my-step"].output }}', SCOPE) == "ok"
    assert resolve_templates("{{ steps.my-step.output }}", SCOPE) == "ok"


def test_nested_structures_are_walked_and_not_mutated():
    config = {"a": [{"b": "{{ run.id }}"}, 5, None], "keep": "plain"}
    resolved = resolve_templates(config, SCOPE)
    assert resolved == {"a": [{"b": "run-123"}, 5, None], "keep": "plain"}
    assert config["a"][0]["b"] == "{{ run.id }}"


def test_missing_path_is_none_whole_and_empty_embedded():
    assert resolve_templates("{{ inputs.nope }}", SCOPE) is None
    assert resolve_templates("{{ steps.unknown.output.x }}", SCOPE) is None
    assert resolve_templates("{{ input.deployment.items.9 }}", SCOPE) is None
    assert resolve_templates("x={{ inputs.nope }}!", SCOPE) == "x=!"


def test_none_and_bool_rendering_embedded():
    scope = {"inputs": {"z": None, "t": False}}
    assert resolve_templates("[{{ inputs.z }}|{{ inputs.t }}]", scope) == "[|false]"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("{{ inptus.x }}", "unknown template root 'inptus'"),
        ("{{ }}", "empty template"),
        ("{{ inputs.x + 1 }}", "malformed template"),
        ("{{ 5 }}", "malformed template"),
        ("hello {{ inputs.x", "without a matching"),
        ("{{ inputs.{x} }}", "without a matching"),
    ],
)
def test_errors_name_the_location(text, fragment):
    with pytest.raises(TemplateError) as info:
        resolve_templates({"headers": {"X": [text]}}, SCOPE)
    assert info.value.path == "headers.X.0"
    assert fragment in info.value.message


def test_item_templates_are_deferred_until_scope_has_item():
    config = {"fields": {"name": "{{ item.name }}", "label": "{{ inputs.name }}-{{ index }}"}}
    first_pass = resolve_templates(config, SCOPE)
    assert first_pass == {"fields": {"name": "{{ item.name }}", "label": "Ada-{{ index }}"}}
    second = resolve_templates(first_pass["fields"], {"item": {"name": "Bo"}, "index": 2})
    assert second == {"name": "Bo", "label": "Ada-2"}


def test_template_references_collects_step_ids():
    config = {
        "a": "{{ steps.fetch.output.total }} and {{ steps['b c'].output }}",
        "b": ["{{ inputs.x }}", {"c": "{{ steps.fetch.output }}"}],
        "d": "{{ run.id }}",
    }
    assert template_references(config) == {"fetch", "b c"}
    assert template_references("no templates") == set()


def test_check_templates_flags_unknown_roots_but_allows_item():
    check_templates({"a": "{{ inputs.x }}", "m": "{{ item.y }}"})
    with pytest.raises(TemplateError) as info:
        check_templates({"a": ["{{ stpes.x.output }}"]})
    assert info.value.path == "a.0"


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("$", {"deployment": {"status": "up", "items": [{"id": 1}]}, "n": 0}),
        ("$.deployment.status", "up"),
        ("deployment.status", "up"),
        ("$.deployment.items[0].id", 1),
        ("$.deployment.items.0.id", 1),
        ("$.n", 0),
        ("$.deployment.missing", None),
        ("$.deployment.items[3]", None),
        ("$.deployment.status.deeper", None),
    ],
)
def test_read_path(path, expected):
    data = {"deployment": {"status": "up", "items": [{"id": 1}]}, "n": 0}
    assert read_path(data, path) == expected


def test_read_path_default_and_errors():
    marker = object()
    assert read_path({"a": None}, "$.a", marker) is None
    assert read_path({}, "$.a", marker) is marker
    assert read_path([10, 20], "$[1]") == 20
    with pytest.raises(PathError):
        read_path({}, "$.a b")
