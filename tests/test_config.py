"""Configuration comes from the environment only and refuses bad values at start."""

import pytest

from service.config import ConfigError, load_config

SQLITE = {"DATABASE_URL": "sqlite:////tmp/x.db"}


def test_defaults_follow_the_contract():
    config = load_config({**SQLITE, "JWT_SECRET_KEY": "k"})
    assert config.rate_limit == "100/minute"
    assert config.max_content_length == 1024 * 1024
    assert config.run_lease_seconds == 120
    assert config.run_max_recoveries == 3
    assert config.event_retention_hours == 72
    assert config.schedule_grace_seconds == 60
    assert config.schedule_max_catchup == 50
    assert config.redis_url is None
    assert config.engine.slack_api_url == "https://slack.com/api"
    assert config.engine.http_max_response_bytes == 10 * 1024 * 1024
    assert config.engine.http_allow_private is False


def test_default_database_is_sqlite_under_instance():
    assert load_config({"JWT_SECRET_KEY": "k"}).database_url.endswith("instance/workflows.db")


def test_dev_key_is_generated_and_stable():
    first = load_config(SQLITE).jwt_secret_key
    assert len(first) >= 32
    assert load_config(SQLITE).jwt_secret_key == first


@pytest.mark.parametrize(
    "environ, fragment",
    [
        ({"APP_ENV": "production"}, "JWT_SECRET_KEY is required"),
        ({"APP_ENV": "production", "JWT_SECRET_KEY": "short"}, "at least 32 bytes"),
        ({"APP_ENV": "staging"}, "APP_ENV"),
        ({"DATABASE_URL": "mysql://x"}, "DATABASE_URL"),
        ({"REDIS_URL": "http://x"}, "REDIS_URL"),
        ({"RATE_LIMIT": "lots"}, "RATE_LIMIT"),
        ({"PORT": "eighty"}, "PORT"),
        ({"RUN_LEASE_SECONDS": "1"}, "RUN_LEASE_SECONDS"),
        ({"HTTP_ALLOW_PRIVATE": "maybe"}, "HTTP_ALLOW_PRIVATE"),
    ],
)
def test_invalid_settings_fail_with_a_clear_message(environ, fragment):
    with pytest.raises(ConfigError, match=fragment):
        load_config({**SQLITE, **environ})


def test_production_accepts_a_long_secret():
    config = load_config({**SQLITE, "APP_ENV": "production", "JWT_SECRET_KEY": "x" * 32})
    assert config.is_production


def test_flask_env_is_read_when_app_env_is_absent():
    with pytest.raises(ConfigError, match="required"):
        load_config({**SQLITE, "FLASK_ENV": "production"})
