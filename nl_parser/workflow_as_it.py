""" "It" as the workflow: once a request says "set it up so that … it pulls …", the same "it"
doing a step later in that sentence ("… and if fewer than 10 are booked it also posts …") is the
workflow again, not a thing the step acts on; it goes, so the verb opens its clause."""

import re

from nl_parser.verbs import lemma

# "it also posts", "it then emails", "it pings": the workflow doing one more step; "if it
# mentions a refund" tests a thing, so "it" right after a word opening a test is left alone.
_IT_DOING = re.compile(
    r"(?<!\bif)(?<!\bwhen)(?<!\bunless)(?<!\bwhether)(?<!\bwhenever)\s+(?P<it>it)\s+"
    r"(?:(?:also|then|too|just)\s+)?(?P<verb>[a-z]{2,}s)\b",
    re.IGNORECASE,
)
# The end of the sentence the request asks in (a dot inside "example.com" ends nothing).
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
# A test opened since the last comma or "and": "… and if fewer than 10 are booked it …".
_TEST_OPEN = re.compile(r"\b(?:if|when|whenever|unless)\b(?![^,]*(?:,|\band\b))", re.IGNORECASE)


def blank_workflow_it(text: str, start: int) -> str:
    """Take out each "it" doing a step from `start` to the end of its sentence (same length)."""
    end = _SENTENCE_END.search(text, start)
    stop = end.start() if end else len(text)
    if " it " not in text[start:stop]:  # the cheap test first
        return text
    for doing in list(_IT_DOING.finditer(text, start, stop)):
        verb = lemma(doing["verb"].lower())
        if verb is None or len(verb) > len(doing["verb"]):
            continue  # "it seems", "it happens": not a step
        at, after = doing.span("it")
        # After a test's words the subject was where the test ended; a comma keeps that
        # ("if fewer than 10 are booked, also post …"), as a blank alone would not.
        tested = _TEST_OPEN.search(text, start, at)
        text = text[:at] + ("," if tested else " ") + " " + text[after:]
        # The workflow's "posts" is what "post" asks of it: the verb as an order, same length.
        at, after = doing.span("verb")
        text = text[:at] + verb.ljust(after - at) + text[after:]
    return text
