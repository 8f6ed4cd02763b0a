"""Tell a step that opens with no known imperative: a subject first, a duty, a hold, a test."""

import re

from nl_parser.bare_comparisons import BARE_COMPARISON
from nl_parser.clause_tokens import DASHES, WITHHOLDING
from nl_parser.late_sources import NAMES_A_SOURCE, SYSTEM_NOUNS
from nl_parser.listed_fields import field_taken_off_each, one_more_thing_sent
from nl_parser.messages_told import (
    A_MESSAGE_ARTICLE,
    MESSAGE_PLACED,
    MESSAGE_TO_SOMEONE,
    PLACE_NAMED,
)
from nl_parser.participle_steps import object_then_done_at
from nl_parser.passive_duties import (
    asked_passive_at,
    asked_that_at,
    duty_at,
    gapped_duty_at,
    told_delivery_at,
)
from nl_parser.receivers import joins_receivers, receives_at
from nl_parser.run_on_steps import third_person_joined_at, unknown_verb_at
from nl_parser.steps_opened_by_verbs import after_comma
from nl_parser.subjects_sent import ARTICLES, gapped_going_at, subject_goes_at
from nl_parser.verb_objects import left_alone
from nl_parser.verbs import CLASSIFY, continues_a_perfect
from nl_parser.waits import MUST_APPROVE, withheld_at, withheld_passive_at


def colon_after_address(tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell whether token i follows a colon that ends an address ("https://…/water: over …")."""
    return i > 1 and tokens[i - 1][0] == ":" and tokens[i - 2][0].startswith("http")


_NAMED_AFTER_COLON = frozenset({"the", "their", "his", "her", "our", "a", "an"})
# "go through the deals in the CRM: anything over $8,000 gets emailed to …": after a colon, the
# items "any" picks may lead their own delivery, as after a comma.
_PICKED_AFTER_COLON = frozenset({"any", "anything"})


_SORT_REACH = 6  # tokens back from a colon: "sort each incoming ticket by its severity:"


def _sorted_before_colon(tokens: list[tuple[str, int]], colon: int) -> bool:
    """Tell whether the words before a colon sort the items ("triage it by severity:")."""
    for word, _ in reversed(tokens[max(0, colon - _SORT_REACH) : colon]):
        if word in (",", ";", ":"):
            return False
        if word in CLASSIFY:
            return True
    # "Triage incoming callout requests for Drip Doctors Plumbing:": the sort opening the
    # sentence may name its items at more length.
    opening = colon - 1
    while opening > 0 and tokens[opening - 1][0] not in (",", ";", ":", ".", "!", "?"):
        opening -= 1
    return colon - opening > _SORT_REACH and tokens[opening][0] in CLASSIFY


def _may_name_a_source(text: str, start: int, end: int) -> bool:
    """Tell whether text[start:end] may name where data lives: an address or a system's noun."""
    words = text[start:end]
    return "//" in words or any(noun in words.lower() for noun in SYSTEM_NOUNS)


# "…, it needs the events manager's OK first": the item the event brings may need it too.
_NEEDERS = frozenset({"we", "we'll", "i", "i'll", "you", "it", "they", "this", "these"})


_NEEDING = frozenset({"need", "needs", "require", "get", "have"})


_APPROVAL_NOUNS = frozenset(
    {"approval", "sign-off", "signoff", "go-ahead", "say-so", "light", "ok", "okay"}
)


# The words a person who must approve says it with, looked for before the whole pattern runs.
_MUST_APPROVE_HINT = re.compile(
    r"\b(?:has|have|needs?|must|is)\s+(?:to\s+)?(?:first\s+)?(?:approv|ok|sign|author|green)", re.I
)
_ENDS_THE_NEED = re.compile(r"\s*(?:$|[.;!?]|,\s*(?:and\s+)?then\b)", re.I)
_BREAK = re.compile(r"[,;:.!?\u2013\u2014]|\s-\s")


def _approval_needed_at(tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell whether "we need the landlord's go-ahead" (a wait for an approval) opens at i."""
    words = []
    for word, _ in tokens[i + 1 : i + 8]:
        if word in (",", ";"):
            break
        words.append(word)
    return bool(_NEEDING.intersection(words[:3])) and bool(_APPROVAL_NOUNS.intersection(words))


def _firm_name_goes_on(text: str, clause_at: int, offset: int) -> bool:
    """Tell "Nettle and Sons Pest Control needs a report" (one firm's name) from two subjects."""
    # Only capitalised words, then "and", open the clause: the name goes on after "and".
    before = text[clause_at:offset].split()
    return (
        len(before) >= 2
        and before[-1] == "and"
        and all(w[0].isupper() for w in before[:-1])
        and text[offset : offset + 1].isupper()
    )


_HELD_AFTER = frozenset({",", ";", "and", "but"})


# The words a thing held opens with, as the subject of a passive duty denied.
_HELD_SUBJECTS = frozenset({"it", "they", "this", "that", "the", "these", "those", "their", "our"})


def step_without_imperative_at(
    text: str,
    tokens: list[tuple[str, int]],
    i: int,
    end: int,
    clause_at: int,
    condition_at: int | None,
) -> bool:
    """Tell whether a step with no known imperative (a subject first, a duty…) opens at i."""
    word, offset = tokens[i]
    starts_step = False
    if (
        not starts_step
        and i > 0
        and (
            tokens[i - 1][0] in (",", ";", "and", *DASHES)
            or (
                tokens[i - 1][0] == ":"
                and (
                    word in _NAMED_AFTER_COLON
                    or word in _PICKED_AFTER_COLON
                    or _sorted_before_colon(tokens, i - 1)
                )
            )
        )
    ):
        # "when an order is refunded, the details go to the finance webhook", "…, and anything
        # scoring 6 or lower should go to #cx", "… — anything over 250 ms should page …",
        # "when a patient registers: the questionnaire goes to them by email" (after a
        # colon, a thing named; "wrong address: it should go to …" corrects one).
        # "triage it by severity: sev-1 goes to …": after a sort, a bare class may lead.
        starts_step = subject_goes_at(tokens, i, told=condition_at is None)
        if not starts_step and word in _NEEDERS:
            # "when a leave request comes in, we need the manager's approval before …": an
            # approval the run must have, after the event's comma, is its first step.
            starts_step = _approval_needed_at(tokens, i)
        if (
            not starts_step
            and tokens[i - 1][0] == ","
            and _MUST_APPROVE_HINT.search(text, offset, end)
        ):
            # "whenever a school asks for 60 seats, Priya has to approve it first": so is a
            # person who must approve the item, up to the next break.
            said = _BREAK.split(text[offset:end], maxsplit=1)[0]
            # (unless a hold for them follows: "…, the lead has to approve it, so hold it until
            # he does" waits once, where the hold says it)
            rest = text[offset + len(said) : end]
            starts_step = bool(MUST_APPROVE.match(said) and _ENDS_THE_NEED.match(rest))
    if (
        not starts_step
        and i > 0
        and (tokens[i - 1][0] in (",", ";", *DASHES) or after_comma(tokens, i))
    ):
        # After a break (", and" too), a step written with its object first:
        # "…, the executor name and filing deadline extracted from each" (what is done to
        # the data); "when a letter is received, the name, grade and school are to be
        # extracted" (a duty in the passive, its subject a list); "…, should H2S exceed
        # 10 ppm, the pager webhook be triggered" (a thing asked for in the subjunctive,
        # after the test that guards it).
        starts_step = (
            object_then_done_at(tokens, i)
            or duty_at(tokens, i, after_test=condition_at is not None)
            or asked_passive_at(tokens, i)
        )
    if not starts_step and i > 0 and tokens[i - 1][0] == "and" and condition_at is None:
        # "… shall be retrieved from https://… and a reminder email shall be sent to …": a
        # delivery told as a duty after "and" is a step of its own, as its imperative is.
        starts_step = word in ARTICLES and told_delivery_at(tokens, i)
    if (
        not starts_step
        and i > 0
        and tokens[i - 1][0] in DASHES
        and _may_name_a_source(text, offset, end)
    ):
        # "tell the stallholders which pitch they've got — the allocations live at https://…",
        # "… — it lives in the Thimblewick Dairy routing system": where the data lives, after
        # a dash, is said apart (late_sources.py fetches it first).
        starts_step = bool(NAMES_A_SOURCE.match(text[offset:end]))
    if not starts_step and i > 0 and tokens[i - 1][0] in ("and", ";", *DASHES):
        # "request that the readings be retrieved hourly, and that the chemist be emailed
        # should any fall below 0.2": a second thing asked for, in the subjunctive.
        starts_step = asked_that_at(tokens, i)
    if not starts_step and i > 1 and tokens[i - 1][0] == "and" and tokens[i - 2][0] == ",":
        # "a report is to be generated, and that report is to be emailed to …": a second
        # duty in the passive, after a comma and "and", as after a comma alone.
        starts_step = duty_at(tokens, i) or gapped_duty_at(text, tokens, i)
    if not starts_step and i > 0 and tokens[i - 1][0] in (",", ";", "and"):
        # "…, the CSM gets an email and #cs-risk gets a post": a delivery from the side of
        # who receives it starts a step as its imperative would; but not the second of two
        # receivers it names ("secops@x.com and #security both get a copy").
        starts_step = (
            receives_at(text, offset)
            and not joins_receivers(text, clause_at, offset)
            and not _firm_name_goes_on(text, clause_at, offset)
        )
    if not starts_step and i > 0 and tokens[i - 1][0] in (",", "and"):
        # "emergencies go straight to the pager webhook, routine ones to #callbacks": a
        # second class sent somewhere, the "go" of the one before left out, is a step.
        starts_step = gapped_going_at(tokens, i, clause_at)
    if not starts_step and i > 0 and tokens[i - 1][0] in (",", ";", "and", "then"):
        # "when a deal closes, congratulate the rep": a word in a verb's place is a step,
        # even when the parser does not know the verb (actions.py reads it by its nouns).
        starts_step = (
            unknown_verb_at(tokens, i)
            and not continues_a_perfect(text[clause_at:offset], word)
            and not left_alone(tokens, i)
            and not field_taken_off_each(tokens, i, clause_at)
            and not one_more_thing_sent(tokens, i, clause_at)
        )
    if not starts_step and i > 1 and word[-1:] == "s" and tokens[i - 1][0] == "and":
        # "something that reads the sensor … and texts me …": a verb in the third person
        # joined to a clause opened by one is a step of its own, as its imperative is.
        starts_step = third_person_joined_at(tokens, i, clause_at)
    if not starts_step and i > 0 and word in WITHHOLDING and tokens[i - 1][0] in _HELD_AFTER:
        # "…, and don't send it anywhere until Priya approves it": a delivery held back
        # until someone lets it go is a step (a hold) of its own.
        starts_step = withheld_at(text[offset:end])
    if (
        not starts_step
        and i > 0
        and word in _HELD_SUBJECTS
        and tokens[i - 1][0] in (",", ";")
        and " not " in text[offset:end]
    ):
        # "when a letter arrives, the matter shall not be opened until the team confirms
        # the checks": after the event, a duty denied until someone acts is a hold.
        starts_step = withheld_passive_at(text[offset:end])
    if not starts_step and i > 0 and tokens[i - 1][0] == "+":
        # "PagerDuty webhook + a message in #noc-radio": a plus joins steps, so a message
        # named with its place is a delivery of its own ("name + email" lists fields).
        starts_step = bool(MESSAGE_PLACED.match(text, offset, end))
    if not starts_step and i > 0 and word in A_MESSAGE_ARTICLE and after_comma(tokens, i):
        # "measurements to the webhook, a confirmation email to the customer, and a line in
        # #fitting-room": in a list of things sent to places, a message named with where it
        # goes is one more step ("fetch …, an email to ap@…" lists no deliveries).
        starts_step = bool(
            MESSAGE_TO_SOMEONE.match(text, offset, end)
            and (
                PLACE_NAMED.search(text, clause_at, offset)
                or MESSAGE_TO_SOMEONE.match(text, clause_at, offset)
            )
        )
    if (
        not starts_step
        and i > 0
        and (tokens[i - 1][0] in (",", ";", *DASHES) or colon_after_address(tokens, i))
        and condition_at is None
    ):
        # "…, over 1000 ppm -> post in #growers", "read humidity from https://… — below 85%
        # → DM …": a comparison standing alone is a test (in an open "if the CPU is high,
        # over 90%, …" it says the same test again); a colon after the address read ends
        # the fetch as the dash does ("… from https://…/water: over 2,000 litres → …").
        starts_step = bool(BARE_COMPARISON.match(text[offset:end]))
    return starts_step
