"""Round 41: a moment named by its number inside a test ("after day 7"), a pause before a
take-back ("— wait, make that …"), a classify label named as what a receiver is told about
("DM the manager about the complaints"), and more irregular participles of bare events."""

import pytest

from tests.nl_parser.reading import read

C, E, H, K, S, W, WB = (
    "check_status",
    "email.send",
    "http.request",
    "classify",
    "slack.post_message",
    "wait",
    "webhook.post",
)


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "every 15 minutes poll https://kiln.example.com/api/kilns, if the kiln is below 900 "
            "after hour 2 alert #pottery",
            [H, C, S],
        ),
        (
            "every 30 min read https://vat.example.com/api/vats; if a vat reads over 1.040 "
            "after day 9 \u2192 dm the cellar lead in slack",
            [H, C, S],
        ),
        (
            "daily at 9am call https://ward.example.com/api/patients, when any patient is still "
            "febrile after day three page the ward doctor via https://hooks.example.com/page",
            [H, C, WB],
        ),
        (
            "every hour fetch https://lab.example.com/api/trials, if any trial whose score is "
            "under 40 after week two email lab@example.com",
            [H, C, E],
        ),
    ],
)
def test_a_numbered_moment_inside_a_test_opens_no_trigger(text, actions):
    assert read(text)[1] == actions


def test_a_span_after_a_test_is_still_a_wait():
    text = (
        "every hour fetch https://shop.example.com/api/orders, if any order is still unpaid "
        "after two weeks ping #billing"
    )
    assert read(text)[1] == [H, W, C, S]


@pytest.mark.parametrize(
    ("text", "cron"),
    [
        (
            "every friday at 9am email the roster to ops@example.com; wait, actually make it "
            "thursdays",
            "0 9 * * 4",
        ),
        ("Every Monday at 8am post the menu in #kitchen (wait, make that 9am).", "0 9 * * 1"),
        ("every day at 6pm post the tally in #yard - hold on, make that 7pm", "0 19 * * *"),
        (
            "Every Tuesday at 10am post 'bins out' in #house. Wait, make that Wednesdays.",
            "0 10 * * 3",
        ),
    ],
)
def test_a_pause_before_a_take_back_asks_for_no_wait(text, cron):
    cron_read, actions = read(text)
    assert cron_read == cron
    assert W not in actions


def test_a_wait_with_its_span_is_still_a_step():
    text = (
        "Every Tuesday at 10am post 'bins out' in #house, wait 2 days, then email "
        "bob@example.com the list."
    )
    assert read(text) == ("0 10 * * 2", [S, W, E])


@pytest.mark.parametrize(
    "text",
    [
        "whenever a customer emails support@example.com, sort it into refund, bug or praise and "
        "text the team lead via https://hooks.example.com/sms regarding any refunds",
        "When a review comes in, tag it as urgent or routine \u2192 ping the shift supervisor "
        "in slack about the urgent ones.",
        "When a form is submitted, classify it as lead, spam or support; email sales@example.com "
        "about leads only.",
        "When a ticket is filed, classify it as billing, outage or other, then DM the on-call "
        "engineer in Slack about each outage.",
    ],
)
def test_a_label_named_as_the_topic_picks_its_class(text):
    assert C in read(text)[1]


def test_a_topic_naming_no_label_picks_nothing():
    text = (
        "When a guest writes in, classify the message as complaint, request or question, and "
        "DM the duty manager in Slack about it."
    )
    assert read(text) == (None, [K, S])


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        ("Once a race is won, post the winner's name in #paddock.", [S]),
        ("Whenever an auction lot is withdrawn, email the seller at sales@example.com.", [E]),
        ("When a cheque is drawn on the trust account, dm the treasurer in slack.", [S]),
        (
            "each time a regional meeting is held at the library, wait 3 days and email the "
            "notes to notes@example.com",
            [W, E],
        ),
    ],
)
def test_more_irregular_participles_tell_events(text, actions):
    assert read(text) == (None, actions)


def test_an_irregular_participle_with_a_measure_is_still_a_test():
    assert read("If any job is held longer than an hour, post in #ops.")[1] == [C, S]
