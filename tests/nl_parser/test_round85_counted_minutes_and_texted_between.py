"""Round 85: minutes counted past an hour with no "at" before them, and "between" texted short."""

import pytest

from nl_parser import parse

CASES = [
    # "<minutes> past <hour>": "past" names no count, so the time needs no "at" before it.
    (
        "Ten past eight on Tuesday mornings, query Salesforce for Brightwater Insurance Brokers' "
        "commercial-fleet policies up for renewal in the next 60 days and email them to "
        "fleetdesk@brightwaterib.example.",
        "10 8 * * 2",
        ["salesforce.query", "email.send"],
    ),
    (
        "Twenty past six every evening, post the day's takings in #till.",
        "20 18 * * *",
        ["slack.post_message"],
    ),
    (
        "Every weekday, five past nine: pull the overnight tickets from "
        "https://help.example/api/tickets and post them in #support.",
        "5 9 * * 1-5",
        ["http.request", "slack.post_message"],
    ),
    (
        "Each Friday twenty-five past four in the afternoon, email the timesheet reminder to "
        "staff@example.com.",
        "25 16 * * 5",
        ["email.send"],
    ),
    (
        "Sundays, 10 minutes past 7 in the morning, fetch the rota from https://rota.example/api "
        "and email it to crew@example.com.",
        "10 7 * * 0",
        ["http.request", "email.send"],
    ),
    # near cases: "at" still reads the other ways; a count is no time
    (
        "At ten to nine every weekday, post the standup reminder in #team.",
        "50 8 * * 1-5",
        ["slack.post_message"],
    ),
    # "btwn": "between" texted with its vowels dropped.
    (
        "suds4u car wash: every 10 min btwn 9am n 9pm chk the bay sensors at "
        "https://bays.suds4u.example/api/bays & if any bay's been jammed >15 min txt the "
        "attendant via the sms webhook",
        "*/10 9-21 * * *",
        ["http.request", "check_status", "webhook.post"],
    ),
    (
        "every 15 mins btwn 8am and 6pm ping https://x.example/health and txt me via the sms "
        "webhook if its down",
        "*/15 8-18 * * *",
        ["http.request", "check_status", "webhook.post"],
    ),
    (
        "hrly btwn 7am n 7pm on wkdays pull orders frm https://shop.example/api/orders & post em "
        "in #orders",
        "0 7-19 * * 1-5",
        ["http.request", "slack.post_message"],
    ),
    (
        "Btwn 6am and 10pm, every 30 min, chk https://grid.example/api/load and post it in "
        "#grid-ops",
        "*/30 6-22 * * *",
        ["http.request", "slack.post_message"],
    ),
    (
        "every 5 mins betw 6am and 11pm grab the queue length from https://q.example/api/len & "
        "post it in #queues",
        "*/5 6-23 * * *",
        ["http.request", "slack.post_message"],
    ),
    # near cases: "between" spelled out; "btwn" inside an address stays its path
    (
        "every 10 min between 9am n 9pm chk the bay sensors at https://bays.example/api/bays",
        "*/10 9-21 * * *",
        ["http.request"],
    ),
    (
        "every 10 min chk the bay sensors at https://bays.example/btwn/api",
        "*/10 * * * *",
        ["http.request"],
    ),
]


@pytest.mark.parametrize(("text", "cron", "actions"), CASES)
def test_round85_counted_minutes_and_texted_between(text: str, cron: str, actions: list[str]):
    result = parse(text)
    assert result.schedule is not None
    assert result.schedule.cron_expression == cron
    assert result.actions == actions
    assert result.confidence >= 0.7
    assert not any(w.startswith("uncertain:") for w in result.warnings)


@pytest.mark.parametrize(
    "text",
    ["retry five to ten times then post in #ops", "Five to ten people sign up; post it in #ops."],
)
def test_counted_minutes_without_at_stay_counts(text: str) -> None:
    assert parse(text).schedule is None


def test_an_interval_of_minutes_past_an_hour_stays_an_interval() -> None:
    result = parse("Every ten minutes past noon, ping https://x.example/health.")
    assert result.schedule is not None
    assert result.schedule.cron_expression == "*/10 * * * *"
