"""Labels that name the answers to a question asked as a step ("Opted in: … Not opted in: …").

"Look at whether the patient has opted in to text messages. Opted in: send … Not opted in: email
…": after a step that asks a question, a label before a colon that says the question's words
again (or "yes") is its yes, and one that denies them ("not", "no", "non-", or "no") its no; each
guards the step after its colon, as "if so" and "otherwise" do.
"""

import re

# "check whether …", "see if …", "look at whether …": a step that only asks a question.
QUESTION = re.compile(
    r"^\W*(?:and\s+|then\s+)?(?:check|see|look\s+at|find\s+out|work\s+out|verify|confirm"
    r"|determine|establish|ascertain|test)\s+(?:whether|if)\s+(?P<asked>.+?)\W*$",
    re.IGNORECASE,
)
# "Opted in: send …", "Not a member: email …": a short label, a colon, then the step's verb.
ANSWER_LABEL = re.compile(
    r"^\W*(?P<label>[a-z][\w'-]*(?:\s+[\w'-]+){0,4}?)\s*:\s+(?P<verb>[a-z]+)\b", re.IGNORECASE
)
_DENIALS = frozenset({"not", "no", "non"})
_FILLERS = frozenset({"a", "an", "the", "yet"})
_WORD = re.compile(r"[a-z]+")


def answer_named(label: str, asked: str) -> bool | None:
    """Return True when `label` says the yes of the question, False its no, else None."""
    words = _WORD.findall(label.lower())
    if words in (["yes"], ["no"]):
        return words == ["yes"]
    said = not words or words[0] not in _DENIALS
    named = [w for w in (words if said else words[1:]) if w not in _FILLERS]
    asked_words = set(_WORD.findall(asked.lower()))
    if named and all(word in asked_words for word in named):
        return said
    return None
