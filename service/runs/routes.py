"""Run routes: execute, list, get, terminate, retry and signal the runs of a workflow."""

from flask import jsonify
from flask.views import MethodView

from service.auth.tokens import current_identity
from service.runs import retry, schemas, signals
from service.runs import service as runs
from service.web.blueprint import API_PREFIX, Blueprint
from service.web.errors_doc import document_errors
from service.web.fields import MessageSchema

blp = Blueprint("runs", __name__, url_prefix=API_PREFIX, description="Workflow execution.")
errors = document_errors(blp)
# The hot routes (execute, list, detail) answer with a ready Response: their documents are
# already in the response schema's shape (tests/runs/test_documents.py checks it), and the
# schema's dump of every run and step was a quarter of the run list's CPU.


@blp.route("/<uuid:workflow_id>/execute")
class Execute(MethodView):
    """Start a run."""

    @blp.doc(operationId="executeWorkflow")
    @blp.arguments(schemas.ExecuteHeadersSchema, location="headers")
    @blp.arguments(schemas.ExecuteSchema)
    @blp.response(201, schemas.RunEnvelopeSchema)
    @errors(400, 401, 404, 409, 413, 429, 503)
    def post(self, headers, body, workflow_id):
        """Execute a workflow asynchronously; answers at once with the running run."""
        document, created = runs.execute_workflow(
            customer_id=current_identity().customer_id,
            workflow_id=str(workflow_id),
            inputs=body["inputs"],
            idempotency_key=headers.get("idempotency_key"),
            version=body.get("version"),
        )
        replayed = {} if created else {"Idempotent-Replayed": "true"}
        return jsonify(success=True, run=document), 201, replayed


@blp.route("/<uuid:workflow_id>/runs")
class Runs(MethodView):
    """The runs of a workflow."""

    @blp.doc(operationId="listRuns")
    @blp.arguments(schemas.RunListQuerySchema, location="query")
    @blp.response(200, schemas.RunListSchema)
    @errors(400, 401, 404, 429)
    def get(self, query, workflow_id):
        """List a workflow's runs, newest first."""
        items, total, following = runs.list_runs(
            customer_id=current_identity().customer_id, workflow_id=str(workflow_id), **query
        )
        return jsonify(
            success=True,
            runs=items,
            count=len(items),
            total=total,
            limit=query["limit"],
            offset=query["offset"],
            next_cursor=following,
        )


@blp.route("/<uuid:workflow_id>/runs/<uuid:run_id>")
class RunById(MethodView):
    """One run."""

    @blp.doc(operationId="getRun")
    @blp.response(200, schemas.RunEnvelopeSchema)
    @errors(401, 404, 429)
    def get(self, workflow_id, run_id):
        """Get a run with its steps."""
        run = runs.get_run(
            customer_id=current_identity().customer_id,
            workflow_id=str(workflow_id),
            run_id=str(run_id),
        )
        return jsonify(success=True, run=run)

    @blp.doc(operationId="terminateRun")
    @blp.response(200, MessageSchema)
    @errors(400, 401, 404, 429)
    def delete(self, workflow_id, run_id):
        """Terminate a running run."""
        runs.terminate_run(
            customer_id=current_identity().customer_id,
            workflow_id=str(workflow_id),
            run_id=str(run_id),
        )
        return {"success": True, "message": "Workflow run terminated successfully"}


SIGNAL_NAME = {
    "in": "path",
    "name": "name",
    "description": "The signal's name.",
    "schema": {"type": "string", "pattern": r"^[A-Za-z0-9_.\-]{1,100}$", "example": "approval"},
}


@blp.route("/<uuid:workflow_id>/runs/<uuid:run_id>/signals/<string:name>", parameters=[SIGNAL_NAME])
class Signals(MethodView):
    """Signals sent to a run."""

    @blp.doc(operationId="sendSignal")
    @blp.arguments(schemas.SignalSchema)
    @blp.response(202, MessageSchema)
    @errors(400, 401, 404, 413, 429, 503)
    def post(self, body, workflow_id, run_id, name):
        """Send a signal to a running run; a wait_for_signal node of that name takes it.

        The name is 1-100 of letters, digits, '_', '.' or '-'. Signals are kept in order and
        taken oldest first per name; one sent before the run reaches its node waits for it.
        """
        signals.send_signal(
            customer_id=current_identity().customer_id,
            workflow_id=str(workflow_id),
            run_id=str(run_id),
            name=name,
            payload=body["payload"],
        )
        return {"success": True, "message": "Signal accepted"}, 202


@blp.route("/<uuid:workflow_id>/runs/<uuid:run_id>/retry")
class Retry(MethodView):
    """Retrying a run."""

    @blp.doc(operationId="retryRun")
    @blp.response(201, schemas.RunEnvelopeSchema)
    @errors(400, 401, 404, 429, 503)
    def post(self, workflow_id, run_id):
        """Retry a failed or terminated run: steps that completed are kept, the rest run again.

        The new run has the original's version and inputs, `trigger: "retry"` and `retry_of`.
        """
        document = retry.retry_run(
            customer_id=current_identity().customer_id,
            workflow_id=str(workflow_id),
            run_id=str(run_id),
        )
        return {"run": document}, 201
