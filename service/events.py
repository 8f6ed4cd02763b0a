"""The event log: store each event with its state change, publish it on Redis after commit."""

import json
import logging
from datetime import timedelta

from service.clock import isoformat, utcnow
from service.models.event import RunEvent

log = logging.getLogger(__name__)

# One channel for every tenant: each web process holds one subscription and filters per socket.
EVENTS_CHANNEL = "workflows:events"
_publisher = {"redis": None}


def set_publisher(redis_client) -> None:
    """Set the Redis client this process publishes events with (done by create_app)."""
    _publisher["redis"] = redis_client


def event_message(row: RunEvent) -> dict:
    """Return the frame a listener receives for a stored event."""
    return {
        "id": row.id,
        "event": row.event,
        "timestamp": isoformat(row.created_at),
        "workflow_id": row.workflow_id,
        "run_id": row.run_id,
        "data": json.loads(row.data) if isinstance(row.data, str) else row.data,
    }


def record_event(*, customer_id, workflow_id, run_id, name, data, now=None) -> RunEvent:
    """Store one event; call inside the transaction that makes the change it reports."""
    return RunEvent.create(
        customer_id=customer_id,
        workflow_id=workflow_id,
        run_id=run_id,
        event=name,
        data=json.dumps(data, separators=(",", ":"), default=str),
        created_at=now or utcnow(),
    )


def publish_events(rows: list[RunEvent]) -> None:
    """Publish stored events after their transaction committed (best effort: they are stored)."""
    client = _publisher["redis"]
    if client is None or not rows:
        return
    try:
        pipe = client.pipeline(transaction=False)
        for row in rows:
            payload = {"customer_id": row.customer_id, "message": event_message(row)}
            pipe.publish(EVENTS_CHANNEL, json.dumps(payload, separators=(",", ":"), default=str))
        pipe.execute()
    except Exception as exc:  # a listener that missed it catches up with ?since=
        log.warning("event publish failed (events are stored): %s", exc)


def events_since(*, customer_id, since_id, workflow_id=None, run_id=None, limit=1000):
    """Return the tenant's stored events after since_id, oldest first."""
    query = RunEvent.select().where(
        (RunEvent.customer_id == customer_id) & (RunEvent.id > since_id)
    )
    if workflow_id:
        query = query.where(RunEvent.workflow_id == workflow_id)
    if run_id:
        query = query.where(RunEvent.run_id == run_id)
    return list(query.order_by(RunEvent.id).limit(limit))


def delete_expired_events(*, now=None, retention_hours: int, batch: int = 5000) -> int:
    """Delete events older than the retention window; return how many went."""
    cutoff = (now or utcnow()) - timedelta(hours=retention_hours)
    removed = 0
    while True:
        ids = [
            row.id
            for row in RunEvent.select(RunEvent.id).where(RunEvent.created_at < cutoff).limit(batch)
        ]
        if not ids:
            return removed
        removed += RunEvent.delete().where(RunEvent.id.in_(ids)).execute()
