"""Clauses about the workflow itself ("run this every 5 minutes"), which make no step."""

import re

# "do nothing", "stay quiet", "don't do anything": doing nothing, said as an order (also read
# by `clause_steps` as a branch that guards no step).
# "don't bother them", "no need to disturb anyone", "don't send anything": the people or the
# message denied, said of no step in particular, is doing nothing too.
DOING_NOTHING = (
    r"do\s+nothing|nothing|(?:do\s+not|don't)\s+do\s+anything"
    r"|(?:stay|keep|remain)\s+(?:quiet|silent)|say\s+nothing"
    r"|(?:(?:do\s+not|don't|no\s+need\s+to)\s+(?:bother|disturb|trouble|pester|wake)"
    r"\s+(?:them|him|her|me|us|anyone|anybody|people|(?:the|our)\s+(?:[\w-]+\s+)?[\w-]+)"
    r"|(?:do\s+not|don't)\s+(?:send|post|say)\s+anything)(?:\s+(?:else|at\s+all))?"
)
# "run the check every day": the test before it, which the schedule repeats. "… whenever the
# lido reads under 16°C — check it every 30 mins": the test named again by its verb, with a
# pronoun for what it reads, is that test repeated, not a new one ("…, checked hourly" too).
# "Leave everyone alone unless …", "stay quiet unless …": doing nothing, said before the test
# that says when to act.
_ABOUT_THE_WORKFLOW = re.compile(
    r"^\W*(?:(?:run|do|repeat|execute|trigger)\s+(?:this|it|that|everything|all\s+(?:of\s+)?"
    r"(?:this|that)|(?:the|this|that|these)\s+(?:workflow|job|whole\s+thing|above|checks?|tests?))"
    r"|(?:re-?)?check\s+(?:it|them|this|that)(?:\s+again)?|(?:(?:and|but)\s+)?(?:re-?)?checked"
    rf"|{DOING_NOTHING}"
    r"|leave\s+(?:it|them|everyone|everybody|people|us|(?:the|our)\s+[\w-]+)\s+alone)\W*$",
    re.IGNORECASE,
)


def about_the_workflow(text: str) -> bool:
    """Tell whether a clause speaks of the workflow itself, asking for no step of its own."""
    return bool(_ABOUT_THE_WORKFLOW.match(text))
