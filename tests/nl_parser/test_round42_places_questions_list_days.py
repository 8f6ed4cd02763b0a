"""Round 42: a channel named like a verb, items an indirect question names, list-line days."""

import pytest

from tests.nl_parser.reading import cron_of, read

FETCH_TEST_POST = ["http.request", "check_status", "slack.post_message"]


@pytest.mark.parametrize(
    "text",
    [
        "every 10 minutes get https://x.example.com/api/scooters; any scooter whose battery is "
        "below 15% → #send-crew",
        "hourly, GET https://x.example.com/api/vans; vans with less than 30 percent charge -> "
        "#post-shift",
        "daily at 9 GET https://x.example.com/api/orders; orders over $500 → #report-desk",
        "every 5 min pull https://x.example.com/api/tanks, tanks under 10% full -> #dispatch",
    ],
)
def test_a_lone_channel_named_like_a_verb_is_where_the_tested_items_go(text):
    assert read(text)[1] == FETCH_TEST_POST


@pytest.mark.parametrize(
    ("text", "medium"),
    [
        (
            "every friday at 4pm let the regional reps know by email which accounts haven't "
            "ordered in 90 days",
            "email.send",
        ),
        (
            "weekdays at 9 notify the store managers via Slack which stores have fewer than 5 "
            "staff on shift",
            "slack.post_message",
        ),
        (
            "each morning at 7, let our account team know in #sales which accounts have not "
            "renewed in 60 days",
            "slack.post_message",
        ),
        (
            "on the 1st at 10:00 tell the buyers over email what suppliers still haven't "
            "shipped their orders",
            "email.send",
        ),
        (
            "mondays at 8 let the florists' shift leads know by email which bouquets are "
            "still unpaid",
            "email.send",
        ),
    ],
)
def test_items_an_indirect_question_names_after_the_medium_are_tested(text, medium):
    actions = read(text)[1]
    assert actions[-2:] == ["check_status", medium]


def test_a_question_the_message_asks_its_reader_picks_no_items():
    actions = read(
        "every friday at 5 email the volunteers a short form asking what they would change"
    )[1]
    assert "check_status" not in actions


def test_letting_people_know_with_no_question_is_a_plain_delivery():
    assert read("every monday at 9 let the night crew's team leads know by email")[1] == [
        "email.send"
    ]


@pytest.mark.parametrize(
    ("text", "cron"),
    [
        ("monthly\n- 25th at 10:00\n- email a@x.com", "0 10 25 * *"),
        ("monthly:\n• 3rd @ 9am\n• email a@x.com", "0 9 3 * *"),
        ("payroll run, monthly\n* 28th, 16:30\n* email a@x.com", "30 16 28 * *"),
        ("monthly\n1. 12th at 8am\n2. email a@x.com", "0 8 12 * *"),
        ("monthly:\n14th 7am\npost the totals in #finance", "0 7 14 * *"),
    ],
)
def test_a_day_number_opening_a_list_line_is_the_day_of_the_month(text, cron):
    assert cron_of(text) == cron


def test_an_ordinal_naming_a_shift_on_a_list_line_is_no_day():
    assert cron_of("rota:\n- 1st shift at 7am\n- email a@x.com") == "0 7 * * *"


@pytest.mark.parametrize(
    "text",
    [
        "every hour GET https://x.example.com/api/tickets/backlog; post the ticket backlog in "
        "#support",
        "weekdays at 8 pull https://x.example.com/api/orders/queue and post the order queue in "
        "#packing",
        "daily at 6, fetch https://x.example.com/api/rooms/schedule, then post today's room "
        "schedule in #front-desk",
        "mon-sat 07:00; GET https://x.example.com/api/jobs/queue; post today's job queue in #press",
    ],
)
def test_a_noun_the_fetched_path_names_restates_the_data_and_picks_nothing(text):
    assert read(text)[1] == ["http.request", "slack.post_message"]


def test_a_new_modifier_on_the_fetched_noun_still_picks_a_subset():
    actions = read("daily at 7 GET https://x.example.com/api/jobs; post the failed jobs in #ops")[1]
    assert actions == FETCH_TEST_POST
