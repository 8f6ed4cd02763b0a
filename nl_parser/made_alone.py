"""A thing to make named alone as a step of a chain: "… deals → commission report → email …"."""

import re

from nl_parser.agents import agent_steps
from nl_parser.destinations import DELIVERY_ACTIONS
from nl_parser.drafts import StepDraft
from nl_parser.lexicon import word_set

# The word a thing to make ends on, and the step that makes it. Only the singular: "bug
# reports" or "incident summaries" alone name items at hand, not one thing to make.
_MADE_BY = {
    **dict.fromkeys(("report", "scorecard"), "generate_report"),
    **dict.fromkeys(
        ("summary", "digest", "recap", "overview", "roundup", "round-up", "rundown", "wrap-up"),
        "summarize",
    ),
}
# Words that would make the clause more than a noun phrase: where it goes, what it is of.
_NOT_A_QUALIFIER = word_set("to in into on for of from with by via about at and or then")
# An article, then at most four words qualifying the thing ("last month's", "one-paragraph").
_NOUN_PHRASE = re.compile(
    r"^\W*(?:(?:a|an|the|our)\s+)?((?:[\w'\u2019-]+\s+){0,4})[\w-]+\W*$", re.I
)


# "summary of last month's plot-rent payments", "a rundown of this week's bookings": a thing
# made, named with what it is made of where a step would be (a field between bars).
_MADE_OF = re.compile(
    r"^\W*(?:(?:a|an|the)\s+)?(?:[\w'-]+\s+){0,2}?(?P<thing>[\w-]+)\s+(?:of|covering)\s+"
    r"(?P<input>\S.*)$",
    re.I,
)


def made_thing_alone(text: str, prior: list[StepDraft]) -> list[StepDraft] | None:
    """Return the step that makes a report or summary named alone after a step, or None."""
    if " of " in text or " covering " in text:  # the cheap test before the pattern
        made_of = _MADE_OF.match(text)
        action = made_of and _MADE_BY.get(made_of["thing"].lower())
        if action and not any(step.action == action for step in prior):
            # What it is made of says it is asked for, so no step need come before it.
            return agent_steps(action, "make", text, made_of["input"], prior)
    words = text.split()
    if not words or not prior or prior[-1].action in DELIVERY_ACTIONS:
        return None  # a title before any step, or a thing named after it was sent, is no step
    action = _MADE_BY.get(words[-1].strip(" .,;:!?-").lower())  # a word look-up before the regex
    if action is None or any(step.action == action for step in prior):
        return None  # a thing made already is not made again
    phrase = _NOUN_PHRASE.match(text)
    if phrase is None or _NOT_A_QUALIFIER & set(phrase.group(1).lower().split()):
        return None
    # "→ commission report →": named where a step is, it is made as "build a …" would make it.
    return agent_steps(action, "make", text, text, prior)
