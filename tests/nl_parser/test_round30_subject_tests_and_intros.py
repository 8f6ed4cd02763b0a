"""Round 30: a subject's test before an arrow, "+" between steps, "N past every hour", and
introductions with a second clause of trouble."""

from tests.nl_parser.reading import cron_of, read

TEST_THEN_POST = ["http.request", "check_status", "slack.post_message"]


def test_a_reading_named_by_one_noun_tests_before_an_arrow():
    text = (
        "every 10 min GET https://plant.example.com/api/boiler; pressure above 3 bar → "
        "page the engineer via the pager webhook"
    )
    assert read(text)[1] == ["http.request", "check_status", "webhook.post"]


def test_any_items_in_a_state_test_before_their_step():
    text = (
        "every 5 min GET https://depot.example.com/api/printers -> any label printer offline, "
        "post its name in #warehouse"
    )
    assert read(text)[1] == TEST_THEN_POST


def test_any_items_in_a_state_for_a_span_test_before_their_step():
    text = (
        "every 10 min GET https://plant.example.com/api/pumps -> any pump idle for 45+ min, "
        "post its ID in #plant"
    )
    assert read(text)[1] == TEST_THEN_POST


def test_a_plus_joins_two_steps_after_a_test():
    text = (
        "every 15 min GET https://dc.example.com/api/rooms; humidity over 80% → facilities "
        "webhook + post the room in #facilities"
    )
    assert read(text)[1] == ["http.request", "check_status", "webhook.post", "slack.post_message"]


def test_minutes_past_every_hour_keep_their_minute():
    assert cron_of("at 20 past every hour, check https://shop.example.com/health") == "20 * * * *"
    assert cron_of("at quarter past each hour, check https://shop.example.com/h") == "15 * * * *"


def test_a_bare_event_before_an_arrow_stays_untested():
    text = "every 10 min GET https://shop.example.com/api/orders; new order → post it in #sales"
    assert read(text)[1] == ["http.request", "slack.post_message"]


def test_a_thing_that_keeps_failing_in_the_introduction_is_no_step():
    text = (
        "I look after the servers for a small charity, and the old NAS keeps dropping off the "
        "network. Every morning at 7, check https://nas.example.org/status and email me at "
        "it@charity.example.org if it is down."
    )
    assert read(text) == ("0 7 * * *", ["http.request", "check_status", "email.send"])


def test_staff_tired_of_something_in_the_introduction_is_no_step():
    text = (
        "We manage the front desk at a clinic, and the nurses are sick of chasing forty emails "
        "a day. Every weekday at 8am, pull the bookings from https://clinic.example.com/api/b "
        "and post them in #front-desk."
    )
    assert read(text) == ("0 8 * * 1-5", ["http.request", "slack.post_message"])


def test_a_step_after_the_introductions_and_is_still_a_step():
    text = (
        "I manage the warehouse, and email me at boss@depot.example.com every Friday at 5pm "
        "with the stock count from https://depot.example.com/api/stock."
    )
    assert read(text) == ("0 17 * * 5", ["http.request", "email.send"])
