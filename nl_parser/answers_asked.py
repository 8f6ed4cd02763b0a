"""Test the yes/no answer a step finds out: "extract the name and whether they hold a licence;
if they do, send …" asks for the answer, and "if so" after it tests that answer, as it tests
the check after "check whether …"."""

import re

from nl_parser.condition_fields import GENERIC_SUBJECTS, config, snake, subject_words
from nl_parser.conditions import CONDITION
from nl_parser.drafts import StepDraft

# "… and whether they hold a driving licence", "whether or not it is overdue": the question
# asked closes the clause (a list of fields ends with it).
_WHETHER_LAST = re.compile(
    r"\bwhether\s+(?:or\s+not\s+)?(?P<asked>[^,;]+?)(?:\s+or\s+not)?\W*$", re.IGNORECASE
)


def answer_tested(asked_in: str) -> StepDraft | None:
    """Return the test of the answer the clause `asked_in` finds out ("whether …"), else None."""
    if "whether" not in asked_in.lower():  # the cheap test first
        return None
    match = _WHETHER_LAST.search(asked_in)
    words = [w for w in subject_words(match["asked"]) if w not in GENERIC_SUBJECTS] if match else []
    if not words:
        return None
    field = "$." + snake(" ".join(words))
    return StepDraft(
        CONDITION, config(field, "equals", True), 0.8, f"check that {field[2:]} equals True"
    )
