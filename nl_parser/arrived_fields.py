"""Fields taken from the item a trigger brought: "when a form comes in, grab the name, …"."""

import re

from nl_parser.drafts import StepDraft, phrase_for
from nl_parser.verbs import main_verb

_I = re.IGNORECASE

# "the number of pieces", "the make of the bike": a field of up to four words after its article.
_FIELD = r"(?:the\s+)?(?:[\w'-]+\s+){0,3}[\w'-]+"

# "grab the address, pest type and treatment applied", "pull the name, phone and email": a
# verb of taking, then a list of three or more fields and nothing after (no source, no place)
# but the item itself ("grab the customer name, tool list and return date from it").
# "grab the caller's postcode", "get the applicant's email address": one field of the person
# who sent the item is in the item too ("pull the account's history from Salesforce" names a
# source, and is no field of the arrival).
_FIELDS_TAKEN = re.compile(
    r"^\W*(?:grab|pull|get|take|fetch|capture|lift)\s+"
    r"(?:(?:the\s+|its\s+|their\s+)?"
    rf"{_FIELD}(?:\s*,\s*{_FIELD})+?\s*,?\s+and\s+{_FIELD}"
    r"|the\s+[a-z]+['\u2019]s\s+(?:[\w-]+\s+){0,2}[\w-]+)"
    r"(?:\s+(?:from|off|out\s+of|in|on)\s+(?:it|them|this|that|there))?\W*$",
    _I,
)
# "an inspection report a technician uploads", "a claim form lands", "each invoice that is
# emailed in": the trigger brought an item that holds the fields.
_ITEM_BROUGHT = re.compile(
    r"\b(?:lands?|arrives?|comes?\s+(?:in|through|back)|uploads?|uploaded|submits?|submitted|"
    r"landing|arriving|coming\s+in|hitting|"
    r"receives?|received|sends?\s+(?:us|in)|sent\s+in|emails?\s+(?:us|in)|emailed\s+in|"
    r"drops?|dropped|files?|filed|lodges?|lodged|fills?\s+(?:in|out)|filled\s+(?:in|out))\b",
    _I,
)


# "Booking form from a couple", "New booking form": an item new or from someone, heading the
# text with no verb, is the item brought ("a deploy finishes" brings none).
_NEW_OR_FROM = re.compile(r"^\W*new\s|\sfrom\s", _I)


def _item_headline(event: str) -> bool:
    """Tell whether an event is an item named as a headline ("Booking form from a couple")."""
    return bool(_NEW_OR_FROM.search(event)) and main_verb(event) is None


def fields_of_the_arrival(text: str, steps: list[StepDraft], events: list[str]) -> list[StepDraft]:
    """Read a sourceless fetch of listed fields after an arrival as their extraction."""
    if not events or len(steps) != 1 or steps[0].action != "http.request" or steps[0].config:
        return steps
    if not _FIELDS_TAKEN.match(text):
        return steps
    if not _ITEM_BROUGHT.search(events[-1]) and not _item_headline(events[-1]):
        return steps
    # The item is in hand: its fields are read out of it, not fetched from an API.
    fetch = steps[0]
    config = {"instructions": " ".join(text.split())}
    return [StepDraft("extract", config, 1.0, phrase_for("extract"), subject=fetch.subject)]


# "tag each chat transcript from the help site as billing or outage", "summarise every review
# from our booking website": one item at a time, named with the site it comes from, is the
# item a run is started with, not a list fetched from there ("… from the status API" or a URL
# still names a source to call).
_ONE_ITEM_FROM_A_SITE = re.compile(
    r"\b(?:each|every)\s+(?:[\w'-]+\s+){0,3}?[\w'-]+\s+from\s+(?:the|our|their|its|my)\s+"
    r"(?:[\w'&-]+\s+){0,4}?(?:web\s*)?site\b",
    _I,
)
_WORKS_ON_ITEMS = frozenset({"classify", "extract", "summarize"})


def item_from_a_site(text: str, steps: list[StepDraft]) -> list[StepDraft]:
    """Drop the fetch a site implied when each item comes from it ("each … from the site")."""
    if len(steps) < 2 or steps[0].action != "http.request" or steps[0].config:
        return steps
    if steps[1].action not in _WORKS_ON_ITEMS or not _ONE_ITEM_FROM_A_SITE.search(text):
        return steps
    return steps[1:]
