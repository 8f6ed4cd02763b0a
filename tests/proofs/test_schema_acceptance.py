"""The spec states the limits the server enforces: no schema-valid request is refused as invalid.

schemathesis generates only requests that the OpenAPI document says are valid (its positive
mode), in-process against the app with the rate limit lifted, half of them on a real workflow,
run and schedule of the caller's tenant. None may be answered 400/413 for its shape; the only
400s allowed are those that depend on stored state (a finished run cannot be terminated), which
no request schema can state. Two rules JSON Schema cannot express are stated in the spec's
descriptions and supplied here: a definition's graph (ids referenced by `input_from`, each
action's config) and a cron expression's fields and zone. A list's `cursor` is left out: only
one the server issued is valid.
"""

import uuid

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode

from tests.factories import auth, definition, node
from tests.proofs.test_schema_fuzz import valid_definitions

SPEC_PATH = "/api/v2/workflows/openapi.json"
BASE = "/api/v2/workflows"
OWNER = auth("tenant-accept", "user-accept", lifetime=3600 * 6)
# 400s that follow from what is stored, not from the request: a state, not a shape.
STATE_CODES = {
    "run_not_running",  # terminate or signal a finished run
    "run_not_retryable",  # retry a run that did not fail
}
# A backfill's range depends on the clock (not in the future) and on the schedule's cron.
BACKFILL_CODES = {"invalid_range", "too_many_slots"}
_CRONS = st.sampled_from(["*/5 * * * *", "0 9 * * 1", "30 2 1 * *", "0 0 29 2 *"])
_ZONES = st.sampled_from(["UTC", "America/New_York", "Europe/Paris", "Asia/Kathmandu"])


@pytest.fixture
def accept_app(make_app):
    """The app with a limit no generated run can reach."""
    return make_app(RATE_LIMIT="1000000/minute")


def _store(app) -> dict:
    """Store a workflow, a terminated run and a schedule of the caller's tenant: real path ids."""
    client = app.test_client()
    body = {"name": f"Accept {uuid.uuid4()}", "definition": definition(node("only"))}
    workflow = client.post(BASE, json=body, headers=OWNER).json["workflow"]["id"]
    run = client.post(f"{BASE}/{workflow}/execute", json={}, headers=OWNER).json["run"]["id"]
    client.delete(f"{BASE}/{workflow}/runs/{run}", headers=OWNER)
    schedule = client.post(
        f"{BASE}/{workflow}/schedules", json={"cron_expression": "0 0 1 1 *"}, headers=OWNER
    ).json["schedule"]["id"]
    return {"workflow_id": workflow, "run_id": run, "schedule_id": schedule}


def _with_semantics(case, draw):
    """Give definitions a valid graph and crons valid fields, as the spec's prose requires."""
    body = case.body
    if isinstance(body, dict):
        if isinstance(body.get("definition"), dict):
            body["definition"] = draw(valid_definitions())
        if isinstance(body.get("cron_expression"), str):
            body["cron_expression"] = draw(_CRONS)
        if isinstance(body.get("timezone"), str):
            body["timezone"] = draw(_ZONES)
        if "inputs" in body:
            body["inputs"] = {}  # the stored workflow's input schema is open
    if isinstance(case.query, dict) and "cursor" in case.query:
        # Only a next_cursor the server gave is a cursor (opaque, bound to its list; the spec
        # says so): a made-up one is refused with invalid_cursor, as CONTRACT §14 requires.
        del case.query["cursor"]
    return case


def _operations(app):
    schema = schemathesis.openapi.from_wsgi(SPEC_PATH, app)
    return [result.ok() for result in schema.get_all_operations()]


def _refusals(operation, stored) -> list:
    """Send positive cases of one operation; return those refused for their shape."""
    refused = []

    @given(case=operation.as_strategy(generation_mode=GenerationMode.POSITIVE), data=st.data())
    @settings(
        max_examples=12,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        database=None,
        derandomize=True,
    )
    def check(case, data):
        case = _with_semantics(case, data.draw)
        if case.path_parameters and data.draw(st.booleans()):
            for name in set(case.path_parameters) & set(stored):
                case.path_parameters[name] = stored[name]
        response = case.call(headers=OWNER)
        assert response.status_code < 500, (operation.label, response.text[:300])
        if response.status_code in (400, 413, 422):
            error = response.json()["error"]
            allowed = STATE_CODES | (BACKFILL_CODES if "backfill" in operation.label else set())
            if error["code"] not in allowed:
                refused.append((operation.label, case.path_parameters, case.body, error))

    check()
    return refused


def test_no_schema_valid_request_is_rejected(accept_app):
    refused = []
    for operation in _operations(accept_app):
        refused += _refusals(operation, _store(accept_app))
    assert not refused, "schema-valid requests refused:\n" + "\n".join(map(repr, refused[:12]))
