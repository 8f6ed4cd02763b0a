"""Round 38: schedule words denied in corrections, second looks, fortnights, people "of" X."""

import pytest

from tests.nl_parser.reading import read


@pytest.mark.parametrize(
    ("text", "cron"),
    [
        (
            "every monday at 8am email the rota to crew@dock.example.com — no, thursdays rather "
            "than mondays.",
            "0 8 * * 4",
        ),
        (
            "Email the rota to crew@dock.example.com every Monday at 8am "
            "(sorry: Friday not Monday).",
            "0 8 * * 5",
        ),
        (
            "post the menu in #kitchen every thursday at 10am. oops, fridays instead of thursdays",
            "0 10 * * 5",
        ),
        (
            "Every Tuesday at 7:30, post the gate list in #gates. Make that 9:30, not 7:30.",
            "30 9 * * 2",
        ),
        (
            "Every Tuesday at 7:30, post the gate list in #gates. Sorry, not Tuesday — Wednesday.",
            "30 7 * * 3",
        ),
        (
            "every saturday at 6pm email the roster to a@b.example.com; no wait, not saturdays "
            "but sundays",
            "0 18 * * 0",
        ),
        (
            "on the 1st of each month at 9am email the invoice to ap@x.example.com; "
            "correction: the 15th, not the 1st",
            "0 9 15 * *",
        ),
    ],
)
def test_schedule_words_denied_beside_a_correction_name_no_run(text, cron):
    assert read(text)[0] == cron


def test_a_denial_alone_says_the_earlier_schedule_words_were_the_slip():
    text = "Every Tuesday at 7:30, post the gate list in #gates. Thursday, not Tuesday."
    assert read(text) == ("30 7 * * 4", ["slack.post_message"])


@pytest.mark.parametrize(
    ("text", "cron"),
    [
        ("every day but not Friday at 6pm, email the log to a@b.example.com", "0 18 * * 0-4,6"),
        ("Every weekend, but not on Sundays, at 10am, post the brunch menu in #cafe", "0 10 * * 6"),
    ],
)
def test_a_denial_inside_the_schedule_kept_stays_an_exception(text, cron):
    assert read(text)[0] == cron


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "At 9am every Monday, fetch https://a.example.com/x and post it in #ops. Thinking "
            "about it, email it to ops@a.example.com instead of posting it.",
            ["http.request", "email.send"],
        ),
        (
            "every day at 5pm fetch https://a.example.com/x and email it to ops@a.example.com. on "
            "reflection: post it in #ops rather than emailing it",
            ["http.request", "slack.post_message"],
        ),
        (
            "Every Monday at 9am, fetch https://a.example.com/x and post it in #ops; come to think "
            "of it, email it to ops@a.example.com, not posting it.",
            ["http.request", "email.send"],
        ),
        (
            "each morning at 7 pull https://w.example.com/today and text it via the sms webhook — "
            "having thought about it, email it to me@w.example.com rather than texting",
            ["http.request", "email.send"],
        ),
        (
            "At 4pm every Friday, pull tickets from https://desk.example.com/t and post them in "
            "#leads. On reflection, the pager webhook.",
            ["http.request", "webhook.post"],
        ),
    ],
)
def test_a_second_look_takes_the_step_back(text, actions):
    result = read(text)
    assert result[1] == actions


# An event and a first step; a wait of a fortnight then comes before the second.
SHIPPED = "when an order ships, email the buyer a thank-you"


@pytest.mark.parametrize(
    "text",
    [
        SHIPPED + "; a fortnight after that, email them a survey",
        "When a tenant moves in, email them the rules. A fortnight later, email a check-in survey.",
        SHIPPED + ", wait a fortnight, then email them a survey",
        SHIPPED + ", then after a fortnight email them a survey",
        SHIPPED + " and after two fortnights email them a survey",
        SHIPPED + "; a fortnight after that → email them a survey",
    ],
)
def test_a_fortnight_is_a_span_to_wait(text):
    assert read(text)[1] == ["email.send", "wait", "email.send"]


def test_a_fortnight_named_as_data_is_no_wait():
    text = "every monday at 9am email the fortnight's rota to staff@x.example.com"
    assert read(text) == ("0 9 * * 1", ["email.send"])


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "when a claim is filed, wait for someone from the lab to confirm the sample, then "
            "email the claimant",
            ["wait_for_signal", "email.send"],
        ),
        (
            "when a leave request comes in, hold it until the head of year has signed it, then "
            "post it in #staff",
            ["wait_for_signal", "slack.post_message"],
        ),
        (
            "when a booking arrives → wait for the manager at the depot to check it → email "
            "driver@fleet.example.com",
            ["wait_for_signal", "email.send"],
        ),
        (
            "when a room is booked, wait for a member of staff to assign a key; then text the "
            "guest via the sms webhook",
            ["wait_for_signal", "webhook.post"],
        ),
        (
            "when a sale closes, wait for the director of sales to sign it, then email "
            "finance@x.example.com",
            ["wait_for_signal", "email.send"],
        ),
    ],
)
def test_a_person_named_by_where_they_belong_is_waited_for(text, actions):
    assert read(text)[1] == actions


def test_a_time_named_with_of_is_no_person():
    text = "when a sale closes, wait for the end of the month to come, then email fin@x.example.com"
    assert "wait_for_signal" not in read(text)[1]
