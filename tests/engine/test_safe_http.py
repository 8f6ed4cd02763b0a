"""The SSRF-guarded HTTP client, against real HTTP servers on loopback."""

import contextlib
import ipaddress
import json
import shutil
import socket
import ssl
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pytest

from service.engine import safe_http
from service.engine.nodes.base import ActionError
from service.engine.settings import EngineSettings

OPEN = EngineSettings(http_allow_private=True)
GUARDED = EngineSettings(http_allow_private=False)

# --- a record of every connect and DNS lookup this process makes -------------------------------

_recording: list | None = None


def _audit(event, args):
    # Audit hooks cannot be removed, so this one records only while a test asks it to.
    if _recording is not None and event in ("socket.connect", "socket.getaddrinfo"):
        _recording.append((event, args[1] if event == "socket.connect" else args[0]))


sys.addaudithook(_audit)


@pytest.fixture
def network_log():
    """Record (event, address-or-host) for every socket.connect and getaddrinfo in the test."""
    global _recording
    _recording = []
    try:
        yield _recording
    finally:
        _recording = None


def connects(log):
    return [address for event, address in log if event == "socket.connect"]


def lookups(log):
    return [host for event, host in log if event == "socket.getaddrinfo"]


# --- the peer -----------------------------------------------------------------------------------


class PeerHandler(BaseHTTPRequestHandler):
    """Routes: /json, /echo, /redirect, /chain/N, /slow, /trickle, /huge, /status/N, /text."""

    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def do_GET(self):
        self._route()

    do_POST = do_PUT = do_DELETE = do_HEAD = do_GET

    def _route(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        url = urlsplit(self.path)
        query = {k: v[-1] for k, v in parse_qs(url.query).items()}
        self.server.hits.append(
            {"method": self.command, "path": url.path, "headers": dict(self.headers), "body": body}
        )
        route = url.path.strip("/").split("/")
        if route[0] == "json":
            self._send(200, json.dumps({"hello": "world"}).encode(), "application/json")
        elif route[0] == "echo":
            echo = {"method": self.command, "headers": dict(self.headers), "body": body.decode()}
            self._send(200, json.dumps(echo).encode(), "application/json")
        elif route[0] == "text":
            self._send(200, "café".encode("latin-1"), "text/plain; charset=latin-1")
        elif route[0] == "redirect":
            self._redirect(int(query.get("status", 302)), query["to"])
        elif route[0] == "chain":
            left = int(route[1])
            if left == 0:
                self._send(200, b'{"arrived": true}', "application/json")
            else:
                self._redirect(302, f"/chain/{left - 1}")
        elif route[0] == "slow":
            time.sleep(float(query.get("seconds", 3)))
            self._send(200, b"late", "text/plain")
        elif route[0] == "trickle":
            self.send_response(200)
            self.send_header("Content-Length", "100")
            self.end_headers()
            with contextlib.suppress(OSError):
                for _ in range(100):
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    time.sleep(0.1)
        elif route[0] == "huge":
            self._huge(int(query["size"]), declared=query.get("declared", "1") == "1")
        elif route[0] == "status":
            self._send(int(route[1]), b'{"error": "nope"}', "application/json")
        else:
            self._send(404, b"no such route", "text/plain")

    def _send(self, status, body, content_type):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            with contextlib.suppress(OSError):  # a client that timed out has gone already
                self.wfile.write(body)

    def _redirect(self, status, location):
        self.send_response(status)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _huge(self, size, *, declared):
        self.send_response(200)
        self.send_header("Content-Type", "application/octet-stream")
        if declared:
            self.send_header("Content-Length", str(size))
        else:
            self.send_header("Connection", "close")  # the body ends when the socket closes
        self.end_headers()
        with_block = b"y" * 65536
        sent = 0
        try:
            while sent < size:
                piece = with_block[: size - sent]
                self.wfile.write(piece)
                sent += len(piece)
        except OSError:
            pass  # the client stopped reading: that is the point
        self.close_connection = True


def start_peer(host="127.0.0.1", handler=PeerHandler, wrap=None):
    """Serve `handler` on host:0 in a daemon thread; return the server (with .hits and .base)."""
    server = ThreadingHTTPServer((host, 0), handler)
    server.daemon_threads = True
    server.hits = []
    if wrap is not None:
        server.socket = wrap(server.socket)
    scheme = "https" if wrap else "http"
    server.base = f"{scheme}://{host}:{server.server_address[1]}"
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    return server


@pytest.fixture
def peer():
    server = start_peer()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def second_peer():
    """A peer on 127.0.0.2, which the tests treat as the one 'public' address."""
    try:
        server = start_peer("127.0.0.2")
    except OSError:
        pytest.skip("127.0.0.2 is not a loopback address here")
    yield server
    server.shutdown()
    server.server_close()


def only_127_0_0_2(address):
    return address == ipaddress.ip_address("127.0.0.2")


def fetch(url, settings=OPEN, **kwargs):
    return safe_http.request(kwargs.pop("method", "GET"), url, settings=settings, **kwargs)


def error_of(call, *args, **kwargs) -> ActionError:
    with pytest.raises(ActionError) as caught:
        call(*args, **kwargs)
    return caught.value


# --- the address check itself -------------------------------------------------------------------

BLOCKED_ADDRESSES = [
    "127.0.0.1", "127.255.255.254", "10.0.0.1", "172.16.0.1", "192.168.1.1", "169.254.169.254",
    "0.0.0.0", "100.64.0.1", "224.0.0.1", "239.255.255.250", "255.255.255.255", "240.0.0.1",
    "192.0.0.8", "198.18.0.1", "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1",
    "fec0::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254", "::127.0.0.1",
    "2002:7f00:1::", "2002:a00:1::", "64:ff9b::7f00:1", "64:ff9b::a9fe:a9fe", "2001:db8::1",
]  # fmt: skip
PUBLIC_ADDRESSES = ["8.8.8.8", "1.1.1.1", "93.184.216.34", "2606:4700:4700::1111", "2a00:1450::1"]


@pytest.mark.parametrize("text", BLOCKED_ADDRESSES)
def test_non_public_addresses_are_refused(text):
    assert not safe_http.is_public_address(ipaddress.ip_address(text))


@pytest.mark.parametrize("text", PUBLIC_ADDRESSES)
def test_public_addresses_are_allowed(text):
    assert safe_http.is_public_address(ipaddress.ip_address(text))


@pytest.mark.parametrize(
    ("spelling", "address"),
    [
        ("127.1", "127.0.0.1"),
        ("0x7f000001", "127.0.0.1"),
        ("0x7F.1", "127.0.0.1"),
        ("2130706433", "127.0.0.1"),
        ("017700000001", "127.0.0.1"),
        ("0177.0.0.01", "127.0.0.1"),
        ("0", "0.0.0.0"),
        ("10.1", "10.0.0.1"),
        ("169.254.43518", "169.254.169.254"),
        ("::ffff:127.0.0.1", "::ffff:127.0.0.1"),
        ("8.8.8.8", "8.8.8.8"),
    ],
)
def test_every_ipv4_spelling_is_read_as_its_address(spelling, address):
    assert safe_http.parse_ip_literal(spelling) == ipaddress.ip_address(address)


@pytest.mark.parametrize("name", ["example.com", "256.1.1.1", "1.2.3.4.5", "08", "0x", "a.1"])
def test_names_are_not_ip_literals(name):
    parsed = safe_http.parse_ip_literal(name)
    assert parsed is None or name == "0x"  # a bare "0x" is 0 to inet_aton too


def test_a_dns_name_is_resolved(network_log):
    assert ipaddress.ip_address("127.0.0.1") in safe_http.resolve_host("localhost", 80, timeout_s=5)
    assert lookups(network_log) == ["localhost"]


def test_names_under_localhost_never_reach_dns(network_log):
    addresses = safe_http.resolve_host("metadata.localhost", 80, timeout_s=5)
    assert addresses == [ipaddress.ip_address("127.0.0.1")]
    assert lookups(network_log) == []


# --- the guard on real requests -----------------------------------------------------------------

SPELLINGS = [
    "http://127.0.0.1:{port}/json",
    "http://127.1:{port}/json",
    "http://0x7f000001:{port}/json",
    "http://2130706433:{port}/json",
    "http://017700000001:{port}/json",
    "http://[::1]:{port}/json",
    "http://[::ffff:127.0.0.1]:{port}/json",
    "http://[::ffff:7f00:1]:{port}/json",
    "http://0.0.0.0:{port}/json",
    "http://0:{port}/json",
    "http://localhost:{port}/json",
    "http://LOCALHOST.:{port}/json",
    "http://api.localhost:{port}/json",
    "http://169.254.169.254/latest/meta-data/",
    "http://[fe80::1]/",
    "http://10.0.0.1/",
    "http://192.168.0.1/",
    "https://127.0.0.1:{port}/json",
    "http://user:pw@127.0.0.1:{port}/json",
]


@pytest.mark.parametrize("template", SPELLINGS)
def test_every_spelling_of_a_private_target_is_blocked(template, peer, network_log):
    url = template.format(port=peer.server_address[1])
    error = error_of(fetch, url, settings=GUARDED)
    assert (error.code, error.retryable) == ("ssrf_blocked", False)
    assert connects(network_log) == []
    assert peer.hits == []


def test_a_dns_name_resolving_to_loopback_is_blocked_after_resolution(peer, network_log):
    error = error_of(fetch, f"http://localhost:{peer.server_address[1]}/json", settings=GUARDED)
    assert error.code == "ssrf_blocked"
    assert "127.0.0.1" in error.message
    assert lookups(network_log) == ["localhost"]
    assert connects(network_log) == []


def test_literal_spellings_never_ask_dns(peer, network_log):
    for spelling in ("127.1", "0x7f000001", "2130706433", "017700000001"):
        error_of(fetch, f"http://{spelling}:{peer.server_address[1]}/", settings=GUARDED)
    assert lookups(network_log) == []


def test_a_redirect_from_an_allowed_host_to_loopback_is_blocked(peer, second_peer, network_log):
    for spelling in ("127.0.0.1", "127.1", "localhost", "[::ffff:127.0.0.1]"):
        target = f"http://{spelling}:{peer.server_address[1]}/json"
        url = f"{second_peer.base}/redirect?to={target}"
        error = error_of(fetch, url, settings=GUARDED, is_allowed_address=only_127_0_0_2)
        assert error.code == "ssrf_blocked"
    assert len(second_peer.hits) == 4
    assert peer.hits == []
    assert {address[0] for address in connects(network_log)} == {"127.0.0.2"}


def test_the_allow_check_lets_an_allowed_address_through(second_peer):
    response = fetch(
        f"{second_peer.base}/json", settings=GUARDED, is_allowed_address=only_127_0_0_2
    )
    assert response.json() == {"hello": "world"}


def test_the_connection_goes_to_the_address_that_was_checked(second_peer, monkeypatch, network_log):
    # A rebinding resolver: the checked answer is "public", any later answer would be loopback.
    answers = iter(["127.0.0.2"])
    real = socket.getaddrinfo

    def rebinding(host, port, *args, **kwargs):
        if host == "rebind.test":
            ip = next(answers, "127.0.0.1")
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, port))]
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    url = f"http://rebind.test:{second_peer.server_address[1]}/echo"
    response = fetch(url, settings=GUARDED, is_allowed_address=only_127_0_0_2)
    assert response.status == 200
    assert response.json()["headers"]["Host"] == f"rebind.test:{second_peer.server_address[1]}"
    assert connects(network_log) == [("127.0.0.2", second_peer.server_address[1])]


def test_private_targets_are_allowed_when_settings_say_so(peer):
    assert fetch(f"{peer.base}/json").json() == {"hello": "world"}


@pytest.mark.parametrize(
    "url",
    ["ftp://example.com/x", "file:///etc/passwd", "gopher://127.0.0.1/", "not a url", "http://",
     "", None, "http://exa mple.com/", "http://[::1", "http://example.com:99999/", "//no-scheme/",
     "javascript:alert(1)", "http://a\r\nb/"],
)  # fmt: skip
def test_bad_urls_and_other_schemes_are_refused(url, network_log):
    error = error_of(fetch, url, settings=GUARDED)
    assert (error.code, error.retryable) == ("invalid_url", False)
    assert network_log == []


def test_a_redirect_to_another_scheme_is_refused(peer):
    error = error_of(fetch, f"{peer.base}/redirect?to=file:///etc/passwd")
    assert error.code == "invalid_url"


# --- requests and responses ---------------------------------------------------------------------


def test_json_in_and_out_with_the_original_host_header(peer):
    port = peer.server_address[1]
    response = fetch(f"http://localhost:{port}/echo", method="POST", json={"a": [1, 2]})
    echoed = response.json()
    assert response.status == 200
    assert response.is_json
    assert json.loads(echoed["body"]) == {"a": [1, 2]}
    assert echoed["headers"]["Content-Type"] == "application/json"
    assert echoed["headers"]["Host"] == f"localhost:{port}"


def test_text_is_decoded_with_its_charset(peer):
    response = fetch(f"{peer.base}/text")
    assert response.parsed_body() == "café"
    assert response.headers["content-type"] == "text/plain; charset=latin-1"


def test_user_info_becomes_basic_auth(peer):
    port = peer.server_address[1]
    echoed = fetch(f"http://ann:s%3Acret@127.0.0.1:{port}/echo").json()
    assert echoed["headers"]["Authorization"] == "Basic YW5uOnM6Y3JldA=="


def test_redirects_are_followed_up_to_five(peer):
    response = fetch(f"{peer.base}/chain/5")
    assert response.json() == {"arrived": True}
    assert response.url.endswith("/chain/0")
    assert len(peer.hits) == 6


def test_a_sixth_redirect_fails(peer):
    error = error_of(fetch, f"{peer.base}/chain/6")
    assert (error.code, error.retryable) == ("too_many_redirects", False)
    assert len(peer.hits) == 6


def test_303_turns_a_post_into_a_get_and_307_keeps_it(peer):
    after_303 = fetch(f"{peer.base}/redirect?status=303&to=/echo", method="POST", json={"x": 1})
    assert after_303.json()["method"] == "GET"
    assert after_303.json()["body"] == ""
    after_307 = fetch(f"{peer.base}/redirect?status=307&to=/echo", method="POST", json={"x": 1})
    assert after_307.json()["method"] == "POST"
    assert json.loads(after_307.json()["body"]) == {"x": 1}


def test_credentials_do_not_follow_a_redirect_to_another_origin(peer, second_peer):
    secret = {"Authorization": "Bearer secret", "X-Other": "kept"}
    elsewhere = fetch(f"{peer.base}/redirect?to={second_peer.base}/echo", headers=secret).json()
    assert "Authorization" not in elsewhere["headers"]
    assert elsewhere["headers"]["X-Other"] == "kept"
    same_origin = fetch(f"{peer.base}/redirect?to=/echo", headers=secret).json()
    assert same_origin["headers"]["Authorization"] == "Bearer secret"


def test_a_slow_answer_times_out(peer):
    started = time.monotonic()
    error = error_of(fetch, f"{peer.base}/slow?seconds=3", timeout_s=0.5)
    assert (error.code, error.retryable) == ("timeout", True)
    assert time.monotonic() - started < 2


def test_a_trickling_body_times_out_on_the_total_budget(peer):
    # Every byte arrives well within a per-read timeout; only a total deadline stops it.
    started = time.monotonic()
    error = error_of(fetch, f"{peer.base}/trickle", timeout_s=1)
    assert error.code == "timeout"
    assert time.monotonic() - started < 2.5


def test_the_timeout_covers_every_redirect_hop(peer):
    target = "/slow?seconds=0.4"
    url = f"{peer.base}/redirect?to=/redirect%3Fto%3D{target.replace('?', '%253F')}"
    error = error_of(fetch, url, timeout_s=0.3)
    assert error.code == "timeout"


@pytest.mark.parametrize("declared", ["1", "0"])
def test_a_body_over_the_cap_is_refused(peer, declared):
    settings = EngineSettings(http_allow_private=True, http_max_response_bytes=100_000)
    error = error_of(fetch, f"{peer.base}/huge?size=5000000&declared={declared}", settings=settings)
    assert (error.code, error.retryable) == ("response_too_large", False)


def test_a_body_exactly_at_the_cap_is_read(peer):
    settings = EngineSettings(http_allow_private=True, http_max_response_bytes=100_000)
    response = fetch(f"{peer.base}/huge?size=100000&declared=0", settings=settings)
    assert len(response.body) == 100_000


@pytest.mark.parametrize(
    ("status", "retryable"), [(400, False), (401, False), (404, False), (408, True), (429, True),
                              (500, True), (503, True)],
)  # fmt: skip
def test_error_statuses_become_http_errors(peer, status, retryable):
    error = error_of(fetch, f"{peer.base}/status/{status}")
    assert (error.code, error.retryable) == ("http_error", retryable)
    assert str(status) in error.message


def test_error_statuses_can_be_returned_instead(peer):
    response = fetch(f"{peer.base}/status/500", raise_for_status=False)
    assert response.status == 500
    assert response.parsed_body() == {"error": "nope"}


def test_head_has_no_body(peer):
    response = fetch(f"{peer.base}/json", method="HEAD")
    assert (response.status, response.body) == (200, b"")


def test_a_closed_port_is_a_retryable_connection_error():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    error = error_of(fetch, f"http://127.0.0.1:{port}/")
    assert (error.code, error.retryable) == ("connection_error", True)


# --- TLS: connect to the checked address, verify the certificate for the URL's host -------------


@pytest.fixture(scope="module")
def certificate(tmp_path_factory):
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a test certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-keyout", str(key), "-out", str(cert), "-subj", "/CN=localhost",
         "-addext", "subjectAltName=DNS:localhost"],
        check=True, capture_output=True,
    )  # fmt: skip
    return cert, key


@pytest.fixture
def tls_peer(certificate):
    cert, key = certificate
    server_context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_context.load_cert_chain(cert, key)
    server_names = []
    server_context.sni_callback = lambda sock, name, ctx: server_names.append(name)
    server = start_peer(wrap=lambda s: server_context.wrap_socket(s, server_side=True))
    server.server_names = server_names
    server.client_context = ssl.create_default_context(cafile=str(cert))
    yield server
    server.shutdown()
    server.server_close()


def test_https_sends_sni_and_checks_the_certificate_for_the_host_name(tls_peer, network_log):
    port = tls_peer.server_address[1]
    url = f"https://localhost:{port}/json"
    response = fetch(url, ssl_context=tls_peer.client_context)
    assert response.json() == {"hello": "world"}
    assert tls_peer.server_names == ["localhost"]
    assert connects(network_log)[0][0] == "127.0.0.1"


def test_https_refuses_a_certificate_for_another_name(tls_peer):
    url = f"https://127.0.0.1:{tls_peer.server_address[1]}/json"
    error = error_of(fetch, url, ssl_context=tls_peer.client_context)
    assert (error.code, error.retryable) == ("connection_error", False)
    assert "certificate" in error.message
