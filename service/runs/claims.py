"""Claiming a run by compare-and-set on its lease, and the fence every later write carries."""

import os
import socket
import uuid
from dataclasses import dataclass
from datetime import timedelta

from service.db import db, prebuilt
from service.runs.models import Run

_owners: dict[int, str] = {}

# The claim is one compare-and-set statement that also hands back the new attempt number
# (RETURNING: SQLite >= 3.35 and PostgreSQL), so no transaction and no second read.
_CLAIM = (
    "UPDATE workflow_runs"
    " SET lease_owner = ?, lease_expires_at = ?, heartbeat_at = ?, attempt = attempt + 1"
    " WHERE id = ? AND status = 'running' AND (lease_owner IS NULL OR lease_expires_at < ?)"
    " RETURNING attempt"
)


def process_owner() -> str:
    """Return this process's lease owner name (per pid, so a fork gets its own)."""
    pid = os.getpid()
    if pid not in _owners:
        _owners[pid] = f"{socket.gethostname()}:{pid}:{uuid.uuid4().hex[:8]}"
    return _owners[pid]


# The fence as SQL, for the prebuilt statements of the run path; parameters: fence_params.
FENCE_SQL = "id = ? AND lease_owner = ? AND attempt = ? AND status = 'running'"


@dataclass(frozen=True)
class RunClaim:
    """This process's claim on a run: valid while owner and attempt still match the row."""

    run_id: str
    owner: str
    attempt: int

    def fence(self):
        """Return the WHERE clause that makes a write apply only while the claim holds."""
        return (
            (Run.id == self.run_id)
            & (Run.lease_owner == self.owner)
            & (Run.attempt == self.attempt)
            & (Run.status == "running")
        )

    @property
    def fence_params(self) -> tuple:
        """Return the parameters of FENCE_SQL for this claim."""
        return (self.run_id, self.owner, self.attempt)


def claim_run(*, run_id: str, now, lease_seconds: int, owner: str | None = None):
    """Take the run's lease if it is running and free (or lapsed); return the claim or None."""
    owner = owner or process_owner()
    expires = now + timedelta(seconds=lease_seconds)
    # fetchall, not fetchone: SQLite ends the statement (and commits) only once it is stepped out.
    rows = db.execute_sql(prebuilt(_CLAIM), (owner, expires, now, run_id, now)).fetchall()
    if not rows:
        return None
    return RunClaim(run_id=run_id, owner=owner, attempt=rows[0][0])


def renew_leases(*, claims: list[RunClaim], now, lease_seconds: int) -> None:
    """Extend the leases of the runs this process is executing (one statement)."""
    if not claims:
        return
    expires = now + timedelta(seconds=lease_seconds)
    for owner in {claim.owner for claim in claims}:
        ids = [claim.run_id for claim in claims if claim.owner == owner]
        Run.update(lease_expires_at=expires, heartbeat_at=now).where(
            Run.id.in_(ids) & (Run.lease_owner == owner) & (Run.status == "running")
        ).execute()


def lost_claims(claims: list[RunClaim]) -> list[RunClaim]:
    """Return the claims that no longer hold (run terminated, deleted or re-claimed)."""
    if not claims:
        return []
    rows = {
        row.id: row
        for row in Run.select(Run.id, Run.status, Run.lease_owner, Run.attempt).where(
            Run.id.in_([claim.run_id for claim in claims])
        )
    }
    lost = []
    for claim in claims:
        row = rows.get(claim.run_id)
        holds = (
            row is not None
            and row.status == "running"
            and row.lease_owner == claim.owner
            and row.attempt == claim.attempt
        )
        if not holds:
            lost.append(claim)
    return lost


def release_claims(*, claims: list[RunClaim]) -> int:
    """Give runs back for another worker to resume at once (used on shutdown)."""
    released = 0
    for claim in claims:
        released += (
            Run.update(lease_owner=None, lease_expires_at=None, dispatched_at=None)
            .where(claim.fence())
            .execute()
        )
    return released
