"""Round 29: courtesies inside the request, a cadence word listed as a thing, others' trouble in
the background, and taking the data of a period."""

from nl_parser import parse
from tests.nl_parser.reading import cron_of, read


def test_please_after_a_comma_hides_no_step():
    assert read(
        "Once a new lease is uploaded, please extract the tenant name and deposit, "
        "and post them to #lettings"
    ) == (None, ["extract", "slack.post_message"])


def test_thanks_a_bunch_closing_the_request_is_no_delivery():
    assert read(
        "Every Friday at 5pm, pull https://shop.example.com/api/sales and email it to "
        "owner@shop.example.com. thanks a bunch"
    ) == ("0 17 * * 5", ["http.request", "email.send"])


def test_a_cadence_word_as_the_last_listed_thing_is_no_schedule():
    assert read(
        "When a new membership form comes in, extract the member name, join date and monthly "
        "fee, and post them to #members"
    ) == (None, ["extract", "slack.post_message"])


def test_a_cadence_word_at_the_end_still_schedules():
    text = "Pull https://billing.example.com/api/usage and email it to finance@example.com monthly"
    assert cron_of(text) == "0 9 1 * *"


def test_what_others_keep_doing_in_the_background_is_no_step():
    assert read(
        "We run a dog-walking service and clients always forget their slots. Every evening at 6, "
        "pull tomorrow's bookings from https://paws.example.com/api/bookings and post them in "
        "#walkers"
    ) == ("0 18 * * *", ["http.request", "slack.post_message"])


def test_what_nobody_does_in_the_background_is_no_step():
    assert read(
        "I run a small library and nobody returns books on time. Every Monday at 10, fetch the "
        "overdue loans from https://lib.example.org/api/overdue and email them to "
        "desk@lib.example.org"
    ) == ("0 10 * * 1", ["http.request", "email.send"])


def test_taking_the_data_of_a_period_fetches_it():
    assert read(
        "Fridays 5pm: take today's orders, summarize them and email them to shop@example.com"
    ) == ("0 17 * * 5", ["http.request", "summarize", "email.send"])


def test_taking_a_backup_stays_doubtful():
    result = parse(
        "Every night at 2, take a backup of the orders database and email ops@example.com", {}
    )
    assert result.confidence < 0.85
    assert any("'take'" in warning for warning in result.warnings)
