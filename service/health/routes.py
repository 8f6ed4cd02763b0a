"""GET /health: is the service up, and can it reach its database and Redis."""

from flask.views import MethodView
from marshmallow import Schema, fields

from service.health.service import check_health
from service.web.blueprint import API_PREFIX, Blueprint

blp = Blueprint("health", __name__, url_prefix=API_PREFIX, description="Service health (public).")


class HealthSchema(Schema):
    """Service status, name, version and the time of the answer."""

    status = fields.String(required=True, metadata={"example": "ok"})
    service = fields.String(required=True, metadata={"example": "workflows-api-v2"})
    version = fields.String(required=True, metadata={"example": "2.0.0"})
    timestamp = fields.String(required=True, metadata={"example": "2026-03-19T18:00:00.000Z"})
    checks = fields.Dict(keys=fields.String(), values=fields.String())
    workers = fields.Integer(
        allow_none=True,
        metadata={"description": "Worker processes whose heartbeat was seen in the last minute."},
    )
    queue_depth = fields.Integer(
        allow_none=True,
        metadata={"description": "Runs waiting in the queue for a worker."},
    )


@blp.route("/health")
class Health(MethodView):
    """Health check."""

    @blp.doc(operationId="getHealth", security=[])
    @blp.response(200, HealthSchema)
    @blp.alt_response(503, schema=HealthSchema, description="A dependency is down.")
    def get(self):
        """Return the service health; public, not rate limited."""
        report = check_health()
        return report, (200 if report["status"] == "ok" else 503)
