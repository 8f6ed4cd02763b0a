"""The only web entry point: `gunicorn wsgi:app`, `flask --app wsgi …`."""

from service import create_app
from tasks.runs import connect_run_queue

app = create_app(queue=connect_run_queue)
