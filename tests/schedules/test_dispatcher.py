"""The dispatcher with a pinned clock: on-time and missed slots, DST days, races, stops."""

import logging
import threading
import time
from datetime import datetime, timedelta

import pytest

from service.auth.identity import Identity
from service.clock import utcnow
from service.db import db
from service.events.models import RunEvent
from service.runs.models import Run
from service.schedules import service as schedules
from service.schedules.clock import seconds_to_next_second, start_schedule_clock
from service.schedules.dispatcher import fire_due_schedules
from service.schedules.models import Schedule
from service.workflows import service as workflows
from tests.factories import definition, node

OWNER = Identity(customer_id="tenant-a", user_id="user-a")
INPUTS_SCHEMA = {
    "type": "object",
    "properties": {"region": {"type": "string"}, "days": {"type": "integer", "default": 7}},
    "required": ["region"],
}
GRACE = 60


@pytest.fixture
def connection(app):
    """The app's database, with a connection open for the test."""
    with db.connection_context():
        yield


def make_workflow(name="report"):
    return workflows.create_workflow(
        identity=OWNER, name=name, definition=definition(node("only"), inputs=INPUTS_SCHEMA)
    )


def make_schedule(workflow, expression="*/15 * * * *", *, now, **fields):
    fields.setdefault("inputs", {"region": "EU"})
    return schedules.create_schedule(
        identity=OWNER, workflow_id=workflow.id, cron_expression=expression, now=now, **fields
    )


def fire(now, **settings):
    settings = {"grace_seconds": GRACE, "max_catchup": 50, **settings}
    return fire_due_schedules(now=now, **settings)


def runs_of(schedule) -> list[Run]:
    """Return the schedule's runs in the order they were created (their started events)."""
    order = {
        row.run_id: row.id for row in RunEvent.select().where(RunEvent.event == "execution:started")
    }
    found = Run.select().where(Run.schedule_id == schedule.id)
    return sorted(found, key=lambda run: order[run.id])


def slots_of(schedule) -> list[datetime]:
    return [run.scheduled_for for run in runs_of(schedule)]


def fresh(schedule) -> Schedule:
    return Schedule.get_by_id(schedule.id)


# --- on time ------------------------------------------------------------------------------------


def test_a_due_slot_fires_once_with_the_schedules_inputs(connection):
    schedule = make_schedule(make_workflow(), now=datetime(2026, 3, 19, 12, 5))
    assert schedule.next_run_at == datetime(2026, 3, 19, 12, 15)

    assert fire(datetime(2026, 3, 19, 12, 14, 59, 999000)) == 0
    at = datetime(2026, 3, 19, 12, 15, 0, 300000)
    assert fire(at) == 1
    assert fire(at) == 0  # the slot is taken

    (run,) = runs_of(schedule)
    assert run.trigger == "schedule"
    assert run.schedule_id == schedule.id
    assert run.scheduled_for == datetime(2026, 3, 19, 12, 15)
    assert run.started_at == at
    assert run.status == "running"
    assert run.inputs_object == {"region": "EU", "days": 7}  # defaults applied, as execute does
    assert fresh(schedule).next_run_at == datetime(2026, 3, 19, 12, 30)
    assert fresh(schedule).last_run_at == at
    assert fresh(schedule).updated_at == schedule.updated_at


def test_a_slot_late_within_the_grace_still_fires_under_every_policy(connection):
    workflow = make_workflow()
    made = datetime(2026, 3, 19, 12, 5)
    created = [
        make_schedule(workflow, now=made, missed_execution_policy=policy)
        for policy in ("run_immediately", "skip", "queue")
    ]
    assert fire(datetime(2026, 3, 19, 12, 16)) == 3
    assert [slots_of(schedule) for schedule in created] == [[datetime(2026, 3, 19, 12, 15)]] * 3


def test_batches_go_on_until_nothing_is_due(connection):
    workflow = make_workflow()
    made = datetime(2026, 3, 19, 12, 5)
    for _ in range(5):
        make_schedule(workflow, now=made)
    assert (
        fire_due_schedules(
            now=datetime(2026, 3, 19, 12, 15), grace_seconds=GRACE, max_catchup=50, batch=2
        )
        == 5
    )


# --- missed slots after a 3-hour outage of a */15 schedule --------------------------------------

SLOTS_09_TO_12 = [datetime(2026, 3, 19, 9) + timedelta(minutes=15 * i) for i in range(13)]


@pytest.mark.parametrize(
    ("policy", "expected"),
    [
        ("run_immediately", [datetime(2026, 3, 19, 9)]),  # one run now for all of them
        ("skip", []),
        ("queue", SLOTS_09_TO_12),  # one per missed slot, oldest first
    ],
)
def test_missed_policies_after_an_outage(connection, policy, expected):
    schedule = make_schedule(
        make_workflow(), now=datetime(2026, 3, 19, 8, 55), missed_execution_policy=policy
    )
    back = datetime(2026, 3, 19, 12, 7)  # slots 09:00 ... 12:00 are all more than 60 s late

    fire(back)

    assert slots_of(schedule) == expected
    assert {run.started_at for run in runs_of(schedule)} <= {back}
    assert fresh(schedule).next_run_at == datetime(2026, 3, 19, 12, 15)
    assert fresh(schedule).last_run_at == (back if expected else None)
    assert fire(back + timedelta(seconds=30)) == 0


def test_queue_catches_up_at_most_max_catchup_oldest_first(connection):
    schedule = make_schedule(
        make_workflow(), now=datetime(2026, 3, 19, 8, 55), missed_execution_policy="queue"
    )
    assert fire(datetime(2026, 3, 19, 12, 7), max_catchup=5) == 5
    assert slots_of(schedule) == SLOTS_09_TO_12[:5]
    assert fresh(schedule).next_run_at == datetime(2026, 3, 19, 12, 15)


@pytest.mark.parametrize(
    ("policy", "missed_runs"),
    [("run_immediately", [datetime(2026, 3, 19, 9)]), ("skip", []), ("queue", SLOTS_09_TO_12[:-1])],
)
def test_an_outage_ending_on_a_slot_fires_that_slot_on_time(connection, policy, missed_runs):
    schedule = make_schedule(
        make_workflow(), now=datetime(2026, 3, 19, 8, 55), missed_execution_policy=policy
    )
    fire(datetime(2026, 3, 19, 12, 0, 0, 500000))
    assert slots_of(schedule) == [*missed_runs, datetime(2026, 3, 19, 12)]


def test_the_on_time_slot_fires_even_when_the_catch_up_is_capped(connection):
    schedule = make_schedule(
        make_workflow(), now=datetime(2026, 3, 19, 8, 55), missed_execution_policy="queue"
    )
    fire(datetime(2026, 3, 19, 12, 0, 0, 500000), max_catchup=2)
    assert slots_of(schedule) == [*SLOTS_09_TO_12[:2], datetime(2026, 3, 19, 12)]


# --- DST days, with a dispatcher pass every minute ----------------------------------------------


def fire_every_minute(start: datetime, end: datetime) -> None:
    moment = start
    while moment <= end:
        fire(moment + timedelta(milliseconds=200))
        moment += timedelta(minutes=1)


@pytest.mark.parametrize(
    ("timezone", "expression", "made", "window", "expected"),
    [
        # New York, spring: 02:30 does not exist; it fires once at 03:00 EDT.
        (
            "America/New_York",
            "30 2 * * *",
            datetime(2026, 3, 8, 5),
            (datetime(2026, 3, 8, 5), datetime(2026, 3, 8, 9)),
            [datetime(2026, 3, 8, 7)],
        ),
        # New York, fall: 01:30 happens twice; a fixed-time slot fires at the first only.
        (
            "America/New_York",
            "30 1 * * *",
            datetime(2026, 11, 1, 4),
            (datetime(2026, 11, 1, 4), datetime(2026, 11, 1, 8)),
            [datetime(2026, 11, 1, 5, 30)],
        ),
        # New York, fall: an hourly slot fires at every real occurrence, both 01:00s.
        (
            "America/New_York",
            "0 * * * *",
            datetime(2026, 11, 1, 3, 30),
            (datetime(2026, 11, 1, 3, 30), datetime(2026, 11, 1, 7, 30)),
            [datetime(2026, 11, 1, h) for h in (4, 5, 6, 7)],  # 00:00, 01:00 x2, 02:00 local
        ),
        # Berlin, spring: 02:30 does not exist; it fires once at 03:00 CEST.
        (
            "Europe/Berlin",
            "30 2 * * *",
            datetime(2026, 3, 28, 23),
            (datetime(2026, 3, 28, 23), datetime(2026, 3, 29, 3)),
            [datetime(2026, 3, 29, 1)],
        ),
        # Berlin, spring: */30 skips the missing hour, fires nothing twice.
        (
            "Europe/Berlin",
            "*/30 * * * *",
            datetime(2026, 3, 28, 23, 50),
            (datetime(2026, 3, 28, 23, 50), datetime(2026, 3, 29, 1, 40)),
            # 01:00, 01:30 CET, then 03:00, 03:30 CEST
            [datetime(2026, 3, 29, 0) + timedelta(minutes=30 * i) for i in range(4)],
        ),
        # Berlin, fall: 02:30 happens twice; fires once.
        (
            "Europe/Berlin",
            "30 2 * * *",
            datetime(2026, 10, 24, 22),
            (datetime(2026, 10, 24, 22), datetime(2026, 10, 25, 3)),
            [datetime(2026, 10, 25, 0, 30)],
        ),
        # Berlin, fall: */30 fires at both 02:00 and both 02:30.
        (
            "Europe/Berlin",
            "*/30 * * * *",
            datetime(2026, 10, 24, 23, 50),
            (datetime(2026, 10, 24, 23, 50), datetime(2026, 10, 25, 2, 10)),
            [datetime(2026, 10, 25, 0) + timedelta(minutes=30 * i) for i in range(5)],
        ),
    ],
)
def test_dst_days_fire_as_cron_does(connection, timezone, expression, made, window, expected):
    schedule = make_schedule(make_workflow(), expression, now=made, timezone=timezone)
    fire_every_minute(*window)
    assert slots_of(schedule) == expected
    for run in runs_of(schedule):
        assert timedelta(0) <= run.started_at - run.scheduled_for < timedelta(seconds=1)


# --- things that stop a schedule ----------------------------------------------------------------


def test_disabled_archived_and_deleted_never_fire_even_when_already_due(connection):
    made, due = datetime(2026, 3, 19, 12, 5), datetime(2026, 3, 19, 12, 15, 0, 100000)
    disabled = make_schedule(make_workflow("a"), now=made)
    archived_workflow = make_workflow("b")
    archived = make_schedule(archived_workflow, now=made)
    deleted = make_schedule(make_workflow("c"), now=made)
    deleted_workflow = make_workflow("d")
    orphan = make_schedule(deleted_workflow, now=made)
    created_disabled = make_schedule(make_workflow("e"), now=made, enabled=False)
    control = make_schedule(make_workflow("f"), now=made)

    # Every slot is due now; each is stopped before the dispatcher looks.
    schedules.update_schedule(
        customer_id=OWNER.customer_id,
        workflow_id=disabled.workflow_id,
        schedule_id=disabled.id,
        changes={"enabled": False},
        now=due,
    )
    workflows.update_workflow(
        customer_id=OWNER.customer_id,
        workflow_id=archived_workflow.id,
        changes={"status": "archived"},
    )
    schedules.delete_schedule(
        customer_id=OWNER.customer_id, workflow_id=deleted.workflow_id, schedule_id=deleted.id
    )
    workflows.delete_workflow(customer_id=OWNER.customer_id, workflow_id=deleted_workflow.id)

    for minutes in range(0, 120, 15):
        fire(due + timedelta(minutes=minutes))

    for schedule in (disabled, archived, deleted, orphan, created_disabled):
        assert runs_of(schedule) == []
    assert len(runs_of(control)) == 8
    assert Run.select().count() == 8


def test_archiving_between_read_and_claim_stops_the_slot(connection, monkeypatch):
    """The claim itself checks the workflow is active, not only the read before it."""
    from service.schedules import dispatcher

    workflow = make_workflow()
    schedule = make_schedule(workflow, now=datetime(2026, 3, 19, 12, 5))
    real_fire = dispatcher.fire_rows

    def archive_then_fire(rows, *args):
        workflows.update_workflow(
            customer_id=OWNER.customer_id, workflow_id=workflow.id, changes={"status": "archived"}
        )
        return real_fire(rows, *args)

    monkeypatch.setattr(dispatcher, "fire_rows", archive_then_fire)
    assert fire(datetime(2026, 3, 19, 12, 15)) == 0
    assert runs_of(schedule) == []


def test_re_enabling_starts_from_now_without_a_catch_up_storm(connection):
    schedule = make_schedule(
        make_workflow(),
        now=datetime(2026, 3, 19, 8, 55),
        enabled=False,
        missed_execution_policy="queue",
    )
    later = datetime(2026, 3, 19, 12, 7)
    schedules.update_schedule(
        customer_id=OWNER.customer_id,
        workflow_id=schedule.workflow_id,
        schedule_id=schedule.id,
        changes={"enabled": True},
        now=later,
    )
    assert fresh(schedule).next_run_at == datetime(2026, 3, 19, 12, 15)
    assert fire(later) == 0


def test_inputs_that_no_longer_validate_skip_the_slot_and_spare_the_others(connection, caplog):
    broken_workflow, healthy_workflow = make_workflow("broken"), make_workflow("healthy")
    made = datetime(2026, 3, 19, 12, 5)
    broken = make_schedule(broken_workflow, now=made)
    healthy = make_schedule(healthy_workflow, now=made)
    stricter = {**INPUTS_SCHEMA, "required": ["region", "owner"]}
    workflows.update_workflow(
        customer_id=OWNER.customer_id,
        workflow_id=broken_workflow.id,
        changes={"definition": definition(node("only"), inputs=stricter)},
    )

    with caplog.at_level(logging.WARNING, logger="service.schedules.dispatcher"):
        assert fire(datetime(2026, 3, 19, 12, 15)) == 1

    assert runs_of(broken) == []
    assert len(runs_of(healthy)) == 1
    assert fresh(broken).next_run_at == datetime(2026, 3, 19, 12, 30)  # the slot is consumed
    assert fresh(broken).last_run_at is None
    assert any(broken.id in record.getMessage() for record in caplog.records)


# --- concurrency --------------------------------------------------------------------------------


def test_two_dispatchers_racing_fire_each_slot_exactly_once(connection):
    workflow = make_workflow()
    made = datetime(2026, 3, 19, 12, 5)
    created = [make_schedule(workflow, now=made) for _ in range(40)]
    errors = []

    def dispatcher(barrier, now):
        try:
            barrier.wait()
            fire_due_schedules(now=now, grace_seconds=GRACE, max_catchup=50, batch=7)
        except Exception as exc:  # surfaced below
            errors.append(exc)

    for round_number in range(3):
        now = datetime(2026, 3, 19, 12, 15) + timedelta(minutes=15 * round_number)
        barrier = threading.Barrier(2)
        threads = [threading.Thread(target=dispatcher, args=(barrier, now)) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)

    assert errors == []
    expected = [datetime(2026, 3, 19, 12, 15) + timedelta(minutes=15 * i) for i in range(3)]
    for schedule in created:
        assert sorted(slots_of(schedule)) == expected
    assert Run.select().count() == 40 * 3


# --- the wall clock -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("now", "expected"),
    [(100.0, 1.002), (100.25, 0.752), (100.999, 0.003)],
)
def test_the_clock_wakes_just_after_each_whole_second(now, expected):
    assert seconds_to_next_second(now) == pytest.approx(expected)


def test_the_clock_thread_fires_a_slot_within_a_second(app):
    with db.connection_context():
        schedule = make_schedule(make_workflow(), now=utcnow())
        slot = (utcnow() + timedelta(seconds=2)).replace(microsecond=0)
        Schedule.update(next_run_at=slot).where(Schedule.id == schedule.id).execute()
    stop = threading.Event()
    thread = start_schedule_clock(app.config["WORKFLOWS"], stop)
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with db.connection_context():
                found = list(Run.select().where(Run.schedule_id == schedule.id))
            if found:
                break
            time.sleep(0.05)
    finally:
        stop.set()
        thread.join(timeout=5)
    (run,) = found
    assert run.scheduled_for == slot
    assert timedelta(0) <= run.started_at - slot < timedelta(seconds=1)
