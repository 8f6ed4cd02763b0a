"""Round 28: times before a stated time, times of a day's item, item comparisons, shared tests."""

import pytest

from tests.nl_parser.reading import cron_of, read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a span "before that" moves the run back from the time just said
        (
            "The market opens at 9:30am on weekdays. Ten minutes before that, post "
            "'market opening soon' in #traders",
            "20 9 * * 1-5",
        ),
        (
            "Standup is at 10am every Monday; an hour before that, email the agenda to "
            "team@x.example.com",
            "0 9 * * 1",
        ),
    ],
)
def test_a_span_before_a_stated_time_moves_the_run(text, expected):
    assert cron_of(text) == expected


def test_a_span_before_an_event_stays_a_test():
    text = "If a booking is cancelled less than 24 hours before it starts, email the guest the fee"
    assert read(text) == (None, ["check_status", "email.send"])


def test_a_span_after_that_moves_no_run():
    text = (
        "Every day at 9am check https://ci.example.com/api/build and 30 minutes after that, "
        "email me at a@x.example.com"
    )
    assert cron_of(text) == "0 9 * * *"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time after a day's possessive is when the item happens, not when the run does
        (
            "Every day at 6pm, fetch Friday's 8pm show lineup from https://x.example.com/api/show "
            "and post it in #crew",
            "0 18 * * *",
        ),
        (
            "At 9pm each night, email tomorrow's 6:30am shift list from "
            "https://rota.example.com/api/shifts to lead@rota.example.com",
            "0 21 * * *",
        ),
        # without the possessive the time is the run's
        (
            "Every day pull the roster from https://gym.example.com/api/roster at 7am and post "
            "it in #front-desk",
            "0 7 * * *",
        ),
    ],
)
def test_the_time_of_a_days_item_is_data(text, expected):
    assert cron_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "any/each <item> over N" standing as a clause tests; the step after it may open on a noun
        (
            "every hour fetch https://cold.example.com/api/freezers; any freezer above -15 C -> "
            "facilities webhook",
            ["http.request", "check_status", "webhook.post"],
        ),
        (
            "every hour fetch https://cold.example.com/api/freezers; each freezer over 5 degrees, "
            "post it in #facilities",
            ["http.request", "check_status", "slack.post_message"],
        ),
    ],
)
def test_an_item_compared_alone_is_a_test(text, expected):
    assert read(text)[1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a trailing test guards every delivery the sentence lists before it
        (
            "every 10 minutes read https://plant.example.com/api/pumps and email "
            "ops@plant.example.com and post in #plant if any pump is over 80 degrees",
            ["http.request", "check_status", "email.send", "slack.post_message"],
        ),
        # one delivery: the test goes before it, after the steps that make what it tests
        (
            "every 10 minutes read https://plant.example.com/api/pumps and summarize them and "
            "post in #plant if any pump is over 80 degrees",
            ["http.request", "summarize", "check_status", "slack.post_message"],
        ),
    ],
)
def test_a_trailing_test_guards_the_deliveries_listed_before_it(text, expected):
    assert read(text)[1] == expected
