"""Read the test a clause with no verb names between a step and the next ("pump down → …")."""

import re

from nl_parser.actions import read_clause
from nl_parser.classes_named import class_named
from nl_parser.clause_pieces import Clause
from nl_parser.conditions import ITEM_REPORTS, MISSED_COUNT, ConditionDraft, read_condition
from nl_parser.drafts import StepDraft
from nl_parser.filters import IRREGULAR_STATES, RELATIVE_PERIOD, find_filter
from nl_parser.lone_places import place_routed_to
from nl_parser.openers import OTHER_BRANCHES
from nl_parser.opposite_states import opposite_state_test
from nl_parser.states_left import state_left_in
from nl_parser.verbs import main_verb

# "poll https://…; belt stopped → pager webhook", "GET …; 2+ chargers offline → post in
# #techs", "sort into cosmetic / safety; safety ones → email …": on a schedule, words with no
# verb between the step that brings the data (a fetch, a sort) and a step test that data.
_BRINGS_DATA = frozenset({"http.request", "salesforce.query", "classify"})


# "tracking error over 0.3°", "waiting time above 20 min": a gerund naming the reading compared.
_GERUND_READING = re.compile(r"^\W*[a-z]+ing\s+[a-z]+\s+(?:over|above|under|below)\s+\d", re.I)


# Words that say a state: "belt stopped", "any cell site with a critical alarm", "pump down",
# "any inverter reporting zero output" ("any van out" alone is too bare to test); a noun for a
# fault found is a state too ("any count mismatch", "a stock discrepancy", "budget breach").
_STATE_SAID = re.compile(
    rf"\bwith\b|\b[a-z]+ed\b|\b{IRREGULAR_STATES}\b|\b(?:down|offline|unreachable|overdue|late|failing|"
    r"missing|empty|full|reporting|showing|returning|reading|throwing|logging|giving|"
    r"mismatch(?:es)?|discrepanc(?:y|ies)|anomal(?:y|ies)|shortfalls?|breach(?:es)?)\b",
    re.I,
)


# "90+ days", "over 5": a number compared ("our teen has an 11pm curfew" only tells a time).
_COMPARED = re.compile(
    r"\d\+|\b(?:over|above|under|below|(?:more|less|fewer)\s+than|at\s+(?:least|most))\s+\d",
    re.I,
)


_ITEMS_ARRIVED = re.compile(
    r"^new\b|\b(?:received|arrived|created|added|submitted|placed|came\s+in)\b", re.I
)


_LONGEST_STATE = 8  # words: "any cell site with a critical alarm", not a sentence


def verbless_test(
    clauses: list[Clause], index: int, prior: list[StepDraft], *, scheduled: bool
) -> ConditionDraft | None:
    """Return the test a verbless clause between a scheduled step and the next one names."""
    clause = clauses[index]
    if clause.conditional or index + 1 >= len(clauses):
        return None
    text = clause.text.strip(" -\u2013\u2014,;:")
    if not text or place_routed_to(clauses, index):
        return None  # "bug reports → #qa": items sent to a lone place are read with it
    named = class_named(text, prior)
    if (
        named
        and not clauses[index + 1].conditional
        and read_clause(clauses[index + 1].text, prior=prior)
    ):
        return named
    opposite = opposite_state_test(clauses, index, prior)
    if opposite:
        return opposite
    if not scheduled:
        return _state_before_other_branch(clauses, index, prior)
    # "any gateway that reports no heartbeat": a verb inside the test says what it reads.
    gerund = _GERUND_READING.match(text) or ITEM_REPORTS.match(text)
    verb = main_verb(text)
    if verb and not gerund:
        return None  # the cheap test first: most clauses have their verb
    following = clauses[index + 1]
    if following.conditional or not read_clause(following.text, prior=prior):
        return None
    measured = read_condition(text)
    if measured and gerund:
        return measured
    if verb or read_clause(text, prior=prior):
        return None
    if measured and (_COMPARED.search(text) or MISSED_COUNT.search(text) or state_left_in(text)):
        # "accounts in the CRM nobody has touched in 90+ days → email …": a measured test
        # needs nothing before it; the fetch it needs is added for it. So does a count of
        # misses ("any resident who has missed two medication rounds in a row → …"), and a
        # thing left in a state ("any cat that's left its dinner untouched → …").
        return measured
    if not prior or prior[-1].action not in _BRINGS_DATA:
        return None  # "crm hygiene → …", "NOC → poll …": a heading, tested on nothing
    if prior[-1].action == "classify":
        return find_filter(text, after_classify=True)
    if _state_words(text) > _LONGEST_STATE or not _STATE_SAID.search(text):
        return None  # "GET https://…; summary → #ops": a noun alone names no state
    if _ITEMS_ARRIVED.search(text):
        return None  # "GET …/orders → new orders received → …": the items fetched, untested
    return (
        measured
        or find_filter(text, after_classify=False)
        or find_filter("the ones " + text, after_classify=False)
    )


def _state_words(text: str) -> int:
    """Return how many words a state says, a period ("in the next six months") as one."""
    count = len(text.split())
    if count <= _LONGEST_STATE:
        return count  # the cheap test first: a short state needs no period found
    # "couples with a wedding date in the next six months → …": the window is what is tested.
    return len(RELATIVE_PERIOD.sub("then", text).split())


def _state_before_other_branch(
    clauses: list[Clause], index: int, prior: list[StepDraft]
) -> ConditionDraft | None:
    """Return the test a verbless state names before a step and an "else" ("date taken → …")."""
    # "extract … → date already taken → email the couple a 'sorry'; else → #bookings": the
    # "else" after the step says the words before it were its test, event or no schedule.
    if not prior or not any(
        c.conditional in OTHER_BRANCHES for c in clauses[index + 2 : index + 4]
    ):
        return None  # the cheap test first: most texts have no "else"
    text = clauses[index].text.strip(" -\u2013\u2014,;:")
    words = text.lower().split()
    if len(words) > _LONGEST_STATE or main_verb(text) or read_clause(text, prior=prior):
        return None
    if not (_STATE_SAID.search(text) or _STATE_WORDS.intersection(words)):
        return None
    if not read_clause(clauses[index + 1].text, prior=prior):
        return None
    return find_filter("the ones " + text, after_classify=False)


# "date already taken", "slot not free", "room unavailable": a state said without "-ed".
_STATE_WORDS = frozenset({"already", "not", "unavailable", "available", "taken", "booked", "full"})
