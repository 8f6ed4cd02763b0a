"""The integration actions, each against a real local peer: HTTP, SMTP, Slack and Salesforce."""

import contextlib
import json
import shutil
import socket
import ssl
import subprocess
import threading
from email import message_from_bytes, policy
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from service.engine.nodes.base import ActionContext, ActionError
from service.engine.nodes.integration import NODE
from service.engine.nodes.integration.email_action import parse_smtp_url
from service.engine.settings import EngineSettings

SLACK_TOKEN = "xoxb-test-token"
SALESFORCE_TOKEN = "00Dxx!test-token"


def run(action, config, *, input=None, timeout_s=5.0, **settings):
    """Run one action the way the executor does and return its output."""
    settings.setdefault("http_allow_private", True)
    ctx = ActionContext(
        run_id="run-1",
        node_id="node-1",
        config=config,
        input=input,
        settings=EngineSettings(**settings),
        timeout_s=timeout_s,
    )
    return NODE.actions[action](ctx)


def failure(action, config, **kwargs) -> ActionError:
    with pytest.raises(ActionError) as caught:
        run(action, config, **kwargs)
    return caught.value


# --- one small HTTP server that plays the web, Slack and Salesforce -----------------------------


class Peer(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        url = urlsplit(self.path)
        self.server.hits.append(
            {
                "method": self.command,
                "path": url.path,
                "query": parse_qs(url.query),
                "headers": dict(self.headers),
                "body": body,
            }
        )
        if url.path == "/api/chat.postMessage":
            self._slack(body)
        elif url.path.startswith("/services/data/"):
            self._salesforce(url)
        elif url.path == "/text":
            self._answer(200, b"plain words", "text/plain; charset=utf-8")
        elif url.path.startswith("/status/"):
            self._answer(int(url.path.rsplit("/", 1)[1]), b'{"error": "nope"}')
        elif url.path == "/slow":
            threading.Event().wait(2)
            self._answer(200, b"{}")
        else:  # echo
            echo = {
                "method": self.command,
                "query": parse_qs(url.query),
                "headers": dict(self.headers),
                "body": body.decode(),
            }
            self._answer(201 if self.command == "POST" else 200, json.dumps(echo).encode())

    do_POST = do_PUT = do_PATCH = do_DELETE = do_GET

    def _answer(self, status, body, content_type="application/json; charset=utf-8", extra=()):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in extra:
            self.send_header(name, value)
        self.end_headers()
        with contextlib.suppress(OSError):  # a client that timed out has gone already
            self.wfile.write(body)

    def _slack(self, body):
        # Like Slack: HTTP 200 with ok=false for API errors, 429 with Retry-After when limited.
        if self.headers.get("Authorization") != f"Bearer {SLACK_TOKEN}":
            return self._answer(200, b'{"ok": false, "error": "invalid_auth"}')
        if not self.headers.get("Content-Type", "").startswith("application/json"):
            return self._answer(200, b'{"ok": false, "error": "invalid_form_data"}')
        message = json.loads(body)
        if message["channel"] == "C404":
            return self._answer(200, b'{"ok": false, "error": "channel_not_found"}')
        if message["channel"] == "C429":
            return self._answer(
                429, b'{"ok": false, "error": "ratelimited"}', extra=[("Retry-After", "1")]
            )
        answer = {
            "ok": True,
            "channel": "C0123456789" if message["channel"].startswith("#") else message["channel"],
            "ts": "1700000000.000100",
            "message": {"type": "message", "text": message["text"], "bot_id": "B1"},
        }
        self._answer(200, json.dumps(answer).encode())

    def _salesforce(self, url):
        # Like the REST API: a list of {errorCode, message} on errors, pages via nextRecordsUrl.
        if self.headers.get("Authorization") != f"Bearer {SALESFORCE_TOKEN}":
            error = [{"message": "Session expired or invalid", "errorCode": "INVALID_SESSION_ID"}]
            return self._answer(401, json.dumps(error).encode())
        pages = self.server.salesforce_pages
        if url.path == "/services/data/v59.0/query":
            soql = parse_qs(url.query).get("q", [""])[0]
            if not soql.upper().startswith("SELECT"):
                error = [{"message": "unexpected token", "errorCode": "MALFORMED_QUERY"}]
                return self._answer(400, json.dumps(error).encode())
            index = 0
        else:
            index = int(url.path.rsplit("-", 1)[1])
        page = dict(pages[min(index, len(pages) - 1)])
        if page.get("nextRecordsUrl") == "endless":
            page["nextRecordsUrl"] = f"/services/data/v59.0/query/01gD0000002HU6KIAW-{index + 1}"
        self._answer(200, json.dumps(page).encode())


def record(object_type, record_id, **fields):
    url = f"/services/data/v59.0/sobjects/{object_type}/{record_id}"
    return {"attributes": {"type": object_type, "url": url}, "Id": record_id, **fields}


TWO_PAGES = [
    {
        "totalSize": 3,
        "done": False,
        "nextRecordsUrl": "/services/data/v59.0/query/01gD0000002HU6KIAW-1",
        "records": [
            record("Account", "001A", Name="Acme", Owner=record("User", "005A", Name="Ann")),
            record("Account", "001B", Name="Globex", Owner=None),
        ],
    },
    {"totalSize": 3, "done": True, "records": [record("Account", "001C", Name="Initech")]},
]


@pytest.fixture
def peer():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Peer)
    server.daemon_threads = True
    server.hits = []
    server.salesforce_pages = TWO_PAGES
    server.base = f"http://127.0.0.1:{server.server_address[1]}"
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    yield server
    server.shutdown()
    server.server_close()


# --- http.request -------------------------------------------------------------------------------


def test_http_request_returns_status_headers_and_parsed_json(peer):
    output = run(
        "http.request",
        {"url": f"{peer.base}/items?a=1", "query": {"b": 2, "tags": ["x", "y"], "on": True}},
    )
    assert output["status"] == 200
    assert output["headers"]["content-type"] == "application/json; charset=utf-8"
    assert output["body"]["method"] == "GET"
    assert output["body"]["query"] == {"a": ["1"], "b": ["2"], "tags": ["x", "y"], "on": ["true"]}
    json.dumps(output)  # the output is stored as JSON


def test_http_request_sends_a_json_body_with_method_and_headers(peer):
    config = {
        "url": f"{peer.base}/items",
        "method": "put",
        "headers": {"X-Trace": "t-1", "Authorization": "Bearer abc"},
        "body": {"name": "widget", "count": 3},
    }
    echoed = run("http.request", config)["body"]
    assert echoed["method"] == "PUT"
    assert json.loads(echoed["body"]) == {"name": "widget", "count": 3}
    assert echoed["headers"]["Content-Type"] == "application/json"
    assert echoed["headers"]["X-Trace"] == "t-1"
    assert echoed["headers"]["Authorization"] == "Bearer abc"


def test_http_request_json_key_and_text_body(peer):
    as_json = run("http.request", {"url": peer.base, "method": "POST", "json": [1, None]})
    assert json.loads(as_json["body"]["body"]) == [1, None]
    as_text = run("http.request", {"url": peer.base, "method": "POST", "body": "hello"})
    assert as_text["body"]["body"] == "hello"
    assert as_text["body"]["headers"]["Content-Type"] == "text/plain; charset=utf-8"


def test_http_request_returns_text_bodies_as_text(peer):
    assert run("http.request", {"url": f"{peer.base}/text"})["body"] == "plain words"


def test_http_request_fails_on_error_statuses_unless_told_not_to(peer):
    error = failure("http.request", {"url": f"{peer.base}/status/503"})
    assert (error.code, error.retryable) == ("http_error", True)
    error = failure("http.request", {"url": f"{peer.base}/status/404"})
    assert (error.code, error.retryable) == ("http_error", False)
    output = run("http.request", {"url": f"{peer.base}/status/404", "raise_for_status": False})
    assert output["status"] == 404
    assert output["body"] == {"error": "nope"}


def test_http_request_honours_the_shorter_timeout(peer):
    error = failure("http.request", {"url": f"{peer.base}/slow", "timeout_s": 0.3})
    assert error.code == "timeout"
    error = failure("http.request", {"url": f"{peer.base}/slow", "timeout_s": 60}, timeout_s=0.3)
    assert error.code == "timeout"


def test_http_request_is_ssrf_guarded_unless_private_targets_are_allowed(peer):
    error = failure("http.request", {"url": f"{peer.base}/items"}, http_allow_private=False)
    assert (error.code, error.retryable) == ("ssrf_blocked", False)
    assert peer.hits == []


@pytest.mark.parametrize(
    "config",
    [
        {"url": "http://127.0.0.1/", "method": "TRACE"},
        {"url": "http://127.0.0.1/", "method": 5},
        {"url": "http://127.0.0.1/", "headers": ["x"]},
        {"url": "http://127.0.0.1/", "headers": {"X-A": "v\r\nX-Injected: 1"}},
        {"url": "http://127.0.0.1/", "query": "a=1"},
        {"url": "http://127.0.0.1/", "timeout_s": -1},
        {"url": "http://127.0.0.1/", "raise_for_status": "maybe"},
    ],
)
def test_http_request_rejects_bad_config(config):
    error = failure("http.request", config)
    assert (error.code, error.retryable) == ("invalid_config", False)


def test_http_request_rejects_bad_urls():
    assert failure("http.request", {"url": "file:///etc/passwd"}).code == "invalid_url"
    assert failure("http.request", {}).code == "invalid_url"


# --- webhook.post -------------------------------------------------------------------------------


def test_webhook_posts_the_input_when_no_payload_is_given(peer):
    output = run("webhook.post", {"url": f"{peer.base}/hook"}, input={"deploy": "ok", "n": 2})
    assert output["status"] == 201
    hit = peer.hits[0]
    assert hit["method"] == "POST"
    assert json.loads(hit["body"]) == {"deploy": "ok", "n": 2}
    assert hit["headers"]["Content-Type"] == "application/json"
    assert hit["headers"]["Idempotency-Key"] == "run-1:node-1"
    assert set(output) == {"status", "body"}


def test_webhook_posts_the_configured_payload_and_headers(peer):
    config = {"url": f"{peer.base}/hook", "payload": {"text": "hi"}, "headers": {"X-Sig": "s"}}
    run("webhook.post", config, input={"ignored": True})
    assert json.loads(peer.hits[0]["body"]) == {"text": "hi"}
    assert peer.hits[0]["headers"]["X-Sig"] == "s"


def test_webhook_failures_are_http_errors(peer):
    error = failure("webhook.post", {"url": f"{peer.base}/status/500"}, input={})
    assert (error.code, error.retryable) == ("http_error", True)


# --- email.send ---------------------------------------------------------------------------------


class Mailbox:
    """An aiosmtpd handler that keeps every delivered message and can refuse recipients."""

    def __init__(self):
        self.envelopes = []

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.startswith("busy@"):
            return "451 4.3.0 try again later"
        if address.startswith("nobody@"):
            return "550 5.1.1 no such user"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.envelopes.append(envelope)
        return "250 Message accepted"

    def message(self, index=0):
        return message_from_bytes(self.envelopes[index].content, policy=policy.default)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def check_login(server, session, envelope, mechanism, auth_data):
    ok = (auth_data.login, auth_data.password) == (b"mailer", b"p@ss:word")
    return AuthResult(success=ok, handled=False)  # not handled: the server answers 235/535


@pytest.fixture
def smtp_server():
    mailbox = Mailbox()
    controller = Controller(
        mailbox,
        hostname="127.0.0.1",
        port=free_port(),
        authenticator=check_login,
        auth_require_tls=False,  # a loopback test peer; the client supports STARTTLS/SMTPS too
    )
    controller.start()
    controller.mailbox = mailbox
    controller.url = f"smtp://127.0.0.1:{controller.port}"
    controller.login_url = f"smtp://mailer:p%40ss%3Aword@127.0.0.1:{controller.port}"
    yield controller
    controller.stop()


def test_email_is_delivered_with_headers_body_and_message_id(smtp_server):
    config = {
        "to": ["ops@example.com", "Dev Team <dev@example.com>"],
        "subject": "Deploy finished",
        "body": "All green.\n",
        "from": "bot@example.com",
    }
    output = run("email.send", config, smtp_url=smtp_server.login_url)
    assert output == {
        "sent": True,
        "recipients": ["ops@example.com", "dev@example.com"],
        "message_id": output["message_id"],
    }
    envelope = smtp_server.mailbox.envelopes[0]
    assert envelope.mail_from == "bot@example.com"
    assert envelope.rcpt_tos == ["ops@example.com", "dev@example.com"]
    message = smtp_server.mailbox.message()
    assert message["Subject"] == "Deploy finished"
    assert message["From"] == "bot@example.com"
    assert message["To"] == "ops@example.com, Dev Team <dev@example.com>"
    assert message["Message-ID"] == output["message_id"]
    assert message["Date"]
    assert message.get_content().replace("\r\n", "\n") == "All green.\n"


def test_email_body_defaults_to_the_inputs_report(smtp_server):
    report = {"report": "3 deployments, 1 failed", "data": [1, 2, 3]}
    run("email.send", {"to": "ops@example.com"}, input=report, smtp_url=smtp_server.url)
    message = smtp_server.mailbox.message()
    assert message.get_content().strip() == "3 deployments, 1 failed"
    assert message["Subject"] == "Workflow notification"
    assert message["From"] == "workflows@localhost"


def test_email_body_defaults_to_pretty_json_and_accepts_text(smtp_server):
    run("email.send", {"to": "a@example.com"}, input={"count": 2}, smtp_url=smtp_server.url)
    assert json.loads(smtp_server.mailbox.message(0).get_content()) == {"count": 2}
    run("email.send", {"to": "a@example.com", "text": "hi"}, smtp_url=smtp_server.url)
    assert smtp_server.mailbox.message(1).get_content().strip() == "hi"
    run("email.send", {"to": "a@example.com", "body": {"rows": 1}}, smtp_url=smtp_server.url)
    assert json.loads(smtp_server.mailbox.message(2).get_content()) == {"rows": 1}


def test_email_to_can_be_comma_separated_and_has_cc_and_bcc(smtp_server):
    config = {"to": "a@example.com, b@example.com", "cc": "c@example.com", "bcc": ["d@example.com"]}
    output = run("email.send", config, smtp_url=smtp_server.url)
    assert output["recipients"] == [f"{x}@example.com" for x in "abcd"]
    message = smtp_server.mailbox.message()
    assert message["Cc"] == "c@example.com"
    assert message["Bcc"] is None


def test_email_subject_cannot_inject_headers(smtp_server):
    config = {"to": "a@example.com", "subject": "Hi\r\nBcc: victim@example.com"}
    run("email.send", config, smtp_url=smtp_server.url)
    assert smtp_server.mailbox.envelopes[0].rcpt_tos == ["a@example.com"]
    assert smtp_server.mailbox.message()["Subject"] == "Hi Bcc: victim@example.com"


def test_email_reports_partly_refused_recipients(smtp_server):
    config = {"to": ["a@example.com", "nobody@example.com"]}
    output = run("email.send", config, smtp_url=smtp_server.url)
    assert output["recipients"] == ["a@example.com"]
    assert output["refused"]["nobody@example.com"].startswith("550")


@pytest.mark.parametrize(("address", "retryable"), [("nobody@x.com", False), ("busy@x.com", True)])
def test_email_refused_by_every_recipient_is_an_smtp_error(smtp_server, address, retryable):
    error = failure("email.send", {"to": address}, smtp_url=smtp_server.url)
    assert (error.code, error.retryable) == ("smtp_error", retryable)
    assert smtp_server.mailbox.envelopes == []


def test_email_with_a_wrong_password_is_refused(smtp_server):
    url = f"smtp://mailer:wrong@127.0.0.1:{smtp_server.port}"
    error = failure("email.send", {"to": "a@example.com"}, smtp_url=url)
    assert (error.code, error.retryable) == ("smtp_error", False)
    assert "535" in error.message


@pytest.mark.parametrize(
    "to", [None, "", [], "not-an-address", ["ok@example.com", 5], "a@b\r\nRCPT TO:<x@y>", {"a": 1}]
)
def test_email_needs_valid_recipients(smtp_server, to):
    error = failure("email.send", {"to": to}, smtp_url=smtp_server.url)
    assert (error.code, error.retryable) == ("invalid_config", False)


def test_email_without_smtp_url_is_not_configured():
    error = failure("email.send", {"to": "a@example.com"})
    assert (error.code, error.retryable) == ("integration_not_configured", False)


def test_email_to_a_dead_server_is_a_connection_error():
    error = failure(
        "email.send", {"to": "a@example.com"}, smtp_url=f"smtp://127.0.0.1:{free_port()}"
    )
    assert (error.code, error.retryable) == ("connection_error", True)


def test_smtp_urls_are_read():
    plain = parse_smtp_url("smtp://u%40x:p%2Fw@mail.example.com:2525?starttls=1")
    assert (plain.host, plain.port, plain.username, plain.password) == (
        "mail.example.com",
        2525,
        "u@x",
        "p/w",
    )
    assert (plain.starttls, plain.implicit_tls) == (True, False)
    secure = parse_smtp_url("smtps://mail.example.com")
    assert (secure.port, secure.implicit_tls, secure.starttls, secure.username) == (
        465,
        True,
        False,
        None,
    )
    assert parse_smtp_url("smtp://mail.example.com").port == 25


@pytest.fixture
def tls_smtp_server(tmp_path):
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a test certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-keyout", str(key), "-out", str(cert), "-subj", "/CN=mail.invalid"],
        check=True, capture_output=True,
    )  # fmt: skip
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    mailbox = Mailbox()
    controller = Controller(mailbox, hostname="127.0.0.1", port=free_port(), tls_context=context)
    controller.start()
    controller.mailbox = mailbox
    yield controller
    controller.stop()


def test_starttls_is_used_and_verifies_the_servers_certificate(tls_smtp_server):
    url = f"smtp://127.0.0.1:{tls_smtp_server.port}?starttls=1"
    error = failure("email.send", {"to": "a@example.com"}, smtp_url=url)
    assert (error.code, error.retryable) == ("connection_error", False)
    assert "certificate" in error.message
    assert tls_smtp_server.mailbox.envelopes == []


# --- slack.post_message -------------------------------------------------------------------------


def slack(peer, config, **kwargs):
    settings = {"slack_api_url": f"{peer.base}/api", "slack_bot_token": SLACK_TOKEN, **kwargs}
    return run("slack.post_message", config, **settings)


def test_slack_posts_the_message_with_the_bot_token(peer):
    output = slack(peer, {"channel": "#deploys", "message": "Deployed *v2*"})
    assert output == {"ok": True, "channel": "C0123456789", "ts": "1700000000.000100"}
    hit = peer.hits[0]
    assert (hit["method"], hit["path"]) == ("POST", "/api/chat.postMessage")
    assert hit["headers"]["Authorization"] == f"Bearer {SLACK_TOKEN}"
    assert json.loads(hit["body"]) == {"channel": "#deploys", "text": "Deployed *v2*"}


def test_slack_text_defaults_to_the_inputs_summary(peer):
    run_input = {"summary": "2 of 3 checks passed", "details": [1, 2]}
    config = {"channel": "C1", "thread_ts": "1.2"}
    settings = {"slack_api_url": f"{peer.base}/api", "slack_bot_token": SLACK_TOKEN}
    run("slack.post_message", config, input=run_input, **settings)
    sent = json.loads(peer.hits[0]["body"])
    assert sent == {"channel": "C1", "text": "2 of 3 checks passed", "thread_ts": "1.2"}


def test_slack_api_errors_carry_slacks_error(peer):
    error = failure(
        "slack.post_message",
        {"channel": "C404", "text": "hi"},
        slack_api_url=f"{peer.base}/api",
        slack_bot_token=SLACK_TOKEN,
    )
    assert (error.code, error.retryable) == ("slack_error", False)
    assert "channel_not_found" in error.message


def test_slack_refuses_a_wrong_token(peer):
    error = failure(
        "slack.post_message",
        {"channel": "C1", "text": "hi"},
        slack_api_url=f"{peer.base}/api",
        slack_bot_token="xoxb-wrong",
    )
    assert error.code == "slack_error"
    assert "invalid_auth" in error.message


def test_slack_rate_limits_are_retryable(peer):
    error = failure(
        "slack.post_message",
        {"channel": "C429", "text": "hi"},
        slack_api_url=f"{peer.base}/api",
        slack_bot_token=SLACK_TOKEN,
    )
    assert (error.code, error.retryable) == ("http_error", True)


def test_slack_needs_a_token_and_a_channel(peer):
    error = failure("slack.post_message", {"channel": "C1", "text": "hi"})
    assert (error.code, error.retryable) == ("integration_not_configured", False)
    error = failure("slack.post_message", {"text": "hi"}, slack_bot_token=SLACK_TOKEN)
    assert (error.code, error.retryable) == ("invalid_config", False)
    assert peer.hits == []


# --- salesforce.query ---------------------------------------------------------------------------


def salesforce(peer, config, **kwargs):
    settings = {
        "salesforce_instance_url": peer.base + "/",
        "salesforce_access_token": SALESFORCE_TOKEN,
        **kwargs,
    }
    return run("salesforce.query", config, **settings)


def test_salesforce_query_follows_pages_and_drops_attributes(peer):
    output = salesforce(peer, {"query": "SELECT Id, Name, Owner.Name FROM Account"})
    assert output == {
        "total_size": 3,
        "done": True,
        "records": [
            {"Id": "001A", "Name": "Acme", "Owner": {"Id": "005A", "Name": "Ann"}},
            {"Id": "001B", "Name": "Globex", "Owner": None},
            {"Id": "001C", "Name": "Initech"},
        ],
    }
    first, second = peer.hits
    assert first["path"] == "/services/data/v59.0/query"
    assert first["query"] == {"q": ["SELECT Id, Name, Owner.Name FROM Account"]}
    assert second["path"] == "/services/data/v59.0/query/01gD0000002HU6KIAW-1"
    assert {hit["headers"]["Authorization"] for hit in peer.hits} == {f"Bearer {SALESFORCE_TOKEN}"}


def test_salesforce_stops_after_the_page_cap(peer):
    peer.salesforce_pages = [
        {
            "totalSize": 10_000,
            "done": False,
            "nextRecordsUrl": "endless",
            "records": [record("Lead", "00Q")],
        }
    ]
    output = salesforce(peer, {"query": "SELECT Id FROM Lead", "max_pages": 3})
    assert (output["total_size"], output["done"], len(output["records"])) == (10_000, False, 3)
    assert len(peer.hits) == 3
    salesforce(peer, {"query": "SELECT Id FROM Lead"})
    assert len(peer.hits) == 3 + 10


def test_salesforce_never_sends_the_token_to_another_host(peer):
    peer.salesforce_pages = [
        {"totalSize": 2, "done": False, "nextRecordsUrl": "http://127.0.0.2:1/steal", "records": []}
    ]
    error = failure(
        "salesforce.query",
        {"query": "SELECT Id FROM Account"},
        salesforce_instance_url=peer.base,
        salesforce_access_token=SALESFORCE_TOKEN,
    )
    assert (error.code, error.retryable) == ("salesforce_error", False)
    assert len(peer.hits) == 1


def test_salesforce_errors_carry_the_error_code(peer):
    error = failure(
        "salesforce.query",
        {"query": "SELECT Id FROM Account"},
        salesforce_instance_url=peer.base,
        salesforce_access_token="expired",
    )
    assert (error.code, error.retryable) == ("salesforce_error", False)
    assert "INVALID_SESSION_ID" in error.message
    error = failure(
        "salesforce.query",
        {"query": "DELETE everything"},
        salesforce_instance_url=peer.base,
        salesforce_access_token=SALESFORCE_TOKEN,
    )
    assert "MALFORMED_QUERY" in error.message


def test_salesforce_needs_settings_and_a_query(peer):
    error = failure("salesforce.query", {"query": "SELECT Id FROM Account"})
    assert (error.code, error.retryable) == ("integration_not_configured", False)
    for config in ({}, {"query": "  "}, {"query": "SELECT Id FROM Account", "max_pages": 0}):
        error = failure(
            "salesforce.query",
            config,
            salesforce_instance_url=peer.base,
            salesforce_access_token=SALESFORCE_TOKEN,
        )
        assert (error.code, error.retryable) == ("invalid_config", False)
    assert peer.hits == []


def test_every_integration_action_is_registered():
    assert set(NODE.actions) == {
        "http.request",
        "webhook.post",
        "email.send",
        "slack.post_message",
        "salesforce.query",
    }
