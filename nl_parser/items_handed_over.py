"""Items handed over before the request: "Here are 3,000 emails from the support inbox — tag …".

"Here are / here's / here is <the items>" names what the run is given, as "there are 2,000
emails from June" does; it asks for nothing. Read as a clause, its nouns ("emails") were taken
for a step and its "are" for a test. It ends at a dash, a colon or a full stop, and the request
after it opens on its verb. A place in it (a URL, an address, a #channel) is where the items
are read from, a fetch, so such a sentence is left to the grammars.
"""

import re

from nl_parser.lexicon import blank_span
from nl_parser.verbs import main_verb

_HANDED_OVER = re.compile(
    r"^\s*(?:(?:so|ok|okay|right)\s*,?\s+)?here(?:['\u2019]s|\s+(?:are|is))\s+"
    r"(?P<items>[^.!?:;\n\u2014\u2013#@/]{3,160}?)"
    r"\s*(?:[.!:]|\s(?:\u2014|\u2013|--?))(?=\s)",
    re.IGNORECASE,
)
# "Here's what I need:", "here is how it should work:": a label of asking (asides.py), no items.
_ASKING_WORDS = frozenset({"what", "how", "why", "where", "when"})


def blank_items_handed_over(text: str) -> str:
    """Blank "Here are <items> —" opening `text` when a request follows (same length back)."""
    if "ere" not in text[:12]:  # the cheap test first: "here" opens the text or nearly
        return text
    handed = _HANDED_OVER.match(text)
    if handed is None or main_verb(text[handed.end() :]) is None:
        return text  # "Here are the numbers. They look off …": no request follows
    first = handed["items"].split(maxsplit=1)[0].lower()
    if first in _ASKING_WORDS:
        return text  # "Here's what I need:", "Here's the plan:": asides.py reads those
    return blank_span(text, handed.span())
