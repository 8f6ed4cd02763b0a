"""Turn plain-English instructions into workflow definitions (a pure library).

`parse(instruction, context, llm=None, now=None)` returns a ParseResult; `to_dict()` gives the
reference's `workflow` object. See parser.py (built-in grammars) and llm.py (optional LLM).
"""

from nl_parser.entry import parse
from nl_parser.result import InstructionError, ParseResult, Schedule, Step

__all__ = ["InstructionError", "ParseResult", "Schedule", "Step", "parse"]
