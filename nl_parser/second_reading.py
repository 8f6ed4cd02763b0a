"""The rules' steps weighed against the encoder's opinion: kept, mended toward it, or doubted."""

from dataclasses import dataclass, field
from difflib import SequenceMatcher

from nl_parser.added_steps import added_step
from nl_parser.catalog import CATALOG
from nl_parser.drafts import StepDraft
from nl_parser.second_opinion import shipped_model

# Measured with scripts/nl_first_looks_again.py on rounds 89-96 (1,280 blind cases), each on the
# parser that first scored it, with a model trained only on the sets written before round 89.
# Below this confidence the rules are wrong about one time in three, and asking is worth the
# encoder's ~5 ms; above it they are right 96 % of the time, and asking every parse would double
# parse time for a few more mends (1,187 right instead of 1,182 at the first settings).
ASK_BELOW = 0.9
# The rules' steps are mended toward the encoder's shape where it is this sure of it and gives
# theirs this little: 63 mended, 54 of them right (0.86); at 0.9 the same rounds had 12 fewer
# right answers.
SURE, UNLIKELY = 0.8, 0.05
MENDED_CONFIDENCE = 0.85
# A drafted step that misses a parameter the text does not give needs a person to fill it in.
MENDED_UNFILLED = 0.75
# Where it gives the rules' shape less than this and mends nothing, the rules were right 25 times
# in 57; the cap keeps such answers among the ones a caller should show a person.
DOUBTED, DOUBTED_CEILING = 0.3, 0.2
# Agreement raises nothing: the encoder names steps, not their parameters or the schedule, and
# the rules' doubts are as often about those (a misread time, a test not understood).
# Every warning a second reading gives starts so; `moved_by` tells a mend from a doubt by it.
WARNING = "uncertain: a second reading of the instruction "
_EXPECTED = WARNING + "expects the steps "


@dataclass
class Reading:
    """The steps after the second reading, and how it moves the rules' confidence."""

    steps: list[StepDraft]
    floor: float = 0.0
    ceiling: float = 1.0
    warnings: list[str] = field(default_factory=list)

    def confidence(self, score: float) -> float:
        """Return the rules' score moved into the bounds the second reading sets."""
        return round(min(max(score, self.floor), self.ceiling), 3)


def second_reading(
    text: str, steps: list[StepDraft], allowed: frozenset[str] | None, score: float
) -> Reading:
    """Weigh the rules' steps against the encoder's shape, when the rules are unsure."""
    model = shipped_model() if score < ASK_BELOW else None
    if model is None:
        return Reading(steps)
    opinion = model.probabilities(text, allowed)
    ours = tuple(s.action for s in steps)
    theirs = max(opinion, key=opinion.get)
    given = opinion.get(ours, 0.0)
    if theirs == ours:
        return Reading(steps)
    if opinion[theirs] >= SURE and given <= UNLIKELY:
        mended = _mended(text, steps, theirs, allowed)
        if mended is not None:
            return mended
    if given < DOUBTED:
        told = " → ".join(theirs) or "no steps"
        return Reading(steps, ceiling=DOUBTED_CEILING, warnings=[_EXPECTED + told])
    return Reading(steps)


def moved_by(warnings: list[str]) -> str:
    """Return "mended" or "doubted" when a second reading moved the answer, else ""."""
    moved = next((w for w in warnings if w.startswith(WARNING)), "")
    if not moved:
        return ""
    return "doubted" if moved.startswith(_EXPECTED) else "mended"


def _mended(
    text: str, steps: list[StepDraft], shape: tuple[str, ...], allowed: frozenset[str] | None
) -> Reading | None:
    """Return the steps aligned to `shape`: the rules' it keeps, with the ones it adds drafted."""
    ours = tuple(s.action for s in steps)
    kept, changes, unfilled = [], [], False
    for op, ours_from, ours_to, theirs_from, theirs_to in _alignment(ours, shape, steps):
        if op == "equal":
            kept += steps[ours_from:ours_to]
            continue
        for number, dropped in enumerate(steps[ours_from:ours_to], start=ours_from + 1):
            said = dropped.phrase or dropped.action
            changes.append(f"dropped step {number} ({dropped.action}, read from '{said}')")
        for action in shape[theirs_from:theirs_to]:
            if allowed is not None and action in CATALOG["integration"] and action not in allowed:
                return None
            step = added_step(action, text, [*kept, *steps[ours_to:]], len(kept))
            if step is None:
                return None
            kept.append(step)
            unfilled = unfilled or bool(step.doubt)
            note = f": {step.doubt}" if step.doubt else ""
            changes.append(f"added step {len(kept)} ({action}){note}")
    bound = MENDED_UNFILLED if unfilled else MENDED_CONFIDENCE
    told = "; ".join(changes)
    return Reading(
        kept,
        floor=bound,
        ceiling=bound,
        warnings=[f"{WARNING}{told}; check the workflow does what was asked"],
    )


def _alignment(ours: tuple, theirs: tuple, steps: list[StepDraft]) -> list[tuple]:
    """Return the edit from our actions to theirs, as difflib opcodes."""
    if len(theirs) == len(ours) - 1:
        dropped = [i for i in range(len(ours)) if (*ours[:i], *ours[i + 1 :]) == theirs]
        if dropped:
            # Of steps alike, drop the one the text supports least.
            at = min(dropped, key=lambda i: steps[i].strength)
            return [
                ("equal", 0, at, 0, at),
                ("delete", at, at + 1, at, at),
                ("equal", at + 1, len(ours), at, len(theirs)),
            ]
    return SequenceMatcher(a=ours, b=theirs, autojunk=False).get_opcodes()
