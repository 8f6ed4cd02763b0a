"""The dataclasses a parse returns and their JSON shape (the reference's `workflow` object)."""

from dataclasses import dataclass, field
from typing import Any


class InstructionError(ValueError):
    """The instruction is not a string of at least 5 characters."""


@dataclass(frozen=True)
class Schedule:
    """A 5-field cron expression and the IANA zone it is read in."""

    cron_expression: str
    timezone: str = "UTC"

    def to_dict(self) -> dict[str, str]:
        """Return the schedule as JSON-ready data."""
        return {"cron_expression": self.cron_expression, "timezone": self.timezone}


@dataclass
class Step:
    """One workflow node: `input_from` names the step whose output it reads."""

    id: str
    type: str
    action: str
    config: dict[str, Any] = field(default_factory=dict)
    input_from: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the node as JSON-ready data, leaving out an empty config or input_from."""
        node: dict[str, Any] = {"id": self.id, "type": self.type, "action": self.action}
        if self.config:
            node["config"] = dict(self.config)
        if self.input_from:
            node["input_from"] = self.input_from
        return node


@dataclass
class ParseResult:
    """A parsed workflow with how sure the parser is and how long it took."""

    type: str
    name: str
    description: str
    steps: list[Step]
    confidence: float
    source: str
    schedule: Schedule | None = None
    warnings: list[str] = field(default_factory=list)
    template: str | None = None
    parse_time_ms: float = 0.0

    @property
    def actions(self) -> list[str]:
        """Return the action of each step, in order."""
        return [step.action for step in self.steps]

    def definition(self) -> dict[str, Any]:
        """Return the workflow definition, ready to POST."""
        return {
            "nodes": [step.to_dict() for step in self.steps],
            "inputs": {"type": "object", "properties": {}},
            "outputs": {},
        }

    def to_dict(self) -> dict[str, Any]:
        """Return the reference's `workflow` object (the service adds `valid`)."""
        return {
            "type": self.type,
            "name": self.name,
            "description": self.description,
            "steps": [step.to_dict() for step in self.steps],
            "confidence": round(self.confidence, 2),
            "source": self.source,
            "schedule": self.schedule.to_dict() if self.schedule else None,
            "definition": self.definition(),
            "warnings": list(self.warnings),
        }
