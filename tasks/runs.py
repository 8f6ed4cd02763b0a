"""The run task and the queue adapter that service code reaches it through (runs/queue.py)."""

from huey.storage import RedisStorage

from service.observability.context import fields_bound, request_id_to_carry
from service.runs.execution import claim_and_execute
from tasks import configure_huey, huey

# The worker app the tasks run with, handed over by huey_consumer.py before it consumes.
_serving: dict = {}


def serve(worker) -> None:
    """Run this process's tasks with the given worker app (its config)."""
    _serving["worker"] = worker


@huey.task(retries=0)
def execute_run(run_id: str, request_id: str | None = None) -> None:
    """Execute a run (a no-op when it is finished or claimed by another worker).

    `request_id` is the X-Request-ID of the API call that started the run: the worker's log
    lines for the run carry it, beside run_id, workflow_id and node_id. A message sent by a
    worker (a resumed wait, a recovery, a promotion) has none; the run's stored one is used.
    """
    if "worker" not in _serving:
        raise RuntimeError("tasks.runs.serve(worker_app) must be called before consuming")
    with fields_bound(run_id=run_id, request_id=request_id):
        claim_and_execute(run_id=run_id, config=_serving["worker"].config)


class HueyRunQueue:
    """The run queue port (service.runs.queue.RunQueue) on the Huey instance."""

    def enqueue(self, run_id: str) -> None:
        """Enqueue one run id as an execute_run task."""
        execute_run(run_id, request_id_to_carry())

    def shares_redis(self, client) -> bool:
        """Tell whether Huey's Redis is the client's server and db (so one pipeline does)."""
        storage = huey.storage
        if huey.immediate or not isinstance(storage, RedisStorage):
            return False
        ours, theirs = client.connection_pool.connection_kwargs, storage.pool.connection_kwargs
        return all(ours.get(key) == theirs.get(key) for key in ("host", "port", "path", "db"))

    def push_onto(self, pipe, run_ids: list[str]) -> None:
        """Add an execute_run task per run id to the pipeline, as Huey's enqueue writes it.

        One LPUSH of every message: Redis pushes its values one after another, so the list
        ends as that many single pushes leave it (the consumer pops them in the order given),
        and the pipeline packs one command instead of one per run (a burst of 10,000
        scheduled runs spent about 10 µs a run packing LPUSHes, measured).
        """
        if not run_ids:
            return
        request_id = request_id_to_carry()
        messages = [huey.serialize_task(execute_run.s(run_id, request_id)) for run_id in run_ids]
        pipe.lpush(huey.storage.queue_key, *messages)

    def depth(self) -> int:
        """Return how many runs wait in the queue for a worker."""
        return huey.pending_count()


def connect_run_queue(redis_url: str) -> HueyRunQueue:
    """Point Huey at the service's Redis and return the adapter the app factories connect."""
    configure_huey(redis_url)
    return HueyRunQueue()
