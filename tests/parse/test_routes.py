"""POST /parse: the reference's shape, a definition that create accepts, and the LLM fallback."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.factories import auth

URL = "/api/v2/workflows/parse"
A = auth()
REFERENCE_BODY = {
    "instruction": "Every Monday at 9am, pull the latest sales data, generate a summary report, "
    "and email it to the sales team.",
    "context": {"availableTools": ["salesforce.query", "email.send"]},
}


def test_reference_example_gets_the_reference_shape(client):
    response = client.post(URL, json=REFERENCE_BODY, headers=A)
    assert response.status_code == 200
    body = response.json
    assert body["success"] is True
    assert isinstance(body["parseTimeMs"], float | int)
    workflow = body["workflow"]
    for key in ("type", "name", "description", "steps", "confidence", "source", "valid"):
        assert key in workflow
    assert [s["action"] for s in workflow["steps"]] == [
        "salesforce.query",
        "generate_report",
        "email.send",
    ]
    assert workflow["steps"][1]["input_from"] == "step_1"
    assert workflow["schedule"] == {"cron_expression": "0 9 * * 1", "timezone": "UTC"}
    assert workflow["valid"] is True
    assert 0 <= workflow["confidence"] <= 1
    assert workflow["source"] in {"template", "heuristic"}


def test_the_definition_is_ready_to_create(client):
    parsed = client.post(URL, json=REFERENCE_BODY, headers=A).json["workflow"]
    created = client.post(
        "/api/v2/workflows",
        json={"name": parsed["name"], "definition": parsed["definition"]},
        headers=A,
    )
    assert created.status_code == 201, created.json


def test_uncertain_parts_are_named_in_warnings(client):
    body = {"instruction": "Evry Monday at 9am, qeury Salesforce and emial the leads to a@x.io"}
    workflow = client.post(URL, json=body, headers=A).json["workflow"]
    assert [s["action"] for s in workflow["steps"]] == ["salesforce.query", "email.send"]
    assert any("'qeury' as 'query'" in w for w in workflow["warnings"])
    clean = {"instruction": "Every Monday at 9am, query Salesforce and email the leads to a@x.io"}
    assert (
        client.post(URL, json=clean, headers=A).json["workflow"]["confidence"]
        > workflow["confidence"]
    )


def test_available_tools_restrict_integrations(client):
    body = {
        "instruction": "Every day at 6pm pull sales data and post a summary to #sales on Slack",
        "context": {"availableTools": ["http.request", "slack.post_message"]},
    }
    workflow = client.post(URL, json=body, headers=A).json["workflow"]
    integrations = [s["action"] for s in workflow["steps"] if s["type"] == "integration"]
    assert integrations and set(integrations) <= {"http.request", "slack.post_message"}


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"instruction": "hey"},
        {"instruction": "    x   "},
        {"instruction": 12345},
        {"instruction": "post to slack", "context": "x"},
        {"instruction": "post to slack", "context": {"availableTools": "slack"}},
        {"instruction": "x" * 5001},
        {"instruction": "post to slack", "extra": 1},
    ],
)
def test_bad_bodies_are_400(client, body):
    response = client.post(URL, json=body, headers=A)
    assert response.status_code == 400
    assert response.json["success"] is False


def test_parse_needs_a_token(client):
    assert client.post(URL, json=REFERENCE_BODY).status_code == 401


class _ChatPeer(BaseHTTPRequestHandler):
    reply = "{}"
    calls = 0

    def do_POST(self):
        type(self).calls += 1
        self.rfile.read(int(self.headers["Content-Length"]))
        payload = {"choices": [{"message": {"role": "assistant", "content": type(self).reply}}]}
        data = json.dumps(payload).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *_args):
        pass


@pytest.fixture
def chat_peer():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _ChatPeer)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield server
    server.shutdown()


LLM_WORKFLOW = {
    "name": "Deploy alert",
    "description": "Post deploys to Slack",
    "steps": [
        {
            "id": "step_1",
            "type": "integration",
            "action": "slack.post_message",
            "config": {"channel": "#deployments"},
        }
    ],
    "schedule": None,
}


def test_llm_answer_is_used_when_configured(make_app, chat_peer):
    _ChatPeer.reply, _ChatPeer.calls = json.dumps(LLM_WORKFLOW), 0
    app = make_app(LLM_BASE_URL=f"http://127.0.0.1:{chat_peer.server_port}", LLM_API_KEY="k")
    body = {"instruction": "When a deploy finishes, post to #deployments on Slack"}
    workflow = app.test_client().post(URL, json=body, headers=A).json["workflow"]
    assert _ChatPeer.calls == 1
    assert workflow["source"] == "ai-generated"
    assert [s["action"] for s in workflow["steps"]] == ["slack.post_message"]
    assert workflow["valid"] is True


def test_llm_garbage_falls_back_to_the_built_in_parser(make_app, chat_peer):
    _ChatPeer.reply, _ChatPeer.calls = "this is not json", 0
    app = make_app(LLM_BASE_URL=f"http://127.0.0.1:{chat_peer.server_port}", LLM_API_KEY="k")
    workflow = app.test_client().post(URL, json=REFERENCE_BODY, headers=A).json["workflow"]
    assert _ChatPeer.calls == 1
    assert workflow["source"] in {"template", "heuristic"}
    assert workflow["valid"] is True
    assert any("LLM" in w for w in workflow["warnings"])


def test_the_parsers_catalog_copy_matches_the_engine():
    # nl_parser may not import service/, so it keeps a copy; this keeps the copy honest.
    from nl_parser import catalog
    from service.engine.conditions import OPERATORS
    from service.engine.registry import CATALOG

    assert catalog.CATALOG == CATALOG
    assert catalog.OPERATORS == OPERATORS
