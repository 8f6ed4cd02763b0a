"""The WebSocket event stream (placeholder until the event hub lands)."""


def init_app(app):
    """Register the WebSocket route and its fan-out hub."""
