"""Round 39: "past" a measured bound, a get-passive state under "if", an endpoint "not
returning" an answer after a limiting "only", items picked after the receiver, and "after its
…" inside a test."""

from nl_parser.conditions import read_condition
from tests.nl_parser.reading import read

SHIFT_TOOLS = {"availableTools": ["http.request", "slack.post_message"]}


def test_past_a_measured_value_is_a_bound_after_an_arrow_dash_or_comma():
    text = (
        "every 30 min read boiler pressure from https://plant.example.com/api/boilers;"
        " anything past 12 bar → #boiler-room"
    )
    assert read(text) == ("*/30 * * * *", ["http.request", "check_status", "slack.post_message"])
    text = (
        "hourly: fetch https://farm.example.com/api/silos — any silo past 90%"
        " → email ops@farm.example.com"
    )
    assert read(text) == ("0 * * * *", ["http.request", "check_status", "email.send"])
    text = "daily at 6: GET https://x.example.com/api/tanks, tanks past 40 psi -> post in #plant"
    assert read(text) == ("0 6 * * *", ["http.request", "check_status", "slack.post_message"])
    text = (
        "every 10 minutes poll https://grid.example.com/api/load, past 95%, page the oncall webhook"
    )
    assert read(text) == ("*/10 * * * *", ["http.request", "check_status", "webhook.post"])


def test_past_a_time_is_no_bound():
    assert read_condition("the orders from the past 7 days") is None
    assert read_condition("ten past 9") is None
    assert read_condition("half past 8") is None
    text = (
        "every morning at 7 pull the orders placed in the past 7 days from"
        " https://shop.example.com/api/orders and post them to #sales"
    )
    assert read(text)[1] == ["http.request", "slack.post_message"]


def test_a_get_passive_under_if_is_a_state_tested():
    text = (
        "If the monthly VAT return gets rejected, email tax@ledgerly.example.com"
        " and post in #finance."
    )
    assert read(text) == (None, ["check_status", "email.send", "slack.post_message"])
    assert read("if the card payment got declined → post in #billing") == (
        None,
        ["check_status", "slack.post_message"],
    )
    assert read("if the overnight export gets corrupted; email data@x.example.com") == (
        None,
        ["check_status", "email.send"],
    )


def test_a_get_passive_of_an_arrival_stays_the_trigger():
    assert read("When a new invoice gets created, email ap@x.example.com") == (None, ["email.send"])


def test_only_before_a_step_and_a_progressive_answer_denied():
    text = (
        "every 2 hours hit https://api.example.com/health, only page #sre if it isn't returning 200"
    )
    assert read(text) == ("0 */2 * * *", ["http.request", "check_status", "slack.post_message"])
    text = (
        "every 5 min GET https://status.example.org/ping and just email noc@example.org"
        " if it's not returning a 200"
    )
    assert read(text) == ("*/5 * * * *", ["http.request", "check_status", "email.send"])
    text = (
        "every 15 minutes hit https://shop.example.com/health — only post in #web"
        " when it stops returning 200"
    )
    assert read(text) == ("*/15 * * * *", ["http.request", "check_status", "slack.post_message"])


def test_progressive_answers_read_as_their_simple_forms():
    assert read_condition("the API is returning 503").config["value"] == 503
    denied = read_condition("the endpoint isn\u2019t giving back 200")
    assert denied.config["operator"] == "not_equals" and denied.config["value"] == 200


def test_an_untested_check_stays_untested():
    text = "every hour hit https://api.example.com/health and post the result to #ops"
    assert read(text) == ("0 * * * *", ["http.request", "slack.post_message"])


def test_items_picked_after_the_receiver_are_tested():
    text = "each weekday at 8, post to #warehouse all orders waiting on a picker for over an hour"
    assert read(text, SHIFT_TOOLS) == (
        "0 8 * * 1-5",
        ["http.request", "check_status", "slack.post_message"],
    )
    text = "Mondays at 9: flag in #dispatch every van whose service is overdue by over 30 days"
    assert read(text)[1] == ["http.request", "check_status", "slack.post_message"]
    text = (
        "at 6pm daily, escalate to the duty editor any stories that are still unedited"
        " after 3 hours"
    )
    assert read(text, SHIFT_TOOLS)[1] == ["http.request", "check_status", "slack.post_message"]


def test_a_receiver_and_one_thing_picks_nothing():
    text = "Weekday mornings at 8, send the warehouse leads the picking schedule."
    assert read(text, SHIFT_TOOLS) == ("0 8 * * 1-5", ["slack.post_message"])


def test_after_its_own_moment_inside_a_test_opens_no_trigger():
    assert read(
        "when a tenant pays more than 5 days after their due date, email accounts@x.example.com"
    ) == (
        None,
        ["check_status", "email.send"],
    )
    text = (
        "whenever a parcel arrives over 2 days after its promised date, wait an hour then"
        " email the customer an apology"
    )
    assert read(text) == (None, ["check_status", "wait", "email.send"])
    assert read("if a shift starts 15+ minutes after its scheduled time → post in #rota") == (
        None,
        ["check_status", "slack.post_message"],
    )


def test_a_wait_after_a_bare_event_stays_a_wait():
    assert read("when a match ends, wait 10 minutes and then post the score to #results") == (
        None,
        ["wait", "slack.post_message"],
    )
