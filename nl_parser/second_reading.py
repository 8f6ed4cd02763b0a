"""The rules' steps weighed against the encoder's opinion: kept, mended by one step, or doubted."""

from dataclasses import dataclass, field

from nl_parser.added_steps import added_step
from nl_parser.drafts import StepDraft
from nl_parser.second_opinion import shipped_model

# Measured on rounds 89-95's first looks with an encoder trained only on the sets written before
# them (scripts/nl_tuned_opinion.py): below this confidence the rules are wrong often enough
# (about one parse in three) that asking is worth the encoder's ~6 ms; above it they are right 96 %
# of the time and asking would double parse time.
ASK_BELOW = 0.9
# The encoder's shape replaces the rules' where it is this sure and gives theirs this little.
SURE, UNLIKELY = 0.9, 0.05
# Where the encoder names the rules' shape first with this much, the rules were right 95 % of
# the time however unsure they were; where it gives their shape less than DOUBTED, 23 %.
AGREES, DOUBTED = 0.5, 0.2
AGREED_FLOOR, DOUBTED_CEILING, MENDED_CONFIDENCE = 0.85, 0.3, 0.85
# A mended step whose parameter is missing needs a person before the workflow can run.
MENDED_UNFILLED = 0.6
# Tools the context can withhold; the others (tests, waits, agents) are always there.
_INTEGRATIONS = frozenset(
    {"http.request", "salesforce.query", "email.send", "slack.post_message", "webhook.post"}
)


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
        return Reading(steps, floor=AGREED_FLOOR if given >= AGREES else 0.0)
    if opinion[theirs] >= SURE and given <= UNLIKELY:
        mended = _mended(text, steps, theirs, allowed)
        if mended is not None:
            return mended
    if given < DOUBTED:
        told = " → ".join(theirs) or "no steps"
        return Reading(
            steps,
            ceiling=DOUBTED_CEILING,
            warnings=[f"uncertain: a second reading of the instruction expects the steps {told}"],
        )
    return Reading(steps)


def _mended(
    text: str, steps: list[StepDraft], shape: tuple[str, ...], allowed: frozenset[str] | None
) -> Reading | None:
    """Return the steps with the one step dropped or added that gives `shape`, if one does."""
    ours = [s.action for s in steps]
    if len(shape) == len(ours) - 1:
        dropped = [i for i in range(len(ours)) if (*ours[:i], *ours[i + 1 :]) == shape]
        if dropped:
            # Of steps alike, drop the one the text supports least.
            at = min(dropped, key=lambda i: steps[i].strength)
            said = steps[at].phrase or steps[at].action
            return Reading(
                [*steps[:at], *steps[at + 1 :]],
                floor=MENDED_CONFIDENCE,
                ceiling=MENDED_CONFIDENCE,
                warnings=[
                    f"uncertain: a second reading dropped step {at + 1} ({steps[at].action}, "
                    f"read from '{said}'); check nothing asked for is missing"
                ],
            )
    if len(shape) == len(ours) + 1:
        added = [i for i in range(len(shape)) if (*shape[:i], *shape[i + 1 :]) == tuple(ours)]
        action = shape[added[0]] if added else None
        if action and (allowed is None or action not in _INTEGRATIONS or action in allowed):
            step = added_step(action, text, steps, added[0])
            if step is not None:
                bound = MENDED_UNFILLED if step.doubt else MENDED_CONFIDENCE
                note = f"; {step.doubt}" if step.doubt else ""
                return Reading(
                    [*steps[: added[0]], step, *steps[added[0] :]],
                    floor=bound,
                    ceiling=bound,
                    warnings=[
                        f"uncertain: a second reading added step {added[0] + 1} ({action}) "
                        f"that the rules did not read{note}"
                    ],
                )
    return None
