"""Run counters as a property: after any sequence of status changes they equal COUNT(*).

A Hypothesis state machine drives every path that moves a run between statuses — execute
(running or queued under a concurrency limit), execution to the end, terminate (which promotes
the next queued run), a worker lost too often (failed by the reaper, which promotes too),
retry, retention and a workflow's delete and purge — and after each step compares every
workflow's counters with COUNT(*) per status.
"""

from datetime import timedelta

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from service.clock import utcnow
from service.db import db
from service.runs.claims import claim_run
from service.runs.counts import counted_runs, run_counts
from service.runs.execution import claim_and_execute
from service.runs.models import Run
from service.runs.purge import Batches, delete_expired_runs, purge_deleted_workflows
from service.runs.recovery import recover_runs
from tests.factories import auth, definition
from tests.proofs.test_isolation_property import wipe_tables

BASE = "/api/v2/workflows"
A = auth("tenant-a", "user-a")


class CountersMatchCounting(RuleBasedStateMachine):
    """Random status changes; the counters must always equal COUNT(*)."""

    app = None

    def __init__(self):
        super().__init__()
        wipe_tables()
        self.client = self.app.test_client()
        self.workflows: list[str] = []
        self.every_workflow: list[str] = []
        self.made = 0

    def runs(self) -> list[str]:
        with db.connection_context():
            return [run.id for run in Run.select(Run.id).order_by(Run.started_at, Run.id)]

    @precondition(lambda self: len(self.workflows) < 3)
    @rule(limit=st.sampled_from([None, 1, 2]))
    def create_workflow(self, limit):
        self.made += 1
        body = {"name": f"Flow {self.made}", "definition": definition()}
        if limit:
            body["definition"] = {**body["definition"], "concurrency": {"limit": limit}}
        response = self.client.post(BASE, json=body, headers=A)
        assert response.status_code == 201, response.json
        self.workflows.append(response.json["workflow"]["id"])
        self.every_workflow.append(self.workflows[-1])

    @precondition(lambda self: self.workflows)
    @rule(data=st.data())
    def execute(self, data):
        workflow_id = data.draw(st.sampled_from(self.workflows))
        response = self.client.post(f"{BASE}/{workflow_id}/execute", json={}, headers=A)
        assert response.status_code == 201, response.json

    @precondition(lambda self: self.workflows)
    @rule(data=st.data())
    def run_to_end(self, data):
        run_id = data.draw(st.sampled_from(self.runs() or ["none"]))
        claim_and_execute(run_id=run_id, config=self.app.config["WORKFLOWS"])

    @precondition(lambda self: self.workflows)
    @rule(data=st.data())
    def terminate(self, data):
        run_id = data.draw(st.sampled_from(self.runs() or ["none"]))
        with db.connection_context():
            run = Run.get_or_none(Run.id == run_id)
        if run is not None:
            self.client.delete(f"{BASE}/{run.workflow_id}/runs/{run_id}", headers=A)

    @precondition(lambda self: self.workflows)
    @rule(data=st.data())
    def retry(self, data):
        run_id = data.draw(st.sampled_from(self.runs() or ["none"]))
        with db.connection_context():
            run = Run.get_or_none(Run.id == run_id)
        if run is not None:
            self.client.post(f"{BASE}/{run.workflow_id}/runs/{run_id}/retry", headers=A)

    @precondition(lambda self: self.workflows)
    @rule(data=st.data())
    def lose_the_worker(self, data):
        """A worker claims a run and vanishes; the reaper fails it (no recoveries allowed)."""
        run_id = data.draw(st.sampled_from(self.runs() or ["none"]))
        past = utcnow() - timedelta(minutes=5)
        with db.connection_context():
            claim_run(run_id=run_id, now=past, lease_seconds=1, owner="gone")
        recover_runs(max_recoveries=0, lease_seconds=1)

    @rule()
    def retention(self):
        later = utcnow() + timedelta(days=2)
        delete_expired_runs(retention_days=1, now=later, batches=Batches(pause_s=0))

    @precondition(lambda self: self.workflows)
    @rule(data=st.data(), purge=st.booleans())
    def delete_workflow(self, data, purge):
        workflow_id = data.draw(st.sampled_from(self.workflows))
        assert self.client.delete(f"{BASE}/{workflow_id}", headers=A).status_code == 200
        self.workflows.remove(workflow_id)
        if purge:
            purge_deleted_workflows(batches=Batches(pause_s=0))

    @invariant()
    def counters_equal_counting(self):
        with db.connection_context():
            for workflow_id in self.every_workflow:
                assert run_counts(workflow_id) == counted_runs(workflow_id), workflow_id


def test_run_counters_always_equal_count(make_app):
    """Run the state machine: 25 random histories of up to 30 steps."""
    from hypothesis.stateful import run_state_machine_as_test

    CountersMatchCounting.app = make_app(RATE_LIMIT="10000000/minute")
    run_state_machine_as_test(
        CountersMatchCounting,
        settings=settings(
            max_examples=25,
            stateful_step_count=30,
            deadline=None,
            database=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )
