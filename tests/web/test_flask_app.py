"""WorkflowsFlask answers ensure_sync as Flask does, asking about each function once."""

import pytest
from flask import Flask

from service.web.flask_app import WorkflowsFlask


def plain():
    return "plain"


async def coroutine():
    return "coroutine"


class Handlers:
    def get(self):
        return "method"


def test_sync_callables_come_back_as_they_are():
    app = WorkflowsFlask(__name__)
    assert app.ensure_sync(plain) is plain
    method = Handlers().get
    assert app.ensure_sync(method) is method


def test_bound_methods_made_per_request_do_not_grow_the_table():
    app = WorkflowsFlask(__name__)
    for _ in range(100):
        app.ensure_sync(Handlers().get)
    assert len(app._coroutine_functions) == 1


def test_a_coroutine_function_is_treated_as_flask_treats_it():
    def outcome(app):
        try:
            return ("wrapped", app.ensure_sync(coroutine) is not coroutine)
        except RuntimeError as error:  # Flask without its async extra
            return ("refused", str(error))

    assert outcome(WorkflowsFlask(__name__)) == outcome(Flask(__name__))
    app = WorkflowsFlask(__name__)
    outcome(app)
    assert outcome(app) == outcome(Flask(__name__))  # and again, from the table


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_views_and_hooks_still_run(method):
    app = WorkflowsFlask(__name__)
    calls = []
    app.before_request(lambda: calls.append("before"))
    app.add_url_rule("/", view_func=plain, methods=[method])
    response = app.test_client().open("/", method=method)
    assert response.get_data(as_text=True) == "plain"
    assert calls == ["before"]
