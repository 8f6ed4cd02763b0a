"""A word of adding inside a passive duty ("should also be emailed") is no part of the step."""

import re

# "any booking with more than 8 players should also be emailed to …", "the chief instructor is
# additionally to be emailed at …": the word only says the duty comes on top of the steps
# before it; read without it, the duty is the passive the grammars already know.
_ADDED_DUTY = re.compile(
    r"\b(?=[smwcina])(?:should|must|shall|will|can|is|are|needs?\s+to)\s+"
    # "it should also go to #ops": going somewhere is the same duty, said with "go".
    r"(?P<adding>also|additionally|likewise|similarly)\s+(?=(?:to\s+)?(?:be|get|go)\s+[a-z])",
    re.IGNORECASE,
)
_ADDING_WORDS = ("also", "additionally", "likewise", "similarly")


def blank_added_duty_words(text: str) -> str:
    """Blank "also" and its kin between a duty's modal and its "be", so the duty reads alone."""
    if not any(word in text for word in _ADDING_WORDS):
        return text  # the cheap test first: most texts hold none of the words
    return _ADDED_DUTY.sub(
        lambda m: m.group()[: m.start("adding") - m.start()] + " " * len(m["adding"]), text
    )
