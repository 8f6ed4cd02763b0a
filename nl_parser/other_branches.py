"""The other branch of a test: its negation, and "the rest" after a delivery to a subset.

"critical ones go to the pager webhook and everything else to #alerts": the rest is what the
test before did not keep, so its delivery gets that test turned around, as "otherwise" does.
A subset dropped first ("drop the resolved ones and email the rest") leaves the rest as the
items kept, under the one test. A kind sent before the rest ("send the mobile call-outs to the
webhook and post the rest in #workshop") is the subset, picked by its modifier.
"""

import re

from nl_parser.condition_fields import config
from nl_parser.conditions import CONDITION
from nl_parser.destinations import DELIVERY_ACTIONS
from nl_parser.drafts import StepDraft
from nl_parser.filters import NOT_FILTERS, WORK_GROUPS, looks_plural
from nl_parser.lexicon import STOPWORDS, word_set

NEGATED_OPERATORS = {
    "equals": "not_equals",
    "not_equals": "equals",
    "gt": "lte",
    "gte": "lt",
    "lt": "gte",
    "lte": "gt",
}

_COMPARATIVES = (
    r"(?:sooner|later|earlier|less|lower|smaller|fewer|cheaper|shorter|older|newer|younger|"
    r"higher|bigger|larger|longer|more|"
    # "collections under 25 miles … go to …; anything further gets emailed": the far side of a
    # distance, a weight or a heat is named by its own comparative.
    r"further|farther|nearer|closer|heavier|lighter|greater|warmer|colder|hotter|cooler|"
    r"faster|slower|pricier|dearer)"
)
# "anything sooner, email …", "anyone younger gets …", "the smaller ones, one line each in …":
# the items on the other side of the test before, named by a comparative ("anything more
# than …" is a test of its own). After "anything", any comparative in "-er" says it ("waves
# over 3 m means …; anything calmer, post …"), but not a preposition ("anything over 3 m").
_NOT_COMPARATIVES = r"(?:under|over|after|other|either|neither|never|ever|rather|whether|together)"
COMPARED_REMAINDER = (
    rf"(?:(?:any|every)(?:thing|one|body)\s+(?:{_COMPARATIVES}|(?!{_NOT_COMPARATIVES}\b)[a-z]{{3,}}er)"
    rf"|the\s+{_COMPARATIVES}\s+ones)"
    r"(?!\s+than\b)"
)
# "the rest", "the remainder", "everything else", "all the others", "(all) the remaining
# tickets", "all other enquiries", "any other cancellation"; "the rest of the team" and
# "everyone else on the team" are people, not the items a test left.
_THE_REST = re.compile(
    r"\b(?:the\s+(?:rest|remainder)|(?:all\s+)?the\s+others|all\s+others|the\s+other\s+ones|"
    r"(?:all|any|every)\s+other\s+(?!than\b)[\w-]+|"
    r"(?:every|any)(?:thing|one|body)\s+else|(?:(?:all|any)\s+(?:the\s+)?|the\s+)remaining\s+[\w-]+|"
    rf"{COMPARED_REMAINDER})\b"
    r"(?!\s+(?:of|on|in|at|from)\s+(?:the|our|my|your|this|that)\b)",
    re.IGNORECASE,
)
_REST_WORDS = ("rest", "remainder", "else", "other", "remaining", "thing ", "one ", "ones", "body ")
# "smaller jobs get posted in …", "the cheaper orders go to …": items named by a comparative,
# leading the clause, after a comparison was delivered ("… than" is a test of its own).
_COMPARED_ITEMS = re.compile(
    rf"^\W*(?:the\s+|any\s+|all\s+)?{_COMPARATIVES}\s+[a-z][\w-]*s\b(?!\s+than\b)",
    re.IGNORECASE,
)
_COMPARING = frozenset({"gt", "gte", "lt", "lte"})


def negated(step: StepDraft) -> StepDraft:
    """Return the opposite test of a condition step (the branch an "otherwise" takes)."""
    config = dict(step.config)
    config["operator"] = NEGATED_OPERATORS.get(config["operator"], config["operator"])
    if config["operator"] == "exists":
        config["value"] = not config["value"]
    if config["operator"] == "contains" and isinstance(config["value"], str):
        # No operator says "does not contain", so the text is matched as lacking it.
        config["operator"] = "matches"
        lacked = re.escape(config["value"]).replace("\\ ", " ")
        config["value"] = f"^(?!.*{lacked})"
        return StepDraft(step.action, config, step.strength, "otherwise", subject=step.subject)
    if config["operator"] == "matches" and isinstance(config["value"], str):
        # No operator says "does not match", so the pattern itself is turned around.
        pattern = config["value"]
        config["value"] = f"^(?!{pattern[1:]})" if pattern[:1] == "^" else f"^(?!.*(?:{pattern}))"
    return StepDraft(step.action, config, step.strength, "otherwise", subject=step.subject)


def guard_the_rest(text: str, steps: list[StepDraft], prior: list[StepDraft]) -> list[StepDraft]:
    """Return a clause's steps with the other branch's test before what "the rest" receives."""
    lowered = text.lower()
    if _compared_items(text, steps, prior):
        return [negated(subset_delivered(prior)), *steps]
    if not any(word in lowered for word in _REST_WORDS) or not _THE_REST.search(text):
        return steps  # the cheap test first: most clauses name no remainder
    deliveries = [i for i, step in enumerate(steps) if step.action in DELIVERY_ACTIONS]
    own = next((i for i, step in enumerate(steps) if step.action == CONDITION), None)
    if own is not None:
        # "send the enterprise ones to #ent-sales, the rest to sales@…": the clause picks its
        # subset, delivers it, and the last delivery takes the rest.
        after = [i for i in deliveries if i > own]
        if len(after) < 2:
            return steps
        return [*steps[: after[-1]], negated(steps[own]), *steps[after[-1] :]]
    test = subset_delivered(prior)
    if test is None and len(deliveries) > 1:
        # "hardware tickets go to the field webhook and every other ticket gets posted in
        # #helpdesk": the kind sent first, and the rest, in one clause.
        subject = steps[deliveries[0]].subject
        picked = (
            kind_test(subject or _routed_subject(text))
            or _kind_after_the_noun(text)
            or _class_named_alone(subject, text, prior)
            or _kind_named_alone(subject or _routed_subject(text), text, prior)
        )
        if picked is None:
            return steps
        first, last = deliveries[0], deliveries[-1]
        return [*steps[:first], picked, *steps[first:last], negated(picked), *steps[last:]]
    if test is None or not deliveries:
        return steps
    # "…; the rest go in #local-reps", "and email everyone else the recording": the clause
    # is all the other branch.
    return [negated(test), *steps]


def _compared_items(text: str, steps: list[StepDraft], prior: list[StepDraft]) -> bool:
    """Tell a delivery of "smaller jobs" after a comparison was delivered: its other side."""
    if not _COMPARED_ITEMS.match(text) or any(step.action == CONDITION for step in steps):
        return False
    if not any(step.action in DELIVERY_ACTIONS for step in steps):
        return False
    test = subset_delivered(prior)
    return test is not None and test.config.get("operator") in _COMPARING


def names_the_rest(text: str) -> bool:
    """Tell whether a clause names the items a test left ("all other leads", "the rest")."""
    lowered = text.lower()
    return any(word in lowered for word in _REST_WORDS) and _THE_REST.search(text) is not None


def subset_delivered(prior: list[StepDraft]) -> StepDraft | None:
    """Return the last test before, when a delivery came after it (a subset sent somewhere)."""
    for index in range(len(prior) - 1, -1, -1):
        if prior[index].action == CONDITION:
            sent = any(step.action in DELIVERY_ACTIONS for step in prior[index + 1 :])
            return prior[index] if sent else None
    return None


def pick_before_the_rest(
    text: str, steps: list[StepDraft], prior: list[StepDraft], following: str
) -> list[StepDraft]:
    """Return a clause's steps with a test before its delivery when the next clause takes the rest.

    "send the mobile call-outs to the webhook and post the rest in #workshop": a remainder named
    next says the items sent first were only some, picked by the modifier of what was sent.
    """
    lowered = following.lower()
    if not any(word in lowered for word in _REST_WORDS) or not _THE_REST.search(following):
        return steps  # the cheap test first: most clauses are followed by no remainder
    if any(step.action == CONDITION for step in steps) or any(
        step.action == CONDITION for step in prior[-1:]
    ):
        return steps  # a subset already picked, or the delivery is under a test
    delivery = next((i for i, s in enumerate(steps) if s.action in DELIVERY_ACTIONS), None)
    if delivery is None or subset_delivered(prior) is not None:
        return steps
    # "Renewals for fleet policies are to be emailed to …": the duty's object is the head noun
    # alone, so the kind is read from the whole subject as written.
    test = (
        kind_test(steps[delivery].subject or _routed_subject(text))
        or kind_test(_routed_subject(text))
        or _kind_after_the_noun(text)
        or _class_named_alone(steps[delivery].subject, text, prior)
        or _kind_named_alone(steps[delivery].subject or _routed_subject(text), text, prior)
    )
    if test is None:
        return steps
    return [*steps[:delivery], test, *steps[delivery:]]


# "leak reports go straight to …", "wedding bookings get posted in …": items as the subject of
# where they go.
_ROUTED_SUBJECT = re.compile(
    r"^\W*((?:[\w-]+\s+){1,3}?[\w-]+s)\s+(?:go|get|are|should|must|will|can)\b", re.IGNORECASE
)
# Things made or sent whole, never a kind picked from the items.
_WHOLE = word_set("summaries digests lists results figures totals numbers details updates")


def _routed_subject(text: str) -> str:
    """Return the items a clause opens with as the subject of where they go, or ""."""
    match = _ROUTED_SUBJECT.match(text)
    return match.group(1) if match else ""


def kind_test(subject: str) -> StepDraft | None:
    """Return the test for the kind a plural noun's modifier names ("mobile call-outs"), or None."""
    words = [w for w in re.findall(r"[a-z][\w-]*", subject.lower()) if w not in NOT_FILTERS]
    if len(words) < 2 or not looks_plural(words[-1]) or words[-1] in WORK_GROUPS:
        return None
    modifier = words[-2]
    if modifier in STOPWORDS or modifier.endswith("'s") or words[-1] in _WHOLE:
        return None
    return StepDraft(CONDITION, config("$.status", "equals", modifier), 0.75, "keep the ones named")


# One written class: "sev-1", "P1", "high", "tier-2".
_ONE_CLASS = re.compile(r"\s*([a-z0-9][\w-]*)\s*", re.IGNORECASE)


def _class_named_alone(subject: str, text: str, prior: list[StepDraft]) -> StepDraft | None:
    """Return the test for a class of the sort before, named alone before the rest.

    "triage it by severity: sev-1 goes to the pager webhook, everything else to #queue": one
    bare word leading the delivery (or one with a digit, "send P1 to …") is a class the sort
    gave, the rest being the others ("email Dana and everyone else" names people, no class).
    """
    named = _ONE_CLASS.fullmatch(subject) if subject else None
    if named is None or not any(step.action == "classify" for step in prior):
        return None
    word = named.group(1).lower()
    if word in NOT_FILTERS or word in STOPWORDS or word in _WHOLE:
        return None
    leads = text.lstrip(" ,;:-").lower().startswith(word)
    if not leads and not any(c.isdigit() for c in word):
        return None
    return StepDraft(CONDITION, config("$.category", "equals", word), 0.8, "keep the class named")


def _kind_named_alone(subject: str, text: str, prior: list[StepDraft]) -> StepDraft | None:
    """Return the test for a kind named by a bare plural before the rest, with no sort before.

    "Complaints go to #complaints, everything else lands in #general": the plural alone, no
    article, is a kind of the items, the rest being the others; after a sort the class is
    read by `_class_named_alone`.
    """
    named = _ONE_CLASS.fullmatch(subject) if subject else None
    if named is None or any(step.action == "classify" for step in prior):
        return None
    word = named.group(1).lower()
    if not word.isalpha() or not looks_plural(word) or word in WORK_GROUPS:
        return None
    if word in NOT_FILTERS or word in STOPWORDS or word in _WHOLE:
        return None
    # "email the requests to …, post everything else in …": with an article (or any word that
    # points) the noun is all the items, not a kind of them.
    written = re.search(rf"(\S+\s+)?{word}\b", text, re.IGNORECASE)
    before = written.group(1).strip().lower() if written and written.group(1) else ""
    if written is None or before in NOT_FILTERS or before in STOPWORDS:
        return None
    kind = word[:-3] + "y" if word.endswith("ies") else word[:-1]
    return StepDraft(CONDITION, config("$.type", "equals", kind), 0.75, "keep the kind named")


# "email the requests for kids' classes to …", "forward the tickets about billing to …": the
# kind is named after the noun, by what the items are for or about, before where they go.
_KIND_AFTER = re.compile(
    r"\b(?:the|any|all)\s+(?:[\w-]+\s+){0,2}?[\w-]+s\s+(?:for|about|with)\s+"
    r"((?:the\s+)?(?:[\w'-]+\s+){0,2}?[\w'-]+)\s+(?:to|in|into|via|over)\s",
    re.IGNORECASE,
)


def _kind_after_the_noun(text: str) -> StepDraft | None:
    """Return the test for a kind named after a delivered noun ("requests for kids' classes")."""
    if " for " not in text and " about " not in text and " with " not in text:
        return None  # the cheap test first: no preposition, no kind after the noun
    match = _KIND_AFTER.search(text)
    if match is None:
        return None
    words = [w for w in re.findall(r"[a-z][\w-]*", match.group(1).lower()) if w not in STOPWORDS]
    if len(words) == 1 and words[0] not in NOT_FILTERS:
        return StepDraft(
            CONDITION, config("$.type", "equals", words[0]), 0.7, "keep the ones named"
        )
    return kind_test(" ".join(words))
