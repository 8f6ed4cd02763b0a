"""Who asks and what troubles them: "I run a small bakery.", "we keep forgetting …, so"."""

import re

from nl_parser.lexicon import blank_all
from nl_parser.verbs import lemma

# "Hi! I run marketing for a small SaaS company.": who asks, not a step. A sentence with a place
# to send to or read from, a number, or a second clause ("…, so email me …") is kept; but a
# number inside a compound ("a 24-lane center") is a description, and so is a second clause that
# only says how something is ("… and the pinsetters are old").
# A count of things ("we tap about 40 acres of maples") describes too; a time or a span does not.
_ABOUT_US = re.compile(
    r"(?:^|(?<=[.!?]))\s*(?:(?:i|we)(?:\s+(?:run|manage|lead|head|own|oversee|coordinate|"
    r"operate|host|grow|raise|sell|tap|farm|breed|brew|teach|coach|volunteer|maintain|"
    r"look\s+after|take\s+care\s+of|"
    r"work\s+(?:in|on|at|for|with))|['\u2019]m|['\u2019]re|\s+am|\s+are)\b"
    # "Context: our ops team is tiny and stretched.": how things are with us.
    r"|(?:our|my)\s+(?:[\w-]+\s+){1,3}?(?:is|are|was|were|has|have)\b)"
    # A comma may come before the "and" of a second clause: "I manage the lab, and the staff
    # are tired of reading twenty emails a day." — how it feels is the trouble, as below.
    r"(?:,?\s*\band\s+(?:the|our|my|its|their)\s+(?:[\w-]+\s+){1,2}?(?:is|are)\s+"
    r"(?:(?:a\s+|an\s+)?[\w-]+(?=\s*[.!])|(?:so\s+|really\s+|getting\s+)?(?:tired|sick|"
    r"fed\s+up|frustrated|annoyed|overwhelmed|swamped|drowning)\s+(?:of|with|in|by)\b)|\d+-[a-z]"
    r"|\band\s+(?:[a-z]+ly\s+)?(?:i|we)(?:['\u2019]m|['\u2019]re|\s+am|\s+are)\b"
    # "… and parents keep asking what's for lunch", "… and nobody ever knows who's watering":
    # what others do, the trouble that prompts the request, is no step either.
    # "…, and the old boiler keeps tripping overnight": a thing that keeps failing, likewise.
    r"|,?\s*\band\s+(?:(?:nobody|no\s+one|everyone|everybody|someone|somebody)\s+"
    r"(?:ever\s+|always\s+|never\s+|still\s+)?[a-z]+s"
    r"|(?:people|[a-z]{3,}s)\s+(?:keep|always|never|often|constantly|regularly)"
    r"|(?:the|our|my|its|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+keeps)\b"
    r"|\b\d+(?:[.,]\d+)?\s+(?!(?:am|pm|a\.m|p\.m|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|"
    r"years?|times?|st|nd|rd|th)\b)[a-z]{3,}"
    # The sentence's end, not the dot inside "sam.lee@…" or "example.com".
    r"|(?!\b(?:and|so|but|then|please|every|each)\b)[^.!?,;:#@/\d])*[.!](?=\s|$)",
    re.IGNORECASE,
)

# "we keep forgetting to send the logs, so on the 5th post a reminder …", "I always miss the
# deadline, so …": what keeps happening to us, before ", so", is the reason for the request.
_REASON = re.compile(
    r"(?:^|(?<=[.!?]))\s*(?:i|we)\s+(?:keep|kept|always|often|sometimes|never|constantly|"
    r"regularly|usually|tend\s+to|forget|forgot)\b[^.!?,;:#@/\d]*,?\s+so\b"
    # "… to #ops. We keep forgetting to do this by hand.", "It always slips through the cracks.":
    # the same trouble as a sentence of its own, with no place, address or number in it.
    r"|(?:^|(?<=[.!?]))\s*(?:(?:i|we)\s+(?:keep|kept|always|often|sometimes|never|constantly|"
    r"regularly|usually|tend\s+to|forget|forgot|waste|spend|hate)"
    r"|(?:this|it|that)\s+(?:keeps|always|often|never|usually|constantly)"
    # "The Harbour Singers committee keeps missing new joiners because the form goes to an old
    # inbox": a named thing that keeps going wrong, and why, told in the third person, is the
    # same trouble (its "because" clause would read as steps; told alone it is background).
    r"|(?:the|our|my|their)\s+(?:[\w-]+\s+){0,4}?[\w-]+\s+keeps?\s+[a-z][a-z-]*ing\b"
    r"[^.!?,;:#@/\d]*?\bbecause"
    r"|(?:right\s+now|currently|at\s+the\s+moment|today),?\s+(?:someone|somebody|we|i)\s+\w+)"
    r"\b[^.!?,;:#@/\d]*[.!](?=\s|$)",
    re.IGNORECASE,
)

# "We run a trampoline park and someone spends every Sunday night reading forms by hand.", "I run
# the bar and I always forget limes until we're out on a Saturday night.": who we are, then what
# keeps going wrong; its days and times are the trouble's, not the schedule's. A sentence that
# asks ("so …", "please", "could you") or names a place is kept.
_US_AND_TROUBLE = re.compile(
    r"(?:^|(?<=[.!?]))\s*(?:i|we)\s+(?:run|manage|own|operate|host|lead|head|volunteer|work|"
    r"look\s+after|take\s+care\s+of)\b[^.!?#@/\d,;:]*?,?\s+and\s+"
    r"(?:(?:someone|somebody|nobody|no\s+one|everyone|everybody)\s+(?:[a-z]+ly\s+|ever\s+|"
    r"always\s+|still\s+|never\s+)?[a-z]+s"
    r"|(?:i|we)\s+(?:always|keep|often|never|constantly|usually|sometimes)"
    r"|(?:the|our|my)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:keeps|always|never|constantly)"
    # "…, and a jammed nozzle can go unnoticed until morning", "… and clogged pumps may run
    # dry": what could go wrong, a thing and a "can/may/might", is the trouble too.
    r"|(?:(?:a|an|the|one|any|our|my)\s+(?:[\w-]+\s+){0,2}?[\w-]+|[a-z]{3,}s)\s+"
    r"(?:can|could|may|might|often|sometimes)(?:\s+(?:easily|still|quietly))?\s+(?!you\b|u\b)[a-z]+)\b"
    r"(?:(?!\b(?:so|please|then|can|could|would)\b)[^.!?#@/])*[.!](?=\s|$)",
    re.IGNORECASE,
)
# "Bail bonds office here, and keeping tabs on clients is most of the job.": a doing named as a
# thing ("keeping tabs …") and how it is; no step ("Bring the bins in if …" is a verb).
_GERUND_STATE = re.compile(
    r"(?:^|(?<=[.!?]))\s*(?:and\s+)?(?!(?:bring|ring|ping|sting|string|swing|fling)\b)"
    r"(?P<gerund>[a-z]{2,}ing)\s+(?:[\w'-]+\s+){0,5}?(?:is|are|was|were)\s+"
    r"[^.!?#@/\d,;:]*[.!](?=\s|$)",
    re.IGNORECASE,
)


def _blank_gerund_states(text: str) -> str:
    """Blank a sentence on a doing ("keeping tabs … is most of the job") a step could read."""
    # Only the gerund of a verb could be misread as a step ("keep" a pick); "stewarding on match
    # days is always a scramble" is background already, and stays counted as such.
    return _GERUND_STATE.sub(
        lambda m: " " * len(m.group()) if lemma(m["gerund"]) else m.group(), text
    )


def blank_about_us(text: str) -> str:
    """Blank a sentence on who asks ("Hi! I run marketing for a small SaaS company.")."""
    return blank_all(_ABOUT_US, text)


def blank_troubles(text: str) -> str:
    """Blank the trouble that prompts the request ("we keep forgetting the logs, so …")."""
    return _blank_gerund_states(blank_all(_REASON, blank_all(_US_AND_TROUBLE, text)))
