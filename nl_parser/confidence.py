"""Score how sure the parser is, in [0, 1], and say which part it is unsure of.

Two things are measured: how much of the text was understood (content words consumed by the
schedule grammar or by a clause that mapped to steps, over all content words) and how strongly
each understood part matched (explicit verb and medium = 1.0, implied or defaulted parts less).
Then every guess the parser made is a Doubt with a cost and a reason for `warnings`: words left
unread (where a missed step hides), a typo mended, a self-correction applied, a fetch added
because a condition needs data, a condition no rule could read, a medium or source assumed.
Warnings (missing tools, inexpressible schedules) and fallbacks subtract too. A parse with no
steps scores low whatever else it read. The costs were set on the public and development sets
so that wrong answers land below 0.6 on average and right ones above 0.85 (`make eval` prints
the reliability table that checks it).
"""

import re
from dataclasses import dataclass
from itertools import pairwise

from nl_parser.agents import JUDGES_A_CLASS
from nl_parser.destinations import URL
from nl_parser.fetches import TAKEN_AT_A_URL, TAKES_A_COUNTED_BATCH, THROUGH_A_WEBHOOK
from nl_parser.lexicon import STOPWORDS, content_tokens
from nl_parser.verbs import (
    ADDED_TO_A_PLACE,
    COMPARES_ONLY,
    COPIES_IN,
    LEAVING_OUT,
    LOOPED_IN,
    REPORTS_TO,
    SENDS_A_MESSAGE,
    SENT_BY_A_MEDIUM,
    continues_a_perfect,
    lemma,
    main_verb,
)
from nl_parser.waits import GIVE_TIME
from nl_parser.wanted import given


@dataclass(frozen=True)
class Doubt:
    """One guess the parser made: what it costs the confidence and how to tell a person."""

    cost: float
    reason: str


def coverage(text: str, spans: list[tuple[int, int]]) -> tuple[float, list[str]]:
    """Return the share of content words inside the understood spans and the words left over."""
    tokens = content_tokens(text)
    if not tokens:
        return 0.0, []
    unread = [
        t.group() for t in tokens if not any(s <= t.start() and t.end() <= e for s, e in spans)
    ]
    return (len(tokens) - len(unread)) / len(tokens), unread


def unread(words: list[str]) -> Doubt:
    """Doubt for content words no grammar read: each may hide a step or a condition."""
    # Leftovers cost more than their share of the text: one unread verb is a missing step.
    cost = 0.07 * min(len(words), 5)
    shown = ", ".join(f"'{w}'" for w in words[:6]) + (" …" if len(words) > 6 else "")
    return Doubt(cost, f"uncertain: these words were not understood: {shown}")


def background(sentence: str) -> Doubt:
    """Doubt for a sentence read as background: small, as it names nothing a step could use."""
    shown = " ".join(sentence.split())
    shown = shown if len(shown) <= 60 else shown[:57] + "…"
    return Doubt(0.03, f"uncertain: read '{shown}' as background, not as a step")


def typo(written: str, read_as: str) -> Doubt:
    """Doubt for a word read as the catalog word one edit away."""
    return Doubt(0.05, f"uncertain: read '{written}' as '{read_as}' (a likely typo)")


def crm_read_first(named: str) -> Doubt:
    """Doubt for a read from a CRM the text names but no step read: right about three in four."""
    return Doubt(
        0.15,
        f"uncertain: nothing read from {named}, which the text names, so a salesforce.query "
        "step was added first",
    )


def calls_merged(calls: int) -> Doubt:
    """Doubt for calls read as one because the text writes one URL: right about one in three."""
    return Doubt(0.4, f"uncertain: {calls} calls, but one URL is written; they were read as one")


def correction(dropped: str, kept: str) -> Doubt:
    """Doubt for a self-correction: the later words replaced the earlier ones."""
    return Doubt(0.06, f"uncertain: read '{kept}' as a correction of '{dropped}'")


def implied_fetch(action: str) -> Doubt:
    """Doubt for a fetch added because a scheduled condition had no data to test."""
    return Doubt(
        0.06,
        f"uncertain: the condition needs data, so a {action} step was added before it; "
        "check what it should fetch",
    )


# A word in a verb's place: after a comma, "and" or "then", before its object ("chart them",
# "total them up", "reconcile the payouts").
_VERB_PLACE = re.compile(
    r"(?:^|[,;]|\band\b|\bthen\b)\s+([a-z][a-z'-]+)\s+(?:them|it|the|a|an|each|all|this|these|"
    r"those|every|our|any)\b",
    re.IGNORECASE,
)


def unknown_actions(text: str) -> list[Doubt]:
    """Return a doubt for each word in a verb's place that the parser does not know as an action."""
    doubts = []
    for match in _VERB_PLACE.finditer(text):
        word = match.group(1).lower()
        if word in STOPWORDS or lemma(word) or word in _NOT_VERBS:
            continue
        if continues_a_perfect(text[: match.start(1)], word):
            continue  # "has visited the site and signed it off": what was done, no step
        read = main_verb(text[match.start(1) :])
        if read and read[1] == len(word):
            continue  # "sum it up", "take today's orders": a known verb in other words
        if word in ("loop", "clue", "fill") and LOOPED_IN.match(text, match.start(1)):
            continue  # "loop in the stewards": a notification in other words
        if SENDS_A_MESSAGE.match(text[match.end(1) :]):
            continue  # "shoot an email to …": the verb is unknown, the step is not
        if (" by " in text or " via " in text or " over " in text) and SENT_BY_A_MEDIUM.match(
            text[match.end(1) :]
        ):
            continue  # "shoot the client the deposit link by email": a delivery all the same
        if COPIES_IN.match(re.split(r"[,;]|\.(?:\s|$)", text[match.start(1) :])[0]):
            continue  # "and copy ar@x.com": one more recipient, no unknown step
        clause = re.split(r"[,;]|\.(?:\s|$)", text[match.start(1) :])[0]
        if ADDED_TO_A_PLACE.match(clause):
            continue  # "add the booking to #tour-guides": a post to the channel
        if COMPARES_ONLY.match(clause) or REPORTS_TO.match(clause):
            continue  # "compare them against the target", "report the totals to #ops"
        if _BY_CALLING.search(clause):
            continue  # "add them to the CRM by calling https://…": the call is the step
        if THROUGH_A_WEBHOOK.search(clause) and not URL.search(clause):
            continue  # "open the vents through the greenhouse webhook": the post is the step
        if GIVE_TIME.match(text, match.start(1)):
            continue  # "give the team 2 days": a wait written as an allowance
        if JUDGES_A_CLASS.match(text[match.start(1) :]):
            continue  # "rate the mood as happy, neutral or angry": a classification
        if given(clause) != clause:
            continue  # "give the sales team a summary of …": a made thing handed over
        if word in ("take", "read", "scan") and TAKES_A_COUNTED_BATCH.match(text[match.start(1) :]):
            continue  # "take the 950 comments from the survey, rate …": the items at hand
        if word == "take" and TAKEN_AT_A_URL.match(text[match.start(1) :]):
            continue  # "take the 2,000 replies at https://…": a fetch from the URL
        doubts.append(
            Doubt(
                0.2, f"uncertain: '{match.group(1)}' looks like an action the parser does not know"
            )
        )
    return doubts


_BY_CALLING = re.compile(r"\b(?:by|via)\s+(?:calling|hitting|posting\s+to)\s+https?://", re.I)
# "…, provided the Brix is 24 or higher": an opener of a test in a verb's place, no action.
_NOT_VERBS = frozenset(
    {"let", "know", "see", "is", "are", "about", "with", "for", "from", "on"}
    | {"provided", "providing"}
    # "…, ignoring any test orders": which items go, read by qualifiers.py, no action.
    | LEAVING_OUT
    # "…; otherwise the reading is to be forwarded …": the other branch opens, no action.
    | {"otherwise"}
    # "extract the total and whether it is overdue": a yes/no field asked, no action.
    | {"whether"}
    # "… and they're all on bakers@…": a pronoun with its "are" says where people are reached.
    | {"they're", "we're", "you're"}
    # "…, using the mowing plan at https://…": the data the step before reads, no action.
    | {"using"}
    # "… here 👋 need the reset list dropped into #setters": the asking, before what is asked.
    | {"need", "needs", "want", "wants"}
)


def event_on_schedule(clause: str) -> Doubt:
    """Doubt for an if/when clause read as an event in a workflow that runs on a schedule."""
    return Doubt(
        0.3, f"uncertain: '{clause}' was read as an event, but a scheduled run has no event"
    )


_FETCHES = ("http.request", "salesforce.query")
_DELIVERIES = ("email.send", "slack.post_message", "webhook.post")


def structure_doubts(steps: list) -> list[Doubt]:
    """Return doubts about the shape of the workflow: repeated guards, fetches nothing uses."""
    doubts = []
    actions = [s.action for s in steps]
    if any(a == b == "check_status" for a, b in pairwise(actions)):
        doubts.append(
            Doubt(0.2, "uncertain: two conditions in a row; the second may repeat the first")
        )
    # "… and requeue the job by calling https://…": a call that acts is no fetch left unused.
    acts = getattr(steps[-1], "acts", False) if steps else False
    if (
        len(actions) > 1
        and actions[-1] in _FETCHES
        and set(actions[:-1]) & set(_DELIVERIES)
        and not acts
    ):
        doubts.append(
            Doubt(0.2, f"uncertain: the last step ({actions[-1]}) fetches data nothing uses")
        )
    return doubts


def step_doubts(steps: list) -> list[Doubt]:
    """Return the doubts the steps carry: unreadable conditions, assumed media or sources."""
    doubts = []
    unread = set()  # a test and its turning around ("unless …, in which case …") are one doubt
    for step in steps:
        if step.doubt:
            doubts.append(
                Doubt(0.25, f"uncertain: {step.doubt}; the step was guessed from its nouns")
            )
        elif step.action in ("set", "map", "pick"):
            # No labelled workflow has needed a transform; the verb is more often a request's
            # ("set this up for the team") or a phrase's than a change to fields.
            doubts.append(
                Doubt(
                    0.3,
                    f"uncertain: '{step.phrase.split()[0]}' was read as a {step.action} "
                    "transform of fields; it may be no step of the workflow",
                )
            )
        elif step.action == "check_status" and step.strength < 0.5:
            if step.subject in unread:
                continue
            unread.add(step.subject)
            doubts.append(
                Doubt(
                    0.3,
                    f"uncertain: the condition '{step.subject}' was not understood; "
                    "check its field, operator and value",
                )
            )
        elif step.need == "medium":
            doubts.append(
                Doubt(0.08, f"uncertain: no delivery medium was named; {step.action} was assumed")
            )
        elif step.action == "http.request" and step.strength <= 0.7:
            doubts.append(
                Doubt(0.06, "uncertain: no source was named for the fetch; an HTTP API was assumed")
            )
    return doubts


def score(
    *,
    covered: float,
    strengths: list[float],
    warnings: int,
    fallbacks: int,
    doubts: list[Doubt],
    has_steps: bool,
) -> float:
    """Combine coverage, match strengths, doubts and penalties into a confidence in [0, 1]."""
    if not has_steps or not strengths:
        return round(min(0.25, 0.25 * covered), 3)
    mean = sum(strengths) / len(strengths)
    weakest = min(strengths)
    value = 0.15 + 0.4 * covered + 0.45 * (0.6 * mean + 0.4 * weakest)
    value -= 0.1 * warnings + 0.05 * fallbacks + sum(d.cost for d in doubts)
    return round(max(0.05, min(0.98, value)), 3)
