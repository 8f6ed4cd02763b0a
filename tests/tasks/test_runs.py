"""The run queue adapter on a real Redis: what a pipeline of enqueues leaves on Huey's queue."""

import redis

from service.db import new_id
from tasks import huey
from tasks.runs import HueyRunQueue


def test_one_pipelined_push_enqueues_every_run_in_order_as_huey_messages(app, redis_server):
    queue = HueyRunQueue()
    run_ids = [new_id() for _ in range(500)]
    pipe = redis.Redis.from_url(redis_server.url).pipeline(transaction=False)
    queue.push_onto(pipe, run_ids[:200])
    queue.push_onto(pipe, [])  # nothing to push adds no command
    queue.push_onto(pipe, run_ids[200:])
    assert len(pipe.command_stack) == 2
    pipe.execute()

    assert queue.depth() == 500
    popped = [huey.dequeue() for _ in range(500)]
    assert [task.args[0] for task in popped] == run_ids  # the consumer takes them oldest first
    assert {task.name for task in popped} == {"execute_run"}
    assert huey.dequeue() is None
