"""Days a story tells of in a run said to happen once, which are not the run's schedule.

"Need this done once, not on a loop. Harmonia Piano Services is switching off its old booking
system on Friday, and the export … sits at https://…": a run that happens once repeats on no
weekday, so a single day in a clause opened by its subject (what someone or something does then)
tells when something else happens. A day the run is asked on ("Just once, on Friday at 9am,
email …") has no subject opening its clause, or an hour with it, and stays; so does a duty's
("the list shall be sent on Friday").
"""

import re

from nl_parser.calendar_words import DAY
from nl_parser.lexicon import word_set
from nl_parser.verbs import lemma

_I = re.IGNORECASE

# One day, not "Fridays" nor "Friday's board meeting" (an occasion, read elsewhere).
_ONE_DAY = re.compile(
    rf"\b(?:(?:on|this|next|on\s+the\s+coming)\s+)?(?P<day>{DAY})(?<!s)\b(?!['\u2019]s)", _I
)
# "every Friday", "each Monday", "every other Tuesday": a cadence, whatever the story.
_CADENCE_BEFORE = re.compile(r"\b(?:every|each|other|alternate)\s+$", _I)
# "on Friday at 9am", "Monday 14:00": an hour with the day is the run's.
_HOUR_AFTER = re.compile(
    r"^\s*(?:at\s+|by\s+)?(?:\d{1,2}(?::\d\d)?\s*[ap]\.?m\b|\d{1,2}:\d\d\b|noon|midday)", _I
)
# Where a clause of the story begins: a sentence's end, a semicolon, a colon or a dash, or a
# comma with the word that joins the next clause ("…, and the export …", "…, so grab …").
_CLAUSE_START = re.compile(r"[.;:!?\u2013\u2014]\s|,\s+(?:and|so|but|while)\s", _I)
# A subject that opens a clause: a determiner or a pronoun, or a name (capitalised, no verb).
_SUBJECT_WORDS = word_set(
    "the a an our my their its his her we they i he she it this that these those"
)
# "the list shall be sent on Friday", "it is to go out on Monday": a duty's day is the run's.
_DUTY = re.compile(r"\b(?:shall|should|must|needs?\s+to|has\s+to|have\s+to|(?:is|are)\s+to)\b", _I)
_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*")


def blank_story_days(text: str) -> tuple[str, list[tuple[int, int]]]:
    """Blank the single days a story tells of ("… switching off … on Friday"); return spans."""
    spans = []
    for day in _ONE_DAY.finditer(text):
        if _CADENCE_BEFORE.search(text, max(0, day.start() - 20), day.start()):
            continue
        if _HOUR_AFTER.match(text, day.end()):
            continue
        starts = [m.end() for m in _CLAUSE_START.finditer(text, 0, day.start())]
        clause = text[starts[-1] if starts else 0 : day.start()]
        if _story_subject_opens(clause) and not _DUTY.search(clause):
            spans.append(day.span())
    for start, end in reversed(spans):
        text = text[:start] + " " * (end - start) + text[end:]
    return text, spans


def _story_subject_opens(clause: str) -> bool:
    """Tell a clause opened by its subject ("Our studio moves …") from a step or a bare time."""
    first = _WORD.search(clause)
    if first is None or first.start() != len(clause) - len(clause.lstrip()):
        return False  # "on Friday" alone, or a sign first: no subject told
    word = first.group().lower()
    if word in _SUBJECT_WORDS:
        return True
    # "Harmonia Piano Services is switching off …": a name, not an imperative ("Pull …").
    return first.group()[0].isupper() and lemma(word) is None
