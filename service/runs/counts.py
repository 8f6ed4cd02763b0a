"""Per-workflow run counters: a run list's exact `total` read from one row, not counted.

Triggers (migration 0008) keep `workflow_run_counts` in step with every insert, status change
and delete of a run, in the writing transaction; nothing here writes them.
"""

from service.db import db, prebuilt
from service.runs.models import RUN_STATUSES

_READ = f"SELECT {', '.join(RUN_STATUSES)} FROM workflow_run_counts WHERE workflow_id = ?"
_RECOUNT = "SELECT status, COUNT(*) FROM workflow_runs WHERE workflow_id = ? GROUP BY status"


def run_counts(workflow_id: str) -> dict[str, int]:
    """Return how many runs of the workflow are in each status (zeros when it has none)."""
    rows = db.execute_sql(prebuilt(_READ), (workflow_id,)).fetchall()
    return dict(zip(RUN_STATUSES, rows[0] if rows else [0] * len(RUN_STATUSES), strict=True))


def run_total(workflow_id: str, status: str | None = None) -> int:
    """Return how many runs of the workflow there are (in `status`, when given)."""
    counts = run_counts(workflow_id)
    return counts[status] if status else sum(counts.values())


def counted_runs(workflow_id: str) -> dict[str, int]:
    """Return the same figures as run_counts by COUNT(*) (tests and checks compare the two)."""
    counted = dict.fromkeys(RUN_STATUSES, 0)
    counted.update(db.execute_sql(prebuilt(_RECOUNT), (workflow_id,)).fetchall())
    return counted
