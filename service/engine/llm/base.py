"""The interface every LLM provider implements for the agent actions."""

from typing import Any, Protocol

TASKS = ("generate_report", "summarize", "classify", "extract")


class LLMProvider(Protocol):
    """Runs one agent task on a node's input and returns its JSON output."""

    name: str

    def run_task(self, task: str, data: Any, config: dict, timeout_s: float) -> dict:
        """Run task (one of TASKS) on data with the node's config, within timeout_s."""
        ...
