"""LLM providers for the agent actions: local and deterministic, or OpenAI-compatible HTTP."""

from service.engine.llm.base import TASKS, LLMProvider
from service.engine.llm.local import LocalProvider
from service.engine.llm.openai_compatible import OpenAICompatibleProvider
from service.engine.settings import EngineSettings

__all__ = ["TASKS", "LLMProvider", "LocalProvider", "OpenAICompatibleProvider", "get_provider"]


def get_provider(settings: EngineSettings) -> LLMProvider:
    """Return the OpenAI-compatible provider when LLM_BASE_URL is set, else the local one."""
    if settings.llm_base_url:
        return OpenAICompatibleProvider(settings)
    return LocalProvider()
