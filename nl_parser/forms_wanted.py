"""Data wanted in a made form, then made with only "it" for its object ("The director wants the
week's attendance in report form. Fridays at 18:00, compile it and email it to …"): the report
is made where it is wanted, and the verb that makes "it" is the same making, read with it."""

import re

_I = re.IGNORECASE
# What every such form holds (a substring test before any pattern).
_FORM_WORDS = ("report", "summary")
# "<who> wants|needs|would like <data> in report form | as a report | in the form of a summary":
# the want, to the data wanted, opening its sentence.
_WANTED_IN_A_FORM = re.compile(
    r"(?:^|(?<=[.!?]\s))\s*(?P<who>(?:i|we)(?:['\u2019]d|\s+would)\s+like"
    r"|(?:our|my|the|this|i|we|(?-i:[A-Z])[\w&'-]*)\s+"
    r"(?:[\w&'-]+\s+){0,3}?(?:wants?|needs?|would\s+like|asked\s+for))\s+"
    r"(?P<data>(?:the|our|this|that|last|today['\u2019]s|[\w-]+['\u2019]s)\b[^.!?:;]{1,100}?)\s+"
    r"(?:in\s+(?:report|summary)\s+form|in\s+the\s+form\s+of\s+an?\s+(?:report|summary)"
    r"|as\s+an?\s+(?:[\w-]+\s+)?(?:report|summary))(?=\s*[.!?])",
    _I,
)
# "compile it", "put it together", "draw it up", "prepare it for Babel Bridge School": a making
# verb whose object is only the pronoun, with who it is for, to the end of its clause.
_MADE_IT = re.compile(
    r"\b(?:compile|prepare|produce|assemble|build|make|create|generate|write|draw|put|pull)\s+"
    r"(?:it|them|this|that)(?:\s+(?:up|together))?"
    r"(?:\s+for\s+(?!(?:the\s+)?(?:week|day|month|year)\b)[^,.;!?]{1,60}?)?"
    r"(?=\s+(?:and|then)\b|\s*[,.;!?]|\s*$)",
    _I,
)


def made_where_wanted(text: str) -> str:
    """Read "<who> wants <data> in report form. … compile it …" as "make <data> in report form"."""
    lowered = text.lower()
    if not any(word in lowered for word in _FORM_WORDS):
        return text
    wanted = _WANTED_IN_A_FORM.search(text)
    if wanted is None:
        return text
    made = _MADE_IT.search(text, wanted.end())
    if made is None:
        return text
    start, end = wanted.span("who")
    # Written "make" over who wants it (the same length), so every later offset stays put.
    text = text[:start] + "make".ljust(end - start) + text[end:]
    return text[: made.start()] + " " * (made.end() - made.start()) + text[made.end() :]
