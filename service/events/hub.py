"""One Redis subscription per web process, fanned out to the event listeners it serves."""

import json
import logging
import os
import threading
import time
from collections import deque

import redis

from service.events.store import EVENTS_CHANNEL
from service.events.wire import Event, EventBatch
from service.runtime import gevent_active, run_ready_greenlets

log = logging.getLogger(__name__)

QUEUE_SIZE = 1024
MAX_BATCH = 256  # messages dispatched together at most (see _subscribe_and_dispatch)
SUBSCRIBE_WAIT_SECONDS = 5.0
# Seconds of fan-out between chances for the process's other work (see _Pauses).
PAUSE_EVERY = 0.002
PAUSE_CHECK_EVERY = 16  # listeners between looks at the clock
PAUSE_LONGEST = 0.005  # seconds a pause lasts at most when the process is never idle
# After a message, how long the hub waits for more before fanning out (EVENTS_FANOUT_WINDOW_MS).
FANOUT_WINDOW_SECONDS = 0.010
# An idle subscription pings Redis this often, and counts as dead after this much silence:
# a half-open TCP connection (a machine gone, a partition) otherwise looks merely quiet.
HEALTH_PING_SECONDS = 5.0
DEAD_AFTER_SECONDS = 15.0
MAX_BACKOFF_SECONDS = 5.0

# WebSocket close codes (RFC 6455): 1013 "try again later" means "reconnect with ?since=".
TRY_AGAIN = 1013


class ListenerClosed(Exception):
    """The hub gave up on a listener; the socket must close and the client resume with since."""

    def __init__(self, code: int, message: str, pending: bytes = b""):
        super().__init__(message)
        self.code = code
        self.message = message
        # What a direct write left unsent: part of a frame the client has begun to read, so it
        # goes out before the stream's closing words.
        self.pending = pending


class HubUnavailable(Exception):
    """The Redis subscription is not live, so events cannot be streamed right now."""


OVERFLOW = (TRY_AGAIN, "Too slow: events overflowed; reconnect with since")
INTERRUPTED = (TRY_AGAIN, "Event feed interrupted; reconnect with since")


class Listener:
    """One socket's bounded queue of live events for its tenant and filters."""

    def __init__(self, *, customer_id, workflow_id=None, run_id=None, maxsize=QUEUE_SIZE):
        self.customer_id = customer_id
        self.workflow_id = workflow_id
        self.run_id = run_id
        self.maxsize = maxsize
        self._items = deque()
        self._lock = threading.Lock()
        # An Event rather than a Condition: under gevent it is gevent's compiled Event, and a
        # wait costs no lock allocation; with thousands of listeners per event that counts.
        self._wakeup = threading.Event()
        self._closed: tuple[int, str] | None = None
        # A stream may let the hub write events to its socket itself while the stream waits in
        # take() (see ws.py): no wakeup, no switch, one non-blocking send. The writer returns
        # the bytes the socket did not take; the stream sends those first when it wakes.
        self.direct_write = None
        self._waiting = False
        self._unsent = b""

    def matches(self, event: Event) -> bool:
        """Tell whether the event passes this listener's filters (the tenant is already known)."""
        if self.workflow_id and event.workflow_id != self.workflow_id:
            return False
        return not (self.run_id and event.run_id != self.run_id)

    def offer(self, event: Event) -> bool:
        """Queue an event; on overflow close the listener (never drop silently) and say False."""
        return self.offer_many([event])

    def offer_many(self, events: list[Event]) -> bool:
        """Queue events in order (one wakeup for all); False when the listener closed."""
        with self._lock:
            if self._closed is not None:
                return False
            # Only while the stream is blocked in take() (so never mid-send itself) and nothing
            # older is waiting to go out, which keeps every event in order. Written out here
            # rather than in a method: this runs once per socket per batch.
            if self._waiting and self.direct_write and not self._items and not self._unsent:
                try:
                    self._unsent = self.direct_write(events)
                except OSError:  # the peer went away: the stream finds out when it sends
                    self._items.extend(events)
                if not self._unsent and not self._items:
                    return True
            elif len(self._items) + len(events) > self.maxsize:
                self._close_locked(OVERFLOW)
                return False
            else:
                self._items.extend(events)
        self._wakeup.set()
        return True

    def close(self, reason: tuple[int, str]) -> None:
        """Close the listener with (close code, message): its socket ends with that frame."""
        with self._lock:
            if self._closed is None:
                self._close_locked(reason)
        self._wakeup.set()

    def poke(self) -> None:
        """Wake the taker without an event (its client sent something or went away)."""
        self._wakeup.set()

    def take(self, timeout: float) -> list:
        """Return what is queued, in order (empty after timeout or a poke); raise ListenerClosed.

        Items are Events, and first, when a direct write left some, the bytes it did not send.
        """
        with self._lock:
            self._waiting = True
        self._wakeup.wait(timeout)
        with self._lock:
            self._waiting = False
            # Cleared before the queue is read: an offer after this point sets it again.
            self._wakeup.clear()
            if self._closed is not None:
                pending, self._unsent = self._unsent, b""
                raise ListenerClosed(*self._closed, pending=pending)
            # All at once: a socket that fell behind catches up in one send.
            items = [self._unsent, *self._items] if self._unsent else list(self._items)
            self._unsent = b""
            self._items.clear()
            return items

    def _close_locked(self, reason: tuple[int, str]) -> None:
        # The socket resumes from the database with since, so queued events are not needed.
        self._closed = reason
        self._items.clear()


class EventHub:
    """The process's one subscription to EVENTS_CHANNEL and the listeners it feeds."""

    def __init__(self, redis_url: str, *, window: float = FANOUT_WINDOW_SECONDS):
        self.redis_url = redis_url
        self.window = window
        self._state = threading.Condition(threading.Lock())
        self._listeners: dict[str, set[Listener]] = {}
        self._subscribed = False
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()

    def listen(
        self, *, customer_id, workflow_id=None, run_id=None, maxsize=QUEUE_SIZE, timeout=None
    ):
        """Register a listener once the subscription is live (HubUnavailable if it is not)."""
        listener = Listener(
            customer_id=customer_id, workflow_id=workflow_id, run_id=run_id, maxsize=maxsize
        )
        wait = SUBSCRIBE_WAIT_SECONDS if timeout is None else timeout
        with self._state:
            self._start_locked()
            # Registering only while subscribed: every event published from now on reaches it.
            if not self._state.wait_for(lambda: self._subscribed, wait):
                raise HubUnavailable("The event feed (Redis) is not available.")
            self._listeners.setdefault(customer_id, set()).add(listener)
        return listener

    def unlisten(self, listener: Listener) -> None:
        """Forget a listener (its socket closed)."""
        with self._state:
            self._discard_locked(listener)

    def wait_subscribed(self, timeout: float = SUBSCRIBE_WAIT_SECONDS) -> bool:
        """Start the subscription if needed and tell whether it is live within timeout."""
        with self._state:
            self._start_locked()
            return self._state.wait_for(lambda: self._subscribed, timeout)

    def listener_count(self) -> int:
        """Return how many listeners are registered."""
        with self._state:
            return sum(len(group) for group in self._listeners.values())

    def stop(self, timeout: float = 5.0) -> None:
        """Stop the subscription thread and close every listener (tests and shutdown)."""
        self._stopping.set()
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
        self._lose_subscription()

    def _start_locked(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._stopping.clear()
            self._thread = threading.Thread(
                target=self._run, name="workflows-event-hub", daemon=True
            )
            self._thread.start()

    def _discard_locked(self, listener: Listener) -> None:
        group = self._listeners.get(listener.customer_id)
        if group is not None:
            group.discard(listener)
            if not group:
                del self._listeners[listener.customer_id]

    def _run(self) -> None:
        backoff = 0.1
        while not self._stopping.is_set():
            try:
                self._subscribe_and_dispatch()
                backoff = 0.1
            except (redis.RedisError, OSError) as exc:
                log.warning("event subscription lost, reconnecting: %s", exc)
            except Exception:  # a bug must not leave sockets subscribed to a dead thread
                log.exception("event subscription failed, restarting it")
            self._lose_subscription()
            if self._stopping.wait(backoff):
                return
            backoff = min(backoff * 2, MAX_BACKOFF_SECONDS)

    def _subscribe_and_dispatch(self) -> None:
        client = redis.Redis.from_url(self.redis_url, socket_connect_timeout=2)
        pubsub = client.pubsub()
        try:
            pubsub.subscribe(EVENTS_CHANNEL)
            last_heard = last_ping = time.monotonic()
            while not self._stopping.is_set():
                message = pubsub.get_message(timeout=1.0)
                now = time.monotonic()
                if message is None:
                    if now - last_heard > DEAD_AFTER_SECONDS:
                        raise redis.ConnectionError("no answer from Redis to PING")
                    if now - max(last_heard, last_ping) > HEALTH_PING_SECONDS:
                        pubsub.ping()
                        last_ping = now
                    continue
                last_heard = now
                batch = self._gather(pubsub, message)
                if batch:
                    self._dispatch(batch)
        finally:
            pubsub.close()
            client.close()

    def _gather(self, pubsub, message) -> list:
        """Return the messages published now: this one, those waiting, those within the window.

        A one-node run's events commit in two transactions a few milliseconds apart (the web's
        execute, then the worker's turn); gathering for FANOUT_WINDOW_SECONDS sends them to each
        socket in one write instead of two, which halves the sends, the CPU and the wakeups of
        every listener. When the hub falls behind (thousands of sockets to feed), whatever
        queued meanwhile goes out together in the same way.
        """
        batch = []
        until = time.monotonic() + self.window
        while message is not None:
            if message["type"] == "subscribe":
                self._set_subscribed()
            elif message["type"] == "message":
                batch.append(message["data"])
            if len(batch) >= MAX_BATCH:
                break
            message = pubsub.get_message(timeout=0)
            if message is None and (left := until - time.monotonic()) > 0:
                message = pubsub.get_message(timeout=left)
        return batch

    def _set_subscribed(self) -> None:
        with self._state:
            self._subscribed = True
            self._state.notify_all()

    def _lose_subscription(self) -> None:
        # Whatever was published while the subscription was down is gone for these listeners:
        # close them so that each resumes from the database with since (no silent gap).
        with self._state:
            self._subscribed = False
            listeners = [item for group in self._listeners.values() for item in group]
            self._listeners.clear()
        for listener in listeners:
            listener.close(INTERRUPTED)

    def _dispatch(self, raws: list) -> None:
        by_customer: dict[str, list[Event]] = {}
        for raw in raws:
            parsed = _parse(raw)
            if parsed is not None:
                by_customer.setdefault(parsed[0], []).extend(parsed[1])
        pause = _Pauses()
        for customer_id, events in by_customer.items():
            batch = EventBatch(events)
            with self._state:
                targets = list(self._listeners.get(customer_id, ()))
            for index, listener in enumerate(targets):
                if listener.workflow_id or listener.run_id:
                    mine = EventBatch(event for event in batch if listener.matches(event))
                else:
                    mine = batch
                if mine and not listener.offer_many(mine):
                    self.unlisten(listener)
                if not index % PAUSE_CHECK_EVERY:
                    pause.now_and_then()


class _Pauses:
    """Let the process's other work in during a long fan-out (every PAUSE_EVERY seconds)."""

    def __init__(self):
        self._next = time.monotonic() + PAUSE_EVERY

    def now_and_then(self) -> None:
        now = time.monotonic()
        if now >= self._next:
            _let_others_run()
            self._next = time.monotonic() + PAUSE_EVERY


def _let_others_run() -> None:
    # Under gevent, whatever was ready (an API request, a stream that woke) runs now: a request
    # waits a few milliseconds for a fan-out, not all of it. With threads, sleep(0) hands the
    # GIL over.
    if gevent_active():
        run_ready_greenlets(PAUSE_LONGEST)
    else:
        time.sleep(0)


def _parse(raw) -> tuple[str, list[Event]] | None:
    """Return (customer id, its Events) for a published message, None (logged) when malformed.

    A message carries a tenant's frames in order ("messages", see store.published_messages)
    or one frame ("message").
    """
    try:
        payload = json.loads(raw)
        frames = payload["messages"] if "messages" in payload else [payload["message"]]
        events = [_event(frame) for frame in frames]
        return str(payload["customer_id"]), events
    except (ValueError, KeyError, TypeError, AttributeError):
        log.warning("ignored a malformed message on %s", EVENTS_CHANNEL)
        return None


def _event(message: dict) -> Event:
    return Event(
        id=int(message["id"]),
        workflow_id=message.get("workflow_id"),
        run_id=message.get("run_id"),
        frame=json.dumps(message, separators=(",", ":")),
        name=str(message["event"]),
    )


_hubs: dict[str, EventHub] = {}
_hubs_lock = threading.Lock()
_hubs_pid = [os.getpid()]


def hub_for(redis_url: str, *, window: float = FANOUT_WINDOW_SECONDS) -> EventHub:
    """Return this process's hub for a Redis URL, creating it on first use."""
    with _hubs_lock:
        if _hubs_pid[0] != os.getpid():  # a forked child must not share its parent's hubs
            _hubs.clear()
            _hubs_pid[0] = os.getpid()
        hub = _hubs.get(redis_url)
        if hub is None:
            hub = _hubs[redis_url] = EventHub(redis_url, window=window)
        return hub
