"""The OpenAPI document describes every route and its errors; the docs UI works offline."""

BASE = "/api/v2/workflows"


def test_spec_lists_every_route_with_error_responses(client):
    spec = client.get(f"{BASE}/openapi.json").json
    paths = spec["paths"]
    assert {
        f"{BASE}/health",
        BASE,
        f"{BASE}/{{workflow_id}}",
        f"{BASE}/{{workflow_id}}/schema",
    } <= set(paths)
    assert spec["components"]["securitySchemes"]["bearerAuth"]["scheme"] == "bearer"
    for path, operations in paths.items():
        for method, operation in operations.items():
            if method == "parameters":
                continue
            statuses = set(operation["responses"])
            assert "422" not in statuses, (path, method)
            if path != f"{BASE}/health":
                assert {"401", "429"} <= statuses, (path, method, statuses)
    create = paths[BASE]["post"]["responses"]
    assert {"201", "400", "409", "413"} <= set(create)
    error_schema = spec["components"]["schemas"]["Error"]
    assert set(error_schema["properties"]) == {"success", "error"}


def test_docs_ui_is_served_with_local_assets(client):
    page = client.get(f"{BASE}/docs")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "cdn" not in html.lower()
    assert f"{BASE}/docs/assets/swagger-ui-bundle.js" in html
    asset = client.get(f"{BASE}/docs/assets/swagger-ui-bundle.js")
    assert asset.status_code == 200
    assert len(asset.get_data()) > 100_000


NODE = {"id": "a", "type": "transform", "action": "set", "config": {"values": {}}}
# Bodies the server refuses with 400, each with the component schema that must refuse it too.
REFUSED = [
    ("POST", BASE, "WorkflowCreate", {"name": "x", "definition": {}}),
    ("POST", BASE, "WorkflowCreate", {"name": "x", "definition": {"nodes": []}}),
    ("POST", BASE, "WorkflowCreate", {"name": "   ", "definition": {"nodes": [NODE]}}),
    ("POST", BASE, "WorkflowCreate", {"name": "a\x00b", "definition": {"nodes": [NODE]}}),
    ("POST", BASE, "WorkflowCreate", {"name": "x" * 201, "definition": {"nodes": [NODE]}}),
    ("POST", BASE, "WorkflowCreate", {"name": "x", "definition": {"nodes": [{**NODE, "id": ""}]}}),
    ("POST", BASE, "WorkflowCreate", {"name": "x", "definition": {"nodes": [{**NODE, "x": 1}]}}),
    (
        "POST",
        BASE,
        "WorkflowCreate",
        {"name": "x", "definition": {"nodes": [{**NODE, "retry": {"max_attempts": 11}}]}},
    ),
    (
        "POST",
        BASE,
        "WorkflowCreate",
        {"name": "x", "definition": {"nodes": [{**NODE, "timeout_s": 0}]}},
    ),
    (
        "POST",
        BASE,
        "WorkflowCreate",
        {"name": "x", "definition": {"nodes": [NODE]}, "version": "1"},
    ),
    ("POST", f"{BASE}/parse", "ParseRequest", {"instruction": ""}),
    ("POST", f"{BASE}/parse", "ParseRequest", {"instruction": "   abc    "}),
    ("POST", f"{BASE}/parse", "ParseRequest", {"instruction": "x" * 5001}),
    ("POST", f"{BASE}/schedules/preview", "Preview", {"cron_expression": "* * * * *", "count": 0}),
    (
        "POST",
        f"{BASE}/schedules/preview",
        "Preview",
        {"cron_expression": "* * * * *", "from": "1960-01-01T00:00:00Z"},
    ),
    ("POST", f"{BASE}/schedules/preview", "Preview", {"cron_expression": ""}),
]


def _component_validator(spec, name):
    """Validate against one component schema, its $refs resolved within the spec."""
    from jsonschema import Draft4Validator

    return Draft4Validator(
        {**spec["components"]["schemas"][name], "components": spec["components"]}
    )


def test_spec_refuses_what_the_server_refuses(client):
    from tests.factories import auth

    spec = client.get(f"{BASE}/openapi.json").json
    for method, path, component, body in REFUSED:
        response = client.open(path, method=method, json=body, headers=auth())
        assert response.status_code == 400, (path, body, response.json)
        assert not _component_validator(spec, component).is_valid(body), (component, body)


def test_patch_bodies_need_one_field_and_signal_names_have_a_pattern(client):
    spec = client.get(f"{BASE}/openapi.json").json
    schemas = spec["components"]["schemas"]
    assert schemas["WorkflowPatch"]["minProperties"] == 1
    assert schemas["SchedulePatch"]["minProperties"] == 1
    signal = spec["paths"][f"{BASE}/{{workflow_id}}/runs/{{run_id}}/signals/{{name}}"]
    (name,) = [p for p in signal["parameters"] if p["name"] == "name"]
    assert name["schema"]["pattern"] == r"^[A-Za-z0-9_.\-]{1,100}$"
    operation_ids = [
        operation["operationId"]
        for operations in spec["paths"].values()
        for method, operation in operations.items()
        if method != "parameters"
    ]
    assert len(operation_ids) == len(set(operation_ids)) == 23


def test_asyncapi_document_describes_the_event_stream(client):
    from service.events.models import EVENT_NAMES

    response = client.get(f"{BASE}/asyncapi.json")  # public, as the OpenAPI document is
    assert response.status_code == 200
    document = response.json
    assert document["asyncapi"].startswith("2.")
    channel = document["channels"][f"{BASE}/ws"]
    assert set(channel["bindings"]["ws"]["query"]["properties"]) == {
        "token",
        "workflow_id",
        "run_id",
        "since",
    }
    event = document["components"]["schemas"]["Event"]
    assert event["properties"]["event"]["enum"] == list(EVENT_NAMES)
    assert "1013" in document["info"]["description"]
    spec = client.get(f"{BASE}/openapi.json").json
    assert f"{BASE}/asyncapi.json" in spec["info"]["description"]


def _json_schema(value):
    """Read OpenAPI 3.0's `nullable` as JSON Schema's null type, everywhere in a schema."""
    if isinstance(value, list):
        return [_json_schema(item) for item in value]
    if not isinstance(value, dict):
        return value
    converted = {key: _json_schema(item) for key, item in value.items() if key != "nullable"}
    if value.get("nullable") and "type" in value:
        converted["type"] = [value["type"], "null"]
    return converted


def test_every_example_in_the_spec_is_valid(client):
    from jsonschema import Draft4Validator

    spec = client.get(f"{BASE}/openapi.json").json
    components = _json_schema(spec["components"])
    examples = {
        name: schema["example"]
        for name, schema in components["schemas"].items()
        if "example" in schema
    }
    assert {"WorkflowCreate", "Execute", "ScheduleCreate", "ParseRequest", "RunEnvelope"} <= set(
        examples
    )
    for name, example in examples.items():
        validator = Draft4Validator({**components["schemas"][name], "components": components})
        errors = [error.message for error in validator.iter_errors(example)]
        assert not errors, (name, errors)
