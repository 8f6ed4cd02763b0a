"""What the process runs on: gevent (a web worker) or plain threads (workers, tests, the CLI)."""

import sys


def gevent_active() -> bool:
    """Tell whether gevent monkey-patched this process (gunicorn.conf.py does for gevent)."""
    monkey = sys.modules.get("gevent.monkey")
    return monkey is not None and monkey.is_module_patched("threading")
