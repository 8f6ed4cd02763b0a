"""A classification named as a check the items get: "every review should get a sentiment check"."""

import re

# "a sentiment check", "an urgency rating", "a severity assessment": the check of a class an item
# falls in ("a health check", "a credit check" test a state, and stay as they were).
_CRITERION = r"sentiment|tone|mood|urgency|priority|severity|risk|category|intent|topic"
_CHECK_WORDS = ("check", "rating", "assessment", "grading", "score")
# "should get", "needs", "gets", "is to be given": the items get the check, as a duty on each.
_CLASS_CHECK_GOT = re.compile(
    r"^(?P<items>\W*(?:[\w'&.-]+\s+){0,14}?)"
    r"(?:(?:should|must|will|shall|can)\s+(?:also\s+)?(?:get|have|undergo|be\s+given)"
    r"|(?:needs?|gets?|(?:is|are)\s+(?:to\s+)?(?:get|be\s+given)))\s+"
    r"(?:an?|its\s+own|their\s+own)\s+(?:quick\s+)?"
    rf"(?P<criterion>{_CRITERION})\s+(?:{'|'.join(_CHECK_WORDS)})\b",
    re.IGNORECASE,
)


def class_check_as_step(text: str) -> str:
    """Return "classify <items> by <criterion> …" for "<items> should get a <criterion> check …"."""
    lowered = text.lower()
    if not any(word in lowered for word in _CHECK_WORDS):
        return text  # the cheap test first: most clauses name no check
    got = _CLASS_CHECK_GOT.match(text)
    if got is None:
        return text
    items = got["items"].strip() or "them"
    return f"classify {items} by {got['criterion'].lower()}{text[got.end() :]}"


def gets_a_class_check(text: str) -> bool:
    """Tell whether the items a clause names get a check of their class ("a sentiment check")."""
    return class_check_as_step(text) != text
