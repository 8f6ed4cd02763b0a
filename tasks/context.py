"""The worker process's Flask app, built once, so tasks run with the service's configuration."""

_app = {}


def worker_app():
    """Return this process's app (configuration, database binding, Redis)."""
    if "app" not in _app:
        from service import create_app

        _app["app"] = create_app()
    return _app["app"]
