"""Events published without waiting for answers (CLIENT REPLY OFF), against a real Redis."""

import json
import secrets

import pytest
import redis

from service.events import store
from service.events.quiet import QuietSender
from service.events.store import EVENTS_CHANNEL


@pytest.fixture
def client(redis_server):
    client = redis.Redis.from_url(redis_server.url)
    yield client
    client.close()


@pytest.fixture
def subscriber(client):
    pubsub = client.pubsub(ignore_subscribe_messages=True)
    pubsub.subscribe(EVENTS_CHANNEL)
    assert pubsub.get_message(timeout=5) is None  # the confirmation, skipped
    yield pubsub
    pubsub.close()


def publish(text: str) -> None:
    """Publish one message the store's way (unanswered where the server allows it)."""
    store.send_commands([("PUBLISH", EVENTS_CHANNEL, text)])


def received(pubsub, count: int) -> list[bytes]:
    messages = []
    while len(messages) < count:
        message = pubsub.get_message(timeout=5)
        assert message is not None, f"got {len(messages)} of {count}"
        messages.append(message["data"])
    return messages


def test_messages_arrive_in_order_and_redis_sends_no_answers(client, subscriber):
    publisher = QuietSender(client)
    assert publisher.send([("PUBLISH", EVENTS_CHANNEL, "one"), ("PUBLISH", EVENTS_CHANNEL, "two")])
    assert publisher.send([("PUBLISH", EVENTS_CHANNEL, "three")])

    assert received(subscriber, 3) == [b"one", b"two", b"three"]
    # Nothing waits unread for the publisher: Redis wrote it no answer at all.
    connection = publisher._connection
    assert not connection.can_read(timeout=0.2)
    publisher.close()


def test_a_dropped_connection_is_opened_anew_by_the_store(client, subscriber):
    previous = store.publisher()
    store.set_publisher(client)
    try:
        quiet = store._publisher["quiet"]
        assert quiet.send([("PUBLISH", EVENTS_CHANNEL, "before")])
        client.client_kill_filter(_id=_client_id(client, quiet))
        for number in range(3):  # the first write on the dead socket may still "succeed"
            publish(f"after {number}")
        messages = [received(subscriber, 1)[0]]
        while messages[-1] != b"after 2":
            messages += received(subscriber, 1)
        assert messages[0] == b"before"
        assert messages[1:] in ([b"after 0", b"after 1", b"after 2"], [b"after 1", b"after 2"])
    finally:
        store.set_publisher(previous)


def test_a_server_that_refuses_client_reply_gets_answered_publishes(redis_server, subscriber):
    admin = redis.Redis.from_url(redis_server.url)
    user, password = f"events-{secrets.token_hex(3)}", secrets.token_hex(8)
    admin.acl_setuser(
        user,
        enabled=True,
        passwords=[f"+{password}"],
        commands=["+@all", "-client"],
        keys="*",
        channels="*",
    )
    limited = redis.Redis.from_url(redis_server.url, username=user, password=password)
    previous = store.publisher()
    store.set_publisher(limited)
    try:
        publish(json.dumps({"n": 1}))
        assert store._publisher["quiet"].supported is False
        publish(json.dumps({"n": 2}))
        assert [json.loads(data)["n"] for data in received(subscriber, 2)] == [1, 2]
    finally:
        store.set_publisher(previous)
        admin.acl_deluser(user)
        limited.close()
        admin.close()


def _client_id(client, quiet) -> int:
    """Return the server-side id of the quiet publisher's connection (by its local port)."""
    port = quiet._connection._sock.getsockname()[1]
    for entry in client.client_list():
        if entry["addr"].endswith(f":{port}"):
            return int(entry["id"])
    raise AssertionError("the quiet connection is not among the server's clients")
