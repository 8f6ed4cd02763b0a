"""Flask's JSON provider with orjson writing the bodies (the same JSON, several times faster).

The standard library's encoder was about 6 % of a list request's CPU under gunicorn
(bench/api.py's py-spy profile). Values orjson would write differently from Flask go through
Flask's own `default` (dates as HTTP dates, dataclasses), and what orjson refuses (integers past
64 bits) falls back to the standard encoder, so every response is what Flask would have sent,
give or take whitespace and non-ASCII characters written as UTF-8 rather than \\u escapes.
"""

import orjson
from flask.json.provider import DefaultJSONProvider

_OPTIONS = (
    orjson.OPT_NON_STR_KEYS | orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS
)


class OrjsonProvider(DefaultJSONProvider):
    """DefaultJSONProvider whose compact dumps and responses are written by orjson."""

    sort_keys = False  # keep the reference's field order

    def dumps(self, obj, **kwargs) -> str:
        """Serialise obj; arguments orjson does not take (indent, …) use the standard encoder."""
        if not kwargs:
            encoded = _orjson(obj, self.default)
            if encoded is not None:
                return encoded.decode()
        return super().dumps(obj, **kwargs)

    def response(self, *args, **kwargs):
        """Return a JSON response, compact unless the app is in debug mode."""
        obj = self._prepare_response_obj(args, kwargs)
        if self._app.debug:
            return super().response(obj)
        encoded = _orjson(obj, self.default)
        if encoded is None:
            return super().response(obj)
        return self._app.response_class(encoded + b"\n", mimetype=self.mimetype)


def _orjson(obj, default) -> bytes | None:
    try:
        return orjson.dumps(obj, default=default, option=_OPTIONS)
    except (TypeError, orjson.JSONEncodeError):
        return None  # e.g. an integer past 64 bits: the standard encoder writes it
