"""The Blueprint class every domain's routes use, and the API's URL prefix."""

import flask_smorest
from marshmallow import Schema

from service.web.extensions import ArgumentsParser

API_PREFIX = "/api/v2/workflows"


class Blueprint(flask_smorest.Blueprint):
    """A flask-smorest Blueprint whose argument errors are 400s."""

    ARGUMENTS_PARSER = ArgumentsParser()

    def arguments(self, schema, *args, **kwargs):
        """Declare a route's arguments, with its schema built once rather than per request.

        webargs instantiates a schema class on every request it parses (a deep copy of every
        field): about 60 µs a request in bench/api.py's profile. A schema instance is reusable.
        """
        if isinstance(schema, type) and issubclass(schema, Schema):
            schema = schema()
        return super().arguments(schema, *args, **kwargs)
