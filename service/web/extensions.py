"""The Flask extensions, created unbound and initialised by the app factory."""

import json

from flask_jwt_extended import JWTManager
from flask_limiter import Limiter
from flask_smorest import Api
from flask_sock import Sock
from marshmallow import Schema, fields
from webargs.flaskparser import FlaskParser, is_json_request

from service.errors import Invalid, http_exception_response
from service.web import rate_limit_storage  # noqa: F401  (registers the workflows+redis scheme)


class ErrorDetailSchema(Schema):
    """The inner error object."""

    code = fields.String(required=True, metadata={"example": "validation_error"})
    message = fields.String(required=True)
    details = fields.Dict(required=True)


class ErrorSchema(Schema):
    """The one error envelope: {"success": false, "error": {...}}."""

    success = fields.Boolean(required=True, metadata={"example": False})
    error = fields.Nested(ErrorDetailSchema, required=True)


class ArgumentsParser(FlaskParser):
    """Report invalid bodies, queries and paths as 400, never 422."""

    DEFAULT_VALIDATION_STATUS = 400

    def _raw_load_json(self, req):
        if not is_json_request(req) and (
            req.content_length or req.headers.get("Transfer-Encoding")
        ):
            # webargs treats a non-JSON body as "no body"; with all-optional fields that would
            # quietly act on defaults. A body that is there must be JSON.
            raise Invalid(
                "The request body must be JSON (Content-Type: application/json).",
                code="unsupported_content_type",
            )
        try:
            return super()._raw_load_json(req)
        except RecursionError:
            # Python's decoder gives up on deep nesting with RecursionError; it is bad JSON.
            raise json.JSONDecodeError("JSON nested too deeply", "", 0) from None


class WorkflowsApi(Api):
    """flask-smorest's Api, answering errors with the contract's envelope."""

    ERROR_SCHEMA = ErrorSchema

    def handle_http_exception(self, error):
        """Render any HTTPException as the JSON envelope."""
        return http_exception_response(error)


# Public endpoints that are never rate limited (monitoring and docs must always answer).
UNLIMITED_ENDPOINTS = frozenset({"health.Health", "docs_assets.static", "metrics.metrics"})


def rate_limit_key() -> str:
    """Return the budget a request counts against (see auth.tokens.rate_limit_identity)."""
    # Imported here: the auth module needs the app context this function runs in.
    from service.auth.tokens import rate_limit_identity

    return rate_limit_identity()


api = WorkflowsApi()
jwt = JWTManager()
# flask-limiter holds the storage and the strategy; web/rate_limit.py counts each request with
# them (one application-wide budget per user) and takes flask-limiter's own hooks off the app.
limiter = Limiter(key_func=rate_limit_key, headers_enabled=False)
sock = Sock()
