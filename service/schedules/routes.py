"""Schedule routes: /api/v2/workflows/:id/schedules[/:scheduleId[/preview]], /schedules/preview."""

from flask.views import MethodView

from service.auth.tokens import current_identity
from service.schedules import schemas
from service.schedules import service as schedules
from service.web.blueprint import API_PREFIX, Blueprint
from service.web.errors_doc import document_errors
from service.web.fields import MessageSchema

blp = Blueprint(
    "schedules", __name__, url_prefix=API_PREFIX, description="Cron schedules of a workflow."
)
errors = document_errors(blp)


@blp.route("/<uuid:workflow_id>/schedules")
class Schedules(MethodView):
    """The schedules of a workflow."""

    @blp.doc(operationId="listSchedules")
    @blp.arguments(schemas.ScheduleListQuerySchema, location="query")
    @blp.response(200, schemas.ScheduleListSchema)
    @errors(400, 401, 404, 429)
    def get(self, query, workflow_id):
        """List a workflow's schedules, newest first."""
        items, total, following = schedules.list_schedules(
            customer_id=current_identity().customer_id, workflow_id=str(workflow_id), **query
        )
        return {
            "schedules": items,
            "count": len(items),
            "total": total,
            "next_cursor": following,
            **query,
        }

    @blp.doc(operationId="createSchedule")
    @blp.arguments(schemas.ScheduleCreateSchema)
    @blp.response(201, schemas.ScheduleEnvelopeSchema)
    @errors(400, 401, 404, 413, 429)
    def post(self, body, workflow_id):
        """Create a cron schedule for the workflow."""
        schedule = schedules.create_schedule(
            identity=current_identity(), workflow_id=str(workflow_id), **body
        )
        return {"schedule": schedule}


@blp.route("/<uuid:workflow_id>/schedules/<uuid:schedule_id>")
class ScheduleById(MethodView):
    """One schedule."""

    @blp.doc(operationId="updateSchedule")
    @blp.arguments(schemas.SchedulePatchSchema)
    @blp.response(200, schemas.ScheduleEnvelopeSchema)
    @errors(400, 401, 404, 413, 429)
    def patch(self, body, workflow_id, schedule_id):
        """Update a schedule; next_run_at is recomputed from now."""
        schedule = schedules.update_schedule(
            customer_id=current_identity().customer_id,
            workflow_id=str(workflow_id),
            schedule_id=str(schedule_id),
            changes=body,
        )
        return {"schedule": schedule}

    @blp.doc(operationId="deleteSchedule")
    @blp.response(200, MessageSchema)
    @errors(401, 404, 429)
    def delete(self, workflow_id, schedule_id):
        """Delete a schedule."""
        schedules.delete_schedule(
            customer_id=current_identity().customer_id,
            workflow_id=str(workflow_id),
            schedule_id=str(schedule_id),
        )
        return {"success": True, "message": "Schedule deleted successfully"}


@blp.route("/<uuid:workflow_id>/schedules/<uuid:schedule_id>/preview")
class SchedulePreview(MethodView):
    """The upcoming fires of a schedule."""

    @blp.doc(operationId="previewSchedule")
    @blp.arguments(schemas.PreviewQuerySchema, location="query")
    @blp.response(200, schemas.PreviewEnvelopeSchema)
    @errors(400, 401, 404, 429)
    def get(self, query, workflow_id, schedule_id):
        """Preview a schedule's next fires, with notes where daylight saving time moves one."""
        fires = schedules.preview_schedule(
            customer_id=current_identity().customer_id,
            workflow_id=str(workflow_id),
            schedule_id=str(schedule_id),
            count=query["count"],
        )
        return {"fires": fires}


@blp.route("/<uuid:workflow_id>/schedules/<uuid:schedule_id>/backfill")
class ScheduleBackfill(MethodView):
    """Running a schedule's past slots."""

    @blp.doc(operationId="backfillSchedule")
    @blp.arguments(schemas.BackfillSchema)
    @blp.response(202, schemas.BackfillResultSchema)
    @errors(400, 401, 404, 413, 429, 503)
    def post(self, body, workflow_id, schedule_id):
        """Start a run for each slot of a past range that has none (trigger backfill).

        At most 1,000 slots and 366 days (400 too_many_slots); end after start, not in the
        future. Asking again starts nothing for the slots already run.
        """
        started = schedules.backfill_schedule(
            customer_id=current_identity().customer_id,
            workflow_id=str(workflow_id),
            schedule_id=str(schedule_id),
            start=body["start"],
            end=body["end"],
        )
        return {"runs": started}, 202


@blp.route("/schedules/preview")
class ExpressionPreview(MethodView):
    """Trying an expression before saving it."""

    @blp.doc(operationId="previewCron")
    @blp.arguments(schemas.PreviewSchema)
    @blp.response(200, schemas.PreviewEnvelopeSchema)
    @errors(400, 401, 413, 429)
    def post(self, body):
        """Preview the next fires of an expression in a zone (checked as create; nothing stored)."""
        fires = schedules.preview_expression(
            cron_expression=body["cron_expression"],
            timezone=body["timezone"],
            count=body["count"],
            after=body.get("from_"),
        )
        return {"fires": fires}
