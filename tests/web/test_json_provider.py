"""The orjson provider writes what Flask's own provider would, and falls back where orjson can't."""

import json
from datetime import datetime

from flask import Flask

from service.web.json_provider import OrjsonProvider


def make_app():
    app = Flask(__name__)
    app.json = OrjsonProvider(app)
    return app


def test_same_json_and_order_as_flask():
    app = make_app()
    value = {"z": 1, "a": [1.5, None, True, "é"], 3: "int key", "at": datetime(2026, 3, 1, 8)}
    with app.app_context():
        body = app.json.response(value).get_data()
        expected = Flask(__name__).json
        expected.sort_keys = False
        assert json.loads(body) == json.loads(expected.dumps(value))
        assert list(json.loads(body)) == ["z", "a", "3", "at"]
        assert json.loads(body)["at"] == "Sun, 01 Mar 2026 08:00:00 GMT"  # Flask's date form


def test_integers_past_64_bits_use_the_standard_encoder():
    app = make_app()
    with app.app_context():
        response = app.json.response({"big": 2**70})
        assert json.loads(response.get_data()) == {"big": 2**70}
        assert app.json.dumps([2**70]) == f"[{2**70}]"
