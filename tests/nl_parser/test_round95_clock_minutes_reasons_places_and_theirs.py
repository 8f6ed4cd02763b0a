"""Round 95: counted minutes to an hour said without "at" are a time when a period or am/pm
follows ("weekdays, ten to seven in the morning: …"); a reason told with a bare subject and its
negated verb between a take-back and its fix ("Hang on, orders don't close till 3 — do it at half
three instead") goes with the take-back, and "half three" is the time the fix names; a thing
named with the address it is at ("what's on the ready list at https://…") is read there, not
posted to; and what is got for people as theirs ("get the brokers their list of …") is sent."""

import pytest

from tests.nl_parser.reading import confidence_of, doubts_of, read

H, E, S, C, W = "http.request", "email.send", "slack.post_message", "check_status", "webhook.post"
Q = "salesforce.query"

MINUTES_TO_AN_HOUR_BEFORE_A_PERIOD = [
    (
        "Waggle Lodge Dog Daycare \u2014 weekdays, ten to seven in the morning: check today's "
        "dog count on https://kennels.wagglelodge.example/api/today. More than 40 booked in? "
        "Trigger the extra-staff webhook. If not, just post the count in #handlers.",
        {},
        ("50 6 * * 1-5", [H, C, W, C, S]),
    ),
    (
        "Mondays and Thursdays, five to nine in the morning \u2014 pull the rota from "
        "https://rota.example.com/api/today and post it in #desk.",
        {},
        ("55 8 * * 1,4", [H, S]),
    ),
    (
        "every Sunday, twenty-five to nine at night, email the rota to staff@x.example.",
        {},
        ("35 20 * * 0", [E]),
    ),
    (
        "every Sunday, twenty to six pm, email the rota to staff@x.example.",
        {},
        ("40 17 * * 0", [E]),
    ),
    (
        "Daily, ten to eight in the evening: fetch the bar takings from "
        "https://till.example.com/api/today and send them to the accounts webhook.",
        {},
        ("50 19 * * *", [H, W]),
    ),
]

REASONS_BEFORE_A_FIX = [
    (
        "Ember Hill Coffee Roasters: every day at 2 in the afternoon, grab tomorrow's wholesale "
        "orders from https://orders.emberhill.example/api/tomorrow and send them to the "
        "roast-planner webhook. Hang on, orders don't close till 3 \u2014 do it at half three "
        "instead.",
        ("30 15 * * *", [H, W]),
    ),
    (
        "Every weekday at 8am, pull the deliveries from https://a.example/api/today and post "
        "them in #yard. Hang on, drivers don't clock in till 9 \u2014 make it half nine.",
        ("30 9 * * 1-5", [H, S]),
    ),
    (
        "Each Friday at 4pm, email the timesheets from https://hr.example/api/week to "
        "payroll@x.example. Sorry, payroll never checks before 5 \u2014 send it at 5:30pm instead.",
        ("30 17 * * 5", [H, E]),
    ),
    (
        "every day at 2pm, grab the orders from https://a.example/api and send them to the roast "
        "webhook. Hang on, orders don't close till 3 \u2014 make it 3:30pm.",
        ("30 15 * * *", [H, W]),
    ),
    (
        "Saturdays at 10am, post the match list from https://club.example/api/fixtures in "
        "#players. Actually, referees won't confirm till noon \u2014 do it at half one instead.",
        ("30 13 * * 6", [H, S]),
    ),
]

THINGS_READ_WHERE_THEY_ARE = [
    (
        "Clearview Opticians: Thursdays at 12:30, let the dispensing staff know what's on the "
        "ready-for-collection list at https://lab.clearviewoptics.example/api/ready.",
        {"availableTools": [H, S]},
        ("30 12 * * 4", [H, S]),
    ),
    (
        "Every Sunday at 5pm, tell the kitchen crew what the rota at "
        "https://prep.example.com/api/rota says.",
        {"availableTools": [H, E]},
        ("0 17 * * 0", [H, E]),
    ),
    (
        "Every Sunday at 5pm, let the kitchen crew know the deliveries listed at "
        "https://prep.example.com/api/deliveries.",
        {"availableTools": [H, S]},
        ("0 17 * * 0", [H, S]),
    ),
    (
        "Weekdays at 7am, let the porters know what's on today's bed board at "
        "https://ward.example.org/api/beds.",
        {"availableTools": [H, E]},
        ("0 7 * * 1-5", [H, E]),
    ),
    (
        "Every Monday at 9am, tell the drivers what's on the route sheet at "
        "https://routes.example.com/api/week.",
        {"availableTools": [H, S]},
        ("0 9 * * 1", [H, S]),
    ),
]

THINGS_GOT_AS_THEIRS = [
    (
        "At 9am on the first day of each quarter (January, April, July, October), get the "
        "Tidewell Insurance brokers their list of renewal opportunities from the CRM.",
        {"availableTools": [Q, E]},
        ("0 9 1 1,4,7,10 *", [Q, E]),
    ),
    (
        "Every Monday at 9am, get the brokers their list of renewal opportunities from the CRM.",
        {"availableTools": [Q, E]},
        ("0 9 * * 1", [Q, E]),
    ),
    (
        "Each weekday at 6am, get the drivers their routes from "
        "https://routes.example.com/api/today.",
        {"availableTools": [H, E]},
        ("0 6 * * 1-5", [H, E]),
    ),
    (
        "Every Friday at 3pm, get the Harlow Street volunteers their shifts for next week from "
        "https://rota.example.org/api/next-week.",
        {"availableTools": [H, S]},
        ("0 15 * * 5", [H, S]),
    ),
    (
        "Daily at 8am, get the account managers their renewals for the month from Salesforce.",
        {"availableTools": [Q, S]},
        ("0 8 * * *", [Q, S]),
    ),
]

UNCHANGED = [
    # no period after the hour, or a window after "from": counts, as before
    ("weekdays from five to eleven in the morning: post the queue in #ops.", ("0 9 * * 1-5", [S])),
    ("weekdays at ten to seven in the morning: post the queue in #ops.", ("50 6 * * 1-5", [S])),
    ("Ten past eight on Tuesdays, post the queue in #ops.", ("10 8 * * 2", [S])),
    # a hook named with its address after "to" is still where it goes
    (
        "Every Sunday at 5pm, send the rota to the intake endpoint at "
        "https://prep.example.com/api/rota.",
        ("0 17 * * 0", [H, W]),
    ),
    (
        "Every Sunday at 5pm, post the rota to our scheduler at https://prep.example.com/api/rota.",
        ("0 17 * * 0", [H, W]),
    ),
    # "get" with no people before the thing is a fetch
    ("Every Monday at 9am, get the open deals from the CRM.", ("0 9 * * 1", [Q])),
    ("Every Monday at 9am, get the accounts and their owners from the CRM.", ("0 9 * * 1", [Q])),
    ("Every Monday at 9am, get their latest balances from the CRM.", ("0 9 * * 1", [Q])),
    # the time without a take-back stays
    (
        "every day at 2 in the afternoon, grab the orders from https://a.example/api and send "
        "them to the roast webhook.",
        ("0 14 * * *", [H, W]),
    ),
]


@pytest.mark.parametrize(("text", "context", "expected"), MINUTES_TO_AN_HOUR_BEFORE_A_PERIOD)
def test_counted_minutes_to_an_hour_before_a_period_are_a_time(text, context, expected):
    assert read(text, context) == expected
    assert confidence_of(text, context) >= 0.7
    assert doubts_of(text, context) == []


@pytest.mark.parametrize(("text", "expected"), REASONS_BEFORE_A_FIX)
def test_a_reason_with_a_negated_verb_goes_with_the_take_back(text, expected):
    assert read(text) == expected
    assert confidence_of(text) >= 0.7


@pytest.mark.parametrize(("text", "context", "expected"), THINGS_READ_WHERE_THEY_ARE)
def test_a_thing_named_with_its_address_is_read_there(text, context, expected):
    assert read(text, context) == expected
    assert confidence_of(text, context) >= 0.7


@pytest.mark.parametrize(("text", "context", "expected"), THINGS_GOT_AS_THEIRS)
def test_what_is_got_for_people_as_theirs_is_sent(text, context, expected):
    assert read(text, context) == expected
    assert confidence_of(text, context) >= 0.7


@pytest.mark.parametrize(("text", "expected"), UNCHANGED)
def test_near_cases_are_unchanged(text, expected):
    assert read(text) == expected
