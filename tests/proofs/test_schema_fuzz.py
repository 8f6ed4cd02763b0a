"""Schema fuzzing: every documented operation, all phases and stateful sequences, on the live app.

Each request goes out with tenant A's token; each one that succeeds is also sent with tenant B's
token, which must get 404 (403 for deleting a workflow) and see none of A's ids. Requests that
change something are sent as B first, so that a leak could not hide behind A's own change.
"""

import re
from collections import Counter

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from service.db import db
from tests.conftest import TABLES_CHILD_FIRST
from tests.factories import auth, definition, node

SPEC_PATH = "/api/v2/workflows/openapi.json"
WORKFLOW_PATH = "/api/v2/workflows/{workflow_id}"
OWNER = auth("tenant-fuzz-a", "user-fuzz-a", lifetime=3600 * 6)
STRANGER = auth("tenant-fuzz-b", "user-fuzz-b", lifetime=3600 * 6)
SNAKE_CASE = re.compile(r"^[a-z][a-z0-9_]*$")
FUZZ_SETTINGS = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    database=None,
)
# Requests sent, by operation and status: printed at the end (run pytest with -s to see them).
SENT: Counter = Counter()


@pytest.fixture
def fuzz_app(make_app):
    """The app with a limit no fuzzing run can reach."""
    return make_app(RATE_LIMIT="1000000/minute")


@pytest.fixture
def api_schema(fuzz_app, request):
    """The app's own OpenAPI document, loaded through WSGI (the WebSocket route is not in it)."""
    # schemathesis 4.32's lazy loader reads Node._nodeid, which pytest 9.2 no longer has.
    if not hasattr(request.node, "_nodeid"):
        request.node._nodeid = request.node.nodeid
    schema = schemathesis.openapi.from_wsgi(SPEC_PATH, fuzz_app).exclude(path_regex=r"/ws$")
    schema.hook(flatmap_body)
    return schema


# `definition` is documented as a free-form object, so random ones are nearly always refused;
# a valid one in place of a generated object lets creates succeed and sequences go deeper.
_values = st.dictionaries(
    st.from_regex(r"[a-z]{1,8}", fullmatch=True),
    st.one_of(st.integers(-1000, 1000), st.text(max_size=20), st.booleans(), st.none()),
    max_size=3,
)
_inputs = st.sampled_from(
    [
        {},
        {"type": "object", "properties": {"region": {"type": "string", "default": "eu"}}},
        {"type": "object", "properties": {"n": {"type": "integer"}}, "required": ["n"]},
    ]
)


@st.composite
def valid_definitions(draw):
    """A valid definition: a chain of 1..4 transform nodes, sometimes behind a condition."""
    count = draw(st.integers(1, 4))
    nodes = []
    for index in range(count):
        fields = {"config": {"values": draw(_values)}}
        if index and draw(st.booleans()):
            fields["input_from"] = f"step_{index - 1}"
        nodes.append(node(f"step_{index}", **fields))
    if draw(st.booleans()):
        check = {"field": "$.missing", "operator": "exists", "value": True}
        nodes.append(node("check", "condition", "evaluate", input_from="step_0", config=check))
    return definition(*nodes, inputs=draw(_inputs))


_CRONS = st.sampled_from(["*/5 * * * *", "0 9 * * 1", "30 2 1 * *", "0 0 29 2 *"])
_ZONES = st.sampled_from(["UTC", "America/New_York", "Europe/Paris", "Asia/Kathmandu"])


def flatmap_body(context, body):
    """Give many generated bodies a valid definition or cron, so that sequences go deeper."""
    if not isinstance(body, dict):
        return st.just(body)
    if isinstance(body.get("definition"), dict):
        return valid_definitions().map(lambda value: {**body, "definition": value})
    if isinstance(body.get("cron_expression"), str):
        valid = st.fixed_dictionaries({"cron_expression": _CRONS, "timezone": _ZONES})
        return st.one_of(st.just(body), valid.map(lambda value: {**body, **value}))
    return st.just(body)


def _json(response):
    try:
        return response.json()
    except ValueError:
        return None


@schemathesis.check
def error_envelope(ctx, response, case):
    """Every error is the JSON envelope {"success": false, "error": {code, message, details}}."""
    if response.status_code < 400:
        return None
    body = _json(response)
    error = body.get("error") if isinstance(body, dict) else None
    assert isinstance(error, dict) and body.get("success") is False, (
        f"{response.status_code} is not the error envelope: {response.text[:300]!r}"
    )
    assert isinstance(error.get("code"), str) and SNAKE_CASE.match(error["code"]), error
    assert isinstance(error.get("message"), str) and error["message"], error
    assert isinstance(error.get("details"), dict), error
    return True


@schemathesis.check
def status_documented_explicitly(ctx, response, case):
    """The status is listed on the operation itself, not only covered by `default`."""
    if case.method.upper() == "OPTIONS" and case.operation.method.upper() != "OPTIONS":
        # HTTP's OPTIONS answers which methods a path has: 200 with Allow, no credentials needed.
        allow = {name.lower(): value for name, value in response.headers.items()}.get("allow")
        assert response.status_code == 200 and allow, (case.path, response.status_code)
        return True
    if case.method.upper() != case.operation.method.upper():  # the coverage phase's other verbs
        assert response.status_code == 405, f"{case.method} {case.path}: {response.status_code}"
        return True
    documented = set(case.operation.definition.raw["responses"])
    assert str(response.status_code) in documented, (
        f"{case.method} {case.path} answered {response.status_code}, "
        f"which the spec does not list (it lists {sorted(documented)})"
    )
    return True


CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    error_envelope,
    status_documented_explicitly,
]


def _ids_in(value) -> set[str]:
    """Collect every "id" value anywhere in a JSON document."""
    found = set()
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "id" and isinstance(item, str):
                found.add(item)
            found |= _ids_in(item)
    elif isinstance(value, list):
        for item in value:
            found |= _ids_in(item)
    return found


def _stranger_status(case) -> int:
    return 403 if case.method.upper() == "DELETE" and case.path == WORKFLOW_PATH else 404


def call_as_owner_and_stranger(case, client):
    """Send the case as tenant A, and check that tenant B can neither see nor change the result."""
    label = f"{case.method.upper()} {case.path}"
    has_ids = bool(case.path_parameters)
    # OPTIONS only lists a path's methods (the same for every tenant); GET/HEAD change nothing.
    changes = case.method.upper() not in ("GET", "HEAD", "OPTIONS")
    before = case.call(headers=STRANGER) if has_ids and changes else None
    response = case.call(headers=OWNER)
    SENT[(label, response.status_code)] += 1
    if before is not None:
        assert before.status_code >= 400 or response.status_code >= 400, (
            f"tenant B got {before.status_code} on {label} {case.path_parameters}"
        )
    if response.status_code >= 300 or case.method.upper() == "OPTIONS":
        return response
    if before is not None:
        expected = _stranger_status(case)
        assert before.status_code == expected, (
            f"tenant B got {before.status_code} (not {expected}) on {label} {case.path_parameters}"
        )
    elif has_ids:
        replay = case.call(headers=STRANGER)
        assert replay.status_code == 404, (
            f"tenant B got {replay.status_code} (not 404) replaying {label} {case.path_parameters}"
        )
    elif case.method.upper() == "GET":
        replay = case.call(headers=STRANGER)
        leaked = _ids_in(_json(response)) & _ids_in(_json(replay))
        assert not leaked, f"tenant B saw tenant A's ids {leaked} on {label}"
    elif case.path == "/api/v2/workflows" and response.status_code == 201:
        created = _json(response)["workflow"]["id"]
        replay = client.get(f"/api/v2/workflows/{created}", headers=STRANGER)
        assert replay.status_code == 404, f"tenant B got {replay.status_code} on a new workflow"
    return response


def empty_tables():
    """Delete every row, children first."""
    with db.connection_context():
        for table in TABLES_CHILD_FIRST:
            db.execute_sql(f"DELETE FROM {table}")


schema = schemathesis.pytest.from_fixture("api_schema")


@schema.parametrize()
@FUZZ_SETTINGS
def test_every_operation_keeps_its_documented_contract(case, fuzz_app):
    client = fuzz_app.test_client()
    response = call_as_owner_and_stranger(case, client)
    case.validate_response(response, checks=CHECKS)


def test_stateful_sequences_keep_the_contract_and_the_tenants_apart(api_schema, fuzz_app):
    client = fuzz_app.test_client()

    class Sequences(api_schema.as_state_machine()):
        def setup(self):
            empty_tables()  # each sequence starts from nothing, so replays are reproducible

        def call(self, case, **kwargs):
            return call_as_owner_and_stranger(case, client)

        def validate_response(self, response, case, additional_checks=None, **kwargs):
            case.validate_response(response, checks=CHECKS)

    Sequences.run(
        settings=settings(
            max_examples=150,
            stateful_step_count=10,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            database=None,
        )
    )
    for (label, status), count in sorted(SENT.items()):
        print(f"{count:6d}  {status}  {label}")
    print(f"{sum(SENT.values()):6d}  requests as tenant A in all")


BASE = "/api/v2/workflows"
# Every operation that names a resource, with a body tenant A may send: (method, path, body).
ROUTES_WITH_IDS = [
    ("GET", "/{workflow_id}", None),
    ("PATCH", "/{workflow_id}", {"description": "changed"}),
    ("DELETE", "/{workflow_id}", None),
    ("GET", "/{workflow_id}/schema", None),
    ("POST", "/{workflow_id}/execute", {"inputs": {}}),
    ("GET", "/{workflow_id}/runs", None),
    ("GET", "/{workflow_id}/runs/{run_id}", None),
    ("POST", "/{workflow_id}/runs/{run_id}/signals/{name}", {"payload": {"ok": True}}),
    ("POST", "/{workflow_id}/runs/{run_id}/retry", None),
    ("GET", "/{workflow_id}/versions", None),
    ("GET", "/{workflow_id}/versions/{version}", None),
    ("DELETE", "/{workflow_id}/runs/{run_id}", None),
    ("GET", "/{workflow_id}/schedules", None),
    ("POST", "/{workflow_id}/schedules", {"cron_expression": "0 9 * * 1"}),
    ("PATCH", "/{workflow_id}/schedules/{schedule_id}", {"enabled": False}),
    ("DELETE", "/{workflow_id}/schedules/{schedule_id}", None),
    ("GET", "/{workflow_id}/schedules/{schedule_id}/preview", None),
    (
        "POST",
        "/{workflow_id}/schedules/{schedule_id}/backfill",
        {"start": "2026-03-01T00:00:00Z", "end": "2026-03-02T00:00:00Z"},
    ),
]


def test_every_documented_error_status_describes_the_envelope(fuzz_app):
    spec = fuzz_app.test_client().get(SPEC_PATH).json
    undocumented = []
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            if method == "parameters":
                continue
            for status, response in operation["responses"].items():
                if status.startswith("4") and "content" not in response and "$ref" not in response:
                    undocumented.append(f"{method.upper()} {path} {status}")
    assert undocumented == []


def test_the_replay_list_covers_every_operation_with_ids(fuzz_app):
    spec = fuzz_app.test_client().get(SPEC_PATH).json
    documented = {
        (method.upper(), path.removeprefix(BASE))
        for path, operations in spec["paths"].items()
        if "{" in path
        for method in operations
        if method != "parameters"
    }
    assert documented == {(method, path) for method, path, _body in ROUTES_WITH_IDS}


def _tenant_a_world(client) -> dict:
    """Create a workflow, a running run and a schedule for tenant A; return their ids."""
    created = client.post(
        BASE, json={"name": "Owned by A", "definition": definition()}, headers=OWNER
    )
    workflow_id = created.json["workflow"]["id"]
    run = client.post(f"{BASE}/{workflow_id}/execute", json={}, headers=OWNER)
    schedule = client.post(
        f"{BASE}/{workflow_id}/schedules", json={"cron_expression": "0 9 * * 1"}, headers=OWNER
    )
    assert (created.status_code, run.status_code, schedule.status_code) == (201, 201, 201)
    return {
        "workflow_id": workflow_id,
        "run_id": run.json["run"]["id"],
        "schedule_id": schedule.json["schedule"]["id"],
        "name": "approval",
        "version": "1.0.0",
    }


def _snapshot(client, ids) -> dict:
    """What tenant A can read about its resources."""
    workflow_id = ids["workflow_id"]
    workflow = client.get(f"{BASE}/{workflow_id}", headers=OWNER).json["workflow"]
    runs = client.get(f"{BASE}/{workflow_id}/runs", headers=OWNER).json["runs"]
    schedules = client.get(f"{BASE}/{workflow_id}/schedules", headers=OWNER).json["schedules"]
    return {"workflow": workflow, "runs": runs, "schedules": schedules}


@pytest.mark.parametrize(("method", "path", "body"), ROUTES_WITH_IDS)
def test_tenant_b_replaying_a_successful_request_gets_not_found(fuzz_app, method, path, body):
    client = fuzz_app.test_client()
    ids = _tenant_a_world(client)
    url = BASE + path.format(**ids)
    if path.endswith("/retry"):  # only a finished run can be retried
        client.delete(BASE + "/{workflow_id}/runs/{run_id}".format(**ids), headers=OWNER)
    before = _snapshot(client, ids)

    stranger = client.open(url, method=method, json=body, headers=STRANGER)

    expected = 403 if (method, path) == ("DELETE", "/{workflow_id}") else 404
    assert stranger.status_code == expected, stranger.get_data(as_text=True)
    assert stranger.json["success"] is False
    assert _snapshot(client, ids) == before  # nothing of A's changed
    owner = client.open(url, method=method, json=body, headers=OWNER)
    assert owner.status_code in (200, 201, 202), owner.get_data(as_text=True)
    assert not _ids_in(stranger.json) & _ids_in(owner.json)


def test_tenant_b_lists_none_of_tenant_a_workflows(fuzz_app):
    client = fuzz_app.test_client()
    ids = _tenant_a_world(client)
    listed = client.get(BASE, headers=STRANGER)
    assert listed.status_code == 200
    assert listed.json["workflows"] == [] and listed.json["total"] == 0
    assert ids["workflow_id"] in _ids_in(client.get(BASE, headers=OWNER).json)
