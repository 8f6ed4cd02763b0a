"""Workflow CRUD routes: shapes as the reference, every error path, nothing changed on error."""

import json
import uuid

import pytest

from tests.factories import auth, definition, node, workflow_body

BASE = "/api/v2/workflows"
A = auth("tenant-a", "user-a")
B = auth("tenant-b", "user-b")
REFERENCE_CREATE = {
    "name": "Deploy Notification",
    "description": "Notify the team when a deployment completes",
    "definition": {
        "nodes": [
            {
                "id": "step_1",
                "type": "condition",
                "action": "check_status",
                "config": {
                    "field": "$.deployment.status",
                    "operator": "equals",
                    "value": "success",
                },
            },
            {
                "id": "step_2",
                "type": "integration",
                "action": "slack.post_message",
                "input_from": "step_1",
                "config": {
                    "channel": "#deployments",
                    "message": "Deployment completed successfully!",
                },
            },
        ],
        "inputs": {},
        "outputs": {},
    },
}
WORKFLOW_KEYS = [
    "id",
    "customer_id",
    "name",
    "description",
    "definition",
    "version",
    "status",
    "created_by",
    "created_at",
    "updated_at",
]


def create(client, headers=A, **overrides):
    response = client.post(BASE, json=workflow_body(**overrides), headers=headers)
    assert response.status_code == 201, response.json
    return response.json["workflow"]


def assert_error(response, status, code=None):
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.is_json
    assert response.json["success"] is False
    assert set(response.json["error"]) == {"code", "message", "details"}
    if code:
        assert response.json["error"]["code"] == code


def test_create_reference_example_returns_reference_shape(client):
    response = client.post(BASE, json=REFERENCE_CREATE, headers=A)
    assert response.status_code == 201
    workflow = response.json["workflow"]
    assert response.json["success"] is True
    assert list(workflow) == WORKFLOW_KEYS
    assert workflow["definition"] == REFERENCE_CREATE["definition"]
    assert workflow["customer_id"] == "tenant-a"
    assert workflow["created_by"] == "user-a"
    assert workflow["version"] == "1.0.0"
    assert workflow["status"] == "active"
    uuid.UUID(workflow["id"], version=4)
    assert workflow["created_at"].endswith("Z") and len(workflow["created_at"]) == 24


def test_get_returns_definition_as_object(client):
    created = create(client)
    response = client.get(f"{BASE}/{created['id']}", headers=A)
    assert response.status_code == 200
    assert response.json["workflow"] == created
    assert isinstance(response.json["workflow"]["definition"], dict)


def test_list_returns_definition_as_string_newest_first_with_count_and_total(client):
    first = create(client, name="first")
    second = create(client, name="second")
    create(client, headers=B, name="other tenant")
    response = client.get(BASE, headers=A)
    assert response.status_code == 200
    body = response.json
    assert [w["id"] for w in body["workflows"]] == [second["id"], first["id"]]
    assert body["count"] == 2 and body["total"] == 2
    item = body["workflows"][0]
    assert list(item) == WORKFLOW_KEYS
    assert isinstance(item["definition"], str)
    assert json.loads(item["definition"]) == second["definition"]


def test_list_paginates_and_filters_by_status(client):
    ids = [create(client, name=f"wf {i}")["id"] for i in range(5)]
    client.patch(f"{BASE}/{ids[0]}", json={"status": "archived"}, headers=A)
    page = client.get(f"{BASE}?limit=2&offset=1", headers=A).json
    assert page["count"] == 2 and page["total"] == 5
    assert [w["id"] for w in page["workflows"]] == [ids[3], ids[2]]
    archived = client.get(f"{BASE}?status=archived", headers=A).json
    assert [w["id"] for w in archived["workflows"]] == [ids[0]]
    active = client.get(f"{BASE}?status=active&limit=10", headers=A).json
    assert active["total"] == 4


@pytest.mark.parametrize(
    "query",
    [
        "limit=0",
        "limit=201",
        "limit=-1",
        "limit=abc",
        "offset=-1",
        "offset=x",
        "status=deleted",
        "limit=99999999999999999999999",
        "limit=1.5",
    ],
)
def test_list_rejects_bad_query_with_400(client, query):
    assert_error(client.get(f"{BASE}?{query}", headers=A), 400, "validation_error")


def test_create_duplicate_name_is_409_per_tenant_only(client):
    create(client, name="Same")
    assert_error(
        client.post(BASE, json=workflow_body(name="Same"), headers=A), 409, "workflow_name_conflict"
    )
    create(client, headers=B, name="Same")  # another tenant may use the name
    create(client, name="same")  # names are case-sensitive
    assert client.get(BASE, headers=A).json["total"] == 2


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"name": "x"},
        {"definition": definition()},
        {"name": "", "definition": definition()},
        {"name": "   ", "definition": definition()},
        {"name": "x" * 201, "definition": definition()},
        {"name": 5, "definition": definition()},
        {"name": "x", "definition": "nodes"},
        {"name": "x", "definition": {"nodes": "no"}},
        {"name": "x", "definition": {}},
        {"name": "x", "definition": definition(), "version": "one"},
        {"name": "x", "definition": definition(), "customer_id": "tenant-b"},
        {"name": "x", "definition": definition(), "id": str(uuid.uuid4())},
        {"name": "x", "definition": definition(), "status": "archived"},
        [],
        "text",
    ],
)
def test_create_rejects_bad_bodies_and_stores_nothing(client, body):
    assert_error(client.post(BASE, json=body, headers=A), 400)
    assert client.get(BASE, headers=A).json["total"] == 0


def test_create_rejects_malformed_json_and_wrong_content_type(client):
    headers = {**A, "Content-Type": "application/json"}
    assert_error(client.post(BASE, data="{not json", headers=headers), 400)
    assert_error(client.post(BASE, data="name=x", headers={**A, "Content-Type": "text/plain"}), 400)
    assert_error(client.post(BASE, data="[" * 100_000 + "]" * 100_000, headers=headers), 400)


def test_create_reports_definition_errors_with_node_and_field(client):
    bad = definition(
        node("a", "integration", "http.request"),
        node("a", "agent", "summarize"),
        node("c", "condition", "check_status", config={"field": "$.x", "operator": "is"}),
        node("d", "nope", "x"),
        node("e", "agent", "summarize", input_from="ghost", retry={"max_attempts": 11}),
    )
    response = client.post(BASE, json=workflow_body(definition=bad), headers=A)
    assert_error(response, 400, "invalid_definition")
    errors = response.json["error"]["details"]["errors"]
    found = {(e["node_id"], e["field"]) for e in errors}
    assert ("a", "id") in found
    assert ("c", "config.operator") in found
    assert ("d", "type") in found
    assert ("e", "retry.max_attempts") in found


def test_create_rejects_cycles(client):
    cyclic = definition(
        node("a", input_from="c"), node("b", input_from="a"), node("c", input_from="b")
    )
    response = client.post(BASE, json=workflow_body(definition=cyclic), headers=A)
    assert_error(response, 400, "invalid_definition")
    assert {e["node_id"] for e in response.json["error"]["details"]["errors"]} == {"a", "b", "c"}


def test_patch_updates_fields_and_updated_at(client):
    created = create(client)
    response = client.patch(
        f"{BASE}/{created['id']}",
        json={"name": "Weekly Sales & Marketing Report", "status": "active"},
        headers=A,
    )
    assert response.status_code == 200
    workflow = response.json["workflow"]
    assert workflow["name"] == "Weekly Sales & Marketing Report"
    assert workflow["created_at"] == created["created_at"]
    assert workflow["updated_at"] >= created["updated_at"]
    new_definition = definition(node("only", "delay", "wait", config={"seconds": 1}))
    patched = client.patch(
        f"{BASE}/{created['id']}",
        json={"definition": new_definition, "version": "1.1.0"},
        headers=A,
    ).json["workflow"]
    assert patched["definition"] == new_definition and patched["version"] == "1.1.0"


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"unknown": 1},
        {"status": "deleted"},
        {"name": ""},
        {"definition": {"nodes": [1]}},
        {"customer_id": "tenant-b"},
        {"version": "x"},
    ],
)
def test_patch_rejects_bad_bodies_and_changes_nothing(client, body):
    created = create(client)
    assert_error(client.patch(f"{BASE}/{created['id']}", json=body, headers=A), 400)
    assert client.get(f"{BASE}/{created['id']}", headers=A).json["workflow"] == created


def test_patch_to_taken_name_is_409(client):
    create(client, name="taken")
    other = create(client, name="other")
    response = client.patch(f"{BASE}/{other['id']}", json={"name": "taken"}, headers=A)
    assert_error(response, 409, "workflow_name_conflict")
    assert client.get(f"{BASE}/{other['id']}", headers=A).json["workflow"]["name"] == "other"


def test_delete_removes_the_workflow(client):
    created = create(client)
    response = client.delete(f"{BASE}/{created['id']}", headers=A)
    assert response.status_code == 200
    assert response.json == {"success": True, "message": "Workflow deleted successfully"}
    assert_error(client.get(f"{BASE}/{created['id']}", headers=A), 404, "workflow_not_found")
    assert_error(client.delete(f"{BASE}/{created['id']}", headers=A), 404)


def test_schema_returns_normalised_inputs_and_outputs(client):
    inputs = {
        "properties": {"date_range": {"type": "string", "default": "LAST_WEEK"}},
    }
    outputs = {"type": "object", "properties": {"report": {"type": "string"}}}
    created = create(client, definition=definition(inputs=inputs, outputs=outputs))
    response = client.get(f"{BASE}/{created['id']}/schema", headers=A)
    assert response.status_code == 200
    assert response.json == {
        "success": True,
        "schema": {"inputs": {"type": "object", **inputs}, "outputs": outputs},
    }
    bare = create(client, name="bare")
    schema = client.get(f"{BASE}/{bare['id']}/schema", headers=A).json["schema"]
    assert schema == {
        "inputs": {"type": "object", "properties": {}},
        "outputs": {"type": "object", "properties": {}},
    }


def test_invalid_input_schema_is_rejected(client):
    bad = definition(inputs={"type": "object", "properties": {"x": {"type": "no-such-type"}}})
    assert_error(client.post(BASE, json=workflow_body(definition=bad), headers=A), 400)
    array = definition(inputs={"type": "array"})
    assert_error(client.post(BASE, json=workflow_body(definition=array), headers=A), 400)


@pytest.mark.parametrize("path", ["not-a-uuid", "123", "a1b2c3d4-e5f6-7890-abcd-ef12345678zz"])
@pytest.mark.parametrize("method", ["get", "patch", "delete"])
def test_non_uuid_ids_are_404(client, path, method):
    kwargs = {"json": {"name": "x"}} if method == "patch" else {}
    assert_error(getattr(client, method)(f"{BASE}/{path}", headers=A, **kwargs), 404)
    assert_error(client.get(f"{BASE}/{path}/schema", headers=A), 404)


def test_unknown_route_and_method_are_json(client):
    assert_error(client.get("/api/v2/nothing", headers=A), 404, "not_found")
    assert_error(client.put(BASE, json={}, headers=A), 405, "method_not_allowed")
    assert_error(client.post("/api/v2/workflows/health"), 405)


def test_body_over_max_content_length_is_413(client):
    huge = workflow_body(description="x" * (1024 * 1024 + 10))
    assert_error(client.post(BASE, json=huge, headers=A), 413, "payload_too_large")
    assert client.get(BASE, headers=A).json["total"] == 0


class TestTenantIsolation:
    """Tenant B never sees or changes tenant A's workflows."""

    def test_other_tenant_gets_404_on_read_patch_and_schema(self, client):
        created = create(client)
        url = f"{BASE}/{created['id']}"
        assert_error(client.get(url, headers=B), 404)
        assert_error(client.patch(url, json={"name": "stolen"}, headers=B), 404)
        assert_error(client.get(f"{url}/schema", headers=B), 404)
        assert client.get(BASE, headers=B).json["total"] == 0
        assert client.get(url, headers=A).json["workflow"] == created

    def test_other_tenant_gets_403_on_delete_and_nothing_is_removed(self, client):
        created = create(client)
        assert_error(client.delete(f"{BASE}/{created['id']}", headers=B), 403, "forbidden")
        assert client.get(f"{BASE}/{created['id']}", headers=A).status_code == 200

    def test_same_user_id_in_another_tenant_is_another_tenant(self, client):
        created = create(client, headers=auth("tenant-a", "shared-user"))
        same_user_b = auth("tenant-b", "shared-user")
        assert_error(client.get(f"{BASE}/{created['id']}", headers=same_user_b), 404)
