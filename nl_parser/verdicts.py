"""A word of feeling on the story told: "Embarrassing.", "Not ideal.", "What a mess!".

Between the story and the request people often say what they make of it, in a sentence of a
word or two with no verb. It names no step, place or time, so it is story like the sentences
around it.
"""

import re

from nl_parser.verbs import lemma

# "Embarrassing.", "Really frustrating!", "Not great.", "Total nightmare.", "Ugh.": a judgement
# (an adjective by its ending, or one of the plain ones), maybe graded, alone in its sentence.
_VERDICT = re.compile(
    r"^\s*(?:(?:what\s+an?|a\s+(?:bit|total|real|complete)|so|very|really|pretty|quite|totally|"
    r"super|not|hugely|deeply|rather|bit|kinda|total|absolute|complete|utterly|such\s+an?)\s+){0,2}"
    r"(?P<word>[a-z]+(?:ing|ful|ous|ible|able|ive|ward|ic)|great|good|ideal|fun|bad|awful|ugh+"
    r"|oops|yikes|nightmare|mess|disaster|chaos|pain|headache|shambles|oof)"
    r"\s*[.!]+\s*$",
    re.IGNORECASE,
)


def is_verdict(told: str) -> bool:
    """Tell a sentence that only says what the teller makes of the story ("Embarrassing.")."""
    if len(told) > 40:  # the cheap test first: a verdict is a word or two
        return False
    verdict = _VERDICT.match(told)
    # "Posting." or "Testing!" alone would be a verb's form, so an order or a step.
    return verdict is not None and lemma(verdict["word"].lower()) is None
