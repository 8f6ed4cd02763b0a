"""The Flask class the service runs on: Flask, with the check for async views made once."""

from types import FunctionType

from flask import Flask


class WorkflowsFlask(Flask):
    """Flask that remembers which functions are coroutines instead of asking inspect each time."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._coroutine_functions: dict[FunctionType, bool] = {}

    def ensure_sync(self, func):
        """Return func, or a sync wrapper if it is a coroutine function (as Flask does)."""
        # Flask asks inspect.iscoroutinefunction for every hook and view of every request: about
        # 20 calls, 4 % of an authenticated read's CPU. The answer is a property of the function's
        # code, so it is kept per plain function (a bound method asks about its __func__); other
        # callables take Flask's own path, so nothing made per request can grow the table.
        plain = getattr(func, "__func__", func)
        if type(plain) is not FunctionType:
            return super().ensure_sync(func)
        coroutine = self._coroutine_functions.get(plain)
        if coroutine is None:
            coroutine = self._coroutine_functions[plain] = super().ensure_sync(func) is not func
        return self.async_to_sync(func) if coroutine else func
