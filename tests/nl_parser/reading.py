"""What the parser read from an instruction: its schedule's cron and its actions."""

from nl_parser import parse


def read(text: str, context: dict | None = None) -> tuple:
    """Return (cron expression or None, action names) for text."""
    result = parse(text, context or {})
    return (result.schedule.cron_expression if result.schedule else None), result.actions


def cron_of(text: str) -> str | None:
    """Return the cron expression the parser made of text, None when it made no schedule."""
    return read(text)[0]


def confidence_of(text: str, context: dict | None = None) -> float:
    """Return the confidence the parser gave its reading of text."""
    return parse(text, context or {}).confidence


def doubts_of(text: str, context: dict | None = None) -> list[str]:
    """Return the `uncertain: …` warnings of the parser's reading of text."""
    return [w for w in parse(text, context or {}).warnings if w.startswith("uncertain")]
