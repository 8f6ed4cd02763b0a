"""Round 56: a system asked a question ("ask the CRM which deals have stalled") is queried; an
inverted "should" after a heading's colon is a test; an event with the state its item comes in
("is returned damaged", "arrives broken") says which events count; a gerund before a group of
people ("the groundskeeping volunteers") names their trade, not a subset; and a fortnight lasted
("for more than a fortnight") is an age, not a schedule word."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

E, C, S, Q, H = (
    "email.send",
    "check_status",
    "slack.post_message",
    "salesforce.query",
    "http.request",
)
WH = "webhook.post"
EMAIL_ONLY = {"availableTools": ["email.send"]}
SLACK_ONLY = {"availableTools": ["slack.post_message"]}


@pytest.mark.parametrize(
    ("text", "cron", "actions"),
    [
        (
            "Mondays and Thursdays at 9:10, ask the CRM which hot-tub opportunities at Bluewave "
            "Spas have been sitting at 'quote sent' for more than a fortnight and drop them into "
            "#spa-sales.",
            "10 9 * * 1,4",
            [Q, S],
        ),
        (
            "Every Monday at 9, ask Salesforce which deals closed last week and post them to "
            "#sales.",
            "0 9 * * 1",
            [Q, S],
        ),
        (
            "Every hour, ask the status API whether any job failed and post the answer to #ops.",
            "0 * * * *",
            [H, S],
        ),
        (
            "Each Friday at 4pm, ask the bookings API what rooms are still free next week and "
            "email the list to desk@hotel.example.com.",
            "0 16 * * 5",
            [H, E],
        ),
        (
            "Every weekday at 8:30, ask the CRM how many leads came in overnight and share it in "
            "#growth.",
            "30 8 * * 1-5",
            [Q, S],
        ),
    ],
)
def test_a_system_asked_a_question_is_queried(text, cron, actions):
    assert read(text) == (cron, actions)
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


@pytest.mark.parametrize(
    ("text", "cron", "actions"),
    [
        # A system asked for data, as before; people asked stay a message.
        (
            "Every Monday at 9, ask the CRM for opportunities stuck at 'quote sent' and post "
            "them to #sales.",
            "0 9 * * 1",
            [Q, S],
        ),
        ("Every Friday at 3pm, ask the team in #eng for their updates.", "0 15 * * 5", [S]),
        # A fortnight as a schedule still is one.
        ("Every other Monday at 9am, post the rota to #ops.", "0 9 * * 1/2", [S]),
    ],
)
def test_asking_people_and_asking_for_data_are_unchanged(text, cron, actions):
    got_cron, got_actions = read(text)
    assert got_actions == actions
    if cron != "0 9 * * 1/2":
        assert got_cron == cron


def test_a_fortnight_as_a_cadence_left_unread_is_still_doubted():
    assert any("fortnight" in d for d in doubts_of("Post the report to #ops once a fortnight."))


@pytest.mark.parametrize(
    ("text", "cron", "actions"),
    [
        (
            "Noon on weekdays: should any Ravenscar Marine boat-sale opportunity above £100k "
            "have reached the negotiation stage, message Tomasz directly on Slack.",
            "0 12 * * 1-5",
            [Q, C, S],
        ),
        (
            "Every morning at 7: should any freezer have reached minus 10 degrees, page the "
            "facilities webhook.",
            "0 7 * * *",
            [H, C, WH],
        ),
        (
            "Fridays at 5pm: should the weekly backup have not finished, email ops@example.com.",
            "0 17 * * 5",
            [H, C, E],
        ),
        (
            "Hourly: should any Northgate Solar installation lead have stalled at the survey "
            "stage, post it to #installs.",
            "0 * * * *",
            [Q, C, S],
        ),
        (
            "Daily at 6pm: should our Lisbon warehouse stock count have dropped under 40 units, "
            "email buyers@shop.example.com.",
            "0 18 * * *",
            [H, C, E],
        ),
    ],
)
def test_should_after_a_headings_colon_is_a_test(text, cron, actions):
    got_cron, got_actions = read(text)
    assert got_cron == cron
    assert got_actions[1:] == actions[1:]
    assert got_actions[0] in (Q, H)


def test_should_without_a_colon_is_unchanged():
    assert read("Every weekday at noon, should any order be over $500, post it to #sales.") == (
        "0 12 * * 1-5",
        [H, C, S],
    )
    assert read("Noon on weekdays: message Tomasz on Slack.")[1] == [S]


@pytest.mark.parametrize(
    ("text", "context", "actions"),
    [
        (
            "When a hire bike at Spokes & Co is returned damaged, let the workshop know.",
            SLACK_ONLY,
            [C, S],
        ),
        (
            "When a parcel arrives damaged at the depot, email claims@courier.example.com.",
            None,
            [C, E],
        ),
        ("Whenever a timesheet gets handed in unsigned, post it to #payroll.", None, [C, S]),
        (
            "When a loan laptop is brought back broken, open a ticket via the IT webhook.",
            None,
            [C, WH],
        ),
        ("If a rental kayak comes back cracked, tell #boathouse.", None, [C, S]),
        (
            "Each time a meal kit is delivered incomplete, let the kitchen know in #kitchen.",
            None,
            [C, S],
        ),
    ],
)
def test_an_event_with_the_state_its_item_comes_in_is_tested(text, context, actions):
    assert read(text, context) == (None, actions)
    assert confidence_of(text, context) >= 0.7
    assert doubts_of(text, context) == []


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        # The event alone, or the state alone as the event, makes no test.
        ("When a hire bike at Spokes & Co is returned, let the workshop know on Slack.", [S]),
        ("When a bike is damaged, post it to #workshop.", [S]),
        ("When a form is submitted, email it to ops@example.com.", [E]),
        ("When a parcel arrives, post it in #depot.", [S]),
    ],
)
def test_an_event_without_a_state_is_no_test(text, actions):
    assert read(text) == (None, actions)


@pytest.mark.parametrize(
    ("text", "context", "cron", "actions"),
    [
        (
            "Remind the groundskeeping volunteers at Ashby Green Cricket Club every Thursday at "
            "18:30 to cover the square before the weekend.",
            EMAIL_ONLY,
            "30 18 * * 4",
            [E],
        ),
        (
            "Remind the catering helpers at St Mary's every Saturday at 8am to switch the urn on.",
            EMAIL_ONLY,
            "0 8 * * 6",
            [E],
        ),
        (
            "Every Monday at 9, remind the coaching assistants on #coaches to bring the cones.",
            None,
            "0 9 * * 1",
            [S],
        ),
        (
            "Every Friday at 4pm, email the cleaning staff a reminder to lock the back door.",
            None,
            "0 16 * * 5",
            [E],
        ),
        (
            "Each Sunday at 7am, tell the stewarding volunteers in #stewards to open the gates.",
            None,
            "0 7 * * 0",
            [S],
        ),
    ],
)
def test_a_gerund_before_a_group_of_people_names_their_trade(text, context, cron, actions):
    assert read(text, context) == (cron, actions)
    assert confidence_of(text, context) >= 0.7
    assert doubts_of(text, context) == []


def test_a_state_before_other_plurals_still_picks():
    assert read("Every morning at 8, email the failing students a study tip.") == (
        "0 8 * * *",
        [H, C, E],
    )
