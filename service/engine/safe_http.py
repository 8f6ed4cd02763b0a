"""An HTTP client for actions: refuses non-public targets, connects to the address it checked.

Every hop (the first request and each redirect) parses the URL, resolves the host once, checks
every resolved address and then connects to that very address, so a DNS answer cannot change
between the check and the connection. The URL's host still goes into the Host header, the TLS SNI
and the certificate check.
"""

import contextlib
import http.client
import ipaddress
import json as jsonlib
import socket
import ssl
import string
import threading
import time
from base64 import b64encode
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from email.message import Message
from typing import Any, NamedTuple
from urllib.parse import quote, unquote, urljoin, urlsplit

from service.engine.nodes.base import ActionError
from service.engine.settings import EngineSettings

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
AddressCheck = Callable[[IPAddress], bool]

MAX_REDIRECTS = 5
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_CHUNK_BYTES = 64 * 1024
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
# Special-purpose ranges that Python 3.11's ipaddress still calls global (fixed in later releases).
_ALSO_NOT_GLOBAL = tuple(
    ipaddress.ip_network(n) for n in ("192.0.0.0/24", "64:ff9b:1::/48", "100::/64", "5f00::/16")
)
# Headers the client owns: a caller's value would break framing or the pinned Host.
_OWN_HEADERS = frozenset({"host", "content-length", "transfer-encoding", "connection"})
# Credentials never follow a redirect to another origin.
_CREDENTIAL_HEADERS = frozenset({"authorization", "cookie", "proxy-authorization"})
_UNSET: Any = object()


@dataclass(frozen=True)
class HttpResponse:
    """A fully read response: status, lower-cased headers, body bytes and the final URL."""

    status: int
    headers: dict[str, str]
    body: bytes
    url: str

    @property
    def is_json(self) -> bool:
        """Tell whether the content type announces JSON."""
        media = self.headers.get("content-type", "").split(";")[0].strip().lower()
        return media == "application/json" or media.endswith("+json")

    def text(self) -> str:
        """Decode the body with the declared charset (UTF-8 by default)."""
        message = Message()
        message["content-type"] = self.headers.get("content-type", "text/plain")
        charset = message.get_content_charset() or "utf-8"
        try:
            return self.body.decode(charset, errors="replace")
        except LookupError:
            return self.body.decode("utf-8", errors="replace")

    def json(self) -> Any:
        """Parse the body as JSON (raises ValueError when it is not)."""
        return jsonlib.loads(self.text())

    def parsed_body(self) -> Any:
        """Return the body as JSON when it is declared JSON and parses, else as text."""
        if self.is_json and self.body:
            try:
                return self.json()
            except ValueError:
                pass
        return self.text()


class _Target(NamedTuple):
    scheme: str
    host: str  # IDNA/ASCII host, or the canonical text of an IP literal
    port: int
    path: str
    host_header: str
    authorization: str | None


def is_public_address(address: IPAddress) -> bool:
    """Tell whether an address is global unicast, including any IPv4 address embedded in it."""
    return all(_is_public_unicast(candidate) for candidate in _with_embedded_ipv4(address))


def _with_embedded_ipv4(address: IPAddress) -> list[IPAddress]:
    # An IPv6 address can carry an IPv4 one that the network will route to (mapped, 6to4,
    # Teredo, NAT64); Python 3.11 judges e.g. ::ffff:127.0.0.1 by its IPv6 ranges only.
    found: list[IPAddress] = [address]
    if isinstance(address, ipaddress.IPv6Address):
        found += [a for a in (address.ipv4_mapped, address.sixtofour) if a is not None]
        if address.teredo:
            found += list(address.teredo)
        if address in _NAT64:
            found.append(ipaddress.IPv4Address(int(address) & 0xFFFFFFFF))
    return found


def _is_public_unicast(address: IPAddress) -> bool:
    return address.is_global and not (
        address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
        or (isinstance(address, ipaddress.IPv6Address) and address.is_site_local)
        or any(address in network for network in _ALSO_NOT_GLOBAL)
    )


def parse_ip_literal(host: str) -> IPAddress | None:
    """Read `host` as an IP address in any spelling inet_aton accepts, or return None."""
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    # Shortened, hex, octal and single-number IPv4 forms (127.1, 0x7f000001, 017700000001,
    # 2130706433) are read here so that no resolver ever sees them as names.
    parts = host.split(".")
    if not 1 <= len(parts) <= 4:
        return None
    try:
        numbers = [_inet_aton_part(part) for part in parts]
    except ValueError:
        return None
    *head, last = numbers
    if any(n > 0xFF for n in head) or last >= 1 << (8 * (5 - len(parts))):
        return None
    value = last
    for index, number in enumerate(head):
        value |= number << (8 * (3 - index))
    return ipaddress.IPv4Address(value)


def _inet_aton_part(part: str) -> int:
    if part[:2].lower() == "0x":
        return int(part[2:] or "0", 16)
    if len(part) > 1 and part.startswith("0"):
        return int(part[1:], 8)
    if not part.isdigit():
        raise ValueError(part)
    return int(part)


def resolve_host(host: str, port: int, *, timeout_s: float) -> list[IPAddress]:
    """Return the addresses `host` stands for, asking DNS only when it is not an IP literal."""
    literal = parse_ip_literal(host)
    if literal is not None:
        return [literal]
    if host.endswith(".localhost"):
        # RFC 6761: names under .localhost are loopback; don't leak them to a DNS server.
        return [ipaddress.IPv4Address("127.0.0.1")]
    outcome: dict[str, Any] = {}

    def lookup() -> None:
        try:
            outcome["infos"] = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except OSError as exc:
            outcome["error"] = exc

    # getaddrinfo takes no timeout; a daemon thread keeps a slow resolver within the budget.
    worker = threading.Thread(target=lookup, daemon=True)
    worker.start()
    worker.join(max(timeout_s, 0.0))
    if worker.is_alive():
        raise ActionError("timeout", f"resolving {host} took longer than the timeout")
    if "error" in outcome:
        error = outcome["error"]
        transient = getattr(error, "errno", None) == socket.EAI_AGAIN
        raise ActionError(
            "connection_error", f"could not resolve {host}: {error}", retryable=transient
        )
    addresses = [ipaddress.ip_address(info[4][0].split("%")[0]) for info in outcome["infos"]]
    return list(dict.fromkeys(addresses))


def request(
    method: str,
    url: str,
    *,
    settings: EngineSettings,
    timeout_s: float | None = None,
    headers: Mapping[str, str] | None = None,
    body: bytes | None = None,
    json: Any = _UNSET,
    max_redirects: int = MAX_REDIRECTS,
    raise_for_status: bool = True,
    is_allowed_address: AddressCheck | None = None,
    ssl_context: ssl.SSLContext | None = None,
) -> HttpResponse:
    """Send a request, following redirects, with every hop's address checked and pinned."""
    # `is_allowed_address` replaces the policy from settings (tests use it to treat one loopback
    # address as public); `timeout_s` bounds the whole exchange, every redirect hop included.
    timeout = settings.default_timeout_s if timeout_s is None else timeout_s
    deadline = time.monotonic() + timeout
    allowed = is_allowed_address or (
        (lambda _address: True) if settings.http_allow_private else is_public_address
    )
    sent = {k: v for k, v in (headers or {}).items() if k.lower() not in _OWN_HEADERS}
    if json is not _UNSET:
        body = jsonlib.dumps(json).encode()
        if not any(k.lower() == "content-type" for k in sent):
            sent["Content-Type"] = "application/json"
    method = method.upper()
    target = _parse_url(url)
    for hop in range(max_redirects + 1):
        response = _send(method, url, target, sent, body, deadline, allowed, ssl_context, settings)
        location = response.headers.get("location")
        if response.status not in _REDIRECTS or not location:
            break
        if hop == max_redirects:
            raise ActionError(
                "too_many_redirects", f"more than {max_redirects} redirects", retryable=False
            )
        url = urljoin(url, location.strip())
        next_target = _parse_url(url)
        if (next_target.scheme, next_target.host, next_target.port) != target[:3]:
            sent = {k: v for k, v in sent.items() if k.lower() not in _CREDENTIAL_HEADERS}
        target = next_target
        if _redirect_drops_body(response.status, method):
            method, body = "GET", None
            sent = {k: v for k, v in sent.items() if k.lower() != "content-type"}
    if raise_for_status and response.status >= 400:
        raise status_error(response)
    return response


def _redirect_drops_body(status: int, method: str) -> bool:
    # What browsers and requests do: 303 always becomes GET, 301/302 do so for non-GET methods.
    if status == 303:
        return method != "HEAD"
    return status in (301, 302) and method not in ("GET", "HEAD")


def status_error(response: HttpResponse) -> ActionError:
    """Build the http_error for a 4xx/5xx (retryable for 5xx, 408 and 429)."""
    retryable = response.status >= 500 or response.status in (408, 429)
    detail = " ".join(response.text()[:300].split())
    return ActionError(
        "http_error",
        f"HTTP {response.status} from {_redact(response.url)}" + (f": {detail}" if detail else ""),
        retryable=retryable,
    )


def _redact(url: str) -> str:
    # Messages end up in step errors: keep out user:password and query strings (tokens).
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.hostname or ''}{parts.path}"


def _parse_url(url: Any) -> _Target:
    if not isinstance(url, str) or not url.strip():
        raise ActionError("invalid_url", "the URL must be a non-empty string", retryable=False)
    url = url.strip()
    if any(ord(c) < 0x21 or ord(c) == 0x7F for c in url):
        raise ActionError(
            "invalid_url", "the URL contains spaces or control characters", retryable=False
        )
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise ActionError("invalid_url", f"malformed URL: {exc}", retryable=False) from exc
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise ActionError("invalid_url", "only http and https URLs are allowed", retryable=False)
    if not parts.hostname:
        raise ActionError("invalid_url", "the URL has no host", retryable=False)
    # "name." is the same DNS name as "name"; resolvers and certificates want the latter.
    host = parts.hostname.rstrip(".")
    if not host:
        raise ActionError("invalid_url", "the URL has no host", retryable=False)
    try:
        host = host if host.isascii() else host.encode("idna").decode()
    except UnicodeError as exc:
        raise ActionError("invalid_url", f"invalid host name: {exc}", retryable=False) from exc
    literal = parse_ip_literal(host)
    if literal is not None:
        host = str(literal)
    default_port = 443 if scheme == "https" else 80
    shown = f"[{host}]" if ":" in host else host
    host_header = shown if port in (None, default_port) else f"{shown}:{port}"
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    authorization = None
    if parts.username is not None:
        pair = f"{unquote(parts.username)}:{unquote(parts.password or '')}"
        authorization = "Basic " + b64encode(pair.encode()).decode()
    # Percent-encode what is not ASCII, keep every reserved character and existing escapes.
    safe = string.punctuation.replace('"', "").replace("<", "").replace(">", "")
    return _Target(
        scheme, host, port or default_port, quote(path, safe=safe), host_header, authorization
    )


class _PinnedConnection(http.client.HTTPConnection):
    """A connection to one fixed address; TLS uses the URL's host for SNI and the certificate."""

    def __init__(
        self,
        address: IPAddress,
        port: int,
        *,
        timeout: float,
        tls_host: str | None,
        ssl_context: ssl.SSLContext | None,
    ):
        super().__init__(str(address), port, timeout=timeout)
        self._tls_host = tls_host
        self._ssl_context = ssl_context or ssl.create_default_context()

    def connect(self) -> None:
        """Open the TCP (and TLS) connection to the checked address."""
        sock = socket.create_connection((self.host, self.port), self.timeout)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if self._tls_host is not None:
            try:
                sock = self._ssl_context.wrap_socket(sock, server_hostname=self._tls_host)
            except BaseException:
                sock.close()
                raise
        self.sock = sock


def _send(method, url, target, headers, body, deadline, allowed, ssl_context, settings):
    addresses = resolve_host(target.host, target.port, timeout_s=_remaining(deadline))
    refused = [address for address in addresses if not allowed(address)]
    if refused:
        raise ActionError(
            "ssrf_blocked",
            f"refusing to connect to {target.host} ({refused[0]}): not a public address",
            retryable=False,
        )
    sent = {**headers, "Host": target.host_header}
    if target.authorization and not any(k.lower() == "authorization" for k in headers):
        sent["Authorization"] = target.authorization
    last_error: OSError | None = None
    for address in addresses:
        tls_host = target.host if target.scheme == "https" else None
        conn = _PinnedConnection(
            address,
            target.port,
            timeout=_remaining(deadline),
            tls_host=tls_host,
            ssl_context=ssl_context,
        )
        timed_out = threading.Event()

        def expire(conn=conn, timed_out=timed_out) -> None:
            # Per-operation socket timeouts cannot bound a peer that trickles bytes; shutting
            # the socket down at the deadline does.
            timed_out.set()
            if conn.sock is not None:
                with contextlib.suppress(OSError):
                    conn.sock.shutdown(socket.SHUT_RDWR)

        watchdog = threading.Timer(_remaining(deadline), expire)
        watchdog.daemon = True
        watchdog.start()
        try:
            conn.connect()
        except (TimeoutError, ssl.SSLError) as exc:
            watchdog.cancel()
            conn.close()
            raise _transport_error(exc, target, timed_out) from exc
        except OSError as exc:
            watchdog.cancel()
            conn.close()
            last_error = exc
            if timed_out.is_set():
                raise _transport_error(exc, target, timed_out) from exc
            continue
        try:
            conn.request(method, target.path, body=body, headers=sent)
            raw = conn.getresponse()
            return _read(raw, method, url, settings.http_max_response_bytes, timed_out)
        except (OSError, http.client.HTTPException) as exc:
            raise _transport_error(exc, target, timed_out) from exc
        finally:
            watchdog.cancel()
            conn.close()
    raise _transport_error(last_error, target, threading.Event())


def _read(raw, method, url, max_bytes, timed_out) -> HttpResponse:
    headers: dict[str, str] = {}
    for name, value in raw.getheaders():
        key = name.lower()
        headers[key] = f"{headers[key]}, {value}" if key in headers else value
    chunks: list[bytes] = []
    if method != "HEAD" and raw.status not in (204, 304):
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > max_bytes:
            raise _too_large(max_bytes)
        size = 0
        while chunk := raw.read(min(_CHUNK_BYTES, max_bytes + 1 - size)):
            chunks.append(chunk)
            size += len(chunk)
            if size > max_bytes:
                raise _too_large(max_bytes)
        if timed_out.is_set():
            raise ActionError("timeout", "the response did not arrive within the timeout")
    return HttpResponse(raw.status, headers, b"".join(chunks), url)


def _too_large(max_bytes: int) -> ActionError:
    return ActionError(
        "response_too_large", f"the response is larger than {max_bytes} bytes", retryable=False
    )


def _transport_error(exc: BaseException | None, target: _Target, timed_out) -> ActionError:
    if timed_out.is_set() or isinstance(exc, TimeoutError):
        return ActionError("timeout", f"{target.host} did not answer within the timeout")
    if isinstance(exc, ssl.SSLCertVerificationError):
        return ActionError(
            "connection_error",
            f"TLS certificate of {target.host} rejected: {exc}",
            retryable=False,
        )
    return ActionError("connection_error", f"could not talk to {target.host}: {exc}")


def _remaining(deadline: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise ActionError("timeout", "the request did not finish within the timeout")
    return left
