"""Round 69: the sentences told before a label of asking ("What I'd like: …") are the story,
whoever their subject ("Owners ring constantly …"), and thanks said warmly ("Thanks ever so
much!", "Thank you very much indeed.") close the request; neither makes a step."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, W = "http.request", "email.send", "slack.post_message", "webhook.post"
WAIT = "wait"
TOOLS = {"availableTools": [H, E, S]}

KENNELS = (
    "I run the kennels side of Bramblewick Boarding Kennels & Cattery. Owners ring constantly on"
    " Sunday afternoons asking when they can collect, and the girls on the desk can't keep up."
    " What I'd like: every Sunday at 11 in the morning, pull the list of pets going home today"
    " from https://desk.example-bramblewickkennels.co.uk/api/departures and email each owner"
    " their collection slot. Then an hour later, post the same list in #kennel-staff so they"
    " know who to get ready. Thanks ever so much!"
)

# "Owners ring constantly … What I'd like: …": the label says where the request starts, so the
# sentences before it that ask nothing are told, even with no teller opening them.
TOLD_BEFORE_A_LABEL = [
    (KENNELS, ("0 11 * * 0", [H, E, WAIT, S])),
    (
        "Parents phone the office every Monday morning asking whether the minibus is running, and"
        " the secretary can't get anything else done. What I'd like: every Monday at 7am, fetch"
        " the route status from https://transport.example-hollyoak.sch.uk/api/routes and post it"
        " in #parents-info.",
        ("0 7 * * 1", [H, S]),
    ),
    (
        "Tenants keep calling on Friday evenings to ask if the boiler has been fixed. Here's what"
        " I need: every Friday at 4pm, pull the open repairs from"
        " https://repairs.example-millbank.co.uk/api/open and email them to"
        " office@example-millbank.co.uk.",
        ("0 16 * * 5", [H, E]),
    ),
    (
        "Members constantly message the front desk when classes are cancelled, and the staff"
        " struggle to answer them all. What we need: every day at 6am, get the timetable changes"
        " from https://gym.example-ironpeak.com/api/changes and post them in #front-desk.",
        ("0 6 * * *", [H, S]),
    ),
    (
        "Drivers ring the depot all afternoon wondering when their loads are ready. What I'd love"
        " is: every weekday at 1pm, pull the ready loads from"
        " https://depot.example-hartfield.co.uk/api/loads and post them in #drivers.",
        ("0 13 * * 1-5", [H, S]),
    ),
]

# "Thanks ever so much!": thanks with a word of degree close the request as "Thanks so much!"
# does; read as a step, "thank" became an email to nobody.
WARM_THANKS = [
    (
        "Every Sunday at 11am, post the list in #kennel-staff. Thanks ever so much!",
        ["0 11 * * 0", [S]],
    ),
    (
        "Every Sunday at 11am, post the list in #kennel-staff. Thank you ever so much.",
        ["0 11 * * 0", [S]],
    ),
    ("Every day at 9am, post the rota in #crew. Thank you very much indeed!", ["0 9 * * *", [S]]),
    ("Every day at 9am, post the rota in #crew. Thanks, really appreciate it.", ["0 9 * * *", [S]]),
    (
        "Every Monday at 8am, email the rota to ops@example-lark.com. Many thanks indeed.",
        ["0 8 * * 1", [E]],
    ),
]

# Near cases: a sentence before the label that asks, names a place or opens on a verb stays.
UNCHANGED = [
    (
        "Every Monday at 9am pull the sales from https://shop.example-fenwick.com/api/sales."
        " What I'd like: post them in #sales.",
        ("0 9 * * 1", [H, S]),
    ),
    (
        "We're a small bakery. Every Monday at 9am, pull the orders from"
        " https://shop.example-crumb.com/api/orders. Here's what I need: post them in #bakers.",
        ("0 9 * * 1", [H, S]),
    ),
    (
        "Every Sunday at 11am, post the list in #kennel-staff. Thanks so much!",
        ("0 11 * * 0", [S]),
    ),
    (
        "Every Sunday at 11am, post the list in #kennel-staff and email the owners. Thanks!",
        ("0 11 * * 0", [S, E]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOLD_BEFORE_A_LABEL)
def test_sentences_before_a_label_of_asking_are_the_story(text, expected):
    assert read(text, TOOLS) == expected
    assert confidence_of(text, TOOLS) >= 0.7
    assert doubts_of(text, TOOLS) == []


@pytest.mark.parametrize(("text", "expected"), WARM_THANKS)
def test_warm_thanks_close_the_request(text, expected):
    assert list(read(text)) == expected
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_keep_their_reading(text, expected):
    assert read(text) == expected
