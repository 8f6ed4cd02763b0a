"""Round 43: on-the-hour windows, past weekends, chevron arrows, "wait, #x", time granted."""

import pytest

from nl_parser import parse
from tests.nl_parser.reading import cron_of, read

FETCH_POST = ["http.request", "slack.post_message"]
FETCH_TEST_EMAIL = ["http.request", "check_status", "email.send"]


@pytest.mark.parametrize(
    ("text", "cron"),
    [
        (
            "Weekdays, on the hour from 9 to 5, pull new translation orders from "
            "https://orders.example-lingua.com/api/orders/new, tag each one with its subject area "
            "(legal, medical, technical or marketing), and post them in #project-managers.",
            "0 9-17 * * 1-5",
        ),
        (
            "Weekdays, on the hour from 8 to 6, fetch https://x.example.com/api/queue and post "
            "the count in #support.",
            "0 8-18 * * 1-5",
        ),
        (
            "on the half hour from 8 to 4 on weekdays, pull https://x.example.com/api/trains and "
            "email delays@x.com",
            "30 8-16 * * 1-5",
        ),
        (
            "On the hour between 10am and 4pm on Saturdays, post the car park occupancy from "
            "https://x.example.com/api/park in #stewards.",
            "0 10-16 * * 6",
        ),
        (
            "at the quarter hour between 7am and 7pm, fetch https://x.example.com/api/q and "
            "email a@x.com",
            "15 7-19 * * *",
        ),
        (
            "on the hour, from 10 to 4 on saturdays, post the queue length from "
            "https://x.example.com/api/q in #ops",
            "0 10-16 * * 6",
        ),
    ],
)
def test_a_run_on_the_hour_keeps_the_window_it_names(text, cron):
    result = parse(text)
    assert result.schedule.cron_expression == cron
    assert result.confidence >= 0.9


def test_on_the_hour_with_no_window_still_runs_every_hour():
    assert cron_of(
        "Weekdays on the hour, pull https://x.example.com/api/a and post it in #ops."
    ) == ("0 * * * 1-5")


def test_two_times_of_day_are_no_window():
    assert cron_of(
        "Weekdays at 9 and 5, pull https://x.example.com/api/a and post it in #ops."
    ) == ("0 9,17 * * 1-5")


@pytest.mark.parametrize(
    "text",
    [
        "Weekdays, on the hour from 9 to 5, pull new translation orders from "
        "https://orders.example-lingua.com/api/orders/new, tag each one with its subject area "
        "(legal, medical, technical or marketing), and post them in #project-managers.",
        "daily at 9, fetch https://x.example.com/api/t, label each ticket with its priority and "
        "email them to a@x.com",
        "every monday at 8, pull https://x.example.com/api/bugs, tag each bug with its component "
        "and post them all in #triage",
        "hourly, get https://x.example.com/api/leads, tag each lead with their region, then "
        "email them to sales@x.com",
        "every evening at 6, grab https://x.example.com/api/calls, label every call with its "
        "topic and share them in #support",
    ],
)
def test_a_class_put_on_each_item_travels_with_all_of_them(text):
    result = parse(text)
    assert result.actions[1] == "classify"
    assert not [w for w in result.warnings if "nothing uses the classification" in w]
    assert result.confidence >= 0.9


def test_a_class_nothing_sends_with_its_items_is_still_doubted():
    result = parse(
        "every hour, pull https://x.example.com/api/reviews, classify them and post them in #cx"
    )
    assert [w for w in result.warnings if "nothing uses the classification" in w]


@pytest.mark.parametrize(
    ("text", "cron"),
    [
        (
            "Mondays at 6:50am, email the grounds crew if any of the golf course's sprinkler zones "
            "failed to run over the weekend.",
            "50 6 * * 1",
        ),
        (
            "every monday at 7am, email ops@x.com if any backups didn't finish over the weekend",
            "0 7 * * 1",
        ),
        (
            "on mondays at 8, post in #plant if any pumps stopped working during the weekend",
            "0 8 * * 1",
        ),
        (
            "mondays at 6 email a@x.com if any deliveries failed to arrive at the weekend",
            "0 6 * * 1",
        ),
        (
            "Every Tuesday at 9, email the warden if any residents forgot to sign out over the "
            "weekend",
            "0 9 * * 2",
        ),
    ],
)
def test_a_weekend_after_a_past_verb_and_what_it_governs_is_the_items(text, cron):
    assert cron_of(text) == cron


def test_the_miss_reads_a_fetch_and_a_test_before_the_email():
    result = parse(
        "Mondays at 6:50am, email the grounds crew if any of the golf course's sprinkler zones "
        "failed to run over the weekend.",
        {"availableTools": ["http.request", "email.send"]},
    )
    assert result.actions == FETCH_TEST_EMAIL


@pytest.mark.parametrize(
    ("text", "cron"),
    [
        ("every 2 hours over the weekend, post the queue depth in #ops", "0 */2 * * 0,6"),
        ("on the weekend at 10am, post 'brunch' in #social", "0 10 * * 0,6"),
        ("at 9am over the weekend, remember to post the rota in #staff", "0 9 * * 0,6"),
    ],
)
def test_a_weekend_with_no_past_verb_stays_the_run(text, cron):
    assert cron_of(text) == cron


@pytest.mark.parametrize(
    ("text", "cron", "actions"),
    [
        (
            "ferry ops >> 05:30 & 13:30 daily, Athens time >> fetch "
            "https://sched.example-ferries.gr/api/crossings/today >> #deckhands + email "
            "purser@example-ferries.gr",
            "30 5,13 * * *",
            ["http.request", "slack.post_message", "email.send"],
        ),
        (
            "daily 9am >> fetch https://x.example.com/api/a >> #ops + email a@x.com",
            "0 9 * * *",
            ["http.request", "slack.post_message", "email.send"],
        ),
        (
            "bakery orders \u00bb every day at 5:45 \u00bb GET https://x.example.com/api/orders "
            "\u00bb email baker@x.com",
            "45 5 * * *",
            ["http.request", "email.send"],
        ),
        (
            "weekdays at 8:15 Mexico City time --> get https://x.example.com/api/rates --> "
            "email fx@x.com",
            "15 8 * * 1-5",
            ["http.request", "email.send"],
        ),
        (
            "tide desk >> daily at 6 >> pull https://x.example.com/api/tides >> #harbour",
            "0 6 * * *",
            ["http.request", "slack.post_message"],
        ),
    ],
)
def test_chevrons_and_long_arrows_end_steps_as_an_arrow_does(text, cron, actions):
    result = parse(text)
    assert (result.schedule.cron_expression, result.actions) == (cron, actions)
    assert result.confidence >= 0.9


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        (
            "ferry ops >> 05:30 & 13:30 daily, Athens time >> fetch "
            "https://sched.example-ferries.gr/api/crossings/today >> #deckhands",
            "Europe/Athens",
        ),
        (
            "daily at 7am Lisbon time, post the tide table from https://x.example.com/api/tides "
            "in #harbour",
            "Europe/Lisbon",
        ),
        (
            "weekdays at 8:15 Mexico City time, get https://x.example.com/api/rates and email "
            "fx@x.com",
            "America/Mexico_City",
        ),
        (
            "every day at 6 Auckland time fetch https://x.example.com/api/a and post it in #ops",
            "Pacific/Auckland",
        ),
        ("every day at 7 Cairo time, email the rota to a@x.com", "Africa/Cairo"),
    ],
)
def test_a_city_a_zone_is_named_after_names_the_zone(text, zone):
    assert parse(text).schedule.timezone == zone


def test_a_lower_case_word_before_time_names_no_zone():
    assert parse("every day at 7, email the wake time to a@x.com").schedule.timezone == "UTC"


def test_a_heading_before_a_system_arrow_is_still_unread():
    result = parse("crm hygiene → every monday 9am → pull stale deals from salesforce → #sales")
    assert result.actions == ["salesforce.query", "slack.post_message"]


@pytest.mark.parametrize(
    ("text", "cron", "actions"),
    [
        (
            "At 18:30 every Thursday, post the week's volunteer driver roster from "
            "https://rides.example-seniorcare.org/api/roster/week in #drivers \u2014 wait, "
            "#driver-coordinators, not #drivers.",
            "30 18 * * 4",
            FETCH_POST,
        ),
        (
            "every friday at 4pm email the report to a@x.com \u2014 wait, b@x.com, not a@x.com",
            "0 16 * * 5",
            ["email.send"],
        ),
        (
            "every friday at 4pm \u2014 wait, 5pm \u2014 email the report to a@x.com",
            "0 17 * * 5",
            ["email.send"],
        ),
        (
            "every day at 9am, post the menu from https://x.example.com/api/menu in #kitchen, "
            "wait, #kitchen-staff",
            "0 9 * * *",
            FETCH_POST,
        ),
        (
            "on mondays, wait, tuesdays, at 10am email the rota to a@x.com",
            "0 10 * * 2",
            ["email.send"],
        ),
    ],
)
def test_wait_then_a_place_or_a_time_takes_back(text, cron, actions):
    result = parse(text)
    assert (result.schedule.cron_expression, result.actions) == (cron, actions)
    assert "wait" not in result.actions
    assert result.confidence >= 0.85


def test_the_place_taken_back_is_where_the_post_goes():
    result = parse(
        "At 18:30 every Thursday, post the week's volunteer driver roster from "
        "https://rides.example-seniorcare.org/api/roster/week in #drivers \u2014 wait, "
        "#driver-coordinators, not #drivers."
    )
    assert result.steps[-1].config["channel"] == "#driver-coordinators"


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        ("when a form is submitted, wait, then email a@x.com", ["wait", "email.send"]),
        ("when a form is submitted, wait 2 hours, then email a@x.com", ["wait", "email.send"]),
        (
            "when a form is submitted, email a@x.com, wait, then post in #ops",
            ["email.send", "wait", "slack.post_message"],
        ),
    ],
)
def test_a_wait_with_no_place_or_time_after_it_is_still_a_wait(text, actions):
    assert read(text)[1] == actions


@pytest.mark.parametrize(
    "text",
    [
        "when a camper checks out give it two days then email them asking for a review",
        "when a customer signs up give it a week then email them a tips guide",
        "when a ticket is closed give it 3 days and email the customer a survey",
        "once an order ships give it 5 days and then email the buyer asking how it went",
        "when a guest checks out allow them a day then email them a feedback link",
        "when a camper checks out wait two days then email them asking for a review",
    ],
)
def test_time_granted_after_a_trigger_with_no_comma_is_a_wait(text):
    result = parse(text)
    assert (read(text)[0], result.actions) == (None, ["wait", "email.send"])
    assert result.confidence >= 0.9


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        ("when a guest checks out send them a thank-you email", ["email.send"]),
        (
            "when a camper checks out, give it two days then email them asking for a review",
            ["wait", "email.send"],
        ),
        ("when a member misses two classes email the coach", ["check_status", "email.send"]),
    ],
)
def test_a_trigger_with_no_time_granted_is_read_as_before(text, actions):
    assert read(text)[1] == actions
