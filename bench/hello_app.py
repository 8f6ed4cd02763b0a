"""The baseline for bench/api.py: a bare Flask app answering one small JSON document.

Served by gunicorn with the same gunicorn.conf.py as the API (`bench.hello_app:app`), so the
ratio between the two measures what the API's own work costs, not the server or the machine.
"""

from flask import Flask

app = Flask(__name__)


@app.get("/hello")
def hello():
    """Answer a constant JSON body."""
    return {"message": "Hello, World!"}
