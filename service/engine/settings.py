"""Settings the engine and its actions need, handed in by the service (never from os.environ)."""

from dataclasses import dataclass


@dataclass(frozen=True)
class EngineSettings:
    """Integration endpoints, credentials and safety limits for actions."""

    http_allow_private: bool = False
    http_max_response_bytes: int = 10 * 1024 * 1024
    default_timeout_s: float = 30.0
    smtp_url: str | None = None
    smtp_from: str = "workflows@localhost"
    slack_api_url: str = "https://slack.com/api"
    slack_bot_token: str | None = None
    salesforce_instance_url: str | None = None
    salesforce_access_token: str | None = None
    salesforce_api_version: str = "v59.0"
    llm_base_url: str | None = None
    llm_api_key: str | None = None
    llm_model: str = "gpt-4o-mini"
