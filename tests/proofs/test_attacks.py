"""Attack cases, each with the answer the contract promises: the JSON envelope, never a 500."""

import base64
import hashlib
import hmac
import http.client
import json
import os
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import jwt as pyjwt
import pytest
import websocket

from service.db import db
from service.engine import safe_http
from service.engine.executor import Executor
from service.engine.nodes.base import ActionError
from service.engine.settings import EngineSettings
from service.events.store import publish_events, record_event
from tests.factories import SECRET, auth, node, token, workflow_body
from tests.support.processes import WebServer, service_environment

BASE = "/api/v2/workflows"
SOME_ID = "6f1c1d2e-3b4a-4c5d-8e9f-0a1b2c3d4e5f"  # fixed: xdist needs the same test ids
MIB = 1024 * 1024


def assert_error(response, status, code=None):
    """The response is the error envelope with this status (and code, when given)."""
    assert response.status_code == status, (response.status_code, response.get_data()[:300])
    assert response.mimetype == "application/json"
    body = response.get_json()
    assert body["success"] is False
    assert set(body["error"]) == {"code", "message", "details"}
    if code is not None:
        assert body["error"]["code"] == code, body
    return body["error"]


def create_workflow(client, headers=None, **overrides) -> dict:
    response = client.post(BASE, json=workflow_body(**overrides), headers=headers or auth())
    assert response.status_code == 201, response.get_json()
    return response.get_json()["workflow"]


# --- JWT ----------------------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def hand_made_token(header: dict, claims: dict, key: bytes = SECRET.encode()) -> str:
    """Sign header.claims with HMAC-SHA256 whatever the header says (pyjwt refuses some)."""
    signing_input = f"{_b64(json.dumps(header).encode())}.{_b64(json.dumps(claims).encode())}"
    signature = hmac.new(key, signing_input.encode(), hashlib.sha256).digest()
    return f"{signing_input}.{_b64(signature)}"


def _claims(**changes) -> dict:
    now = int(time.time())
    claims = {"sub": "user-a", "customer_id": "tenant-a", "iat": now, "exp": now + 600}
    claims.update(changes)
    return {key: value for key, value in claims.items() if value is not None}


JWT_ATTACKS = {
    "alg none": lambda: pyjwt.encode(_claims(), None, algorithm="none"),
    "alg none, signature kept": lambda: (
        hand_made_token({"alg": "none", "typ": "JWT"}, _claims()).rsplit(".", 1)[0] + "."
    ),
    "HS512 with the right key": lambda: pyjwt.encode(_claims(), SECRET, algorithm="HS512"),
    "RS256 header, HMAC signature": lambda: hand_made_token({"alg": "RS256"}, _claims()),
    "wrong key": lambda: token(secret="another-secret-that-is-long-enough-for-hs256!!"),
    "expired": lambda: token(lifetime=-5),
    "nbf in the future": lambda: token(nbf=int(time.time()) + 3600),
    "no exp": lambda: token(exp=None),
    "integer sub": lambda: hand_made_token({"alg": "HS256", "typ": "JWT"}, _claims(sub=42)),
    "empty sub": lambda: token(user_id=""),
    "no customer_id": lambda: token(customer_id=None),
    "empty customer_id": lambda: token(customer_id=""),
    "customer_id list": lambda: token(customer_id=["tenant-a", "tenant-b"]),
    "customer_id dict": lambda: token(customer_id={"$ne": None}),
    "tampered claims": lambda: token().split(".")[0] + "." + _b64(b'{"sub":"x"}') + ".sig",
    "not a jwt": lambda: "not.a.jwt",
    "two dots only": lambda: "..",
}


@pytest.mark.parametrize("case", JWT_ATTACKS)
def test_every_bad_token_is_a_401_envelope(client, case):
    response = client.get(BASE, headers={"Authorization": f"Bearer {JWT_ATTACKS[case]()}"})
    assert_error(response, 401)
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


@pytest.mark.parametrize(
    "header",
    ["Bearer", "Bearer ", "Basic dXNlcjpwYXNz", "bearer", "Token abc", "Bearer a b c", "\x00"],
)
def test_malformed_authorization_headers_are_401(client, header):
    assert_error(client.get(BASE, headers={"Authorization": header}), 401)


@pytest.mark.parametrize(
    ("claims", "status"),
    [
        ({}, 401),
        ({"aud": "someone-else", "iss": "https://issuer.test"}, 401),
        ({"aud": "workflows", "iss": "https://evil.test"}, 401),
        ({"aud": "workflows"}, 401),
        ({"aud": "workflows", "iss": "https://issuer.test"}, 200),
        ({"aud": ["other", "workflows"], "iss": "https://issuer.test"}, 200),
    ],
)
def test_audience_and_issuer_are_enforced_when_configured(make_app, claims, status):
    client = make_app(JWT_AUDIENCE="workflows", JWT_ISSUER="https://issuer.test").test_client()
    response = client.get(BASE, headers=auth(**claims))
    if status == 401:
        assert_error(response, 401)
    else:
        assert response.status_code == 200


@pytest.mark.parametrize("name", ["token", "access_token", "jwt"])
def test_a_token_in_the_query_string_is_not_accepted_on_rest_routes(client, name):
    assert_error(client.get(f"{BASE}?{name}={token()}"), 401)


@pytest.mark.parametrize(
    "huge",
    [
        "x" * 16 * 1024,
        token(padding="x" * 16 * 1024, secret="z" * 40),
        token(padding="x" * 16 * 1024, lifetime=-5),
    ],
)
def test_a_16_kib_bad_token_is_a_401(client, huge):
    assert len(huge) >= 16 * 1024
    assert_error(client.get(BASE, headers={"Authorization": f"Bearer {huge}"}), 401)


# --- mass assignment ----------------------------------------------------------------------------

SERVER_OWNED = {
    "customer_id": "tenant-b",
    "id": SOME_ID,
    "created_by": "someone-else",
    "created_at": "2000-01-01T00:00:00.000Z",
    "updated_at": "2000-01-01T00:00:00.000Z",
}


@pytest.mark.parametrize("field", [*SERVER_OWNED, "status", "success"])
def test_create_refuses_server_owned_fields_and_creates_nothing(client, field):
    value = SERVER_OWNED.get(field, "archived")
    response = client.post(BASE, json=workflow_body(**{field: value}), headers=auth())
    error = assert_error(response, 400, "validation_error")
    assert field in json.dumps(error["details"])
    for headers in (auth(), auth("tenant-b")):
        assert client.get(BASE, headers=headers).get_json()["total"] == 0


@pytest.mark.parametrize("field", list(SERVER_OWNED))
def test_patch_refuses_server_owned_fields_and_changes_nothing(client, field):
    workflow = create_workflow(client)
    url = f"{BASE}/{workflow['id']}"
    response = client.patch(url, json={field: SERVER_OWNED[field], "name": "x"}, headers=auth())
    assert_error(response, 400, "validation_error")
    assert client.get(url, headers=auth()).get_json()["workflow"] == workflow


def test_execute_refuses_server_owned_run_fields(client):
    workflow = create_workflow(client)
    url = f"{BASE}/{workflow['id']}/execute"
    for field, value in {"status": "completed", "customer_id": "tenant-b", "id": "x"}.items():
        assert_error(client.post(url, json={"inputs": {}, field: value}, headers=auth()), 400)
    runs = client.get(f"{BASE}/{workflow['id']}/runs", headers=auth()).get_json()
    assert runs["total"] == 0


# --- bodies: size, depth, framing, content type --------------------------------------------------


def test_a_body_over_one_mib_is_a_413_envelope(client):
    body = json.dumps(workflow_body(description="x" * (MIB + 10)))
    response = client.post(BASE, data=body, content_type="application/json", headers=auth())
    assert_error(response, 413, "payload_too_large")


@pytest.mark.parametrize("opener", ["[", '{"a":'])
def test_a_body_nested_100k_deep_is_a_400_envelope(client, opener):
    closer = "]" if opener == "[" else "}"
    body = opener * 100_000 + "1" + closer * 100_000
    for url in (BASE, f"{BASE}/parse"):
        response = client.post(url, data=body, content_type="application/json", headers=auth())
        assert_error(response, 400)


@pytest.mark.parametrize("depth", [500, 5000])
def test_a_definition_nested_deep_but_small_never_fails(client, depth):
    config = '{"values":' + '{"x":' * depth + "{}" + "}" * depth + "}"
    nodes = f'[{{"id":"step_1","type":"transform","action":"set","config":{config}}}]'
    body = f'{{"name":"Deep","definition":{{"nodes":{nodes},"inputs":{{}},"outputs":{{}}}}}}'
    response = client.post(BASE, data=body, content_type="application/json", headers=auth())
    if response.status_code == 201:  # accepted: then it must also read back
        url = f"{BASE}/{response.get_json()['workflow']['id']}"
        assert client.get(url, headers=auth()).status_code == 200
        assert client.get(BASE, headers=auth()).status_code == 200
    else:
        assert_error(response, 400)


@pytest.mark.parametrize(
    ("content_type", "data"),
    [
        ("text/plain", json.dumps(workflow_body())),
        ("application/x-www-form-urlencoded", "name=x&definition=y"),
        ("multipart/form-data; boundary=B", '--B\r\nContent-Disposition: form-data; name="name"'),
        ("application/xml", "<workflow><name>x</name></workflow>"),
        (None, json.dumps(workflow_body())),
    ],
)
def test_non_json_bodies_are_400_envelopes(client, content_type, data):
    headers = auth()
    if content_type is not None:
        headers["Content-Type"] = content_type
    assert_error(client.post(BASE, data=data, headers=headers), 400)
    assert client.get(BASE, headers=auth()).get_json()["total"] == 0


def test_a_non_json_body_does_not_start_a_run(client):
    workflow = create_workflow(client)
    url = f"{BASE}/{workflow['id']}/execute"
    response = client.post(url, data="inputs=1", content_type="text/plain", headers=auth())
    assert_error(response, 400)
    runs = client.get(f"{BASE}/{workflow['id']}/runs", headers=auth()).get_json()
    assert runs["total"] == 0


@pytest.mark.parametrize("data", ["", "null", "[]", '"text"', "1", "{", "\xff\xfe", '{"a":NaN}'])
def test_json_that_is_not_an_object_is_a_400_envelope(client, data):
    response = client.post(BASE, data=data, content_type="application/json", headers=auth())
    assert_error(response, 400)


ON_POSTGRES = bool(os.environ.get("TEST_DATABASE_URL"))


@pytest.mark.parametrize(
    ("field", "raw"),
    [
        pytest.param("name", '"a\\u0000b"', id="NUL in name"),
        pytest.param("description", '"x\\u0000"', id="NUL in description"),
        pytest.param("name", '"a\\udb9cb"', id="lone surrogate in name"),
        pytest.param("description", '"\\udfff"', id="lone surrogate in desc"),
        pytest.param("name", '"\\ud83d\\ude00 ok"', id="surrogate pair in name"),
        pytest.param("name", '"\\u202e\\u0007tab\\t"', id="controls in name"),
    ],
)
def test_odd_text_is_stored_faithfully_or_refused(client, field, raw):
    body = json.dumps(workflow_body(name="Plain"))[:-1] + f', "{field}": {raw}}}'
    if field == "name":
        body = body.replace('"name": "Plain", ', "", 1)
    created = client.post(BASE, data=body, content_type="application/json", headers=auth())
    if created.status_code == 400:
        assert_error(created, 400)
        return
    assert created.status_code == 201, created.get_data()[:300]
    workflow = created.get_json()["workflow"]
    assert workflow[field] == json.loads(raw)
    stored = client.get(f"{BASE}/{workflow['id']}", headers=auth()).get_json()["workflow"]
    assert stored[field] == json.loads(raw)
    patched = client.patch(
        f"{BASE}/{workflow['id']}",
        data=f'{{"{field}": {raw}}}',
        content_type="application/json",
        headers=auth(),
    )
    assert patched.status_code in (200, 409), patched.get_data()[:300]


# --- real gunicorn: chunked bodies and oversized headers -----------------------------------------


@pytest.fixture(scope="module")
def web(migrated, database_url, redis_server):
    """One real gunicorn worker on the test database."""
    server = WebServer(
        service_environment(database_url, redis_server.url, RATE_LIMIT="100000/minute"), workers=1
    ).start()
    yield server
    server.stop()


def send_chunked(web, path, chunks, headers) -> tuple[int, str, bytes]:
    """POST a body with Transfer-Encoding: chunked and no Content-Length; return the answer."""
    connection = http.client.HTTPConnection("127.0.0.1", web.port, timeout=30)
    try:
        connection.putrequest("POST", path)
        for name, value in {**headers, "Transfer-Encoding": "chunked"}.items():
            connection.putheader(name, value)
        connection.endheaders()
        try:
            for chunk in chunks:
                connection.send(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
            connection.send(b"0\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError):
            pass  # the server may answer and close before the whole body is sent
        response = connection.getresponse()
        return response.status, response.getheader("Content-Type"), response.read()
    finally:
        connection.close()


def test_a_small_chunked_body_is_read_whole(clean_state, web):
    body = json.dumps(workflow_body(name="Chunked")).encode()
    chunks = [body[i : i + 7] for i in range(0, len(body), 7)]
    headers = {**auth(), "Content-Type": "application/json"}
    status, _content_type, raw = send_chunked(web, BASE, chunks, headers)
    assert status == 201, raw[:300]
    assert json.loads(raw)["workflow"]["name"] == "Chunked"


def test_a_chunked_body_over_one_mib_is_refused_with_json(clean_state, web):
    body = json.dumps(workflow_body(description="x" * (MIB + 10))).encode()
    chunks = [body[i : i + 64 * 1024] for i in range(0, len(body), 64 * 1024)]
    headers = {**auth(), "Content-Type": "application/json"}
    status, content_type, raw = send_chunked(web, BASE, chunks, headers)
    assert status in (400, 413), raw[:300]
    assert content_type == "application/json"
    assert json.loads(raw)["success"] is False
    total = web.request("GET", BASE, headers=auth())[2]["total"]
    assert total == 0


@pytest.mark.parametrize(
    ("path", "headers"),
    [
        (BASE, {"Authorization": f"Bearer {token(padding='x' * 16 * 1024)}"}),
        (f"{BASE}/{'a' * 5000}", {}),
    ],
    ids=["16 KiB token", "5000-byte path"],
)
def test_oversized_request_heads_through_gunicorn_are_json(clean_state, web, path, headers):
    connection = http.client.HTTPConnection("127.0.0.1", web.port, timeout=10)
    try:
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        raw = response.read()
    finally:
        connection.close()
    assert response.status in (400, 401, 404, 414, 431), raw[:200]
    assert response.getheader("Content-Type") == "application/json", raw[:200]
    assert json.loads(raw)["success"] is False


# --- query and path values ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    [
        f"limit={10**30}",
        "limit=0",
        "limit=201",
        "limit=-1",
        "limit=1e3",
        "limit=abc",
        f"offset={10**30}",
        "offset=-1",
        "status=deleted",
    ],
)
def test_out_of_range_page_values_are_400_envelopes(client, query):
    workflow = create_workflow(client)
    for url in (BASE, f"{BASE}/{workflow['id']}/runs", f"{BASE}/{workflow['id']}/schedules"):
        if "status" in query and "schedules" in url:
            continue  # schedules take no status filter
        assert_error(client.get(f"{url}?{query}", headers=auth()), 400, "validation_error")


@pytest.mark.parametrize(
    "path",
    [
        "/..%2f..%2fetc%2fpasswd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/../health",
        "/" + "a" * 10_000,
        f"/{SOME_ID}x",
        f"/{SOME_ID.upper()}",
        "/%00",
        "/' OR '1'='1",
        f"/{SOME_ID}/runs/..%2f..",
        f"/{SOME_ID}/runs/" + "9" * 5000,
    ],
)
def test_odd_path_ids_are_404_envelopes(client, path):
    assert_error(client.get(BASE + path, headers=auth()), 404)


def test_method_override_headers_are_ignored(client):
    workflow = create_workflow(client)
    url = f"{BASE}/{workflow['id']}"
    for name in ("X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override"):
        response = client.get(url, headers={**auth(), name: "DELETE"})
        assert response.status_code == 200
        response = client.post(f"{url}/execute", json={}, headers={**auth(), name: "DELETE"})
        assert response.status_code == 201
    assert client.get(f"{url}?_method=DELETE", headers=auth()).status_code == 200
    assert client.get(url, headers=auth()).status_code == 200


def _every_route(client, workflow_id, run_id, schedule_id) -> list[str]:
    spec = client.get(f"{BASE}/openapi.json").get_json()
    ids = {
        "workflow_id": workflow_id,
        "run_id": run_id,
        "schedule_id": schedule_id,
        "name": "approval",
        "version": "1.0.0",
    }
    return [path.format(**ids) for path in spec["paths"]]


def test_head_on_every_route_is_not_a_failure(client):
    workflow = create_workflow(client)
    run = client.post(f"{BASE}/{workflow['id']}/execute", json={}, headers=auth()).get_json()
    for url in _every_route(client, workflow["id"], run["run"]["id"], str(uuid.uuid4())):
        for headers in (auth(), {}):
            response = client.head(url, headers=headers)
            assert response.status_code in (200, 401, 404, 405), (url, response.status_code)
            assert response.get_data() == b""


def test_options_on_every_route_is_not_a_failure(client):
    workflow = create_workflow(client)
    run = client.post(f"{BASE}/{workflow['id']}/execute", json={}, headers=auth()).get_json()
    for url in _every_route(client, workflow["id"], run["run"]["id"], str(uuid.uuid4())):
        for headers in (auth(), {}):
            response = client.options(url, headers=headers)
            assert response.status_code in (200, 204, 401), (url, response.status_code)
            if response.status_code == 401:
                assert_error(response, 401)
            else:
                allowed = {m.strip() for m in response.headers["Allow"].split(",")}
                assert allowed & {"GET", "POST", "PATCH", "DELETE"}, (url, allowed)


# --- schedules: impossible crons -----------------------------------------------------------------


@pytest.mark.parametrize(
    "cron",
    [
        "0 0 30 2 *",
        "0 0 31 4 *",
        "0 0 31 2,4,6,9,11 *",
        "0 0 0 0 0 0",
        "0 0 * * * *",
        "* * *",
        "",
        "@reboot",
        "61 * * * *",
        "* 24 * * *",
        "*/0 * * * *",
        "0 0 1 1 * 2099",
        "* * * * * " + "*" * 5000,
    ],
)
def test_impossible_crons_are_400_envelopes(client, cron):
    spec = client.get(f"{BASE}/openapi.json").get_json()
    if f"{BASE}/{{workflow_id}}/schedules" not in spec["paths"]:
        pytest.skip("the schedule routes are not in the spec yet")
    workflow = create_workflow(client)
    url = f"{BASE}/{workflow['id']}/schedules"
    assert_error(client.post(url, json={"cron_expression": cron}, headers=auth()), 400)
    assert client.get(url, headers=auth()).get_json()["total"] == 0


# --- SSRF ---------------------------------------------------------------------------------------


class MemoryStore:
    """Keeps what the executor records."""

    def __init__(self):
        self.changes = []

    def apply(self, changes):
        self.changes.append(changes)


class Peer(BaseHTTPRequestHandler):
    """Answers 200, or redirects to ?to=..., and counts its hits."""

    hits: list

    def do_GET(self):
        self.server.hits.append(self.path)
        if self.path.startswith("/redirect?to="):
            self.send_response(302)
            self.send_header("Location", self.path.split("=", 1)[1])
        else:
            self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *_args):
        pass


@pytest.fixture
def peer():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Peer)
    server.hits = []
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    yield server
    server.shutdown()
    server.server_close()


def run_http_node(url, settings=None):
    """Execute a one-node workflow with an http.request node; return (outcome, store)."""
    store = MemoryStore()
    nodes = [node("fetch", "integration", "http.request", config={"url": url, "method": "GET"})]
    executor = Executor(
        {"nodes": nodes, "inputs": {}, "outputs": {}},
        run_id="run-ssrf",
        inputs={},
        settings=settings or EngineSettings(http_allow_private=False, default_timeout_s=5),
        store=store,
    )
    return executor.run(), store


@pytest.mark.parametrize(
    ("template", "code"),
    [
        ("http://127.0.0.1:{port}/", "ssrf_blocked"),
        ("http://127.1:{port}/", "ssrf_blocked"),
        ("http://0x7f000001:{port}/", "ssrf_blocked"),
        ("http://2130706433:{port}/", "ssrf_blocked"),
        ("http://017700000001:{port}/", "ssrf_blocked"),
        ("http://0177.0.0.1:{port}/", "ssrf_blocked"),
        ("http://[::1]:{port}/", "ssrf_blocked"),
        ("http://[::ffff:127.0.0.1]:{port}/", "ssrf_blocked"),
        ("http://[::ffff:7f00:1]:{port}/", "ssrf_blocked"),
        ("http://0.0.0.0:{port}/", "ssrf_blocked"),
        ("http://0:{port}/", "ssrf_blocked"),
        ("http://localhost:{port}/", "ssrf_blocked"),
        ("http://LOCALHOST.:{port}/", "ssrf_blocked"),
        ("http://foo.localhost:{port}/", "ssrf_blocked"),
        ("http://169.254.169.254/latest/meta-data", "ssrf_blocked"),
        ("http://[fd00:ec2::254]/latest/meta-data", "ssrf_blocked"),
        ("http://10.0.0.1/", "ssrf_blocked"),
        ("http://192.168.0.1/", "ssrf_blocked"),
        ("http://100.64.0.1/", "ssrf_blocked"),
        ("http://user:pass@127.0.0.1:{port}/", "ssrf_blocked"),
        # The host is host.invalid here (a name that never resolves): never the peer.
        ("http://127.0.0.1%2f@host.invalid/", "connection_error"),
        ("file:///etc/passwd", "invalid_url"),
        ("gopher://127.0.0.1:{port}/_GET%20/", "invalid_url"),
        ("dict://127.0.0.1:{port}/", "invalid_url"),
        ("ftp://127.0.0.1/", "invalid_url"),
        ("//127.0.0.1:{port}/", "invalid_url"),
        ("http:///etc/passwd", "invalid_url"),
        ("http://127.0.0.1:{port}\\@host.invalid/", "connection_error"),
    ],
)
def test_an_http_node_cannot_reach_private_targets(peer, template, code):
    url = template.format(port=peer.server_address[1])
    outcome, _store = run_http_node(url)
    assert outcome.status == "failed"
    assert outcome.error["node_id"] == "fetch"
    assert outcome.error["code"] in (code, "invalid_url")
    assert peer.hits == []


def test_the_same_node_reaches_the_peer_when_private_targets_are_allowed(peer):
    url = f"http://127.0.0.1:{peer.server_address[1]}/ok"
    settings = EngineSettings(http_allow_private=True, default_timeout_s=5)
    outcome, _store = run_http_node(url, settings)
    assert outcome.status == "completed", outcome.error
    assert peer.hits == ["/ok"]  # so the refusals above are the guard, not a dead peer


def test_a_redirect_to_a_private_target_is_refused_at_the_hop(peer):
    # A second loopback address stands in for the one public host; the redirect leads home.
    try:
        public = ThreadingHTTPServer(("127.0.0.2", 0), Peer)
    except OSError:
        pytest.skip("127.0.0.2 is not a loopback address here")
    public.hits = []
    threading.Thread(target=public.serve_forever, args=(0.05,), daemon=True).start()
    try:
        settings = EngineSettings(http_allow_private=False)
        port = peer.server_address[1]
        for target in (
            f"http://127.0.0.1:{port}/",
            f"http://0x7f000001:{port}/",
            f"http://[::1]:{port}/",
            "http://169.254.169.254/latest/meta-data",
            "file:///etc/passwd",
        ):
            url = f"http://127.0.0.2:{public.server_address[1]}/redirect?to={target}"
            with pytest.raises(ActionError) as refused:
                safe_http.request(
                    "GET",
                    url,
                    settings=settings,
                    timeout_s=5,
                    is_allowed_address=lambda address: str(address) == "127.0.0.2",
                )
            assert refused.value.code in ("ssrf_blocked", "invalid_url")
        assert len(public.hits) == 5
        assert peer.hits == []
    finally:
        public.shutdown()
        public.server_close()


# --- rate limit ---------------------------------------------------------------------------------


def test_rotating_forwarded_for_does_not_evade_the_address_limit(make_app):
    client = make_app(RATE_LIMIT="3/minute", PROXY_COUNT="0").test_client()
    statuses = [
        client.get(BASE, headers={"X-Forwarded-For": f"203.0.113.{n}"}).status_code
        for n in range(5)
    ]
    assert statuses == [401, 401, 401, 429, 429]
    refused = client.get(BASE, headers={"X-Forwarded-For": "198.51.100.7"})
    assert_error(refused, 429, "rate_limited")
    assert int(refused.headers["Retry-After"]) >= 1


def test_a_user_is_limited_whatever_forwarded_for_says(make_app):
    client = make_app(RATE_LIMIT="3/minute", PROXY_COUNT="1").test_client()
    statuses = [
        client.get(BASE, headers={**auth(), "X-Forwarded-For": f"203.0.113.{n}"}).status_code
        for n in range(5)
    ]
    assert statuses == [200, 200, 200, 429, 429]
    assert client.get(BASE, headers=auth(user_id="user-2")).status_code == 200


def test_bad_tokens_count_against_the_address_not_a_forged_user(make_app):
    client = make_app(RATE_LIMIT="3/minute").test_client()
    forged = {"Authorization": f"Bearer {token(secret='x' * 40)}"}
    assert [client.get(BASE, headers=forged).status_code for _ in range(4)] == [401] * 3 + [429]
    assert client.get(BASE, headers=auth()).status_code == 200  # the real user is untouched


# --- WebSocket ----------------------------------------------------------------------------------


def ws_url(web, **query) -> str:
    suffix = "&".join(f"{key}={value}" for key, value in query.items())
    return f"ws://127.0.0.1:{web.port}{BASE}/ws" + (f"?{suffix}" if suffix else "")


@pytest.mark.parametrize(
    ("query", "headers"),
    [
        ({}, {}),
        ({"token": "garbage"}, {}),
        ({"token": token(lifetime=-5)}, {}),
        ({"token": pyjwt.encode(_claims(), None, algorithm="none")}, {}),
        ({"token": token(customer_id=None)}, {}),
        ({"token": token(secret="y" * 40)}, {}),
        ({}, {"Authorization": "Basic abc"}),
        ({"token": token()}, {"Authorization": "Bearer garbage"}),
    ],
)
def test_a_websocket_with_a_bad_token_is_refused_before_the_upgrade(
    clean_state, web, query, headers
):
    with pytest.raises(websocket.WebSocketBadStatusException) as refused:
        websocket.create_connection(ws_url(web, **query), header=headers, timeout=10)
    assert refused.value.status_code == 401
    assert json.loads(refused.value.resp_body)["error"]["code"] in (
        "invalid_token",
        "missing_token",
    )


def _emit(customer_id: str, name: str) -> int:
    with db.atomic():
        row = record_event(
            customer_id=customer_id,
            workflow_id=str(uuid.uuid4()),
            run_id=str(uuid.uuid4()),
            name=name,
            data={"secret": f"of {customer_id}"},
        )
    publish_events([row])
    return row.id


def test_a_websocket_of_tenant_b_receives_none_of_tenant_a_events(clean_state, web):
    a_before = _emit("tenant-a", "execution:started")  # stored before B connects
    stranger = websocket.create_connection(
        ws_url(web, token=token("tenant-b", "user-b"), since=0), timeout=10
    )
    owner = websocket.create_connection(ws_url(web), header=auth(), timeout=10)
    try:
        a_live = [_emit("tenant-a", "step:completed") for _ in range(3)]
        sentinel = _emit("tenant-b", "execution:completed")
        frame = json.loads(stranger.recv())
        assert frame["id"] == sentinel, frame  # B's first frame is its own, none of A's
        assert frame["data"] == {"secret": "of tenant-b"}
        owner_ids = [json.loads(owner.recv())["id"] for _ in a_live]
        assert owner_ids == a_live and a_before not in owner_ids
        stranger.settimeout(0.5)
        with pytest.raises(websocket.WebSocketTimeoutException):
            stranger.recv()
    finally:
        stranger.close()
        owner.close()
