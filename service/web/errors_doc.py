"""Document the error envelope on a route for each status it may answer."""

from service.web.extensions import ErrorSchema


def document_errors(blp):
    """Return a decorator factory: @errors(400, 404) adds those error responses to the spec."""

    def errors(*statuses):
        def decorate(view):
            for status in statuses:
                view = blp.alt_response(status, schema=ErrorSchema, success=False)(view)
            return view

        return decorate

    return errors
