"""Round 71: a reading that has not changed is a test, and a sentence ends after "…10pm."."""

import pytest

from nl_parser import parse

FETCH_TEST_EMAIL = ["http.request", "check_status", "email.send"]
FETCH_TEST_WEBHOOK = ["http.request", "check_status", "webhook.post"]
FETCH_TEST_SLACK = ["http.request", "check_status", "slack.post_message"]

# A value that has not moved ("is unchanged since the previous reading", "shows no change over
# the previous 24 hours", "has stayed the same") is a test of its change, opened by "where",
# "should", "if" or "when" alike.
NO_CHANGE = [
    (
        "MEMORANDUM. Subject: fermentation monitoring, Copperkettle Brewing Co. Effective "
        "immediately, the tank telemetry at https://brewhouse.copperkettle.example/api/fermenters "
        "shall be read every two hours. Where any fermenter's gravity is unchanged since the "
        "previous reading, the head brewer shall be notified by email at "
        "brewer@copperkettle.example.",
        "0 */2 * * *",
        FETCH_TEST_EMAIL,
    ),
    (
        "Every two hours, read https://tanks.example.com/api/levels. Where any tank's level is "
        "unchanged since the last reading, email ops@tanks.example.com.",
        "0 */2 * * *",
        FETCH_TEST_EMAIL,
    ),
    (
        "Each hour, pull https://prices.example.com/api/listings and, if the price of a listing "
        "has stayed the same since yesterday, post it to #pricing.",
        "0 * * * *",
        FETCH_TEST_SLACK,
    ),
    (
        "The sensor feed at https://farm.example.org/api/moisture is to be checked every 30 "
        "minutes. Where the soil moisture remains unchanged, the irrigation webhook shall be "
        "triggered.",
        "*/30 * * * *",
        FETCH_TEST_WEBHOOK,
    ),
    (
        "Daily at 9am, fetch https://shop.example.com/api/stock and email buyer@shop.example.com "
        "when any product's stock count shows no change since the previous day.",
        "0 9 * * *",
        FETCH_TEST_EMAIL,
    ),
    (
        "MEMO \u2014 Kettlewell Brewing Co. Subject: fermentation monitoring. With immediate "
        "effect, the fermenter readings at https://brewhouse.example-kettlewellbrewing.co.uk/api/fv"
        " shall be polled every 30 minutes between 6am and 10pm. Should any fermenter's gravity "
        "reading show no change over the previous 24 hours, the head brewer is to be paged via "
        "the brewhouse pager webhook.",
        "*/30 6-22 * * *",
        FETCH_TEST_WEBHOOK,
    ),
    (
        "Poll https://hives.example.net/api/weights every hour between 7am and 7pm. Should any "
        "hive's weight show no change over the last 48 hours, post in #apiary.",
        "0 7-19 * * *",
        FETCH_TEST_SLACK,
    ),
    (
        "Every 15 minutes from 8am to 6pm, call https://queue.example.com/api/depth. If the "
        "queue depth has not changed in the past 2 hours, hit the restart webhook.",
        "*/15 8-18 * * *",
        FETCH_TEST_WEBHOOK,
    ),
    (
        "Every weekday at 7am, the counters at https://gym.example.com/api/visits shall be "
        "retrieved. Should the visitor count show no change since the previous day, the manager "
        "shall be notified by email at manager@gym.example.com.",
        "0 7 * * 1-5",
        FETCH_TEST_EMAIL,
    ),
]


@pytest.mark.parametrize(("text", "cron", "actions"), NO_CHANGE)
def test_a_value_that_has_not_changed_is_a_test(text: str, cron: str, actions: list) -> None:
    result = parse(text)
    assert result.schedule.cron_expression == cron
    assert result.actions == actions
    test = next(step for step in result.steps if step.action == "check_status")
    assert test.config["field"].endswith(("_change", "_hours", "_days"))
    assert test.config["value"] == 0
    assert not any("event" in w or "not understood" in w for w in result.warnings)
    assert result.confidence >= 0.5


def test_the_change_is_read_with_its_span() -> None:
    result = parse(
        "Every hour, fetch https://x.example.com/api/tanks. Should any tank's gravity reading "
        "show no change over the previous 24 hours, post in #brewhouse."
    )
    test = result.steps[1]
    assert test.config == {
        "field": "$.gravity_reading_change_in_24_hours",
        "operator": "equals",
        "value": 0,
    }
    assert result.confidence >= 0.9


def test_a_plain_paraphrase_is_sure() -> None:
    result = parse(
        "Every two hours, read https://tanks.example.com/api/levels. If any tank's level is "
        "unchanged since the last reading, email ops@tanks.example.com."
    )
    assert result.actions == FETCH_TEST_EMAIL
    assert result.confidence >= 0.9
    assert not [w for w in result.warnings if w.startswith("uncertain:")]


# A sentence that ends on an hour window ("… between 6am and 10pm.") still ends there: the test
# in the next sentence is its own clause.
WINDOW_THEN_SENTENCE = [
    (
        "Poll https://x.example.com/api/pumps every 10 minutes between 6am and 10pm. If any "
        "pump is offline, page the on-call webhook.",
        "*/10 6-22 * * *",
        FETCH_TEST_WEBHOOK,
    ),
    (
        "Check https://x.example.com/api/doors every 5 min 8am-8pm. Should a door be open, "
        "post in #security.",
        "*/5 8-20 * * *",
        FETCH_TEST_SLACK,
    ),
    (
        "The queue at https://x.example.com/api/q shall be read every 20 minutes from 9 am to "
        "5 p.m. Should the depth exceed 100, email ops@x.example.com.",
        "*/20 9-17 * * *",
        FETCH_TEST_EMAIL,
    ),
]


@pytest.mark.parametrize(("text", "cron", "actions"), WINDOW_THEN_SENTENCE)
def test_a_sentence_ends_after_an_hour_window(text: str, cron: str, actions: list) -> None:
    result = parse(text)
    assert result.schedule.cron_expression == cron
    assert result.actions == actions


# Near cases that must not change: no test where nothing is said to stay the same, and
# changes asked for are no test of "no change".
NEAR = [
    (
        "Every two hours, read https://tanks.example.com/api/levels and email "
        "ops@tanks.example.com.",
        "0 */2 * * *",
        ["http.request", "email.send"],
    ),
    (
        "Poll https://x.example.com/api/fv every 30 minutes between 6am and 10pm and post the "
        "readings in #brewhouse.",
        "*/30 6-22 * * *",
        ["http.request", "slack.post_message"],
    ),
    (
        "Every hour, fetch https://x.example.com/api/tanks. If any tank's gravity drops below "
        "1.010, post in #brewhouse.",
        "0 * * * *",
        FETCH_TEST_SLACK,
    ),
]


@pytest.mark.parametrize(("text", "cron", "actions"), NEAR)
def test_near_cases_are_unchanged(text: str, cron: str, actions: list) -> None:
    result = parse(text)
    assert result.schedule.cron_expression == cron
    assert result.actions == actions


def test_a_change_asked_for_is_no_unchanged_test() -> None:
    result = parse(
        "Every hour, fetch https://x.example.com/api/tanks. If any tank's status changes to "
        "failed, post in #brewhouse."
    )
    assert result.actions == FETCH_TEST_SLACK
    assert result.steps[1].config["value"] == "failed"


# A memo's header: the kind of document alone ("MEMORANDUM.") and a subject line naming only what
# it is about ("Subject: fermentation monitoring, Copperkettle Brewing Co.") make no step and
# leave no unread words.
MEMO_HEADERS = [
    "MEMORANDUM. Subject: fermentation monitoring, Copperkettle Brewing Co.",
    "MEMO \u2014 Kettlewell Brewing Co. Subject: fermentation monitoring.",
    "Memo. Re: sales figures for the quarter.",
    "NOTICE: Cinema Operations, Regent Picturehouse. Subject: projector faults.",
    "Internal memorandum.\nSubject: stock reconciliation, Harbour Foods Ltd.",
]


@pytest.mark.parametrize("header", MEMO_HEADERS)
def test_a_memo_header_makes_no_step(header: str) -> None:
    result = parse(
        f"{header} Every weekday at 7am, pull https://x.example.com/api/report and email it to "
        "ops@x.example.com."
    )
    assert result.schedule.cron_expression == "0 7 * * 1-5"
    assert result.actions == ["http.request", "email.send"]
    assert not [w for w in result.warnings if w.startswith("uncertain:")]
    assert result.confidence >= 0.9


def test_a_subject_line_that_asks_is_kept() -> None:
    result = parse(
        "Subject: email the rota to staff@x.example.com. Every Monday at 8am, pull "
        "https://x.example.com/api/rota."
    )
    assert "email.send" in result.actions  # what it asks is still read (here, as a step)
