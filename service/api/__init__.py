"""The HTTP API: one package per resource, each a blueprint with its routes and schemas."""

import flask_smorest

from service.extensions import ArgumentsParser

API_PREFIX = "/api/v2/workflows"


class Blueprint(flask_smorest.Blueprint):
    """A flask-smorest Blueprint whose argument errors are 400s."""

    ARGUMENTS_PARSER = ArgumentsParser()


def register_blueprints(api):
    """Register every resource's blueprint on the Api."""
    from service.api.health.routes import blp as health
    from service.api.parse.routes import blp as parse
    from service.api.runs.routes import blp as runs
    from service.api.schedules.routes import blp as schedules
    from service.api.workflows.routes import blp as workflows

    for blueprint in (health, parse, workflows, runs):
        api.register_blueprint(blueprint)
    api.register_blueprint(schedules)
