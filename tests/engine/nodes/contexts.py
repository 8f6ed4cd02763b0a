"""The ActionContext a flow node's handler receives, built the way the executor builds it."""

from service.engine.nodes.base import ActionContext
from service.engine.settings import EngineSettings


def ctx(config, data=None, cancelled=None):
    """Return the context of node `n` in run `run-1`, with default settings."""
    context = ActionContext(
        run_id="run-1", node_id="n", config=config, input=data, settings=EngineSettings()
    )
    if cancelled is not None:
        context.cancelled = cancelled
    return context
