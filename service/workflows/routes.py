"""Workflow CRUD routes: /api/v2/workflows and /api/v2/workflows/:id[/schema]."""

from flask import jsonify
from flask.views import MethodView

from service.auth.tokens import current_identity
from service.web.blueprint import API_PREFIX, Blueprint
from service.web.errors_doc import document_errors
from service.web.fields import MessageSchema, PageQuerySchema
from service.workflows import schemas, versions
from service.workflows import service as workflows
from service.workflows.documents import workflow_document

blp = Blueprint(
    "workflows", __name__, url_prefix=API_PREFIX, description="Workflow definitions (CRUD)."
)
_errors = document_errors(blp)


@blp.route("")
class Workflows(MethodView):
    """The tenant's workflows."""

    @blp.doc(operationId="listWorkflows")
    @blp.arguments(schemas.WorkflowListQuerySchema, location="query")
    @blp.response(200, schemas.WorkflowListSchema)
    @_errors(400, 401, 429)
    def get(self, query):
        """List workflows, newest first."""
        items, total, following = workflows.list_workflows(
            customer_id=current_identity().customer_id, **query
        )
        documents = [workflow_document(item, definition_as_text=True) for item in items]
        # The hot path: a ready Response skips a second, schema-driven serialization pass.
        return jsonify(
            success=True,
            workflows=documents,
            count=len(items),
            total=total,
            **query_page(query),
            next_cursor=following,
        )

    @blp.doc(operationId="createWorkflow")
    @blp.arguments(schemas.WorkflowCreateSchema)
    @blp.response(201, schemas.WorkflowEnvelopeSchema)
    @_errors(400, 401, 409, 413, 429)
    def post(self, body):
        """Create a workflow."""
        workflow = workflows.create_workflow(identity=current_identity(), **body)
        return {"workflow": workflow_document(workflow)}


# A path beside these that is a fixed route of another method ("PATCH /workflows/parse") is that
# route's path: 405, with Allow naming its method, not a workflow that is not found.
@blp.route("/<uuid:workflow_id>")
class WorkflowById(MethodView):
    """One workflow."""

    @blp.doc(operationId="getWorkflow")
    @blp.response(200, schemas.WorkflowEnvelopeSchema)
    @_errors(401, 404, 405, 429)
    def get(self, workflow_id):
        """Get a workflow with its definition."""
        tenant = current_identity().customer_id
        workflow = workflows.get_workflow(customer_id=tenant, workflow_id=str(workflow_id))
        return {"workflow": workflow_document(workflow)}

    @blp.doc(operationId="updateWorkflow")
    @blp.arguments(schemas.WorkflowPatchSchema)
    @blp.response(200, schemas.WorkflowEnvelopeSchema)
    @_errors(400, 401, 404, 405, 409, 413, 429)
    def patch(self, body, workflow_id):
        """Update some fields of a workflow."""
        identity = current_identity()
        workflow = workflows.update_workflow(
            customer_id=identity.customer_id,
            workflow_id=str(workflow_id),
            changes=body,
            updated_by=identity.user_id,
        )
        return {"workflow": workflow_document(workflow)}

    @blp.doc(operationId="deleteWorkflow")
    @blp.response(200, MessageSchema)
    @_errors(401, 403, 404, 405, 429)
    def delete(self, workflow_id):
        """Delete a workflow with its runs, schedules and events."""
        workflows.delete_workflow(
            customer_id=current_identity().customer_id, workflow_id=str(workflow_id)
        )
        return {"success": True, "message": "Workflow deleted successfully"}


@blp.route("/<uuid:workflow_id>/schema")
class WorkflowIOSchema(MethodView):
    """The inputs/outputs schema of one workflow."""

    @blp.doc(operationId="getWorkflowSchema")
    @blp.response(200, schemas.WorkflowSchemaEnvelopeSchema)
    @_errors(401, 404, 429)
    def get(self, workflow_id):
        """Get the workflow's input and output JSON Schemas."""
        schema = workflows.workflow_io_schema(
            customer_id=current_identity().customer_id, workflow_id=str(workflow_id)
        )
        return {"schema": schema}


@blp.route("/<uuid:workflow_id>/versions")
class Versions(MethodView):
    """The versions of one workflow."""

    @blp.doc(operationId="listVersions")
    @blp.arguments(PageQuerySchema, location="query")
    @blp.response(200, schemas.VersionListSchema)
    @_errors(400, 401, 404, 429)
    def get(self, query, workflow_id):
        """List every definition the workflow has had, newest first."""
        workflow = workflows.get_workflow(
            customer_id=current_identity().customer_id, workflow_id=str(workflow_id)
        )
        items, total = versions.list_versions(workflow=workflow, **query)
        documents = [versions.version_document(item) for item in items]
        return {"versions": documents, "count": len(items), "total": total, **query_page(query)}


@blp.route("/<uuid:workflow_id>/versions/<string:version>")
class VersionById(MethodView):
    """One version of a workflow."""

    @blp.doc(operationId="getVersion")
    @blp.response(200, schemas.VersionEnvelopeSchema)
    @_errors(401, 404, 429)
    def get(self, workflow_id, version):
        """Get one version of the workflow, with its definition."""
        workflow = workflows.get_workflow(
            customer_id=current_identity().customer_id, workflow_id=str(workflow_id)
        )
        found = versions.get_version(workflow=workflow, version=version)
        return {"version": versions.version_document(found)}


def query_page(query: dict) -> dict:
    """Echo the page bounds that were applied."""
    return {"limit": query["limit"], "offset": query["offset"]}
