"""The only web entry point: `gunicorn wsgi:app`, `flask --app wsgi …`."""

from service import create_app
from service.observability.logs import configure_logging
from tasks.runs import connect_run_queue

app = create_app(queue=connect_run_queue)
_config = app.config["WORKFLOWS"]
configure_logging(log_format=_config.log_format, level=_config.log_level)
