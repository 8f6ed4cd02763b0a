"""The Workflows API Flask application."""

from flask import Blueprint as FlaskBlueprint
from flask import Flask
from werkzeug.middleware.proxy_fix import ProxyFix

from service import db
from service.config import Config


def create_app(config: Config | None = None, *, queue=None) -> Flask:
    """Build the web app on the worker's base: config, then extensions, then blueprints.

    `queue` builds the run queue adapter from the Redis URL (see create_worker_app).
    """
    from service import cli, errors
    from service.auth import tokens
    from service.events import asyncapi, sse, ws
    from service.health.metrics import blp as metrics
    from service.health.routes import blp as health
    from service.parse.routes import blp as parse
    from service.redis import bounded_pool, limiter_storage_uri
    from service.runs.routes import blp as runs
    from service.schedules.routes import blp as schedules
    from service.web import observe, openapi, rate_limit
    from service.web.blueprint import API_PREFIX
    from service.web.extensions import UNLIMITED_ENDPOINTS, api, jwt, limiter, rate_limit_key, sock
    from service.web.flask_app import WorkflowsFlask
    from service.web.json_provider import OrjsonProvider
    from service.worker_app import create_worker_app
    from service.workflows.routes import blp as workflows

    base = create_worker_app(config, queue=queue)
    config = base.config
    app = WorkflowsFlask(__name__)
    app.config["WORKFLOWS"] = config
    app.config.update(
        MAX_CONTENT_LENGTH=config.max_content_length,
        API_TITLE="Workflows API",
        API_VERSION="2.0.0",
        OPENAPI_VERSION="3.0.3",
        OPENAPI_URL_PREFIX=API_PREFIX,
        OPENAPI_JSON_PATH="openapi.json",
        OPENAPI_SWAGGER_UI_PATH="docs",
        OPENAPI_SWAGGER_UI_URL=f"{API_PREFIX}/docs/assets/",
        API_SPEC_OPTIONS={
            "security": [{"bearerAuth": []}],
            "info": {
                "description": "Multi-tenant workflow definitions, runs and schedules. The live"
                f" event streams ({API_PREFIX}/ws, a WebSocket, and {API_PREFIX}/events,"
                " Server-Sent Events) are described by the AsyncAPI document at"
                f" {API_PREFIX}/asyncapi.json."
            },
        },
        RATELIMIT_STORAGE_URI=limiter_storage_uri(base.redis_url),
        RATELIMIT_STORAGE_OPTIONS={
            "connection_pool": bounded_pool(base.redis_url, socket_timeout=2)
        },
        RATELIMIT_STRATEGY="sliding-window-counter",
        RATELIMIT_KEY_PREFIX="workflows-rl",
    )
    app.url_map.strict_slashes = False
    app.json = OrjsonProvider(app)  # keeps the reference's field order
    if config.proxy_count:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=config.proxy_count, x_proto=1, x_host=1)
    app.extensions["workflows_redis"] = base.redis
    app.extensions["workflows_redis_url"] = base.redis_url

    db.init_app(app)
    observe.init_app(app)  # first: every later hook's refusal has a request id and is counted
    errors.init_app(app)
    limiter.init_app(app)
    rate_limit.init_app(
        app,
        limiter,
        unlimited_endpoints=UNLIMITED_ENDPOINTS,
        key_func=rate_limit_key,
        counted_first_endpoints=frozenset({ws.ENDPOINT, sse.ENDPOINT}),  # views as long as streams
    )
    jwt.init_app(app)
    tokens.init_app(app, jwt)  # after the budget: its hook must count before auth refuses
    sock.init_app(app)
    ws.init_app(app)
    sse.init_app(app)
    api.init_app(app)
    api.spec.components.security_scheme(
        "bearerAuth", {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}
    )
    openapi.document_definitions(api.spec)
    for blueprint in (health, parse, workflows, runs, schedules):
        api.register_blueprint(blueprint)
    openapi.state_schema_limits(api.spec)
    app.register_blueprint(_docs_assets_blueprint(API_PREFIX))
    app.register_blueprint(asyncapi.blp)
    app.register_blueprint(metrics)
    errors.init_app(app)  # again: smorest's init_app registered its own HTTPException handler
    cli.init_app(app)
    return app


def _docs_assets_blueprint(prefix: str) -> FlaskBlueprint:
    """Serve the Swagger UI assets from the installed package, so docs work offline."""
    import swagger_ui_bundle

    return FlaskBlueprint(
        "docs_assets",
        __name__,
        static_folder=swagger_ui_bundle.swagger_ui_path,
        static_url_path=f"{prefix}/docs/assets",
    )
