"""Overlap policies (CONTRACT §12): what a slot does while the schedule's last run is still live.

- `allow` (default): start anyway;
- `skip`: start nothing;
- `buffer_one`: hold the new run (`queued`) and start it when the live one ends; at most one is
  held, later slots are skipped;
- `cancel_other`: terminate the live runs and start the new one.

Applied by the dispatcher inside the transaction that claims the slot, so a slot is decided
against the schedule's runs as they are at that moment.
"""

from dataclasses import dataclass, field
from datetime import datetime

from service.runs.models import Run
from service.runs.service import terminate_in_transaction
from service.schedules.models import Schedule

LIVE = ("running", "queued")


@dataclass
class Aftermath:
    """What a dispatch transaction did besides storing runs: to publish and enqueue after it."""

    events: list = field(default_factory=list)
    run_ids: list[str] = field(default_factory=list)


@dataclass
class SlotPlan:
    """The slots that start runs now, and those whose runs wait for the live one to end."""

    start: list[datetime]
    hold: list[datetime] = field(default_factory=list)


def plan_slots(schedule: Schedule, slots: list[datetime], *, now, aftermath: Aftermath) -> SlotPlan:
    """Apply the schedule's overlap policy to the slots due now (oldest first)."""
    policy = schedule.overlap_policy
    if policy == "allow" or not slots:
        return SlotPlan(slots)
    live = list(
        Run.select(Run.id, Run.status, Run.workflow, Run.schedule_id, Run.concurrency_key).where(
            (Run.schedule_id == schedule.id) & Run.status.in_(LIVE)
        )
    )
    if policy == "skip":  # the first slot's run would overlap the rest too
        return SlotPlan([] if live else slots[:1])
    if policy == "buffer_one":
        if not live:
            return SlotPlan(slots[:1], slots[1:2])
        held = any(run.status == "queued" and run.concurrency_key is None for run in live)
        return SlotPlan([], [] if held else slots[:1])
    for run in live:  # cancel_other: each new slot would cancel the one before; the last wins
        events, promoted = terminate_in_transaction(run, now=now)
        aftermath.events += events
        aftermath.run_ids += promoted
    return SlotPlan(slots[-1:])
