"""Tell whether a step opens at a token by its verb: after a break, a colon or a noun."""

from nl_parser.agents import JUDGES_A_CLASS
from nl_parser.clause_tokens import CONNECTORS, COURTESY_WORDS, DASHES
from nl_parser.items_headed import (
    ITEMS_COME_WITH,
    ITEMS_HEADED,
    ITEMS_LAND,
    inside_items_heading,
    items_headed_after_a_name,
)
from nl_parser.listed_fields import (
    field_taken_off_each,
    last_field_taken,
    listed_label,
    listed_noun,
)
from nl_parser.participle_steps import participle_step, place_named_before, with_thing_done
from nl_parser.run_on_steps import step_runs_on
from nl_parser.sorted_routes import class_named_after_sort
from nl_parser.step_verbs import ACTION_VERBS, DONE_TO_THE_DATA, INTRANSITIVE
from nl_parser.steps_inside_tests import done_through_webhook
from nl_parser.verb_objects import has_object, left_alone, names_a_noun
from nl_parser.verbs import FINDS_OUT
from nl_parser.wanted import had_done


def _after_a_break(tokens: list[tuple[str, int]], i: int) -> bool:
    """Return whether a connector or dash comes before token i, or a dash and "please"."""
    before = tokens[i - 1][0]
    if before.lower() in COURTESY_WORDS and i > 1:
        return tokens[i - 2][0] in DASHES or tokens[i - 2][0] == ";"
    if asked_after_a_dash(tokens, i):
        return True
    return before in CONNECTORS or before in DASHES


def asked_after_a_dash(tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell "… keep forgetting it — can u send them …": a step asked for after a dash."""
    # The asking opens the step, as "please" does; it is no part of the story before the dash.
    return (
        i > 2
        and tokens[i - 1][0] in ("you", "u")
        and tokens[i - 2][0] in ASKING_MODALS
        and (tokens[i - 3][0] in DASHES or tokens[i - 3][0] == ";")
    )


def after_comma(tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell whether the word at `i` follows a comma, or a comma and "and"."""
    return tokens[i - 1][0] == "," or (
        i > 1 and tokens[i - 1][0] == "and" and tokens[i - 2][0] == ","
    )


# The modals a step is asked for with: "can you dm …", "would u post …".
ASKING_MODALS = frozenset({"can", "could", "would", "will"})


def is_quoted(offset: int, quoted: list[tuple[int, int]]) -> bool:
    """Tell whether an offset lies inside one of the quoted spans."""
    return any(a <= offset < b for a, b in quoted)


# Who asks for a thing wanted done: "…, and I need …", "…; we'd like …".
_ASKERS = frozenset({"i", "we", "i'd", "we'd"})


def _wanted_done_at(text: str, tokens: list[tuple[str, int]], i: int, end: int) -> bool:
    """Tell "I need the totals pulled from each" (a thing wanted done) at i from a fact."""
    following = tokens[i + 1][0] if i + 1 < len(tokens) else ""
    if following not in ("need", "want", "like", "would"):
        return False
    wanted = text[tokens[i][1] : end]
    return had_done(wanted) != wanted


def verb_opens_step_at(
    text: str,
    tokens: list[tuple[str, int]],
    i: int,
    end: int,
    clause_at: int,
    condition_at: int | None,
    quoted: list[tuple[int, int]],
) -> bool:
    """Tell whether a step opens at token i by its verb: after a break, a colon or a noun."""
    word, offset = tokens[i]
    starts_step = (
        i > 0
        and _after_a_break(tokens, i)
        and (word in ACTION_VERBS or done_through_webhook(tokens, i))
        and (word in INTRANSITIVE or word in DONE_TO_THE_DATA or has_object(tokens, i))
        and not names_a_noun(tokens, i)
        and not listed_noun(tokens, i, clause_at)
        and not listed_label(tokens, i, clause_at)
        and not left_alone(tokens, i)
    )
    if not starts_step and i > 0 and tokens[i - 1][0] == ":" and condition_at is not None:
        # "each time a batch finishes: wait 30 minutes …": a colon ends the event it follows.
        starts_step = word in ACTION_VERBS and (word in INTRANSITIVE or has_object(tokens, i))
    if (
        not starts_step
        and i > 1
        and tokens[i - 1][0] == ":"
        and tokens[i - 2][0].startswith("http")
    ):
        # "… the leases stored at https://…/leases: extract the rent from each": a colon
        # after an address ends the clause that names it; the verb after it starts a step.
        starts_step = word in ACTION_VERBS and has_object(tokens, i)
    if not starts_step and i > 0 and tokens[i - 1][0] == ":" and condition_at is None:
        # "every incoming call transcript: pull out the species": the items a colon heads
        # are what each step runs on; the verb after the colon starts one.
        head_end = tokens[i - 1][1]
        starts_step = word in ACTION_VERBS and bool(
            ITEMS_HEADED.fullmatch(text, clause_at, head_end)
            or ITEMS_LAND.fullmatch(text, clause_at, head_end)
            or (
                " with " in text[clause_at:head_end]
                and ITEMS_COME_WITH.fullmatch(text, clause_at, head_end)
            )
            or items_headed_after_a_name(text, clause_at, head_end)
        )
    if not starts_step and condition_at is None and not is_quoted(offset, quoted):
        # "pull the sales data generate a summary report": the commas left out, a verb
        # with its object after a noun still starts a step.
        # "… and total read off each": the participle after the list's last field is no step.
        starts_step = (
            step_runs_on(text, tokens, i)
            and not field_taken_off_each(tokens, i, clause_at)
            and not (i > 1 and last_field_taken(tokens, i - 1))
            and not inside_items_heading(text, tokens, i, clause_at)
        )
    if not starts_step and i > 0 and tokens[i - 1][0] in (",", "and"):
        # "…, summarized and posted to #growth": what is done to the data, as participles.
        starts_step = participle_step(tokens, i)
    if not starts_step and word in _ASKERS and i > 0 and after_comma(tokens, i):
        # "the notes are at https://…, and I need the total pulled from each": a thing
        # wanted done, after the facts told before it, is a step of its own.
        starts_step = _wanted_done_at(text, tokens, i, end)
    if not starts_step and i > 0 and tokens[i - 1][0] == ",":
        # "…, with the summary emailed to board@…": the made thing, then what is done with it.
        starts_step = with_thing_done(tokens, i)
    if not starts_step and word == "with" and i > 0 and tokens[i - 1][0] != ",":
        # "put it in #estimating with a copy emailed to carlos@…": no comma, but after a
        # place already named, a thing sent on to another place is a second delivery.
        starts_step = with_thing_done(tokens, i) and place_named_before(tokens, i, clause_at)
    if not starts_step and i > 0 and tokens[i - 1][0] in (",", "and", ":"):
        # "…, work out which team each belongs to": judging a class has no object to see
        # ("for every review: decide whether it's positive or negative" after a colon too).
        starts_step = bool(JUDGES_A_CLASS.match(text[offset:]))
    if not starts_step and i > 0 and tokens[i - 1][0] in DASHES and condition_at is None:
        # "triage it as emergency or routine — emergencies straight to the on-call webhook,
        # the rest to …": after a dash, a class the sort lists leads its own delivery.
        starts_step = class_named_after_sort(text, clause_at, tokens[i - 1][1], word)
    if not starts_step and word in FINDS_OUT and tokens[i - 1][0] in (",", ";", "and", ":"):
        # "when a roll is dropped off, see whether the customer asked for push …": a verb
        # of finding out before "whether" or "if" asks a question, as "check whether" does.
        starts_step = i + 1 < len(tokens) and tokens[i + 1][0] in ("whether", "if")
    return starts_step
