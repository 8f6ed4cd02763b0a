"""The story told before a label of asking: "Owners ring constantly …. What I'd like: …".

`story.py` knows a told sentence by its teller ("I run …", "we're …"); a sentence about others
("Owners ring constantly on Sunday afternoons asking when they can collect, and the girls on the
desk can't keep up.") has none, so its "when" was read as a test and its "Sunday" as the run's.
A label made only of asking after it ("What I'd like:", "Here's what I need:") says where the
request starts, so the sentences before it are told when none of them asks, names a place, opens
on a verb or names the only schedule.
"""

import re

from nl_parser.asides import asking_label_start
from nl_parser.lexicon import blank_span
from nl_parser.story import asks_nothing, schedule_is_the_story_s
from nl_parser.verbs import lemma

# Up to a stop before a space, so a dot inside "example.com" ends nothing.
_SENTENCE = re.compile(r"\S.*?(?:[.!?]+(?=\s|$)|$)", re.DOTALL)
_FIRST_WORD = re.compile(r"[a-z]+", re.IGNORECASE)


def _told(sentence: str, request: str) -> bool:
    """Tell whether a sentence before the label only tells how things go."""
    first = _FIRST_WORD.match(sentence)
    if first is None or lemma(first.group().lower()) is not None:
        return False  # "Archive them." or "Every Monday …, pull …" may be a step
    if not asks_nothing(sentence):
        return False
    # "Sunday afternoons" in the story is not the run's when the request names its own schedule.
    return not schedule_is_the_story_s(sentence, request)


def blank_story_before_label(text: str) -> str:
    """Blank the told sentences before a label of asking inside `text` (same length back)."""
    if ":" not in text:  # the cheap test first: most texts have no label
        return text
    start = asking_label_start(text)
    if start is None:
        return text
    request = text[start:]
    told = list(_SENTENCE.finditer(text[:start]))
    if not told or not all(_told(s.group(), request) for s in told):
        return text
    return blank_span(text, (told[0].start(), told[-1].end()))
