"""The one serializer of workflows, in the reference's field order."""

from service.clock import isoformat
from service.workflows.models import Workflow


def workflow_document(workflow: Workflow, *, definition_as_text: bool = False) -> dict:
    """Return a workflow as the API shows it (lists keep the definition as its stored string)."""
    return {
        "id": workflow.id,
        "customer_id": workflow.customer_id,
        "name": workflow.name,
        "description": workflow.description,
        "definition": workflow.definition if definition_as_text else workflow.definition_object,
        "version": workflow.version,
        "status": workflow.status,
        "created_by": workflow.created_by,
        "created_at": isoformat(workflow.created_at),
        "updated_at": isoformat(workflow.updated_at),
    }
