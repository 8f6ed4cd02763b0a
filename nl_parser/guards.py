"""The openers that guard a step, and which step a guard applies to."""

from nl_parser.clauses import Clause

GUARDS = frozenset(
    {
        "if",
        "unless",
        "only if",
        "only when",
        "in case",
        "in the event that",
        "in the event",
        "provided that",
        "should",
        "as long as",
        "as soon as",
        "when",
        "whenever",
        "every time",
        "each time",
        "any time",
        "anytime",
    }
)


# Openers that may name the trigger even after a step ("…, then when the deploy lands, …").
EVENT_OPENERS = frozenset(
    {"when", "whenever", "as soon as", "every time", "each time", "any time", "anytime"}
)


def trailing(clauses: list[Clause], index: int) -> bool:
    """Tell whether the condition at `index` guards the action before it rather than after."""
    following = clauses[index + 1] if index + 1 < len(clauses) else None
    after = clauses[index + 2] if index + 2 < len(clauses) else None
    # "post … if it worked, or page … if it didn't": the next action has a trailing guard too.
    guarded = (
        after is not None
        and after.conditional == "if"
        and after.sentence == clauses[index].sentence
        and trailing(clauses, index + 2)
    )
    return following is None or following.sentence != clauses[index].sentence or guarded
