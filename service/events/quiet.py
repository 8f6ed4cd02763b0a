"""Sending to Redis without waiting for its answers: one connection told `CLIENT REPLY OFF`.

A PUBLISH answers how many subscribers got the message, which nothing here reads: publishing is
best effort (a listener that missed an event catches up with ?since=). An LPUSH of a run's task
answers the queue's length; the run's row, committed first, is what counts (the outbox), and a
run whose message never reached a worker is dispatched again by the reaper's sweep. Waiting for
those answers was a round trip at every turn of every run and on every execute. Measured on the
bench machine, a 3 KB PUBLISH cost 167 µs of CPU and 450 µs of wall time with its answer, 13 µs
and 40 to 70 µs without.

The connection is checked once when it opens: `CLIENT REPLY OFF` then `CLIENT REPLY ON` must
answer exactly one OK (OFF answers nothing). A server or proxy that refuses the command (an ACL,
a cluster proxy) makes send() answer False from then on, and the caller sends the usual way. A
send that fails drops the connection (the next send opens a new one) and raises. What a send
cannot see is a command Redis refused after taking it (out of memory, a read-only replica).
"""

import logging
import os
import threading

import redis

log = logging.getLogger(__name__)


class QuietSender:
    """Sends commands to a client's server on a connection that gets no replies."""

    def __init__(self, client: redis.Redis):
        pool = client.connection_pool
        self._make = lambda: pool.connection_class(**pool.connection_kwargs)
        self._lock = threading.Lock()
        self._connection = None
        self._pid = None
        self.supported = True

    def send(self, commands: list[tuple]) -> bool:
        """Send the commands in one write (False: not possible on this server; send as usual).

        Raises redis.RedisError or OSError when the send failed.
        """
        with self._lock:
            connection = self._connected()
            if connection is None:
                return False
            try:
                # check_health=False: a health check would wait for a PING's answer, never sent.
                connection.send_packed_command(
                    connection.pack_commands(commands), check_health=False
                )
            except BaseException:
                connection.disconnect()
                self._connection = None
                raise
        return True

    def close(self) -> None:
        """Close the connection (a later publish opens a new one)."""
        with self._lock:
            if self._connection is not None:
                self._connection.disconnect()
                self._connection = None

    def _connected(self):
        if self._pid != os.getpid():  # a forked child must not write on its parent's socket
            self._connection, self._pid = None, os.getpid()
        if self._connection is None and self.supported:
            connection = self._make()
            connection.connect()
            try:
                connection.send_command("CLIENT", "REPLY", "OFF", check_health=False)
                connection.send_command("CLIENT", "REPLY", "ON", check_health=False)
                answer = connection.read_response()
                connection.send_command("CLIENT", "REPLY", "OFF", check_health=False)
            except redis.ResponseError as exc:
                connection.disconnect()
                self.supported = False
                log.warning("Redis refused CLIENT REPLY (%s): sends wait for answers", exc)
                return None
            except BaseException:
                connection.disconnect()
                raise
            if answer not in (b"OK", "OK"):
                connection.disconnect()
                self.supported = False
                log.warning("CLIENT REPLY ON answered %r: sends wait for answers", answer)
                return None
            self._connection = connection
        return self._connection
