import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from service.engine.nodes.agent import NODE
from service.engine.nodes.base import ActionContext, ActionError
from service.engine.settings import EngineSettings

ORDERS = {
    "records": [
        {"customer": "Acme", "status": "paid", "total": 250},
        {"customer": "Globex", "status": "open", "total": 100},
        {"customer": "Initech", "status": "paid", "total": 50},
    ]
}


def ctx(config=None, data=None, settings=None):
    return ActionContext(
        run_id="run-1",
        node_id="step_2",
        config=config or {},
        input=ORDERS if data is None else data,
        settings=settings or EngineSettings(),
        timeout_s=5,
    )


def test_actions_exported():
    assert set(NODE.actions) == {"generate_report", "summarize", "classify", "extract"}


def test_generate_report_with_local_provider():
    output = NODE.actions["generate_report"](ctx({"title": "Orders"}))
    assert output["stats"]["fields"]["total"]["sum"] == 400
    assert output["stats"]["groups"]["status"] == {
        "paid": {"count": 2, "sum": 300},
        "open": {"count": 1, "sum": 100},
    }
    assert "1. Acme: 250" in output["report"]
    json.dumps(output)  # the output is stored as JSON


def test_summarize_classify_extract_with_local_provider():
    assert NODE.actions["summarize"](ctx())["summary"].startswith("3 records. total: total 400")
    labelled = NODE.actions["classify"](ctx({"labels": ["paid", "open"], "field": "$.status"}))
    assert labelled["counts"] == {"paid": 2, "open": 1}
    extracted = NODE.actions["extract"](ctx({"fields": ["customer"]}))
    assert extracted == {"extracted": {"customer": "Acme"}}


def test_invalid_config_is_not_retryable():
    with pytest.raises(ActionError) as info:
        NODE.actions["classify"](ctx({"labels": "paid"}))
    assert info.value.code == "invalid_config" and info.value.retryable is False


class _Echo(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_POST(self):
        request = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        task = json.loads(request["messages"][1]["content"])["task"]
        content = json.dumps({"summary": f"remote {task}"})
        body = json.dumps({"choices": [{"message": {"content": content}}]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def test_llm_base_url_routes_actions_to_the_remote_provider():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Echo)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        host, port = server.server_address
        settings = EngineSettings(llm_base_url=f"http://{host}:{port}", llm_api_key="k")
        assert NODE.actions["summarize"](ctx(settings=settings)) == {"summary": "remote summarize"}
    finally:
        server.shutdown()
        server.server_close()
