"""JWT verification in Flask, and the rate-limit key (CONTRACT §2)."""

import time
from datetime import timedelta

from flask import current_app, g, request
from flask_jwt_extended import create_access_token, decode_token, get_jwt, verify_jwt_in_request
from flask_limiter.util import get_remote_address

from service.auth.identity import Identity
from service.errors import Unauthorized, error_response
from service.observability.context import bind_fields

# The event streams take their token in the Authorization header or in `?token=` (browsers cannot
# set headers on a WebSocket or an EventSource), and check it themselves.
STREAM_ENDPOINTS = {"events_ws", "events_sse"}
# Endpoints that need no token: health, the OpenAPI and AsyncAPI documents, the docs UI and its
# assets, the event streams, and /metrics, which checks METRICS_TOKEN itself.
PUBLIC_ENDPOINTS = {
    "health.Health",
    "api-docs.openapi_json",
    "asyncapi.asyncapi",
    "metrics.metrics",
    "api-docs.openapi_swagger_ui",
    "docs_assets.static",
    *STREAM_ENDPOINTS,
}


def claims_problem(claims: dict) -> str | None:
    """Return why verified claims are still unacceptable, or None when they are fine."""
    if "exp" not in claims:
        return "The token has no expiry (exp)."
    if not isinstance(claims.get("sub"), str) or not claims["sub"]:
        return "The token's subject (sub) must be a non-empty string."
    customer_id = claims.get("customer_id")
    if not isinstance(customer_id, str) or not customer_id:
        return "The token has no customer_id claim."
    return None


def current_identity() -> Identity:
    """Return the verified caller of this request."""
    claims = get_jwt()
    return Identity(customer_id=claims["customer_id"], user_id=claims["sub"])


def identity_from_token(token: str) -> Identity:
    """Verify a raw token (e.g. from a WebSocket query) and return its identity."""
    try:
        claims = decode_token(token)
    except Exception as exc:  # any decode failure is a refusal, never a crash
        raise Unauthorized(f"The token is not valid: {exc}", code="invalid_token") from None
    problem = claims_problem(claims)
    if problem:
        raise Unauthorized(problem, code="invalid_token")
    return Identity(customer_id=claims["customer_id"], user_id=claims["sub"])


def _is_preflight() -> bool:
    return request.method == "OPTIONS"


def rate_limit_identity() -> str:
    """Key the limit by verified user; unverified callers by client address."""
    if "rate_limit_key" in g:  # a stream handshake may ask again
        return g.rate_limit_key
    if _is_preflight():
        g.rate_limit_key = f"addr:{get_remote_address()}"
        return g.rate_limit_key
    try:
        identity = _stream_identity() if request.endpoint in STREAM_ENDPOINTS else None
        if identity is None:
            verify_request_token()
            identity = current_identity()
        g.rate_limit_key = f"user:{identity.customer_id}:{identity.user_id}"
    except Exception as exc:
        g.auth_failure = exc  # re-raised by require_token, answered as 401
        g.rate_limit_key = f"addr:{get_remote_address()}"
    return g.rate_limit_key


def _stream_identity() -> Identity | None:
    # A stream's `?token=` handshake counts against its verified user's budget (CONTRACT §11),
    # not its client address. The stream reads the identity back rather than decode it twice.
    token = request.args.get("token")
    if "Authorization" in request.headers or not token:
        return None
    try:
        g.stream_identity = identity_from_token(token)
    except Unauthorized:
        return None  # refused by the stream itself, with its 401
    return g.stream_identity


def require_token():
    """Refuse every non-public request without a valid token (before the view runs)."""
    # OPTIONS is answered by Flask itself (Allow header) and carries no credentials.
    if request.endpoint is None or request.endpoint in PUBLIC_ENDPOINTS or _is_preflight():
        return
    failure = g.pop("auth_failure", None)
    if failure is not None:
        raise failure
    if g.get("_jwt_extended_jwt") is None:  # the rate-limit key already verified it, usually
        verify_request_token()
    claims = g._jwt_extended_jwt
    bind_fields(customer_id=claims.get("customer_id"), user_id=claims.get("sub"))


# Tokens flask-jwt-extended verified, by their exact text, kept per app (an app's secret, aud and
# iss are fixed). PyJWT's decode was about a fifth of an authenticated request's CPU
# (bench/runs.py's profile), and a client sends its token again and again. An entry holds only
# what that verification returned and is used only while the token's own exp and nbf allow, the
# checks a new decode would repeat (the signature, alg, aud and iss cannot change for the same
# text and app; no revocation list exists to consult).
_VERIFIED_MAX = 10_000


def verify_request_token() -> None:
    """Verify the request's bearer token (once per distinct token while it is valid)."""
    verified = current_app.extensions.setdefault("workflows_verified_tokens", {})
    parts = request.headers.get("Authorization", "").split()
    token = parts[1] if len(parts) == 2 and parts[0] == "Bearer" else None
    cached = verified.get(token) if token else None
    if cached is not None:
        claims, header = cached
        now = time.time()
        if claims["exp"] > now and claims.get("nbf", 0) <= now:
            # What verify_jwt_in_request stores for get_jwt() (no user lookup is configured).
            g._jwt_extended_jwt_user = None
            g._jwt_extended_jwt_header = header
            g._jwt_extended_jwt = claims
            g._jwt_extended_jwt_location = "headers"
            return
        verified.pop(token, None)
    header, claims = verify_jwt_in_request()
    if token:
        if len(verified) >= _VERIFIED_MAX:
            verified.clear()  # cheap and rare: the next requests verify again
        verified[token] = (claims, header)


def issue_token(*, customer_id: str, user_id: str, expires_in: int = 3600) -> str:
    """Create a signed token for a tenant user (used by the CLI and tests)."""
    return create_access_token(
        identity=user_id,
        additional_claims={"customer_id": customer_id},
        expires_delta=timedelta(seconds=expires_in),
    )


def _unauthorized(message: str, code: str = "unauthorized"):
    return error_response(401, code, message, headers={"WWW-Authenticate": "Bearer"})


def init_app(app, jwt):
    """Configure flask-jwt-extended so that every token failure is a 401 envelope."""
    config = app.config["WORKFLOWS"]
    app.config.update(
        JWT_SECRET_KEY=config.jwt_secret_key,
        JWT_ALGORITHM="HS256",
        JWT_DECODE_ALGORITHMS=["HS256"],  # pinned: alg none and other algorithms are refused
        JWT_TOKEN_LOCATION=["headers"],
        JWT_DECODE_AUDIENCE=config.jwt_audience,
        JWT_DECODE_ISSUER=config.jwt_issuer,
        JWT_ENCODE_AUDIENCE=config.jwt_audience,
        JWT_ENCODE_ISSUER=config.jwt_issuer,
        JWT_DECODE_LEEWAY=0,
    )

    @jwt.token_verification_loader
    def _claims_acceptable(_header, claims):
        return claims_problem(claims) is None

    @jwt.token_verification_failed_loader
    def _claims_refused(_header, claims):
        return _unauthorized(claims_problem(claims) or "The token was refused.", "invalid_token")

    @jwt.unauthorized_loader
    def _missing(reason):
        return _unauthorized(f"Authentication required: {reason}.", "missing_token")

    @jwt.invalid_token_loader
    def _invalid(reason):
        return _unauthorized(f"The token is not valid: {reason}.", "invalid_token")

    @jwt.expired_token_loader
    def _expired(_header, _claims):
        return _unauthorized("The token has expired.", "token_expired")

    @jwt.revoked_token_loader
    def _revoked(_header, _claims):
        return _unauthorized("The token has been revoked.", "token_revoked")

    @jwt.needs_fresh_token_loader
    def _not_fresh(_header, _claims):
        return _unauthorized("A fresh token is required.", "token_not_fresh")

    @jwt.user_lookup_error_loader
    def _lookup_failed(_header, _claims):
        return _unauthorized("The token's user could not be found.", "invalid_token")

    # Registered after the limiter's own hook, so the limit is counted before auth refuses.
    app.before_request(require_token)
