"""Doubt a parse whose steps have a shape that right parses of the same text almost never have.

Found on the first looks of rounds 80 to 89 (the parser's answers on blind sets before any fix
used them, `tests/nl_parser/first_looks/`): each shape below was wrong on most first looks it
fired on, and fires on at most one in a thousand labelled answers.

- the same fetch twice where the text writes at most one source ("pull them, extract …");
- a test before a classification that a second test follows: the first test is the
  classification's own, misread ("sort the load into hardwood or softwood and ping the
  hardwood ones");
- a summary or report made for people and handed to nobody ("a digest for the sales floor");
- two deliveries to places written in separate clauses behind one test: the second place is
  another route, which needs its own test ("… to the webhook; smaller jobs get posted in #x");
- the same delivery twice in a row where the text writes one place of its kind ("→ fire the
  incident webhook → email quality@x", read as two emails);
- deliveries to two places and no test, where the text names "everything else";
- a classification with no test after it, where a class it sorts into is picked later ("sort
  them into praise, complaints and suggestions, summarise the complaints").
"""

import re
from itertools import pairwise

from nl_parser.confidence import Doubt
from nl_parser.destinations import CHANNEL, DELIVERY_ACTIONS, EMAIL, URL

_I = re.IGNORECASE
# As much as whole_parse_doubts' shapes: most first looks these fired on were wrong.
_COST = 0.35
_FETCHES = ("http.request", "salesforce.query")
_WAITS = ("wait", "wait_for_signal")
_MADE = frozenset({"summarize", "generate_report", "classify", "extract"})
# "send it to", "share it with", "get it over to", "a report for the owners": people named.
# ("One-off for the transport team: …" opens on whom the job is for; no delivery is asked.)
_HANDED_TO = re.compile(
    r"\b(?:send|sent|pass|share|hand|give|forward|ship|deliver)\b|\bget\s+(?:it|them|this|that)\b"
    r"|\b(?:report|summary|digest|recap|rundown|roundup|overview|breakdown)\s+for\s+the\s+\w+",
    _I,
)
# An email address, a channel, or a webhook, pager or text message as the place a route ends.
_PLACE = re.compile(rf"{EMAIL.pattern}|{CHANNEL.pattern}|\b(?:webhook|pager|sms)\b", _I)
# "everything else", "the rest" (not "the rest of the team": people), after a subset written
# before it ("anything with soft cheese …; the rest, drop in #packing").
_EVERYTHING_ELSE = re.compile(
    r"\b(?:the\s+rest(?!\s+of\b)|everything\s+else|anything\s+else|otherwise|all\s+others|"
    r"(?:every|some|any)\s+other)\b",
    _I,
)
# Between two places: a clause ends, or the other side of a route is named ("everyone else on
# the team" is more people, not a route).
_ANOTHER_ROUTE = re.compile(
    r";|\.\s|\b(?:remaining|smaller|larger|others)\b|" + _EVERYTHING_ELSE.pattern, _I
)
# "sort them into praise, complaints or suggestions", "score each as positive or negative".
_CLASSES = re.compile(
    r"\b(?:into|as|by)\s+(?:either\s+)?((?:[\w'-]+(?:\s+[\w'-]+)?\s*(?:,|/|\bor\b|\band\b)\s*)+"
    r"(?:or\s+|and\s+)?[\w'-]+(?:\s+[\w'-]+)?)",
    _I,
)
# "the complaints", "every negative one", "spam goes …": one of the classes picked.
_CLASS_PICKED = re.compile(
    r"\b(?:the|every|any|those|all)\s+([\w'-]+)(?:\s+ones?)?\b"
    r"|\b([\w'-]+)\s+(?:ones?|goes|go|gets?|are|should)\b",
    _I,
)
# The places of each kind of delivery: a second delivery of a kind needs a second place.
_PLACES_OF = {
    "email.send": EMAIL,
    "slack.post_message": CHANNEL,
    "webhook.post": re.compile(r"\b(?:webhook|pager|sms|text)\b", _I),
}
# "notify #front-desk, then post a checklist there too": a second message to the same place.
_ONE_MORE = re.compile(r"\b(?:too|again|another|also|as\s+well|second|follow-?up)\b", _I)
_NOT_A_CLASS = frozenset({"the", "a", "an", "or", "and", "either", "each", "one", "it", "them"})
_SUBSET = re.compile(r"\b(?:any|anything|ones|those|only)\b", _I)


def step_shape_doubts(text: str, actions: list[str]) -> list[Doubt]:
    """Return a doubt for each step shape that right parses of such text almost never have."""
    found = []
    twice = next((a for a in _FETCHES if actions.count(a) > 1), None)
    if twice and len(set(URL.findall(text))) <= 1:
        found.append(f"{twice} runs twice, but the text names at most one source")
    again = next((a for a, b in pairwise(actions) if a == b and a in _PLACES_OF), None)
    if again and _one_place_written(text, again) and not _ONE_MORE.search(text):
        found.append(f"{again} runs twice in a row, but the text writes one place for it")
    tests = actions.count("check_status")
    if (
        "classify" in actions
        and tests > 1
        and actions.index("check_status") < actions.index("classify")
    ):
        found.append("a test comes before the classification; it may be the classification's")
    made_for_nobody = actions and actions[-1] in _MADE and not DELIVERY_ACTIONS & set(actions)
    if made_for_nobody and _HANDED_TO.search(text):
        found.append(f"the {actions[-1]} step's result is for someone, but nothing sends it")
    places = len({a for a in actions if a in DELIVERY_ACTIONS})
    if tests == 1 and places > 1 and _routes_apart(text, actions):
        found.append("two places are written as separate routes, but one test guards both")
    if not tests and places > 1 and _subset_then_the_rest(text):
        found.append("the text sends 'everything else' somewhere, but no step tests which is which")
    if "classify" in actions and "check_status" not in actions[actions.index("classify") :]:
        picked = _class_picked_later(text)
        if picked:
            found.append(f"'{picked}' is one of the classes, but no step tests the class")
    return [Doubt(_COST, f"uncertain: {what}") for what in found]


def _routes_apart(text: str, actions: list[str]) -> bool:
    """Tell whether two deliveries after the one test go to places written in separate routes."""
    after = actions[actions.index("check_status") + 1 :]
    # "… trigger the webhook; an email shall be sent ten minutes thereafter": one route in time.
    after = after[: next((i for i, a in enumerate(after) if a in _WAITS), len(after))]
    if len({a for a in after if a in DELIVERY_ACTIONS}) < 2:
        return False
    places = list(_PLACE.finditer(text))
    if len(places) < 2:
        return False
    return bool(_ANOTHER_ROUTE.search(text, places[0].end(), places[-1].start()))


def _subset_then_the_rest(text: str) -> bool:
    """Tell whether the text sends a subset somewhere and then "the rest" somewhere else."""
    rest = _EVERYTHING_ELSE.search(text)
    return bool(rest and _SUBSET.search(text, 0, rest.start()))


def _class_picked_later(text: str) -> str:
    """Return a class a sort names that the text picks after the sort, or ""."""
    sort = _CLASSES.search(text)
    if not sort:
        return ""
    classes = {_singular(w) for w in re.findall(r"[\w'-]+", sort.group(1))} - _NOT_A_CLASS
    for pick in _CLASS_PICKED.finditer(text, sort.end()):
        word = pick.group(1) or pick.group(2)
        if _singular(word) in classes:
            return word
    return ""


def _singular(word: str) -> str:
    """Return a word in lower case without its plural ending ("complaints" → "complaint")."""
    word = word.lower()
    for ending in ("ies", "es", "s"):
        if word.endswith(ending) and len(word) > 4:
            return word[: -len(ending)]
    return word


def _one_place_written(text: str, action: str) -> bool:
    """Tell whether the text writes exactly one place a delivery of this kind can go to."""
    places = _PLACES_OF[action].findall(text)
    if action == "email.send":  # "email them … and let the leads know": people, no address
        return len(set(places)) == 1
    if action == "slack.post_message":
        return len(set(places)) <= 1
    return len(places) <= 1  # each "webhook", "sms" or "text" written may be another hook
