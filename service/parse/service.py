"""Natural-language parsing: the nl_parser library plus the service's validator and LLM."""

import nl_parser
from service.config import Config
from service.engine.definition import DefinitionInvalid, validate_definition
from service.errors import Invalid


def _llm_for(config: Config):
    """Return the optional LLM callable nl_parser accepts, or None when none is configured."""
    if not config.engine.llm_base_url:
        return None
    from service.engine.llm.openai_compatible import OpenAICompatibleProvider

    provider = OpenAICompatibleProvider(config.engine)
    return lambda system, user, timeout_s: provider.complete(
        system, user, timeout_s, json_mode=True
    )


def parse_instruction(*, instruction: str, context: dict, config: Config) -> dict:
    """Parse the text into a workflow and check its definition with the create validator."""
    try:
        result = nl_parser.parse(instruction, context, llm=_llm_for(config))
    except nl_parser.InstructionError as exc:
        raise Invalid(str(exc), code="invalid_instruction") from None
    workflow = result.to_dict()
    try:
        validate_definition(workflow["definition"])
        workflow["valid"] = True
    except DefinitionInvalid as exc:
        workflow["valid"] = False
        workflow["warnings"] = [*workflow["warnings"], *(e["message"] for e in exc.errors)]
    return {"workflow": workflow, "parseTimeMs": round(result.parse_time_ms, 3)}
