import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from service.engine.llm import get_provider
from service.engine.llm.openai_compatible import OpenAICompatibleProvider
from service.engine.nodes.base import ActionError
from service.engine.settings import EngineSettings

API_KEY = "sk-test-123"


class ChatCompletions(BaseHTTPRequestHandler):
    """A loopback stand-in for the chat-completions API; behaviour is set per test."""

    def log_message(self, *args):
        pass

    def _answer(self, status, payload, content_type="application/json"):
        body = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        server = self.server
        request = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        server.requests.append({"path": self.path, "headers": dict(self.headers), "json": request})
        if self.path != "/v1/chat/completions":
            return self._answer(404, {"error": {"message": "no such route"}})
        if self.headers.get("Authorization") != f"Bearer {API_KEY}":
            return self._answer(401, {"error": {"message": "invalid api key"}})
        mode = server.mode
        if mode == "error500":
            return self._answer(500, {"error": {"message": "upstream exploded"}})
        if mode == "rate_limited":
            return self._answer(429, {"error": {"message": "slow down"}})
        if mode == "slow":
            time.sleep(2)
        if mode == "html":
            return self._answer(200, b"<html>proxy page</html>", "text/html")
        content = server.content
        if callable(content):
            content = content(request)
        self._answer(
            200, {"choices": [{"index": 0, "message": {"role": "assistant", "content": content}}]}
        )


@pytest.fixture
def llm_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), ChatCompletions)
    server.daemon_threads = True
    server.requests, server.mode, server.content = [], "ok", "{}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def provider_for(server, api_key=API_KEY):
    host, port = server.server_address
    settings = EngineSettings(
        llm_base_url=f"http://{host}:{port}/v1/", llm_api_key=api_key, llm_model="test-model"
    )
    provider = get_provider(settings)
    assert isinstance(provider, OpenAICompatibleProvider)
    return provider


def test_run_task_sends_openai_shape_and_parses_json(llm_server):
    def answer(request):
        user = json.loads(request["messages"][1]["content"])
        total = sum(row["amount"] for row in user["data"]["records"])
        return json.dumps({"report": f"{user['task']}: total {total}", "stats": {"total": total}})

    llm_server.content = answer
    data = {"records": [{"amount": 2}, {"amount": 3}]}
    result = provider_for(llm_server).run_task("generate_report", data, {"title": "T"}, 5)
    assert result == {"report": "generate_report: total 5", "stats": {"total": 5}}

    sent = llm_server.requests[0]
    assert sent["path"] == "/v1/chat/completions"
    assert sent["headers"]["Authorization"] == f"Bearer {API_KEY}"
    body = sent["json"]
    assert body["model"] == "test-model"
    assert body["temperature"] == 0
    assert body["response_format"] == {"type": "json_object"}
    assert [m["role"] for m in body["messages"]] == ["system", "user"]
    assert "JSON" in body["messages"][0]["content"]
    assert json.loads(body["messages"][1]["content"])["config"] == {"title": "T"}


def test_complete_returns_raw_text(llm_server):
    llm_server.content = "plain words, not JSON"
    reply = provider_for(llm_server).complete("be brief", "say hi", 5)
    assert reply == "plain words, not JSON"
    body = llm_server.requests[0]["json"]
    assert "response_format" not in body
    assert body["messages"] == [
        {"role": "system", "content": "be brief"},
        {"role": "user", "content": "say hi"},
    ]


def test_server_error_is_retryable(llm_server):
    llm_server.mode = "error500"
    with pytest.raises(ActionError) as info:
        provider_for(llm_server).run_task("summarize", "text", {}, 5)
    assert info.value.code == "llm_error"
    assert info.value.retryable is True
    assert "HTTP 500" in info.value.message and "upstream exploded" in info.value.message


def test_rate_limit_is_retryable_but_bad_key_is_not(llm_server):
    llm_server.mode = "rate_limited"
    with pytest.raises(ActionError) as info:
        provider_for(llm_server).run_task("summarize", "text", {}, 5)
    assert info.value.retryable is True
    llm_server.mode = "ok"
    with pytest.raises(ActionError) as info:
        provider_for(llm_server, api_key="wrong").run_task("summarize", "text", {}, 5)
    assert "HTTP 401" in info.value.message
    assert info.value.retryable is False


def test_slow_answer_times_out(llm_server):
    llm_server.mode = "slow"
    started = time.monotonic()
    with pytest.raises(ActionError) as info:
        provider_for(llm_server).run_task("summarize", "text", {}, 0.5)
    assert time.monotonic() - started < 1.9  # gave up before the server's 2 s answer
    assert info.value.code == "llm_error"
    assert info.value.retryable is True
    assert "did not answer within" in info.value.message


def test_non_json_content_and_non_object_json(llm_server):
    llm_server.content = "Sure! Here is your summary: things happened."
    with pytest.raises(ActionError) as info:
        provider_for(llm_server).run_task("summarize", "text", {}, 5)
    assert info.value.code == "llm_error"
    assert info.value.retryable is False
    assert "not JSON" in info.value.message

    llm_server.content = "[1, 2]"
    with pytest.raises(ActionError, match="not an object"):
        provider_for(llm_server).run_task("summarize", "text", {}, 5)


def test_non_json_body_and_unreachable_server(llm_server):
    llm_server.mode = "html"
    with pytest.raises(ActionError, match="body that is not JSON"):
        provider_for(llm_server).run_task("classify", "x", {"labels": ["a"]}, 5)

    host, port = llm_server.server_address
    llm_server.shutdown()
    llm_server.server_close()
    closed = OpenAICompatibleProvider(EngineSettings(llm_base_url=f"http://{host}:{port}/v1"))
    with pytest.raises(ActionError) as info:
        closed.run_task("summarize", "text", {}, 2)
    assert info.value.code == "llm_error" and info.value.retryable is True


def test_large_input_is_truncated_in_the_prompt(llm_server):
    llm_server.content = '{"summary": "ok"}'
    big = {"text": "word " * 50_000}
    assert provider_for(llm_server).run_task("summarize", big, {}, 5) == {"summary": "ok"}
    user = llm_server.requests[0]["json"]["messages"][1]["content"]
    assert len(user) < 110_000
    assert json.loads(user)["data"].endswith("(truncated)")
