"""Tell a step run on after a noun, or by a verb the parser does not know, from a noun."""

from nl_parser.clause_tokens import CONNECTORS, LIMITING
from nl_parser.lexicon import STOPWORDS, word_set
from nl_parser.step_verbs import ACTION_VERBS
from nl_parser.verb_objects import (
    INDEFINITES,
    OBJECTS,
    PARTICLES,
    data_worked_on,
    direct_object_follows,
    has_object,
    left_alone,
    names_a_noun,
    names_a_place,
    wait_follows,
)
from nl_parser.verbs import KNOWN_VERBS, LEAVING_OUT, lemma

# Words after which a verb's form is no imperative: "to send", "should email", "we post",
# "that tag", "the post count", "every report" (function words are in STOPWORDS).
# "requests that … must wait for the GP's sign-off": after a modal, the verb is its subject's.
_NO_STEP_AFTER = STOPWORDS | word_set(
    "not no never they he she u someone anyone everyone people must shall"
)


# "#security and secops@x.com get a copy", "could the team get an email": after a noun, "get"
# says who receives, not a step.
_RUN_ON_STEPS = (ACTION_VERBS | KNOWN_VERBS) - {"get"}


def step_runs_on(text: str, tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell "… sales data generate a report …" (a step with no comma) from a noun."""
    # A noun: "the customer email and amount", "the post count".
    word = tokens[i][0]
    if i == 0 or word not in _RUN_ON_STEPS or tokens[i - 1][0] in CONNECTORS:
        return False
    previous, previous_at = tokens[i - 1]
    # "Every ______ generate the report": the schedule blanked between them ends the clause.
    blanked = text[previous_at + len(previous) : tokens[i][1]].count(" ") > 2
    # "people just don't pick them up": a negation (and what follows it) is no step.
    negated = previous.endswith(("n't", "n\u2019t"))
    # "nudge #keepers to confirm they've read it": a pronoun with its auxiliary run on is the
    # subject of the verb after it, as "they" alone is.
    pronoun = previous.replace("\u2019", "'").split("'")[0]
    if not blanked and (pronoun in _NO_STEP_AFTER or _adverb(previous) or negated):
        return False
    if not blanked and not (previous[:1].isalnum() or previous[:1] in "#"):
        return False
    if blanked and _only_a_pronoun_after(tokens, i):
        return False
    if left_alone(tokens, i) or names_a_noun(tokens, i):
        return False
    return direct_object_follows(tokens, i) or data_worked_on(tokens, i) or wait_follows(tokens, i)


def _only_a_pronoun_after(tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell "— actually, make it the 22nd" (its date blanked, "make it" left) from a step."""
    following = [w for w, _ in tokens[i + 1 : i + 3]]
    return following[:1] in (["it"], ["them"]) and following[1:] in ([], [""])


def _adverb(word: str) -> bool:
    """Tell "automatically" (how the step is done) from ".../api/weekly" (a URL's end)."""
    return word.isalpha() and word.endswith("ly")


def unknown_verb_at(tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell whether the word at i stands in a verb's place, known to the parser or not."""
    word = tokens[i][0]
    if not word.isalpha() or len(word) < 3 or word in STOPWORDS or word.endswith("ly"):
        return False
    if word == "whether":
        return False  # "extract the total and whether it is overdue": a field asked, listed
    if word == "using":
        return False  # "…, using the mowing plan at https://…": what the step before reads
    if word in LEAVING_OUT:
        return False  # "…, ignoring any complimentary passes": which items the step sends
    following = [w for w, _ in tokens[i + 1 : i + 3]]
    if following[:1] and following[0] in LIMITING and following[1:] and following[1] in OBJECTS:
        return True  # "…, and ship only the 'write off' ones to …": the object, limited
    skip = int(bool(following) and following[0] in PARTICLES)
    if skip:
        following = following[1:]  # "back up the database", "clean out the queue"
    if following[:1] in (["me"], ["us"], ["them"]) and following[1:2] in (["a"], ["an"]):
        return True  # "…, give me a short report on …": a thing handed to someone
    if following[:1] == ["by"] and len(following) > 1 and lemma(following[1]):
        # "retry by calling https://…": a means; "sorted by posting date" is a participle.
        return following[1].endswith("ing") and not word.endswith("ed")
    if following and following[0] in OBJECTS:
        return True
    if skip and following[:1] and following[0] in INDEFINITES:
        return True  # "…, leave out anything marked controlled": a verb and its particle, items
    if skip and following[:1] == ["what"]:
        return True  # "…, sum up what residents said": a verb and its particle, what was said
    if following[:2] == ["that", "into"]:
        return True  # "…, turn that into a report": what came before, made into a thing
    after = [w for w, _ in tokens[i + 2 : i + 6 + skip]]  # "turn on zone 2 by calling …"
    means = after[after.index("by") + 1] if "by" in after[:-1] else ""
    if means.endswith("ing") and lemma(means) and not word.endswith("ed"):
        return True  # "and suspend payouts by calling https://…": the means is the step
    # "and yells in #ops", "and give #fulfillment a heads-up": a place where the object would
    # be; but "to sales and marketing in #gtm" lists nouns (a gerund, or a word after "to X and").
    listed = i >= 3 and tokens[i - 1][0] == "and" and tokens[i - 3][0] in _LISTING
    return bool(following) and names_a_place(following) and not word.endswith("ing") and not listed


_LISTING = frozenset({"to", "for", "with", "cc"})


def third_person_joined_at(tokens: list[tuple[str, int]], i: int, clause_at: int) -> bool:
    """Tell whether a step's verb in -s at i is joined to a clause that opens on one."""
    word = tokens[i][0]
    if lemma(word) in (None, word) or lemma(word) not in ACTION_VERBS:
        return False
    if not has_object(tokens, i) or names_a_noun(tokens, i):
        return False  # "reads the calls and texts from customers": things read, not a step
    opening = next((w for w, at in tokens if at >= clause_at and w not in (",", ";")), "")
    return opening[-1:] == "s" and lemma(opening) not in (None, opening)
