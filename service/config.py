"""One Config, read from the environment in the app factory (never at import time)."""

import os
import secrets
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from limits import parse_many

from service.engine.settings import EngineSettings

ENVIRONMENTS = ("development", "testing", "production")
INSTANCE_DIR = Path(__file__).resolve().parent.parent / "instance"
MIN_PRODUCTION_SECRET_BYTES = 32


class ConfigError(ValueError):
    """A setting is missing or invalid; the process must not start."""


@dataclass(frozen=True)
class Config:
    """Every setting the service reads, with the contract's defaults."""

    env: str = "development"
    database_url: str = ""
    redis_url: str | None = None
    jwt_secret_key: str = ""
    jwt_audience: str | None = None
    jwt_issuer: str | None = None
    rate_limit: str = "100/minute"
    port: int = 8000
    proxy_count: int = 0
    max_content_length: int = 1024 * 1024
    run_lease_seconds: int = 120
    run_max_recoveries: int = 3
    run_max_parallel_nodes: int = 4
    event_retention_hours: int = 72
    events_max_listeners_per_user: int = 50
    events_ping_seconds: float = 20.0
    events_silence_seconds: float = 60.0
    events_sse_heartbeat_seconds: float = 15.0
    events_listener_lease_seconds: float = 30.0
    events_fanout_window_ms: int = 10
    run_retention_days: int | None = None  # None: keep finished runs forever
    schedule_grace_seconds: int = 60
    schedule_max_catchup: int = 50
    schedule_lookahead_seconds: float = 6.0  # 0: fire slots only once they are due
    log_format: str = "text"
    log_level: str = "INFO"
    metrics_token: str | None = None
    engine: EngineSettings = field(default_factory=EngineSettings)

    @property
    def is_production(self) -> bool:
        """Tell whether production safety rules apply."""
        return self.env == "production"

    def with_overrides(self, **changes) -> "Config":
        """Return a copy with some settings replaced (used by tests)."""
        return replace(self, **changes)

    def as_dict(self) -> dict:
        """Return the settings as a plain dict (secrets included: never log it)."""
        return asdict(self)


def _int(environ, name: str, default: int, *, minimum: int = 0) -> int:
    raw = environ.get(name)
    if raw in (None, ""):
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be an integer, got {raw!r}") from None
    if value < minimum:
        raise ConfigError(f"{name} must be >= {minimum}, got {value}")
    return value


def _seconds(environ, name: str, default: float, *, minimum: float = 0.05) -> float:
    raw = environ.get(name)
    if raw in (None, ""):
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a number of seconds, got {raw!r}") from None
    if not value >= minimum:  # also refuses nan
        raise ConfigError(f"{name} must be >= {minimum}, got {raw}")
    return value


def _flag(environ, name: str) -> bool:
    raw = environ.get(name, "").strip().lower()
    if raw in ("", "0", "false", "no", "off"):
        return False
    if raw in ("1", "true", "yes", "on"):
        return True
    raise ConfigError(f"{name} must be a boolean (1/0, true/false), got {raw!r}")


def _database_url(environ) -> str:
    url = environ.get("DATABASE_URL", "").strip()
    if not url:
        return f"sqlite:///{INSTANCE_DIR / 'workflows.db'}"
    if not url.startswith(("sqlite://", "postgres://", "postgresql://")):
        raise ConfigError("DATABASE_URL must start with sqlite://, postgres:// or postgresql://")
    return url


def _dev_secret() -> str:
    """Return a dev signing key persisted under instance/ so web, worker and CLI agree."""
    path = INSTANCE_DIR / "dev_jwt_secret"
    if not path.exists():
        INSTANCE_DIR.mkdir(parents=True, exist_ok=True)
        candidate = secrets.token_urlsafe(48)
        try:
            # O_EXCL: when two processes start at once, exactly one key wins.
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as handle:
                handle.write(candidate)
        except FileExistsError:
            pass
    return path.read_text().strip()


def _secret(environ, env: str) -> str:
    secret = environ.get("JWT_SECRET_KEY", "")
    if env == "production":
        if not secret:
            raise ConfigError("JWT_SECRET_KEY is required in production")
        if len(secret.encode()) < MIN_PRODUCTION_SECRET_BYTES:
            raise ConfigError(
                f"JWT_SECRET_KEY must be at least {MIN_PRODUCTION_SECRET_BYTES} bytes in production"
            )
    return secret or _dev_secret()


def _rate_limit(environ) -> str:
    value = environ.get("RATE_LIMIT", "").strip() or "100/minute"
    try:
        parse_many(value)
    except ValueError:
        raise ConfigError(f"RATE_LIMIT is not a rate such as '100/minute': {value!r}") from None
    return value


def _engine_settings(environ) -> EngineSettings:
    return EngineSettings(
        http_allow_private=_flag(environ, "HTTP_ALLOW_PRIVATE"),
        http_max_response_bytes=_int(
            environ, "HTTP_MAX_RESPONSE_BYTES", 10 * 1024 * 1024, minimum=1
        ),
        smtp_url=environ.get("SMTP_URL") or None,
        smtp_from=environ.get("SMTP_FROM") or "workflows@localhost",
        slack_api_url=(environ.get("SLACK_API_URL") or "https://slack.com/api").rstrip("/"),
        slack_bot_token=environ.get("SLACK_BOT_TOKEN") or None,
        salesforce_instance_url=(environ.get("SALESFORCE_INSTANCE_URL") or "").rstrip("/") or None,
        salesforce_access_token=environ.get("SALESFORCE_ACCESS_TOKEN") or None,
        llm_base_url=(environ.get("LLM_BASE_URL") or "").rstrip("/") or None,
        llm_api_key=environ.get("LLM_API_KEY") or None,
        llm_model=environ.get("LLM_MODEL") or "gpt-4o-mini",
    )


def log_format(environ, env: str) -> str:
    """Return LOG_FORMAT: json (default in production) or text (default elsewhere)."""
    value = (environ.get("LOG_FORMAT") or "").strip().lower()
    if not value:
        return "json" if env == "production" else "text"
    if value not in ("json", "text"):
        raise ConfigError(f"LOG_FORMAT must be json or text, got {value!r}")
    return value


def _log_level(environ) -> str:
    value = (environ.get("LOG_LEVEL") or "INFO").strip().upper()
    if value not in ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"):
        raise ConfigError(f"LOG_LEVEL must be DEBUG, INFO, WARNING, ERROR or CRITICAL: {value!r}")
    return value


def environment_name(environ) -> str:
    """Return APP_ENV (or FLASK_ENV), lower-cased; development when unset."""
    return (environ.get("APP_ENV") or environ.get("FLASK_ENV") or "development").strip().lower()


def load_config(environ=None) -> Config:
    """Build the Config from an environment mapping (os.environ by default)."""
    environ = os.environ if environ is None else environ
    env = environment_name(environ)
    if env not in ENVIRONMENTS:
        raise ConfigError(f"APP_ENV must be one of {', '.join(ENVIRONMENTS)}, got {env!r}")
    redis_url = environ.get("REDIS_URL", "").strip() or None
    if redis_url and not redis_url.startswith(("redis://", "rediss://", "unix://")):
        raise ConfigError("REDIS_URL must start with redis://, rediss:// or unix://")
    return Config(
        env=env,
        database_url=_database_url(environ),
        redis_url=redis_url,
        jwt_secret_key=_secret(environ, env),
        jwt_audience=environ.get("JWT_AUDIENCE") or None,
        jwt_issuer=environ.get("JWT_ISSUER") or None,
        rate_limit=_rate_limit(environ),
        port=_int(environ, "PORT", 8000, minimum=1),
        proxy_count=_int(environ, "PROXY_COUNT", 0),
        max_content_length=_int(environ, "MAX_CONTENT_LENGTH", 1024 * 1024, minimum=1024),
        run_lease_seconds=_int(environ, "RUN_LEASE_SECONDS", 120, minimum=5),
        run_max_recoveries=_int(environ, "RUN_MAX_RECOVERIES", 3),
        run_max_parallel_nodes=_int(environ, "RUN_MAX_PARALLEL_NODES", 4, minimum=1),
        event_retention_hours=_int(environ, "EVENT_RETENTION_HOURS", 72, minimum=1),
        events_max_listeners_per_user=_int(environ, "EVENTS_MAX_LISTENERS_PER_USER", 50, minimum=1),
        events_ping_seconds=_seconds(environ, "EVENTS_PING_SECONDS", 20.0),
        events_silence_seconds=_seconds(environ, "EVENTS_SILENCE_SECONDS", 60.0),
        events_sse_heartbeat_seconds=_seconds(environ, "EVENTS_SSE_HEARTBEAT_SECONDS", 15.0),
        events_listener_lease_seconds=_seconds(
            environ, "EVENTS_LISTENER_LEASE_SECONDS", 30.0, minimum=1.0
        ),
        events_fanout_window_ms=_int(environ, "EVENTS_FANOUT_WINDOW_MS", 10),
        run_retention_days=_int(environ, "RUN_RETENTION_DAYS", 0, minimum=1)
        if environ.get("RUN_RETENTION_DAYS")
        else None,
        schedule_grace_seconds=_int(environ, "SCHEDULE_GRACE_SECONDS", 60),
        schedule_max_catchup=_int(environ, "SCHEDULE_MAX_CATCHUP", 50, minimum=1),
        schedule_lookahead_seconds=_seconds(
            environ, "SCHEDULE_LOOKAHEAD_SECONDS", 6.0, minimum=0.0
        ),
        log_format=log_format(environ, env),
        log_level=_log_level(environ),
        metrics_token=environ.get("METRICS_TOKEN") or None,
        engine=_engine_settings(environ),
    )
