"""A client generated from the live spec with openapi-python-client works without hand edits.

The client is generated once per session (the generator must not warn), imported from a
temporary directory, and driven through the in-process app (httpx's WSGI transport) while a
real consumer executes the runs: create, execute, poll, schedule, preview, parse, a 404, a 409.
"""

import importlib
import subprocess
import sys
import time
import uuid
from pathlib import Path

import httpx
import pytest

from service import create_app
from tests.conftest import make_config
from tests.factories import token
from tests.integration.conftest import RUN_DEADLINE_S, TERMINAL
from tests.support.processes import BIN

PACKAGE = "workflows_api_client"
SPEC_PATH = "/api/v2/workflows/openapi.json"


@pytest.fixture(scope="session")
def generated_client(tmp_path_factory):
    """Generate the client package from the app's own spec once; return the imported package."""
    root = tmp_path_factory.mktemp("generated")
    spec_app = create_app(
        make_config("sqlite:///" + str(root / "spec.db"), "redis://127.0.0.1:1/0")
    )
    (root / "spec.json").write_bytes(spec_app.test_client().get(SPEC_PATH).data)
    (root / "config.yaml").write_text("post_hooks: []\n")  # no formatter run on the output
    generated = subprocess.run(
        [
            str(BIN / "openapi-python-client"),
            "generate",
            "--path",
            str(root / "spec.json"),
            "--config",
            str(root / "config.yaml"),
            "--meta",
            "none",
            "--output-path",
            str(root / PACKAGE),
            "--fail-on-warning",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert generated.returncode == 0, generated.stdout + generated.stderr
    assert "Warning" not in generated.stdout + generated.stderr
    sys.path.insert(0, str(root))
    try:
        yield importlib.import_module(PACKAGE)
    finally:
        sys.path.remove(str(root))


def _module(package, name):
    return importlib.import_module(f"{package.__name__}.{name}")


def test_spec_operation_ids_name_the_client_functions(generated_client):
    names = {
        path.stem
        for path in Path(generated_client.__file__).parent.joinpath("api").rglob("*.py")
        if path.stem != "__init__"
    }
    assert {
        "list_workflows",
        "create_workflow",
        "get_workflow",
        "update_workflow",
        "delete_workflow",
        "get_workflow_schema",
        "execute_workflow",
        "list_runs",
        "get_run",
        "terminate_run",
        "retry_run",
        "send_signal",
        "list_versions",
        "get_version",
        "list_schedules",
        "create_schedule",
        "update_schedule",
        "delete_schedule",
        "preview_schedule",
        "preview_cron",
        "backfill_schedule",
        "parse_instruction",
        "get_health",
    } == names


def test_generated_client_drives_the_api(generated_client, app, shared_consumer):
    package = generated_client
    models = _module(package, "models")
    api = {
        name: _module(package, f"api.{group}.{name}")
        for group, names in {
            "workflows": ("create_workflow", "get_workflow", "list_workflows"),
            "runs": ("execute_workflow", "get_run", "list_runs"),
            "schedules": ("create_schedule", "preview_schedule", "preview_cron"),
            "parse": ("parse_instruction",),
            "health": ("get_health",),
        }.items()
        for name in names
    }
    client = package.AuthenticatedClient(
        base_url="http://testserver",
        token=token("tenant-gen", "user-gen"),
        httpx_args={"transport": httpx.WSGITransport(app=app)},
    )

    health = api["get_health"].sync(client=client)
    assert health.status == "ok"

    definition = models.Definition.from_dict(
        {
            "nodes": [
                {
                    "id": "greet",
                    "type": "transform",
                    "action": "set",
                    "config": {"values": {"message": "hello {{ inputs.who }}"}},
                }
            ],
            "inputs": {},
            "outputs": {},
        }
    )
    created = api["create_workflow"].sync_detailed(
        client=client, body=models.WorkflowCreate(name="Generated", definition=definition)
    )
    assert created.status_code == 201, created.content
    workflow = created.parsed.workflow
    assert workflow.name == "Generated" and workflow.version == "1.0.0"

    listed = api["list_workflows"].sync(client=client, limit=10)
    assert listed.total == 1 and listed.workflows[0].id == workflow.id

    started = api["execute_workflow"].sync_detailed(
        workflow.id,
        client=client,
        body=models.Execute(inputs=models.ExecuteInputs.from_dict({"who": "ada"})),
        idempotency_key="generated-1",
    )
    assert started.status_code == 201, started.content
    run = started.parsed.run
    deadline = time.monotonic() + RUN_DEADLINE_S
    while run.status not in TERMINAL and time.monotonic() < deadline:
        time.sleep(0.05)
        run = api["get_run"].sync(workflow.id, run.id, client=client).run
    assert run.status == "completed"
    assert run.steps[0].node_id == "greet" and run.steps[0].status == "completed"
    runs = api["list_runs"].sync(workflow.id, client=client, status=models.ListRunsStatus.COMPLETED)
    assert [item.id for item in runs.runs] == [run.id]

    schedule = (
        api["create_schedule"]
        .sync_detailed(
            workflow.id,
            client=client,
            body=models.ScheduleCreate(cron_expression="0 9 * * 1", timezone="America/New_York"),
        )
        .parsed.schedule
    )
    assert schedule.description == "At 09:00 AM, only on Monday"
    fires = api["preview_schedule"].sync(workflow.id, schedule.id, client=client, count=3).fires
    assert len(fires) == 3
    tried = api["preview_cron"].sync(
        client=client,
        body=models.Preview.from_dict(
            {
                "cron_expression": "30 2 * * *",
                "timezone": "America/New_York",
                "count": 1,
                "from": "2026-03-07T12:00:00Z",
            }
        ),
    )
    assert tried.fires[0].note == "dst_gap"

    parsed = api["parse_instruction"].sync(
        client=client,
        body=models.ParseRequest(instruction="Every Monday at 9am, email the report to a@b.io"),
    )
    assert parsed.success and parsed.workflow.valid and parsed.workflow.steps

    missing = api["get_workflow"].sync_detailed(uuid.uuid4(), client=client)
    assert missing.status_code == 404
    assert isinstance(missing.parsed, models.Error)
    assert missing.parsed.error.code == "workflow_not_found"

    duplicate = api["create_workflow"].sync_detailed(
        client=client, body=models.WorkflowCreate(name="Generated", definition=definition)
    )
    assert duplicate.status_code == 409
    assert duplicate.parsed.error.code == "workflow_name_conflict"
