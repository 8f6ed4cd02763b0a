"""The public entry point: check the input, try the LLM when given, else the built-in parser."""

import time
from datetime import datetime
from typing import Any

from nl_parser import llm as llm_answer
from nl_parser.parser import parse_heuristic
from nl_parser.result import InstructionError, ParseResult
from nl_parser.tools import allowed_tools

MIN_LENGTH = 5
MAX_LENGTH = 10_000


def parse(
    instruction: Any,
    context: dict | None = None,
    *,
    llm: Any = None,
    now: datetime | None = None,
) -> ParseResult:
    """Parse an instruction into a workflow; `llm(system, user, timeout_s) -> str` is optional."""
    started = time.perf_counter()
    if not isinstance(instruction, str) or len(instruction.strip()) < MIN_LENGTH:
        raise InstructionError("instruction must be a string of at least 5 characters")
    if context is not None and not isinstance(context, dict):
        raise InstructionError("context must be an object")
    text = instruction.strip()[:MAX_LENGTH]
    allowed = allowed_tools(context)
    heuristic = parse_heuristic(text, allowed, now=now)
    result = heuristic
    if llm is not None:
        try:
            result = llm_answer.ask(llm, text, allowed)
            result.confidence = llm_answer.agreement_confidence(result, heuristic)
        except Exception as error:
            result = heuristic
            result.warnings.append(
                f"the LLM answer was not used ({_reason(error)}); parsed locally"
            )
    result.parse_time_ms = (time.perf_counter() - started) * 1000
    return result


def _reason(error: Exception) -> str:
    return (str(error) or type(error).__name__)[:200]
