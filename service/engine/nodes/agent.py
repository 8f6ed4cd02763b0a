"""Agent actions: report, summarise, classify and extract through the configured LLM provider."""

from service.engine.llm import get_provider
from service.engine.nodes.base import ActionContext, NodeType


def _run(task: str, ctx: ActionContext) -> dict:
    return get_provider(ctx.settings).run_task(task, ctx.input, ctx.config, ctx.timeout_s)


def generate_report(ctx: ActionContext) -> dict:
    """Write a report of the node's input: totals, groups and top items."""
    return _run("generate_report", ctx)


def summarize(ctx: ActionContext) -> dict:
    """Summarise the node's input in a few sentences with its figures."""
    return _run("summarize", ctx)


def classify(ctx: ActionContext) -> dict:
    """Label the node's input (or each of its items) with one of config.labels."""
    return _run("classify", ctx)


def extract(ctx: ActionContext) -> dict:
    """Pull config.fields (or config.pattern matches) out of the node's input."""
    return _run("extract", ctx)


NODE = NodeType(
    name="agent",
    actions={
        "generate_report": generate_report,
        "summarize": summarize,
        "classify": classify,
        "extract": extract,
    },
)
