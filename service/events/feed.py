"""One listener's events, whatever carries them (WebSocket or SSE): who, which, from where.

Both streams share this: the token and filter checks, the per-user listener cap, and the merge of
the stored events after `since` with the live ones, without a gap or a duplicate (CONTRACT §5, §11).
"""

import json
import re
import time
import uuid
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass

import redis
from flask import current_app, g, request

from service.auth.identity import Identity
from service.auth.tokens import identity_from_token
from service.db import db
from service.errors import Invalid, Unauthorized, Unavailable, error_response
from service.events.hub import HubUnavailable, Listener, hub_for
from service.events.slots import TooManyListeners, slots_for
from service.events.store import event_message, events_since
from service.events.wire import Event
from service.observability.metrics import EVENT_LISTENERS

REPLAY_PAGE = 500
_EVENT_ID = re.compile(r"[0-9]{1,18}")


@dataclass(frozen=True)
class StreamRequest:
    """A verified request for events: who listens, to what, and from which event id."""

    identity: Identity
    workflow_id: str | None
    run_id: str | None
    since: int | None


class SentIds:
    """Remember recently sent event ids, so a live copy of an event already sent is skipped.

    A membership set, not a high-water mark: on PostgreSQL concurrent transactions commit out of
    id order, so a live event can carry a lower id than one already replayed and still be new.
    Ids are kept for `horizon` seconds (a duplicate comes from a publish racing the replay, so it
    arrives within moments) and at most `capacity` of them, the oldest forgotten first.
    """

    def __init__(self, *, horizon: float = 60.0, capacity: int = 10_000, clock=time.monotonic):
        self.horizon = horizon
        self.capacity = capacity
        self._clock = clock
        self._order: deque[tuple[float, int]] = deque()
        self._ids: set[int] = set()

    def add(self, event_id: int) -> None:
        """Remember one sent id."""
        self.add_many([event_id])

    def add_many(self, event_ids) -> None:
        """Remember sent ids, all stamped now."""
        now = self._clock()
        for event_id in event_ids:
            self._order.append((now, event_id))
            self._ids.add(event_id)
        self._prune()

    def __contains__(self, event_id: int) -> bool:
        self._prune()
        return event_id in self._ids

    def __len__(self) -> int:
        return len(self._ids)

    def _prune(self) -> None:
        oldest = self._clock() - self.horizon
        while self._order and (len(self._order) > self.capacity or self._order[0][0] < oldest):
            _stamp, event_id = self._order.popleft()
            self._ids.discard(event_id)


class EventFeed:
    """The stored events after `since`, then the live ones, each sent once and in order."""

    def __init__(self, stream: StreamRequest, listener: Listener, *, hub, slots, slot: str):
        self.stream = stream
        self.listener = listener
        self.sent = SentIds()
        # Ids up to `since` are the client's already. One can still come live just after the
        # listener registers: it was published a moment before and the hub was gathering
        # (hub.FANOUT_WINDOW_SECONDS), so the floor drops it.
        self.floor = stream.since
        self._hub = hub
        self._slots = slots
        self._slot = slot
        self._closed = False

    def replay(self) -> Iterator[list[Event]]:
        """Yield the stored events after `since` page by page (nothing without since)."""
        # The listener was registered before this runs, so whatever commits after a page was read
        # is already queued live; `sent` drops the live copies of what the pages returned. The ids
        # are stamped when the replay ends, since their live copies wait in the queue until then.
        cursor = self.stream.since
        if cursor is None:
            return
        replayed = []
        while True:
            with db.connection_context():  # held per page only, never while the stream idles
                rows = events_since(
                    customer_id=self.stream.identity.customer_id,
                    since_id=cursor,
                    workflow_id=self.stream.workflow_id,
                    run_id=self.stream.run_id,
                    limit=REPLAY_PAGE,
                )
            page = [_stored_event(row) for row in rows]
            replayed.extend(event.id for event in page)
            if page:
                yield page
            if len(rows) < REPLAY_PAGE:
                self.sent.add_many(replayed)
                return
            cursor = rows[-1].id

    def live(self, timeout: float) -> list:
        """Wait up to timeout for live events not sent yet (raises ListenerClosed when closed)."""
        return self.fresh(self.listener.take(timeout))

    def fresh(self, items: list) -> list:
        """Drop the events the client has; bytes a direct write left stay, in front.

        Only a feed with `since` can have any: ids up to it, and the replayed ones whose live
        copies raced the replay (the live feed itself never repeats one, so live ids need no
        remembering; `sent` is filled by the replay alone).
        """
        if self.floor is None:
            return items
        return [item for item in items if _unsent(item) or self._new(item.id)]

    def fresh_filter(self):
        """Return fresh, or None when nothing can need dropping (a feed without since)."""
        return self.fresh if self.floor is not None else None

    def _new(self, event_id: int) -> bool:
        return event_id > self.floor and event_id not in self.sent

    def close(self) -> None:
        """Stop listening and give the user's slot back (safe to call twice)."""
        if self._closed:
            return
        self._closed = True
        EVENT_LISTENERS.dec()
        self._hub.unlisten(self.listener)
        self._slots.give_back(self._slot)


def parse_stream_request() -> StreamRequest:
    """Verify this request's token, filters and starting id (raise Unauthorized or Invalid)."""
    identity = g.pop("stream_identity", None) or identity_from_token(request_token())
    errors = {}
    since = request.args.get("since")
    source = "since"
    if since is None and request.headers.get("Last-Event-ID") is not None:
        since, source = request.headers["Last-Event-ID"].strip(), "Last-Event-ID"
    if since is not None and not _EVENT_ID.fullmatch(since):
        errors[source] = ["Must be a non-negative integer event id."]
    filters = {}
    for name in ("workflow_id", "run_id"):
        value = request.args.get(name)
        filters[name] = _uuid_or_none(value)
        if value is not None and filters[name] is None:
            errors[name] = ["Must be a UUID."]
    if errors:
        raise Invalid("The request is invalid: see details.fields.", details={"fields": errors})
    return StreamRequest(identity=identity, since=None if since is None else int(since), **filters)


def request_token() -> str:
    """Return the bearer token of a stream request: the Authorization header or ?token=."""
    header = request.headers.get("Authorization")
    if header is not None:
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise Unauthorized(
                "The Authorization header must be 'Bearer <token>'.", code="invalid_token"
            )
        return token.strip()
    token = request.args.get("token")
    if not token:
        raise Unauthorized(
            "Authentication required: a Bearer token or a token query parameter.",
            code="missing_token",
        )
    return token


def open_feed(stream: StreamRequest) -> EventFeed:
    """Take a listener slot and start listening (TooManyListeners or Unavailable otherwise)."""
    config = current_app.config["WORKFLOWS"]
    redis_url = current_app.extensions["workflows_redis_url"]
    slots = slots_for(redis_url, lease_seconds=config.events_listener_lease_seconds)
    hub = hub_for(redis_url, window=config.events_fanout_window_ms / 1000)
    identity = stream.identity
    try:
        slot = slots.take(
            customer_id=identity.customer_id,
            user_id=identity.user_id,
            limit=config.events_max_listeners_per_user,
        )
    except redis.RedisError:  # Redis down: no stream can be live either
        raise Unavailable("The event feed is unavailable; retry shortly.") from None
    try:
        # Registered before the first byte goes out: once a client sees the stream, it is live.
        listener = hub.listen(
            customer_id=identity.customer_id,
            workflow_id=stream.workflow_id,
            run_id=stream.run_id,
        )
    except HubUnavailable:
        slots.give_back(slot)
        raise Unavailable("The event feed is unavailable; retry shortly.") from None

    EVENT_LISTENERS.inc()
    return EventFeed(stream, listener, hub=hub, slots=slots, slot=slot)


def too_many_listeners(exc: TooManyListeners):
    """Answer a refused listener: 429 too_many_listeners in the error envelope."""
    return error_response(429, "too_many_listeners", str(exc))


def release_database_connection() -> None:
    """Hand the request's pooled connection back: a stream lives for hours without one."""
    if not db.is_closed():
        db.close()


def _unsent(item) -> bool:
    # Bytes a direct write left unsent (see Listener.take): they go out first, as they are.
    return isinstance(item, bytes)


def _stored_event(row) -> Event:
    frame = json.dumps(event_message(row), separators=(",", ":"))
    return Event(
        id=row.id, workflow_id=row.workflow_id, run_id=row.run_id, frame=frame, name=row.event
    )


def _uuid_or_none(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return str(uuid.UUID(value))
    except ValueError:
        return None
