"""The email.send action: one message over SMTP, as configured by settings.smtp_url."""

import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid, parseaddr
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from service.engine.nodes.base import ActionContext, ActionError
from service.engine.nodes.integration.http_actions import call_timeout
from service.engine.nodes.integration.message_text import render_message_text

DEFAULT_SUBJECT = "Workflow notification"


@dataclass(frozen=True)
class SmtpServer:
    """Where and how to deliver: host, port, TLS mode and optional login."""

    host: str
    port: int
    implicit_tls: bool
    starttls: bool
    username: str | None
    password: str | None


def parse_smtp_url(url: str) -> SmtpServer:
    """Read `smtp://user:pass@host:port[?starttls=1]` or `smtps://…` into an SmtpServer."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise _not_configured(f"SMTP_URL is malformed: {exc}") from exc
    if parts.scheme not in ("smtp", "smtps") or not parts.hostname:
        raise _not_configured("SMTP_URL must look like smtp://user:pass@host:port")
    implicit_tls = parts.scheme == "smtps"
    starttls = parse_qs(parts.query).get("starttls", ["0"])[-1].lower() in ("1", "true", "yes")
    return SmtpServer(
        host=parts.hostname,
        port=port or (465 if implicit_tls else 25),
        implicit_tls=implicit_tls,
        starttls=starttls and not implicit_tls,
        username=unquote(parts.username) if parts.username else None,
        password=unquote(parts.password) if parts.password is not None else None,
    )


def send_email(ctx: ActionContext) -> dict[str, Any]:
    """Send one email to `to` (and `cc`/`bcc`); the body defaults to the node's input."""
    if not ctx.settings.smtp_url:
        raise _not_configured("email.send needs SMTP_URL")
    server = parse_smtp_url(ctx.settings.smtp_url)
    config = ctx.config
    to = _addresses(config.get("to"), "to", required=True)
    cc = _addresses(config.get("cc"), "cc")
    bcc = _addresses(config.get("bcc"), "bcc")
    sender = _addresses(config.get("from") or ctx.settings.smtp_from, "from", required=True)[0]
    body = next((config[k] for k in ("body", "text") if config.get(k) is not None), ctx.input)
    message = EmailMessage()
    message["From"] = sender
    message["To"] = ", ".join(to)
    if cc:
        message["Cc"] = ", ".join(cc)
    # Folding a templated subject onto one line keeps it from injecting headers.
    message["Subject"] = " ".join(str(config.get("subject") or DEFAULT_SUBJECT).split())
    message["Date"] = formatdate(usegmt=True)
    message["Message-ID"] = make_msgid(domain=parseaddr(sender)[1].rpartition("@")[2] or None)
    message.set_content(render_message_text(body))
    # The envelope takes bare addresses; display names stay in the headers.
    recipients = list(dict.fromkeys(parseaddr(a)[1] for a in to + cc + bcc))
    refused = _deliver(server, message, sender, recipients, call_timeout(ctx))
    output: dict[str, Any] = {
        "sent": True,
        "recipients": [r for r in recipients if r not in refused],
        "message_id": message["Message-ID"],
    }
    if refused:
        output["refused"] = {
            r: f"{code} {reply.decode(errors='replace')}" for r, (code, reply) in refused.items()
        }
    return output


def _deliver(
    server: SmtpServer, message: EmailMessage, sender: str, recipients: list[str], timeout_s: float
) -> dict[str, tuple[int, bytes]]:
    tls = ssl.create_default_context()
    try:
        if server.implicit_tls:
            client = smtplib.SMTP_SSL(server.host, server.port, timeout=timeout_s, context=tls)
        else:
            client = smtplib.SMTP(server.host, server.port, timeout=timeout_s)
        with client:
            if server.starttls:
                client.starttls(context=tls)
            if server.username:
                client.login(server.username, server.password or "")
            return client.send_message(message, from_addr=sender, to_addrs=recipients)
    except smtplib.SMTPRecipientsRefused as exc:
        codes = [code for code, _ in exc.recipients.values()]
        detail = "; ".join(
            f"{r}: {c} {m.decode(errors='replace')}" for r, (c, m) in exc.recipients.items()
        )
        raise ActionError(
            "smtp_error", f"every recipient was refused ({detail})", retryable=_transient(*codes)
        ) from exc
    except smtplib.SMTPResponseException as exc:
        reply = (
            exc.smtp_error.decode(errors="replace")
            if isinstance(exc.smtp_error, bytes)
            else exc.smtp_error
        )
        raise ActionError(
            "smtp_error",
            f"the SMTP server answered {exc.smtp_code} {reply}",
            retryable=_transient(exc.smtp_code),
        ) from exc
    except smtplib.SMTPServerDisconnected as exc:
        raise ActionError("connection_error", f"the SMTP server hung up: {exc}") from exc
    except smtplib.SMTPException as exc:
        raise ActionError("smtp_error", f"SMTP failed: {exc}", retryable=False) from exc
    except TimeoutError as exc:
        raise ActionError("timeout", "the SMTP server did not answer within the timeout") from exc
    except ssl.SSLCertVerificationError as exc:
        raise ActionError(
            "connection_error", f"SMTP TLS certificate rejected: {exc}", retryable=False
        ) from exc
    except OSError as exc:
        raise ActionError("connection_error", f"could not reach the SMTP server: {exc}") from exc


def _transient(*codes: int) -> bool:
    # 4xx replies are temporary by SMTP's definition; 5xx are permanent.
    return any(400 <= code < 500 for code in codes)


def _addresses(value: Any, field: str, *, required: bool = False) -> list[str]:
    items = value.split(",") if isinstance(value, str) else value
    if items is None:
        items = []
    if not isinstance(items, list) or not all(isinstance(item, str) for item in items):
        raise _invalid(f"{field} must be an email address or a list of them")
    addresses = [item.strip() for item in items if item.strip()]
    if required and not addresses:
        raise _invalid(f"{field} needs at least one email address")
    for address in addresses:
        _, bare = parseaddr(address)
        local, _, domain = bare.rpartition("@")
        broken = any(c in address for c in "\r\n\0") or any(c.isspace() for c in bare)
        if not local or not domain or broken:
            raise _invalid(f"{field}: {address!r} is not an email address")
    return addresses


def _invalid(message: str) -> ActionError:
    return ActionError("invalid_config", message, retryable=False)


def _not_configured(message: str) -> ActionError:
    return ActionError("integration_not_configured", message, retryable=False)
