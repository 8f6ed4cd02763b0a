"""A name glossed in brackets before the request, and a thing someone needs made and sent."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

TOOLS = {"availableTools": ["http.request", "email.send"]}


@pytest.mark.parametrize(
    ("text", "cron", "actions"),
    [
        (
            "Gravel City Rollers (roller derby) \u2014 Sunday nights at 21:30 I'd like a summary "
            "of the weekend's bouts: scores, MVPs, injuries. Post it to #skaters.",
            "30 21 * * 0",
            ["summarize", "slack.post_message"],
        ),
        (
            "Northfield Chess Club (junior section): every Monday at 7pm, post the fixtures "
            "to #juniors.",
            "0 19 * * 1",
            ["slack.post_message"],
        ),
        (
            "Riverside Rowing (rowing club) \u2014 every Monday at 9, email the rota to "
            "crew@example.com.",
            "0 9 * * 1",
            ["email.send"],
        ),
        (
            "Oakridge Vets (small animals) - weekdays at 8am I'd like a summary of yesterday's "
            "appointments. Post it to #front-desk.",
            "0 8 * * 1-5",
            ["summarize", "slack.post_message"],
        ),
        (
            "Tidewater Kayaks (rentals and tours) \u2014 every Saturday at 7am, fetch the tide "
            "table from https://tides.example.com/api and post it to #guides.",
            "0 7 * * 6",
            ["http.request", "slack.post_message"],
        ),
    ],
)
def test_a_name_glossed_in_brackets_heads_the_request(text, cron, actions):
    assert read(text) == (cron, actions)
    assert confidence_of(text) >= 0.7
    assert doubts_of(text) == []


def test_a_bracket_that_says_when_is_still_read():
    # "(weekly)" says when, so the words before it are no name to blank.
    text = "Riverside Rowing (every Monday at 9) \u2014 email the rota to crew@example.com."
    assert read(text) == ("0 9 * * 1", ["email.send"])


def test_the_name_without_a_gloss_is_unchanged():
    text = "Gravel City Rollers \u2014 Sunday nights at 21:30, post the standings to #skaters."
    assert read(text) == ("30 21 * * 0", ["slack.post_message"])


@pytest.mark.parametrize(
    ("text", "cron", "actions"),
    [
        (
            "Greenlane Self Storage needs a unit occupancy report built from the previous "
            "month's figures and sent to ops@example-greenlanestorage.co.uk at 10am on the 2nd "
            "of every month.",
            "0 10 2 * *",
            ["http.request", "generate_report", "email.send"],
        ),
        (
            "The trustees would like a footfall report compiled from last month's figures and "
            "emailed to trustees@example.org at 9am on the 1st of every month.",
            "0 9 1 * *",
            ["http.request", "generate_report", "email.send"],
        ),
        (
            "Every Friday at 5pm, Harbour Marine wants a fuel sales report generated from the "
            "week's figures and sent to office@example.com.",
            "0 17 * * 5",
            ["http.request", "generate_report", "email.send"],
        ),
        (
            "Our bookings team needs a weekly occupancy report put together from last week's "
            "figures and emailed to bookings@example.com every Monday at 8am.",
            "0 8 * * 1",
            ["http.request", "generate_report", "email.send"],
        ),
        (
            "At 6am daily, Kestrel Bakery needs a stock report written from yesterday's figures "
            "and sent to bakers@example.com.",
            "0 6 * * *",
            ["http.request", "generate_report", "email.send"],
        ),
    ],
)
def test_a_thing_needed_made_and_sent_is_made_then_sent(text, cron, actions):
    assert read(text, TOOLS) == (cron, actions)
    assert confidence_of(text, TOOLS) >= 0.7
    assert doubts_of(text, TOOLS) == []


@pytest.mark.parametrize(
    ("text", "cron", "actions"),
    [
        (
            "Greenlane Self Storage needs last month's invoices emailed to ops@example.com at "
            "10am on the 2nd of every month.",
            "0 10 2 * *",
            ["http.request", "email.send"],
        ),
        (
            "Our accountant needs the cash position emailed to cfo@example.com every Monday at 9.",
            "0 9 * * 1",
            ["email.send"],
        ),
    ],
)
def test_a_thing_needed_sent_alone_is_only_sent(text, cron, actions):
    assert read(text, TOOLS) == (cron, actions)
