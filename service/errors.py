"""Domain exceptions and the one JSON error envelope every failure is answered with."""

import logging

from flask import jsonify
from werkzeug.exceptions import HTTPException

log = logging.getLogger(__name__)


class AppError(Exception):
    """A failure with an HTTP status, a snake_case code and a sentence for humans."""

    status = 500
    code = "internal_error"

    def __init__(self, message: str, *, code: str | None = None, details: dict | None = None):
        super().__init__(message)
        self.message = message
        self.code = code or self.code
        self.details = details or {}


class Invalid(AppError):
    """The request is malformed or breaks a rule (400)."""

    status, code = 400, "validation_error"


class Unauthorized(AppError):
    """The credentials are missing or not acceptable (401)."""

    status, code = 401, "unauthorized"


class Forbidden(AppError):
    """The caller may not do this to this resource (403)."""

    status, code = 403, "forbidden"


class NotFound(AppError):
    """No such resource for this tenant (404)."""

    status, code = 404, "not_found"


class Conflict(AppError):
    """The change clashes with the current state (409)."""

    status, code = 409, "conflict"


class Unavailable(AppError):
    """A dependency (database, Redis) is down; try again (503)."""

    status, code = 503, "service_unavailable"


# Codes for the statuses werkzeug raises by itself (routing, body size, methods).
HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    408: "request_timeout",
    409: "conflict",
    411: "length_required",
    413: "payload_too_large",
    414: "uri_too_long",
    415: "unsupported_media_type",
    422: "validation_error",
    429: "rate_limited",
    431: "request_header_fields_too_large",
    500: "internal_error",
    503: "service_unavailable",
}


def error_response(status: int, code: str, message: str, details: dict | None = None, headers=None):
    """Build the envelope {"success": false, "error": {code, message, details}}."""
    body = {"success": False, "error": {"code": code, "message": message, "details": details or {}}}
    response = jsonify(body)
    response.status_code = status
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


def app_error_response(error: AppError):
    """Answer an AppError with the envelope."""
    return error_response(error.status, error.code, error.message, error.details)


def http_exception_response(error: HTTPException):
    """Answer a werkzeug/webargs HTTPException with the envelope (422 becomes 400)."""
    status = error.code or 500
    data = getattr(error, "data", None) or {}
    details = {}
    if "messages" in data or "errors" in data:
        details = {"fields": data.get("errors") or data.get("messages")}
    if status == 422 or (status == 400 and details):  # webargs' errors; the contract says 400
        status = 400
        message = "The request is invalid: see details.fields."
        code = "validation_error"
    else:
        message = data.get("message") or error.description or "Request failed."
        code = HTTP_CODES.get(status, "http_error")
    headers = dict(data.get("headers") or {})
    if status == 405 and error.get_response().headers.get("Allow"):
        headers["Allow"] = error.get_response().headers["Allow"]
    return error_response(status, code, message, details, headers)


def init_app(app):
    """Register the handlers that turn every failure into the envelope."""
    from peewee import InterfaceError, OperationalError
    from redis.exceptions import ConnectionError as RedisConnectionError
    from redis.exceptions import TimeoutError as RedisTimeoutError

    app.register_error_handler(AppError, app_error_response)

    @app.errorhandler(HTTPException)
    def _http_error(error: HTTPException):
        return http_exception_response(error)

    def _dependency_down(error):
        log.warning("dependency unavailable: %s", error)
        return error_response(
            503,
            "service_unavailable",
            "A backing service is unavailable; retry shortly.",
            headers={"Retry-After": "1"},
        )

    for exc in (OperationalError, InterfaceError, RedisConnectionError, RedisTimeoutError):
        app.register_error_handler(exc, _dependency_down)

    @app.errorhandler(RecursionError)
    def _too_deep(_error):
        return error_response(400, "validation_error", "The request is nested too deeply.")

    @app.errorhandler(Exception)
    def _unexpected(error: Exception):
        log.exception("unhandled error")
        return error_response(500, "internal_error", "An unexpected error occurred.")
