"""The look-ahead: a slot's runs stored before it, committed at it, and every contract kept."""

import threading
from datetime import datetime, timedelta

from service.clock import utcnow
from service.db import db
from service.runs.models import Run
from service.schedules import service as schedules
from service.schedules.dispatcher import fire_due_schedules
from service.schedules.lookahead import PrepRate, fire_ahead, upcoming_slot
from service.schedules.models import Schedule
from service.workflows import service as workflows
from tests.factories import definition, node
from tests.schedules.test_dispatcher import OWNER, connection, make_schedule, make_workflow

__all__ = ["connection"]  # the fixture, used by name below
GRACE = 60


def slot_soon() -> datetime:
    """A whole second a minute ahead: the look-ahead never fires anything due already."""
    return (utcnow() + timedelta(minutes=1)).replace(microsecond=0)


def schedule_at(workflow, slot, **fields):
    schedule = make_schedule(workflow, "* * * * *", now=utcnow(), **fields)
    Schedule.update(next_run_at=slot).where(Schedule.id == schedule.id).execute()
    return schedule


def ahead(slot, *, wait_for_slot=lambda: True, **settings):
    return fire_ahead(
        slot=slot, grace_seconds=GRACE, max_catchup=50, wait_for_slot=wait_for_slot, **settings
    )


def runs_of(schedule) -> list[Run]:
    return list(Run.select().where(Run.schedule_id == schedule.id))


def test_a_slot_prepared_ahead_fires_once_and_records_the_slot_as_its_times(connection):
    slot = slot_soon()
    schedule = schedule_at(make_workflow(), slot)

    done = ahead(slot)
    assert [item.run.schedule_id for item in done.created] == [schedule.id]
    assert ahead(slot).created == []  # claimed: a second look-ahead finds nothing
    assert fire_due_schedules(now=slot, grace_seconds=GRACE, max_catchup=50) == 0  # nor the pass

    (run,) = runs_of(schedule)
    assert (run.trigger, run.status, run.scheduled_for) == ("schedule", "running", slot)
    assert run.started_at == slot  # not when it was prepared
    assert run.dispatched_at == slot
    assert run.inputs_object == {"region": "EU", "days": 7}
    stored = Schedule.get_by_id(schedule.id)
    assert stored.last_run_at == slot
    assert stored.next_run_at == slot.replace(second=0) + timedelta(minutes=1)


def test_nothing_is_visible_before_the_commit_at_the_slot(connection, app):
    slot = slot_soon()
    schedule = schedule_at(make_workflow(), slot)
    seen = {}

    def look_from_another_connection():
        with db.connection_context():
            seen["runs"] = Run.select().count()
            seen["next_run_at"] = Schedule.get_by_id(schedule.id).next_run_at

    def wait_for_slot():
        reader = threading.Thread(target=look_from_another_connection)
        reader.start()
        reader.join(timeout=30)
        return True

    ahead(slot, wait_for_slot=wait_for_slot)
    assert seen == {"runs": 0, "next_run_at": slot}
    assert len(runs_of(schedule)) == 1


def test_a_pause_before_the_look_ahead_wins(connection):
    slot = slot_soon()
    workflow = make_workflow()
    paused, deleted, kept = (schedule_at(workflow, slot) for _ in range(3))
    other = make_workflow("other")
    on_archived = schedule_at(other, slot)
    tenant = OWNER.customer_id
    schedules.update_schedule(
        customer_id=tenant,
        workflow_id=workflow.id,
        schedule_id=paused.id,
        changes={"enabled": False},
    )
    Schedule.update(next_run_at=slot).where(Schedule.id == paused.id).execute()
    schedules.delete_schedule(customer_id=tenant, workflow_id=workflow.id, schedule_id=deleted.id)
    workflows.update_workflow(
        customer_id=tenant, workflow_id=other.id, changes={"status": "archived"}
    )

    done = ahead(slot)
    assert [item.run.schedule_id for item in done.created] == [kept.id]
    assert runs_of(paused) == runs_of(deleted) == runs_of(on_archived) == []


def test_a_pause_during_the_look_ahead_waits_for_the_slot_and_the_slot_fires_once(connection, app):
    """A pause is either committed before the claim (it wins) or after the slot (it waits)."""
    slot = slot_soon()
    workflow = make_workflow()
    schedule = schedule_at(workflow, slot)
    order = []

    def pause():
        with db.connection_context():
            schedules.update_schedule(
                customer_id=OWNER.customer_id,
                workflow_id=workflow.id,
                schedule_id=schedule.id,
                changes={"enabled": False},
            )
        order.append("paused")

    pauser = threading.Thread(target=pause)

    def wait_for_slot():
        pauser.start()
        pauser.join(timeout=0.5)  # the pause cannot commit while the slot is held
        order.append("slot")
        return True

    ahead(slot, wait_for_slot=wait_for_slot)
    pauser.join(timeout=30)
    assert order == ["slot", "paused"]
    assert len(runs_of(schedule)) == 1
    assert Schedule.get_by_id(schedule.id).enabled is False


def test_told_to_stop_before_the_slot_it_rolls_back_and_the_slot_fires_when_due(connection):
    slot = slot_soon()
    schedule = schedule_at(make_workflow(), slot)

    assert ahead(slot, wait_for_slot=lambda: False).created == []
    assert runs_of(schedule) == []
    assert Schedule.get_by_id(schedule.id).next_run_at == slot
    assert fire_due_schedules(now=slot, grace_seconds=GRACE, max_catchup=50) == 1


def test_overlap_policies_and_concurrency_limits_are_left_to_the_pass_at_the_slot(connection):
    slot = slot_soon()
    plain = schedule_at(make_workflow(), slot)
    skipping = schedule_at(make_workflow("skipping"), slot, overlap_policy="skip")
    limited_workflow = workflows.create_workflow(
        identity=OWNER,
        name="limited",
        definition={**definition(node("only")), "concurrency": {"limit": 1}},
    )
    limited = make_schedule(limited_workflow, "* * * * *", now=utcnow(), inputs={})
    Schedule.update(next_run_at=slot).where(Schedule.id == limited.id).execute()

    done = ahead(slot)
    assert [item.run.schedule_id for item in done.created] == [plain.id]
    assert runs_of(skipping) == runs_of(limited) == []
    assert fire_due_schedules(now=slot, grace_seconds=GRACE, max_catchup=50) == 2


def test_what_does_not_fit_before_the_slot_is_left_due(connection):
    slot = slot_soon()
    workflow = make_workflow()
    created = [schedule_at(workflow, slot) for _ in range(5)]
    left = iter([10.0, 10.0, 0.0])  # two rounds fit; the third finds no time left

    done = ahead(slot, seconds_left=lambda: next(left), chunk=2)
    assert len(done.created) == 4
    assert fire_due_schedules(now=slot, grace_seconds=GRACE, max_catchup=50) == 1
    assert all(len(runs_of(schedule)) == 1 for schedule in created)


def test_two_look_aheads_and_a_pass_racing_fire_each_schedule_once(connection, app):
    slot = slot_soon()
    workflow = make_workflow()
    created = [schedule_at(workflow, slot) for _ in range(30)]
    barrier = threading.Barrier(3)
    errors = []

    def race(work):
        try:
            with db.connection_context():
                barrier.wait()
                work()
        except Exception as exc:  # surfaced below
            errors.append(exc)

    workers = [
        threading.Thread(target=race, args=(lambda: ahead(slot, chunk=4),)),
        threading.Thread(target=race, args=(lambda: ahead(slot, chunk=7),)),
        threading.Thread(
            target=race,
            args=(lambda: fire_due_schedules(now=slot, grace_seconds=GRACE, max_catchup=50),),
        ),
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=60)
    fire_due_schedules(now=slot, grace_seconds=GRACE, max_catchup=50)  # whatever was left

    assert errors == []
    assert [len(runs_of(schedule)) for schedule in created] == [1] * 30


def test_the_upcoming_slot_is_the_next_one_within_the_window(connection):
    now = datetime(2026, 3, 19, 12, 14, 58)
    workflow = make_workflow()
    for _ in range(3):
        make_schedule(workflow, now=datetime(2026, 3, 19, 12, 5))  # */15: 12:15
    make_schedule(workflow, "0 13 * * *", now=datetime(2026, 3, 19, 12, 5))

    assert upcoming_slot(now=now, within=timedelta(seconds=1)) is None
    found = upcoming_slot(now=now, within=timedelta(seconds=2))
    assert (found.at, found.schedules) == (datetime(2026, 3, 19, 12, 15), 3)


def test_the_prep_rate_learns_from_large_look_aheads_only():
    rate = PrepRate(seconds_per_run=0.001, fixed_seconds=0.05, safety=1.0)
    assert rate.estimate(1000) == 1.05
    rate.learn(10, 5.0)  # too few runs to say anything
    assert rate.estimate(1000) == 1.05
    rate.learn(1000, 0.25)
    assert rate.estimate(1000) == 0.3
