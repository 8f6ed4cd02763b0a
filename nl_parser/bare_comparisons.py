"""Tell a test with no verb of its own ("any tank over 0.25 ppm", "over 1000 ppm") from a step."""

import re

from nl_parser.conditions import names_a_bound, read_condition
from nl_parser.fetches import TAKES_A_COUNTED_BATCH
from nl_parser.lexicon import word_set
from nl_parser.step_verbs import ACTION_VERBS
from nl_parser.subjects_sent import GO
from nl_parser.verbs import lemma, main_verb

# A comparison with no subject or verb, its clause ending at a comma: "over 1000 ppm", "above 8 °C",
# "above 80%", "more than 5 errors", "> 200 ms"; or the bound first, its side after "or":
# "24°C or warmer ->", "3 or fewer;".
BARE_COMPARISON = re.compile(
    r"(?:(?:over|above|under|below|exceeding|past|beyond|(?:more|less|fewer|greater|lower|higher)\s+than|"
    r"at\s+least|at\s+most|>=?|<=?)\s*\$?\d[\d,.]*\s*%?(?:\s*\u00b0?\s*[a-z]+)?"
    r"|\$?\d[\d,.]*\s*(?:%|\u00b0?\s*[a-z]{1,7})?\s+or\s+(?:more|higher|above|greater|warmer|"
    r"hotter|less|fewer|lower|below|colder|cooler))\s*(?:[,;]|$)",
    re.IGNORECASE,
)


def bare_test_end(text: str, tokens: list, at: int, end: int) -> int | None:
    """Return where a conditional's bare comparison ends at a comma ("if over 20,"), or None."""
    # "→ if over 20, webhook to pagerduty": a test with no subject ends at its comma, and what
    # follows is its step, whatever word opens it (as after "any tank over 0.25 ppm,").
    if at >= len(tokens):
        return None
    compared = BARE_COMPARISON.match(text, tokens[at][1], end)
    if compared is None or not compared.group().rstrip().endswith(","):
        return None
    if text[compared.end() : compared.end() + 1].isdigit():
        return None  # "any time more than 2,000 picks …": the comma is the number's
    return compared.end() - 1


# Which items, then a comparison or a state, as a clause of its own: "any tank over 0.25 ppm
# ammonia", "each freezer above -10 C", "any gantry camera offline", "any node idle for 30+ min";
# a reading named by one noun needs no "any" ("DO under 6 mg/L", "turbine over 7 mm/s"). The
# comma (or an arrow read as one) ends the test.
SUBJECT_COMPARISON = re.compile(
    r"(?:(?P<items>(?:any|every|each)\s+(?:[a-z][\w-]*\s+){1,2}?)|(?P<noun>[a-z][\w-]*)\s+)"
    r"(?:(?:over|above|under|below|exceeding|past|beyond|(?:more|less|fewer|greater|lower|higher)\s+than|"
    # "any tank above 24°C", "anything above £40k": a degree sign or a pound before the unit.
    r"at\s+least|at\s+most|>=?|<=?)\s*-?[$\u00a3\u20ac]?\d[\d,.]*\s*%?"
    r"(?:\s*\u00b0?[a-z]+(?:/[a-z]+)?){0,2}?"
    # The states only after "any": "calm down" or "shut down" alone is a verb, not a test.
    r"|(?(items)(?:down|offline|unreachable|unavailable|"
    r"[a-z]+\s+for\s+\d+\+?\s*(?:min(?:ute)?s?|hours?|hrs?|days?))|(?!)))"
    # "— any reservoir under 30%? sms the webhook": asked as a question, the test is the same.
    r"\s*\??(?=[,;]|$)",
    re.IGNORECASE,
)


# Up to the comma that ends the test; "over $2,000" keeps the comma inside its number.
SEGMENT = re.compile(r"(?:[^,;]|(?<=\d),(?=\d))*")


# Both readings below need a number or one of these states.
_MAY_TEST = re.compile(r"\d|\b(?:down|offline|unreachable|unavailable)\b", re.IGNORECASE)


def compared_subject(text: str, *, whole: bool = False) -> int | None:
    """Return where a verbless test at the start of text ends (all of it when whole), or None."""
    segment = text if whole else SEGMENT.match(text).group()
    if not _MAY_TEST.search(segment) and not names_a_bound(segment):
        return None  # called at every token: most segments hold no number and no state
    compared = SUBJECT_COMPARISON.fullmatch(segment)
    if compared and (compared["noun"] or "").lower() in ACTION_VERBS:
        return None  # "wait over 5 min": a step with its span, not a reading
    if not (compared or _tested_state(segment)) or _summarized_by_idiom(segment):
        return None  # "boil our 2023 reports down to a summary": a step, not a reading at 2023
    return len(segment.rstrip())


def _summarized_by_idiom(segment: str) -> bool:
    """Tell "boil X down to a summary" or "sum it up" (a summary by idiom) from a test."""
    found = main_verb(segment)
    return (
        found is not None
        and found[0] == "summarize"
        and segment[: found[1]].split()[-1].lower() not in ACTION_VERBS
    )


# Words that make a segment a sentence of its own: "humidity is usually below 60%" or "we got
# 600 submissions" tells how things are, "humidity below 60% anywhere ->" tests them.
_TELLING = word_set(
    """
    is are was were be been has have had do does did will would should can must
    i we you they he she us
    """
)
_NOUN_STEP = re.compile(
    r"\b(?:query|report|export|summary|digest|list|pull|search)\s+(?:for|of|from|on)\b", re.I
)
# "… goes to #big-wins", "… go straight to ops@x.com": what is tested is sent there.
_GOES_TO_PLACE = re.compile(
    r"\bgo(?:es)?\s+(?:(?:straight|directly|out)\s+)?(?:to|in|into)\s+(?!\$?\d)", re.I
)
# "… get posted in #big-wins", "… gets emailed to ops@x.com": the same, in the passive.
_GETS = frozenset({"get", "gets"})
_GETS_SENT_TO_PLACE = re.compile(
    r"\bgets?\s+(?:[a-z]+ed|sent)\s+(?:to|in|into|on)\s+(?!\$?\d)", re.I
)
_FIRM_NAMED_AT = re.compile(r"\s+at\s+(?-i:[A-Z])[\w'.-]*(?:\s+(?:and|&|(?-i:[A-Z])[\w'.-]*))*\s*$")
# "New lead in for Babel Street Language School with a budget over £5,000?": whom the item is
# for, named in capitals, says whose it is, not what is tested.
_FIRM_NAMED_FOR = re.compile(r"\s+for\s+(?-i:[A-Z])[\w'.-]*(?:\s+(?:&|(?-i:[A-Z])[\w'.-]*))*\b")
_LONGEST_TEST = 10  # words: a test between arrows is a noun and its comparison, not a story
# "track temp over 50°C", "run time above 30 min", "request rate > 200/s": a verb's word before
# one singular noun and a number names a reading ("pull orders over $500" fetches a subset).
_MEASURE_NAMED_BY_VERB = re.compile(
    r"^[a-z]+\s+(?!(?:the|a|an|it|them|this|that|all|any|each|every|our|my|their|its)\b)"
    r"[a-z][a-z-]*[^s\W]\s+(?:is\s+|was\s+|goes\s+|gets\s+)?"
    r"(?:over|above|under|below|exceeds?|exceeding|>=?|<=?)\s*-?\d",
    re.IGNORECASE,
)


# The verbs a counted batch at hand is taken with ("take the 950 comments from the survey").
_TAKEN_IN = frozenset({"take", "read", "scan"})


def _tested_state(segment: str) -> bool:
    """Tell a verbless comparison or state ("pH outside 6-9", "zone with 15+ open pickups",
    "priority route not cleared in 4h+") from a step or a bare event ("new case received")."""
    words = re.findall(r"[a-z][\w'-]*", segment.lower())
    if len(words) > _LONGEST_TEST and " at " in segment:
        # "any bread order for more than 200 loaves at Crumb and Co": the firm's name after
        # "at" says where, and makes the test no longer a story.
        words = re.findall(r"[a-z][\w'-]*", _FIRM_NAMED_AT.sub("", segment).lower())
    if len(words) > _LONGEST_TEST and " for " in segment:
        words = re.findall(r"[a-z][\w'-]*", _FIRM_NAMED_FOR.sub("", segment).lower())
    if not words or not segment[:1].isalpha() or len(words) > _LONGEST_TEST:
        return False  # "ü 0": a letter outside a-z starts no word the tests below can read
    if lemma(words[0]) and not _MEASURE_NAMED_BY_VERB.match(segment):
        return False
    if _TAKEN_IN & set(words) and TAKES_A_COUNTED_BATCH.match(segment):
        return False  # "take the 950 comments from last season's survey": items at hand, no test
    if _TELLING & set(words) or re.search(r"\w'(?!s\b)", segment):
        return False  # "we're a 60-person agency", "that haven't ordered in 3+ weeks"
    if GO & set(words) and _GOES_TO_PLACE.search(segment):
        return False  # "anything worth more than €100k goes to #big-wins": a delivery of it
    if _GETS & set(words) and _GETS_SENT_TO_PLACE.search(segment):
        return False  # "deals worth over $40k get posted in #big-wins": a delivery of them
    # "Salesforce query for deals over $5k": a step written as a noun, its filter after it.
    # A number says a comparison: "order shipped late" alone may be an event's name.
    # "particle count above the safe limit", "anything outside the reference range": a bound
    # named in words says a comparison as a number does.
    numbered = re.search(r"\d", segment) is not None or names_a_bound(segment)
    measured = numbered and _NOUN_STEP.search(segment) is None
    return measured and read_condition(segment) is not None
