"""Read "…, with the complaints passed on to the manager" after a sort as that class delivered.

"Sort the messages into song requests, shout-outs and complaints, with the complaints passed on
to the station manager": the thing after "with" is one of the classes just sorted, not a thing
the step before made, so the participle is its delivery and the class picks what goes.
"""

import re

from nl_parser.drafts import StepDraft
from nl_parser.filters import singulars
from nl_parser.verbs import lemma

_WITH_THING_DONE = re.compile(
    r"^\W*with\s+(?:the|its|their)\s+(?P<thing>(?:[\w-]+\s+){0,2}?[\w-]+)\s+"
    r"(?P<done>[a-z]+ed|sent)\b",
    re.IGNORECASE,
)


def class_done_as_step(text: str, prior: list[StepDraft]) -> str:
    """Return "pass the complaints on to …" for "with the complaints passed on to …" after a
    sort whose classes name the complaints; the text as it was otherwise."""
    if "with" not in text:
        return text  # the cheap test first: most clauses open with no "with"
    match = _WITH_THING_DONE.match(text)
    if match is None:
        return text
    labels = {
        word for step in prior for label in step.config.get("labels", ()) for word in label.split()
    }
    things = [word.lower() for word in match["thing"].split()]
    if not any(word in labels or labels & set(singulars(word)) for word in things):
        return text
    verb = lemma(match["done"].lower())
    if verb is None:
        return text
    return f"{verb} the {match['thing']}{text[match.end() :]}"
