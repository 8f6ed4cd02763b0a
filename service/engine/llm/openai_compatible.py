"""An LLM provider for any OpenAI-compatible `/chat/completions` endpoint (LLM_BASE_URL)."""

import http.client
import json
import time
import urllib.error
import urllib.request
from typing import Any

from service.engine.nodes.base import ActionError
from service.engine.settings import EngineSettings

# The node's data is sent as JSON; past this size it is cut, so one huge input cannot run up
# an unbounded bill or overflow the model's context window.
MAX_PROMPT_DATA_CHARS = 100_000
_CHUNK = 64 * 1024

_INSTRUCTIONS = {
    "generate_report": (
        'Write a readable multi-line report of the data. Answer {"report": "<text>", '
        '"stats": {<figures you computed: count, totals, groups, top items>}}.'
    ),
    "summarize": 'Summarise the data briefly. Answer {"summary": "<text>", "stats": {...}}.',
    "classify": (
        "Classify the data using only the labels in config.labels. For a single item answer "
        '{"label": "<label>"}; for a list answer {"items": [<each item with a "label" key>], '
        '"counts": {"<label>": <n>}}.'
    ),
    "extract": (
        "Extract config.fields (or matches of config.pattern) from the data. "
        'Answer {"extracted": {"<field>": <value or null>}}.'
    ),
}
_SYSTEM = (
    "You are a data-processing step in a workflow engine. You receive JSON with a task, its "
    "config and the data. Reply with a single JSON object only, no prose around it. "
)


class OpenAICompatibleProvider:
    """Runs agent tasks through a chat-completions API with JSON-object responses."""

    name = "openai_compatible"

    def __init__(self, settings: EngineSettings):
        if not settings.llm_base_url:
            raise ValueError("OpenAICompatibleProvider needs settings.llm_base_url")
        self.url = settings.llm_base_url.rstrip("/") + "/chat/completions"
        self.api_key = settings.llm_api_key
        self.model = settings.llm_model
        self.max_response_bytes = settings.http_max_response_bytes

    def run_task(self, task: str, data: Any, config: dict, timeout_s: float) -> dict:
        """Ask the model to do task on data and return its JSON object answer."""
        if task not in _INSTRUCTIONS:
            raise ActionError("unknown_task", f"unknown agent task {task!r}", retryable=False)
        message = {"task": task, "config": config or {}, "data": data}
        user = json.dumps(message, ensure_ascii=False, default=str)
        if len(user) > MAX_PROMPT_DATA_CHARS:
            text = json.dumps(data, ensure_ascii=False, default=str)
            message["data"] = text[:MAX_PROMPT_DATA_CHARS] + " ...(truncated)"
            user = json.dumps(message, ensure_ascii=False, default=str)
        content = self.complete(_SYSTEM + _INSTRUCTIONS[task], user, timeout_s, json_mode=True)
        try:
            answer = json.loads(content)
        except ValueError:
            raise ActionError(
                "llm_error", "the LLM answered with content that is not JSON", retryable=False
            ) from None
        if not isinstance(answer, dict):
            problem = "the LLM answered JSON that is not an object"
            raise ActionError("llm_error", problem, retryable=False)
        return answer

    def complete(self, system: str, user: str, timeout_s: float, *, json_mode: bool = False) -> str:
        """Send one system + user exchange and return the model's raw reply text."""
        body: dict[str, Any] = {
            "model": self.model,
            "messages": [{"role": "system", "content": system}, {"role": "user", "content": user}],
            "temperature": 0,
        }
        if json_mode:
            body["response_format"] = {"type": "json_object"}
        reply = self._post(body, timeout_s)
        try:
            content = reply["choices"][0]["message"]["content"]
        except (KeyError, IndexError, TypeError):
            raise ActionError(
                "llm_error", "the LLM answer has no choices[0].message.content", retryable=False
            ) from None
        if not isinstance(content, str):
            raise ActionError("llm_error", "the LLM answer content is not text", retryable=False)
        return content

    def _post(self, body: dict, timeout_s: float) -> dict:
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        request = urllib.request.Request(
            self.url, data=json.dumps(body).encode(), headers=headers, method="POST"
        )
        # urlopen's timeout bounds each socket operation; the deadline bounds the whole answer,
        # so a server dribbling bytes cannot hold the step past timeout_s.
        deadline = time.monotonic() + timeout_s
        try:
            with urllib.request.urlopen(request, timeout=timeout_s) as response:
                raw = self._read(response, deadline)
        except urllib.error.HTTPError as exc:
            detail = exc.read(2048).decode(errors="replace").strip()
            retryable = exc.code >= 500 or exc.code in (408, 429)
            raise ActionError(
                "llm_error", f"the LLM API answered HTTP {exc.code}: {detail}", retryable=retryable
            ) from None
        except urllib.error.URLError as exc:
            if isinstance(exc.reason, TimeoutError):
                raise _timeout(timeout_s) from None
            raise ActionError("llm_error", f"could not reach the LLM API: {exc.reason}") from None
        except TimeoutError:
            raise _timeout(timeout_s) from None
        except (http.client.HTTPException, OSError) as exc:
            raise ActionError("llm_error", f"the LLM API connection failed: {exc}") from None
        try:
            return json.loads(raw)
        except ValueError:
            raise ActionError(
                "llm_error", "the LLM API answered a body that is not JSON", retryable=True
            ) from None

    def _read(self, response, deadline: float) -> bytes:
        chunks, size = [], 0
        while chunk := response.read(_CHUNK):
            size += len(chunk)
            if size > self.max_response_bytes:
                raise ActionError("llm_error", "the LLM API answer is too large", retryable=False)
            if time.monotonic() > deadline:
                raise TimeoutError
            chunks.append(chunk)
        return b"".join(chunks)


def _timeout(timeout_s: float) -> ActionError:
    return ActionError("llm_error", f"the LLM API did not answer within {timeout_s:g} s")
