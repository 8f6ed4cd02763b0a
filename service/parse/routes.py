"""POST /parse: a plain-English instruction in, a workflow definition out."""

from flask import current_app
from flask.views import MethodView

from service.parse import schemas
from service.parse.service import parse_instruction
from service.web.blueprint import API_PREFIX, Blueprint
from service.web.errors_doc import document_errors

blp = Blueprint("parse", __name__, url_prefix=API_PREFIX, description="Natural-language parsing.")
errors = document_errors(blp)


@blp.route("/parse")
class Parse(MethodView):
    """The parser."""

    @blp.doc(operationId="parseInstruction")
    @blp.arguments(schemas.ParseRequestSchema)
    @blp.response(200, schemas.ParseResponseSchema)
    @errors(400, 401, 413, 429)
    def post(self, body):
        """Parse an instruction into a workflow definition with a confidence score."""
        return parse_instruction(
            instruction=body["instruction"],
            context=body["context"],
            config=current_app.config["WORKFLOWS"],
        )
