"""The Blueprint class every domain's routes use, and the API's URL prefix."""

import flask_smorest

from service.web.extensions import ArgumentsParser

API_PREFIX = "/api/v2/workflows"


class Blueprint(flask_smorest.Blueprint):
    """A flask-smorest Blueprint whose argument errors are 400s."""

    ARGUMENTS_PARSER = ArgumentsParser()
