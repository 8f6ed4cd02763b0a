"""Read a class of the sort before, named alone or as a delivery's subject, as its items' test."""

import re
from dataclasses import replace

from nl_parser.agents import labels_sorted_into
from nl_parser.condition_steps import condition_step
from nl_parser.conditions import ConditionDraft
from nl_parser.destinations import DELIVERY_ACTIONS
from nl_parser.drafts import StepDraft
from nl_parser.filters import find_filter, singulars
from nl_parser.verbs import main_verb

_LONGEST_CLASS = 3  # words: "bugs", "how-to questions", not a sentence


def class_named(text: str, prior: list[StepDraft]) -> ConditionDraft | None:
    """Return the test of a class named alone after a step that sorted items into classes."""
    # "tag as billing / bug / how-to → bugs → POST to …; billing → email …": each class named
    # on its own, before a step, says which items that step takes (scheduled or not).
    labels = labels_sorted_into(prior)
    if ":" in text:
        return None  # "emergency: pager webhook": the class heads its delivery, read with it
    words = re.findall(r"[a-z][\w-]*", text.lower())
    if not labels or not words or len(words) > _LONGEST_CLASS or main_verb(text):
        return None
    if not any(w in labels or any(f in labels for f in singulars(w)) for w in words):
        return None
    return find_filter(text, after_classify=True, labels=labels)


_FIRST_WORD = re.compile(r"\W*([a-z][\w-]*)", re.IGNORECASE)


def class_as_subject(text: str, steps: list[StepDraft], prior: list[StepDraft]) -> list[StepDraft]:
    """Return a delivery's steps with the test of the class its subject names before them."""
    # "triage it as crash, gameplay or cosmetic. Crash reports go straight to #live-ops",
    # "classify … as go, delay or cancel => cancels to the SMS webhook": a class of the sort
    # before, leading a delivery as its subject, is the items that delivery takes.
    if not steps or steps[0].action not in DELIVERY_ACTIONS:
        return steps  # the cheap test first: only a delivery with no test of its own
    first = _FIRST_WORD.match(text)
    labels = labels_sorted_into(prior)
    if not first or not labels:
        return steps
    word = first.group(1).lower()
    if word not in labels and not any(w in labels for w in singulars(word)):
        return steps
    verb = main_verb(text)
    if verb and verb[1] <= first.end():
        return steps  # "delay the post …": the word is the verb, not a class
    named = find_filter(first.group(1), after_classify=True, labels=frozenset(labels))
    if named is None:
        return steps
    if f"'{first.group(1)}'" in steps[0].doubt:
        # The word taken for an unknown verb was the class: the delivery was read as written.
        steps = [replace(steps[0], doubt=""), *steps[1:]]
    return [condition_step(named, negate=False), *steps]
