"""Make gunicorn's own error pages (431, 414, 400 on a malformed request) the JSON envelope.

gunicorn answers requests it cannot parse (a head too large, a bad request line) before the app
sees them, with an HTML page from `gunicorn.util.write_error`; it has no hook for the body, so
gunicorn.conf.py replaces that one function with this one at start.
"""

import json

from gunicorn import util

from service.errors import HTTP_CODES


def write_json_error(sock, status_int, reason, mesg):
    """Write gunicorn's error response as {"success": false, "error": {...}} JSON."""
    body = json.dumps(
        {
            "success": False,
            "error": {
                "code": HTTP_CODES.get(status_int, "bad_request"),
                "message": f"{reason}: {mesg}" if mesg else f"{reason}.",
                "details": {},
            },
        }
    ).encode()
    head = (
        f"HTTP/1.1 {status_int} {reason}\r\nConnection: close\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode("latin1")
    util.write_nonblock(sock, head + body)


def install() -> None:
    """Route gunicorn's error pages through write_json_error."""
    util.write_error = write_json_error
