"""A preference told as why: "They'd rather get a false alarm than find out the hard way.".

"I'd rather not assemble it by hand at midnight" is one too, its other side left unsaid.

"we'd rather push a discount than skate to an empty rink" weighs two outcomes to say why the
workflow is wanted; its verbs ("get", "push") are no steps. One that names a medium, a place or
an address ("I'd rather get an email than a Slack ping") may choose how to deliver, and stays.
So is how plain the result may be ("No need to make it fancy.", "Nothing fancy.", "Keep it
short."): a making denied or a plainness asked for, said last, is no step and takes nothing back.
"""

import re

# The preferrer, "'d" or "would", "rather", one side, "than", the other side; no medium,
# #channel, address, URL or number on either side.
_PREFERENCE = re.compile(
    r"(?=[a-z])\b(?:[a-z]+['\u2019]d|would)\s+(?:(?:much|far|really|sooner)\s+)?rather\s+"
    r"(?!not\b|than\b)[^.!?;:@#/\d]{1,80}?\bthan\s+[^.!?;:@#/\d]{1,80}?(?=[.!?;:]|$)",
    re.IGNORECASE,
)
# "I'd rather not assemble it by hand at midnight": the work the teller would not do is why the
# request is made, one side of a preference left unsaid; it asks for nothing.
_NOT_WANTED = re.compile(
    r"(?=[a-z])\b(?:[a-z]+['\u2019]d|would)\s+(?:(?:much|far|really)\s+)?rather\s+not\s+"
    r"(?!than\b)[^.!?;:@#/\d]{1,80}?(?=[.!?;:]|$)",
    re.IGNORECASE,
)
# A medium named on either side makes the preference a choice of delivery, kept for the grammars.
_MEDIUM = re.compile(
    r"\b(?:e-?mails?|emailed|emailing|slack|sms|texts?|texted|texting|web-?hooks?|dms?|pagers?|"
    r"inbox|channel|teams|whatsapp|salesforce|crm|api|spreadsheet|sheet)\b",
    re.IGNORECASE,
)


def blank_preferences(text: str) -> str:
    """Blank "we'd rather A than B" where it names no medium (same length back)."""
    if "rather" not in text and "Rather" not in text:  # the cheap test first
        return text
    return _PREFERENCE.sub(_blanked_unless_medium, text)


def blank_work_not_wanted(text: str) -> str:
    """Blank "I'd rather not A" where it names no medium (same length back)."""
    if "rather not" not in text and "Rather not" not in text:  # the cheap test first
        return text
    return _NOT_WANTED.sub(_blanked_unless_medium, text)


def preference_told(piece: str) -> bool:
    """Tell a sentence that is only a preference ("They'd rather get a false alarm than …")."""
    if "rather" not in piece.lower():
        return False  # the cheap test first
    preference = _PREFERENCE.search(piece)
    if preference is None or _MEDIUM.search(preference.group()):
        return False
    # Only the preferrer may come before it ("They", "Our techs", "Honestly, we").
    before = piece[: preference.start()].split()
    return len(before) <= 3


def _blanked_unless_medium(preference: re.Match[str]) -> str:
    said = preference.group()
    return said if _MEDIUM.search(said) else " " * len(said)


# "No need to make it fancy", "It doesn't need to be pretty", "Don't make it too long", "Keep it
# simple", "Nothing fancy": how the result may look, and nothing else.
_PLAINNESS = re.compile(
    r"^\W*(?:(?:there['\u2019]?s\s+|there\s+is\s+)?no\s+need\s+"
    r"(?:to\s+(?:make|get)\s+(?:it|this|them|that)|for\s+(?:it|this|them)\s+to\s+be)"
    r"|(?:it|this|they)\s+(?:doesn['\u2019]?t|don['\u2019]?t|needn['\u2019]?t)\s+(?:need\s+to\s+)?be"
    r"|(?:you\s+)?(?:don['\u2019]?t|do\s+not|needn['\u2019]?t)\s+(?:make|get)\s+(?:it|this|them|that)"
    r"|(?:just\s+)?keep\s+(?:it|this|them)|nothing)\s+"
    r"(?:too\s+|very\s+|super\s+|overly\s+|all\s+that\s+)?"
    r"(?:fancy|pretty|polished|elaborate|formal|long|detailed|perfect|beautiful|simple|short|plain"
    r"|basic)\b(?:\s*,?\s*(?:please|though))?\W*$",
    re.IGNORECASE,
)


def plainness_told(piece: str) -> bool:
    """Tell a sentence that only says how plain the result may be ("No need to make it fancy.")."""
    return len(piece) < 60 and _PLAINNESS.match(piece) is not None
