"""Tenant isolation as a property: two tenants act at random; neither sees or changes the other's.

A Hypothesis state machine drives the API (Flask test client) as tenants A and B: creates,
patches (archive and new definitions, hence versions, included), executes (pure transform
nodes: no worker is needed, the runs stay `running`), terminations, retries, signals, schedule
creates/patches/deletes and workflow deletes, plus probes in
which one tenant aims requests at the other's ids. A model holds what each tenant owns. After
every step each tenant's lists, documents, schemas, runs, schedules and stored event log (what
its WebSocket replays) must show exactly its own model; every probe must answer 404 (403 for
deleting a workflow) and leave the victim's whole state as it was. Runs may also be executed to
their end inline (the worker's code, no worker process), and after every step each workflow's
run counters (CONTRACT §14) must equal COUNT(*) of its runs per status, and its list's `total`.
"""

import json
from dataclasses import dataclass, field

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from service.db import db
from service.events.store import events_since
from service.runs.counts import counted_runs, run_counts
from service.runs.execution import claim_and_execute
from tests.conftest import TABLES_CHILD_FIRST
from tests.factories import auth, definition, node

BASE = "/api/v2/workflows"
TENANTS = {"A": "tenant-a", "B": "tenant-b"}
HEADERS = {"A": auth("tenant-a", "user-a"), "B": auth("tenant-b", "user-b")}
OTHER = {"A": "B", "B": "A"}
NAMES = ["Sales report", "Deploy note", "sales report", "Nightly sync", "Ünïcode ✓"]
CRONS = ["0 9 * * 1", "*/5 * * * *", "30 2 1 * *", "0 0 * * 0"]
ZONES = ["UTC", "America/New_York", "Asia/Kolkata"]
MAX_WORKFLOWS = 4  # per tenant: keeps each invariant pass to a few dozen requests
PURE_DEFINITION = definition(
    node("first", config={"values": {"n": 1}}),
    node("second", input_from="first", config={"values": {"m": "{{ input.n }}"}}),
)
OTHER_DEFINITION = definition(node("only", config={"values": {"n": 2}}))


@dataclass
class WorkflowModel:
    """What the model knows of one workflow."""

    name: str
    status: str = "active"
    description: str | None = None
    runs: dict[str, str] = field(default_factory=dict)  # run id -> status
    versions: int = 1
    definition: dict = field(default_factory=lambda: PURE_DEFINITION)
    schedules: dict[str, dict] = field(default_factory=dict)  # schedule id -> fields


def wipe_tables() -> None:
    """Empty every table (each example starts from nothing)."""
    with db.connection_context():
        existing = set(db.get_tables())
        for table in TABLES_CHILD_FIRST:
            if table in existing:
                db.execute_sql(f"DELETE FROM {table}")


class TenantIsolation(RuleBasedStateMachine):
    """Random actions of two tenants against a model of what each owns."""

    app = None  # set by the test before the machine runs

    def __init__(self):
        super().__init__()
        wipe_tables()
        self.client = self.app.test_client()
        self.model: dict[str, dict[str, WorkflowModel]] = {"A": {}, "B": {}}
        self.ever_owned: dict[str, set[str]] = {"A": set(), "B": set()}
        # Deleted ids, any kind, in deletion order. Every choice below follows creation or
        # deletion order, never the random UUIDs' order, so Hypothesis replays draw the same.
        self.gone: dict[str, dict[tuple, None]] = {"A": {}, "B": {}}
        self.checked_gone: set[tuple] = set()

    # --- helpers --------------------------------------------------------------------------------

    def call(self, who, method, path, body=None):
        """Send one request as a tenant; return (status, JSON)."""
        response = self.client.open(path, method=method, json=body, headers=HEADERS[who])
        assert response.status_code != 500, (method, path, response.get_data(as_text=True))
        assert response.is_json, (method, path, response.get_data(as_text=True)[:200])
        return response.status_code, response.json

    def pick_workflow(self, data):
        """Draw a tenant that owns a workflow and one of its workflow ids."""
        who = data.draw(st.sampled_from([key for key in TENANTS if self.model[key]]), label="who")
        return who, data.draw(st.sampled_from(list(self.model[who])), label="workflow")

    def pick_run(self, data):
        """Draw a tenant that has a run, and one of its (workflow id, run id) pairs."""
        who = data.draw(st.sampled_from([key for key in TENANTS if self.runs_of(key)]))
        workflow_id, run_id = data.draw(st.sampled_from(self.runs_of(who)), label="run")
        return who, workflow_id, run_id

    def any_workflow(self):
        """Tell whether some tenant has a workflow."""
        return any(self.model.values())

    def runs_of(self, who) -> list[tuple[str, str]]:
        """Return the tenant's (workflow id, run id) pairs."""
        return [(wf, run) for wf, item in self.model[who].items() for run in item.runs]

    def schedules_of(self, who) -> list[tuple[str, str]]:
        """Return the tenant's (workflow id, schedule id) pairs."""
        return [(wf, sid) for wf, item in self.model[who].items() for sid in item.schedules]

    def state_of(self, who) -> dict:
        """Return everything the tenant can read through the API, plus its stored events."""
        status, listing = self.call(who, "GET", f"{BASE}?limit=200")
        assert status == 200
        state = {"list": listing, "workflows": {}}
        for item in listing["workflows"]:
            workflow_id = item["id"]
            parts = {}
            for key, suffix in (("doc", ""), ("schema", "/schema")):
                parts[key] = self.call(who, "GET", f"{BASE}/{workflow_id}{suffix}")
            for key, suffix in (
                ("runs", "/runs"),
                ("schedules", "/schedules"),
                ("versions", "/versions"),
            ):
                parts[key] = self.call(who, "GET", f"{BASE}/{workflow_id}{suffix}?limit=200")
            state["workflows"][workflow_id] = parts
        with db.connection_context():
            state["events"] = [
                (row.id, row.event, row.workflow_id, row.run_id, row.customer_id)
                for row in events_since(customer_id=TENANTS[who], since_id=0, limit=100_000)
            ]
        return state

    # --- tenant actions -------------------------------------------------------------------------

    @precondition(lambda self: min(len(owned) for owned in self.model.values()) < MAX_WORKFLOWS)
    @rule(data=st.data(), name=st.sampled_from(NAMES) | st.integers(0, 999).map("Flow {}".format))
    def create_workflow(self, data, name):
        """Create a workflow; a name the tenant already uses is 409, the other's is free."""
        room = [key for key in TENANTS if len(self.model[key]) < MAX_WORKFLOWS]
        who = data.draw(st.sampled_from(room), label="who")
        body = {"name": name, "definition": PURE_DEFINITION}
        status, answer = self.call(who, "POST", BASE, body)
        if any(item.name == name for item in self.model[who].values()):
            assert status == 409 and answer["error"]["code"] == "workflow_name_conflict"
            return
        assert status == 201, answer
        workflow = answer["workflow"]
        assert workflow["customer_id"] == TENANTS[who]
        self.model[who][workflow["id"]] = WorkflowModel(name=name)
        self.ever_owned[who].add(workflow["id"])

    @precondition(lambda self: self.any_workflow())
    @rule(data=st.data())
    def patch_workflow(self, data):
        """Rename, archive/reactivate or describe one of the tenant's workflows."""
        who, workflow_id = self.pick_workflow(data)
        changes = data.draw(
            st.fixed_dictionaries(
                {},
                optional={
                    "name": st.sampled_from(NAMES),
                    "status": st.sampled_from(["active", "archived"]),
                    "description": st.sampled_from(["first", "second", None]),
                },
            ).filter(bool),
            label="changes",
        )
        status, answer = self.call(who, "PATCH", f"{BASE}/{workflow_id}", changes)
        mine = self.model[who][workflow_id]
        taken = {item.name for key, item in self.model[who].items() if key != workflow_id}
        if changes.get("name") in taken:
            assert status == 409, answer
            return
        assert status == 200, answer
        for key, value in changes.items():
            setattr(mine, key, value)

    @precondition(lambda self: self.any_workflow())
    @rule(data=st.data(), other=st.booleans())
    def change_definition(self, data, other):
        """Give a workflow a definition: a new one is a new version, the same one is not."""
        who, workflow_id = self.pick_workflow(data)
        new = OTHER_DEFINITION if other else PURE_DEFINITION
        status, answer = self.call(who, "PATCH", f"{BASE}/{workflow_id}", {"definition": new})
        assert status == 200, answer
        mine = self.model[who][workflow_id]
        if new != mine.definition:
            mine.versions += 1
            mine.definition = new

    @precondition(lambda self: any(self.runs_of(who) for who in TENANTS))
    @rule(data=st.data())
    def retry(self, data):
        """Retry one of the tenant's runs: a terminated one of an active workflow starts again."""
        who, workflow_id, run_id = self.pick_run(data)
        status, answer = self.call(who, "POST", f"{BASE}/{workflow_id}/runs/{run_id}/retry")
        mine = self.model[who][workflow_id]
        if mine.runs[run_id] != "terminated":
            assert status == 400 and answer["error"]["code"] == "run_not_retryable"
            return
        if mine.status == "archived":  # as execute: an archived workflow starts no run
            assert status == 400 and answer["error"]["code"] == "workflow_archived"
            return
        assert status == 201, answer
        assert answer["run"]["customer_id"] == TENANTS[who]
        mine.runs[answer["run"]["id"]] = "running"

    @precondition(lambda self: any(self.runs_of(who) for who in TENANTS))
    @rule(data=st.data())
    def signal(self, data):
        """Signal one of the tenant's runs: accepted while it runs, 400 once it has finished."""
        who, workflow_id, run_id = self.pick_run(data)
        path = f"{BASE}/{workflow_id}/runs/{run_id}/signals/go"
        status, answer = self.call(who, "POST", path, {"payload": {"by": who}})
        if self.model[who][workflow_id].runs[run_id] != "running":
            assert status == 400 and answer["error"]["code"] == "run_not_running"
            return
        assert status == 202, answer

    @precondition(lambda self: self.any_workflow())
    @rule(data=st.data())
    def execute(self, data):
        """Execute one of the tenant's workflows; archived ones answer 400."""
        who, workflow_id = self.pick_workflow(data)
        status, answer = self.call(who, "POST", f"{BASE}/{workflow_id}/execute", {"inputs": {}})
        mine = self.model[who][workflow_id]
        if mine.status == "archived":
            assert status == 400 and answer["error"]["code"] == "workflow_archived"
            return
        assert status == 201, answer
        assert answer["run"]["customer_id"] == TENANTS[who]
        mine.runs[answer["run"]["id"]] = "running"

    @precondition(lambda self: any(self.runs_of(who) for who in TENANTS))
    @rule(data=st.data())
    def run_to_end(self, data):
        """Execute one of the tenant's runs to its end, as a worker would (a no-op once ended)."""
        who, workflow_id, run_id = self.pick_run(data)
        outcome = claim_and_execute(run_id=run_id, config=self.app.config["WORKFLOWS"])
        runs_of = self.model[who][workflow_id].runs
        if runs_of[run_id] != "running":
            assert outcome == "not_claimed"
            return
        assert outcome == "completed", outcome
        runs_of[run_id] = "completed"

    @precondition(lambda self: any(self.runs_of(who) for who in TENANTS))
    @rule(data=st.data())
    def terminate(self, data):
        """Terminate one of the tenant's runs; a finished one answers 400."""
        who, workflow_id, run_id = self.pick_run(data)
        status, answer = self.call(who, "DELETE", f"{BASE}/{workflow_id}/runs/{run_id}")
        runs_of = self.model[who][workflow_id].runs
        if runs_of[run_id] != "running":
            assert status == 400 and answer["error"]["code"] == "run_not_running"
            return
        assert status == 200, answer
        runs_of[run_id] = "terminated"

    @precondition(lambda self: self.any_workflow())
    @rule(data=st.data(), cron=st.sampled_from(CRONS), zone=st.sampled_from(ZONES))
    def create_schedule(self, data, cron, zone):
        """Schedule one of the tenant's workflows."""
        who, workflow_id = self.pick_workflow(data)
        body = {"cron_expression": cron, "timezone": zone}
        status, answer = self.call(who, "POST", f"{BASE}/{workflow_id}/schedules", body)
        assert status == 201, answer
        schedule = answer["schedule"]
        self.model[who][workflow_id].schedules[schedule["id"]] = {
            "cron_expression": cron,
            "timezone": zone,
            "enabled": True,
        }

    def any_schedule(self):
        """Tell whether some tenant has a schedule."""
        return any(self.schedules_of(who) for who in TENANTS)

    def pick_schedule(self, data):
        """Draw a tenant that owns a schedule and (workflow id, schedule id) of it."""
        who = data.draw(st.sampled_from([key for key in TENANTS if self.schedules_of(key)]))
        return who, *data.draw(st.sampled_from(self.schedules_of(who)), label="schedule")

    @precondition(lambda self: self.any_schedule())
    @rule(data=st.data())
    def patch_schedule(self, data):
        """Change the cron, the zone or the enabled flag of one of the tenant's schedules."""
        who, workflow_id, schedule_id = self.pick_schedule(data)
        changes = data.draw(
            st.fixed_dictionaries(
                {},
                optional={
                    "cron_expression": st.sampled_from(CRONS),
                    "timezone": st.sampled_from(ZONES),
                    "enabled": st.booleans(),
                },
            ).filter(bool),
            label="changes",
        )
        url = f"{BASE}/{workflow_id}/schedules/{schedule_id}"
        status, answer = self.call(who, "PATCH", url, changes)
        assert status == 200, answer
        self.model[who][workflow_id].schedules[schedule_id].update(changes)

    @precondition(lambda self: self.any_schedule())
    @rule(data=st.data())
    def delete_schedule(self, data):
        """Delete one of the tenant's schedules."""
        who, workflow_id, schedule_id = self.pick_schedule(data)
        status, answer = self.call(who, "DELETE", f"{BASE}/{workflow_id}/schedules/{schedule_id}")
        assert status == 200, answer
        del self.model[who][workflow_id].schedules[schedule_id]
        self.gone[who][("schedule", workflow_id, schedule_id)] = None

    @precondition(lambda self: self.any_workflow())
    @rule(data=st.data())
    def delete_workflow(self, data):
        """Delete one of the tenant's workflows with its runs and schedules."""
        who, workflow_id = self.pick_workflow(data)
        status, answer = self.call(who, "DELETE", f"{BASE}/{workflow_id}")
        assert status == 200, answer
        removed = self.model[who].pop(workflow_id)
        self.gone[who][("workflow", workflow_id, None)] = None
        self.gone[who].update(dict.fromkeys(("run", workflow_id, r) for r in removed.runs))
        self.gone[who].update(
            dict.fromkeys(("schedule", workflow_id, s) for s in removed.schedules)
        )

    # --- the attacker ---------------------------------------------------------------------------

    def victim_targets(self, victim) -> list[tuple[str, str, str | None]]:
        """Return every id of the victim's (live or deleted) as (kind, workflow id, child id)."""
        targets = dict(self.gone[victim])
        for workflow_id, item in self.model[victim].items():
            targets[("workflow", workflow_id, None)] = None
            targets.update(dict.fromkeys(("run", workflow_id, r) for r in item.runs))
            targets.update(dict.fromkeys(("schedule", workflow_id, s) for s in item.schedules))
        return list(targets)

    @precondition(lambda self: any(self.victim_targets(who) for who in TENANTS))
    @rule(data=st.data())
    def probe_other_tenant(self, data):
        """Aim a request at the other tenant's ids: 404 (403 for a delete), nothing changes."""
        victim = data.draw(st.sampled_from([key for key in TENANTS if self.victim_targets(key)]))
        attacker = OTHER[victim]
        targets = self.victim_targets(victim)
        kind, workflow_id, child_id = data.draw(st.sampled_from(targets), label="target")
        # The attacker may also put one of its own workflow ids in front of the victim's child id.
        own = list(self.model[attacker])
        if child_id and own and data.draw(st.booleans(), label="own workflow in path"):
            workflow_id = data.draw(st.sampled_from(own), label="own workflow")
        requests = {
            "workflow": [
                ("GET", "", None),
                ("PATCH", "", {"name": "stolen", "status": "archived"}),
                ("PATCH", "", {"description": "defaced"}),
                ("DELETE", "", None),
                ("GET", "/schema", None),
                ("POST", "/execute", {"inputs": {}}),
                ("GET", "/runs", None),
                ("GET", "/schedules", None),
                ("POST", "/schedules", {"cron_expression": "* * * * *"}),
                ("PATCH", "", {"definition": OTHER_DEFINITION}),
                ("GET", "/versions", None),
                ("GET", "/versions/1.0.0", None),
            ],
            "run": [
                ("GET", f"/runs/{child_id}", None),
                ("DELETE", f"/runs/{child_id}", None),
                ("POST", f"/runs/{child_id}/retry", None),
                ("POST", f"/runs/{child_id}/signals/go", {"payload": "forged"}),
            ],
            "schedule": [
                ("PATCH", f"/schedules/{child_id}", {"enabled": False}),
                ("PATCH", f"/schedules/{child_id}", {"cron_expression": "* * * * *"}),
                ("DELETE", f"/schedules/{child_id}", None),
            ],
        }[kind]
        method, suffix, body = data.draw(st.sampled_from(requests), label="request")
        before = self.state_of(victim)
        status, answer = self.call(attacker, method, f"{BASE}/{workflow_id}{suffix}", body)
        live_foreign_workflow = workflow_id in self.model[victim]
        expected = 403 if (kind, method, suffix) == ("workflow", "DELETE", "") else 404
        if expected == 403 and not live_foreign_workflow:
            expected = 404  # a deleted workflow is simply not found
        assert status == expected, (method, suffix, answer)
        assert answer["success"] is False
        assert self.state_of(victim) == before

    # --- invariants -----------------------------------------------------------------------------

    @invariant()
    def each_tenant_sees_exactly_its_own(self):
        """Lists, documents, schemas, runs, schedules and events match the model, per tenant."""
        for who, owned in self.model.items():
            state = self.state_of(who)
            listing = state["list"]
            assert listing["total"] == listing["count"] == len(owned)
            assert {
                item["id"]: (item["name"], item["status"]) for item in listing["workflows"]
            } == {key: (item.name, item.status) for key, item in owned.items()}
            assert {item["customer_id"] for item in listing["workflows"]} <= {TENANTS[who]}
            for workflow_id, parts in state["workflows"].items():
                mine = owned[workflow_id]
                (
                    (doc_status, doc),
                    (schema_status, _),
                    (runs_status, runs),
                    (sched_status, sched),
                    (versions_status, versions),
                ) = (
                    parts["doc"],
                    parts["schema"],
                    parts["runs"],
                    parts["schedules"],
                    parts["versions"],
                )
                assert doc_status == schema_status == runs_status == sched_status == 200
                assert versions_status == 200 and versions["total"] == mine.versions
                assert doc["workflow"]["definition"] == mine.definition
                workflow = doc["workflow"]
                assert (workflow["name"], workflow["status"]) == (mine.name, mine.status)
                assert workflow["description"] == mine.description
                assert workflow["customer_id"] == TENANTS[who]
                assert (
                    json.loads(listing_item(listing, workflow_id)["definition"])
                    == (workflow["definition"])
                )
                assert {run["id"]: run["status"] for run in runs["runs"]} == mine.runs
                assert runs["total"] == len(mine.runs) and runs["next_cursor"] is None
                assert {run["customer_id"] for run in runs["runs"]} <= {TENANTS[who]}
                assert {
                    item["id"]: {
                        key: item[key] for key in ("cron_expression", "timezone", "enabled")
                    }
                    for item in sched["schedules"]
                } == mine.schedules
            self.check_events(who, state["events"])

    def check_events(self, who, events):
        """The tenant's stored event log holds its own workflows' events only, and all of them."""
        assert {row[4] for row in events} <= {TENANTS[who]}
        foreign = self.ever_owned[OTHER[who]]
        assert not [row for row in events if row[2] in foreign], "another tenant's event leaked"
        assert {row[2] for row in events} <= set(self.model[who])  # deleted workflows: no events
        started = {row[3] for row in events if row[1] == "execution:started"}
        terminated = {row[3] for row in events if row[1] == "execution:terminated"}
        for item in self.model[who].values():
            for run_id, status in item.runs.items():
                assert run_id in started
                assert (run_id in terminated) == (status == "terminated")

    @invariant()
    def run_counters_equal_counting(self):
        """Each workflow's counters equal COUNT(*) by status, and the model's runs."""
        for owned in self.model.values():
            for workflow_id, mine in owned.items():
                with db.connection_context():
                    counters, counted = run_counts(workflow_id), counted_runs(workflow_id)
                assert counters == counted
                expected = dict.fromkeys(counters, 0)
                for status in mine.runs.values():
                    expected[status] += 1
                assert counters == expected

    @invariant()
    def deleted_ids_are_gone(self):
        """Each newly deleted workflow, run or schedule is 404 to both tenants."""
        for owner, gone in self.gone.items():
            for kind, workflow_id, child_id in [t for t in gone if t not in self.checked_gone]:
                if kind == "schedule" and workflow_id in self.model[owner]:
                    path = f"{BASE}/{workflow_id}/schedules/{child_id}"
                    method, body = "PATCH", {"enabled": True}
                else:
                    suffix = f"/runs/{child_id}" if kind == "run" else ""
                    method, body, path = "GET", None, f"{BASE}/{workflow_id}{suffix}"
                for who in HEADERS:
                    assert self.call(who, method, path, body)[0] == 404
            self.checked_gone |= set(gone)


def listing_item(listing: dict, workflow_id: str) -> dict:
    """Return the list entry of one workflow."""
    return next(item for item in listing["workflows"] if item["id"] == workflow_id)


def test_nothing_one_tenant_does_shows_or_changes_anything_of_the_other(make_app):
    """Run the state machine: ~30 random histories of ~25 steps each."""
    from hypothesis.stateful import run_state_machine_as_test

    TenantIsolation.app = make_app(RATE_LIMIT="10000000/minute")
    run_state_machine_as_test(
        TenantIsolation,
        settings=settings(
            max_examples=30,
            stateful_step_count=25,
            deadline=None,
            database=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )
