"""Tell where a step starts inside an open test with no comma before it ("if it fails email …")."""

from nl_parser.moments_and_spans import clock_time_ends_at
from nl_parser.passive_duties import told_delivery_at
from nl_parser.receivers import receives_at
from nl_parser.step_verbs import UNMARKED_STEPS
from nl_parser.steps_inside_tests import (
    DENIALS,
    done_by_means,
    lets_know,
    predicate_before,
    purpose_at,
    purpose_opens_at,
    quotation_ends_before,
    quotation_follows,
    reached_through,
    sets_off_a_webhook,
    shoots_a_message,
    step_after_bare_not,
    time_granted,
    wished_doing,
)
from nl_parser.steps_opened_by_verbs import ASKING_MODALS
from nl_parser.subjects_sent import ARTICLES
from nl_parser.verb_objects import object_follows, opens_on_its_object, wait_follows
from nl_parser.verbs import puts_in_a_place


def _asked_at(tokens: list[tuple[str, int]], i: int) -> bool:
    """Tell whether the verb at i is asked for: "can you dm …", "would u post …"."""
    return tokens[i - 1][0] in ("you", "u") and tokens[i - 2][0] in ASKING_MODALS


# The words a receiver told of with no comma before it opens with ("the on-call nurse is paged").
_RECEIVERS_OPEN = frozenset({"the", "our", "their", "his", "her"})


def unmarked_step_at(
    text: str,
    tokens: list[tuple[str, int]],
    i: int,
    end: int,
    conditional: str | None,
    condition_at: int | None,
    quoted: list[tuple[int, int]],
) -> int | None:
    """Return where a step starts at token i with no comma inside the open test, or None."""
    word, offset = tokens[i]
    if (
        not conditional
        and condition_at is not None
        and i - condition_at >= 3
        and not wished_doing(tokens, i)
        # "if all is well, don't bother them": a step denied after the test is doing nothing,
        # which stays with the test; no step of its own starts there.
        and tokens[i - 1][0].lower() not in DENIALS
        # "otherwise post a 'we're open' message in #ops": a word right after a quotation
        # is the noun it describes, not a verb starting a step.
        and not quotation_ends_before(tokens, i, quoted)
        and (
            word in UNMARKED_STEPS
            or lets_know(tokens, i)
            or done_by_means(tokens, i)
            or opens_on_its_object(tokens, i)
            or wait_follows(tokens, i)
            or time_granted(text, tokens, i)
            or sets_off_a_webhook(text, tokens, i, end)
            or shoots_a_message(text, tokens, i)
            # "every time someone fills in the form pls stick it in #lost-and-found": a
            # thing put in a place is sent there, so it starts a step as "post" does.
            or puts_in_a_place(text, word, offset + len(word))
        )
        and (
            object_follows(tokens, i)
            or shoots_a_message(text, tokens, i)
            or reached_through(tokens, i)  # "text dave on the sms webhook"
            or wait_follows(tokens, i)
            or time_granted(text, tokens, i)
            or opens_on_its_object(tokens, i)  # "look up the company"
            or quotation_follows(tokens, i, quoted)  # "post 'full stock' in #drivers"
            or sets_off_a_webhook(text, tokens, i, end)  # "fire off the pump webhook"
        )
        # "otherwise fire the webhook so customers get a text": why the step is taken.
        and not purpose_at(tokens, i)
        and predicate_before(text[tokens[condition_at][1] : offset], word)
    ):
        # "if it fails email oncall@x.com", "when it is down alert #ops": no comma before
        # the step, but a delivery verb with its object after a predicate starts one.
        return offset
    if (
        not conditional
        and condition_at is not None
        and i - condition_at >= 3
        and (
            (word in ARTICLES and told_delivery_at(tokens, i))
            or ((word in _RECEIVERS_OPEN or word[:1] == "#") and receives_at(text, offset))
        )
        and not purpose_opens_at(tokens, i)
        and predicate_before(text[tokens[condition_at][1] : offset], word)
    ):
        # "if it is below 2 mm an email is to be sent to the customer": no comma before
        # the step, but a delivery told as a duty after a predicate starts one; so does one
        # told from the side of who receives it ("if any fridge is above 8°C the on-call
        # nurse is paged through the pager webhook", "… the buyer gets an email").
        return offset
    if (
        condition_at is not None
        and word in UNMARKED_STEPS
        and clock_time_ends_at(tokens, condition_at, i)
        and object_follows(tokens, i)
    ):
        # "whenever someone swipes in after 10pm slack #trustees": no comma, but the time of
        # the event is whole after its clock word, so a delivery verb and its object start
        # a step.
        return offset
    if (
        condition_at is not None
        and i - condition_at >= 5
        and word.isalpha()
        and _asked_at(tokens, i)
    ):
        # "when a new booking comes thru can u dm jess on slack …": no comma, but a step
        # asked for ("can you", "would you") ends the event before it, whatever its verb
        # ("… on the club app can u add them to the roster webhook").
        return tokens[i - 2][1]
    if (
        condition_at is not None
        and i == condition_at + 2
        and step_after_bare_not(tokens, i, quoted)
    ):
        # "…, if not just email owner@x.com": a bare "if not" is the whole test (the other
        # branch of the one before); the step it guards follows with no comma.
        return offset
    return None
