"""Read a state and its opposite, each routed to its own step ("frost → …; no frost → …")."""

from nl_parser.actions import read_clause
from nl_parser.clause_pieces import Clause
from nl_parser.conditions import CONDITION, ConditionDraft, read_condition
from nl_parser.drafts import StepDraft
from nl_parser.filters import find_filter
from nl_parser.verbs import main_verb

_DENIALS = frozenset({"no", "not", "none"})
_LONGEST_STATE = 8  # words: "no free slot that week", not a sentence
_MARKS = " -\u2013\u2014,;:\u2022*"
# Words two states may share without being about the same thing.
_SHARED_IN_PASSING = frozenset(
    {"the", "a", "an", "that", "this", "any", "is", "are", "week", "day"}
)


def opposite_state_test(
    clauses: list[Clause], index: int, prior: list[StepDraft]
) -> ConditionDraft | None:
    """Return the test of a verbless state whose opposite is routed to a step beside it."""
    words = _words(clauses[index].text)
    for partner in (index + 2, index - 2):
        if not 0 <= partner < len(clauses) - 1:
            continue
        other = _words(clauses[partner].text)
        denied, said = (words, other) if _denies(words) else (other, words)
        # "frost forecast → post …; no frost → post …": one state said and then denied, each
        # before its own step, is a test and its turning around, on a schedule or an event.
        if (
            _denies(denied)
            and not _denies(said)
            and _opposite(denied[1:], said)
            and _routed(clauses, index, prior)
            and _routed(clauses, partner, prior)
        ):
            text = clauses[index].text.strip(_MARKS)
            if denied is words:
                return read_condition(text) or find_filter("the ones " + text, after_classify=False)
            return _present(text, clauses[partner].text.strip(_MARKS))
    return None


def _denies(words: list[str]) -> bool:
    """Tell whether a state's words open with a denial ("no frost", "not booked")."""
    return bool(words) and words[0] in _DENIALS


def _words(text: str) -> list[str]:
    """Return the lower-cased words of a short clause, without its marks."""
    return [w.strip(_MARKS + ".'\"") for w in text.lower().split() if w.strip(_MARKS)]


def _opposite(denied: list[str], said: list[str]) -> bool:
    """Tell whether the denied state and the one said name the same thing."""
    return bool((set(denied) & set(said)) - _SHARED_IN_PASSING)


def _routed(clauses: list[Clause], index: int, prior: list[StepDraft]) -> bool:
    """Tell whether a short clause with no verb of its own comes right before a step."""
    clause = clauses[index]
    text = clause.text.strip(_MARKS)
    return (
        not clause.conditional
        and not clauses[index + 1].conditional
        and 0 < len(text.split()) <= _LONGEST_STATE
        and main_verb(text) is None
        and not read_clause(text, prior=prior)
        and bool(read_clause(clauses[index + 1].text, prior=prior))
    )


def _present(text: str, denied: str) -> ConditionDraft | None:
    """Return the test of a state said beside its denial: the thing denied there is present."""
    absent = read_condition(denied)
    if absent and absent.config.get("operator") == "exists":
        # "frost forecast" beside "no frost": $.frost exists, where the other branch has none.
        return ConditionDraft(
            CONDITION, {**absent.config, "value": True}, absent.strength, text=text
        )
    return find_filter("the ones " + text, after_classify=False)
