"""A word of sending that names the data fetched: "route feedback from https://…", "page views".

"route", "post", "share", "page" and a few more are nouns as often as verbs. Opening a clause with a
bare noun after it and only the source the data comes from ("→ route feedback from https://… →"),
the word says what the data is about, not where it goes: the clause is the fetch, and no medium
has to be guessed for a delivery nobody asked for.
"""

import re

from nl_parser.lexicon import word_set

# The words of sending that are nouns too; "forward", "email" or "notify" before data are verbs.
_NOUNS_TOO = word_set("route post share page text message alert reply flag invite")
# "route feedback from https://…", "page views from the analytics API": the word, one to three
# bare words (no article, no pronoun), then the source alone to the clause's end.
_NOUN_THEN_SOURCE = re.compile(
    r"^\W*(?P<word>[a-z]+)\s+(?P<data>(?:[a-z][\w'-]*\s+){0,2}[a-z][\w'-]*)\s+from\s+"
    r"(?:the\s+|our\s+)?(?:https?://\S+|(?:[\w'-]+\s+){0,3}?(?:api|endpoint|feed|service))"
    r"[\s.!?]*$",
    re.IGNORECASE,
)
# "post them from …", "share the list from …": a pronoun or an article makes the word a verb.
_NOT_BARE = word_set("the a an our their its this that these those them it all each every my your")


def names_data_fetched(text: str) -> bool:
    """Tell whether a clause is "<noun of sending> <data> from <source>", a fetch of that data."""
    named = _NOUN_THEN_SOURCE.match(text)
    if named is None or named["word"].lower() not in _NOUNS_TOO:
        return False
    return not _NOT_BARE & {word.lower() for word in named["data"].split()}
