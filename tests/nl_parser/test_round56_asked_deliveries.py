"""Round 56: a delivery asked for by its result ("get a recap posted in #x", "have a digest
waiting in her inbox"), a thing got from a source to people ("get today's list from https://…
to the staff"), a step asked for right after its trigger with no comma ("when X can u dm jess on
slack …"), and a group named by its organisation before "know" ("let the Rowan Street Food Bank
volunteers know …")."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

F, SUM, E, S = "http.request", "summarize", "email.send", "slack.post_message"
FETCH_EMAIL = {"availableTools": ["http.request", "email.send"]}
FETCH_SLACK = {"availableTools": ["http.request", "slack.post_message"]}


def assert_read_well(text, cron, actions, context=None):
    assert read(text, context) == (cron, actions)
    assert confidence_of(text, context) >= 0.7
    assert doubts_of(text, context) == []


# "get/have X posted in #place", "have X waiting in the director's inbox": what is asked for is
# the thing delivered, so it is sent (a summary of it made first).
@pytest.mark.parametrize(
    ("text", "cron", "actions", "context"),
    [
        (
            "hey could we get a recap of the weeks lessons at snowcrest ski school posted in "
            "#instructors every sunday at 8 in the evening",
            "0 20 * * 0",
            [SUM, S],
            None,
        ),
        (
            "Please have a digest of this week's rehearsal attendance waiting in the choir "
            "director's inbox at St Aldhelm's Choral Society every Sunday at 19:30.",
            "30 19 * * 0",
            [F, SUM, E],
            FETCH_EMAIL,
        ),
        (
            "Every Friday at 5pm, can we get a summary of the week's support tickets sent to "
            "#support-leads?",
            "0 17 * * 5",
            [SUM, S],
            None,
        ),
        (
            "I'd like to have a digest of yesterday's orders sitting in the warehouse manager's "
            "inbox every weekday at 7am.",
            "0 7 * * 1-5",
            [F, SUM, E],
            FETCH_EMAIL,
        ),
        (
            "get a recap of the open pull requests posted to #dev every monday at 9am",
            "0 9 * * 1",
            [SUM, S],
            None,
        ),
        (
            "Could you have an overview of the weekend's bookings waiting in ops@example.com "
            "every Monday at 6:30?",
            "30 6 * * 1",
            [F, SUM, E],
            FETCH_EMAIL,
        ),
    ],
)
def test_asked_result_delivered(text, cron, actions, context):
    assert_read_well(text, cron, actions, context)


# "get X from https://… to the staff": a thing got from a source to people is fetched, then sent.
@pytest.mark.parametrize(
    ("text", "cron", "actions", "context"),
    [
        (
            "Monday to Friday at 8:20am, get today's flea-and-worming list from "
            "https://kennels.example-houndhavenboarding.co.uk/api/treatments/today to the kennel "
            "staff at Hound Haven Boarding.",
            "20 8 * * 1-5",
            [F, S],
            FETCH_SLACK,
        ),
        (
            "Every day at 6am, get the delivery manifest from https://api.example.com/manifest "
            "to the drivers.",
            "0 6 * * *",
            [F, E],
            FETCH_EMAIL,
        ),
        (
            "At 7:45 each weekday get the rota from https://rota.example.org/today over to the "
            "nurses on shift",
            "45 7 * * 1-5",
            [F, S],
            FETCH_SLACK,
        ),
        (
            "each sunday at 18:00 get next week's fixtures from https://league.example.com/api/"
            "fixtures to the coaches",
            "0 18 * * 0",
            [F, E],
            FETCH_EMAIL,
        ),
        (
            "Every hour, get the latest readings from https://sensors.example.net/api/now to "
            "#plant-floor.",
            "0 * * * *",
            [F, S],
            None,
        ),
    ],
)
def test_got_from_a_source_to_people(text, cron, actions, context):
    assert_read_well(text, cron, actions, context)


# "when X can u dm jess on slack …": a step asked for right after its trigger, with no comma.
@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "yo when a new booking comes thru on the blackthorn tattoo site can u dm jess on "
            "slack w the details",
            [S],
        ),
        ("when a new order comes in can you post the details in #orders", [S]),
        ("whenever a refund is issued could you email finance@example.com the amount", [E]),
        ("when a build finishes on main can you ping the on-call engineer on slack", [S]),
        (
            "when someone signs up on the waitlist would you message tom on slack with their name",
            [S],
        ),
    ],
)
def test_step_asked_after_its_trigger(text, actions):
    assert read(text)[1] == actions
    assert confidence_of(text) >= 0.7


# "let the Rowan Street Food Bank volunteers know …": a group named by its organisation.
@pytest.mark.parametrize(
    ("text", "cron", "actions", "context"),
    [
        (
            "Each morning at 8:05, let the Rowan Street Food Bank volunteers know what donations "
            "came in overnight — the list is at "
            "https://intake.example-rowanstreetfoodbank.org/api/overnight.",
            "5 8 * * *",
            [F, E],
            FETCH_EMAIL,
        ),
        (
            "Every Friday at 4pm, let the Kings Cross Community Garden Trust members know what "
            "needs watering — the rota is at https://garden.example.org/api/rota.",
            "0 16 * * 5",
            [F, E],
            FETCH_EMAIL,
        ),
        (
            "At 9am daily let the North Shore Rowing Club coaches know the river level from "
            "https://river.example.com/api/level",
            "0 9 * * *",
            [F, E],
            FETCH_EMAIL,
        ),
        (
            "every monday at 10 let our Blue Lagoon Swim School instructors know the week's "
            "lesson plan — it's at https://pools.example.net/api/plan",
            "0 10 * * 1",
            [F, E],
            FETCH_EMAIL,
        ),
    ],
)
def test_let_an_organisations_group_know(text, cron, actions, context):
    assert_read_well(text, cron, actions, context)


# Near cases that must not change.
@pytest.mark.parametrize(
    ("text", "cron", "actions", "context"),
    [
        ("every monday at 9am get the open pull requests from github", "0 9 * * 1", [F], None),
        (
            "Every day at 6am, get the delivery manifest from https://api.example.com/manifest.",
            "0 6 * * *",
            [F],
            FETCH_EMAIL,
        ),
        (
            "post a recap of the weeks lessons in #instructors every sunday at 8pm",
            "0 20 * * 0",
            [SUM, S],
            None,
        ),
        ("when a new booking comes in, dm jess on slack with the details", None, [S], None),
        ("have the report sent to #ops every sunday at 8pm", "0 20 * * 0", [S], None),
    ],
)
def test_near_cases_unchanged(text, cron, actions, context):
    assert read(text, context) == (cron, actions)


# "when X: the Y goes to them by email, and …": after a colon, a delivery told from the side of
# what goes (the words around the trigger may still be doubted).
@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "A new patient registering on the Juniper Physiotherapy portal should trigger two "
            "things: the intake questionnaire goes to them by email, and their details get "
            "pushed to the clinic-diary webhook.",
            [E, "webhook.post"],
        ),
        (
            "When a new patient registers on the portal: the intake questionnaire goes to them "
            "by email, and their details get pushed to the clinic-diary webhook.",
            [E, "webhook.post"],
        ),
        (
            "When an order ships: the tracking link goes to the customer by email.",
            [E],
        ),
        (
            "Whenever a member joins: their welcome pack goes to them by email and a note goes "
            "to #membership.",
            [E, S],
        ),
        (
            "When a ticket is escalated: the details go to #support-leads.",
            [S],
        ),
    ],
)
def test_delivery_told_after_a_colon(text, actions):
    assert (
        read(text, {"availableTools": ["email.send", "webhook.post", "slack.post_message"]})[1]
        == actions
    )
